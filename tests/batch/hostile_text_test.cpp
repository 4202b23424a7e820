// Hostile text in the data, through the real binary: names a spreadsheet would run as formulas
// reach every CSV output as text (DESIGN section 5), and names holding control characters are a
// FILE:LINE problem that skips their records while everything else is made, without a raw control
// byte ever reaching the terminal.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "load/table.hpp"
#include "test_support.hpp"
#include "xlsx_test_support.hpp"

namespace kinerja {
namespace {
namespace fs = std::filesystem;

struct BinaryRun {
    int code;         // exit status, -1 when the program did not exit normally
    std::string out;  // stdout
    std::string err;  // stderr
};

// The sample office, copied to a fresh folder to be spoiled by each test, and the binary run on it.
class HostileText : public ::testing::Test {
protected:
    HostileText() : dir_("kinerja-hostile-text") {
        fs::copy(test::sample_dir(), data(), fs::copy_options::recursive);
    }
    fs::path data() const { return dir_.path() / "data"; }
    fs::path out() const { return dir_.path() / "out"; }
    fs::path month() const { return out() / "2024-03"; }

    // pegawai.csv with each (field as the sample writes it, field as written instead) replaced.
    void rename(const std::map<std::string, std::string>& names) const {
        std::string csv = test::read_file(data() / "pegawai.csv");
        for (const auto& [from, to] : names) {
            const std::size_t at = csv.find(";" + from + ";");
            ASSERT_NE(at, std::string::npos) << from;
            csv.replace(at + 1, from.size(), to);
        }
        std::ofstream(data() / "pegawai.csv", std::ios::binary | std::ios::trunc) << csv;
    }

    // `kinerja ARGS...` through the binary, its stdout and stderr kept apart.
    BinaryRun binary(const std::vector<std::string>& args) const {
        std::string command = "timeout 120 '" + std::string(KINERJA_BINARY) + "'";
        for (const std::string& arg : args) command += " '" + arg + "'";
        const fs::path out_file = dir_.path() / "stdout", err_file = dir_.path() / "stderr";
        command += " >'" + out_file.string() + "' 2>'" + err_file.string() + "'";
        const int status = std::system(command.c_str());
        return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, test::read_file(out_file),
                test::read_file(err_file)};
    }

