// `kinerja init`, `kinerja next-month` and `kinerja template copy` (DESIGN section 3): what they
// make, that it is what the rest of the program reads, and that they never overwrite.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "batch/data_folder_commands.hpp"
#include "batch/disk_file_source.hpp"
#include "load/data_folder.hpp"
#include "load/data_readers.hpp"
#include "model/build_parts.hpp"
#include "model/rational.hpp"
#include "test_support.hpp"
#include "xlsx_test_support.hpp"

namespace kinerja {
namespace {
namespace fs = std::filesystem;

// The files directly in a folder, by name.
std::set<std::string> names_in(const fs::path& dir) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename().string());
    return names;
}

// DESIGN section 4's columns, written out here so that the test holds the program to them.
const std::vector<std::string> pegawai_header = {"nip",        "nama",    "gelar_depan",   "gelar_belakang",
                                                 "golongan",   "tmt_golongan", "jabatan", "jenis_jabatan",
                                                 "unit_kerja", "nip_atasan"};
const std::vector<std::string> skp_header = {
    "nip",          "jenis",           "uraian",         "ak",
    "satuan",       "target_kuantitas", "target_kualitas", "target_waktu",
    "target_biaya", "realisasi_kuantitas", "realisasi_kualitas", "realisasi_waktu",
    "realisasi_biaya", "nilai"};
const std::vector<std::string> perilaku_header = {"nip",      "orientasi_pelayanan", "integritas", "komitmen",
                                                  "disiplin", "kerja_sama",          "kepemimpinan"};

class InitCommand : public ::testing::Test {
protected:
    InitCommand() : dir_("kinerja-init") {}
    fs::path folder() const { return dir_.path() / "kantor-baru"; }
    test::CliResult init(const std::vector<std::string>& more = {"--period", "2024-04"}) const {
        std::vector<std::string> args = {"init", folder().string()};
        args.insert(args.end(), more.begin(), more.end());
        return test::cli(args);
    }
    test::XlsxFile workbook(const std::string& name) const { return test::XlsxFile(test::read_file(folder() / name)); }

    test::TempDir dir_;
};

TEST_F(InitCommand, MakesANewFolderWithInstansiAndThreeWorkbooks) {
    const test::CliResult r = init();
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(names_in(folder()),
              (std::set<std::string>{"instansi.xml", "pegawai.xlsx", "skp-2024-04.xlsx", "perilaku-2024-04.xlsx"}));
    EXPECT_EQ(test::read_file(folder() / "instansi.xml"), instansi_template());
    EXPECT_NE(r.out.find("kinerja check " + folder().string() + " --period 2024-04"), std::string::npos) << r.out;
    EXPECT_EQ(names_in(dir_.path()), std::set<std::string>{"kantor-baru"}) << "no folder left beside it";
}

TEST_F(InitCommand, FillsAnEmptyFolder) {
    fs::create_directories(folder());
    ASSERT_EQ(init().code, 0);
    EXPECT_EQ(names_in(folder()).size(), 4u);
}

TEST_F(InitCommand, RefusesAFolderThatHoldsSomething) {
    fs::create_directories(folder());
    test::write_file(folder() / "catatan.txt", "punya kantor");
    const test::CliResult r = init();
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("sudah berisi"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("tidak menimpa"), std::string::npos) << r.err;
    EXPECT_EQ(names_in(folder()), std::set<std::string>{"catatan.txt"});
    EXPECT_EQ(test::read_file(folder() / "catatan.txt"), "punya kantor");
}

TEST_F(InitCommand, RefusesAFile) {
    test::write_file(folder(), "bukan folder");
    const test::CliResult r = init();
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("bukan folder"), std::string::npos) << r.err;
    EXPECT_EQ(test::read_file(folder()), "bukan folder");
}

TEST_F(InitCommand, RefusesABadPeriodAndWritesNothing) {
    EXPECT_EQ(init({"--period", "2024-13"}).code, 2);
    EXPECT_FALSE(fs::exists(folder()));
    EXPECT_EQ(test::cli({"init"}).code, 2);
}

