// SOP documents end to end: `kinerja sop` and the sop/ folder of `kinerja run`, checked with the
// PDF tools; and the batch helpers around them (file names, plan, dates).
#include "batch/sop_job.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <sstream>

#include "batch/cli.hpp"
#include "load/data_folder.hpp"
#include "model/build.hpp"
#include "test_support.hpp"

namespace kinerja {
namespace {

namespace fs = std::filesystem;

using test::CliResult;
constexpr auto kinerja = &test::cli;

std::vector<std::string> diag_lines(const Diagnostics& diags) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diags.sorted()) out.push_back(d.str());
    return out;
}

fs::path test_sop(const std::string& name) { return test::source_dir() / "tests" / "data" / "sop" / name; }
fs::path sample_sop() { return test::sample_dir() / "sop" / "perencanaan-kinerja.xml"; }

CliResult make_sop(const fs::path& sop, const fs::path& pdf, const fs::path& data = test::sample_dir()) {
    return kinerja({"sop", sop.string(), "--data", data.string(), "-o", pdf.string()});
}

// Width and height in points of every page, from pdfinfo.
std::vector<std::pair<double, double>> page_sizes(const fs::path& pdf) {
    test::CommandResult info = test::run_command("pdfinfo -f 1 -l 999 " + pdf.string());
    EXPECT_EQ(info.code, 0) << info.output;
    std::vector<std::pair<double, double>> sizes;
    const std::regex line(R"(Page +\d+ size: +([0-9.]+) x ([0-9.]+) pts)");
    for (auto it = std::sregex_iterator(info.output.begin(), info.output.end(), line); it != std::sregex_iterator();
         ++it) {
        sizes.emplace_back(std::stod((*it)[1]), std::stod((*it)[2]));
    }
    return sizes;
}

// The PDF's text with every run of white space made one space (cell text wraps anywhere).
std::string flat_text(const fs::path& pdf) {
    test::CommandResult text = test::run_command("pdftotext -raw " + pdf.string() + " -");
    EXPECT_EQ(text.code, 0) << text.output;
    std::string flat;
    for (char c : text.output) {
        const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
        if (space) {
            if (!flat.empty() && flat.back() != ' ') flat += ' ';
        } else {
            flat += c;
        }
    }
    return flat;
}

void expect_print_ready(const fs::path& pdf) {
    test::CommandResult check = test::run_command("qpdf --check " + pdf.string());
    EXPECT_EQ(check.code, 0) << check.output;
    test::CommandResult fonts = test::run_command("pdffonts " + pdf.string());
    ASSERT_EQ(fonts.code, 0) << fonts.output;
    std::istringstream lines(fonts.output);
    std::string line;
    int font_lines = 0;
    for (int i = 0; std::getline(lines, line); ++i) {
        if (i < 2 || line.empty()) continue;  // the two header lines
        ++font_lines;
        EXPECT_NE(line.find(" yes yes "), std::string::npos) << "not embedded: " << line;
    }
    EXPECT_GT(font_lines, 0);
}

// The identity page portrait F4 (instansi.xml of the sample), every page after it landscape F4.
void expect_identity_then_landscape(const fs::path& pdf) {
    const auto sizes = page_sizes(pdf);
    ASSERT_GE(sizes.size(), 2u);
    EXPECT_NEAR(sizes[0].first, 609.449, 0.01);
    EXPECT_NEAR(sizes[0].second, 935.433, 0.01);
    for (std::size_t i = 1; i < sizes.size(); ++i) {
        EXPECT_NEAR(sizes[i].first, 935.433, 0.01) << "page " << i + 1;
        EXPECT_NEAR(sizes[i].second, 609.449, 0.01) << "page " << i + 1;
    }
}

// One SOP file read and checked against the sample office.
DataSet office_with_sops(const std::vector<std::pair<std::string, std::string>>& sops) {
    MemoryFileSource files;
    files.put("instansi.xml", test::read_file(test::sample_dir() / "instansi.xml"));
    files.put("pegawai.csv", test::read_file(test::sample_dir() / "pegawai.csv"));
    for (const auto& [name, bytes] : sops) files.put("sop/" + name, bytes);
    Diagnostics diags;
    BuildResult built = build_dataset(load_data_folder(files, "", diags), diags);
    EXPECT_TRUE(diags.empty()) << (diags.empty() ? "" : diags.items().front().str());
    return built.data.value();
}

