// Text of a PDF's metadata and outline, shared by render_pdf and PrintFileWriter.
#pragma once

#include <string>
#include <string_view>

namespace kinerja::render {

// Info strings and bookmark titles pass through libharu's UTF-8 encoder, which handles the
// Basic Multilingual Plane only (a character above U+FFFF comes out as spaces): throws
// std::invalid_argument for what it would garble (and for control characters).
void check_info_text(std::string_view text);

// `text` (checked by check_info_text) as a PDF text string (ISO 32000-1 7.9.2.2): the bytes of
// UTF-16BE after the byte order mark FE FF.
std::string utf16_text_string(std::string_view text);

// A metadata date "YYYY-MM-DD" (a real day of the Gregorian calendar). Throws
// std::invalid_argument for anything else.
struct Date {
    int year = 0, month = 0, day = 0;
};
Date parse_date(std::string_view text);

// `date` at midnight as a PDF date (7.9.4) with no offset from UT: "D:YYYYMMDD000000". A signing
// date, not an instant.
std::string pdf_date_string(const Date& date);

}  // namespace kinerja::render
