#include "batch/output_folder.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

#include "load/io_error.hpp"

namespace kinerja {
namespace fs = std::filesystem;

namespace {

// True when `path` is the folder open as `fd` (same device and inode; the inode cannot be
// reused while the folder is open).
bool same_folder(int fd, const fs::path& path) {
    struct stat open_st {};
    struct stat path_st {};
    return fd >= 0 && ::fstat(fd, &open_st) == 0 && ::stat(path.c_str(), &path_st) == 0 &&
           open_st.st_dev == path_st.st_dev && open_st.st_ino == path_st.st_ino;
}

// Waits until what was written to the file system holding the folder open as `fd` is on the
// disk: one syncfs for the month's thousands of files. Its failure (a write-back error the
// kernel reports since Linux 5.8) is a failure of the run.
void sync_file_system(int fd, const fs::path& folder) {
    if (::syncfs(fd) != 0) throw io_error("gagal menyimpan ke disk", folder, errno);
}

// The folder at `path`, open for syncfs and fstat. Throws IoError.
int open_folder(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) throw io_error("tidak dapat membuka", path, errno);
    return fd;
}

void sync_file_system_of(const fs::path& folder) {
    const int fd = open_folder(folder);
    const int error = ::syncfs(fd) == 0 ? 0 : errno;
    ::close(fd);
    if (error != 0) throw io_error("gagal menyimpan ke disk", folder, error);
}

}  // namespace

bool safe_file_name(std::string_view name) {
    if (name.empty() || name == "." || name == "..") return false;
    for (char c : name) {
        auto u = static_cast<unsigned char>(c);
        if (c == '/' || c == '\\' || u < 0x20 || u == 0x7f) return false;
    }
    return true;
}

MonthStaging::MonthStaging(fs::path out_dir, std::string periode)
    : out_dir_(std::move(out_dir)), periode_(std::move(periode)) {
    std::error_code ec;
    fs::create_directories(out_dir_, ec);
    if (ec) throw io_error("tidak dapat membuat folder", out_dir_, ec);
    staging_ = out_dir_ / ("." + periode_ + ".tmp");
    fs::remove_all(staging_, ec);  // left over by a run that was killed
    if (ec) throw io_error("tidak dapat menghapus folder sisa", staging_, ec);
    fs::create_directory(staging_, ec);
    if (ec) throw io_error("tidak dapat membuat folder", staging_, ec);
    fd_ = open_folder(staging_);
}

MonthStaging::~MonthStaging() {
    if (fd_ >= 0) ::close(fd_);
    if (committed_) return;
    std::error_code ec;
    fs::remove_all(staging_, ec);
}

void MonthStaging::write(const std::string& relative, std::string_view bytes) {
    behind_.write_file(path_of(relative), bytes);
}

fs::path MonthStaging::path_of(const std::string& relative) const {
    fs::path rel(relative);
    for (const auto& part : rel) {
        if (!safe_file_name(part.string())) {
            throw std::runtime_error("nama berkas keluaran tidak aman: " + relative);
        }
    }
    fs::path target = staging_ / rel;
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    if (ec) throw io_error("tidak dapat membuat folder", target.parent_path(), ec);
    return target;
}

void MonthStaging::check_own() const {
    if (!same_folder(fd_, staging_)) {
        throw IoError("folder " + staging_.string() +
                      " bukan lagi folder yang dibuat proses ini (diganti atau dihapus proses lain); bulan " +
                      periode_ + " tidak diubah");
    }
}

void MonthStaging::commit() {
    fs::path final_path = final_dir();
    fs::path old = out_dir_ / ("." + periode_ + ".old");
    auto checkpoint = [&](std::string_view point) {
        if (checkpoint_) checkpoint_(point);
    };
    check_own();
    sync_file_system(fd_, staging_);  // every file of the month on disk before it replaces the old one
    checkpoint("before-rename");
    std::error_code ec;
    fs::remove_all(old, ec);
    if (fs::exists(final_path, ec)) {
        fs::rename(final_path, old, ec);
        if (ec) throw io_error("gagal memindahkan", final_path, ec);
        checkpoint("mid-rename");
    }
    fs::rename(staging_, final_path, ec);
    if (ec) throw io_error("gagal memindahkan", staging_, ec);
    committed_ = true;
    sync_file_system_of(out_dir_);  // the rename on disk before the register marks the month current
    checkpoint("after-rename");
    fs::remove_all(old, ec);
}

void write_file_atomically(const fs::path& path, std::string_view bytes) {
    std::error_code ec;
    if (path.has_parent_path()) {
        fs::create_directories(path.parent_path(), ec);
        if (ec) throw io_error("tidak dapat membuat folder", path.parent_path(), ec);
    }
    fs::path temp = path;
    temp += ".tmp";
    try {
        archive::WriteBehind behind;
        behind.write_file(temp, bytes);
    } catch (const IoError&) {
        fs::remove(temp, ec);
        throw;
    }
    fs::rename(temp, path, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(temp, ignored);
        throw io_error("gagal menulis", path, ec);
    }
}

}  // namespace kinerja