// The sample SOP with another nomor (and optionally one step's uraian).
std::string sample_sop_with(const std::string& nomor, const std::string& uraian_7 = "") {
    std::string xml = test::read_file(sample_sop());
    const std::string old = "nomor=\"01/SOP/KEC-LPHG/III/2024\"";
    xml.replace(xml.find(old), old.size(), "nomor=\"" + nomor + "\"");
    if (!uraian_7.empty()) {
        const std::string step = "Pengarsipan dokumen pengukuran kinerja atas penilaian kinerja pegawai";
        xml.replace(xml.find(step), step.size(), uraian_7);
    }
    return xml;
}

// --- file names, dates, plan ---

TEST(SopFileName, SlashesBecomeDashes) {
    EXPECT_EQ(sop_file_name("01/SOP/KEC-LPHG/III/2024"), "01-SOP-KEC-LPHG-III-2024.pdf");
    EXPECT_EQ(sop_file_name("02\\SOP\\2024"), "02-SOP-2024.pdf");
    // What would leave the folder stays one name inside it.
    EXPECT_EQ(sop_file_name("SOP/../../etc/passwd"), "SOP-..-..-etc-passwd.pdf");
    EXPECT_EQ(sop_file_name("/tmp/x"), "-tmp-x.pdf");
    // A name that would begin with a dot (hidden) is refused.
    EXPECT_EQ(sop_file_name("../../etc/passwd"), std::nullopt);
    EXPECT_EQ(sop_file_name(".."), std::nullopt);
    EXPECT_EQ(sop_file_name(".rahasia"), std::nullopt);
    EXPECT_EQ(sop_file_name(std::string("01\0/SOP", 7)), std::nullopt);
    EXPECT_EQ(sop_file_name("01\nSOP"), std::nullopt);
    EXPECT_EQ(sop_file_name(std::string(195, 'a')), std::string(195, 'a') + ".pdf");
    EXPECT_EQ(sop_file_name(std::string(197, 'a')), std::nullopt);
}

TEST(SopDate, TheLatestOfTheSopsDates) {
    Sop sop;
    sop.tanggal_pembuatan = Date{2024, 1, 8};
    sop.tanggal_efektif = Date{2024, 3, 1};
    EXPECT_EQ(sop_date(sop), (Date{2024, 3, 1}));
    sop.tanggal_revisi = Date{2024, 6, 3};
    EXPECT_EQ(sop_date(sop), (Date{2024, 6, 3}));
}

class SopPlan : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        files_ = new render::FontFiles(render::bundled_font_files((test::source_dir() / "fonts").string()));
        std::map<layout::Face, std::string> ttf;
        for (int i = 0; i < layout::face_count; ++i) {
            auto face = static_cast<layout::Face>(i);
            ttf[face] = test::read_file(files_->path(face));
        }
        fonts_ = new layout::FontBook(std::move(ttf));
    }
    static void TearDownTestSuite() {
        delete fonts_;
        delete files_;
    }
    static render::FontFiles* files_;
    static layout::FontBook* fonts_;
};
render::FontFiles* SopPlan::files_ = nullptr;
layout::FontBook* SopPlan::fonts_ = nullptr;

TEST_F(SopPlan, NamesClashingAfterReplacingSlashesAreReported) {
    const DataSet data = office_with_sops({{"a.xml", sample_sop_with("01/SOP/2024")},
                                           {"b.xml", sample_sop_with("01-SOP-2024")},
                                           {"c.xml", sample_sop_with(".rahasia")},
                                           {"d.xml", sample_sop_with("02/SOP/2024")}});
    Diagnostics diags;
    const std::vector<PlannedSop> plan = plan_sops(data, *fonts_, {}, diags);
    ASSERT_EQ(plan.size(), 2u);
    EXPECT_EQ(plan[0].file_name, "01-SOP-2024.pdf");
    EXPECT_EQ(plan[0].sop->loc.file, "sop/a.xml");
    EXPECT_EQ(plan[1].file_name, "02-SOP-2024.pdf");
    const int line = data.sops.at(1).loc.line;
    EXPECT_EQ(diag_lines(diags),
              (std::vector<std::string>{
                  "sop/b.xml:" + std::to_string(line) +
                      ": nomor: nama berkas 01-SOP-2024.pdf sudah dipakai SOP di sop/a.xml; SOP tidak dibuat",
                  "sop/c.xml:" + std::to_string(line) +
                      ": nomor: nomor \".rahasia\" tidak dapat dijadikan nama berkas; SOP tidak dibuat"}));
}

