// Text of a PDF's metadata and outline, shared by render_pdf and PrintFileWriter.
#pragma once

#include <string>
#include <string_view>

namespace kinerja::render {

// Info strings and bookmark titles pass through libharu's UTF-8 encoder, which handles the
// Basic Multilingual Plane only (a character above U+FFFF comes out as spaces): throws
// std::invalid_argument for what it would garble (and for control characters).
void check_info_text(std::string_view text);

// `text` (checked by check_info_text) as libharu writes a string given through its UTF-8
// encoder: "<FEFF" then each character as four uppercase hex digits of UTF-16BE, then ">".
std::string utf16_hex_string(std::string_view text);

}  // namespace kinerja::render
