#include "render/pdf_text.hpp"

#include <cstdio>
#include <stdexcept>

#include "layout/utf8.hpp"

namespace kinerja::render {

void check_info_text(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        const char32_t cp = layout::next_code_point(text, pos);
        const bool garbled = cp == layout::replacement_character &&
                             text.substr(start, pos - start) != "\xEF\xBF\xBD";
        if (garbled || cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp > 0xFFFF) {
            throw std::invalid_argument(
                "metadata PDF hanya boleh berisi karakter UTF-8 yang dapat dicetak dari U+0020 "
                "sampai U+FFFF (bait ke-" + std::to_string(start + 1) + ")");
        }
    }
}

std::string utf16_hex_string(std::string_view text) {
    check_info_text(text);
    std::string out = "<FEFF";
    out.reserve(6 + text.size() * 4);
    for (std::size_t pos = 0; pos < text.size();) {
        char digits[8];
        std::snprintf(digits, sizeof digits, "%04X", static_cast<unsigned>(layout::next_code_point(text, pos)));
        out += digits;
    }
    out += '>';
    return out;
}

}  // namespace kinerja::render