TEST_F(SopPlan, UnprintableTextIsReportedAtItsStep) {
    const DataSet data =
        office_with_sops({{"a.xml", sample_sop_with("01/SOP/2024", "Pengarsipan \u0E01 dokumen")}});
    Diagnostics diags;
    EXPECT_TRUE(plan_sops(data, *fonts_, {}, diags).empty());
    const int line = data.sops.at(0).langkah.at(6).loc.line;
    EXPECT_EQ(diag_lines(diags),
              std::vector<std::string>{"sop/a.xml:" + std::to_string(line) +
                                       ": uraian: huruf \"\u0E01\" (U+0E01) tidak dapat dicetak dengan fon dokumen"});
}

TEST_F(SopPlan, ASignerWhoseDataCannotBePrintedIsReportedAtTheSop) {
    const DataSet data = office_with_sops({{"a.xml", sample_sop_with("01/SOP/2024")}});
    Diagnostics diags;
    EXPECT_TRUE(plan_sops(data, *fonts_, {"196906272001121003"}, diags).empty());
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags.items()[0].field, "disahkan-oleh");
    EXPECT_EQ(diags.items()[0].message, "SOP tidak dibuat: data pegawai di baris 2 memuat huruf yang tidak dapat dicetak");
}

// --- kinerja sop ---

TEST(SopCommand, UsageErrors) {
    test::TempDir temp("kinerja-sop-usage");
    const fs::path pdf = temp.path() / "x.pdf";
    const std::string data = test::sample_dir().string();
    const std::string sop = sample_sop().string();
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"sop", sop, "--data", data},
          std::vector<std::string>{"sop", sop, "-o", pdf.string()},
          std::vector<std::string>{"sop", "--data", data, "-o", pdf.string()},
          std::vector<std::string>{"sop", sop, sop, "--data", data, "-o", pdf.string()},
          std::vector<std::string>{"sop", (temp.path() / "tidak-ada.xml").string(), "--data", data, "-o", pdf.string()},
          std::vector<std::string>{"sop", sop, "--data", (temp.path() / "tidak-ada").string(), "-o", pdf.string()},
          std::vector<std::string>{"sop", sop, "--data", data, "-o", pdf.string(), "--period", "2024-03"}}) {
        CliResult r = kinerja(args);
        EXPECT_EQ(r.code, 2) << args.at(1) << "\n" << r.err;
        EXPECT_NE(r.err.find("Lihat 'kinerja --help'"), std::string::npos) << r.err;
    }
    EXPECT_FALSE(fs::exists(pdf));
    CliResult help = kinerja({"--help"});
    EXPECT_NE(help.out.find("kinerja sop SOP.xml --data DATA_DIR -o FILE.pdf"), std::string::npos) << help.out;
}

TEST(SopCommand, ProblemsOfTheSopAreReportedUnderTheNameTheUserGave) {
    test::TempDir temp("kinerja-sop-bad");
    std::string xml = test::read_file(test_sop("uji-2-pelaksana.xml"));
    const std::string signer = "disahkan-oleh=\"196906272001121003\"";
    xml.replace(xml.find(signer), signer.size(), "disahkan-oleh=\"197001012000011001\"");
    const std::string step = "pelaksana=\"sekcam\" simbol=\"proses\"";
    xml.replace(xml.find(step), step.size(), "pelaksana=\"camat\" simbol=\"proses\"");
    const fs::path sop = temp.path() / "salah.xml";
    std::ofstream(sop, std::ios::binary) << xml;
    const fs::path pdf = temp.path() / "salah.pdf";
    CliResult r = make_sop(sop, pdf);
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, sop.string() + ":3: disahkan-oleh: pegawai 19700101 200001 1 001 tidak ada di pegawai.csv\n" +
                         sop.string() + ":31: pelaksana: pelaksana tidak dikenal: \"camat\" (ada: umum, sekcam)\n");
    EXPECT_EQ(r.out, "SOP tidak dibuat; 2 masalah\n");
    EXPECT_FALSE(fs::exists(pdf));
}