// Without --period: the month of the computer's clock, whichever it is.
TEST_F(InitCommand, WithoutPeriodMakesOneMonthsWorkbooks) {
    ASSERT_EQ(init({}).code, 0);
    std::size_t skp = 0;
    for (const std::string& name : names_in(folder())) {
        if (std::regex_match(name, std::regex("skp-[0-9]{4}-(0[1-9]|1[0-2])\\.xlsx"))) ++skp;
    }
    EXPECT_EQ(skp, 1u);
    EXPECT_EQ(names_in(folder()).size(), 4u);
}

TEST_F(InitCommand, SameMonthSameBytes) {
    ASSERT_EQ(init().code, 0);
    const std::map<std::string, std::string> first = test::snapshot(folder());
    fs::remove_all(folder());
    ASSERT_EQ(init().code, 0);
    EXPECT_EQ(test::snapshot(folder()), first);
}

// The workbooks' structure: the data sheet first with DESIGN's header, NIP and date columns as
// Text, drop-down lists, and a Petunjuk sheet explaining every column.
TEST_F(InitCommand, WorkbooksHaveTheColumnsTextFormatsListsAndPetunjuk) {
    ASSERT_EQ(init().code, 0);
    struct Expected {
        std::string file;
        std::vector<std::string> header;
        std::vector<std::string> text_columns;                  // formatted "@"
        std::map<std::string, std::string> lists;               // column → formula1
    };
    const std::vector<Expected> files = {
        {"pegawai.xlsx", pegawai_header, {"nip", "tmt_golongan", "nip_atasan"},
         {{"golongan", "\"I/a,I/b,I/c,I/d,II/a,II/b,II/c,II/d,III/a,III/b,III/c,III/d,IV/a,IV/b,IV/c,IV/d,IV/e\""},
          {"jenis_jabatan", "\"struktural,fungsional,pelaksana\""}}},
        {"skp-2024-04.xlsx", skp_header, {"nip"}, {{"jenis", "\"tugas,tambahan,kreativitas\""}}},
        {"perilaku-2024-04.xlsx", perilaku_header, {"nip"}, {}},
    };
    for (const Expected& e : files) {
        SCOPED_TRACE(e.file);
        const test::XlsxFile book = workbook(e.file);
        ASSERT_EQ(book.sheet_names().size(), 2u);
        EXPECT_EQ(book.sheet_names().at(1), "Petunjuk");
        EXPECT_EQ(book.header(0), e.header);
        EXPECT_EQ(book.cells(0).size(), e.header.size()) << "the header only";
        for (std::size_t c = 0; c < e.header.size(); ++c) {
            const std::string& name = e.header[c];
            const bool text = std::find(e.text_columns.begin(), e.text_columns.end(), name) != e.text_columns.end();
            const std::string format = book.column_format(0, static_cast<unsigned>(c + 1));
            if (text) {
                EXPECT_EQ(format, "@") << name;
            } else {
                EXPECT_NE(format, "@") << name;
            }
        }
        std::map<std::string, std::string> lists;
        for (const test::XlsxValidation& v : book.validations(0)) {
            EXPECT_EQ(v.type, "list");
            const std::string column = v.sqref.substr(0, 1);
            EXPECT_EQ(v.sqref, column + "2:" + column + "1048576");
            const std::size_t index = static_cast<std::size_t>(column.at(0) - 'A');
            lists[e.header.at(index)] = v.formula;
        }
        EXPECT_EQ(lists, e.lists);
        // The Petunjuk sheet: a line for every column, in order, each saying something.
        const auto petunjuk = book.cells(1);
        for (std::size_t c = 0; c < e.header.size(); ++c) {
            const std::string row = std::to_string(c + 2);
            EXPECT_EQ(petunjuk.at("A" + row).text, e.header[c]);
            EXPECT_GT(petunjuk.at("C" + row).text.size(), 10u) << e.header[c];
        }
        const std::string sheet = book.part(book.sheet_part(0));
        EXPECT_NE(sheet.find("state=\"frozen\""), std::string::npos);
    }
    // Columns formatted as Text in pegawai are exactly the NIP and date ones.
    const test::XlsxFile pegawai = workbook("pegawai.xlsx");
    EXPECT_EQ(pegawai.column_format(0, 1), "@");   // nip
    EXPECT_EQ(pegawai.column_format(0, 6), "@");   // tmt_golongan
    EXPECT_EQ(pegawai.column_format(0, 10), "@");  // nip_atasan
    EXPECT_EQ(workbook("skp-2024-04.xlsx").column_format(0, 6), "General");  // target_kuantitas: a number
}

