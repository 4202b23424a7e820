#include "load/field_text.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <utility>

#include "load/text_encoding.hpp"

namespace kinerja {

namespace {

// The fields that may hold line breaks, by the name the readers give them.
constexpr std::array<std::string_view, 1> kMultiLineFields = {"uraian"};

// What the user calls the control characters that get into text by accident.
constexpr std::array<std::pair<char32_t, std::string_view>, 3> kControlNames = {{
    {U'\t', "tab"},
    {U'\n', "ganti baris"},
    {U'\r', "ganti baris"},
}};

}  // namespace

bool allows_line_breaks(std::string_view field) {
    return std::find(kMultiLineFields.begin(), kMultiLineFields.end(), field) != kMultiLineFields.end();
}

std::string control_char_message(char32_t cp) {
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
    std::string message = std::string("memuat karakter kendali ") + code;
    for (const auto& [control, name] : kControlNames) {
        if (control == cp) message += " (" + std::string(name) + ")";
    }
    return message;
}

void check_field(std::string_view file, int line, std::string_view field, std::string_view text,
                 RefusedFields& refused) {
    if (const auto cp = first_control_char(text, allows_line_breaks(field))) {
        refused.push_back(
            Diagnostic{std::string(file), line, std::string(field), control_char_message(*cp)});
    }
}

bool looks_like_excel_number(std::string_view s) {
    std::size_t i = 0;
    auto digits = [&] {
        const std::size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        return i > start;
    };
    if (!digits()) return false;
    if (i < s.size() && (s[i] == ',' || s[i] == '.')) {
        ++i;
        if (!digits()) return false;
    }
    if (i >= s.size() || (s[i] != 'E' && s[i] != 'e')) return false;
    ++i;
    if (i < s.size() && s[i] == '+') ++i;
    if (!digits()) return false;
    return i == s.size();
}

}  // namespace kinerja
