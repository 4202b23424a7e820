// The data folder on disk, as a FileSource for the loaders.
#pragma once

#include <filesystem>

#include "load/file_source.hpp"

namespace kinerja {

class DiskFileSource : public FileSource {
public:
    explicit DiskFileSource(std::filesystem::path root) : root_(std::move(root)) {}
    // Reads regular files of at most limits::max_file_bytes only, never waiting on a FIFO or a
    // device; a path that leaves the root ("..", absolute) reads as absent.
    std::optional<std::string> read(const std::string& path) const override;
    // Everything in the folder but sub-folders, so that a FIFO or device is reported, not skipped.
    std::vector<std::string> list(const std::string& folder) const override;
    std::string unreadable(const std::string& path) const override;
    std::string unlistable(const std::string& folder) const override;

private:
    std::filesystem::path resolve(const std::string& path) const;  // empty when outside root
    std::filesystem::path root_;
};

}  // namespace kinerja
