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

std::string utf16_text_string(std::string_view text) {
    check_info_text(text);
    std::string out = "\xFE\xFF";
    out.reserve(2 + text.size() * 2);
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = layout::next_code_point(text, pos);  // at most U+FFFF: checked
        out += static_cast<char>(cp >> 8 & 0xFF);
        out += static_cast<char>(cp & 0xFF);
    }
    return out;
}

Date parse_date(std::string_view text) {
    const auto bad = [&] {
        return std::invalid_argument("tanggal metadata bukan YYYY-MM-DD yang sah: \"" + std::string(text) + "\"");
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') throw bad();
    const auto number = [&](std::size_t from, std::size_t count) {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9') throw bad();
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const Date date{number(0, 4), number(5, 2), number(8, 2)};
    const bool leap = (date.year % 4 == 0 && date.year % 100 != 0) || date.year % 400 == 0;
    static constexpr int days_in_month[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (date.year < 1 || date.month < 1 || date.month > 12 || date.day < 1 ||
        date.day > days_in_month[date.month - 1] + (date.month == 2 && leap ? 1 : 0)) {
        throw bad();
    }
    return date;
}

std::string pdf_date_string(const Date& date) {
    char text[24];
    std::snprintf(text, sizeof text, "D:%04d%02d%02d000000", date.year, date.month, date.day);
    return text;
}

}  // namespace kinerja::render
