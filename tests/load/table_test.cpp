#include "load/table.hpp"

#include <gtest/gtest.h>

#include "diagnostic_lines.hpp"

namespace kinerja {
namespace {

using Fields = std::vector<std::string>;
using test::lines_of;

Table parse(std::string_view text, Diagnostics& diags) { return parse_csv(text, "x.csv", diags); }

TEST(ParseCsv, CommaDelimited) {
    Diagnostics diags;
    const Table t = parse("nip,nama\n1,Andi\n2,Budi\n", diags);
    EXPECT_TRUE(diags.empty());
    EXPECT_EQ(t.delimiter, ',');
    EXPECT_EQ(t.header, (Fields{"nip", "nama"}));
    EXPECT_EQ(t.header_line, 1);
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0].fields, (Fields{"1", "Andi"}));
    EXPECT_EQ(t.rows[0].line, 2);
    EXPECT_EQ(t.rows[1].fields, (Fields{"2", "Budi"}));
    EXPECT_EQ(t.rows[1].line, 3);
}

TEST(ParseCsv, SemicolonWinsWhenMoreFrequentInHeader) {
    Diagnostics diags;
    // Decimal commas in the data must not matter: only the header is counted.
    const Table t = parse("nip;nilai;catatan\n1;85,5;a,b,c,d\n", diags);
    EXPECT_EQ(t.delimiter, ';');
    ASSERT_EQ(t.rows.size(), 1u);
    EXPECT_EQ(t.rows[0].fields, (Fields{"1", "85,5", "a,b,c,d"}));
}

TEST(ParseCsv, DelimitersInsideQuotedHeaderAreNotCounted) {
    Diagnostics diags;
    const Table t = parse("\"a;b;c\",d,e\n1,2,3\n", diags);
    EXPECT_EQ(t.delimiter, ',');
    EXPECT_EQ(t.header, (Fields{"a;b;c", "d", "e"}));
}

TEST(ParseCsv, TieAndSingleColumnFallBackToComma) {
    Diagnostics diags;
    EXPECT_EQ(parse("a;b,c\n", diags).delimiter, ',');
    EXPECT_EQ(parse("nip\n1\n", diags).delimiter, ',');
}

TEST(ParseCsv, ExcelSepLineNamesTheDelimiter) {
    Diagnostics diags;
    const Table t = parse("\nSEP=;\nnip,nama;catatan\n1,5;x\n", diags);
    EXPECT_TRUE(diags.empty());
    EXPECT_EQ(t.delimiter, ';');
    EXPECT_EQ(t.header, (Fields{"nip,nama", "catatan"}));
    EXPECT_EQ(t.header_line, 3);
    ASSERT_EQ(t.rows.size(), 1u);
    EXPECT_EQ(t.rows[0].fields, (Fields{"1,5", "x"}));
    EXPECT_EQ(t.rows[0].line, 4);
    // Without it, the same header is split on commas.
    EXPECT_EQ(parse("nip,nama;catatan\n", diags).delimiter, ',');
}

TEST(ParseCsv, HeaderNamesAreNormalised) {
    Diagnostics diags;
    const Table t = parse(" NIP ;Nama;nip atasan; Jenis-Jabatan ;TMT  golongan\n", diags);
    EXPECT_EQ(t.header, (Fields{"nip", "nama", "nip_atasan", "jenis_jabatan", "tmt_golongan"}));
}

TEST(ParseCsv, LineEndingsCrLfLfAndLoneCr) {
    for (const std::string text : {"a;b\r\n1;2\r\n\r\n3;4\r\n", "a;b\n1;2\n\n3;4\n", "a;b\r1;2\r\r3;4\r",
                                   "a;b\r\n1;2\n\r3;4"}) {
        Diagnostics diags;
        const Table t = parse(text, diags);
        EXPECT_TRUE(diags.empty());
        ASSERT_EQ(t.rows.size(), 2u) << text;
        EXPECT_EQ(t.rows[0].fields, (Fields{"1", "2"}));
        EXPECT_EQ(t.rows[0].line, 2);
        EXPECT_EQ(t.rows[1].fields, (Fields{"3", "4"}));
        EXPECT_EQ(t.rows[1].line, 4) << text;
    }
}

