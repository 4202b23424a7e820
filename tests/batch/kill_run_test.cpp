// `kinerja run` killed (SIGKILL) at exact points of a re-run of March, through the run checkpoint
// of batch/run_job.cpp in the test program kinerja_kill_point, on an OUT that already holds a good
// March. After each kill the previous month is intact or the new one is entirely in place: `archive
// verify` (which only reads) names a filing left pending, the next opening of the register to write
// recovers it, verify then passes, the register agrees with the folder, and the next run succeeds
// and leaves nothing behind. The register's own recovery steps are tested in
// tests/archive/recovery_test.cpp.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "archive/file_hash.hpp"
#include "archive/register.hpp"
#include "batch/cli.hpp"
#include "test_support.hpp"

namespace kinerja {
namespace {

namespace fs = std::filesystem;

using test::CliResult;
using test::cli;

std::vector<std::string> split(const std::string& line, char delimiter) {
    std::vector<std::string> fields;
    std::stringstream in(line);
    for (std::string field; std::getline(in, field, delimiter);) fields.push_back(field);
    return fields;
}

std::set<std::string> names(const std::map<std::string, std::string>& files) {
    std::set<std::string> out;
    for (const auto& [name, bytes] : files) out.insert(name);
    return out;
}

std::set<std::string> entries(const fs::path& folder) {
    std::set<std::string> out;
    for (const auto& entry : fs::directory_iterator(folder)) out.insert(entry.path().filename().string());
    return out;
}

// The sample office cut down to the Camat and the Sekcam, so that a run (also under the
// sanitizers) takes a fraction of a second: only the rows of these NIPs.
const std::set<std::string> kept_nips{"196906272001121003", "197503122000031002"};

std::string kept_rows(const std::string& csv) {
    std::string out;
    bool header = true;
    for (const std::string& line : test::lines_of(csv)) {
        std::string digits;
        for (char c : line.substr(0, line.find(';'))) {
            if (c >= '0' && c <= '9') digits += c;
        }
        if (header || kept_nips.count(digits)) out += line + "\n";
        header = false;
    }
    return out;
}

void make_small_office(const fs::path& data) {
    fs::copy(test::sample_dir(), data, fs::copy_options::recursive);
    for (const char* name : {"pegawai.csv", "skp-2024-03.csv", "perilaku-2024-03.csv"}) {
        test::write_file(data / name, kept_rows(test::read_file(data / name)));
    }
}

// One point of the run, the data it re-runs March with, and what the killed run must leave.
struct KillCase {
    const char* point;      // kinerja_kill_point --at
    bool changed;           // the re-run's data differ from the good March (one score)
    bool new_month;         // after recovery OUT/2024-03 is the re-run's month, not the good one
    const char* recovery;   // what the next opening of the register reports; "" nothing
};

std::ostream& operator<<(std::ostream& os, const KillCase& c) {
    return os << c.point << (c.changed ? "" : " (same data)");
}

const char* const finished = "arsip: pengarsipan bulan 2024-03 yang terputus telah diselesaikan";
const char* const dropped =
    "arsip: pengarsipan bulan 2024-03 yang terputus dibatalkan; isi bulan itu tetap yang sebelumnya";

class KilledRun : public ::testing::TestWithParam<KillCase> {
protected:
    // A good March filed once per test program: the OUT every case starts from.
    static void SetUpTestSuite() {
        temp_ = new test::TempDir("kinerja-kill-run");
        make_small_office(data());
        make_small_office(changed_data());
        // The Sekcam's orientasi pelayanan 84 → 70: his documents, cetak.pdf, rekap.csv, the
        // index and the manifest differ.
        std::string perilaku = test::read_file(changed_data() / "perilaku-2024-03.csv");
        const std::size_t at = perilaku.find("\n197503122000031002;84;");
        ASSERT_NE(at, std::string::npos);
        perilaku.replace(at + 20, 2, "70");
        test::write_file(changed_data() / "perilaku-2024-03.csv", perilaku);

        CliResult good = cli({"run", data().string(), "--period", "2024-03", "--out", good_out().string(), "--quiet"});
        ASSERT_EQ(good.code, exit_ok) << good.err;
        good_month_ = new std::map<std::string, std::string>(test::snapshot(good_out() / "2024-03"));
    }
    static void TearDownTestSuite() {
        delete good_month_;
        delete temp_;
    }
    static fs::path data() { return temp_->path() / "data"; }
    static fs::path changed_data() { return temp_->path() / "data-changed"; }
    static fs::path good_out() { return temp_->path() / "good"; }