// The SOP file is read as the data folder's files are: one over the size limit is refused
// unread (sparse here: 300 MB long, nothing written).
TEST(SopCommand, AnSopOverTheSizeLimitIsRefusedUnread) {
    test::TempDir temp("kinerja-sop-huge");
    const fs::path sop = temp.path() / "besar.xml";
    std::ofstream(sop, std::ios::binary) << "<sop/>";
    fs::resize_file(sop, 300u * 1024u * 1024u);
    const fs::path pdf = temp.path() / "besar.pdf";
    const CliResult r = make_sop(sop, pdf);
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find(sop.string() + ":0: berkas: berkas terlalu besar (300 MB; paling besar 256 MB); tidak dibaca\n"),
              std::string::npos)
        << r.err;
    EXPECT_FALSE(fs::exists(pdf));
}

TEST(SopCommand, AnSopTooLongForItsPageIsReportedAndNothingWritten) {
    test::TempDir temp("kinerja-sop-long");
    std::string xml = test::read_file(test_sop("uji-2-pelaksana.xml"));
    std::string many;
    for (int i = 1; i <= 120; ++i) {
        many += "<butir>Peraturan nomor " + std::to_string(i) + " tentang hal yang panjang sekali namanya</butir>";
    }
    const std::string open = "<dasar-hukum>";
    xml.insert(xml.find(open) + open.size(), many);
    const fs::path sop = temp.path() / "panjang.xml";
    std::ofstream(sop, std::ios::binary) << xml;
    const fs::path pdf = temp.path() / "panjang.pdf";
    CliResult r = make_sop(sop, pdf);
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err.rfind(sop.string() + ":3: sop: SOP tidak dapat dibuat: ", 0), 0u) << r.err;
    EXPECT_FALSE(fs::exists(pdf));
}

TEST(SopCommand, TheDataFoldersOwnSopsAreNotItsBusiness) {
    test::TempDir temp("kinerja-sop-others");
    const fs::path data = temp.path() / "data";
    fs::copy(test::sample_dir(), data, fs::copy_options::recursive);
    std::ofstream(data / "sop" / "rusak.xml", std::ios::binary) << "<sop nomor=\"x\"";
    const fs::path pdf = temp.path() / "keluar" / "sop.pdf";
    CliResult r = make_sop(test_sop("uji-2-pelaksana.xml"), pdf, data);
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_TRUE(fs::is_regular_file(pdf));  // its folder made
    EXPECT_FALSE(fs::exists(pdf.string() + ".tmp"));
}

TEST(SopCommand, AnOutputThatCannotBeWrittenIsAFailure) {
    test::TempDir temp("kinerja-sop-unwritable");
    const fs::path file = temp.path() / "berkas";
    std::ofstream(file) << "bukan folder";
    CliResult r = make_sop(sample_sop(), file / "sop.pdf");
    EXPECT_EQ(r.code, 3);
    EXPECT_EQ(r.err, "kinerja: gagal baca/tulis: tidak dapat membuat folder " + file.string() +
                         ": bagian jalurnya bukan folder\n");
    EXPECT_EQ(test::read_file(file), "bukan folder");
}

// The three test SOPs made once with `kinerja sop`, for the tests below.
class SopDocuments : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        temp_ = new test::TempDir("kinerja-sop-documents");
        for (const char* name : {"uji-20-langkah", "uji-2-pelaksana", "uji-8-pelaksana"}) {
            results_[name] = make_sop(test_sop(std::string(name) + ".xml"), pdf(name));
        }
    }
    static void TearDownTestSuite() {
        results_.clear();
        delete temp_;
    }
    static fs::path pdf(const std::string& name) { return temp_->path() / (name + ".pdf"); }
    static test::TempDir* temp_;
    static std::map<std::string, CliResult> results_;
};
test::TempDir* SopDocuments::temp_ = nullptr;
std::map<std::string, CliResult> SopDocuments::results_;

TEST_F(SopDocuments, EachIsMadeWithoutProblems) {
    for (const auto& [name, r] : results_) {
        EXPECT_EQ(r.code, 0) << name << "\n" << r.err;
        EXPECT_EQ(r.err, "") << name;
        EXPECT_EQ(r.out.rfind("SOP ", 0), 0u) << r.out;
        EXPECT_NE(r.out.find("halaman) di " + pdf(name).string() + "; 0 masalah"), std::string::npos) << r.out;
    }
}

