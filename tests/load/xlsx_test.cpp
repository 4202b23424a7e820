// parse_xlsx (table.hpp) on workbooks written here part by part, and on workbooks LibreOffice
// made from the sample's CSV files (tests/data/xlsx/README.md).
#include <gtest/gtest.h>

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>

#include <cctype>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "diagnostic_lines.hpp"
#include "load/data_folder.hpp"
#include "load/data_readers.hpp"
#include "load/table.hpp"

namespace kinerja {
namespace {

using Lines = std::vector<std::string>;
using Fields = std::vector<std::string>;
using test::lines_of;

// A zip of the given parts, as a workbook is.
std::string zip(const std::map<std::string, std::string>& parts) {
    std::ostringstream out;
    Poco::Zip::Compress compress(out, true);
    for (const auto& [name, text] : parts) {
        std::istringstream in(text);
        compress.addFile(in, Poco::DateTime(2024, 3, 31), Poco::Path(name, Poco::Path::PATH_UNIX));
    }
    compress.close();
    return out.str();
}

constexpr const char* kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char* kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string workbook_xml(const std::string& sheets, const std::string& pr = "") {
    return std::string("<workbook xmlns=\"") + kMain + "\" xmlns:r=\"" + kRel + "\">" + pr + "<sheets>" + sheets +
           "</sheets></workbook>";
}

std::string rels_xml() {
    const std::string type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" Type=\"" + type + "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
           "<Relationship Id=\"rId2\" Type=\"" + type + "worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>"
           "<Relationship Id=\"rId3\" Type=\"" + type + "sharedStrings\" Target=\"sharedStrings.xml\"/>"
           "<Relationship Id=\"rId4\" Type=\"" + type + "styles\" Target=\"styles.xml\"/></Relationships>";
}

// Style 0 General, 1 a built-in date (14), 2 a custom date format, 3 "0.00".
std::string styles_xml() {
    return std::string("<styleSheet xmlns=\"") + kMain +
           "\"><numFmts><numFmt numFmtId=\"164\" formatCode=\"dd\\-mm\\-yyyy\"/>"
           "<numFmt numFmtId=\"165\" formatCode=\"&quot;Rp&quot;#,##0.00\"/></numFmts><cellXfs>"
           "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/></cellXfs></styleSheet>";
}

std::string sheet_xml(const std::string& rows) {
    return std::string("<worksheet xmlns=\"") + kMain + "\"><sheetData>" + rows + "</sheetData></worksheet>";
}

// A workbook whose first sheet (rId1) holds `rows`; shared strings "nip", "nama", "Andi".
std::string workbook(const std::string& rows, const std::string& workbook_pr = "") {
    return zip({{"xl/workbook.xml", workbook_xml("<sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/>"
                                                 "<sheet name=\"Lain\" sheetId=\"2\" r:id=\"rId2\"/>",
                                                 workbook_pr)},
                {"xl/_rels/workbook.xml.rels", rels_xml()},
                {"xl/sharedStrings.xml", std::string("<sst xmlns=\"") + kMain +
                                             "\"><si><t>nip</t></si><si><t>nama</t></si>"
                                             "<si><r><t>An</t></r><r><t>di</t></r><rPh><t>x</t></rPh></si></sst>"},
                {"xl/styles.xml", styles_xml()},
                {"xl/worksheets/sheet1.xml", sheet_xml(rows)},
                {"xl/worksheets/sheet2.xml", sheet_xml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>salah</t></is></c></row>")}});
}

std::string header_row() {
    return "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>";
}

TEST(ParseXlsx, ReadsTheFirstSheetAsExcelShowsIt) {
    Diagnostics diags;
    const Table t = parse_xlsx(
        workbook(header_row() +
                 "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> 1969 </t></is></c>"
                 "<c r=\"B3\" t=\"s\"><v>2</v></c><c r=\"D3\"><v>85.5</v></c></row>"
                 "<row r=\"4\"/>"
                 "<row r=\"5\"><c r=\"A5\"><v>0.30000000000000004</v></c><c r=\"B5\" s=\"1\"><v>43556</v></c>"
                 "<c r=\"C5\" s=\"2\"><v>45382</v></c><c r=\"D5\" s=\"3\"><v>170395000</v></c></row>"
                 "<row><c t=\"str\"><f>A1</f><v>baris_x000D_enam</v></c><c t=\"b\"><v>1</v></c></row>"),
        "w.xlsx", diags);
    EXPECT_TRUE(diags.empty());
    EXPECT_TRUE(t.workbook);
    EXPECT_EQ(t.header, (Fields{"nip", "nama"}));
    EXPECT_EQ(t.header_line, 1);
    ASSERT_EQ(t.rows.size(), 3u);  // the empty row 4 left out
    EXPECT_EQ(t.rows[0].line, 3);
    EXPECT_EQ(t.rows[0].fields, (Fields{"1969", "Andi", "", "85.5"}));
    EXPECT_EQ(t.rows[0].numbers, (std::vector<bool>{false, false, false, true}));
    EXPECT_EQ(t.rows[1].line, 5);
    // Dates as YYYY-MM-DD whatever their format (built-in 14, custom dd-mm-yyyy).
    EXPECT_EQ(t.rows[1].fields, (Fields{"0.3", "2019-04-01", "2024-03-31", "170395000"}));
    EXPECT_EQ(t.rows[2].line, 6);  // a row without r follows the one before
    EXPECT_EQ(t.rows[2].fields, (Fields{"baris\renam", "TRUE"}));
}

TEST(ParseXlsx, DatesOfThe1904SystemAndAroundExcelsLeapDay) {
    Diagnostics diags;
    const std::string rows = header_row() +
                             "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>1</v></c><c r=\"B2\" s=\"1\"><v>59</v></c></row>"
                             "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>61</v></c><c r=\"B3\" s=\"1\"><v>45382.75</v></c></row>";
    const Table t1900 = parse_xlsx(workbook(rows), "w.xlsx", diags);
    ASSERT_EQ(t1900.rows.size(), 2u);
    EXPECT_EQ(t1900.rows[0].fields, (Fields{"1900-01-01", "1900-02-28"}));
    EXPECT_EQ(t1900.rows[1].fields, (Fields{"1900-03-01", "2024-03-31"}));
    const Table t1904 = parse_xlsx(workbook(rows, "<workbookPr date1904=\"1\"/>"), "w.xlsx", diags);
    EXPECT_EQ(t1904.rows[0].fields, (Fields{"1904-01-02", "1904-02-29"}));
    EXPECT_TRUE(diags.empty());
}

TEST(ParseXlsx, AFormulaErrorSkipsItsRow) {
    Diagnostics diags;
    const Table t = parse_xlsx(workbook(header_row() +
                                        "<row r=\"2\"><c r=\"A2\" t=\"e\"><v>#REF!</v></c></row>"
                                        "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>2</t></is></c></row>"),
                               "w.xlsx", diags);
    EXPECT_EQ(lines_of(diags), (Lines{"w.xlsx:2: baris: sel A2 berisi galat rumus #REF!; baris dilewati"}));
    ASSERT_EQ(t.rows.size(), 1u);
    EXPECT_EQ(t.rows[0].line, 3);
}

TEST(ParseXlsx, AnUnreadableWorkbookIsOneProblemForTheFile) {
    const std::string advice = "; buka di Excel lalu simpan ulang sebagai \"Excel Workbook (*.xlsx)\"";
    struct Case {
        std::string bytes;
        std::string why;
    };
    const Case cases[] = {
        {zip({{"xl/other.xml", "<x/>"}}), "bagian xl/workbook.xml tidak ada di dalam workbook"},
        {zip({{"xl/workbook.xml", workbook_xml("")}}), "workbook tidak memuat satu lembar (sheet) pun"},
        {zip({{"xl/workbook.xml", "<workbook><sheets"}}),
         "bagian xl/workbook.xml bukan XML yang utuh (Error parsing start element tag)"},
        {workbook(header_row() + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>9</v></c></row>"),
         "sel A2 merujuk teks yang tidak ada di workbook"},
    };
    for (const Case& c : cases) {
        Diagnostics diags;
        const Table t = parse_xlsx(c.bytes, "pegawai.xlsx", diags);
        EXPECT_EQ(lines_of(diags), (Lines{"pegawai.xlsx:0: berkas: workbook tidak dapat dibaca: " + c.why + advice}));
        EXPECT_FALSE(t.complete);
        EXPECT_EQ(diags.file_problems(), 1u);
    }
}

TEST(ParseTable, AFileOfTheOtherKindSaysHowToFixIt) {
    const std::string book = workbook(header_row());
    Diagnostics diags;
    parse_table(book, "pegawai.csv", diags);
    parse_table("nip;nama\n1;Andi\n", "pegawai.xlsx", diags);
    parse_table(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", 12), "skp-2024-03.xlsx", diags);
    EXPECT_EQ(lines_of(diags),
              (Lines{"pegawai.csv:0: berkas: berkas ini workbook Excel, bukan CSV; ganti namanya menjadi pegawai.xlsx",
                     "pegawai.xlsx:0: berkas: bukan workbook .xlsx (isinya bukan berkas Excel); simpan dari Excel "
                     "sebagai \"Excel Workbook (*.xlsx)\", atau bila isinya CSV beri nama pegawai.csv",
                     "skp-2024-03.xlsx:0: berkas: bukan workbook .xlsx: berkas Excel 97-2003 (.xls) atau workbook "
                     "berkata sandi; buka di Excel, hapus kata sandinya bila ada, lalu simpan sebagai \"Excel "
                     "Workbook (*.xlsx)\""}));
    EXPECT_EQ(diags.file_problems(), 3u);
}

// A workbook of tests/data/xlsx/ (README.md there says how LibreOffice made it).
std::string fixture(const std::string& name) {
    std::ifstream in(std::string(KINERJA_SOURCE_DIR) + "/tests/data/xlsx/" + name, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

TEST(ReadPegawaiTable, NipsStoredAsNumbersAreOneProblemForTheFile) {
    Diagnostics diags;
    const std::string bytes = fixture("nip-angka/pegawai.xlsx");
    ASSERT_FALSE(bytes.empty());
    const std::vector<PegawaiRecord> records = read_pegawai_table(bytes, "pegawai.xlsx", diags);
    EXPECT_TRUE(records.empty());
    EXPECT_EQ(lines_of(diags),
              (Lines{"pegawai.xlsx:3: nip: NIP tersimpan sebagai angka di kolom nip (13 baris: baris 3, 4, 5, 6, 7 "
                     "dan 8 lainnya) dan kolom nip_atasan (13 baris: baris 3, 4, 5, 6, 7 dan 8 lainnya): Excel "
                     "hanya menyimpan 15 angka, sehingga angka terakhir NIP yang 18 angka hilang; format kolom NIP "
                     "sebagai Teks (Format Cells > Text) lalu ketik ulang NIP-nya"}));
    EXPECT_EQ(diags.file_problems(), 1u);
}

// A workbook cut short anywhere, or with bytes changed anywhere, is read or refused as a whole
// file: never a crash, never an exception, never rows past the sheet.
TEST(ParseXlsx, CutOrDamagedWorkbooksAreReadOrRefusedNeverACrash) {
    const std::string book = fixture("lampihong/pegawai.xlsx");
    ASSERT_GT(book.size(), 1000u);
    const auto check = [](const std::string& bytes) {
        Diagnostics diags;
        Table t;
        EXPECT_NO_THROW(t = parse_xlsx(bytes, "pegawai.xlsx", diags));
        if (!t.complete) {
            EXPECT_EQ(diags.file_problems(), 1u);
        }
        for (const TableRow& row : t.rows) EXPECT_LE(row.line, 16);
    };
    for (std::size_t length = 0; length < book.size(); length += 11) check(book.substr(0, length));
    std::uint32_t seed = 12345;
    for (int i = 0; i < 300; ++i) {
        std::string damaged = book;
        for (int k = 0; k < 4; ++k) {
            seed = seed * 1664525u + 1013904223u;
            damaged[seed % damaged.size()] = static_cast<char>(seed >> 24);
        }
        check(damaged);
    }
}

// The records of a data folder, every field as text, to compare CSV and workbook forms.
std::vector<std::string> record_texts(const RawData& raw) {
    std::vector<std::string> out;
    for (const PegawaiRecord& p : raw.pegawai) {
        out.push_back(p.nip + "|" + p.nama + "|" + p.gelar_depan + "|" + p.gelar_belakang + "|" + p.golongan + "|" +
                      p.tmt_golongan + "|" + p.jabatan + "|" + p.jenis_jabatan + "|" + p.unit_kerja + "|" +
                      p.nip_atasan + "@" + std::to_string(p.loc.line));
    }
    for (const SkpRecord& s : raw.skp) {
        out.push_back(s.nip + "|" + s.jenis + "|" + s.uraian + "|" + s.ak + "|" + s.satuan + "|" + s.target_kuantitas +
                      "|" + s.target_kualitas + "|" + s.target_waktu + "|" + s.target_biaya + "|" +
                      s.realisasi_kuantitas + "|" + s.realisasi_kualitas + "|" + s.realisasi_waktu + "|" +
                      s.realisasi_biaya + "|" + s.nilai + "@" + std::to_string(s.loc.line));
    }
    for (const PerilakuRecord& p : raw.perilaku) {
        out.push_back(p.nip + "|" + p.orientasi_pelayanan + "|" + p.integritas + "|" + p.komitmen + "|" + p.disiplin +
                      "|" + p.kerja_sama + "|" + p.kepemimpinan + "@" + std::to_string(p.loc.line));
    }
    return out;
}

// Numbers as the model reads them alike: "82,5" as "82.5" (a comma between digits), and
// "85.600.000" as "85600000" (dots grouping thousands).
std::vector<std::string> with_decimal_points(std::vector<std::string> texts) {
    const std::regex grouped(R"((\d)\.(\d{3})(?=[.|@]))");
    for (std::string& t : texts) {
        for (std::string before; before != t;) {
            before = t;
            t = std::regex_replace(t, grouped, "$1$2");
        }
        for (std::size_t i = 1; i + 1 < t.size(); ++i) {
            if (t[i] == ',' && std::isdigit(static_cast<unsigned char>(t[i - 1])) &&
                std::isdigit(static_cast<unsigned char>(t[i + 1]))) {
                t[i] = '.';
            }
        }
    }
    return texts;
}

class DiskFiles : public MemoryFileSource {
public:
    void put_file(const std::string& name, const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        put(name, std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()));
    }
};

TEST(LoadDataFolder, LibreOfficeWorkbooksReadAsTheirCsvFiles) {
    const std::string sample = std::string(KINERJA_SOURCE_DIR) + "/samples/lampihong/";
    const std::string books = std::string(KINERJA_SOURCE_DIR) + "/tests/data/xlsx/lampihong/";
    DiskFiles csv;
    DiskFiles xlsx;
    for (const char* name : {"instansi.xml"}) {
        csv.put_file(name, sample + name);
        xlsx.put_file(name, sample + name);
    }
    for (const char* base : {"pegawai", "skp-2024-03", "perilaku-2024-03"}) {
        csv.put_file(std::string(base) + ".csv", sample + base + ".csv");
        xlsx.put_file(std::string(base) + ".xlsx", books + base + ".xlsx");
    }
    Diagnostics csv_diags;
    Diagnostics xlsx_diags;
    const RawData from_csv = load_data_folder(csv, "2024-03", csv_diags);
    const RawData from_xlsx = load_data_folder(xlsx, "2024-03", xlsx_diags);
    EXPECT_TRUE(csv_diags.empty());
    EXPECT_TRUE(xlsx_diags.empty()) << lines_of(xlsx_diags).front();
    EXPECT_EQ(from_xlsx.pegawai_file, "pegawai.xlsx");
    EXPECT_EQ(from_xlsx.skp_file, "skp-2024-03.xlsx");
    EXPECT_EQ(from_xlsx.perilaku_file, "perilaku-2024-03.xlsx");
    EXPECT_EQ(from_csv.pegawai.size(), 15u);
    // Numbers may be written otherwise ("82,5" in the CSV, 82.5 in the workbook; "85.600.000" and
    // 85600000); the model reads both alike. Everything else is the same text on the same line.
    const std::vector<std::string> a = with_decimal_points(record_texts(from_csv));
    const std::vector<std::string> b = with_decimal_points(record_texts(from_xlsx));
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i], b[i]);
}

}  // namespace
}  // namespace kinerja
