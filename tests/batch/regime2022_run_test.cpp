// `kinerja run` and `kinerja check` under PermenPANRB 6/2022 (DESIGN section 8), end to end on
// samples/lampihong-2022 (the issue's "Done when"):
// - March 2025, a first run: the exit code (the broken pola rule of the sample is only a
//   warning), every file of 8.4 and no other, the two distribusi lines of 8.3 and the one
//   warning, rekap by hand, each kind of PDF as printers and readers see it, cetak.pdf in the
//   order of 8.4 page by page, the Dokumen Evaluasi filed in one berkas per employee;
// - the XML form of the same data gives the same bytes;
// - January to March into one OUT: an SKP is printed when new or changed, or with --all-skp;
// - the office's own templates/regulasi-2022.xml changes the result, a broken one stops the run;
// - check and run report the same lines for a data folder holding every problem of 8.5.
// The month is made once for the tests of one fixture (a run takes about a second).
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <set>

#include "../sample_staff.hpp"
#include "batch/cli.hpp"
#include "pdf_test_support.hpp"
#include "test_support.hpp"
#include "xlsx_test_support.hpp"
#include "../sanitizer_run.hpp"

// A namespace of its own: scripts/test compiles test files together (unity build).
namespace kinerja::regime2022_run_test {
namespace {

namespace fs = std::filesystem;

const char* const kMaret = "2025-03";
const char* const kSigningDate = "2025-03-31";

fs::path sample2022() { return test::source_dir() / "samples" / "lampihong-2022"; }
fs::path sample2022_xml() { return test::source_dir() / "samples" / "lampihong-2022-xml"; }

test::CliResult run_period(const fs::path& data, const fs::path& out, const std::string& period,
                           std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"run",    data.string(), "--period", period,   "--out",
                                  out.string(), "--date", kSigningDate, "--quiet"};
    args.insert(args.end(), extra.begin(), extra.end());
    return test::cli(args);
}

// The fields of one CSV line as RFC 4180 writes them (quotes around a field with a comma).
std::vector<std::string> csv_fields(const std::string& line) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
            fields.back() += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            fields.emplace_back();
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    return fields;
}

// "19690627 200112 1 003": a NIP as documents print it.
std::string printed_nip(const std::string& digits) {
    return digits.substr(0, 8) + " " + digits.substr(8, 6) + " " + digits.substr(14, 1) + " " + digits.substr(15);
}

// The line of instansi.xml that gives the capaian organisasi of `periode`.
int capaian_line(const std::string& periode) {
    const std::vector<std::string> lines = test::lines_of(test::read_file(sample2022() / "instansi.xml"));
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].find("<capaian-organisasi periode=\"" + periode + "\"") != std::string::npos) {
            return static_cast<int>(i) + 1;
        }
    }
    return 0;
}

// The files of a month folder but the hidden ones, by relative path.
std::set<std::string> visible_files(const fs::path& month) {
    std::set<std::string> files;
    for (const auto& [path, bytes] : test::snapshot(month)) {
        if (path.front() != '.') files.insert(path);
    }
    return files;
}

// How many of `files` are PDFs.
std::size_t pdf_count(const std::set<std::string>& files) {
    return static_cast<std::size_t>(
        std::count_if(files.begin(), files.end(), [](const std::string& f) { return f.ends_with(".pdf"); }));
}

// What DESIGN 8.4 makes of a first March: SOP, SKP for all, two evaluations each, rekap and
// distribusi per evaluation, cetak.pdf, the archive and the manifest.
std::set<std::string> expected_first_march() {
    std::set<std::string> files{"sop/01-SOP-KEC-LPHG-III-2024.pdf",
                                "distribusi.pdf",
                                "distribusi-tw1.pdf",
                                "rekap.csv",
                                "rekap.xlsx",
                                "rekap-tw1.csv",
                                "rekap-tw1.xlsx",
                                "cetak.pdf",
                                "arsip/indeks.csv",
                                "arsip/indeks.xlsx",
                                "arsip/indeks.pdf",
                                "arsip/label-box.pdf",
                                "manifest.csv"};
    for (const test::SampleEmployee& e : test::sample_staff()) {
        for (const char* folder : {"evaluasi/", "dokumen-evaluasi/"}) {
            files.insert(folder + e.nip + ".pdf");
            files.insert(folder + e.nip + "-tw1.pdf");
        }
        files.insert("skp/" + e.nip + ".pdf");
    }
    return files;
}

// Computed by hand from penilaian-2025-03.csv and the matrix of 8.3 (the Camat's rating hasil
// kerja from the capaian organisasi Baik: Sesuai); persen_angka_kredit only for the two
// fungsional (Muhammad Ridha, Ahmad Syarifuddin).
const char* const kRekapMaret =
    "nip,nama,rating_hasil_kerja,rating_perilaku,predikat,persen_angka_kredit\n"
    "196906272001121003,\"H. Hammad Arsyad, SP\",Sesuai Ekspektasi,Sesuai Ekspektasi,Baik,\n"
    "197503122000031002,\"Ahmad Rizani, S.Sos., M.Si.\",Di Atas Ekspektasi,Di Atas Ekspektasi,Sangat Baik,\n"
    "198104152006042005,\"Siti Rahmah, S.E.\",Sesuai Ekspektasi,Di Atas Ekspektasi,Baik,\n"
    "197908232005011004,\"Muhammad Noor, S.E.\",Di Atas Ekspektasi,Di Atas Ekspektasi,Sangat Baik,\n"
    "197711052003121006,\"Rusdiansyah, S.IP\",Di Atas Ekspektasi,Di Atas Ekspektasi,Sangat Baik,\n"
    "198202172008011003,\"Ma\u2019ruf Hidayat, S.Sos.\",Sesuai Ekspektasi,Sesuai Ekspektasi,Baik,\n"
    "197806302002122001,\"Hj. Norhayati, S.Sos.\",Sesuai Ekspektasi,Sesuai Ekspektasi,Baik,\n"
    "198309092009031007,\"Akhmad Fauzi, S.Ag.\",Di Atas Ekspektasi,Sesuai Ekspektasi,Baik,\n"
    "198712122010011008,Rahmadi,Sesuai Ekspektasi,Sesuai Ekspektasi,Baik,\n"
    "199005212014022002,\"Nurul Hidayah, A.Md.\",Sesuai Ekspektasi,Sesuai Ekspektasi,Baik,\n"
    "198806142011012009,\"Fitriani, S.E.\",Di Atas Ekspektasi,Di Atas Ekspektasi,Sangat Baik,\n"
    "199103072019031004,\"Hendra Saputra, S.T.\",Sesuai Ekspektasi,Sesuai Ekspektasi,Baik,\n"
    "199508182017122003,Noor Aina,Sesuai Ekspektasi,Sesuai Ekspektasi,Baik,\n"
    "199210252019031005,\"Muhammad Ridha, S.Kom.\",Di Atas Ekspektasi,Di Atas Ekspektasi,Sangat Baik,150\n"
    "198611302010121004,\"Ahmad Syarifuddin, S.Sos., M.AP.\",Sesuai Ekspektasi,Di Atas Ekspektasi,Baik,100\n";

