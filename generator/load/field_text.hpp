// The text of a field as a reader takes it into a record. Every field of every input record
// (records.hpp: instansi, pegawai, SKP, perilaku, SOP) passes here, whatever its file's format (a
// CSV column through TableColumns::get, an XML attribute or element text through XmlInput::attr
// and XmlInput::text): one check for all, with no list of fields of its own.
#pragma once

#include <string>
#include <string_view>

#include "load/records.hpp"
#include "load/source.hpp"

namespace kinerja {

// Whether a field may be written on several lines (a quoted CSV field with line breaks, &#10; in
// an XML attribute). Only a kegiatan's uraian: the documents print its line breaks. A name, a
// NIP, a number or a jabatan is one line.
bool allows_line_breaks(std::string_view field);

// "memuat karakter kendali U+001B"; tab and line breaks named ("U+000A (ganti baris)").
std::string control_char_message(char32_t cp);

// Notes in `refused`, at file:line, a field whose text holds a control character
// (text_encoding.hpp: C0, DEL or C1; a line break only where allows_line_breaks says so). The
// text itself is kept as written: the model reports what `refused` holds and leaves the record
// out.
void check_field(std::string_view file, int line, std::string_view field, std::string_view text,
                 RefusedFields& refused);

// Excel's display of a long number, as it saves a NIP typed into a number cell: "1,96906E+17",
// "1.96906E+17", "1E+17".
bool looks_like_excel_number(std::string_view text);

}  // namespace kinerja