// instansi.xml as init writes it is the DESIGN format: with the office's values written in,
// it reads as the sample's own instansi.xml does.
TEST(InstansiTemplate, FilledInItReadsAsTheSamplesInstansi) {
    std::string xml = instansi_template();
    const std::vector<std::pair<std::string, std::string>> fill = {
        {"kode=\"\"", "kode=\"KEC-LPHG\""},
        {"<pemerintah></pemerintah>", "<pemerintah>PEMERINTAH KABUPATEN BALANGAN</pemerintah>"},
        {"<nama></nama>", "<nama>KECAMATAN LAMPIHONG</nama>"},
        {"<alamat></alamat>", "<alamat>Jl. Amuntai Paringin Km 18.5 Kecamatan Lampihong Kabupaten Balangan</alamat>"},
        {"<kode-pos></kode-pos>", "<kode-pos>71661</kode-pos>"},
        {"<tempat></tempat>", "<tempat>Lampihong</tempat>"},
        {"nip=\"\"", "nip=\"196906272001121003\""},
        {"unit-pengolah=\"\"", "unit-pengolah=\"Subbagian Perencanaan dan Keuangan\""},
        {"pindaian=\"tidak\"", "pindaian=\"ya\""},
    };
    for (const auto& [from, to] : fill) {
        const std::size_t at = xml.find(from);
        ASSERT_NE(at, std::string::npos) << from;
        xml.replace(at, from.size(), to);
    }
    Diagnostics diags;
    const std::optional<InstansiRecord> filled = read_instansi_xml(xml, "instansi.xml", diags);
    ASSERT_TRUE(filled.has_value());
    const Instansi made = build_instansi(*filled, diags);
    EXPECT_TRUE(diags.empty()) << diags.sorted().front().str();
    const std::optional<InstansiRecord> sample =
        read_instansi_xml(test::read_file(test::sample_dir() / "instansi.xml"), "instansi.xml", diags);
    ASSERT_TRUE(sample.has_value());
    EXPECT_EQ(made, build_instansi(*sample, diags));
    EXPECT_TRUE(diags.empty());
}