// Triwulan I: the Camat's perilaku Di Atas (still Baik: Sesuai × Di Atas); Nurul Hidayah Di Bawah
// × Sesuai: Butuh Perbaikan.
const char* const kRekapTw1 =
    "nip,nama,rating_hasil_kerja,rating_perilaku,predikat,persen_angka_kredit\n"
    "196906272001121003,\"H. Hammad Arsyad, SP\",Sesuai Ekspektasi,Di Atas Ekspektasi,Baik,\n"
    "197503122000031002,\"Ahmad Rizani, S.Sos., M.Si.\",Di Atas Ekspektasi,Di Atas Ekspektasi,Sangat Baik,\n"
    "198104152006042005,\"Siti Rahmah, S.E.\",Sesuai Ekspektasi,Sesuai Ekspektasi,Baik,\n"
    "197908232005011004,\"Muhammad Noor, S.E.\",Di Atas Ekspektasi,Di Atas Ekspektasi,Sangat Baik,\n"
    "197711052003121006,\"Rusdiansyah, S.IP\",Di Atas Ekspektasi,Sesuai Ekspektasi,Baik,\n"
    "198202172008011003,\"Ma\u2019ruf Hidayat, S.Sos.\",Sesuai Ekspektasi,Sesuai Ekspektasi,Baik,\n"
    "197806302002122001,\"Hj. Norhayati, S.Sos.\",Sesuai Ekspektasi,Di Atas Ekspektasi,Baik,\n"
    "198309092009031007,\"Akhmad Fauzi, S.Ag.\",Sesuai Ekspektasi,Sesuai Ekspektasi,Baik,\n"
    "198712122010011008,Rahmadi,Sesuai Ekspektasi,Sesuai Ekspektasi,Baik,\n"
    "199005212014022002,\"Nurul Hidayah, A.Md.\",Di Bawah Ekspektasi,Sesuai Ekspektasi,Butuh Perbaikan,\n"
    "198806142011012009,\"Fitriani, S.E.\",Di Atas Ekspektasi,Di Atas Ekspektasi,Sangat Baik,\n"
    "199103072019031004,\"Hendra Saputra, S.T.\",Sesuai Ekspektasi,Sesuai Ekspektasi,Baik,\n"
    "199508182017122003,Noor Aina,Sesuai Ekspektasi,Sesuai Ekspektasi,Baik,\n"
    "199210252019031005,\"Muhammad Ridha, S.Kom.\",Di Atas Ekspektasi,Di Atas Ekspektasi,Sangat Baik,150\n"
    "198611302010121004,\"Ahmad Syarifuddin, S.Sos., M.AP.\",Sesuai Ekspektasi,Sesuai Ekspektasi,Baik,100\n";

// The summary lines of 8.3 for the two evaluations (counted from the rekap above, the
// pimpinan left out of N): March breaks "Butuh Perbaikan + Kurang/Misconduct ≥ 1".
const char* const kDistribusiMaret =
    "distribusi Maret 2025 (capaian organisasi Baik, 14 pegawai): Sangat Baik 5, Baik 9, Butuh Perbaikan 0, "
    "Kurang/Misconduct 0, Sangat Kurang 0: 1 aturan tidak terpenuhi";
const char* const kDistribusiTw1 =
    "distribusi Triwulan I 2025 (capaian organisasi Baik, 14 pegawai): Sangat Baik 4, Baik 9, Butuh Perbaikan 1, "
    "Kurang/Misconduct 0, Sangat Kurang 0: sesuai pola";

std::string pola_warning() {
    return "instansi.xml:" + std::to_string(capaian_line(kMaret)) +
           ": capaian-organisasi: peringatan: distribusi Maret 2025 tidak sesuai pola Baik: Butuh Perbaikan + "
           "Kurang/Misconduct 0 dari 14 pegawai (0,00%), paling sedikit 1";
}

// F4 paper (instansi.xml: kertas F4), in points as pdfinfo prints them.
const std::string kPortrait = "609.449 x 935.433", kLandscape = "935.433 x 609.449";

// The sample's March made once, from CSV, on a first run into a new OUT.
class Regime2022Month : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        temp_ = new test::TempDir("kinerja-regime2022-run");
        result_ = new test::CliResult(run_period(sample2022(), temp_->path() / "csv", kMaret));
    }
    static void TearDownTestSuite() {
        delete result_;
        delete temp_;
    }
    static fs::path out() { return temp_->path() / "csv"; }
    static fs::path month() { return out() / kMaret; }

    static test::TempDir* temp_;
    static test::CliResult* result_;
};
test::TempDir* Regime2022Month::temp_ = nullptr;
test::CliResult* Regime2022Month::result_ = nullptr;

TEST_F(Regime2022Month, ExitsZeroWithTheDistribusiLinesAndTheOneWarning) {
    EXPECT_EQ(result_->code, exit_ok) << result_->out << result_->err;
    EXPECT_EQ(result_->err, pola_warning() + "\n");
    const std::vector<std::string> out = test::lines_of(result_->out);
    ASSERT_EQ(out.size(), 3u) << result_->out;
    EXPECT_EQ(out[0], kDistribusiMaret);
    EXPECT_EQ(out[1], kDistribusiTw1);
    EXPECT_TRUE(std::regex_match(out[2], std::regex("1 SOP \\(2 halaman\\), 15 SKP \\([0-9]+ halaman\\), 30 evaluasi "
                                                    "kinerja \\([0-9]+ halaman\\), 30 dokumen evaluasi kinerja "
                                                    "\\([0-9]+ halaman\\), 2 distribusi, cetak\\.pdf \\([0-9]+ "
                                                    "halaman\\) dan rekap di .*; 0 masalah; [0-9]+,[0-9]{2} detik")))
        << out[2];
}

