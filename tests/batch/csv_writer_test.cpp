// csv_field and csv_line: RFC 4180 quoting, and cells a spreadsheet would run as formulas
// written as text (DESIGN section 5), read back with the program's own CSV reader.
#include "batch/csv_writer.hpp"

#include <gtest/gtest.h>

#include "load/csv_reader.hpp"

namespace kinerja {
namespace {

// The fields of the one data row of `header_and_row`, as a CSV reader gets them.
std::vector<std::string> read_back(const std::string& header_and_row) {
    Diagnostics diags;
    const CsvTable table = parse_csv(header_and_row, "keluaran.csv", diags);
    EXPECT_TRUE(diags.empty());
    EXPECT_EQ(table.rows.size(), 1u);
    return table.rows.empty() ? std::vector<std::string>{} : table.rows.front().fields;
}

TEST(CsvField, PlainTextAndNumbersAsTheyAre) {
    EXPECT_EQ(csv_field("Rahmadi"), "Rahmadi");
    EXPECT_EQ(csv_field("85.50"), "85.50");
    EXPECT_EQ(csv_field("196906272001121003"), "196906272001121003");
    EXPECT_EQ(csv_field("2024-03-31"), "2024-03-31");
    EXPECT_EQ(csv_field("pengukuran/196906272001121003.pdf"), "pengukuran/196906272001121003.pdf");
    EXPECT_EQ(csv_field(""), "");
}

TEST(CsvField, CommaQuoteAndLineBreakQuoted) {
    EXPECT_EQ(csv_field("Ahmad Rizani, S.Sos."), "\"Ahmad Rizani, S.Sos.\"");
    EXPECT_EQ(csv_field("Ma\"ruf"), "\"Ma\"\"ruf\"");
    EXPECT_EQ(csv_field("baris satu\nbaris dua"), "\"baris satu\nbaris dua\"");
}

TEST(CsvField, FormulaSignsWrittenAsQuotedText) {
    EXPECT_EQ(csv_field("=1+1"), "\"'=1+1\"");
    EXPECT_EQ(csv_field("+1"), "\"'+1\"");
    EXPECT_EQ(csv_field("-2"), "\"'-2\"");
    EXPECT_EQ(csv_field("@SUM(1)"), "\"'@SUM(1)\"");
    EXPECT_EQ(csv_field("\t=1"), "\"'\t=1\"");
    EXPECT_EQ(csv_field("\r=1"), "\"'\r=1\"");
}

TEST(CsvField, FormulaSignInsideTheTextIsLeftAlone) {
    EXPECT_EQ(csv_field("Siti = Rahmah"), "Siti = Rahmah");
    EXPECT_EQ(csv_field("Noor-Aina"), "Noor-Aina");
    EXPECT_EQ(csv_field("'=1+1"), "'=1+1");  // already text for a spreadsheet
}

TEST(CsvField, FormulaWithQuotesAndCommasStaysOneField) {
    EXPECT_EQ(csv_field("=HYPERLINK(\"http://contoh.test\",\"klik\")"),
              "\"'=HYPERLINK(\"\"http://contoh.test\"\",\"\"klik\"\")\"");
}

TEST(CsvField, LoneDashAndListDashAreTextToo) {
    EXPECT_EQ(csv_field("-"), "\"'-\"");
    EXPECT_EQ(csv_field("- Menyusun laporan"), "\"'- Menyusun laporan\"");
}

TEST(CsvLine, ReadsBackAsRfc4180WithThePrefixVisible) {
    const std::vector<std::string> fields{
        "196906272001121003", "=HYPERLINK(\"http://contoh.test\",\"klik\")", "+1", "-2", "@SUM(1)",
        "- Menyusun laporan", "85.50", "Ahmad Rizani, S.Sos.", "baris satu\nbaris dua"};
    const std::string line = csv_line(fields);
    ASSERT_EQ(line.back(), '\n');
    const std::string header = csv_line({"a", "b", "c", "d", "e", "f", "g", "h", "i"});
    EXPECT_EQ(read_back(header + line),
              (std::vector<std::string>{"196906272001121003", "'=HYPERLINK(\"http://contoh.test\",\"klik\")",
                                        "'+1", "'-2", "'@SUM(1)", "'- Menyusun laporan", "85.50",
                                        "Ahmad Rizani, S.Sos.", "baris satu\nbaris dua"}));
}

TEST(CsvLine, EveryReadFieldThatBeginsWithAFormulaSignIsPrefixed) {
    // Whatever the text, no field read back from a written line begins with a formula sign.
    const std::vector<std::string> hostile{"=", "+", "-", "@", "\t", "\r", "=a,b", "-\"x\"", "@\n1"};
    const std::string csv = csv_line({"x"}) + csv_line(hostile);
    for (const std::string& field : read_back(csv)) {
        ASSERT_FALSE(field.empty());
        EXPECT_EQ(field.front(), '\'') << field;
    }
}

}  // namespace
}  // namespace kinerja
