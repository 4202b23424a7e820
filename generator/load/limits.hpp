// What the readers refuse to read, so that memory and time stay bounded (and linear in the
// input) whatever bytes a data folder holds. Far above any office's real data: a kecamatan has
// tens of staff and a few hundred SKP rows; a whole kabupaten in one file stays under them.
#pragma once

#include <cstddef>
#include <string>

namespace kinerja::limits {

// Bytes of one input file; DiskFileSource refuses a larger file without reading it.
constexpr std::size_t max_file_bytes = 256u * 1024u * 1024u;

// Data rows of one CSV file: the rows after it are not read (reported once, field "berkas").
constexpr std::size_t max_csv_rows = 100000;
// Fields of one CSV file over all its rows, header included: as max_csv_rows.
constexpr std::size_t max_csv_fields = 2000000;

// Bytes of one part of an .xlsx workbook once inflated (the sheet, the shared strings, ...):
// a sheet of max_csv_rows rows of a dozen cells stays under it. A larger part refuses the file.
constexpr std::size_t max_xlsx_part_bytes = 128u * 1024u * 1024u;

// Bytes of one value: a CSV field (its row is skipped), an XML attribute value or text (the
// file is refused). Longer than any name, uraian or dasar hukum an office writes.
constexpr std::size_t max_value_bytes = 10000;

// XML: start tags ('<') and attributes ('=') counted before parsing, and element nesting.
// Beyond them the file is refused.
constexpr std::size_t max_xml_tags = 500000;
constexpr std::size_t max_xml_attributes = 500000;
constexpr std::size_t max_xml_depth = 64;

// A count as messages print it: 100000 -> "100.000".
inline std::string grouped(std::size_t n) {
    std::string digits = std::to_string(n);
    for (std::size_t at = digits.size(); at > 3; at -= 3) digits.insert(at - 3, ".");
    return digits;
}

}  // namespace kinerja::limits