TEST_F(Regime2022Month, WritesEveryFileOf84AndNoOther) {
    EXPECT_EQ(visible_files(month()), expected_first_march());
    EXPECT_FALSE(fs::exists(month() / "formulir"));
    EXPECT_FALSE(fs::exists(month() / "pengukuran"));
}

TEST_F(Regime2022Month, RekapHoldsTheHandComputedPredikat) {
    EXPECT_EQ(test::read_file(month() / "rekap.csv"), kRekapMaret);
    EXPECT_EQ(test::read_file(month() / "rekap-tw1.csv"), kRekapTw1);
}

// The workbooks hold what the CSV files hold, cell by cell, the NIP as text.
TEST_F(Regime2022Month, RekapWorkbooksHoldTheCsvRows) {
    for (const std::string name : {"rekap", "rekap-tw1"}) {
        const test::XlsxFile book(test::read_file(month() / (name + ".xlsx")));
        const std::map<std::string, test::XlsxCell> cells = book.cells(0);
        const std::vector<std::string> rows = test::lines_of(test::read_file(month() / (name + ".csv")));
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const std::vector<std::string> fields = csv_fields(rows[r]);
            for (std::size_t c = 0; c < fields.size(); ++c) {
                const std::string ref = std::string(1, static_cast<char>('A' + c)) + std::to_string(r + 1);
                const auto cell = cells.find(ref);
                if (fields[c].empty()) {
                    EXPECT_TRUE(cell == cells.end() || cell->second.text.empty()) << name << " " << ref;
                    continue;
                }
                ASSERT_NE(cell, cells.end()) << name << " " << ref;
                EXPECT_EQ(cell->second.text, fields[c]) << name << " " << ref;
                if (c == 0) {
                    EXPECT_NE(cell->second.type, "") << name << " " << ref << ": the NIP as a number";
                }
            }
        }
    }
}

// One PDF of the month: the size of every page and texts it must hold.
struct ExpectedPdf {
    std::string path;
    std::string size;
    std::vector<std::string> texts;
};

// Each kind of document for three employees: the Camat (pimpinan, no penilai), Noor Aina (a
// kualitatif plan) and Muhammad Ridha (fungsional); the two distribusi pages.
std::vector<ExpectedPdf> expected_kinds() {
    struct Who {
        std::string nip, nama, pendekatan;
    };
    const std::vector<Who> who{{"196906272001121003", "H. Hammad Arsyad, SP", "KUANTITATIF"},
                               {"199508182017122003", "Noor Aina", "KUALITATIF"},
                               {"199210252019031005", "Muhammad Ridha, S.Kom.", "KUANTITATIF"}};
    std::vector<ExpectedPdf> pdfs;
    for (const Who& w : who) {
        const std::vector<std::string> identity{w.nama, printed_nip(w.nip), "PENDEKATAN HASIL KERJA " + w.pendekatan};
        auto with = [&identity](std::vector<std::string> texts) {
            texts.insert(texts.end(), identity.begin(), identity.end());
            return texts;
        };
        pdfs.push_back({"skp/" + w.nip + ".pdf", kPortrait,
                        with({"SASARAN KINERJA PEGAWAI", "PERIODE PENILAIAN: 1 Januari s.d. 31 Desember 2025",
                              "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI", "INDIKATOR KINERJA INDIVIDU"})});
        pdfs.push_back({"evaluasi/" + w.nip + ".pdf", kLandscape,
                        with({"EVALUASI KINERJA PEGAWAI", "PERIODE: BULAN MARET 2025",
                              "PERIODE PENILAIAN: 1 Maret s.d. 31 Maret 2025", "CAPAIAN KINERJA ORGANISASI BAIK"})});
        pdfs.push_back({"evaluasi/" + w.nip + "-tw1.pdf", kLandscape,
                        with({"EVALUASI KINERJA PEGAWAI", "PERIODE: TRIWULAN I/II/III/IV-AKHIR",
                              "PERIODE PENILAIAN: 1 Januari s.d. 31 Maret 2025"})});
        for (const std::string suffix : {"", "-tw1"}) {
            pdfs.push_back({"dokumen-evaluasi/" + w.nip + suffix + ".pdf", kPortrait,
                            with({"DOKUMEN EVALUASI KINERJA PEGAWAI", "PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA",
                                  "CATATAN/REKOMENDASI", "Lembar 1 dari 3", "Lembar 2 dari 3", "Lembar 3 dari 3",
                                  "Lampihong, 31 Maret 2025"})});
        }
    }
    pdfs.push_back({"distribusi.pdf", kPortrait,
                    {"DISTRIBUSI PREDIKAT KINERJA PEGAWAI", "PERIODE: MARET 2025", "CAPAIAN KINERJA ORGANISASI: BAIK",
                     "(N): 14 pegawai", "TIDAK SESUAI", "H. Hammad Arsyad, SP"}});
    pdfs.push_back({"distribusi-tw1.pdf", kPortrait,
                    {"DISTRIBUSI PREDIKAT KINERJA PEGAWAI", "PERIODE: TRIWULAN I 2025",
                     "CAPAIAN KINERJA ORGANISASI: BAIK", "Distribusi sesuai pola."}});
    return pdfs;
}

TEST_F(Regime2022Month, QpdfFindsNothingWrongInAnyPdf) {
    for (const std::string& path : expected_first_march()) {
        if (!path.ends_with(".pdf")) continue;
        const test::CommandResult check = test::run_command("qpdf --check " + (month() / path).string());
        EXPECT_EQ(check.code, 0) << path << "\n" << check.output;
    }
}

