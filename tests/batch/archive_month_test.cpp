// The archive step of a month (MonthArchive::file_month) with the real MonthStaging, and the
// commands `kinerja archive list` and `kinerja archive verify`.
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <sstream>

#include "archive/file_hash.hpp"
#include "batch/archive_commands.hpp"
#include "batch/cli.hpp"
#include "batch/output_folder.hpp"
#include "load/data_folder.hpp"
#include "load/io_error.hpp"
#include "model/build.hpp"
#include "test_support.hpp"

namespace kinerja {
namespace {

namespace fs = std::filesystem;

using test::CliResult;
using test::cli;

// The sample office, fonts and archive templates: loaded once.
struct Office {
    DataSet data;
    render::FontFiles font_files = render::bundled_font_files((test::source_dir() / "fonts").string());
    std::optional<layout::FontBook> fonts;
    layout::FileInfo info{"kinerja test", "2024-03-31"};
    std::optional<compose::ArsipIndeksTemplate> indeks;
    std::optional<compose::ArsipLabelTemplate> label;

    Office() {
        Diagnostics diags;
        MemoryFileSource files = test::memory_copy(test::sample_dir());
        data = *build_dataset(load_data_folder(files, "2024-03", diags), diags).data;
        std::map<layout::Face, std::string> ttf;
        for (int i = 0; i < layout::face_count; ++i) {
            auto face = static_cast<layout::Face>(i);
            ttf[face] = test::read_file(font_files.path(face));
        }
        fonts.emplace(std::move(ttf));
        const fs::path templates = test::source_dir() / "templates";
        indeks = compose::ArsipIndeksTemplate::load(test::read_file(templates / "arsip-indeks.xml"),
                                                    "templates/arsip-indeks.xml", diags);
        label = compose::ArsipLabelTemplate::load(test::read_file(templates / "arsip-label-box.xml"),
                                                  "templates/arsip-label-box.xml", diags);
        EXPECT_TRUE(diags.empty());
    }
};

class ArchiveMonth : public ::testing::Test {
protected:
    static void SetUpTestSuite() { office_ = new Office; }
    static void TearDownTestSuite() {
        delete office_;
        office_ = nullptr;
    }
    static Office* office_;

    test::TempDir dir{"kinerja-archive-month"};
    fs::path out = dir.path() / "out";

    static std::string pengukuran_bytes(const Pegawai& p, const std::string& version) {
        return "%PDF-1.4 pengukuran " + p.nip.digits + " " + version;
    }

    // A month as run_job files it: the first `count` employees' pengukuran and a rekap.csv,
    // then the archive step. Returns the outcome.
    ArchiveOutcome file_march(std::size_t count, const std::string& version = "1",
                              std::function<void(std::string_view)> checkpoint = {}) {
        MonthArchive archive = MonthArchive::open(out);
        MonthStaging staging(out, "2024-03");
        if (checkpoint) staging.set_checkpoint(std::move(checkpoint));
        std::vector<archive::FileRecord> files;
        std::vector<archive::Filing> filings;
        for (std::size_t i = 0; i < count; ++i) {
            const Pegawai& p = office_->data.pegawai.at(i);
            const std::string path = "pengukuran/" + p.nip.digits + ".pdf";
            files.push_back(stage_file(staging, path, pengukuran_bytes(p, version), 9));
            filings.push_back(archive::Filing{p.nip, p.nama_lengkap(), path, 3, files.back().sha256});
        }
        files.push_back(stage_file(staging, "rekap.csv", "nip,nama\n", 0));
        ArchiveMonthInput input{office_->data,
                                Period{2024, 3},
                                Date{2024, 3, 31},
                                filings,
                                files,
                                *office_->indeks,
                                *office_->label,
                                PdfTools{*office_->fonts, office_->font_files, office_->info},
                                nullptr,
                                {},
                                {}};
        return archive.file_month(staging, input);
    }

