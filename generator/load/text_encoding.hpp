// Text as offices save it: UTF-8 with or without BOM, or Windows-1252 from older Excel.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kinerja {

enum class SourceEncoding { utf8, utf8_bom, windows1252 };

struct DecodedText {
    std::string utf8;          // the text, as UTF-8, BOM removed
    SourceEncoding encoding;   // what it was
};

// Strips a UTF-8 BOM; bytes that are not valid UTF-8 are taken as Windows-1252 and converted.
DecodedText decode_text(std::string_view bytes);

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool is_valid_utf8(std::string_view bytes);

// Every byte as Windows-1252; the five bytes it leaves undefined become U+FFFD.
std::string windows1252_to_utf8(std::string_view bytes);

// A control character: C0 (U+0000–U+001F), DEL (U+007F) or C1 (U+0080–U+009F). Shown on a
// terminal, one may ring the bell, move the cursor or change the colours.
bool is_control_char(char32_t cp);

// The first control character of UTF-8 text, or nullopt; line feed and carriage return are
// passed over when `line_breaks_allowed`.
std::optional<char32_t> first_control_char(std::string_view utf8, bool line_breaks_allowed);

// Text as it may be shown on a terminal: each control character written as an escape naming
// it (C0 and DEL as \x07 or \x1b, C1 as \u009b), each byte that is not part of valid UTF-8 as
// \xHH; everything else as it is.
std::string escape_controls(std::string_view text);

// Input text safe to quote in a message: decoded as decode_text does (so always valid UTF-8),
// control characters escaped as escape_controls does, cut to at most max_chars characters
// (an escape counting as one) with "…" after a cut.
std::string message_excerpt(std::string_view bytes, std::size_t max_chars = 40);

// Starts with a UTF-16 byte order mark (Excel's "Unicode Text"), which we do not read.
bool looks_like_utf16(std::string_view bytes);

}  // namespace kinerja