// Embedded subsets of the bundled faces, every page on the office's F4 paper in its kind's
// orientation, and the headings and identities pdftotext reads.
TEST_F(Regime2022Month, EachKindOfPdfIsPrintReadyAndReadable) {
    const std::regex subset_of_bundled("[A-Z]{6}\\+Kinerja(Sans|Serif)-[A-Za-z,]+");
    for (const ExpectedPdf& pdf : expected_kinds()) {
        const fs::path file = month() / pdf.path;
        const std::vector<test::FontRow> fonts = test::pdf_fonts(file);
        EXPECT_FALSE(fonts.empty()) << pdf.path;
        for (const test::FontRow& font : fonts) {
            EXPECT_EQ(font.emb, "yes") << pdf.path << ": " << font.name;
            EXPECT_TRUE(std::regex_match(font.name, subset_of_bundled)) << pdf.path << ": " << font.name;
        }
        const int pages = test::page_count(file);
        ASSERT_GT(pages, 0) << pdf.path;
        const std::string info = test::run_command("pdfinfo -f 1 -l " + std::to_string(pages) + " " + file.string()).output;
        EXPECT_EQ(test::page_sizes_in(info),
                  std::vector<std::string>(static_cast<std::size_t>(pages), pdf.size))
            << pdf.path;
        const std::string text = test::flat_text(file);
        for (const std::string& expected : pdf.texts) {
            EXPECT_NE(text.find(expected), std::string::npos) << pdf.path << ": no \"" << expected << "\"";
        }
    }
}

// A page's text as compared: a page blank on purpose (only the note) is "<kosong>".
std::string page_key(const std::string& text) {
    std::string flat;
    for (const char c : test::squeezed(text)) {
        if (c != '\n' && c != ' ') flat += c;
    }
    std::string note;
    for (const char c : test::blank_note) {
        if (c != ' ') note += c;
    }
    return flat == note ? "<kosong>" : flat;
}

// cetak.pdf in the order of 8.4, page by page: the SOP; per employee in pegawai order the SKP,
// the Evaluasi bulanan then triwulanan, the Dokumen Evaluasi bulanan then triwulanan; the
// distribusi pages; the archive's documents. Each starts on an odd page (printed on both sides:
// a blank back before it when needed).
TEST_F(Regime2022Month, CetakHoldsTheDocumentsInTheOrderOf84) {
    std::vector<std::string> documents{"sop/01-SOP-KEC-LPHG-III-2024.pdf"};
    for (const test::SampleEmployee& e : test::sample_staff()) {
        for (const std::string doc : {"skp/#.pdf", "evaluasi/#.pdf", "evaluasi/#-tw1.pdf", "dokumen-evaluasi/#.pdf",
                                      "dokumen-evaluasi/#-tw1.pdf"}) {
            documents.push_back(std::regex_replace(doc, std::regex("#"), e.nip));
        }
    }
    for (const char* doc : {"distribusi.pdf", "distribusi-tw1.pdf", "arsip/indeks.pdf", "arsip/label-box.pdf"}) {
        documents.push_back(doc);
    }
    std::vector<std::string> expected;
    for (const std::string& doc : documents) {
        if (expected.size() % 2 == 1) expected.push_back("<kosong>");
        for (const std::string& page : test::page_texts(month() / doc)) expected.push_back(page_key(page) + "\n@" + doc);
    }
    std::vector<std::string> made;
    for (const std::string& page : test::page_texts(month() / "cetak.pdf")) made.push_back(page_key(page));
    ASSERT_EQ(made.size(), expected.size());
    for (std::size_t i = 0; i < made.size(); ++i) {
        const std::string want = expected[i].substr(0, expected[i].find("\n@"));
        ASSERT_EQ(made[i], want) << "cetak.pdf page " << i + 1 << " should be "
                                 << (expected[i].find("\n@") == std::string::npos ? "a blank back" : expected[i]);
    }
}

// The register after the run: intact, and each employee's Dokumen Evaluasi filed, bulanan then
// triwulanan, as two items of one berkas (the archive copy is one sheet).
TEST_F(Regime2022Month, TheDokumenEvaluasiAreFiledInOneBerkasPerEmployee) {
    const test::CliResult verify = test::cli({"archive", "verify", "--out", out().string()});
    EXPECT_EQ(verify.code, exit_ok) << verify.out << verify.err;
    const test::CliResult list = test::cli({"archive", "list", "--out", out().string()});
    ASSERT_EQ(list.code, exit_ok) << list.err;
    const std::vector<std::string> rows = test::lines_of(list.out);
    ASSERT_EQ(rows.size(), 1 + 2 * test::sample_staff().size()) << list.out;
    for (std::size_t i = 0; i < test::sample_staff().size(); ++i) {
        const test::SampleEmployee& e = test::sample_staff()[i];
        const std::string berkas = std::to_string(i + 1), box = std::to_string(i / 10 + 1);
        const std::vector<std::pair<std::string, std::string>> items{
            {"Maret 2025", "dokumen-evaluasi/" + e.nip + ".pdf"},
            {"Triwulan I 2025", "dokumen-evaluasi/" + e.nip + "-tw1.pdf"}};
        for (std::size_t item = 0; item < items.size(); ++item) {
            const std::vector<std::string> f = csv_fields(rows.at(1 + 2 * i + item));
            ASSERT_EQ(f.size(), 15u) << rows.at(1 + 2 * i + item);
            EXPECT_EQ(f[0], std::to_string(1 + 2 * i + item));
            EXPECT_EQ((std::vector<std::string>{f[1], f[2], f[3], f[4]}),
                      (std::vector<std::string>{"800.1.4.4", box, berkas, std::to_string(item + 1)}))
                << e.nama;
            EXPECT_EQ(f[5], "Dokumen Evaluasi Kinerja " + items[item].first + " a.n. " + e.nama);
            EXPECT_EQ((std::vector<std::string>{f[6], f[7], f[8], f[12], f[14]}),
                      (std::vector<std::string>{e.nip, e.nama, kSigningDate, items[item].second, kMaret}));
        }
    }
    // The berkas of the year, titled after the regime, in the Daftar Arsip Aktif.
    const std::string indeks = test::flat_text(month() / "arsip" / "indeks.pdf");
    for (const test::SampleEmployee& e : test::sample_staff()) {
        EXPECT_NE(indeks.find("Evaluasi Kinerja Tahun 2025 a.n. " + e.nama), std::string::npos) << e.nama;
    }
    EXPECT_EQ(indeks.find("Pengukuran Kinerja Tahun"), std::string::npos);
}