    static test::TempDir* temp_;
    static std::map<std::string, std::string>* good_month_;

    fs::path out = temp_->path() / "out";
    fs::path month = out / "2024-03";

    void SetUp() override {
        fs::remove_all(out);
        fs::copy(good_out(), out, fs::copy_options::recursive);
    }

    // `kinerja run` of March with the data `with`, by `binary`: kinerja, or kinerja_kill_point
    // with its options (kill_point_main.cpp).
    test::CommandResult run_binary(const std::string& binary, const fs::path& with) const {
        return test::run_command("exec " + binary + " run " + with.string() + " --period 2024-03 --out " +
                                 out.string() + " --quiet");
    }

    // OUT/2024-03 holds exactly the files of its manifest.csv (plus the manifest and the
    // register's marker), each with its size and hash, and the register lists exactly its index.
    void expect_consistent_month() const {
        const std::vector<std::string> manifest = test::lines_of(test::read_file(month / "manifest.csv"));
        ASSERT_FALSE(manifest.empty());
        EXPECT_EQ(manifest.at(0), "path,bytes,pages,sha256");
        std::set<std::string> listed{"manifest.csv", std::string(archive::marker_file_name)};
        for (std::size_t i = 1; i < manifest.size(); ++i) {
            const std::vector<std::string> f = split(manifest.at(i), ',');
            ASSERT_EQ(f.size(), 4u) << manifest.at(i);
            const std::string bytes = test::read_file(month / f.at(0));
            EXPECT_EQ(f.at(1), std::to_string(bytes.size())) << f.at(0);
            EXPECT_EQ(f.at(3), archive::sha256_hex(bytes)) << f.at(0);
            listed.insert(f.at(0));
        }
        EXPECT_EQ(names(test::snapshot(month)), listed);

        const std::vector<std::string> indeks = test::lines_of(test::read_file(month / "arsip" / "indeks.csv"));
        CliResult list = cli({"archive", "list", "--out", out.string(), "--period", "2024-03"});
        ASSERT_EQ(list.code, exit_ok) << list.err;
        const std::vector<std::string> rows = test::lines_of(list.out);
        ASSERT_EQ(rows.size(), indeks.size());
        EXPECT_EQ(indeks.size(), 1u + kept_nips.size());
        for (std::size_t i = 1; i < rows.size(); ++i) EXPECT_EQ(rows.at(i), indeks.at(i) + ",2024-03");
    }

    test::CommandResult verify() const {
        return test::run_command(std::string(KINERJA_BINARY) + " archive verify --out " + out.string());
    }

    void expect_verified() const {
        const test::CommandResult v = verify();
        const std::size_t files = test::lines_of(test::read_file(month / "manifest.csv")).size();  // + itself
        EXPECT_EQ(v.code, 0) << v.output;
        EXPECT_EQ(v.output, "semua " + std::to_string(files) + " berkas terdaftar (1 bulan) utuh\n");
    }

