// Helpers shared by the batch tests: the sample data folder in memory, running the binary.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "load/file_source.hpp"

namespace kinerja::test {

inline std::filesystem::path source_dir() { return KINERJA_SOURCE_DIR; }
inline std::filesystem::path sample_dir() { return source_dir() / "samples" / "lampihong"; }

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Every file of a folder on disk (recursively), by relative path.
inline MemoryFileSource memory_copy(const std::filesystem::path& root) {
    MemoryFileSource files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        if (!entry.is_regular_file()) continue;
        files.put(std::filesystem::relative(entry.path(), root).generic_string(), read_file(entry.path()));
    }
    return files;
}

}  // namespace kinerja::test
