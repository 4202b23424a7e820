// A data folder on disk read into memory, for the tests that load one (FileSource).
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "load/file_source.hpp"

namespace kinerja::test {

// Every regular file under `root`, named relative to it with '/' separators.
inline MemoryFileSource read_folder(const std::filesystem::path& root) {
    MemoryFileSource files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        if (!entry.is_regular_file()) continue;
        std::ifstream in(entry.path(), std::ios::binary);
        files.put(std::filesystem::relative(entry.path(), root).generic_string(),
                  std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()));
    }
    return files;
}

}  // namespace kinerja::test
