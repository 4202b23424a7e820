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
    EXPECT_EQ(reg.schema_version(), 1);
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
    EXPECT_EQ(schema_version(s), 1);
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
    EXPECT_EQ(reg.schema_version(), 1);
    EXPECT_EQ(reg.list().size(), 2u);
    Poco::Data::Session s("SQLite", db.string());
    std::string id_after;
    s << "SELECT value FROM meta WHERE key = 'register_id'", into(id_after), now;
    EXPECT_EQ(id_after, id_before);
    EXPECT_EQ(id_after.size(), 32u);
}

TEST_F(MigrationTest, VersionTwoIsOneMoreEntry) {
    std::vector<Migration> steps = register_migrations();
    steps.push_back({2, "a note per berkas", {"ALTER TABLE berkas ADD COLUMN catatan TEXT NOT NULL DEFAULT ''"}});
    {
        Register reg = Register::open(out);  // version 1, with data
        test::file_month(reg, out, Period{2024, 3}, {1});
    }
    Poco::Data::Session s("SQLite", db.string());
    EXPECT_EQ(migrate(s, steps), 2);
    EXPECT_EQ(schema_version(s), 2);
    std::vector<std::string> catatan;
    s << "SELECT catatan FROM berkas", into(catatan), now;
    EXPECT_EQ(catatan, std::vector<std::string>{""});
    EXPECT_EQ(migrate(s, steps), 2);  // nothing left to do
}

TEST_F(MigrationTest, AFailingStepLeavesThePreviousVersion) {
    std::vector<Migration> steps = register_migrations();
    steps.push_back({2, "broken", {"CREATE TABLE extra (x INTEGER)", "THIS IS NOT SQL"}});
    Poco::Data::Session s("SQLite", db.string());
    EXPECT_ANY_THROW(migrate(s, steps));
    EXPECT_EQ(schema_version(s), 1);
    int extra = -1;
    s << "SELECT count(*) FROM sqlite_master WHERE name = 'extra'", into(extra), now;
    EXPECT_EQ(extra, 0);
}

TEST_F(MigrationTest, MisnumberedStepsAreABug) {
    std::vector<Migration> steps = register_migrations();
    steps.push_back({3, "skips 2", {}});
    Poco::Data::Session s("SQLite", db.string());
    EXPECT_THROW(migrate(s, steps), std::invalid_argument);
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