TEST_F(SopDocuments, PrintReadyIdentityPortraitFlowchartLandscape) {
    for (const auto& entry : results_) {
        const fs::path file = pdf(entry.first);
        SCOPED_TRACE(entry.first);
        expect_print_ready(file);
        expect_identity_then_landscape(file);
        test::CommandResult info = test::run_command("pdfinfo " + file.string());
        EXPECT_NE(info.output.find("Producer:        kinerja"), std::string::npos) << info.output;
        EXPECT_NE(info.output.find("Title:           SOP "), std::string::npos) << info.output;
        EXPECT_NE(info.output.find("Author:          KECAMATAN LAMPIHONG"), std::string::npos) << info.output;
        // The outline: the identity part, then the flowchart part from page 2.
        test::CommandResult outline = test::run_command("qpdf --json --json-key=outlines " + file.string());
        const std::size_t identitas = outline.output.find("\"title\": \"Identitas SOP\"");
        const std::size_t bagan = outline.output.find("\"title\": \"Bagan Alir\"");
        EXPECT_NE(identitas, std::string::npos) << outline.output;
        EXPECT_NE(bagan, std::string::npos) << outline.output;
        EXPECT_LT(identitas, bagan);
    }
}

TEST_F(SopDocuments, EveryStepComesOutWithPdftotext) {
    for (const char* name : {"uji-20-langkah", "uji-2-pelaksana", "uji-8-pelaksana"}) {
        SCOPED_TRACE(name);
        const DataSet data = office_with_sops({{"x.xml", test::read_file(test_sop(std::string(name) + ".xml"))}});
        const Sop& sop = data.sops.at(0);
        const doc::Flowchart chart = compose::flowchart(sop);
        const std::string text = flat_text(pdf(name));
        EXPECT_NE(text.find(sop.nomor), std::string::npos);
        EXPECT_NE(text.find("SOP : " + compose::upper_case(sop.nama)), std::string::npos);
        for (const Lane& lane : sop.lanes) EXPECT_NE(text.find(lane.nama), std::string::npos) << lane.nama;
        for (const Langkah& step : sop.langkah) {
            EXPECT_NE(text.find(step.uraian), std::string::npos) << step.nomor << ": " << step.uraian;
            EXPECT_NE(text.find(step.output), std::string::npos) << step.nomor << ": " << step.output;
            if (step.waktu) {
                EXPECT_NE(text.find(step.waktu->str()), std::string::npos) << step.nomor;
            }
            for (const std::string& item : chart.steps.at(static_cast<std::size_t>(step.nomor - 1)).kelengkapan) {
                EXPECT_NE(text.find(item), std::string::npos) << step.nomor << ": " << item;
            }
            if (!step.keterangan.empty()) {
                EXPECT_NE(text.find(step.keterangan), std::string::npos) << step.nomor << ": " << step.keterangan;
            }
        }
    }
}

TEST_F(SopDocuments, IdentityPageText) {
    const std::string text = flat_text(pdf("uji-20-langkah"));
    for (const char* expected :
         {"PEMERINTAH KABUPATEN BALANGAN", "KECAMATAN LAMPIHONG", "Nomor SOP 12/SOP/KEC-LPHG/V/2024",
          "Tanggal Pembuatan 2 Mei 2024", "Tanggal Revisi -", "Tanggal Efektif 13 Mei 2024", "Camat Lampihong",
          "H. HAMMAD ARSYAD, SP", "Pembina, IV/a", "NIP. 19690627 200112 1 003",
          "Nama SOP Pelayanan Surat Keterangan", "Dasar Hukum:", "1. Undang-Undang Nomor 25 Tahun 2009",
          "Kualifikasi Pelaksana:", "Keterkaitan:", "Peralatan/Perlengkapan:", "Peringatan:",
          "Pencatatan dan Pendataan:", "Identitas SOP"}) {
        EXPECT_NE(text.find(expected), std::string::npos) << expected;
    }
    EXPECT_NE(flat_text(pdf("uji-2-pelaksana")).find("Tanggal Revisi 19 Februari 2024"), std::string::npos);
}

TEST_F(SopDocuments, SameInputGivesTheSameBytes) {
    test::TempDir again("kinerja-sop-again");
    for (const auto& entry : results_) {
        const fs::path twin = again.path() / (entry.first + ".pdf");
        CliResult r = make_sop(test_sop(entry.first + ".xml"), twin);
        ASSERT_EQ(r.code, 0) << r.err;
        EXPECT_EQ(test::read_file(pdf(entry.first)), test::read_file(twin)) << entry.first;
    }
}

// --- kinerja run ---

