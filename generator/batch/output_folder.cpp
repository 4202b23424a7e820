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

// The identity of a folder on disk: another folder made at the same path has another.
MonthStaging::FolderId folder_id(const fs::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return {};
    return MonthStaging::FolderId{static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino)};
}

// Waits until what was written to the file system holding `folder` is on the disk
// (syncfs: one call for the month's thousands of files; fsync(folder) when the file system
// cannot be synced as a whole).
void sync_file_system(const fs::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) throw io_error("tidak dapat membuka", folder, errno);
    int error = 0;
    if (::syncfs(fd) != 0 && ::fsync(fd) != 0) error = errno;
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
    id_ = folder_id(staging_);
}

MonthStaging::~MonthStaging() {
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
    if (!(folder_id(staging_) == id_)) {
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
    sync_file_system(staging_);  // every file of the month on disk before it replaces the old one
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
    sync_file_system(out_dir_);  // the rename on disk before the register marks the month current
    checkpoint("after-rename");
    fs::remove_all(old, ec);
}

}  // namespace kinerja