// As written, every value the office must give is reported at its own line, and nothing else.
TEST(InstansiTemplate, UnfilledEachMissingValueIsReportedAtItsLine) {
    const std::string xml = instansi_template();
    Diagnostics diags;
    const std::optional<InstansiRecord> record = read_instansi_xml(xml, "instansi.xml", diags);
    ASSERT_TRUE(record.has_value());
    EXPECT_TRUE(diags.empty()) << "the reader knows every element";
    build_instansi(*record, diags);
    const auto line_of = [&](const std::string& text) {
        const std::size_t at = xml.find(text);
        return 1 + static_cast<int>(std::count(xml.begin(), xml.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
    };
    std::map<std::string, int> reported;
    for (const Diagnostic& d : diags.sorted()) reported[d.field] = d.line;
    const std::map<std::string, int> expected = {
        {"kode", line_of("<instansi kode")},        {"pemerintah", line_of("<pemerintah>")},
        {"nama", line_of("<nama>")},                {"alamat", line_of("<alamat>")},
        {"tempat", line_of("<tempat>")},
        {"pimpinan", line_of("<pimpinan nip")}};
    for (const auto& [field, line] : expected) {
        ASSERT_TRUE(reported.count(field)) << field;
        EXPECT_EQ(reported.at(field), line) << field;
    }
    EXPECT_EQ(reported.size(), expected.size());
}

TEST_F(InitCommand, CheckOnTheNewFolderNamesTheValuesToFillIn) {
    ASSERT_EQ(init().code, 0);
    const test::CliResult r = test::cli({"check", folder().string(), "--period", "2024-04"});
    EXPECT_EQ(r.code, 1);
    const std::string xml = instansi_template();
    const auto nama_line = 1 + std::count(xml.begin(), xml.begin() + static_cast<std::ptrdiff_t>(xml.find("<nama>")), '\n');
    EXPECT_NE(r.err.find("instansi.xml:" + std::to_string(nama_line) + ": nama:"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("instansi.xml:0:"), std::string::npos) << "a readable file" << r.err;
}

// The sample office, copied, for next-month to prepare April from March.
class NextMonth : public ::testing::Test {
protected:
    NextMonth() : dir_("kinerja-next-month") {}
    fs::path data() const { return dir_.path() / "data"; }
    void copy_from(const fs::path& source) const { fs::copy(source, data(), fs::copy_options::recursive); }
    test::CliResult next(const std::string& period = "2024-04") const {
        return test::cli({"next-month", data().string(), "--period", period});
    }

    test::TempDir dir_;
};

// Digits only: the same NIP however written.
std::string digits(const std::string& nip) {
    std::string d;
    for (char c : nip) {
        if (c >= '0' && c <= '9') d += c;
    }
    return d;
}

TEST_F(NextMonth, CopiesTheTargetsAndListsEveryPegawai) {
    copy_from(test::sample_dir());
    const std::set<std::string> before = names_in(data());
    const test::CliResult r = next();
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    std::set<std::string> after = names_in(data());
    for (const std::string& name : before) after.erase(name);
    EXPECT_EQ(after, (std::set<std::string>{"skp-2024-04.xlsx", "perilaku-2024-04.xlsx"}));

    Diagnostics diags;
    const RawData march = load_data_folder(DiskFileSource(data()), "2024-03", diags);
    const test::XlsxFile skp(test::read_file(data() / "skp-2024-04.xlsx"));
    EXPECT_EQ(skp.header(0), skp_header);
    const auto cells = skp.cells(0);
    ASSERT_GT(march.skp.size(), 10u);
    for (std::size_t i = 0; i < march.skp.size(); ++i) {
        const SkpRecord& was = march.skp[i];
        const std::string row = std::to_string(i + 2);
        SCOPED_TRACE(row);
        EXPECT_EQ(cells.at("A" + row).text, was.nip);
        EXPECT_EQ(cells.at("A" + row).type, "s");
        EXPECT_EQ(cells.at("C" + row).text, was.uraian);
        if (!was.jenis.empty()) {
            EXPECT_EQ(cells.at("B" + row).text, was.jenis);
        }
        if (!was.target_kuantitas.empty()) {
            EXPECT_EQ(cells.at("F" + row).type, "") << "a number";
            EXPECT_EQ(*parse_number(cells.at("F" + row).text), *parse_number(was.target_kuantitas));
        }
        for (const char* column : {"J", "K", "L", "M", "N"}) {
            EXPECT_EQ(cells.count(column + row), 0u) << column << ": realisasi and nilai empty";
        }
    }
    EXPECT_EQ(cells.count("A" + std::to_string(march.skp.size() + 2)), 0u) << "no row more";

    const test::XlsxFile perilaku(test::read_file(data() / "perilaku-2024-04.xlsx"));
    const auto listed = perilaku.cells(0);
    ASSERT_EQ(march.pegawai.size(), 15u);
    for (std::size_t i = 0; i < march.pegawai.size(); ++i) {
        const std::string row = std::to_string(i + 2);
        EXPECT_EQ(listed.at("A" + row).text, march.pegawai[i].nip);
        for (char c = 'B'; c <= 'G'; ++c) EXPECT_EQ(listed.count(std::string(1, c) + row), 0u) << "scores empty";
    }
    EXPECT_EQ(listed.size(), perilaku_header.size() + march.pegawai.size());
    EXPECT_NE(r.out.find(std::to_string(march.skp.size()) + " baris dari skp-2024-03.csv"), std::string::npos)
        << r.out;
}

// Read through the load stage, the month before may be CSV or XML: the same rows come out.
TEST_F(NextMonth, CsvAndXmlMonthsGiveTheSameRows) {
    std::map<std::string, std::map<std::string, std::string>> made;  // form → cell → text
    for (const char* form : {"csv-comma-utf8", "csv-semicolon-cp1252-crlf", "xml"}) {
        fs::remove_all(data());
        copy_from(test::source_dir() / "tests" / "data" / "equivalent" / form);
        ASSERT_EQ(next().code, 0) << form;
        for (const char* file : {"skp-2024-04.xlsx", "perilaku-2024-04.xlsx"}) {
            const test::XlsxFile book(test::read_file(data() / file));
            for (const auto& [ref, cell] : book.cells(0)) {
                // jenis: empty in the CSV forms means tugas, which the XML form names.
                if (std::string(file).rfind("skp", 0) == 0 && ref.front() == 'B' && cell.text == "tugas") continue;
                made[form][std::string(file) + "!" + ref] =
                    (ref.front() == 'A' ? digits(cell.text) : cell.text) + "|" + cell.type;
            }
        }
    }
    EXPECT_GT(made["xml"].size(), 100u);
    EXPECT_EQ(made["csv-comma-utf8"], made["xml"]);
    EXPECT_EQ(made["csv-semicolon-cp1252-crlf"], made["xml"]);
}

TEST_F(NextMonth, RefusesToOverwriteTheMonth) {
    copy_from(test::sample_dir());
    for (const char* existing : {"skp-2024-04.csv", "perilaku-2024-04.xlsx", "skp-2024-04.xml"}) {
        SCOPED_TRACE(existing);
        test::write_file(data() / existing, "punya kantor");
        const std::map<std::string, std::string> before = test::snapshot(data());
        const test::CliResult r = next();
        EXPECT_EQ(r.code, 2);
        EXPECT_NE(r.err.find(existing), std::string::npos) << r.err;
        EXPECT_NE(r.err.find("tidak menimpa"), std::string::npos) << r.err;
        EXPECT_EQ(test::snapshot(data()), before);
        fs::remove(data() / existing);
    }
}

TEST_F(NextMonth, WithoutTheMonthBeforeWritesNothing) {
    copy_from(test::sample_dir());
    const std::map<std::string, std::string> before = test::snapshot(data());
    const test::CliResult r = next("2024-01");  // the month before is 2023-12
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("skp-2023-12.csv:0: berkas:"), std::string::npos) << r.err;
    EXPECT_NE(r.out.find("tidak ada yang ditulis"), std::string::npos) << r.out;
    EXPECT_EQ(test::snapshot(data()), before);
}

TEST_F(NextMonth, NeedsAPeriodAndAFolder) {
    copy_from(test::sample_dir());
    EXPECT_EQ(test::cli({"next-month", data().string()}).code, 2);
    EXPECT_EQ(test::cli({"next-month", (dir_.path() / "tidak-ada").string(), "--period", "2024-04"}).code, 2);
}

// A record the reader refused (a control character) is reported and left out; the rest is made.
TEST_F(NextMonth, ABadRowIsReportedAndLeftOut) {
    copy_from(test::sample_dir());
    std::string csv = test::read_file(data() / "skp-2024-03.csv");
    const std::size_t at = csv.find("Membina dan mengawasi");
    ASSERT_NE(at, std::string::npos);
    csv.insert(at, "\x07");
    test::write_file(data() / "skp-2024-03.csv", csv);
    const test::CliResult r = next();
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("skp-2024-03.csv:3: uraian:"), std::string::npos) << r.err;
    const test::XlsxFile skp(test::read_file(data() / "skp-2024-04.xlsx"));
    const std::string sheet = skp.part("xl/sharedStrings.xml");
    EXPECT_EQ(sheet.find("Membina dan mengawasi"), std::string::npos);
    EXPECT_TRUE(fs::exists(data() / "perilaku-2024-04.xlsx"));
}

class TemplateCopy : public ::testing::Test {
protected:
    TemplateCopy() : dir_("kinerja-template-copy") { fs::create_directories(data()); }
    fs::path data() const { return dir_.path() / "data"; }
    test::CliResult copy(const std::string& name) const { return test::cli({"template", "copy", name, data().string()}); }

    test::TempDir dir_;
};

TEST_F(TemplateCopy, CopiesTheShippedTemplateToEdit) {
    const test::CliResult r = copy("pengukuran-kinerja");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(test::read_file(data() / "templates" / "pengukuran-kinerja.xml"),
              test::read_file(test::source_dir() / "templates" / "pengukuran-kinerja.xml"));
    EXPECT_EQ(names_in(data() / "templates"), std::set<std::string>{"pengukuran-kinerja.xml"});
    // With its extension, and a template that is no XML.
    ASSERT_EQ(copy("formulir-kinerja.xml").code, 0);
    ASSERT_EQ(copy("libur").code, 0);
    EXPECT_EQ(test::read_file(data() / "templates" / "libur.csv"),
              test::read_file(test::source_dir() / "templates" / "libur.csv"));
}

TEST_F(TemplateCopy, RefusesToOverwrite) {
    fs::create_directories(data() / "templates");
    test::write_file(data() / "templates" / "pengukuran-kinerja.xml", "<diubah/>");
    const test::CliResult r = copy("pengukuran-kinerja.xml");
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("sudah ada"), std::string::npos) << r.err;
    EXPECT_EQ(test::read_file(data() / "templates" / "pengukuran-kinerja.xml"), "<diubah/>");
}

