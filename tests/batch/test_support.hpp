// Helpers shared by the batch tests: the sample data folder in memory, running the binary.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <array>
#include <cstdio>
#include <sys/wait.h>
#include <unistd.h>

#include "batch/cli.hpp"
#include "load/file_source.hpp"

namespace kinerja::test {

inline std::filesystem::path source_dir() { return KINERJA_SOURCE_DIR; }
inline std::filesystem::path sample_dir() { return source_dir() / "samples" / "lampihong"; }

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The lines of a text, without their line ends.
inline std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// The NIP of a row of the sample's CSV files (its first field, written with or without
// spaces), as its digits.
inline std::string row_nip(const std::string& line) {
    std::string digits;
    for (char c : line.substr(0, line.find(';'))) {
        if (c >= '0' && c <= '9') digits += c;
    }
    return digits;
}

// A CSV file of the sample without the rows of `nip`, plus `extra` (lines ending in CRLF).
inline std::string without_rows(const std::string& csv, const std::string& nip, const std::string& extra = "") {
    std::string kept;
    std::istringstream in(csv);
    for (std::string line; std::getline(in, line);) {
        if (row_nip(line) != nip) kept += line + "\n";
    }
    return kept + extra;
}

// Writes `bytes` as the whole of the file at `path`.
inline void write_file(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

// Runs of spaces as one space (pdftotext -layout may spread a line's words).
inline std::string squeezed(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == ' ' && !out.empty() && out.back() == ' ') continue;
        out += c;
    }
    return out;
}

// Every file of a folder, hidden ones included, by relative path, with its bytes.
inline std::map<std::string, std::string> snapshot(const std::filesystem::path& folder) {
    std::map<std::string, std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
        if (entry.is_regular_file()) {
            files[std::filesystem::relative(entry.path(), folder).generic_string()] = read_file(entry.path());
        }
    }
    return files;
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

// What `kinerja ARGS...` returned and wrote, run in this process through run_cli.
struct CliResult {
    int code;
    std::string out, err;
};

inline CliResult cli(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    const int code = run_cli(args, out, err);
    return {code, out.str(), err.str()};
}

struct CommandResult {
    int code;            // exit status, -1 when it did not exit normally
    std::string output;  // stdout and stderr together
};

inline CommandResult run_command(const std::string& command) {
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return {-1, ""};
    std::string output;
    std::array<char, 4096> buffer{};
    std::size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
    int status = pclose(pipe);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

// A fresh empty folder under the system temp folder, removed when the object goes.
class TempDir {
public:
    explicit TempDir(const std::string& name)
        : path_(std::filesystem::temp_directory_path() / (name + "-" + std::to_string(getpid()))) {
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~TempDir() { std::filesystem::remove_all(path_); }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

}  // namespace kinerja::test