    // What `archive verify` says of a killed run's filing, before anything recovers it: the
    // filing pending (exit 1), or nothing wrong at all when none was left pending.
    void expect_pending_named(const std::string& recovery) const {
        if (recovery.empty()) {
            EXPECT_EQ(verify().code, 0);
            return;
        }
        const test::CommandResult v = verify();
        EXPECT_EQ(v.code, 1) << v.output;
        EXPECT_NE(v.output.find((out / "arsip.db").string() +
                                ": pengarsipan bulan 2024-03 terputus dan belum dipulihkan"),
                  std::string::npos)
            << v.output;
    }
};
test::TempDir* KilledRun::temp_ = nullptr;
std::map<std::string, std::string>* KilledRun::good_month_ = nullptr;

TEST_P(KilledRun, LeavesAWholeMonthTheRegisterAgreesWith) {
    const KillCase c = GetParam();
    const fs::path with = c.changed ? changed_data() : data();

    test::CommandResult killed = run_binary(std::string(KINERJA_KILL_POINT_BINARY) + " --at " + c.point, with);
    ASSERT_EQ(killed.code, -1) << "the run was not killed:\n" << killed.output;
    EXPECT_EQ(killed.output, "");

    // The run stopped where the point says: what it left before anything recovers.
    const fs::path staging = out / ".2024-03.tmp", previous = out / ".2024-03.old";
    const std::string point = c.point;
    const bool staged_some = point != "after-load";
    const bool staged_all = staged_some && point != "mid-staging";
    const bool archived = staged_all && point != "before-archive";
    const bool moved_aside = archived && point != "before-rename";
    const bool moved_in = moved_aside && point != "mid-rename";
    EXPECT_EQ(fs::exists(staging), staged_some && !moved_in);
    if (staged_some && !moved_in) {
        EXPECT_TRUE(fs::exists(staging / "formulir" / "196906272001121003.pdf"));
        EXPECT_EQ(fs::exists(staging / "formulir" / "197503122000031002.pdf"), staged_all);
        EXPECT_EQ(fs::exists(staging / "cetak.pdf"), staged_all);
        EXPECT_EQ(fs::exists(staging / archive::marker_file_name), archived);
    }
    EXPECT_EQ(fs::exists(month), !moved_aside || moved_in);
    EXPECT_EQ(fs::exists(previous), moved_aside && point != "after-commit");

    // What the killed run left: verify only reads (no file of OUT changes), the next opening of
    // the register to write recovers it.
    const std::map<std::string, std::string> killed_out = test::snapshot(out);
    expect_pending_named(c.recovery);
    EXPECT_TRUE(test::snapshot(out) == killed_out) << "archive verify changed OUT";
    {
        const archive::Register reg = archive::Register::open(out);
        std::vector<std::string> recovered;
        for (const archive::Recovery& r : reg.recovered()) recovered.push_back(r.message());
        EXPECT_EQ(recovered, c.recovery == std::string() ? std::vector<std::string>{}
                                                         : std::vector<std::string>{c.recovery});
    }
    expect_verified();
    EXPECT_FALSE(fs::exists(out / ".2024-03.old"));
    const std::map<std::string, std::string> left = test::snapshot(month);
    expect_consistent_month();
    if (!c.new_month) {
        EXPECT_TRUE(left == *good_month_) << "OUT/2024-03 is not the good month it was";
    }

    // The next run files the re-run's data whole and leaves no staging folder.
    test::CommandResult next = run_binary(KINERJA_BINARY, with);
    EXPECT_EQ(next.code, 0) << next.output;
    EXPECT_EQ(entries(out), (std::set<std::string>{"2024-03", "arsip.db"}));
    expect_verified();
    expect_consistent_month();
    const std::map<std::string, std::string> filed = test::snapshot(month);
    EXPECT_EQ(filed == *good_month_, !c.changed) << "the re-run's data give other files exactly when changed";
    if (c.new_month) {
        EXPECT_EQ(names(left), names(filed));
        EXPECT_TRUE(left == filed) << "OUT/2024-03 after the kill is not the month the re-run files";
    }
}

INSTANTIATE_TEST_SUITE_P(
    AtEachPoint, KilledRun,
    ::testing::Values(KillCase{"after-load", true, false, ""},        // nothing written
                      KillCase{"mid-staging", true, false, ""},       // half in OUT/.2024-03.tmp
                      KillCase{"before-archive", true, false, ""},    // every document staged
                      KillCase{"before-rename", true, false, dropped},  // pending in the register
                      KillCase{"mid-rename", true, true, finished},   // old month in .2024-03.old
                      KillCase{"after-rename", true, true, finished},  // new month in, not current
                      KillCase{"after-commit", true, true, ""},
                      // The same content filed again: old and new folder are the same bytes, the
                      // marker too, so finishing the pending filing is right either way.
                      KillCase{"before-rename", false, true, finished},
                      KillCase{"mid-rename", false, true, finished}),
    [](const ::testing::TestParamInfo<KillCase>& param) {
        std::string name = param.param.point;
        std::replace(name.begin(), name.end(), '-', '_');
        return name + (param.param.changed ? "" : "_same_data");
    });

// The checkpoint stops nothing for a name that is no point of the run.
TEST(KillSwitch, AnUnknownPointIsNoKill) {
    test::TempDir temp("kinerja-kill-unknown");
    make_small_office(temp.path() / "data");
    test::CommandResult r = test::run_command("exec " + std::string(KINERJA_KILL_POINT_BINARY) +
                                              " --at sesudah-semua run " + (temp.path() / "data").string() +
                                              " --period 2024-03 --quiet --out " + (temp.path() / "out").string());
    EXPECT_EQ(r.code, 0) << r.output;
    EXPECT_EQ(cli({"archive", "verify", "--out", (temp.path() / "out").string()}).code, exit_ok);
}

}  // namespace
}  // namespace kinerja