TEST(ParseCsv, QuotedFieldsHoldDelimiterQuotesAndNewlines) {
    Diagnostics diags;
    const std::string text =
        "nip;uraian;satuan\n"
        "1;\"Menyusun; mengolah\";dokumen\n"
        "2;\"Rapat \"\"koordinasi\"\"\";kali\n"
        "3;\"baris satu\r\nbaris dua\nbaris tiga\";laporan\n"
        "4;akhir;x\n";
    const Table t = parse(text, diags);
    EXPECT_TRUE(diags.empty());
    ASSERT_EQ(t.rows.size(), 4u);
    EXPECT_EQ(t.rows[0].fields, (Fields{"1", "Menyusun; mengolah", "dokumen"}));
    EXPECT_EQ(t.rows[1].fields, (Fields{"2", "Rapat \"koordinasi\"", "kali"}));
    EXPECT_EQ(t.rows[2].fields, (Fields{"3", "baris satu\nbaris dua\nbaris tiga", "laporan"}));
    EXPECT_EQ(t.rows[2].line, 4);
    // The row after a field spanning three lines starts on line 7.
    EXPECT_EQ(t.rows[3].fields, (Fields{"4", "akhir", "x"}));
    EXPECT_EQ(t.rows[3].line, 7);
}

TEST(ParseCsv, FieldsAreTrimmedQuotedOrNot) {
    Diagnostics diags;
    const Table t = parse("a,b,c\n  x\t, \"  y \" ,\"\"\n", diags);
    ASSERT_EQ(t.rows.size(), 1u);
    EXPECT_EQ(t.rows[0].fields, (Fields{"x", "y", ""}));
}

TEST(ParseCsv, TextAfterClosingQuoteIsKept) {
    Diagnostics diags;
    const Table t = parse("a,b\n\"5\" inci,2\n5\" inci,3\n", diags);
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0].fields, (Fields{"5 inci", "2"}));
    EXPECT_EQ(t.rows[1].fields, (Fields{"5\" inci", "3"}));
}

TEST(ParseCsv, BlankRowsAndEmptyLinesAreSkipped) {
    Diagnostics diags;
    const Table t = parse("\n\nnip;nama\n;;\n   \n1;Andi\n;\"\";\n\n2;Budi", diags);
    EXPECT_TRUE(diags.empty());
    EXPECT_EQ(t.header_line, 3);
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0].line, 6);
    EXPECT_EQ(t.rows[1].line, 9);
    EXPECT_EQ(t.rows[1].fields, (Fields{"2", "Budi"}));
}

TEST(ParseCsv, ShortAndLongRowsKeepTheirFields) {
    Diagnostics diags;
    const Table t = parse("a;b;c\n1\n1;2;3;4\n", diags);
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0].fields, (Fields{"1"}));
    EXPECT_EQ(t.rows[1].fields, (Fields{"1", "2", "3", "4"}));
}

TEST(ParseCsv, UnterminatedQuoteStopsAtTheLineItStarts) {
    Diagnostics diags;
    const Table t = parse("nip;uraian\n1;baik\n2;\"tidak\nditutup\n3;x\n", diags);
    EXPECT_EQ(lines_of(diags), (Fields{"x.csv:3: baris: tanda kutip tidak ditutup; baris ini dan sesudahnya tidak dibaca"}));
    EXPECT_FALSE(t.complete);
    ASSERT_EQ(t.rows.size(), 1u);
    EXPECT_EQ(t.rows[0].fields, (Fields{"1", "baik"}));
}

