// CSV as Excel writes it: comma or semicolon (detected from the header row), any encoding of
// text_encoding.hpp, CRLF or LF, RFC 4180 quoting (quoted fields may hold the delimiter,
// doubled quotes and newlines). Empty lines are skipped.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "load/records.hpp"
#include "load/source.hpp"

namespace kinerja {

struct CsvRow {
    int line = 0;                     // 1-based line where the row starts
    std::vector<std::string> fields;  // UTF-8, surrounding spaces trimmed, quotes removed
};

struct CsvTable {
    std::vector<std::string> header;  // column names, trimmed and lower-cased, spaces and '-' as '_'
    int header_line = 0;              // 1-based line of the header row; 0 when the file has none
    char delimiter = ',';             // ';' or ','
    std::vector<CsvRow> rows;         // data rows, in file order, empty lines left out
    bool complete = true;             // false when parsing stopped early (unterminated quote, limits)
};

// Parses a whole file. An unterminated quote is reported at the line where the field starts
// (field "baris"); the rows before it are kept. Bounded by load/limits.hpp: a row with a field
// longer than max_value_bytes is reported (field: its column) and skipped; past max_csv_rows
// data rows or max_csv_fields fields, the rest is reported once (field "berkas") and not read.
CsvTable parse_csv(std::string_view bytes, const std::string& file, Diagnostics& diags);

// Reads columns by name from a parsed table.
class CsvColumns {
public:
    // Reports each required column missing from the header at line 1 (field = column name);
    // a file without any row is reported once (field "berkas").
    CsvColumns(const CsvTable& table, const std::string& file,
               const std::vector<std::string>& required, Diagnostics& diags);
    bool ok() const { return ok_; }  // every required column is present
    // The field of a row in the named column; "" when the column or the field is absent.
    // Checked by check_field (field_text.hpp): a control character is noted in `refused`.
    std::string get(const CsvRow& row, const std::string& column, RefusedFields& refused) const;

private:
    std::string file_;                                       // as given, for refused fields
    std::map<std::string, std::size_t, std::less<>> index_;  // column name -> first index
    bool ok_ = true;
};

}  // namespace kinerja
