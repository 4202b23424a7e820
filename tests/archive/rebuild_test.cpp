// The register rebuilt from what month folders prove (archive/rebuild.hpp): every row back, the
// next month numbered as before, a month that contradicts another or cannot be proven left out,
// a healthy register never replaced. batch reads the folders' CSV files; these tests hand the
// months over as the register filed them.
#include <gtest/gtest.h>

#include <Poco/Data/Session.h>

#include "archive/file_hash.hpp"
#include "archive/out_lock.hpp"
#include "archive/rebuild.hpp"
#include "archive/register.hpp"
#include "archive_test_support.hpp"

namespace kinerja::archive {
namespace {

namespace fs = std::filesystem;
using test::april;
using test::maret;
using test::mei;
using namespace Poco::Data::Keywords;

class RebuildTest : public ::testing::Test {
protected:
    test::ScratchDir dir{"kinerja-rebuild-test"};
    fs::path out = dir.path() / "out";
    fs::path db = out / "arsip.db";
    std::optional<Register> reg{Register::open(out)};
    RebuildSettings settings{test::test_arsip(2), "instansi.xml"};

    // Files a month as a run does, with an arsip/indeks.csv among its files, and returns it as
    // its folder proves it.
    FiledMonth file(Period period, const std::vector<int>& employees, const std::string& version = "1") {
        const MonthFolders f = month_folders(out, period.iso());
        fs::remove_all(f.staging);
        test::StagedMonth staged = test::stage_files(f.staging, period, employees, version);
        const std::string indeks = "indeks " + period.iso() + " v" + version;
        test::write_file(f.staging / "arsip" / "indeks.csv", indeks);
        staged.files.push_back(describe_file("arsip/indeks.csv", indeks, 0));
        MonthPlan plan = reg->plan_month(period, period.last_day(), test::test_arsip(2), staged.filings);
        PendingMonth pending = reg->stage_month(plan, staged.files, f.staging);
        test::rename_into_place(f);
        reg->commit_month(pending);
        return FiledMonth{period, reg->files(period), sha256_hex(indeks), reg->list(period), std::nullopt};
    }

    // The register lost: closed and deleted.
    void lose_register() {
        reg.reset();
        fs::remove(db);
    }

    RebuildReport rebuild(std::vector<FiledMonth> months) {
        const OutLock lock = OutLock::take(out, OutLock::Mode::exclusive);
        return rebuild_register(lock, std::move(months), settings);
    }
};

// "box/berkas/item nip-number" for each entry, in index order.
std::vector<std::string> locations(const std::vector<compose::ArsipEntry>& entries) {
    std::vector<std::string> out;
    for (const compose::ArsipEntry& e : entries) {
        out.push_back(std::to_string(e.box) + "/" + std::to_string(e.berkas) + "/" + std::to_string(e.item) + " " +
                      e.nip.digits.substr(15));
    }
    return out;
}

TEST_F(RebuildTest, EveryRowComesBackAndTheNextMonthIsNumberedAsBefore) {
    const FiledMonth m = file(maret, {1, 2, 3});
    const FiledMonth a = file(april, {4, 1, 3});
    const FiledMonth again = file(maret, {1, 2, 3, 5}, "2");  // March re-run after April: 5 opens berkas 5
    const std::vector<compose::ArsipEntry> listed = reg->list();
    test::StagedMonth may = test::stage_files(dir.path() / "mei", mei, {6, 2, 4});
    const MonthPlan before = reg->plan_month(mei, mei.last_day(), test::test_arsip(2), may.filings);
    lose_register();

    const RebuildReport report = rebuild({a, again});
    EXPECT_EQ(report.rebuilt, (std::vector<std::string>{"2024-03", "2024-04"}));
    EXPECT_TRUE(report.not_rebuilt.empty());
    EXPECT_TRUE(report.problems.empty());
    EXPECT_TRUE(report.set_aside.empty());  // nothing was there
    reg.emplace(Register::open(out));
    EXPECT_TRUE(reg->recovered().empty());
    EXPECT_EQ(reg->list(), listed);
    const MonthPlan after = reg->plan_month(mei, mei.last_day(), test::test_arsip(2), may.filings);
    EXPECT_EQ(after.entries, before.entries);
    EXPECT_EQ(after.boxes, before.boxes);
    EXPECT_EQ(locations(after.entries), (std::vector<std::string>{"1/2/2 002", "2/4/2 004", "3/6/1 006"}));
    EXPECT_TRUE(reg->verify().problems.empty());
    (void)m;
}

TEST_F(RebuildTest, AMonthWhoseBerkasContradictsAnEarlierMonthIsLeftOut) {
    const FiledMonth m = file(maret, {1, 2});
    FiledMonth a = file(april, {1, 2});
    a.entries.at(1).box = 3;  // berkas 2 in box 1 in March
    lose_register();

    const RebuildReport report = rebuild({m, a});
    EXPECT_EQ(report.rebuilt, std::vector<std::string>{"2024-03"});
    ASSERT_EQ(report.not_rebuilt.size(), 1u);
    EXPECT_EQ(report.not_rebuilt[0],
              (MonthNotRebuilt{"2024-04", "berkas 2 tahun 2024 di bulan 2024-03 milik NIP " + test::test_nip(2).digits +
                                              " di box 1, di bulan ini milik NIP " + test::test_nip(2).digits +
                                              " di box 3"}));
}

TEST_F(RebuildTest, MonthsTheirFoldersDoNotProveAreLeftOut) {
    FiledMonth m = file(maret, {1});
    FiledMonth a = file(april, {1});
    FiledMonth changed_indeks = file(mei, {1});
    lose_register();
    m.files.at(0).bytes += 1;                               // not what the marker covers
    fs::remove(out / "2024-04" / marker_file_name);         // no marker
    changed_indeks.indeks_sha256 = sha256_hex("lain");      // indeks.csv not the one filed

    const RebuildReport report = rebuild({m, a, changed_indeks});
    EXPECT_TRUE(report.rebuilt.empty());
    EXPECT_EQ(report.not_rebuilt,
              (std::vector<MonthNotRebuilt>{
                  {"2024-03", "manifest.csv tidak cocok dengan penanda .arsip-generasi: salah satunya berubah setelah "
                              "bulan ini diarsipkan"},
                  {"2024-04", "tidak ada penanda .arsip-generasi: bulan ini tidak terbukti pernah diarsipkan"},
                  {"2024-05", "arsip/indeks.csv bukan yang tercatat di manifest.csv: berubah setelah bulan ini "
                              "diarsipkan"}}));
}

// A changed document does not stop its month: the register keeps what was filed and names it.
TEST_F(RebuildTest, AChangedFileIsNamedAndItsMonthRebuiltAsFiled) {
    const FiledMonth m = file(maret, {1, 2});
    lose_register();
    const fs::path changed = out / "2024-03" / "rekap.csv";
    test::write_file(changed, "diubah");

    const RebuildReport report = rebuild({m});
    EXPECT_EQ(report.rebuilt, std::vector<std::string>{"2024-03"});
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].message(), changed.generic_string() + ": berkas berubah");
    reg.emplace(Register::open(out));
    EXPECT_EQ(reg->files(maret), m.files);
}