TEST_F(TemplateCopy, UnknownNameListsTheNames) {
    const test::CliResult r = copy("formulir");
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("templat tidak dikenal: formulir"), std::string::npos) << r.err;
    for (const std::string& name : shipped_template_names(test::source_dir())) {
        EXPECT_NE(r.err.find(name), std::string::npos) << name;
    }
    EXPECT_NE(r.err.find("pengukuran-kinerja.xml"), std::string::npos);
    EXPECT_EQ(r.err.find("README.md"), std::string::npos);
    EXPECT_EQ(copy("../CMakeLists.txt").code, 2);
    EXPECT_FALSE(fs::exists(data() / "templates"));
}

TEST_F(TemplateCopy, UsageErrors) {
    EXPECT_EQ(test::cli({"template"}).code, 2);
    EXPECT_EQ(test::cli({"template", "list"}).code, 2);
    EXPECT_EQ(test::cli({"template", "copy", "pengukuran-kinerja"}).code, 2);
    EXPECT_EQ(test::cli({"template", "copy", "pengukuran-kinerja", (dir_.path() / "tidak-ada").string()}).code, 2);
}

TEST(DataFolderCommands, HelpSaysWhatEachDoes) {
    const test::CliResult r = test::cli({"--help"});
    ASSERT_EQ(r.code, 0);
    for (const char* line : {"kinerja init DIR [--period YYYY-MM]", "kinerja next-month DATA_DIR --period YYYY-MM",
                             "kinerja template copy NAME DATA_DIR", "bulan ini menurut jam komputer"}) {
        EXPECT_NE(r.out.find(line), std::string::npos) << line;
    }
}

}  // namespace
}  // namespace kinerja
