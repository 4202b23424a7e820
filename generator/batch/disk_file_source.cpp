#include "batch/disk_file_source.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "load/io_error.hpp"
#include "load/limits.hpp"

namespace kinerja {

namespace {

// Closes a file descriptor on every path out.
struct Fd {
    int fd;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

std::string megabytes(std::uintmax_t bytes) {
    return limits::grouped(static_cast<std::size_t>((bytes + 1024 * 1024 - 1) / (1024 * 1024))) + " MB";
}

}  // namespace

std::filesystem::path DiskFileSource::resolve(const std::string& path) const {
    std::filesystem::path rel(path);
    if (rel.is_absolute()) return {};
    for (const auto& part : rel) {
        if (part == "..") return {};
    }
    return root_ / rel;
}

std::optional<std::string> DiskFileSource::read(const std::string& path) const {
    const std::filesystem::path full = resolve(path);
    if (full.empty()) return std::nullopt;
    // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat on the open file then
    // refuses it (and a device), so nothing can be swapped in between check and read.
    const Fd file{::open(full.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
    if (file.fd < 0) return std::nullopt;
    struct stat st {};
    if (::fstat(file.fd, &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    if (static_cast<std::uintmax_t>(st.st_size) > limits::max_file_bytes) return std::nullopt;
    std::string bytes;
    bytes.reserve(static_cast<std::size_t>(st.st_size));
    char buffer[65536];
    while (true) {
        const ssize_t n = ::read(file.fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return std::nullopt;
        if (n == 0) break;
        bytes.append(buffer, static_cast<std::size_t>(n));
        // A file that grows while read is held to the same limit.
        if (bytes.size() > limits::max_file_bytes) return std::nullopt;
    }
    return bytes;
}

std::string DiskFileSource::unreadable(const std::string& path) const {
    const std::filesystem::path full = resolve(path);
    if (full.empty()) return "";
    struct stat st {};
    if (::stat(full.c_str(), &st) != 0) {
        if (errno == ENOENT || errno == ENOTDIR) return "";
        return "berkas tidak dapat dibaca: " + std::string(std::strerror(errno));
    }
    if (S_ISDIR(st.st_mode)) return "berupa folder, bukan berkas";
    if (!S_ISREG(st.st_mode)) return "bukan berkas biasa (FIFO, soket atau perangkat); tidak dibaca";
    if (static_cast<std::uintmax_t>(st.st_size) > limits::max_file_bytes) {
        return "berkas terlalu besar (" + megabytes(static_cast<std::uintmax_t>(st.st_size)) +
               "; paling besar " + megabytes(limits::max_file_bytes) + "); tidak dibaca";
    }
    if (::access(full.c_str(), R_OK) != 0) {
        return "berkas tidak dapat dibaca: " + std::string(std::strerror(errno));
    }
    return read(path) ? "" : "berkas tidak dapat dibaca";
}

std::string DiskFileSource::unlistable(const std::string& folder) const {
    const std::filesystem::path dir = folder.empty() ? root_ : resolve(folder);
    std::error_code ec;
    if (dir.empty() || !std::filesystem::exists(dir, ec)) return "";
    if (!std::filesystem::is_directory(dir, ec)) return "berupa berkas, bukan folder";
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    }
    return ec ? "folder tidak dapat dibaca: " + io_cause(ec) : "";
}

std::vector<std::string> DiskFileSource::list(const std::string& folder) const {
    std::vector<std::string> names;
    std::filesystem::path dir = folder.empty() ? root_ : resolve(folder);
    std::error_code ec;
    if (dir.empty() || !std::filesystem::is_directory(dir, ec)) return names;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code entry_ec;
        if (!it->is_directory(entry_ec)) names.push_back(it->path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace kinerja
