// One kinerja process writes OUT at a time. The lock is flock(2) on the OUT folder itself,
// opened read-only: it lives as long as the process holds the descriptor and goes with it
// (a killed process releases it), and nothing anyone does to the files in OUT (deleting,
// renaming, emptying them) lets a second writer in. A file as lock could be deleted, after
// which two runs shared one staging folder.
//
// Writers (run, archive rebuild) hold it exclusively. Readers (archive list, archive verify)
// hold it shared, so that they never see a month half filed; where the file system cannot
// lock at all (some network shares) a reader goes on without it, since it writes nothing.
#pragma once

#include <filesystem>

namespace kinerja::archive {

class OutLock {
public:
    enum class Mode { exclusive, shared };

    // Locks the folder `out_dir`, which must exist. Throws std::runtime_error (Bahasa
    // Indonesia): "… sedang dipakai proses kinerja lain …" when another process holds it
    // (exclusively, or at all for Mode::exclusive), or when the folder cannot be opened or,
    // for Mode::exclusive, locked.
    static OutLock take(const std::filesystem::path& out_dir, Mode mode);

    OutLock(OutLock&& other) noexcept;
    OutLock& operator=(OutLock&& other) noexcept;
    OutLock(const OutLock&) = delete;
    OutLock& operator=(const OutLock&) = delete;
    ~OutLock();  // releases the lock

    const std::filesystem::path& out_dir() const { return out_dir_; }
    Mode mode() const { return mode_; }
    // Makes the folder's entries (a file renamed into it) durable: fsync(2) of the folder.
    // Throws std::runtime_error when that fails.
    void sync_folder() const;

private:
    OutLock(std::filesystem::path out_dir, Mode mode, int fd) : out_dir_(std::move(out_dir)), mode_(mode), fd_(fd) {}
    std::filesystem::path out_dir_;
    Mode mode_ = Mode::shared;
    int fd_ = -1;  // the folder, O_RDONLY | O_DIRECTORY
};

}  // namespace kinerja::archive
