// A table of text as the record readers get it, whatever file it came from: a CSV file as Excel
// writes it (parse_csv) or the first sheet of an Excel workbook (parse_xlsx), and the reading of
// its columns by name, with the header row found among the first rows.
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "load/records.hpp"
#include "load/source.hpp"

namespace kinerja {

struct TableRow {
    int line = 0;                     // 1-based: the CSV line where the row starts, the row Excel shows
    std::vector<std::string> fields;  // UTF-8, surrounding spaces trimmed, quotes removed
    // Per field: the workbook stored it as a number (a date formatted as one is text). Empty for
    // CSV, where everything is text.
    std::vector<bool> numbers;

    bool number_at(std::size_t index) const { return index < numbers.size() && numbers[index]; }
};

struct Table {
    std::vector<std::string> header;  // the first row's cells as column names (column_name)
    int header_line = 0;              // 1-based line of the first row; 0 when the file has none
    char delimiter = ',';             // CSV: ';' or ','
    std::vector<TableRow> rows;       // the rows after the first, in file order, empty lines left out
    bool complete = true;             // false when reading stopped early (unterminated quote, limits)
    bool workbook = false;            // read from an .xlsx
};

// Adds a row a parser read: the first becomes the header (its cells as column names), the rest
// data rows. Past limits::max_csv_rows data rows, reports the rest once (field "berkas"), marks
// the table incomplete and returns false: the parser stops there.
bool add_row(Table& table, TableRow row, const std::string& file, Diagnostics& diags);

// A cell's text without the spaces and tabs around it, as both parsers keep it.
std::string trim_blanks(std::string_view s);

// "NIP Atasan", "nip-atasan" and "nip_atasan" all name the column nip_atasan.
std::string column_name(std::string_view raw);

// CSV as Excel writes it: comma or semicolon (detected from the header row, which may follow
// title rows: `header_words` are the column names the reader expects), any encoding of
// text_encoding.hpp, CRLF or LF, RFC 4180 quoting (quoted fields may hold the delimiter,
// doubled quotes and newlines). Empty lines are skipped.
// An unterminated quote is reported at the line where the field starts (field "baris"); the rows
// before it are kept. Bounded by load/limits.hpp: a row with a field longer than max_value_bytes
// is reported (field: its column) and skipped; past max_csv_rows data rows or max_csv_fields
// fields, the rest is reported once (field "berkas") and not read.
Table parse_csv(std::string_view bytes, const std::string& file, Diagnostics& diags,
                std::span<const std::string_view> header_words = {});

// The first sheet of an Excel workbook (.xlsx, Office Open XML): shared and inline strings,
// numbers as Excel shows them (at most 15 significant digits), cells formatted as dates as
// YYYY-MM-DD, a formula's last value. LINE is the row number Excel shows. A file that is not a
// readable workbook is one problem for the file (field "berkas"); bounded like parse_csv.
Table parse_xlsx(std::string_view bytes, const std::string& file, Diagnostics& diags);

// A CSV file or a workbook, by the name's extension (".xlsx", else CSV). A file whose bytes are
// of the other kind (a workbook named .csv, a CSV named .xlsx, an old .xls) is one problem that
// says how to fix it.
Table parse_table(std::string_view bytes, const std::string& file, Diagnostics& diags,
                  std::span<const std::string_view> header_words = {});

// What a record reader asks of a column.
struct ColumnRule {
    std::string_view name;
    bool required = false;  // the header must have it
    bool nip = false;       // holds NIPs: a number stored in it loses digits (Excel keeps 15)
};

// Reads columns by name from a table. The header row is the first of the table's first rows
// that names every required column; the rows above it (an office's title rows) are skipped and
// mentioned once, as a warning.
class TableColumns {
public:
    // Whole-file problems are one message each: no row names the required columns (the message
    // names those missing and the columns found), the file is empty, or a NIP column holds
    // numbers (the rows listed).
    TableColumns(const Table& table, const std::string& file, std::span<const ColumnRule> rules,
                 Diagnostics& diags);
    // Every column required, none holding NIPs.
    TableColumns(const Table& table, const std::string& file, const std::vector<std::string>& required,
                 Diagnostics& diags);
    bool ok() const { return ok_; }  // every required column is present, and no NIP is a number
    // The rows under the header row.
    std::span<const TableRow> data_rows() const { return data_; }
    // The field of a row in the named column; "" when the column or the field is absent.
    // Checked by check_field (field_text.hpp): a control character is noted in `refused`.
    std::string get(const TableRow& row, std::string_view column, RefusedFields& refused) const;

private:
    void find_header(const Table& table, std::span<const ColumnRule> rules, Diagnostics& diags);
    void check_nip_columns(const Table& table, std::span<const ColumnRule> rules, Diagnostics& diags);

    std::string file_;                                       // as given, for refused fields
    std::map<std::string, std::size_t, std::less<>> index_;  // column name -> first index
    std::span<const TableRow> data_;
    bool ok_ = true;
};

}  // namespace kinerja