// DESIGN 8.2: the CSV and XML forms give byte-identical PDFs (and CSV files, workbooks and
// archive: every file of the month).
TEST_F(Regime2022Month, TheXmlFormGivesTheSameBytes) {
    const test::CliResult xml = run_period(sample2022_xml(), temp_->path() / "xml", kMaret);
    ASSERT_EQ(xml.code, exit_ok) << xml.out << xml.err;
    const std::vector<std::string> lines = test::lines_of(xml.out);
    ASSERT_EQ(lines.size(), 3u) << xml.out;
    EXPECT_EQ(lines[0], kDistribusiMaret);
    EXPECT_EQ(lines[1], kDistribusiTw1);
    EXPECT_EQ(xml.err, result_->err);
    const std::map<std::string, std::string> csv = test::snapshot(month());
    const std::map<std::string, std::string> from_xml = test::snapshot(temp_->path() / "xml" / kMaret);
    ASSERT_EQ(pdf_count(visible_files(temp_->path() / "xml" / kMaret)), pdf_count(expected_first_march()));
    for (const auto& [path, bytes] : csv) {
        const auto twin = from_xml.find(path);
        ASSERT_NE(twin, from_xml.end()) << path;
        EXPECT_TRUE(twin->second == bytes) << path << " differs";
    }
    EXPECT_EQ(from_xml.size(), csv.size());
}

// ---- January to March into one OUT: which SKPs are printed (DESIGN 8.4) ----

std::set<std::string> skp_printed(const fs::path& month) {
    std::set<std::string> nips;
    if (!fs::exists(month / "skp")) return nips;
    for (const auto& entry : fs::directory_iterator(month / "skp")) nips.insert(entry.path().stem().string());
    return nips;
}

std::set<std::string> every_nip() {
    std::set<std::string> nips;
    for (const test::SampleEmployee& e : test::sample_staff()) nips.insert(e.nip);
    return nips;
}

// The sample with one target of Rahmadi's plan changed (his first indikator: 12 → 11).
void change_one_target(const fs::path& data) {
    std::string skp = test::read_file(data / "skp-2025.csv");
    const std::size_t row = skp.find("198712122010011008;utama;");
    ASSERT_NE(row, std::string::npos);
    const std::size_t end = skp.find('\r', row);
    std::string line = skp.substr(row, end - row);
    std::vector<std::size_t> semicolons;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == ';') semicolons.push_back(i);
    }
    ASSERT_GE(semicolons.size(), 7u);
    const std::string target = line.substr(semicolons[5] + 1, semicolons[6] - semicolons[5] - 1);
    ASSERT_FALSE(target.empty());
    line.replace(semicolons[5] + 1, target.size(), "1" + target);
    skp.replace(row, end - row, line);
    test::write_file(data / "skp-2025.csv", skp);
}

TEST(Regime2022Months, AnSkpIsPrintedWhenNewOrChangedOrAskedFor) {
    KINERJA_SKIP_IN_SANITIZED_RUN(
        "the Regime2022Month fixture's run four times over; the register of printed SKPs is "
        "sanitized in tests/archive/printed_skp_test.cpp");
    const test::TempDir temp("kinerja-regime2022-months");
    const fs::path out = temp.path() / "out";
    for (const char* period : {"2025-01", "2025-02", kMaret}) {
        const test::CliResult r = run_period(sample2022(), out, period);
        ASSERT_EQ(r.code, exit_ok) << period << "\n" << r.err;
    }
    EXPECT_EQ(skp_printed(out / "2025-01"), every_nip());
    EXPECT_EQ(skp_printed(out / "2025-02"), std::set<std::string>{});
    EXPECT_EQ(skp_printed(out / kMaret), std::set<std::string>{});
    EXPECT_EQ(test::flat_text(out / "2025-02" / "cetak.pdf").find("SASARAN KINERJA PEGAWAI"), std::string::npos);
    // A re-run of March prints none; --all-skp prints them all.
    ASSERT_EQ(run_period(sample2022(), out, kMaret).code, exit_ok);
    EXPECT_EQ(skp_printed(out / kMaret), std::set<std::string>{});
    ASSERT_EQ(run_period(sample2022(), out, kMaret, {"--all-skp"}).code, exit_ok);
    EXPECT_EQ(skp_printed(out / kMaret), every_nip());
    EXPECT_NE(test::flat_text(out / kMaret / "cetak.pdf").find("SASARAN KINERJA PEGAWAI"), std::string::npos);
    // One target changed: exactly that employee's SKP again, on every re-run of the month.
    const fs::path data = temp.path() / "data";
    fs::copy(sample2022(), data, fs::copy_options::recursive);
    change_one_target(data);
    for (int run = 0; run < 2; ++run) {
        const test::CliResult r = run_period(data, out, kMaret);
        ASSERT_EQ(r.code, exit_ok) << r.err;
        EXPECT_EQ(skp_printed(out / kMaret), std::set<std::string>{"198712122010011008"}) << "run " << run + 1;
    }
    // The year's evaluations in one berkas per employee: January, February, then March's two.
    const test::CliResult verify = test::cli({"archive", "verify", "--out", out.string()});
    EXPECT_EQ(verify.code, exit_ok) << verify.out << verify.err;
    const test::CliResult list = test::cli({"archive", "list", "--out", out.string()});
    const std::vector<std::string> rows = test::lines_of(list.out);
    std::vector<std::string> camat;
    for (const std::string& row : rows) {
        const std::vector<std::string> f = csv_fields(row);
        if (f.size() == 15 && f[6] == "196906272001121003") camat.push_back(f[3] + "/" + f[4] + " " + f[5]);
    }
    EXPECT_EQ(camat, (std::vector<std::string>{
                         "1/1 Dokumen Evaluasi Kinerja Januari 2025 a.n. H. Hammad Arsyad, SP",
                         "1/2 Dokumen Evaluasi Kinerja Februari 2025 a.n. H. Hammad Arsyad, SP",
                         "1/3 Dokumen Evaluasi Kinerja Maret 2025 a.n. H. Hammad Arsyad, SP",
                         "1/4 Dokumen Evaluasi Kinerja Triwulan I 2025 a.n. H. Hammad Arsyad, SP"}))
        << list.out;
}

// ---- the office's own templates/regulasi-2022.xml (DESIGN 8.3) ----

