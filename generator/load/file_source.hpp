// Files come in from outside: the loaders read through this interface, never from disk
// directly. The batch stage gives them the disk; tests give them memory.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kinerja {

class FileSource {
public:
    virtual ~FileSource() = default;
    // The bytes of a file, by path relative to the data folder ("sop/x.xml"); nullopt if absent.
    virtual std::optional<std::string> read(const std::string& path) const = 0;
    // The names of the files directly in a folder of the data folder (anything but folders,
    // so that a file read() refuses is still reported), sorted.
    virtual std::vector<std::string> list(const std::string& folder) const = 0;
    // Why read() gave nothing although something is at `path` (not a regular file, too large,
    // no permission), in Bahasa Indonesia; "" when nothing is there or it reads fine.
    virtual std::string unreadable(const std::string& path) const {
        (void)path;
        return "";
    }

    // Why list() gave nothing although a folder is at `folder` (no permission, an I/O error, a
    // file where the folder should be), in Bahasa Indonesia; "" when it lists fine or is absent.
    virtual std::string unlistable(const std::string& folder) const {
        (void)folder;
        return "";
    }

    bool exists(const std::string& path) const { return read(path).has_value(); }
};

// A data folder held in memory: tests, fuzzing, and generated data.
class MemoryFileSource : public FileSource {
public:
    void put(const std::string& path, std::string bytes) { files_[path] = std::move(bytes); }
    void remove(const std::string& path) { files_.erase(path); }
    std::optional<std::string> read(const std::string& path) const override;
    std::vector<std::string> list(const std::string& folder) const override;
    const std::map<std::string, std::string>& files() const { return files_; }

private:
    std::map<std::string, std::string> files_;
};

}  // namespace kinerja