TEST(ParseCsv, UnterminatedQuoteAfterMultilineField) {
    Diagnostics diags;
    const Table t = parse("a,b\n\"x\ny\",1\n\"z,2\n", diags);
    EXPECT_EQ(lines_of(diags), (Fields{"x.csv:4: baris: tanda kutip tidak ditutup; baris ini dan sesudahnya tidak dibaca"}));
    ASSERT_EQ(t.rows.size(), 1u);
}

TEST(ParseCsv, Windows1252AndBomAreDecoded) {
    Diagnostics diags;
    EXPECT_EQ(parse("nama\nAndr\xE9\n", diags).rows.at(0).fields.at(0), "André");
    const Table bom = parse("\xEF\xBB\xBFnip;nama\n1;x\n", diags);
    EXPECT_EQ(bom.header, (Fields{"nip", "nama"}));
    EXPECT_EQ(bom.delimiter, ';');
    EXPECT_TRUE(diags.empty());
}

TEST(ParseCsv, Utf16IsRefused) {
    Diagnostics diags;
    const std::string text("\xFF\xFEn\0i\0p\0", 8);
    const Table t = parse(text, diags);
    EXPECT_EQ(lines_of(diags),
              (Fields{"x.csv:1: berkas: berkas tersimpan sebagai UTF-16; simpan ulang dari Excel "
                      "sebagai CSV UTF-8"}));
    EXPECT_TRUE(t.rows.empty());
}

TEST(TableColumns, GetsByNameInAnyOrder) {
    Diagnostics diags;
    const Table t = parse("NAMA;Nip;lain\nAndi;1\n", diags);
    const TableColumns cols(t, "x.csv", {"nip", "nama"}, diags);
    EXPECT_TRUE(cols.ok());
    EXPECT_TRUE(diags.empty());
    const TableRow& row = t.rows.at(0);
    RefusedFields refused;
    EXPECT_EQ(cols.get(row, "nip", refused), "1");
    EXPECT_EQ(cols.get(row, "nama", refused), "Andi");
    EXPECT_EQ(cols.get(row, "lain", refused), "");   // short row
    EXPECT_EQ(cols.get(row, "tidak_ada", refused), "");  // no such column
    EXPECT_TRUE(refused.empty());
}

TEST(TableColumns, ControlCharacterInAFieldIsNotedAtItsRow) {
    Diagnostics diags;
    const Table t = parse("nip;nama;lain\n1;Andi\n2;Rah\amadi;\x1b[2J\n", diags);
    const TableColumns cols(t, "x.csv", {"nip", "nama"}, diags);
    RefusedFields refused;
    EXPECT_EQ(cols.get(t.rows.at(0), "nama", refused), "Andi");
    EXPECT_TRUE(refused.empty());
    EXPECT_EQ(cols.get(t.rows.at(1), "nama", refused), "Rah\amadi");  // kept as written
    EXPECT_EQ(refused, (RefusedFields{{"x.csv", 3, "nama", "memuat karakter kendali U+0007"}}));
    EXPECT_TRUE(diags.empty());  // the model reports it, with the record it leaves out
}

TEST(TableColumns, ReportsTheMissingRequiredColumnsInOneMessage) {
    Diagnostics diags;
    const Table t = parse("nip;nama\n1;Andi\n", diags);
    const TableColumns cols(t, "x.csv", {"nip", "golongan", "nama", "jabatan"}, diags);
    EXPECT_FALSE(cols.ok());
    EXPECT_EQ(lines_of(diags), (Fields{"x.csv:1: golongan: kolom wajib tidak ada: golongan, jabatan (judul kolom "
                                       "yang terbaca: nip, nama)"}));
}

TEST(TableColumns, EmptyFileIsReportedOnce) {
    Diagnostics diags;
    const Table t = parse("\n;;;\n", diags);
    const TableColumns cols(t, "x.csv", {"nip", "nama"}, diags);
    EXPECT_FALSE(cols.ok());
    EXPECT_EQ(lines_of(diags), (Fields{"x.csv:1: berkas: berkas kosong, baris judul kolom tidak ada"}));
}

