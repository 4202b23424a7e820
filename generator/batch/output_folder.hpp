// Writing a month's outputs so that a failure never leaves half of them: everything goes into a
// fresh staging folder inside OUT, which replaces OUT/YYYY-MM by rename when complete.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include "archive/write_behind.hpp"

namespace kinerja {

class MonthStaging {
public:
    // Creates OUT (if needed) and an empty staging folder OUT/.YYYY-MM.tmp.
    MonthStaging(std::filesystem::path out_dir, std::string periode);
    ~MonthStaging();  // removes the staging folder unless committed
    MonthStaging(const MonthStaging&) = delete;
    MonthStaging& operator=(const MonthStaging&) = delete;

    // Writes one file at a path relative to the month folder ("formulir/1969.pdf"). Throws
    // IoError (load/io_error.hpp) on I/O failure, std::runtime_error or a path that would leave the month folder. The file's
    // pages leave the page cache soon after (archive/write_behind.hpp).
    void write(const std::string& relative, std::string_view bytes);

    // Where a file at `relative` goes, checked as write() checks it, its folder created: for a
    // file written as a stream (cetak.pdf). Throws std::runtime_error as write() does.
    std::filesystem::path path_of(const std::string& relative) const;

    // Puts the staged month in place of OUT/YYYY-MM (the previous one is removed after). First
    // checks that the staging folder is still the one this object made (throws IoError when
    // another process replaced or removed it) and waits until its files are on disk (syncfs);
    // after the rename, waits until the rename is on disk too, so that the register marks the
    // month current only once the month survives a power cut.
    void commit();

    // Called by commit() at each of its steps, for tests that stop a run exactly there
    // (RunOptions::checkpoint, the points listed in batch/run_job.cpp): "before-rename",
    // "mid-rename" (the previous month moved aside to OUT/.YYYY-MM.old, the new one not yet in),
    // "after-rename" (the new month in place, the previous one not yet removed). Not set: nothing
    // is called.
    void set_checkpoint(std::function<void(std::string_view point)> checkpoint) {
        checkpoint_ = std::move(checkpoint);
    }

    // True once commit() has put the staged month in place (even when a step after failed).
    bool committed() const { return committed_; }

    const std::filesystem::path& staging() const { return staging_; }
    std::filesystem::path final_dir() const { return out_dir_ / periode_; }

private:
    void check_own() const;

    std::filesystem::path out_dir_;
    std::string periode_;
    std::filesystem::path staging_;
    int fd_ = -1;  // the staging folder this object made, held open so that its inode is not reused
    bool committed_ = false;
    std::function<void(std::string_view)> checkpoint_;  // see set_checkpoint; may be empty
    archive::WriteBehind behind_;  // what write() wrote
};

// Writes `bytes` to `path` through a temporary file beside it (PATH.tmp), so that a failure
// never leaves half a file; the folder is created when missing. Replaces a file at `path`.
// Throws IoError, naming the cause.
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes);

// True when `name` is safe as one path component of an output file name (no separators, no
// "..", no NUL or control characters, not empty).
bool safe_file_name(std::string_view name);

}  // namespace kinerja