// The shipped rules with `from` replaced by `to` (which must be there once), as the office's
// own file in `data`/templates/; returns the line of the change.
int own_rules(const fs::path& data, const std::string& from, const std::string& to) {
    std::string rules = test::read_file(test::source_dir() / "templates" / "regulasi-2022.xml");
    const std::size_t at = rules.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    EXPECT_EQ(rules.find(from, at + 1), std::string::npos) << from;
    if (at == std::string::npos) return 0;
    rules.replace(at, from.size(), to);
    fs::create_directories(data / "templates");
    test::write_file(data / "templates" / "regulasi-2022.xml", rules);
    return static_cast<int>(std::count(rules.begin(), rules.begin() + static_cast<std::ptrdiff_t>(at), '\n')) + 1;
}

// The rekap row of `nip` in `csv`.
std::string rekap_row(const std::string& csv, const std::string& nip) {
    for (const std::string& line : test::lines_of(csv)) {
        if (line.rfind(nip + ",", 0) == 0) return line;
    }
    return "";
}

TEST(Regime2022Rules, TheOfficesOwnRulesChangeTheResult) {
    const test::TempDir temp("kinerja-regime2022-rules");
    const fs::path data = temp.path() / "data";
    fs::copy(sample2022(), data, fs::copy_options::recursive);

    // Pola Baik without its minimum: March is no longer reported.
    own_rules(data, "<aturan predikat=\"Butuh Perbaikan, Kurang/Misconduct\" paling-sedikit=\"1\"/>",
              "<aturan predikat=\"Butuh Perbaikan, Kurang/Misconduct\" paling-sedikit=\"0\"/>");
    const test::CliResult pola = run_period(data, temp.path() / "pola", kMaret);
    EXPECT_EQ(pola.code, exit_ok) << pola.err;
    EXPECT_EQ(pola.err, "");
    EXPECT_NE(pola.out.find("distribusi Maret 2025 (capaian organisasi Baik, 14 pegawai): Sangat Baik 5, Baik 9, "
                            "Butuh Perbaikan 0, Kurang/Misconduct 0, Sangat Kurang 0: sesuai pola\n"),
              std::string::npos)
        << pola.out;

    // Sesuai × Di Atas made Sangat Baik: Siti Rahmah (March) and Ahmad Syarifuddin (fungsional:
    // 150 instead of 100) rise, the rest stays.
    own_rules(data, "<sel hasil-kerja=\"Sesuai Ekspektasi\" perilaku=\"Di Atas Ekspektasi\">Baik</sel>",
              "<sel hasil-kerja=\"Sesuai Ekspektasi\" perilaku=\"Di Atas Ekspektasi\">Sangat Baik</sel>");
    const test::CliResult matrix = run_period(data, temp.path() / "matrix", kMaret);
    EXPECT_EQ(matrix.code, exit_ok) << matrix.err;
    const std::string rekap = test::read_file(temp.path() / "matrix" / kMaret / "rekap.csv");
    EXPECT_EQ(rekap_row(rekap, "198104152006042005"),
              "198104152006042005,\"Siti Rahmah, S.E.\",Sesuai Ekspektasi,Di Atas Ekspektasi,Sangat Baik,");
    EXPECT_EQ(rekap_row(rekap, "198611302010121004"),
              "198611302010121004,\"Ahmad Syarifuddin, S.Sos., M.AP.\",Sesuai Ekspektasi,Di Atas Ekspektasi,"
              "Sangat Baik,150");
    std::size_t changed = 0;
    for (const std::string& line : test::lines_of(kRekapMaret)) changed += rekap.find(line + "\n") == std::string::npos;
    EXPECT_EQ(changed, 2u) << rekap;

    // A broken rules file: its line, exit 1, nothing written (a file that cannot be used).
    const int line = own_rules(data, "perilaku=\"Di Atas Ekspektasi\">Baik</sel>",
                               "perilaku=\"Di Atas Ekspektasi\">Bagus Sekali</sel>");
    const test::CliResult broken = run_period(data, temp.path() / "broken", kMaret);
    EXPECT_EQ(broken.code, exit_problems);
    const std::string reported = "templates/regulasi-2022.xml:" + std::to_string(line) +
                                 ": sel: predikat tidak dikenal: \"Bagus Sekali\"";
    EXPECT_NE(broken.err.find(reported), std::string::npos) << broken.err;
    EXPECT_FALSE(fs::exists(temp.path() / "broken" / kMaret));
    const test::CliResult check = test::cli({"check", data.string(), "--period", kMaret});
    EXPECT_EQ(check.code, exit_problems);
    EXPECT_NE(check.err.find(reported), std::string::npos) << check.err;
}

// ---- DESIGN 8.5: check and run report the same problems ----

// A CSV file of the sample as its rows (Windows line ends), to break and write back.
class CsvRows {
public:
    explicit CsvRows(fs::path path) : path_(std::move(path)) {
        const std::string text = test::read_file(path_);
        for (std::size_t at = 0; at < text.size();) {
            const std::size_t end = text.find("\r\n", at);
            rows_.push_back(text.substr(at, end - at));
            at = end == std::string::npos ? text.size() : end + 2;
        }
    }
    ~CsvRows() {
        std::string text;
        for (const std::string& row : rows_) text += row + "\r\n";
        test::write_file(path_, text);
    }
    CsvRows(const CsvRows&) = delete;
    CsvRows& operator=(const CsvRows&) = delete;

    // Sets field `index` of the `nth` row starting with `prefix`.
    void set(const std::string& prefix, std::size_t index, const std::string& value, int nth = 0) {
        for (std::string& row : rows_) {
            if (row.rfind(prefix, 0) != 0 || nth-- > 0) continue;
            std::vector<std::string> fields(1);
            for (const char c : row) {
                if (c == ';') {
                    fields.emplace_back();
                } else {
                    fields.back() += c;
                }
            }
            fields.at(index) = value;
            row = fields[0];
            for (std::size_t i = 1; i < fields.size(); ++i) row += ";" + fields[i];
            return;
        }
        ADD_FAILURE() << "no row " << prefix;
    }
    void remove(const std::string& prefix) {
        std::erase_if(rows_, [&](const std::string& row) { return row.rfind(prefix, 0) == 0; });
    }
    void append(const std::string& row) { rows_.push_back(row); }
    const std::string& first(const std::string& prefix) const {
        static const std::string none;
        for (const std::string& row : rows_) {
            if (row.rfind(prefix, 0) == 0) return row;
        }
        return none;
    }
    // The line of the last row that is `row`, 0 when there is none.
    int last_line(const std::string& row) const {
        for (std::size_t i = rows_.size(); i > 0; --i) {
            if (rows_[i - 1] == row) return static_cast<int>(i);
        }
        return 0;
    }
    // The line of the first row starting with `prefix` (or being it), 0 when there is none.
    int line(const std::string& prefix) const {
        for (std::size_t i = 0; i < rows_.size(); ++i) {
            if (rows_[i].rfind(prefix, 0) == 0) return static_cast<int>(i) + 1;
        }
        return 0;
    }

private:
    fs::path path_;
    std::vector<std::string> rows_;
};

