// The character tests the model's parsers share (ASCII only: the input's digits, blanks and
// letters that matter are ASCII; other UTF-8 bytes are never any of these).
#pragma once

namespace kinerja::ascii {

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
constexpr char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace kinerja::ascii
