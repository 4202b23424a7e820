// SHA-256 of the files a month registers, as lowercase hex (64 characters).
#pragma once

#include <cstdint>
#include <filesystem>
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

}  // namespace kinerja::archive
