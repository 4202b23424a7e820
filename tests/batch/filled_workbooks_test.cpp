// The workbooks `kinerja init` and `kinerja next-month` make, once filled in with the sample's
// data as a clerk would (typing into the cells), are what `check` accepts.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "load/table.hpp"
#include "test_support.hpp"
#include "xlsx_test_support.hpp"

namespace kinerja {
namespace {

namespace fs = std::filesystem;
using Row = std::map<std::string, std::string>;  // column name -> text

// The data rows of one of the sample's CSV files, by column name.
std::vector<Row> sample_rows(const std::string& name) {
    Diagnostics diags;
    const Table table = parse_table(test::read_file(test::sample_dir() / name), name, diags);
    std::vector<Row> rows;
    for (const TableRow& r : table.rows) {
        Row row;
        for (std::size_t i = 0; i < table.header.size() && i < r.fields.size(); ++i) row[table.header[i]] = r.fields[i];
        rows.push_back(row);
    }
    EXPECT_TRUE(diags.empty());
    return rows;
}

std::string column_letter(std::size_t index) { return std::string(1, static_cast<char>('A' + index)); }

// Types `text` into cell `ref` of a sheet as a string, keeping the cell's style (a Text column
// stays Text): the row and the cell are made when missing, in order.
void type_into(pugi::xml_node sheet_data, unsigned row_number, const std::string& ref, const std::string& text) {
    pugi::xml_node row;
    for (pugi::xml_node r : sheet_data.children("row")) {
        if (r.attribute("r").as_uint() == row_number) row = r;
        if (!row && r.attribute("r").as_uint() > row_number) {
            row = sheet_data.insert_child_before("row", r);
            row.append_attribute("r") = row_number;
        }
    }
    if (!row) {
        row = sheet_data.append_child("row");
        row.append_attribute("r") = row_number;
    }
    pugi::xml_node cell;
    for (pugi::xml_node c : row.children("c")) {
        const std::string r = c.attribute("r").value();
        if (r == ref) cell = c;
        if (!cell && (r.size() > ref.size() || (r.size() == ref.size() && r > ref))) {
            cell = row.insert_child_before("c", c);
            cell.append_attribute("r") = ref.c_str();
        }
    }
    if (!cell) {
        cell = row.append_child("c");
        cell.append_attribute("r") = ref.c_str();
    }
    while (cell.first_child()) cell.remove_child(cell.first_child());
    if (!cell.attribute("t")) cell.append_attribute("t");
    cell.attribute("t") = "inlineStr";
    cell.append_child("is").append_child("t").text() = text.c_str();
}

// Fills the first sheet of a workbook: row i + 2 gets rows[i], each value in the column the
// sheet's header names for it; only the columns in `columns` are typed.
void fill(const fs::path& path, const std::vector<Row>& rows, const std::vector<std::string>& columns) {
    test::XlsxFile book(test::read_file(path));
    const std::vector<std::string> header = book.header(0);
    pugi::xml_document sheet = book.xml(book.sheet_part(0));
    const pugi::xml_node data = sheet.child("worksheet").child("sheetData");
    for (std::size_t i = 0; i < rows.size(); ++i) {
        for (std::size_t c = 0; c < header.size(); ++c) {
            const auto value = rows[i].find(header[c]);
            if (value == rows[i].end() || value->second.empty()) continue;
            if (std::find(columns.begin(), columns.end(), header[c]) == columns.end()) continue;
            const auto row_number = static_cast<unsigned>(i + 2);
            type_into(data, row_number, column_letter(c) + std::to_string(row_number), value->second);
        }
    }
    std::ostringstream xml;
    sheet.save(xml, "", pugi::format_raw);
    book.put_part(book.sheet_part(0), xml.str());
    test::write_file(path, book.bytes());
}

std::vector<std::string> names_of(const std::vector<Row>& rows) {
    std::vector<std::string> names;
    for (const auto& [name, value] : rows.front()) names.push_back(name);
    return names;
}

TEST(FilledWorkbooks, InitAndNextMonthWorkbooksFilledInAreAccepted) {
    const test::TempDir dir("kinerja-filled");
    const fs::path data = dir.path() / "kantor";
    ASSERT_EQ(test::cli({"init", data.string(), "--period", "2024-03"}).code, 0);
    fs::copy_file(test::sample_dir() / "instansi.xml", data / "instansi.xml", fs::copy_options::overwrite_existing);
    const std::vector<Row> pegawai = sample_rows("pegawai.csv");
    const std::vector<Row> skp = sample_rows("skp-2024-03.csv");
    const std::vector<Row> perilaku = sample_rows("perilaku-2024-03.csv");
    fill(data / "pegawai.xlsx", pegawai, names_of(pegawai));
    fill(data / "skp-2024-03.xlsx", skp, names_of(skp));
    fill(data / "perilaku-2024-03.xlsx", perilaku, names_of(perilaku));
    const test::CliResult march = test::cli({"check", data.string(), "--period", "2024-03"});
    EXPECT_EQ(march.code, 0) << march.err;
    EXPECT_EQ(march.err, "");

    // April from March: the targets are there; the clerk types the realisasi and the scores.
    ASSERT_EQ(test::cli({"next-month", data.string(), "--period", "2024-04"}).code, 0);
    fill(data / "skp-2024-04.xlsx", skp,
         {"realisasi_kuantitas", "realisasi_kualitas", "realisasi_waktu", "realisasi_biaya", "nilai"});
    fill(data / "perilaku-2024-04.xlsx", perilaku,
         {"orientasi_pelayanan", "integritas", "komitmen", "disiplin", "kerja_sama", "kepemimpinan"});
    const test::CliResult april = test::cli({"check", data.string(), "--period", "2024-04"});
    EXPECT_EQ(april.code, 0) << april.err;
    EXPECT_EQ(april.err, "");
    EXPECT_NE(april.out.find("15 pegawai"), std::string::npos) << april.out;
}

}  // namespace
}  // namespace kinerja
