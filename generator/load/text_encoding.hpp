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

bool is_valid_utf8(std::string_view bytes);

}  // namespace kinerja