// Employees of the sample by role in the broken folder below.
const std::string kCamat = "196906272001121003", kSekcam = "197503122000031002", kSiti = "198104152006042005",
                  kNoor = "197908232005011004", kRusdiansyah = "197711052003121006", kMaruf = "198202172008011003",
                  kNorhayati = "197806302002122001", kFauzi = "198309092009031007", kRahmadi = "198712122010011008",
                  kNurul = "199005212014022002", kFitriani = "198806142011012009", kHendra = "199103072019031004",
                  kNoorAina = "199508182017122003", kRidha = "199210252019031005", kSyarifuddin = "198611302010121004";
const std::string kStranger = "197001012000031001";  // in no pegawai.csv

// One problem expected: where, and words of its message.
struct Expected {
    std::string where;  // "FILE:LINE: field:"
    std::string words;
};

std::string at(const std::string& file, int line, const std::string& field) {
    return file + ":" + std::to_string(line) + ": " + field + ":";
}

// skp-2025.csv with one problem of each kind of 8.5. A plan with a problem is left out whole
// (its realisasi and penilaian with it, silently), so the problems of realisasi and penilaian
// below are given to employees whose plans stay whole.
std::vector<Expected> break_plans(const fs::path& data) {
    const std::string f = "skp-2025.csv";
    CsvRows skp(data / f);
    for (int i = 0; i < 6; ++i) skp.set(kSyarifuddin + ";utama;", 1, "tambahan");  // no utama left
    skp.remove(kFitriani + ";");                                                    // no plan at all
    // An ekspektasi too long for a page: found only by laying the SKP and Evaluasi out.
    std::string words;
    for (int i = 0; i < 420; ++i) words += "Sangat panjang sekali ";
    skp.set(kSiti + ";ekspektasi;", 8, words);
    const std::vector<std::pair<std::string, Expected>> appended{
        {kRahmadi + ";lampiran;;;;;;;Sesuatu", {"jenis", "jenis tidak dikenal: \"lampiran\""}},
        {kRahmadi + ";tambahan;;Terlaksananya tugas lain;jumlah;Jumlah tugas lain;1 Kegiatan;;",
         {"aspek", "aspek tidak dikenal: \"jumlah\""}},
        {kRahmadi + ";ekspektasi;;;;;;jujur;Selalu jujur", {"perilaku", "perilaku tidak dikenal: \"jujur\""}},
        {kNurul + ";tambahan;;Terlaksananya tugas tambahan;kuantitas;Jumlah tugas tambahan;;;",
         {"target", "indikator tanpa target"}},
        {kNurul + ";utama;;Terlaksananya RHK tanpa atasan;kuantitas;Jumlah sesuatu;1 Dokumen;;",
         {"rhk_atasan", "wajib diisi untuk RHK utama"}},
        {kNurul + ";utama;;Terprosesnya usulan layanan kepegawaian;kuantitas;Jumlah usulan yang lain;5 Berkas;;",
         {"aspek", "aspek Kuantitas sudah ada di RHK ini"}},
        {kHendra + ";utama;;Tersedianya data capaian kinerja kecamatan;;Jumlah data tanpa aspek;1 Laporan;;",
         {"aspek", "aspek kosong, padahal baris"}},
        {kRidha + ";utama;Membangun jembatan;Terbangunnya jembatan desa;kuantitas;Jumlah jembatan;1 Unit;;",
         {"rhk_atasan", "\"Membangun jembatan\" bukan RHK atasan"}},
        {kFauzi + ";utama;Meningkatnya kualitas pelayanan publik;Terkoordinasinya penyaluran program kesejahteraan "
                  "sosial;biaya;Anggaran penyaluran;Rp 1.000.000;;",
         {"rhk_atasan", "RHK ini sudah diberi rhk_atasan lain"}},
        {kNorhayati + ";ekspektasi;;;;;;kolaboratif;Ekspektasi kedua", {"perilaku", "ekspektasi Kolaboratif sudah ada"}},
        {kNorhayati + ";dukungan;;;;;;;", {"uraian", "wajib diisi"}},
        {kNorhayati + ";utama;;Terevaluasinya rancangan APB Desa;biaya;Persentase APB Desa yang ditetapkan sesuai hasil "
                      "evaluasi;Rp 1;;",
         {"indikator", "indikator ini sudah ada di RHK ini"}},
        {kStranger + ";tambahan;;RHK orang lain;kuantitas;Jumlah;1 Kegiatan;;",
         {"nip", "pegawai 19700101 200003 1 001 tidak ada di pegawai.csv"}},
    };
    for (const auto& [row, expected] : appended) skp.append(row);
    std::vector<Expected> problems;
    for (const auto& [row, expected] : appended) {
        problems.push_back({at(f, skp.last_line(row), expected.where), expected.words});
    }
    problems.push_back({at(f, skp.line(kSyarifuddin + ";"), "jenis"), "tidak ada RHK utama untuk NIP"});
    problems.push_back({at("pegawai.csv", 12, "nip"), "peringatan: tidak ada SKP tahun 2025 untuk NIP 19880614"});
    problems.push_back({at("pegawai.csv", 4, "skp"), "SKP tidak dapat dibuat: tata letak:"});
    problems.push_back({at("pegawai.csv", 4, "evaluasi"), "evaluasi kinerja Triwulan I 2025 tidak dapat dibuat"});
    return problems;
}

