// The register's schema version and its migration steps.
#include <gtest/gtest.h>

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>

#include "archive/migrations.hpp"
#include "archive/register.hpp"
#include "archive_test_support.hpp"

namespace kinerja::archive {
namespace {

namespace fs = std::filesystem;
using namespace Poco::Data::Keywords;

class MigrationTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { Poco::Data::SQLite::Connector::registerConnector(); }
    test::ScratchDir dir{"kinerja-migration-test"};
    fs::path out = dir.path() / "out";
    fs::path db = out / "arsip.db";

    void SetUp() override { fs::create_directories(out); }
    static int latest() { return static_cast<int>(register_migrations().size()); }

    int count_tables(Poco::Data::Session& s) {
        int n = 0;
        s << "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN"
             " ('meta', 'generation', 'berkas', 'file', 'item')",
            into(n), now;
        return n;
    }
};

TEST_F(MigrationTest, StepsAreNumberedFromOne) {
    const std::vector<Migration>& steps = register_migrations();
    ASSERT_FALSE(steps.empty());
    for (std::size_t i = 0; i < steps.size(); ++i) EXPECT_EQ(steps[i].version, static_cast<int>(i) + 1);
}

TEST_F(MigrationTest, AMissingFileBecomesARegisterOfTheCurrentVersion) {
    Register reg = Register::open(out);
    EXPECT_EQ(reg.schema_version(), static_cast<int>(register_migrations().size()));
    EXPECT_TRUE(fs::is_regular_file(db));
}

TEST_F(MigrationTest, AnEmptyFileIsVersion0AndIsMigrated) {
    test::write_file(db, "");
    Register reg = Register::open(out);
    EXPECT_EQ(reg.schema_version(), latest());
    EXPECT_TRUE(reg.list().empty());
}

TEST_F(MigrationTest, AVersion0DatabaseKeepsWhatItHeldAndGetsTheTables) {
    {
        Poco::Data::Session s("SQLite", db.string());
        s << "CREATE TABLE catatan (teks TEXT)", now;
        s << "INSERT INTO catatan VALUES ('tetap')", now;
    }
    { Register reg = Register::open(out); }
    Poco::Data::Session s("SQLite", db.string());
    EXPECT_EQ(schema_version(s), latest());
    EXPECT_EQ(count_tables(s), 5);
    std::string teks;
    s << "SELECT teks FROM catatan", into(teks), now;
    EXPECT_EQ(teks, "tetap");
}

TEST_F(MigrationTest, ACurrentRegisterIsOpenedAsItIs) {
    {
        Register reg = Register::open(out);
        test::file_month(reg, out, Period{2024, 3}, {1, 2});
    }
    std::string id_before;
    {
        Poco::Data::Session s("SQLite", db.string());
        s << "SELECT value FROM meta WHERE key = 'register_id'", into(id_before), now;
    }
    Register reg = Register::open(out);
    EXPECT_EQ(reg.schema_version(), latest());
    EXPECT_EQ(reg.list().size(), 2u);
    Poco::Data::Session s("SQLite", db.string());
    std::string id_after;
    s << "SELECT value FROM meta WHERE key = 'register_id'", into(id_after), now;
    EXPECT_EQ(id_after, id_before);
    EXPECT_EQ(id_after.size(), 32u);
}

TEST_F(MigrationTest, ANextVersionIsOneMoreEntry) {
    std::vector<Migration> steps = register_migrations();
    steps.push_back(
        {latest() + 1, "a note per berkas", {"ALTER TABLE berkas ADD COLUMN catatan TEXT NOT NULL DEFAULT ''"}});
    {
        Register reg = Register::open(out);  // the current version, with data
        test::file_month(reg, out, Period{2024, 3}, {1});
    }
    Poco::Data::Session s("SQLite", db.string());
    EXPECT_EQ(migrate(s, steps), latest() + 1);
    EXPECT_EQ(schema_version(s), latest() + 1);
    std::vector<std::string> catatan;
    s << "SELECT catatan FROM berkas", into(catatan), now;
    EXPECT_EQ(catatan, std::vector<std::string>{""});
    EXPECT_EQ(migrate(s, steps), latest() + 1);  // nothing left to do
}

TEST_F(MigrationTest, AFailingStepLeavesThePreviousVersion) {
    std::vector<Migration> steps = register_migrations();
    steps.push_back({latest() + 1, "broken", {"CREATE TABLE extra (x INTEGER)", "THIS IS NOT SQL"}});
    Poco::Data::Session s("SQLite", db.string());
    EXPECT_ANY_THROW(migrate(s, steps));
    EXPECT_EQ(schema_version(s), latest());
    int extra = -1;
    s << "SELECT count(*) FROM sqlite_master WHERE name = 'extra'", into(extra), now;
    EXPECT_EQ(extra, 0);
}

TEST_F(MigrationTest, MisnumberedStepsAreABug) {
    std::vector<Migration> steps = register_migrations();
    steps.push_back({latest() + 2, "skips one", {}});
    Poco::Data::Session s("SQLite", db.string());
    EXPECT_THROW(migrate(s, steps), std::invalid_argument);
}

// Version 2: a register of version 1 (before nasib akhir was kept) keeps its months, each
// filed with nasib akhir Musnah, the only one kinerja knew then; a new filing keeps its own.
TEST_F(MigrationTest, Version2GivesEveryEarlierFilingNasibAkhirMusnah) {
    {
        Poco::Data::Session s("SQLite", db.string());
        const std::vector<Migration> first{register_migrations().at(0)};
        ASSERT_EQ(migrate(s, first), 1);
        s << "INSERT INTO generation (periode, state, tanggal, kode_klasifikasi, retensi_aktif,"
             " retensi_inaktif, unit_pengolah, kapasitas_box)"
             " VALUES ('2024-02', 'current', '2024-02-29', '800.1.4.4', 2, 3, 'Umum', 10)",
            now;
    }
    Register reg = Register::open(out);
    EXPECT_EQ(reg.schema_version(), latest());
    EXPECT_EQ(reg.filed_months(), std::vector<std::string>{"2024-02"});
    ArsipSetting permanen = test::test_arsip(10);
    permanen.nasib_akhir = NasibAkhir::permanen;
    const MonthFolders f = month_folders(out, "2024-03");
    test::StagedMonth staged = test::stage_files(f.staging, Period{2024, 3}, {1});
    MonthPlan plan = reg.plan_month(Period{2024, 3}, Date{2024, 3, 28}, permanen, staged.filings);
    const PendingMonth pending = reg.stage_month(plan, staged.files, f.staging);
    test::rename_into_place(f);
    reg.commit_month(pending);
    Poco::Data::Session s("SQLite", db.string());
    std::vector<std::string> periode, nasib;
    s << "SELECT periode, nasib_akhir FROM generation ORDER BY periode", into(periode), into(nasib), now;
    EXPECT_EQ(periode, (std::vector<std::string>{"2024-02", "2024-03"}));
    EXPECT_EQ(nasib, (std::vector<std::string>{"Musnah", "Permanen"}));
}

// Version 3: a register of version 2 (before the print sides were kept) keeps its months, each
// filed as printed on both sides, the only way kinerja printed then; a new filing keeps its own.
TEST_F(MigrationTest, Version3GivesEveryEarlierFilingBothSides) {
    {
        Poco::Data::Session s("SQLite", db.string());
        const std::vector<Migration> two{register_migrations().at(0), register_migrations().at(1)};
        ASSERT_EQ(migrate(s, two), 2);
        s << "INSERT INTO generation (periode, state, tanggal, kode_klasifikasi, retensi_aktif,"
             " retensi_inaktif, unit_pengolah, kapasitas_box, nasib_akhir)"
             " VALUES ('2024-02', 'current', '2024-02-29', '800.1.4.4', 2, 3, 'Umum', 10, 'Permanen')",
            now;
    }
    Register reg = Register::open(out);
    EXPECT_EQ(reg.schema_version(), latest());
    EXPECT_EQ(reg.filed_months(), std::vector<std::string>{"2024-02"});
    ArsipSetting satu = test::test_arsip(10);
    satu.sisi_cetak = SisiCetak::satu;
    const MonthFolders f = month_folders(out, "2024-03");
    test::StagedMonth staged = test::stage_files(f.staging, Period{2024, 3}, {1});
    MonthPlan plan = reg.plan_month(Period{2024, 3}, Date{2024, 3, 28}, satu, staged.filings);
    const PendingMonth pending = reg.stage_month(plan, staged.files, f.staging);
    test::rename_into_place(f);
    reg.commit_month(pending);
    Poco::Data::Session s("SQLite", db.string());
    std::vector<std::string> periode, sisi;
    s << "SELECT periode, sisi_cetak FROM generation ORDER BY periode", into(periode), into(sisi), now;
    EXPECT_EQ(periode, (std::vector<std::string>{"2024-02", "2024-03"}));
    EXPECT_EQ(sisi, (std::vector<std::string>{"dua", "satu"}));
    // The column takes only those two words.
    EXPECT_THROW((s << "UPDATE generation SET sisi_cetak = 'bolak-balik'", now), Poco::Exception);
}

// Version 5: a register of version 4 (before the SKPs of PermenPANRB 6/2022) keeps its months,
// none of which printed an SKP: the next month prints every SKP, and is then remembered.
TEST_F(MigrationTest, Version5KnowsNoSkpPrintedBeforeIt) {
    {
        Poco::Data::Session s("SQLite", db.string());
        const std::vector<Migration> four(register_migrations().begin(), register_migrations().begin() + 4);
        ASSERT_EQ(migrate(s, four), 4);
        s << "INSERT INTO generation (periode, state, tanggal, kode_klasifikasi, retensi_aktif,"
             " retensi_inaktif, unit_pengolah, kapasitas_box, nasib_akhir, sisi_cetak)"
             " VALUES ('2025-01', 'current', '2025-01-31', '800.1.4.4', 2, 3, 'Umum', 10, 'Musnah', 'dua')",
            now;
    }
    Register reg = Register::open(out);
    EXPECT_EQ(reg.schema_version(), latest());
    EXPECT_EQ(reg.filed_months(), std::vector<std::string>{"2025-01"});
    EXPECT_TRUE(reg.printed_skp(Period{2025, 1}).empty());
    const SkpContent skp{test::test_nip(1), std::string(64, 'a')};
    EXPECT_EQ(reg.skp_to_print(Period{2025, 2}, {skp}), std::vector<bool>{true});

    const MonthFolders f = month_folders(out, "2025-02");
    test::StagedMonth staged = test::stage_files(f.staging, Period{2025, 2}, {1});
    const std::string rel = "skp/" + skp.nip.digits + ".pdf";
    test::write_file(f.staging / rel, "%PDF SKP");
    staged.files.push_back(describe_file(rel, "%PDF SKP", 3));
    MonthPlan plan = reg.plan_month(Period{2025, 2}, Date{2025, 2, 28}, test::test_arsip(10), staged.filings);
    const PendingMonth pending =
        reg.stage_month(plan, staged.files, f.staging, {PrintedSkp{skp.nip, 2025, rel, skp.sha256}});
    test::rename_into_place(f);
    reg.commit_month(pending);
    EXPECT_EQ(reg.skp_to_print(Period{2025, 3}, {skp}), std::vector<bool>{false});
    Poco::Data::Session s("SQLite", db.string());
    // The content hash is 64 hex digits or not known (NULL); nothing else.
    EXPECT_THROW((s << "UPDATE skp_dicetak SET sha256 = 'abc'", now), Poco::Exception);
}

TEST_F(MigrationTest, ANewerRegisterIsRefused) {
    {
        Poco::Data::Session s("SQLite", db.string());
        s << "PRAGMA user_version = 99", now;
    }
    try {
        Register::open(out);
        FAIL() << "opened a version 99 register";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("register arsip versi 99 dibuat oleh kinerja yang lebih baru"),
                  std::string::npos)
            << e.what();
    }
}

TEST_F(MigrationTest, AFileThatIsNotADatabaseIsRefused) {
    test::write_file(db, std::string(4096, 'x'));
    try {
        Register::open(out);
        FAIL() << "opened a file of x";
    } catch (const RegisterUnusable& e) {
        EXPECT_EQ(e.reason(), RegisterUnusable::Reason::damaged);
        EXPECT_EQ(std::string(e.what()).rfind(db.string() + ": register arsip rusak (", 0), 0u) << e.what();
    }
    EXPECT_EQ(test::read_file(db), std::string(4096, 'x'));  // left as it was
}

}  // namespace
}  // namespace kinerja::archive
