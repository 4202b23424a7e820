// The Dokumen Evaluasi Kinerja Pegawai filed under the 2022 regime (DESIGN 8.4 "Archive"):
// several items of one employee in one month, in the order bulanan, triwulanan, tahunan; a
// berkas titled after its first item, so one opened under PP 46 keeps its title; the register
// rebuilt row for row; a register of version 3 migrated. The filings are made by hand, as the
// run will make them.
#include <gtest/gtest.h>

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>

#include "archive/file_hash.hpp"
#include "archive/filing_text.hpp"
#include "archive/migrations.hpp"
#include "archive/numbering.hpp"
#include "archive/out_lock.hpp"
#include "archive/rebuild.hpp"
#include "archive/register.hpp"
#include "archive_test_support.hpp"

namespace kinerja::archive {
namespace {

namespace fs = std::filesystem;
using namespace Poco::Data::Keywords;
using compose::JenisArsip;

constexpr Period januari25{2025, 1};
constexpr Period maret25{2025, 3};
constexpr Period april25{2025, 4};

PeriodeEvaluasi evaluasi(JenisEvaluasi jenis, Period month) { return periode_evaluasi(jenis, month).value(); }

// One document to stage: employee n's pengukuran (no evaluasi) or Dokumen Evaluasi.
struct Doc {
    int employee = 0;
    std::optional<JenisEvaluasi> jenis;
};

// The month's files as the 2022 run stages them: dokumen-evaluasi/<NIP><S>.pdf per document
// (pengukuran/<NIP>.pdf for a PP 46 one), and rekap.csv.
test::StagedMonth stage(const fs::path& dir, Period period, const std::vector<Doc>& docs,
                        const std::string& version = "1") {
    test::StagedMonth m{period, {}, {}};
    for (const Doc& d : docs) {
        const Nip nip = test::test_nip(d.employee);
        std::optional<PeriodeEvaluasi> ev;
        if (d.jenis) ev = evaluasi(*d.jenis, period);
        const std::string rel = ev ? "dokumen-evaluasi/" + nip.digits + ev->suffix() + ".pdf"
                                   : "pengukuran/" + nip.digits + ".pdf";
        const std::string bytes = "%PDF " + rel + " " + period.iso() + " v" + version;
        test::write_file(dir / rel, bytes);
        m.files.push_back(describe_file(rel, bytes, 3));
        m.filings.push_back(Filing{nip, "Pegawai " + std::to_string(d.employee), rel, 3, m.files.back().sha256, ev});
    }
    test::write_file(dir / "rekap.csv", "nip\n");
    m.files.push_back(describe_file("rekap.csv", "nip\n", 0));
    return m;
}

constexpr auto bulanan = JenisEvaluasi::bulanan;
constexpr auto triwulanan = JenisEvaluasi::triwulanan;
constexpr auto tahunan = JenisEvaluasi::tahunan;

class EvaluasiFilingTest : public ::testing::Test {
protected:
    test::ScratchDir dir{"kinerja-evaluasi-filing-test"};
    fs::path out = dir.path() / "out";
    std::optional<Register> reg{Register::open(out)};

    // Files a whole month; returns it as its folder proves it (with an arsip/indeks.csv).
    FiledMonth file(Period period, const std::vector<Doc>& docs, const std::string& version = "1") {
        const MonthFolders f = month_folders(out, period.iso());
        fs::remove_all(f.staging);
        test::StagedMonth staged = stage(f.staging, period, docs, version);
        const std::string indeks = "indeks " + period.iso() + " v" + version;
        test::write_file(f.staging / "arsip" / "indeks.csv", indeks);
        staged.files.push_back(describe_file("arsip/indeks.csv", indeks, 0));
        MonthPlan plan = reg->plan_month(period, period.last_day(), test::test_arsip(10), staged.filings);
        last_plan = plan;
        PendingMonth pending = reg->stage_month(plan, staged.files, f.staging);
        test::rename_into_place(f);
        reg->commit_month(pending);
        return FiledMonth{period, reg->files(period), sha256_hex(indeks), reg->list(period), std::nullopt};
    }

    // The next month's Daftar Berkas: the berkas as the register now holds them.
    std::vector<compose::ArsipBerkas> daftar_berkas(Period next) {
        return reg->plan_month(next, next.last_day(), test::test_arsip(10), {}).berkas;
    }

