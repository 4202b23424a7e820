// A rekap as a table of columns: the one place both regimes' rekap.csv and rekap.xlsx are
// written from (batch/rekap.hpp, batch/rekap2022.hpp).
#pragma once

#include <span>
#include <string>
#include <vector>

#include "batch/csv_writer.hpp"
#include "batch/xlsx_writer.hpp"

namespace kinerja {

// One column of a rekap: its name, how its cells are written in the workbook, and its text.
template <typename Row>
struct RekapColumn {
    const char* name;
    xlsx::Kind kind;
    std::string (*text)(const Row& row);
};

template <typename Row>
std::vector<std::vector<std::string>> rekap_fields(std::span<const RekapColumn<Row>> table, const std::vector<Row>& rows) {
    std::vector<std::vector<std::string>> fields;
    for (const Row& row : rows) {
        std::vector<std::string>& line = fields.emplace_back();
        for (const RekapColumn<Row>& c : table) line.push_back(c.text(row));
    }
    return fields;
}

// The header line, then a line per row.
template <typename Row>
std::string rekap_table_csv(std::span<const RekapColumn<Row>> table, const std::vector<Row>& rows) {
    std::vector<std::string> header;
    for (const RekapColumn<Row>& c : table) header.emplace_back(c.name);
    std::string out = csv_line(header);
    for (const std::vector<std::string>& fields : rekap_fields(table, rows)) out += csv_line(fields);
    return out;
}

// The same as a workbook of one sheet, "rekap".
template <typename Row>
std::string rekap_table_xlsx(std::span<const RekapColumn<Row>> table, const std::vector<Row>& rows,
                             const xlsx::Properties& properties) {
    std::vector<xlsx::Column> columns;
    for (const RekapColumn<Row>& c : table) columns.push_back(xlsx::Column{c.name, c.kind, 0, false, {}});
    return xlsx::workbook_bytes({xlsx::sheet_from_text("rekap", std::move(columns), rekap_fields(table, rows))},
                                properties);
}

}  // namespace kinerja
