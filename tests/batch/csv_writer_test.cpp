// csv_field and csv_line: RFC 4180 quoting, and cells a spreadsheet would run as formulas
// written as text (DESIGN section 5), read back with the program's own CSV reader.
#include "batch/csv_writer.hpp"

#include <gtest/gtest.h>

#include "load/table.hpp"

namespace kinerja {
namespace {

// The fields of the one data row of `header_and_row`, as a CSV reader gets them.
std::vector<std::string> read_back(const std::string& header_and_row) {
    Diagnostics diags;
    const Table table = parse_csv(header_and_row, "keluaran.csv", diags);
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
}

TEST(CsvField, LeadingSingleQuoteGetsOneMoreSoThePrefixIsUnambiguous) {
    EXPECT_EQ(csv_field("'abc"), "\"''abc\"");
    EXPECT_EQ(csv_field("'=1+1"), "\"''=1+1\"");
    EXPECT_EQ(csv_field("=a,b"), "\"'=a,b\"");
    EXPECT_EQ(csv_field("'=a,b"), "\"''=a,b\"");
    EXPECT_NE(csv_field("=a,b"), csv_field("'=a,b"));
    EXPECT_EQ(csv_field("a'b"), "a'b");  // a quote inside the text is left alone
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

const std::vector<std::string> hostile_values{
    "=HYPERLINK(\"x\")", "@SUM(1)", "+1", "-2", "'=a,b", "'abc", "- uraian", "''", "'", "-", "\t=1", "\r=1",
    "a'b", "", "Ahmad Rizani, S.Sos.", "Ma\"ruf", "baris satu\nbaris dua", "196906272001121003"};

TEST(ReadOwnCsv, GivesBackWhatWasWrittenAndWritesTheSameBytesAgain) {
    const std::string csv = csv_line({"a", "b"}) + csv_line(hostile_values) + csv_line({"", ""});
    const std::optional<CsvRows> rows = read_own_csv(csv);
    ASSERT_TRUE(rows.has_value());
    ASSERT_EQ(rows->size(), 3u);
    EXPECT_EQ(rows->at(1), hostile_values);
    std::string again;
    for (const std::vector<std::string>& row : *rows) again += csv_line(row);
    EXPECT_EQ(again, csv);
}

TEST(ReadOwnCsv, EachHostileValueRoundTripsAlone) {
    for (const std::string& value : hostile_values) {
        const std::optional<CsvRows> rows = read_own_csv(csv_line({value}));
        ASSERT_TRUE(rows.has_value()) << value;
        EXPECT_EQ(*rows, (CsvRows{{value}})) << value;
    }
}

TEST(ReadOwnCsv, RefusesWhatCsvLineCannotHaveWritten) {
    EXPECT_FALSE(read_own_csv("a,b"));           // no final LF
    EXPECT_FALSE(read_own_csv("a\r\n"));         // CR outside quotes
    EXPECT_FALSE(read_own_csv("a\"b\n"));        // stray quote
    EXPECT_FALSE(read_own_csv("\"a\"b\n"));      // text after the closing quote
    EXPECT_FALSE(read_own_csv("\"a\n"));         // quote never closed
    EXPECT_EQ(read_own_csv(""), CsvRows{});
}

}  // namespace
}  // namespace kinerja