    test::TempDir dir_;
};

// Every row of a CSV output, read as RFC 4180 by the program's own reader, by its `nip` field.
std::map<std::string, std::map<std::string, std::string>> rows_by_nip(const std::string& csv) {
    Diagnostics diags;
    const Table table = parse_csv(csv, "keluaran.csv", diags);
    EXPECT_TRUE(diags.empty());
    std::map<std::string, std::map<std::string, std::string>> rows;
    for (const TableRow& row : table.rows) {
        EXPECT_EQ(row.fields.size(), table.header.size());
        std::map<std::string, std::string> fields;
        for (std::size_t i = 0; i < row.fields.size() && i < table.header.size(); ++i) {
            fields[table.header.at(i)] = row.fields.at(i);
        }
        rows[fields["nip"]] = fields;
    }
    return rows;
}

// No field of a CSV output begins with a character that makes a spreadsheet evaluate it.
void expect_no_formula(const std::string& csv, const std::string& what) {
    Diagnostics diags;
    for (const TableRow& row : parse_csv(csv, what, diags).rows) {
        for (const std::string& field : row.fields) {
            EXPECT_TRUE(field.empty() || std::string_view("=+-@\t\r").find(field.front()) == std::string_view::npos)
                << what << ": " << field;
        }
    }
}

const char* const kRahmadi = "198712122010011008";    // pegawai.csv:10, no gelar
const char* const kNoorAina = "199508182017122003";   // pegawai.csv:14, no gelar
const char* const kFitriani = "198806142011012009";   // gelar belakang S.E.
const char* const kRusdiansyah = "197711052003121006";  // gelar belakang S.IP

TEST_F(HostileText, FormulaNamesReachEveryCsvOutputAsText) {
    rename({{"Rahmadi", "\"=HYPERLINK(\"\"http://contoh.test/x\"\",\"\"klik\"\")\""},
            {"Noor Aina", "@SUM(1)"},
            {"Fitriani", "+1"},
            {"Rusdiansyah", "-2"}});
    const BinaryRun run = binary({"run", data().string(), "--out", out().string(), "--period", "2024-03", "--quiet"});
    ASSERT_EQ(run.code, 0) << run.out << run.err;

    const std::map<std::string, std::string> expected = {
        {kRahmadi, "'=HYPERLINK(\"http://contoh.test/x\",\"klik\")"},
        {kNoorAina, "'@SUM(1)"},
        {kFitriani, "'+1, S.E."},
        {kRusdiansyah, "'-2, S.IP"}};
    const BinaryRun list = binary({"archive", "list", "--out", out().string()});
    ASSERT_EQ(list.code, 0) << list.err;
    const std::map<std::string, std::string> outputs = {
        {"rekap.csv", test::read_file(month() / "rekap.csv")},
        {"arsip/indeks.csv", test::read_file(month() / "arsip" / "indeks.csv")},
        {"archive list", list.out}};
    for (const auto& [what, csv] : outputs) {
        SCOPED_TRACE(what);
        const auto rows = rows_by_nip(csv);
        EXPECT_EQ(rows.size(), 15u);
        for (const auto& [nip, nama] : expected) {
            ASSERT_TRUE(rows.count(nip)) << nip;
            EXPECT_EQ(rows.at(nip).at("nama"), nama);
        }
        expect_no_formula(csv, what);
    }
    // In the file itself: the prefixed name as one quoted field.
    EXPECT_NE(outputs.at("rekap.csv").find(",\"'=HYPERLINK(\"\"http://contoh.test/x\"\",\"\"klik\"\")\","),
              std::string::npos);
    expect_no_formula(test::read_file(month() / "manifest.csv"), "manifest.csv");

    // The workbooks hold the names as they are, each a string cell: never a formula.
    for (const auto& [path, nama_column] : {std::pair<std::string, char>{"rekap.xlsx", 'B'}, {"arsip/indeks.xlsx", 'H'}}) {
        SCOPED_TRACE(path);
        const test::XlsxFile book(test::read_file(month() / path));
        const std::map<std::string, test::XlsxCell> cells = book.cells(0);
        const char nip_column = nama_column == 'B' ? 'A' : 'G';
        std::size_t found = 0;
        for (const auto& [ref, cell] : cells) {
            EXPECT_FALSE(cell.formula) << ref;
            if (ref.front() != nip_column || !expected.count(cell.text)) continue;
            const test::XlsxCell& nama = cells.at(nama_column + ref.substr(1));
            EXPECT_EQ(nama.type, "s") << ref;
            EXPECT_EQ(nama.text, expected.at(cell.text).substr(1)) << "the name without the CSV's quote";
            ++found;
        }
        EXPECT_EQ(found, expected.size());
        EXPECT_EQ(book.part(book.sheet_part(0)).find("<f>"), std::string::npos);
    }
}

TEST_F(HostileText, FormulaAndQuotedNamesSurviveARebuildOfTheRegister) {
    // indeks.csv holds these names prefixed; the rebuild reads them back without the prefix,
    // writes the indeks again to prove it is the one filed, and must get the same bytes.
    rename({{"Rahmadi", "\"=HYPERLINK(\"\"x\"\")\""},
            {"Noor Aina", "@SUM(1)"},
            {"Fitriani", "+1"},
            {"Rusdiansyah", "-2"},
            {"Hendra Saputra", "'=a,b"},
            {"Muhammad Ridha", "'abc"},
            {"Akhmad Fauzi", "- uraian"}});
    const BinaryRun run = binary({"run", data().string(), "--out", out().string(), "--period", "2024-03", "--quiet"});
    ASSERT_EQ(run.code, 0) << run.out << run.err;
    const BinaryRun before = binary({"archive", "list", "--out", out().string()});
    ASSERT_EQ(before.code, 0) << before.err;
    const auto rows = rows_by_nip(before.out);
    ASSERT_TRUE(rows.count("199103072019031004"));
    EXPECT_EQ(rows.at("199103072019031004").at("nama"), "''=a,b, S.T.");  // as a spreadsheet reads it

    fs::remove(out() / "arsip.db");
    const BinaryRun rebuild = binary({"archive", "rebuild", data().string(), "--out", out().string()});
    EXPECT_EQ(rebuild.code, 0) << rebuild.out << rebuild.err;
    EXPECT_EQ(rebuild.err, "");
    const BinaryRun after = binary({"archive", "list", "--out", out().string()});
    ASSERT_EQ(after.code, 0) << after.err;
    EXPECT_EQ(after.out, before.out);
    const BinaryRun verify = binary({"archive", "verify", "--out", out().string()});
    EXPECT_EQ(verify.code, 0) << verify.out << verify.err;
}

bool has_raw_control(const std::string& text) {
    return text.find('\a') != std::string::npos || text.find('\x1b') != std::string::npos;
}

TEST_F(HostileText, ControlCharactersInNamesAreProblemsAtTheirLines) {
    rename({{"Rahmadi", "Rah\amadi"}, {"Noor Aina", "Noor\x1b[31m Aina\x1b[0m"}});
    const std::string bell = "pegawai.csv:10: nama: memuat karakter kendali U+0007\n";
    const std::string escape = "pegawai.csv:14: nama: memuat karakter kendali U+001B\n";

    const BinaryRun check = binary({"check", data().string(), "--period", "2024-03"});
    EXPECT_EQ(check.code, 1) << check.out << check.err;
    EXPECT_EQ(check.err, bell + escape);
    EXPECT_FALSE(has_raw_control(check.out) || has_raw_control(check.err));

    const BinaryRun run = binary({"run", data().string(), "--out", out().string(), "--period", "2024-03"});
    EXPECT_EQ(run.code, 1) << run.out << run.err;  // input problems, not a failure (3)
    EXPECT_EQ(run.err, bell + escape);
    EXPECT_FALSE(has_raw_control(run.out) || has_raw_control(run.err));
    EXPECT_NE(run.out.find("13 formulir kinerja"), std::string::npos) << run.out;

    std::size_t formulir = 0;
    for (const auto& entry : fs::directory_iterator(month() / "formulir")) {
        const std::string nip = entry.path().stem().string();
        EXPECT_NE(nip, kRahmadi);
        EXPECT_NE(nip, kNoorAina);
        EXPECT_TRUE(fs::is_regular_file(month() / "pengukuran" / (nip + ".pdf"))) << nip;
        ++formulir;
    }
    EXPECT_EQ(formulir, 13u);
    const auto rekap = rows_by_nip(test::read_file(month() / "rekap.csv"));
    EXPECT_EQ(rekap.size(), 13u);
    EXPECT_FALSE(rekap.count(kRahmadi) || rekap.count(kNoorAina));
    EXPECT_TRUE(fs::is_regular_file(month() / "cetak.pdf"));
}

TEST_F(HostileText, MessagesQuotingAControlCharacterShowItEscaped) {
    // A golongan is quoted in its message ("golongan tidak dikenal: ..."): the escape sequence
    // that would clear the screen comes out as text.
    rename({{"III/a", "III/\x1b[2Ja"}});
    const BinaryRun check = binary({"check", data().string(), "--period", "2024-03"});
    EXPECT_EQ(check.code, 1);
    EXPECT_EQ(check.err, "pegawai.csv:13: golongan: memuat karakter kendali U+001B\n"
                         "pegawai.csv:13: golongan: golongan tidak dikenal: \"III/\\x1b[2Ja\" (contoh: III/b)\n");
    EXPECT_FALSE(has_raw_control(check.out) || has_raw_control(check.err));
}

}  // namespace
}  // namespace kinerja