    MonthPlan last_plan;
};

// "berkas/item uraian" of each entry, in index order.
std::vector<std::string> items(const std::vector<compose::ArsipEntry>& entries) {
    std::vector<std::string> out;
    for (const compose::ArsipEntry& e : entries) {
        out.push_back(std::to_string(e.berkas) + "/" + std::to_string(e.item) + " " + e.uraian);
    }
    return out;
}

std::vector<std::string> titles(const std::vector<compose::ArsipBerkas>& berkas) {
    std::vector<std::string> out;
    for (const compose::ArsipBerkas& b : berkas) out.push_back(std::to_string(b.berkas) + " " + b.uraian);
    return out;
}

TEST(EvaluasiFilingText, ItemAndBerkasWording) {
    Filing f{test::test_nip(1), "Dra. Siti", "dokumen-evaluasi/x-tw1.pdf", 2, std::string(64, 'a'),
             evaluasi(triwulanan, maret25)};
    EXPECT_EQ(item_uraian(f, maret25), "Dokumen Evaluasi Kinerja Triwulan I 2025 a.n. Dra. Siti");
    f.evaluasi = evaluasi(tahunan, Period{2025, 12});
    EXPECT_EQ(item_uraian(f, Period{2025, 12}), "Dokumen Evaluasi Kinerja Akhir Tahun 2025 a.n. Dra. Siti");
    f.evaluasi = evaluasi(bulanan, maret25);
    EXPECT_EQ(item_uraian(f, maret25), "Dokumen Evaluasi Kinerja Maret 2025 a.n. Dra. Siti");
    EXPECT_EQ(jenis_of_uraian(item_uraian(f, maret25)), JenisArsip::dokumen_evaluasi);
    f.evaluasi.reset();
    EXPECT_EQ(item_uraian(f, Period{2024, 3}), "Pengukuran Kinerja Maret 2024 a.n. Dra. Siti");
    EXPECT_EQ(jenis_of_uraian(item_uraian(f, Period{2024, 3})), JenisArsip::pengukuran);
    EXPECT_EQ(berkas_uraian(2025, "Dra. Siti", JenisArsip::dokumen_evaluasi), "Evaluasi Kinerja Tahun 2025 a.n. Dra. Siti");
    EXPECT_EQ(berkas_uraian(2024, "Dra. Siti", JenisArsip::pengukuran), "Pengukuran Kinerja Tahun 2024 a.n. Dra. Siti");
    for (JenisArsip j : {JenisArsip::pengukuran, JenisArsip::dokumen_evaluasi}) {
        EXPECT_EQ(parse_jenis_arsip_kode(jenis_arsip_kode(j)), j);
    }
    EXPECT_EQ(parse_jenis_arsip_kode("lain"), std::nullopt);
}

TEST(EvaluasiNumbering, OneEmployeesDocumentsTakeTheNextNumbersInOrder) {
    NumberingState state;
    state.kapasitas_box = 2;
    state.berkas = {{1, "A", 1, 4}, {2, "B", 1, 1}};
    state.month_documents = {{{"A", "a-bulan"}, 3}};  // A's bulanan filed already this month
    const std::vector<Numbers> n = assign_document_numbers(
        state, {{"A", "a-bulan"}, {"A", "a-tw"}, {"C", "c-bulan"}, {"C", "c-tw"}, {"B", "b-bulan"}});
    EXPECT_EQ(n, (std::vector<Numbers>{{1, 1, 3, false}, {1, 1, 5, false}, {2, 3, 1, true}, {2, 3, 2, false},
                                       {1, 2, 2, false}}));
    EXPECT_EQ(boxes_used(2025, state, n).at(1), (compose::ArsipBox{2025, 2, 3, 3, 1}));  // C counted once
    EXPECT_THROW(assign_document_numbers(state, {{"C", "x"}, {"C", "x"}}), std::invalid_argument);
}

TEST_F(EvaluasiFilingTest, TwoItemsOfOneEmployeeInOneMonthAreNumberedInOrder) {
    // Given out of order: the register files bulanan before triwulanan.
    file(maret25, {{2, triwulanan}, {1, bulanan}, {2, bulanan}, {1, triwulanan}});
    const std::string n1 = test::test_nip(1).digits, n2 = test::test_nip(2).digits;
    EXPECT_EQ(items(reg->list(maret25)),
              (std::vector<std::string>{"1/1 Dokumen Evaluasi Kinerja Maret 2025 a.n. Pegawai 2",
                                        "1/2 Dokumen Evaluasi Kinerja Triwulan I 2025 a.n. Pegawai 2",
                                        "2/1 Dokumen Evaluasi Kinerja Maret 2025 a.n. Pegawai 1",
                                        "2/2 Dokumen Evaluasi Kinerja Triwulan I 2025 a.n. Pegawai 1"}));
    EXPECT_EQ(items(last_plan.entries), items(reg->list(maret25)));
    EXPECT_EQ(reg->list(maret25).at(1).file, "dokumen-evaluasi/" + n2 + "-tw1.pdf");
    EXPECT_EQ(reg->list(maret25).at(3).no, 4);
    EXPECT_EQ(last_plan.boxes, (std::vector<compose::ArsipBox>{{2025, 1, 1, 2, 2, {JenisArsip::dokumen_evaluasi}}}));
    ASSERT_EQ(last_plan.berkas.size(), 2u);
    EXPECT_EQ(last_plan.berkas[0].halaman, (std::vector<int>{3, 3}));
    EXPECT_EQ(last_plan.berkas[0].lembar, (std::vector<int>{2, 2}));

    // April: the next item; a re-run of March after it keeps every number and adds none.
    file(april25, {{1, bulanan}, {2, bulanan}});
    EXPECT_EQ(items(reg->list(april25)),
              (std::vector<std::string>{"1/3 Dokumen Evaluasi Kinerja April 2025 a.n. Pegawai 2",
                                        "2/3 Dokumen Evaluasi Kinerja April 2025 a.n. Pegawai 1"}));
    const std::vector<std::string> march = items(reg->list(maret25));
    file(maret25, {{1, bulanan}, {1, triwulanan}, {2, bulanan}, {2, triwulanan}}, "2");
    EXPECT_EQ(items(reg->list(maret25)), march);
    EXPECT_TRUE(reg->verify().problems.empty());
}

TEST_F(EvaluasiFilingTest, ANewBerkasUnderThe2022RegimeIsAnEvaluasiKinerjaBerkas) {
    file(maret25, {{1, bulanan}, {1, triwulanan}});
    const std::string expected = "1 Evaluasi Kinerja Tahun 2025 a.n. Pegawai 1";
    EXPECT_EQ(titles(last_plan.berkas), std::vector<std::string>{expected});  // as the month's indeks prints it
    EXPECT_EQ(titles(daftar_berkas(april25)), std::vector<std::string>{expected});  // as committed
}

TEST_F(EvaluasiFilingTest, ABerkasOpenedUnderPp46KeepsItsNumberAndTitle) {
    file(januari25, {{1, std::nullopt}, {2, std::nullopt}});  // PP 46 still, in January
    file(maret25, {{3, bulanan}, {2, bulanan}, {2, triwulanan}, {1, bulanan}});
    EXPECT_EQ(items(reg->list(maret25)),
              (std::vector<std::string>{"1/2 Dokumen Evaluasi Kinerja Maret 2025 a.n. Pegawai 1",
                                        "2/2 Dokumen Evaluasi Kinerja Maret 2025 a.n. Pegawai 2",
                                        "2/3 Dokumen Evaluasi Kinerja Triwulan I 2025 a.n. Pegawai 2",
                                        "3/1 Dokumen Evaluasi Kinerja Maret 2025 a.n. Pegawai 3"}));
    const std::vector<std::string> expected{"1 Pengukuran Kinerja Tahun 2025 a.n. Pegawai 1",
                                            "2 Pengukuran Kinerja Tahun 2025 a.n. Pegawai 2",
                                            "3 Evaluasi Kinerja Tahun 2025 a.n. Pegawai 3"};
    EXPECT_EQ(titles(last_plan.berkas), expected);
    EXPECT_EQ(titles(daftar_berkas(april25)), expected);
    EXPECT_EQ(daftar_berkas(april25).at(1).halaman, (std::vector<int>{3, 3, 3}));
    // Each item's kind, and the box holding both kinds says so on its label (ArsipBox::jenis).
    EXPECT_EQ(last_plan.berkas.at(1).jenis,
              (std::vector<JenisArsip>{JenisArsip::pengukuran, JenisArsip::dokumen_evaluasi,
                                       JenisArsip::dokumen_evaluasi}));
    EXPECT_EQ(daftar_berkas(april25).at(1).jenis, last_plan.berkas.at(1).jenis);
    EXPECT_EQ(last_plan.berkas.at(2).jenis, std::vector<JenisArsip>{JenisArsip::dokumen_evaluasi});
    ASSERT_EQ(last_plan.boxes.size(), 1u);
    EXPECT_EQ(last_plan.boxes[0].jenis,
              (std::vector<JenisArsip>{JenisArsip::pengukuran, JenisArsip::dokumen_evaluasi}));
    EXPECT_EQ(compose::jenis_arsip_text(last_plan.boxes[0].jenis), "Pengukuran dan Evaluasi Kinerja");
    EXPECT_EQ(compose::kurun_waktu(daftar_berkas(april25).at(1)), "Januari \u2013 Maret 2025");

    // Re-filing January (its first item) keeps the PP 46 title; so does the register's own SQL.
    file(januari25, {{1, std::nullopt}, {2, std::nullopt}}, "2");
    EXPECT_EQ(titles(daftar_berkas(april25)), expected);
}

TEST_F(EvaluasiFilingTest, FilingsTheMonthDoesNotMakeAreRefused) {
    const MonthFolders f = month_folders(out, april25.iso());
    test::StagedMonth staged = stage(f.staging, april25, {{1, bulanan}});
    Filing wrong = staged.filings.at(0);
    wrong.evaluasi = evaluasi(triwulanan, maret25);  // no triwulan ends in April
    EXPECT_THROW(reg->plan_month(april25, april25.last_day(), test::test_arsip(10), {wrong}), std::invalid_argument);
    Filing twice = staged.filings.at(0);
    twice.file = "dokumen-evaluasi/lain.pdf";  // a second bulanan of the same employee
    EXPECT_THROW(reg->plan_month(april25, april25.last_day(), test::test_arsip(10), {staged.filings.at(0), twice}),
                 std::invalid_argument);
    Filing pengukuran = twice;
    pengukuran.evaluasi.reset();  // a pengukuran next to his Dokumen Evaluasi
    EXPECT_THROW(
        reg->plan_month(april25, april25.last_day(), test::test_arsip(10), {staged.filings.at(0), pengukuran}),
        std::invalid_argument);
}

TEST_F(EvaluasiFilingTest, TheRebuiltRegisterEqualsTheOriginal) {
    FiledMonth jan = file(januari25, {{1, std::nullopt}});
    FiledMonth mar = file(maret25, {{2, bulanan}, {1, bulanan}, {1, triwulanan}, {2, triwulanan}});
    FiledMonth des = file(Period{2025, 12}, {{2, bulanan}, {2, tahunan}, {2, triwulanan}, {3, tahunan}});
    const std::vector<compose::ArsipEntry> listed = reg->list();
    const std::vector<compose::ArsipBerkas> berkas = daftar_berkas(Period{2025, 11});
    const std::vector<compose::ArsipBerkas> berkas_des = last_plan.berkas;
    reg.reset();
    fs::remove(out / register_file_name);

    // indeks.csv carries no kind: what batch reads back has the default.
    for (FiledMonth* m : {&jan, &mar, &des}) {
        for (compose::ArsipEntry& e : m->entries) e.jenis = JenisArsip::pengukuran;
    }
    RebuildReport report;
    {
        const OutLock lock = OutLock::take(out, OutLock::Mode::exclusive);
        report = rebuild_register(lock, {des, mar, jan}, RebuildSettings{test::test_arsip(10), "instansi.xml"});
    }
    EXPECT_EQ(report.rebuilt, (std::vector<std::string>{"2025-01", "2025-03", "2025-12"}));
    EXPECT_TRUE(report.not_rebuilt.empty());
    reg.emplace(Register::open(out));
    EXPECT_EQ(reg->list(), listed);
    EXPECT_EQ(items(reg->list(Period{2025, 12})),
              (std::vector<std::string>{"2/3 Dokumen Evaluasi Kinerja Desember 2025 a.n. Pegawai 2",
                                        "2/4 Dokumen Evaluasi Kinerja Triwulan IV 2025 a.n. Pegawai 2",
                                        "2/5 Dokumen Evaluasi Kinerja Akhir Tahun 2025 a.n. Pegawai 2",
                                        "3/1 Dokumen Evaluasi Kinerja Akhir Tahun 2025 a.n. Pegawai 3"}));
    EXPECT_EQ(daftar_berkas(Period{2025, 11}), berkas);
    EXPECT_EQ(titles(berkas_des), (std::vector<std::string>{"1 Pengukuran Kinerja Tahun 2025 a.n. Pegawai 1",
                                                            "2 Evaluasi Kinerja Tahun 2025 a.n. Pegawai 2",
                                                            "3 Evaluasi Kinerja Tahun 2025 a.n. Pegawai 3"}));
    EXPECT_TRUE(reg->verify().problems.empty());
    // The next filing is numbered as it would have been.
    file(Period{2026, 1}, {{1, bulanan}});
    EXPECT_EQ(items(reg->list(Period{2026, 1})),
              std::vector<std::string>{"1/1 Dokumen Evaluasi Kinerja Januari 2026 a.n. Pegawai 1"});
}

TEST_F(EvaluasiFilingTest, AMonthWhoseItemsAreOutOfOrderIsNotRebuilt) {
    FiledMonth mar = file(maret25, {{1, bulanan}, {1, triwulanan}});
    reg.reset();
    fs::remove(out / register_file_name);
    std::swap(mar.entries.at(0).item, mar.entries.at(1).item);
    const OutLock lock = OutLock::take(out, OutLock::Mode::exclusive);
    const RebuildReport report =
        rebuild_register(lock, {mar}, RebuildSettings{test::test_arsip(10), "instansi.xml"});
    ASSERT_EQ(report.not_rebuilt.size(), 1u);
    EXPECT_EQ(report.not_rebuilt[0].reason,
              "arsip/indeks.csv baris 3: berkas dan item tidak urut naik, atau NIP tercantum di dua berkas");
}

// A register of version 3 (one item per berkas per month) keeps its rows, each a pengukuran,
// and then takes several items of a berkas in one month.
TEST(EvaluasiMigration, AVersion3RegisterKeepsItsItemsAndTakesSeveralPerMonth) {
    Poco::Data::SQLite::Connector::registerConnector();
    test::ScratchDir dir{"kinerja-evaluasi-migration-test"};
    const fs::path out = dir.path() / "out";
    std::vector<compose::ArsipEntry> before;
    {
        Register reg = Register::open(out);
        test::file_month(reg, out, Period{2024, 12}, {1, 2});
        before = reg.list();
    }
    {  // back to version 3, as kinerja before this step left it
        Poco::Data::Session s("SQLite", (out / register_file_name).string());
        s << "PRAGMA foreign_keys = OFF", now;
        s << "CREATE TABLE item_v3 (id INTEGER PRIMARY KEY,"
             " generation INTEGER NOT NULL REFERENCES generation (id) ON DELETE CASCADE,"
             " berkas INTEGER NOT NULL REFERENCES berkas (id), nomor INTEGER NOT NULL CHECK (nomor >= 1),"
             " uraian TEXT NOT NULL, nama TEXT NOT NULL, tanggal TEXT NOT NULL,"
             " halaman INTEGER NOT NULL CHECK (halaman >= 0),"
             " file INTEGER NOT NULL REFERENCES file (id) ON DELETE CASCADE, UNIQUE (generation, berkas))",
            now;
        s << "INSERT INTO item_v3 SELECT id, generation, berkas, nomor, uraian, nama, tanggal, halaman, file FROM item",
            now;
        s << "DROP TABLE item", now;
        s << "ALTER TABLE item_v3 RENAME TO item", now;
        s << "CREATE INDEX item_berkas ON item (berkas)", now;
        s << "DROP TABLE skp_dicetak", now;  // version 5's
        s << "PRAGMA user_version = 3", now;
    }
    Register reg = Register::open(out);
    EXPECT_EQ(reg.schema_version(), static_cast<int>(register_migrations().size()));
    EXPECT_GE(reg.schema_version(), 4);
    EXPECT_EQ(reg.list(), before);
    EXPECT_TRUE(reg.verify().problems.empty());

    const MonthFolders f = month_folders(out, "2025-03");
    test::StagedMonth staged = stage(f.staging, maret25, {{1, bulanan}, {1, triwulanan}});
    const MonthPlan plan = reg.plan_month(maret25, Date{2025, 3, 31}, test::test_arsip(10), staged.filings);
    const PendingMonth pending = reg.stage_month(plan, staged.files, f.staging);
    test::rename_into_place(f);
    reg.commit_month(pending);
    EXPECT_EQ(items(reg.list(maret25)),
              (std::vector<std::string>{"1/1 Dokumen Evaluasi Kinerja Maret 2025 a.n. Pegawai 1",
                                        "1/2 Dokumen Evaluasi Kinerja Triwulan I 2025 a.n. Pegawai 1"}));
    Poco::Data::Session s("SQLite", (out / register_file_name).string());
    std::vector<std::string> jenis;
    s << "SELECT jenis FROM item ORDER BY id", into(jenis), now;
    EXPECT_EQ(jenis, (std::vector<std::string>{"pengukuran", "pengukuran", "dokumen-evaluasi", "dokumen-evaluasi"}));
    EXPECT_THROW((s << "UPDATE item SET jenis = 'lain'", now), Poco::Exception);
}

}  // namespace
}  // namespace kinerja::archive