    fs::path month() const { return out / "2024-03"; }
};
Office* ArchiveMonth::office_ = nullptr;

TEST(ArchiveFolders, MonthStagingUsesTheFolderNamesTheRegisterRecoversFrom) {
    test::TempDir dir("kinerja-archive-folders");
    MonthStaging staging(dir.path(), "2024-03");
    const archive::MonthFolders f = archive::month_folders(dir.path(), "2024-03");
    EXPECT_EQ(staging.staging(), f.staging);
    EXPECT_EQ(staging.final_dir(), f.month);
}

TEST_F(ArchiveMonth, IndeksCsvHoldsTheMonthsItems) {
    file_march(3);
    const auto sha = [&](std::size_t i) {
        return archive::sha256_hex(pengukuran_bytes(office_->data.pegawai.at(i), "1"));
    };
    EXPECT_EQ(test::read_file(month() / "arsip" / "indeks.csv"),
              "no,kode_klasifikasi,box,berkas,item,uraian,nip,nama,tanggal,halaman,retensi_aktif,retensi_inaktif,file,sha256\n"
              "1,800.1.4.4,1,1,1,\"Pengukuran Kinerja Maret 2024 a.n. H. Hammad Arsyad, SP\",196906272001121003,"
              "\"H. Hammad Arsyad, SP\",2024-03-31,3,2,3,pengukuran/196906272001121003.pdf," + sha(0) + "\n"
              "2,800.1.4.4,1,2,1,\"Pengukuran Kinerja Maret 2024 a.n. Ahmad Rizani, S.Sos., M.Si.\",197503122000031002,"
              "\"Ahmad Rizani, S.Sos., M.Si.\",2024-03-31,3,2,3,pengukuran/197503122000031002.pdf," + sha(1) + "\n"
              "3,800.1.4.4,1,3,1,\"Pengukuran Kinerja Maret 2024 a.n. Siti Rahmah, S.E.\",198104152006042005,"
              "\"Siti Rahmah, S.E.\",2024-03-31,3,2,3,pengukuran/198104152006042005.pdf," + sha(2) + "\n");
}

TEST_F(ArchiveMonth, WritesIndexLabelsAndManifestAndRegistersEveryFile) {
    ArchiveOutcome done = file_march(15);
    for (const char* file :
         {"arsip/indeks.csv", "arsip/indeks.xlsx", "arsip/indeks.pdf", "arsip/label-box.pdf", "manifest.csv"}) {
        EXPECT_TRUE(fs::is_regular_file(month() / file)) << file;
    }
    EXPECT_FALSE(fs::exists(out / ".2024-03.tmp"));
    EXPECT_TRUE(fs::is_regular_file(month() / archive::marker_file_name));
    EXPECT_EQ(done.plan.boxes.size(), 2u);  // kapasitas-box 10: berkas 1-10, 11-15

    // manifest.csv: every file of the month but itself, by path, with its real size and hash.
    const std::string manifest = test::read_file(month() / "manifest.csv");
    std::istringstream lines(manifest);
    std::string line;
    std::getline(lines, line);
    EXPECT_EQ(line, "path,bytes,pages,sha256");
    std::vector<std::string> paths;
    std::map<std::string, std::string> pages;
    while (std::getline(lines, line)) {
        std::vector<std::string> f;
        std::stringstream fields(line);
        for (std::string part; std::getline(fields, part, ',');) f.push_back(part);
        ASSERT_EQ(f.size(), 4u) << line;
        const std::string bytes = test::read_file(month() / f[0]);
        EXPECT_EQ(f[1], std::to_string(bytes.size())) << f[0];
        EXPECT_EQ(f[3], archive::sha256_hex(bytes)) << f[0];
        paths.push_back(f[0]);
        pages[f[0]] = f[2];
    }
    EXPECT_TRUE(std::is_sorted(paths.begin(), paths.end()));
    EXPECT_EQ(paths.size(), 15u + 5u);  // pengukuran, rekap.csv, indeks.csv/.xlsx/.pdf, label-box.pdf
    EXPECT_EQ(std::count(paths.begin(), paths.end(), "manifest.csv"), 0);
    EXPECT_EQ(pages["arsip/label-box.pdf"], "1");  // two labels on one page
    EXPECT_EQ(pages["arsip/indeks.pdf"], "3");     // 15 berkas and 15 items on F4 landscape
    EXPECT_EQ(pages["arsip/indeks.csv"], "0");
    EXPECT_EQ(pages["pengukuran/" + office_->data.pegawai.at(0).nip.digits + ".pdf"], "9");

    // The register holds all of them, manifest.csv included.
    archive::Register reg = archive::Register::open(out);
    EXPECT_EQ(reg.files(Period{2024, 3}).size(), 15u + 6u);
    EXPECT_EQ(reg.list(), done.plan.entries);
    EXPECT_TRUE(reg.verify().problems.empty());
}

TEST_F(ArchiveMonth, ReRunKeepsEveryNumber) {
    ArchiveOutcome a = file_march(4, "1");
    ArchiveOutcome b = file_march(4, "2");
    ASSERT_EQ(a.plan.entries.size(), b.plan.entries.size());
    for (std::size_t i = 0; i < a.plan.entries.size(); ++i) {
        EXPECT_EQ(a.plan.entries[i].berkas, b.plan.entries[i].berkas);
        EXPECT_EQ(a.plan.entries[i].item, b.plan.entries[i].item);
        EXPECT_NE(a.plan.entries[i].sha256, b.plan.entries[i].sha256);
    }
    EXPECT_EQ(cli({"archive", "verify", "--out", out.string()}).code, exit_ok);
}

// The new month is in place, then something fails (the sync of OUT after the rename): the
// filing stays pending and the next opening of the register finishes it, since the folder
// holds its marker. It is never dropped, which would leave the register on the old month while
// the folder holds the new one.
TEST_F(ArchiveMonth, AFailureAfterTheRenameLeavesTheFilingForTheNextRunToFinish) {
    file_march(3, "1");
    const auto fail_after_rename = [](std::string_view point) {
        if (point == "after-rename") throw IoError("gagal menyimpan ke disk: uji");
    };
    EXPECT_THROW(file_march(3, "2", fail_after_rename), IoError);
    const Pegawai& first = office_->data.pegawai.at(0);
    EXPECT_EQ(test::read_file(month() / "pengukuran" / (first.nip.digits + ".pdf")), pengukuran_bytes(first, "2"));

    archive::Register reg = archive::Register::open(out);
    ASSERT_EQ(reg.recovered().size(), 1u);
    EXPECT_EQ(reg.recovered().front().action, archive::Recovery::Action::finished);
    EXPECT_TRUE(reg.verify().problems.empty());
    EXPECT_EQ(reg.list().front().sha256, archive::sha256_hex(pengukuran_bytes(first, "2")));
}

// Every field of the indeks record in its column (the one table in archive_commands.cpp):
// names, order and how each is written, with a value in each that no other field has.
TEST(IndeksCsv, EveryFieldInItsColumn) {
    const compose::ArsipEntry e{Period{2024, 3}, 7, "800.1.4.4", 2, 13, 4, "Pengukuran Kinerja Maret 2024 a.n. X",
                                Nip{"199508182017122003"}, "'=X, S.E.", Date{2024, 3, 28}, 5, 6, 9,
                                "pengukuran/199508182017122003.pdf", std::string(64, 'a')};
    const std::string header = "no,kode_klasifikasi,box,berkas,item,uraian,nip,nama,tanggal,halaman,retensi_aktif,"
                               "retensi_inaktif,file,sha256";
    const std::string row = "7,800.1.4.4,2,13,4,Pengukuran Kinerja Maret 2024 a.n. X,199508182017122003,\"''=X, "
                            "S.E.\",2024-03-28,5,6,9,pengukuran/199508182017122003.pdf," + std::string(64, 'a');
    EXPECT_EQ(indeks_csv({e}), header + "\n" + row + "\n");
    EXPECT_EQ(register_csv({e}), header + ",periode\n" + row + ",2024-03\n");
}

TEST_F(ArchiveMonth, ListPrintsTheRegisterAsCsv) {
    ArchiveOutcome done = file_march(2);
    CliResult all = cli({"archive", "list", "--out", out.string()});
    EXPECT_EQ(all.code, exit_ok) << all.err;
    EXPECT_EQ(all.err, "");
    EXPECT_EQ(all.out, register_csv(done.plan.entries));
    // The indeks.csv rows with the periode after them.
    const std::string indeks = test::read_file(month() / "arsip" / "indeks.csv");
    std::istringstream a(all.out), b(indeks);
    std::string la, lb;
    std::getline(a, la);
    std::getline(b, lb);
    EXPECT_EQ(la, lb + ",periode");
    while (std::getline(b, lb)) {
        ASSERT_TRUE(std::getline(a, la));
        EXPECT_EQ(la, lb + ",2024-03");
    }

    CliResult april = cli({"archive", "list", "--out", out.string(), "--period", "2024-04"});
    EXPECT_EQ(april.code, exit_ok);
    EXPECT_EQ(april.out, register_csv({}));
    EXPECT_EQ(cli({"archive", "list", "--out", out.string(), "--period", "2024-13"}).code, exit_usage);
    EXPECT_EQ(cli({"archive", "list", "--out", out.string(), "extra"}).code, exit_usage);
    EXPECT_EQ(cli({"archive", "tampilkan"}).code, exit_usage);
    CliResult none = cli({"archive", "list", "--out", (dir.path() / "kosong").string()});
    EXPECT_EQ(none.code, exit_failure);
    EXPECT_NE(none.err.find("register arsip tidak ditemukan"), std::string::npos) << none.err;
}

// The 2022 regime's Dokumen Evaluasi, filed by hand as the run will file them: two items of one
// employee in March 2025, in indeks.csv by berkas then item; `archive rebuild` reads them back
// from indeks.csv (which names no kind: the uraian does) so that `archive list` is what it was
// and the berkas keeps its title.
TEST_F(ArchiveMonth, DokumenEvaluasiItemsComeBackFromIndeksCsv) {
    const Period maret{2025, 3};
    {
        MonthArchive archive = MonthArchive::open(out);
        MonthStaging staging(out, maret.iso());
        std::vector<archive::FileRecord> files;
        std::vector<archive::Filing> filings;
        for (std::size_t i = 0; i < 2; ++i) {
            const Pegawai& p = office_->data.pegawai.at(i);
            for (JenisEvaluasi jenis : {JenisEvaluasi::triwulanan, JenisEvaluasi::bulanan}) {
                const PeriodeEvaluasi ev = periode_evaluasi(jenis, maret).value();
                const std::string path = "dokumen-evaluasi/" + p.nip.digits + ev.suffix() + ".pdf";
                files.push_back(stage_file(staging, path, "%PDF-1.4 " + path, 2));
                filings.push_back(archive::Filing{p.nip, p.nama_lengkap(), path, 2, files.back().sha256, ev});
            }
        }
        ArchiveMonthInput input{office_->data, maret, Date{2025, 3, 31}, filings, files, *office_->indeks,
                                *office_->label, PdfTools{*office_->fonts, office_->font_files, office_->info},
                                nullptr, {}, {}};
        archive.file_month(staging, input);
    }
    const std::string indeks = test::read_file(out / "2025-03" / "arsip" / "indeks.csv");
    const std::string hammad = office_->data.pegawai.at(0).nip.digits;
    EXPECT_NE(indeks.find("\n1,800.1.4.4,1,1,1,\"Dokumen Evaluasi Kinerja Maret 2025 a.n. H. Hammad Arsyad, SP\"," +
                          hammad + ",\"H. Hammad Arsyad, SP\",2025-03-31,2,2,3,dokumen-evaluasi/" + hammad + ".pdf,"),
              std::string::npos)
        << indeks;
    EXPECT_NE(indeks.find("\n2,800.1.4.4,1,1,2,\"Dokumen Evaluasi Kinerja Triwulan I 2025 a.n. H. Hammad Arsyad, SP\"," +
                          hammad + ",\"H. Hammad Arsyad, SP\",2025-03-31,2,2,3,dokumen-evaluasi/" + hammad + "-tw1.pdf,"),
              std::string::npos)
        << indeks;
    const CliResult listed = cli({"archive", "list", "--out", out.string()});
    ASSERT_EQ(listed.code, exit_ok) << listed.err;

    fs::remove(out / archive::register_file_name);
    const CliResult rebuilt = cli({"archive", "rebuild", test::sample_dir().string(), "--out", out.string()});
    EXPECT_EQ(rebuilt.code, exit_ok) << rebuilt.err;
    EXPECT_EQ(cli({"archive", "list", "--out", out.string()}).out, listed.out);
    EXPECT_EQ(cli({"archive", "verify", "--out", out.string()}).code, exit_ok);
    archive::Register reg = archive::Register::open(out);
    const std::vector<compose::ArsipBerkas> berkas =
        reg.plan_month(Period{2025, 4}, Date{2025, 4, 30}, office_->data.instansi.arsip, {}).berkas;
    ASSERT_EQ(berkas.size(), 2u);
    EXPECT_EQ(berkas[0].uraian, "Evaluasi Kinerja Tahun 2025 a.n. H. Hammad Arsyad, SP");
    EXPECT_EQ(berkas[0].halaman, (std::vector<int>{2, 2}));
}

TEST_F(ArchiveMonth, VerifyIntact) {
    file_march(3);
    CliResult r = cli({"archive", "verify", "--out", out.string()});
    EXPECT_EQ(r.code, exit_ok) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(r.out, "semua 9 berkas terdaftar (1 bulan) utuh\n");
}

TEST_F(ArchiveMonth, VerifyNamesEachChangedAndMissingFile) {
    file_march(3);
    const std::string nip = office_->data.pegawai.at(1).nip.digits;
    {
        std::ofstream f(month() / "pengukuran" / (nip + ".pdf"), std::ios::app);
        f << "diubah";
    }
    fs::remove(month() / "arsip" / "label-box.pdf");
    CliResult r = cli({"archive", "verify", "--out", out.string()});
    EXPECT_EQ(r.code, exit_problems);
    EXPECT_EQ(r.err, (out / "2024-03" / "arsip" / "label-box.pdf").generic_string() + ": berkas hilang\n" +
                         (out / "2024-03" / "pengukuran" / (nip + ".pdf")).generic_string() + ": berkas berubah\n");
    EXPECT_EQ(r.out, "2 dari 9 berkas terdaftar (1 bulan) hilang atau berubah\n");
}

// list and verify only read: a filing a killed run left pending is named, not recovered; the
// next opening to write (a run) recovers it.
TEST_F(ArchiveMonth, ListAndVerifyLeaveAKilledRunToTheNextRun) {
    file_march(2);
    const archive::MonthFolders f = archive::month_folders(out, "2024-03");
    {
        // A re-run killed after recording its month as pending, before the rename.
        archive::Register reg = archive::Register::open(out);
        fs::create_directories(f.staging);
        archive::MonthPlan plan = reg.plan_month(Period{2024, 3}, Date{2024, 3, 31}, office_->data.instansi.arsip, {});
        reg.stage_month(plan, {}, f.staging);
    }
    const std::string pending = (out / "arsip.db").string() + ": pengarsipan bulan 2024-03 terputus dan belum dipulihkan";
    CliResult r = cli({"archive", "verify", "--out", out.string()});
    EXPECT_EQ(r.code, exit_problems);
    EXPECT_EQ(r.err.rfind(pending, 0), 0u) << r.err;
    EXPECT_EQ(r.out, "0 dari 0 berkas terdaftar (0 bulan) hilang atau berubah; 1 masalah lain\n");
    CliResult listed = cli({"archive", "list", "--out", out.string()});
    EXPECT_EQ(listed.code, exit_ok);
    EXPECT_EQ(listed.err.rfind(pending, 0), 0u) << listed.err;
    EXPECT_TRUE(fs::exists(f.staging / archive::marker_file_name));  // nothing recovered

    archive::Register reg = archive::Register::open(out);
    ASSERT_EQ(reg.recovered().size(), 1u);
    EXPECT_EQ(reg.recovered().front().message(),
              "arsip: pengarsipan bulan 2024-03 yang terputus dibatalkan; isi bulan itu tetap yang sebelumnya");
    EXPECT_TRUE(reg.verify().problems.empty());
}

}  // namespace
}  // namespace kinerja