// The print sides are not in the folders: every rebuilt month takes instansi.xml's, and the next
// month's Daftar Berkas counts the rebuilt items' lembar so.
TEST_F(RebuildTest, ThePrintSidesComeFromTheSettings) {
    const FiledMonth m = file(maret, {1});  // filed on both sides
    lose_register();
    settings.arsip.sisi_cetak = SisiCetak::satu;
    EXPECT_EQ(rebuild({m}).rebuilt, std::vector<std::string>{"2024-03"});
    reg.emplace(Register::open(out));
    const MonthPlan next = reg->plan_month(april, april.last_day(), test::test_arsip(2), {});
    ASSERT_EQ(next.berkas.size(), 1u);
    EXPECT_EQ(next.berkas[0].halaman, std::vector<int>{2});
    EXPECT_EQ(next.berkas[0].lembar, std::vector<int>{2});  // 2 pages on one side
}

// A month with no document keeps its files; its settings and date come from elsewhere.
TEST_F(RebuildTest, AMonthWithoutDocumentsNeedsItsDate) {
    FiledMonth m = file(maret, {});
    ASSERT_TRUE(m.entries.empty());
    lose_register();
    EXPECT_EQ(rebuild({m}).not_rebuilt,
              (std::vector<MonthNotRebuilt>{{"2024-03", "tanggal penandatanganan bulan ini tidak diketahui"}}));
    fs::remove(db);
    m.tanggal = Date{2024, 3, 28};
    EXPECT_EQ(rebuild({m}).rebuilt, std::vector<std::string>{"2024-03"});
    Poco::Data::Session s = open_database(db, Access::read_only);
    std::string tanggal, kode, note;
    s << "SELECT tanggal, kode_klasifikasi FROM generation", into(tanggal), into(kode), now;
    s << "SELECT value FROM meta WHERE key = 'rebuilt'", into(note), now;
    EXPECT_EQ(tanggal, "2024-03-28");
    EXPECT_EQ(kode, "800.1.4.4");
    EXPECT_EQ(note, "dibangun ulang dari folder bulan 2024-03; unit_pengolah, kapasitas_box, nasib_akhir dan "
                    "sisi_cetak bulan-bulan itu diambil dari instansi.xml saat dibangun ulang, karena folder bulan tidak "
                    "menyimpannya; bulan tanpa dokumen (2024-03): kode_klasifikasi dan retensi juga dari sana");
}

TEST_F(RebuildTest, AHealthyRegisterIsNeverReplacedAndADamagedOneIsKept) {
    const FiledMonth m = file(maret, {1});
    reg.reset();
    const std::string healthy = test::read_file(db);
    EXPECT_THROW(rebuild({m}), std::logic_error);
    EXPECT_EQ(test::read_file(db), healthy);
    {
        const OutLock shared = OutLock::take(out, OutLock::Mode::shared);
        EXPECT_THROW(rebuild_register(shared, {m}, settings), std::logic_error);
    }

    test::write_file(db, std::string(8192, 'x'));
    test::write_file(out / "arsip.db-journal", "jurnal");
    test::write_file(out / "arsip.db.rusak-1", "sudah ada");
    const RebuildReport report = rebuild({m});
    EXPECT_EQ(report.set_aside, (std::vector<fs::path>{out / "arsip.db.rusak-2", out / "arsip.db.rusak-2-journal"}));
    EXPECT_EQ(test::read_file(out / "arsip.db.rusak-2"), std::string(8192, 'x'));
    EXPECT_EQ(test::read_file(out / "arsip.db.rusak-2-journal"), "jurnal");
    EXPECT_EQ(test::read_file(out / "arsip.db.rusak-1"), "sudah ada");
    EXPECT_FALSE(fs::exists(out / "arsip.db-journal"));
    EXPECT_FALSE(fs::exists(out / ".arsip.db.baru"));
    EXPECT_EQ(Register::open(out).list(), m.entries);
}

}  // namespace
}  // namespace kinerja::archive