TEST(TableColumns, UnterminatedQuoteInHeaderIsNotReportedTwice) {
    Diagnostics diags;
    const Table t = parse("nip;\"nama\n1;2\n", diags);
    const TableColumns cols(t, "x.csv", {"nip"}, diags);
    EXPECT_FALSE(cols.ok());
    EXPECT_EQ(lines_of(diags), (Fields{"x.csv:1: baris: tanda kutip tidak ditutup; baris ini dan sesudahnya tidak dibaca"}));
}

TEST(TableColumns, TitleRowsAboveTheHeaderAreSkippedAndMentionedOnce) {
    Diagnostics diags;
    // A title with a comma: the delimiter is the header row's, not the title's.
    const std::string_view words[] = {"nip", "nama", "jabatan"};
    const Table t = parse_csv("DAFTAR PEGAWAI, KECAMATAN LAMPIHONG\nKeadaan Maret 2024;;\n\nNIP;Nama;Jabatan\n1;Andi;Camat\n",
                              "x.csv", diags, words);
    EXPECT_EQ(t.delimiter, ';');
    const TableColumns cols(t, "x.csv", {"nip", "nama"}, diags);
    ASSERT_TRUE(cols.ok());
    ASSERT_EQ(cols.data_rows().size(), 1u);
    RefusedFields refused;
    EXPECT_EQ(cols.get(cols.data_rows()[0], "jabatan", refused), "Camat");
    EXPECT_EQ(cols.data_rows()[0].line, 5);
    EXPECT_TRUE(diags.empty());  // a warning, not a problem
    std::vector<std::string> warnings;
    for (const Diagnostic& d : diags.sorted_warnings()) warnings.push_back(d.str());
    EXPECT_EQ(warnings, (Fields{"x.csv:4: berkas: peringatan: 2 baris di atas baris judul kolom dilewati (baris 1–2)"}));
}

TEST(TableColumns, AHeaderNotAmongTheFirstRowsIsOneMessage) {
    Diagnostics diags;
    std::string text = "judul\n";
    for (int i = 0; i < 12; ++i) text += "x;y\n";
    text += "nip;nama\n1;Andi\n";
    const Table t = parse(text, diags);
    const TableColumns cols(t, "x.csv", {"nip", "nama"}, diags);
    EXPECT_FALSE(cols.ok());
    EXPECT_EQ(lines_of(diags),
              (Fields{"x.csv:1: nip: kolom wajib tidak ada: nip, nama (judul kolom yang terbaca: judul)"}));
    EXPECT_EQ(diags.file_problems(), 1u);
}

TEST(TableColumns, NipsExcelTurnedIntoNumbersAreOneProblemForTheFile) {
    Diagnostics diags;
    const Table t = parse("nip;nama;nip_atasan\n1,96906E+17;A;\n1,97503E+17;B;1,96906E+17\n"
                          "19810415 200604 2 005;C;1,97503E+17\n", diags);
    const std::vector<ColumnRule> rules{{"nip", true, true}, {"nama", true, false}, {"nip_atasan", true, true}};
    const TableColumns cols(t, "x.csv", rules, diags);
    EXPECT_FALSE(cols.ok());
    EXPECT_EQ(lines_of(diags),
              (Fields{"x.csv:2: nip: NIP telah diubah Excel menjadi angka (1,96906E+17) di kolom nip (2 baris: "
                      "baris 2, 3) dan kolom nip_atasan (2 baris: baris 3, 4): angka terakhirnya hilang; ketik "
                      "ulang NIP di kolom yang diformat sebagai Teks, atau simpan data sebagai workbook .xlsx"}));
    EXPECT_EQ(diags.file_problems(), 1u);
}

}  // namespace
}  // namespace kinerja
