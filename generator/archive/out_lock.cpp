#include "archive/out_lock.hpp"

#include <cerrno>
#include <stdexcept>
#include <string>
#include <utility>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "archive/register.hpp"
#include "load/io_error.hpp"

namespace kinerja::archive {

namespace {

std::string busy_message(const std::filesystem::path& out_dir) {
    return "register arsip " + (out_dir / register_file_name).string() +
           " sedang dipakai proses kinerja lain; coba lagi setelah proses itu selesai";
}

// errno values of a file system that has no locks to give (a reader may go on without one).
bool cannot_lock_here(int error) { return error == ENOLCK || error == EOPNOTSUPP || error == EINVAL; }

}  // namespace

OutLock OutLock::take(const std::filesystem::path& out_dir, Mode mode) {
    const int fd = ::open(out_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        throw IoError(out_dir.string() + ": folder tidak dapat dibuka: " + io_cause(errno));
    }
    OutLock lock(out_dir, mode, fd);
    const int operation = (mode == Mode::exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB;
    int result = 0;
    do {
        result = ::flock(fd, operation);
    } while (result != 0 && errno == EINTR);
    if (result == 0) return lock;
    const int error = errno;
    if (error == EWOULDBLOCK) throw IoError(busy_message(out_dir));
    if (mode == Mode::shared && cannot_lock_here(error)) return lock;
    throw IoError(out_dir.string() + ": folder tidak dapat dikunci: " + io_cause(error));
}

OutLock::OutLock(OutLock&& other) noexcept
    : out_dir_(std::move(other.out_dir_)), mode_(other.mode_), fd_(std::exchange(other.fd_, -1)) {}

OutLock& OutLock::operator=(OutLock&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        out_dir_ = std::move(other.out_dir_);
        mode_ = other.mode_;
        fd_ = std::exchange(other.fd_, -1);
    }
    return *this;
}

OutLock::~OutLock() {
    if (fd_ >= 0) ::close(fd_);  // releases the lock
}

void OutLock::sync_folder() const {
    if (::fsync(fd_) != 0) {
        throw IoError(out_dir_.string() + ": folder tidak dapat disimpan ke disk: " + io_cause(errno));
    }
}

}  // namespace kinerja::archive
