// Workbooks (.xlsx) through libxlsxwriter: the month's rekap.xlsx and arsip/indeks.xlsx beside
// their CSV files (DESIGN section 5), and the workbooks to fill in that `kinerja init` and
// `kinerja next-month` make (DESIGN section 3). The only place that includes xlsxwriter.h.
//
// A text is always a string cell, never a formula, whatever it begins with ("=1+1" stays
// text). Same sheets and properties → the same bytes: the document's creation time is
// `Properties::created`, never the clock, and the zip entries carry libxlsxwriter's fixed
// timestamp.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "model/calendar.hpp"
#include "model/dataset.hpp"

namespace kinerja::xlsx {

// How a column's cells are written and shown; the column itself gets the same format, so that
// what is typed into it later is taken the same way.
enum class Kind {
    text,      // string cells
    verbatim,  // string cells in a column formatted as Text ("@"): NIPs and dates an office types,
               // which Excel would otherwise turn into numbers (1,96906E+17) or date serials
    decimal2,  // numbers shown with two decimals ("0.00")
    whole,     // numbers shown without decimals ("0")
    number,    // numbers as typed (General): the targets of an SKP to fill in
    date,      // dates shown as YYYY-MM-DD
};

struct Column {
    std::string header;
    Kind kind = Kind::text;
    double width = 0;                  // in characters; 0: fitted to the header and the cells
    bool wrap = false;                 // long texts wrap within the column (give a width)
    std::vector<std::string> choices;  // a drop-down list on every row below the header; none when empty
};

// A cell: empty, a text, a number, or a date.
using Cell = std::variant<std::monostate, std::string, double, Date>;

struct Sheet {
    std::string name;                     // 1..31 characters, none of []:*?/\ .
    std::vector<Column> columns;          // the header row, bold and frozen
    std::vector<std::vector<Cell>> rows;  // below the header; a row has at most columns.size() cells
    bool autofilter = true;               // a filter on the header over the rows
};

struct Properties {
    std::string title, subject, author, company;
    Date created;  // the document's creation (and modification) time: this day, 00:00 UTC
};

// The properties of a month's output workbook: `title` and the month, the office as author
// and company, created on the signing date.
Properties month_properties(const Instansi& instansi, const std::string& title, Period period, Date tanggal);

// The workbook file: the sheets in order (the first one is the one opened and the one readers
// read). Throws std::runtime_error when libxlsxwriter refuses something (its message), IoError
// (load/io_error.hpp) when its temporary file cannot be written or read.
std::string workbook_bytes(const std::vector<Sheet>& sheets, const Properties& properties);

// A sheet of a CSV output: the header of `columns`, then each row's fields as cell_from_text
// makes them, with a filter over them.
Sheet sheet_from_text(std::string name, std::vector<Column> columns, const std::vector<std::vector<std::string>>& rows);

// The cell a CSV output's field becomes in a column of `kind`: a number parsed from the dot
// decimal the CSV writes ("85.50"), a date from YYYY-MM-DD, empty for an empty field; the text
// itself for a text column and for anything that does not parse as the column's kind.
Cell cell_from_text(Kind kind, const std::string& text);

}  // namespace kinerja::xlsx
