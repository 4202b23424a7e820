// rekap.xlsx and arsip/indeks.xlsx (DESIGN section 5): the same columns and rows as their CSV
// files, NIPs as text, numbers as numbers shown with two decimals (scores) or none (counts),
// listed in the manifest, and the same bytes whenever the same month is made.
#include <gtest/gtest.h>

#include <charconv>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "archive/file_hash.hpp"
#include "batch/csv_writer.hpp"
#include "batch/xlsx_writer.hpp"
#include "test_support.hpp"
#include "xlsx_test_support.hpp"

namespace kinerja {
namespace {
namespace fs = std::filesystem;

// "A", "B", … "Z" for columns 0..25.
std::string column_letter(std::size_t column) { return std::string(1, static_cast<char>('A' + column)); }

// A number cell's value shown as "0.00" or "0" shows it.
std::string shown(const test::XlsxCell& cell) {
    double value = 0;
    std::from_chars(cell.text.data(), cell.text.data() + cell.text.size(), value);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, cell.format == "0.00" ? "%.2f" : "%.0f", value);
    return buffer;
}

// The date of an Excel serial day number (1900 system, after February 1900).
std::string serial_date(const std::string& serial) {
    const long days = std::stol(serial) - 25569;  // 1970-01-01
    const long z = days + 719468, era = (z >= 0 ? z : z - 146096) / 146097, doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365, doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153, d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04ld-%02ld-%02ld", yoe + era * 400 + (m <= 2), m, d);
    return buffer;
}

// The sample month made once for all tests here (--date fixed), and read back.
class WorkbookOutput : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new test::TempDir("kinerja-workbook-output");
        run_ = new test::CliResult(test::cli({"run", test::sample_dir().string(), "--period", "2024-03", "--out",
                                              out().string(), "--date", "2024-03-27", "--quiet", "--jobs", "2"}));
    }
    static void TearDownTestSuite() {
        delete run_;
        delete dir_;
    }
    void SetUp() override { ASSERT_EQ(run_->code, 0) << run_->out << run_->err; }

    static fs::path out() { return dir_->path() / "out"; }
    static fs::path month() { return out() / "2024-03"; }

    // The workbook against its CSV: same header, same rows; every cell of the kind its
    // column is: text columns strings, number columns numbers showing the CSV's text.
    static void expect_same_as_csv(const std::string& xlsx_path, const std::string& csv_path,
                                   const std::map<std::string, std::string>& number_formats,
                                   const std::vector<std::string>& date_columns) {
        SCOPED_TRACE(xlsx_path);
        const test::XlsxFile book(test::read_file(month() / xlsx_path));
        const std::optional<CsvRows> csv = read_own_csv(test::read_file(month() / csv_path));
        ASSERT_TRUE(csv.has_value());
        ASSERT_GT(csv->size(), 1u);
        const std::vector<std::string>& header = csv->front();
        EXPECT_EQ(book.header(0), header);
        const std::map<std::string, test::XlsxCell> cells = book.cells(0);
        std::size_t checked = 0;
        for (std::size_t r = 1; r < csv->size(); ++r) {
            for (std::size_t c = 0; c < header.size(); ++c) {
                const std::string ref = column_letter(c) + std::to_string(r + 1);
                const auto found = cells.find(ref);
                ASSERT_NE(found, cells.end()) << ref;
                const test::XlsxCell& cell = found->second;
                const std::string& expected = csv->at(r).at(c);
                EXPECT_FALSE(cell.formula) << ref;
                if (number_formats.count(header[c])) {
                    EXPECT_EQ(cell.type, "") << ref << " is a number";
                    EXPECT_EQ(cell.format, number_formats.at(header[c])) << ref;
                    EXPECT_EQ(shown(cell), expected) << ref;
                } else if (std::find(date_columns.begin(), date_columns.end(), header[c]) != date_columns.end()) {
                    EXPECT_EQ(cell.type, "") << ref;
                    EXPECT_EQ(cell.format, "yyyy-mm-dd") << ref;
                    EXPECT_EQ(serial_date(cell.text), expected) << ref;
                } else {
                    EXPECT_TRUE(cell.type == "s" || cell.type == "inlineStr") << ref << " is text";
                    EXPECT_EQ(cell.text, expected) << ref;
                }
                ++checked;
            }
        }
        EXPECT_EQ(checked, (csv->size() - 1) * header.size());
        EXPECT_EQ(cells.size(), csv->size() * header.size()) << "no cell more";
    }

    static test::TempDir* dir_;
    static test::CliResult* run_;
};
test::TempDir* WorkbookOutput::dir_ = nullptr;
test::CliResult* WorkbookOutput::run_ = nullptr;

