#include "archive/write_behind.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <stdexcept>
#include <string>

#include "load/io_error.hpp"

namespace kinerja::archive {

namespace {

// Writes all of `size` bytes at `data` to `fd`, going on after interruptions; 0, or the
// error number of the failure.
int write_all(int fd, const char* data, std::size_t size) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return 0;
}

}  // namespace

WriteBehind::File::File(WriteBehind& behind, const std::filesystem::path& path)
    : behind_(behind), path_(path), fd_(::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666)) {
    if (fd_ < 0) throw io_error("gagal menulis", path_, errno);
}

WriteBehind::File::~File() {
    if (fd_ >= 0) ::close(fd_);
}

bool WriteBehind::File::write(std::string_view bytes) {
    if (error_ == 0 && fd_ < 0) error_ = EBADF;
    if (error_ == 0) error_ = write_all(fd_, bytes.data(), bytes.size());
    if (error_ != 0) return false;
    behind_.written(fd_, size_, bytes.size());
    size_ += bytes.size();
    return true;
}

void WriteBehind::File::close() {
    const int fd = fd_;
    fd_ = -1;
    if (error_ == 0 && fd < 0) error_ = EBADF;
    if (fd >= 0 && ::close(fd) != 0 && error_ == 0) error_ = errno;
    if (error_ != 0) throw io_error("gagal menulis", path_, error_);
}

WriteBehind::~WriteBehind() {
    for (const Range& range : ranges_) ::close(range.fd);
}

void WriteBehind::write_file(const std::filesystem::path& path, std::string_view bytes) {
    File file(*this, path);
    file.write(bytes);
    file.close();
}

void WriteBehind::written(int fd, std::uint64_t offset, std::uint64_t size) {
    if (size == 0) return;
    // Both calls are advice: where they fail (a file system without them), the file is written
    // as it would be anyway.
    ::sync_file_range(fd, static_cast<off64_t>(offset), static_cast<off64_t>(size), SYNC_FILE_RANGE_WRITE);
    const int copy = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (copy < 0) return;
    std::lock_guard lock(mutex_);
    ranges_.push_back(Range{copy, offset, size});
    pending_ += size;
    while (!ranges_.empty() && (pending_ - ranges_.front().size >= lag_ || ranges_.size() > max_ranges_)) {
        const Range& old = ranges_.front();
        ::posix_fadvise(old.fd, static_cast<off_t>(old.offset), static_cast<off_t>(old.size), POSIX_FADV_DONTNEED);
        ::close(old.fd);
        pending_ -= old.size;
        ranges_.pop_front();
    }
}

}  // namespace kinerja::archive
