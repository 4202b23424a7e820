// Text in the encoding the PDF's fonts use: WinAnsiEncoding (Windows-1252). libharu 2.3.0
// writes no ToUnicode map for an embedded TrueType font; with WinAnsiEncoding pdftotext and
// viewers still map every code back to its character, which they cannot for a custom encoding.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kinerja::render {

// The WinAnsi byte of a character, or nothing when WinAnsi lacks it or it is a control
// character (U+0000–U+001F, U+007F–U+009F). The one definition of what page text may hold:
// batch checks input text with it before anything is laid out.
std::optional<unsigned char> winansi_byte(char32_t cp);

// The character a WinAnsi byte stands for, or nothing for a control or undefined byte: the
// inverse of winansi_byte.
std::optional<char32_t> winansi_character(unsigned char byte);

// Whether every byte of `text` is printable ASCII (U+0020–U+007E), which WinAnsi writes as
// itself: then to_winansi(text) == text.
bool is_printable_ascii(std::string_view text);

// UTF-8 to WinAnsi bytes, one byte per character. Throws std::invalid_argument, naming the
// character (U+XXXX) and the text, for invalid UTF-8, a control character (U+0000–U+001F,
// U+007F–U+009F) or a character WinAnsi lacks (e.g. U+0101 ā, U+2192 →): nothing is dropped or
// replaced silently.
std::string to_winansi(std::string_view utf8);

}  // namespace kinerja::render