TEST_F(WorkbookOutput, RekapHoldsTheCsvRowsNipAsTextScoresAsNumbers) {
    expect_same_as_csv("rekap.xlsx", "rekap.csv",
                       {{"nilai_skp", "0.00"}, {"nilai_perilaku", "0.00"}, {"nilai_prestasi", "0.00"}}, {});
    // Every NIP whole, all 18 digits, as a string.
    const test::XlsxFile book(test::read_file(month() / "rekap.xlsx"));
    const auto cells = book.cells(0);
    EXPECT_EQ(cells.at("A2").type, "s");
    EXPECT_EQ(cells.at("A2").text, "196906272001121003");
    EXPECT_EQ(cells.at("A2").format, "@");
    EXPECT_EQ(book.sheet_names(), std::vector<std::string>{"rekap"});
}

TEST_F(WorkbookOutput, IndeksHoldsTheCsvRowsCountsAsNumbersTanggalAsDate) {
    expect_same_as_csv("arsip/indeks.xlsx", "arsip/indeks.csv",
                       {{"no", "0"}, {"box", "0"}, {"berkas", "0"}, {"item", "0"}, {"halaman", "0"},
                        {"retensi_aktif", "0"}, {"retensi_inaktif", "0"}},
                       {"tanggal"});
}

TEST_F(WorkbookOutput, HeaderIsBoldAndFrozenWithAFilterOverTheRows) {
    for (const char* path : {"rekap.xlsx", "arsip/indeks.xlsx"}) {
        SCOPED_TRACE(path);
        const test::XlsxFile book(test::read_file(month() / path));
        const pugi::xml_document sheet = book.xml(book.sheet_part(0));
        const pugi::xml_node ws = sheet.child("worksheet");
        const pugi::xml_node pane = ws.child("sheetViews").child("sheetView").child("pane");
        EXPECT_STREQ(pane.attribute("state").value(), "frozen");
        EXPECT_STREQ(pane.attribute("topLeftCell").value(), "A2");
        // The filter from the header over every row and column written.
        EXPECT_STREQ(ws.child("autoFilter").attribute("ref").value(), ws.child("dimension").attribute("ref").value());
        // The header's style has a bold font.
        const pugi::xml_document styles = book.xml("xl/styles.xml");
        const unsigned style = ws.child("sheetData").child("row").child("c").attribute("s").as_uint();
        std::vector<pugi::xml_node> xfs, fonts;
        for (pugi::xml_node xf : styles.child("styleSheet").child("cellXfs").children("xf")) xfs.push_back(xf);
        for (pugi::xml_node f : styles.child("styleSheet").child("fonts").children("font")) fonts.push_back(f);
        EXPECT_TRUE(fonts.at(xfs.at(style).attribute("fontId").as_uint()).child("b"));
        // Widths fitted: the uraian/nama column wider than the default.
        bool wide = false;
        for (pugi::xml_node col : ws.child("cols").children("col")) wide |= col.attribute("width").as_double() > 20;
        EXPECT_TRUE(wide);
    }
}

TEST_F(WorkbookOutput, BothAreInTheManifestWithTheirHash) {
    const std::optional<CsvRows> manifest = read_own_csv(test::read_file(month() / "manifest.csv"));
    ASSERT_TRUE(manifest.has_value());
    std::map<std::string, std::vector<std::string>> by_path;
    for (const auto& row : *manifest) by_path[row.at(0)] = row;
    for (const char* path : {"rekap.xlsx", "arsip/indeks.xlsx"}) {
        ASSERT_TRUE(by_path.count(path)) << path;
        const std::string bytes = test::read_file(month() / path);
        EXPECT_EQ(by_path.at(path).at(1), std::to_string(bytes.size()));
        EXPECT_EQ(by_path.at(path).at(2), "0");
        EXPECT_EQ(by_path.at(path).at(3), archive::sha256_hex(bytes));
    }
}

TEST_F(WorkbookOutput, NoClockInside) {
    for (const char* path : {"rekap.xlsx", "arsip/indeks.xlsx"}) {
        SCOPED_TRACE(path);
        const test::XlsxFile book(test::read_file(month() / path));
        // The document's dates are the signing date (--date), not the time of the run.
        const std::string core = book.part("docProps/core.xml");
        EXPECT_NE(core.find("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-03-27T00:00:00Z</dcterms:created>"),
                  std::string::npos)
            << core;
        EXPECT_NE(core.find("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2024-03-27T00:00:00Z</dcterms:modified>"),
                  std::string::npos);
        // Each zip entry's time is libxlsxwriter's fixed 1980-01-01 00:00, the zip format's first day.
        ASSERT_FALSE(book.modified().empty());
        for (const auto& [part, when] : book.modified()) {
            EXPECT_EQ(when.year(), 1980) << part;
            EXPECT_EQ(when.month(), 1) << part;
            EXPECT_EQ(when.day(), 1) << part;
            EXPECT_EQ(when.hour() * 3600 + when.minute() * 60 + when.second(), 0) << part;
        }
    }
}