std::vector<Expected> break_realisasi(const fs::path& data) {
    const std::string f = "realisasi-2025-03.csv";
    CsvRows realisasi(data / f);
    std::vector<Expected> problems;
    realisasi.set(kCamat + ";bulanan;", 3, "Jumlah laporan yang tidak ada di SKP");
    problems.push_back({at(f, realisasi.line(kCamat + ";bulanan;"), "indikator"),
                        "realisasi untuk indikator yang tidak ada di SKP"});
    // The indikator Ma'ruf Hidayat's plan has in two RHK, without the rhk that chooses one.
    const std::string chosen = kMaruf + ";bulanan;Terkoordinasinya";
    const int ambiguous = realisasi.line(chosen);
    realisasi.set(chosen, 2, "");
    problems.push_back({at(f, ambiguous, "rhk"), "ada di 2 RHK; isi rhk"});
    realisasi.set(kSiti + ";bulanan;", 4, "");
    problems.push_back({at(f, realisasi.line(kSiti + ";bulanan;"), "realisasi"), "wajib diisi"});
    const std::string stranger = kStranger + ";bulanan;;Jumlah laporan;1 Laporan;;";
    const std::string twice = realisasi.first(kNoor + ";bulanan;");
    realisasi.append(stranger);
    realisasi.append(twice);
    problems.push_back({at(f, realisasi.last_line(stranger), "nip"), "pegawai 19700101 200003 1 001 tidak ada"});
    problems.push_back({at(f, realisasi.last_line(twice), "indikator"),
                        "sudah ada di baris " + std::to_string(realisasi.line(twice))});
    problems.push_back({at(f, realisasi.line(kRusdiansyah + ";triwulanan;"), "nip"),
                        "realisasi tanpa penilaian: tidak ada penilaian triwulanan"});
    problems.push_back({at(f, realisasi.line(kFitriani + ";bulanan;"), "nip"),
                        "ada realisasi tetapi tidak ada SKP tahun 2025"});
    return problems;
}

std::vector<Expected> break_penilaian(const fs::path& data) {
    const std::string f = "penilaian-2025-03.csv";
    CsvRows penilaian(data / f);
    std::vector<Expected> problems;
    // Rusdiansyah's triwulanan row made a second bulanan: his triwulanan realisasi has none.
    const int repeated = penilaian.line(kRusdiansyah + ";triwulanan;");
    penilaian.set(kRusdiansyah + ";triwulanan;", 1, "bulanan");
    problems.push_back({at(f, repeated, "evaluasi"), "penilaian bulanan NIP 19771105 200312 1 006 sudah ada"});
    penilaian.set(kNoorAina + ";bulanan;", 3, "luar biasa");
    problems.push_back({at(f, penilaian.line(kNoorAina + ";bulanan;"), "rating_perilaku"),
                        "rating tidak dikenal: \"luar biasa\""});
    penilaian.set(kNoorAina + ";triwulanan;", 2, "");
    problems.push_back({at(f, penilaian.line(kNoorAina + ";triwulanan;"), "rating_hasil_kerja"), "wajib diisi"});
    const std::string tahunan = kSekcam + ";tahunan;Sesuai Ekspektasi;Sesuai Ekspektasi;;;;;;;;";
    const std::string mingguan = kSiti + ";mingguan;Sesuai Ekspektasi;Sesuai Ekspektasi;;;;;;;;";
    penilaian.append(tahunan);
    penilaian.append(mingguan);
    problems.push_back({at(f, penilaian.last_line(tahunan), "evaluasi"), "evaluasi tahunan tidak untuk periode 2025-03"});
    problems.push_back({at(f, penilaian.last_line(mingguan), "evaluasi"), "evaluasi tidak dikenal: \"mingguan\""});
    problems.push_back({at(f, penilaian.line(kFitriani + ";bulanan;"), "nip"),
                        "ada penilaian tetapi tidak ada SKP tahun 2025"});
    return problems;
}

std::vector<Expected> break_instansi(const fs::path& data) {
    std::string instansi = test::read_file(data / "instansi.xml");
    const std::string januari = "<capaian-organisasi periode=\"2025-01\">Baik<";
    instansi.replace(instansi.find(januari), januari.size(), "<capaian-organisasi periode=\"2025-01\">Bagus<");
    const std::size_t end = instansi.find("</instansi>");
    const int last = static_cast<int>(std::count(instansi.begin(), instansi.begin() + static_cast<std::ptrdiff_t>(end), '\n')) + 1;
    instansi.insert(end, "  <capaian-organisasi periode=\"2025-TW5\">Baik</capaian-organisasi>\n"
                         "  <capaian-organisasi periode=\"2025-02\">Baik</capaian-organisasi>\n");
    test::write_file(data / "instansi.xml", instansi);
    return {{at("instansi.xml", capaian_line("2025-01"), "capaian-organisasi"), "capaian organisasi tidak dikenal"},
            {at("instansi.xml", last, "periode"), "periode tidak valid: \"2025-TW5\""},
            {at("instansi.xml", last + 1, "periode"),
             "capaian organisasi Februari 2025 sudah ada di baris " + std::to_string(capaian_line("2025-02"))}};
}

// The lines of stderr that name a problem or a warning (not kinerja's own notes).
std::set<std::string> reported_lines(const std::string& err) {
    std::set<std::string> lines;
    for (const std::string& line : test::lines_of(err)) {
        if (line.rfind("kinerja:", 0) != 0 && line.rfind("arsip:", 0) != 0) lines.insert(line);
    }
    return lines;
}

TEST(Regime2022CheckAndRun, ReportTheSameProblemsOfEveryKind) {
    const test::TempDir temp("kinerja-regime2022-check-run");
    const fs::path data = temp.path() / "data";
    fs::copy(sample2022(), data, fs::copy_options::recursive);
    std::vector<Expected> expected = break_plans(data);
    for (auto* part : {&break_realisasi, &break_penilaian, &break_instansi}) {
        for (Expected& e : part(data)) expected.push_back(std::move(e));
    }

    const test::CliResult check = test::cli({"check", data.string(), "--period", kMaret});
    const test::CliResult run = run_period(data, temp.path() / "out", kMaret);
    EXPECT_EQ(check.code, exit_problems) << check.err;
    EXPECT_EQ(run.code, exit_problems) << run.err;
    const std::set<std::string> checked = reported_lines(check.err);
    EXPECT_EQ(checked, reported_lines(run.err)) << "check:\n" << check.err << "run:\n" << run.err;
    for (const Expected& e : expected) {
        const bool found = std::any_of(checked.begin(), checked.end(), [&](const std::string& line) {
            return line.rfind(e.where + " ", 0) == 0 && line.find(e.words) != std::string::npos;
        });
        EXPECT_TRUE(found) << "no \"" << e.where << " …" << e.words << "…\" in\n" << check.err;
    }
}

}  // namespace
}  // namespace kinerja::regime2022_run_test
