#include "render/winansi.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdio>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

#include "layout/utf8.hpp"

namespace kinerja::render {
namespace {

// Windows-1252 bytes 0x80–0x9F and the characters they stand for; 0x81, 0x8D, 0x8F, 0x90 and
// 0x9D are undefined and left out.
constexpr std::array<std::pair<char32_t, unsigned char>, 27> cp1252_extras{{
    {0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84}, {0x2026, 0x85},
    {0x2020, 0x86}, {0x2021, 0x87}, {0x02C6, 0x88}, {0x2030, 0x89}, {0x0160, 0x8A},
    {0x2039, 0x8B}, {0x0152, 0x8C}, {0x017D, 0x8E}, {0x2018, 0x91}, {0x2019, 0x92},
    {0x201C, 0x93}, {0x201D, 0x94}, {0x2022, 0x95}, {0x2013, 0x96}, {0x2014, 0x97},
    {0x02DC, 0x98}, {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B}, {0x0153, 0x9C},
    {0x017E, 0x9E}, {0x0178, 0x9F},
}};

std::string code_point_name(char32_t cp) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
    return buffer;
}

}  // namespace

std::optional<unsigned char> winansi_byte(char32_t cp) {
    if ((cp >= 0x20 && cp <= 0x7E) || (cp >= 0xA0 && cp <= 0xFF)) {
        return static_cast<unsigned char>(cp);
    }
    for (const auto& [unicode, byte] : cp1252_extras) {
        if (unicode == cp) {
            return byte;
        }
    }
    return std::nullopt;
}

std::optional<char32_t> winansi_character(unsigned char byte) {
    if ((byte >= 0x20 && byte <= 0x7E) || byte >= 0xA0) {
        return byte;
    }
    for (const auto& [unicode, extra] : cp1252_extras) {
        if (extra == byte) {
            return unicode;
        }
    }
    return std::nullopt;
}

bool is_printable_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c <= 0x7E; });
}

std::string to_winansi(std::string_view utf8) {
    if (is_printable_ascii(utf8)) return std::string(utf8);  // most text: the same bytes
    std::string out;
    out.reserve(utf8.size());
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const std::size_t start = pos;
        const char32_t cp = layout::next_code_point(utf8, pos);
        const auto byte = winansi_byte(cp);
        if (!byte) {
            if (cp == layout::replacement_character &&
                utf8.substr(start, pos - start) != "\xEF\xBF\xBD") {
                // The text itself is not shown: it is not valid UTF-8 either.
                throw std::invalid_argument("teks bukan UTF-8 yang sah (bait ke-" +
                                            std::to_string(start + 1) + ")");
            }
            std::string problem;
            if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
                problem = "karakter kendali " + code_point_name(cp);
            } else {
                problem = "karakter " + code_point_name(cp) + " (" +
                          std::string(utf8.substr(start, pos - start)) + ")";
            }
            throw std::invalid_argument(problem +
                                        " tidak dapat ditulis dengan WinAnsiEncoding: \"" +
                                        std::string(utf8) + "\"");
        }
        out.push_back(static_cast<char>(*byte));
    }
    return out;
}

}  // namespace kinerja::render