TEST_F(WorkbookOutput, ARunAgainMakesTheSameBytes) {
    const test::TempDir again("kinerja-workbook-again");
    const test::CliResult run = test::cli({"run", test::sample_dir().string(), "--period", "2024-03", "--out",
                                           again.path().string(), "--date", "2024-03-27", "--quiet", "--jobs", "1"});
    ASSERT_EQ(run.code, 0) << run.err;
    for (const char* path : {"rekap.xlsx", "arsip/indeks.xlsx"}) {
        EXPECT_EQ(test::read_file(again.path() / "2024-03" / path), test::read_file(month() / path)) << path;
    }
}

// A text column as the writer is given it: whatever a text begins with, a string cell.
TEST(XlsxWriter, TextsThatLookLikeFormulasStayText) {
    const std::vector<std::string> texts = {"=1+1", "+62812", "-5", "@SUM(A1)", "=HYPERLINK(\"x\")", "\t=1", "0012"};
    std::vector<std::vector<std::string>> rows;
    for (const std::string& t : texts) rows.push_back({t, "1.50"});
    const xlsx::Sheet sheet = xlsx::sheet_from_text(
        "uji", {xlsx::Column{"teks", xlsx::Kind::text, 0, false, {}}, {"angka", xlsx::Kind::decimal2, 0, false, {}}},
        rows);
    const test::XlsxFile book(xlsx::workbook_bytes({sheet}, xlsx::Properties{"t", "s", "a", "c", Date{2024, 3, 1}}));
    const auto cells = book.cells(0);
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const test::XlsxCell& cell = cells.at("A" + std::to_string(i + 2));
        EXPECT_EQ(cell.type, "s") << texts[i];
        EXPECT_FALSE(cell.formula) << texts[i];
        EXPECT_EQ(cell.text, texts[i]);
        EXPECT_EQ(cells.at("B" + std::to_string(i + 2)).type, "");
    }
    EXPECT_EQ(book.part(book.sheet_part(0)).find("<f>"), std::string::npos);
}

TEST(XlsxWriter, SameSheetsGiveTheSameBytes) {
    const xlsx::Sheet sheet = xlsx::sheet_from_text("uji", {xlsx::Column{"a", xlsx::Kind::whole, 0, false, {}}},
                                                    {{"1"}, {"2"}});
    const xlsx::Properties props{"t", "s", "a", "c", Date{1970, 1, 1}};
    const std::string first = xlsx::workbook_bytes({sheet}, props);
    EXPECT_EQ(xlsx::workbook_bytes({sheet}, props), first);
    // 1970-01-01 is second 0, which libxlsxwriter would take for "now": still that day.
    EXPECT_NE(test::XlsxFile(first).part("docProps/core.xml").find("1970-01-01T00:00:01Z"), std::string::npos);
}

TEST(XlsxWriter, CellFromTextTakesTheColumnsKind) {
    EXPECT_EQ(xlsx::cell_from_text(xlsx::Kind::decimal2, "85.50"), xlsx::Cell(85.5));
    EXPECT_EQ(xlsx::cell_from_text(xlsx::Kind::whole, "12"), xlsx::Cell(12.0));
    EXPECT_EQ(xlsx::cell_from_text(xlsx::Kind::text, "85.50"), xlsx::Cell(std::string("85.50")));
    EXPECT_EQ(xlsx::cell_from_text(xlsx::Kind::date, "2024-03-27"), xlsx::Cell(Date{2024, 3, 27}));
    EXPECT_EQ(xlsx::cell_from_text(xlsx::Kind::decimal2, ""), xlsx::Cell(std::monostate{}));
    // What does not parse stays as written, never lost.
    EXPECT_EQ(xlsx::cell_from_text(xlsx::Kind::decimal2, "n/a"), xlsx::Cell(std::string("n/a")));
    EXPECT_EQ(xlsx::cell_from_text(xlsx::Kind::decimal2, "nan"), xlsx::Cell(std::string("nan")));
    EXPECT_EQ(xlsx::cell_from_text(xlsx::Kind::date, "2024-02-30"), xlsx::Cell(std::string("2024-02-30")));
}

}  // namespace
}  // namespace kinerja
