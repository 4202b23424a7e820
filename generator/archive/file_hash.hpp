// SHA-256 of the files a month registers, as lowercase hex (64 characters).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace kinerja::archive {

// SHA-256 of bytes in memory.
std::string sha256_hex(std::string_view bytes);

// SHA-256 and size of a file on disk, read in pieces; nullopt when it is missing or not a
// regular file. Throws std::runtime_error when it exists but cannot be read.
struct FileHash {
    std::string sha256;        // 64 lowercase hex digits
    std::uintmax_t bytes = 0;  // file size
};
std::optional<FileHash> hash_file(const std::filesystem::path& path);

// Writes a new file at `path` (replacing one there) through `write` and returns its SHA-256 and
// size, hashed as the bytes go out: a file of hundreds of megabytes is not read back. Throws
// std::runtime_error when it cannot be written, and what `write` throws.
FileHash write_hashed_file(const std::filesystem::path& path, const std::function<void(std::ostream&)>& write);

}  // namespace kinerja::archive
