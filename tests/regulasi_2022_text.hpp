// The shipped templates/regulasi-2022.xml as text, and edits of it, for the tests of its reader
// (tests/load), its checks (tests/model) and the scoring by it (tests/scoring).
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kinerja::test {

// The name the program reports the file by.
inline const std::string kRegulasiFile = "templates/regulasi-2022.xml";

// The bytes of the shipped file.
inline std::string shipped_regulasi_text() {
    std::ifstream in(std::filesystem::path(KINERJA_SOURCE_DIR) / "templates" / "regulasi-2022.xml",
                     std::ios::binary);
    if (!in) throw std::runtime_error("templates/regulasi-2022.xml tidak terbaca");
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The 1-based line on which `needle` starts in `text`; throws when it is not there (the test
// would otherwise check a line of something else).
inline int line_of(const std::string& text, std::string_view needle) {
    const std::size_t at = text.find(needle);
    if (at == std::string::npos) throw std::runtime_error("tidak ada di teks: " + std::string(needle));
    int line = 1;
    for (std::size_t i = 0; i < at; ++i) line += text[i] == '\n' ? 1 : 0;
    return line;
}

// `text` with its only occurrence of `from` replaced by `to`; throws when `from` is missing or
// occurs twice.
inline std::string replaced(std::string text, std::string_view from, std::string_view to) {
    const std::size_t at = text.find(from);
    if (at == std::string::npos || text.find(from, at + 1) != std::string::npos) {
        throw std::runtime_error("tidak tepat satu kali di teks: " + std::string(from));
    }
    return text.replace(at, from.size(), to);
}

}  // namespace kinerja::test
