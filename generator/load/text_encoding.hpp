// Text as offices save it: UTF-8 with or without BOM, or Windows-1252 from older Excel.
#pragma once

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

// Input text safe to quote in a message: decoded as decode_text does (so always valid UTF-8),
// control characters shown as '?', cut to at most max_chars characters with "…" after a cut.
std::string message_excerpt(std::string_view bytes, std::size_t max_chars = 40);

// Starts with a UTF-16 byte order mark (Excel's "Unicode Text"), which we do not read.
bool looks_like_utf16(std::string_view bytes);

}  // namespace kinerja