TEST(SopRun, TheSampleRunWritesItsSopLikeTheSopCommand) {
    test::TempDir temp("kinerja-sop-run");
    CliResult r = kinerja({"run", test::sample_dir().string(), "--period", "2024-03", "--out",
                           (temp.path() / "out").string(), "--quiet", "--jobs", "2"});
    ASSERT_EQ(r.code, 0) << r.err;
    const fs::path sop_dir = temp.path() / "out" / "2024-03" / "sop";
    const fs::path pdf = sop_dir / "01-SOP-KEC-LPHG-III-2024.pdf";
    ASSERT_TRUE(fs::is_regular_file(pdf));
    EXPECT_EQ(std::distance(fs::directory_iterator(sop_dir), fs::directory_iterator()), 1);
    EXPECT_NE(r.out.find("1 SOP"), std::string::npos) << r.out;
    const std::string manifest = test::read_file(temp.path() / "out" / "2024-03" / "manifest.csv");
    EXPECT_NE(manifest.find("\nsop/01-SOP-KEC-LPHG-III-2024.pdf," + std::to_string(fs::file_size(pdf)) + ","),
              std::string::npos)
        << manifest;
    expect_print_ready(pdf);
    expect_identity_then_landscape(pdf);
    const std::string text = flat_text(pdf);
    for (const char* expected : {"Nomor SOP 01/SOP/KEC-LPHG/III/2024", "Tanggal Pembuatan 1 Maret 2024",
                                 "SOP : PELAKSANAAN PERENCANAAN KINERJA", "Penggandaan dokumen pengukuran kinerja",
                                 "Box file", "15 Menit", "Tersimpannya dokumen pengukuran kinerja"}) {
        EXPECT_NE(text.find(expected), std::string::npos) << expected;
    }

    // The same SOP and data from `kinerja sop`: the same bytes (the date is the SOP's own).
    const fs::path single = temp.path() / "satu.pdf";
    CliResult one = make_sop(sample_sop(), single);
    ASSERT_EQ(one.code, 0) << one.err;
    EXPECT_EQ(test::read_file(single), test::read_file(pdf));
}

TEST(SopRun, AnSopWithAnUnusableNomorIsReportedAndTheRestMade) {
    test::TempDir temp("kinerja-sop-run-bad");
    const fs::path data = temp.path() / "data";
    fs::copy(test::sample_dir(), data, fs::copy_options::recursive);
    std::ofstream(data / "sop" / "keluar.xml", std::ios::binary) << sample_sop_with("SOP/../../../keluar");
    std::ofstream(data / "sop" / "tersembunyi.xml", std::ios::binary) << sample_sop_with(".tersembunyi");
    CliResult r = kinerja({"run", data.string(), "--period", "2024-03", "--out", (temp.path() / "out").string(),
                           "--quiet"});
    EXPECT_EQ(r.code, 1);
    const int line = office_with_sops({{"a.xml", test::read_file(sample_sop())}}).sops.at(0).loc.line;
    EXPECT_EQ(r.err, "sop/tersembunyi.xml:" + std::to_string(line) +
                         ": nomor: nomor \".tersembunyi\" tidak dapat dijadikan nama berkas; SOP tidak dibuat\n");
    const fs::path sop_dir = temp.path() / "out" / "2024-03" / "sop";
    EXPECT_TRUE(fs::is_regular_file(sop_dir / "01-SOP-KEC-LPHG-III-2024.pdf"));
    EXPECT_TRUE(fs::is_regular_file(sop_dir / "SOP-..-..-..-keluar.pdf"));  // inside sop/, never outside OUT
    EXPECT_EQ(std::distance(fs::directory_iterator(sop_dir), fs::directory_iterator()), 2);
    EXPECT_FALSE(fs::exists(temp.path() / "keluar.pdf"));
}

TEST(SopRun, TheRealProgramMakesOneSop) {
    test::TempDir temp("kinerja-sop-binary");
    const fs::path pdf = temp.path() / "sop.pdf";
    test::CommandResult r = test::run_command(std::string(KINERJA_BINARY) + " sop " + test_sop("uji-20-langkah.xml").string() +
                                              " --data " + test::sample_dir().string() + " -o " + pdf.string());
    EXPECT_EQ(r.code, 0) << r.output;
    EXPECT_TRUE(fs::is_regular_file(pdf));
}

}  // namespace
}  // namespace kinerja
