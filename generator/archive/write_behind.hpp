// Output files a run writes once and never reads again (a month's documents, cetak.pdf), written
// so that they pass through a few megabytes of page cache instead of taking gigabytes of it.
//
// The kernel keeps every written page cached until memory runs short: a month of 10,000
// employees (1.7 GB of files) would take 1.7 GB of memory it had to find and clear first, and on
// a virtual machine that hands freed memory back to its host, every one of those pages is a
// fault in the host too. Here each file's pages are handed to the disk as soon as they are
// written (sync_file_range, which does not wait), and a little later, once more bytes have
// been written after them, the kernel is told they are not needed (posix_fadvise DONTNEED):
// the pages whose writing is done are freed and reused by the next files. Pages not yet on disk
// stay cached, as any page would; nothing here changes what a file holds or when it is durable.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <mutex>
#include <string_view>

namespace kinerja::archive {

class WriteBehind {
public:
    // `lag`: how many bytes written after a range it waits before dropping that range; but it
    // keeps at most `ranges` ranges (each holds a file descriptor), dropping the oldest sooner.
    explicit WriteBehind(std::uint64_t lag = std::uint64_t{16} << 20, std::size_t ranges = 128)
        : lag_(lag), max_ranges_(ranges) {}
    ~WriteBehind();  // the ranges not yet dropped stay cached
    WriteBehind(const WriteBehind&) = delete;
    WriteBehind& operator=(const WriteBehind&) = delete;

    // A new file at `path` (replacing one there) whose bytes go through this WriteBehind; its
    // descriptor is closed on every path out.
    class File {
    public:
        File(WriteBehind& behind, const std::filesystem::path& path);  // throws IoError (load/io_error.hpp)
        ~File();  // closes it, when close() was not called
        File(const File&) = delete;
        File& operator=(const File&) = delete;

        // Appends `bytes`; false when they could not be written (close() then throws).
        bool write(std::string_view bytes);
        // Closes the file. Throws IoError, naming it and the cause, when that or a write failed.
        void close();

    private:
        WriteBehind& behind_;
        std::filesystem::path path_;
        int fd_;
        std::uint64_t size_ = 0;  // bytes written
        int error_ = 0;  // the error number of the first failure; 0: none
    };

    // Writes `bytes` as the whole of a new file at `path` (replacing one there). Throws
    // IoError, naming the file and the cause, when it cannot be written.
    void write_file(const std::filesystem::path& path, std::string_view bytes);

private:
    struct Range {
        int fd;  // a duplicate, closed when the range is dropped
        std::uint64_t offset, size;
    };
    std::uint64_t lag_;
    std::size_t max_ranges_;
    std::mutex mutex_;  // files may be written from several threads
    std::deque<Range> ranges_;
    std::uint64_t pending_ = 0;  // bytes in ranges_

    // Bytes [offset, offset + size) of `fd` have just been written: starts them to disk, and
    // keeps a duplicate of `fd` until they are dropped.
    void written(int fd, std::uint64_t offset, std::uint64_t size);
};

}  // namespace kinerja::archive
