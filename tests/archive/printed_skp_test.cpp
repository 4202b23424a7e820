// The SKPs of PermenPANRB 6/2022 that each filing printed (DESIGN 8.4): a month prints an SKP
// when no earlier month of the year printed that NIP's SKP or the latest one printed different
// content; a re-run decides as the first run did; the record lives and dies with its month's
// generation, survives a rebuild with its content unknown, and a version 3 register gains it.
#include <gtest/gtest.h>

#include <Poco/Data/Session.h>

#include "archive/file_hash.hpp"
#include "archive/migrations.hpp"
#include "archive/out_lock.hpp"
#include "archive/rebuild.hpp"
#include "archive/register.hpp"
#include "archive_test_support.hpp"

namespace kinerja::archive {
namespace {
// Its own names: the unity build puts the archive tests in one source.
namespace printed_skp {

namespace fs = std::filesystem;
using test::test_nip;
using namespace Poco::Data::Keywords;

constexpr Period januari{2025, 1};
constexpr Period februari{2025, 2};
constexpr Period maret{2025, 3};

// The content hash of version `v` of employee n's plan.
std::string isi(int n, int v) { return sha256_hex("SKP " + std::to_string(n) + " versi " + std::to_string(v)); }

SkpContent content(int n, int v) { return SkpContent{test_nip(n), isi(n, v)}; }

// A month's files and the SKPs among them: pengukuran/… and rekap.csv as test::stage_files
// makes them, and skp/<NIP>.pdf for each (employee, version) printed.
struct SkpMonth {
    test::StagedMonth staged;
    std::vector<PrintedSkp> printed;
};

SkpMonth stage_with_skp(const fs::path& dir, Period period, const std::vector<int>& employees,
                        const std::vector<std::pair<int, int>>& printed) {
    SkpMonth m{test::stage_files(dir, period, employees), {}};
    for (const auto& [n, v] : printed) {
        const std::string rel = "skp/" + test_nip(n).digits + ".pdf";
        // The file holds the signing date too: its hash is not the content's.
        const std::string bytes = "%PDF SKP " + isi(n, v) + " " + period.last_day().iso();
        test::write_file(dir / rel, bytes);
        m.staged.files.push_back(describe_file(rel, bytes, 3));
        m.printed.push_back(PrintedSkp{test_nip(n), period.year, rel, isi(n, v)});
    }
    return m;
}

class PrintedSkpTest : public ::testing::Test {
protected:
    test::ScratchDir dir{"kinerja-printed-skp-test"};
    fs::path out = dir.path() / "out";
    std::optional<Register> reg{Register::open(out)};

    // Files `period` with employees 1..3 and the SKPs `printed` ((employee, version) pairs),
    // with an arsip/indeks.csv among its files, and returns the month as its folder proves it.
    FiledMonth file(Period period, const std::vector<std::pair<int, int>>& printed) {
        const MonthFolders f = month_folders(out, period.iso());
        fs::remove_all(f.staging);
        SkpMonth m = stage_with_skp(f.staging, period, {1, 2, 3}, printed);
        const std::string indeks = "indeks " + period.iso();
        test::write_file(f.staging / "arsip" / "indeks.csv", indeks);
        m.staged.files.push_back(describe_file("arsip/indeks.csv", indeks, 0));
        const MonthPlan plan = reg->plan_month(period, period.last_day(), test::test_arsip(10), m.staged.filings);
        const PendingMonth pending = reg->stage_month(plan, m.staged.files, f.staging, m.printed);
        test::rename_into_place(f);
        reg->commit_month(pending);
        return FiledMonth{period, reg->files(period), sha256_hex(indeks), reg->list(period), std::nullopt};
    }

    std::vector<bool> ask(Period period, const std::vector<SkpContent>& skps) const {
        return reg->skp_to_print(period, skps);
    }
};

TEST_F(PrintedSkpTest, AnSkpIsPrintedWhenNewOrChangedSinceTheLatestEarlierMonth) {
    EXPECT_EQ(ask(januari, {content(1, 1), content(2, 1)}), (std::vector<bool>{true, true}));
    file(januari, {{1, 1}, {2, 1}});
    // February: 1 unchanged, 2 changed, 3 has a plan for the first time.
    EXPECT_EQ(ask(februari, {content(1, 1), content(2, 2), content(3, 1)}), (std::vector<bool>{false, true, true}));
    file(februari, {{2, 2}, {3, 1}});
    // March compares with the latest month that printed each: 2's version 2 (February), not 1.
    EXPECT_EQ(ask(maret, {content(1, 1), content(2, 1), content(2, 2), content(3, 1)}),
              (std::vector<bool>{false, true, false, false}));
    EXPECT_EQ(reg->printed_skp(februari),
              (std::vector<PrintedSkp>{{test_nip(2), 2025, "skp/" + test_nip(2).digits + ".pdf", isi(2, 2)},
                                       {test_nip(3), 2025, "skp/" + test_nip(3).digits + ".pdf", isi(3, 1)}}));
    EXPECT_TRUE(reg->printed_skp(maret).empty());
}

TEST_F(PrintedSkpTest, AReRunDecidesAsTheFirstRunDid) {
    file(januari, {{1, 1}});
    file(februari, {{2, 1}});
    // February again: its own record does not count, January's does.
    EXPECT_EQ(ask(februari, {content(1, 1), content(2, 1)}), (std::vector<bool>{false, true}));
    file(februari, {{2, 1}});
    EXPECT_EQ(ask(februari, {content(1, 1), content(2, 1)}), (std::vector<bool>{false, true}));
    // January again, even after February: only the months before it count.
    EXPECT_EQ(ask(januari, {content(1, 1), content(2, 1)}), (std::vector<bool>{true, true}));
}

TEST_F(PrintedSkpTest, AReRunReplacesTheMonthsRecord) {
    file(januari, {{1, 1}, {2, 1}});
    file(januari, {{1, 2}});  // re-run: 2 no longer has a plan, 1's changed
    EXPECT_EQ(reg->printed_skp(januari),
              (std::vector<PrintedSkp>{{test_nip(1), 2025, "skp/" + test_nip(1).digits + ".pdf", isi(1, 2)}}));
    EXPECT_EQ(ask(februari, {content(1, 1), content(1, 2), content(2, 1)}), (std::vector<bool>{true, false, true}));
}

TEST_F(PrintedSkpTest, AnotherYearsSkpDoesNotCount) {
    file(Period{2024, 12}, {{1, 1}});
    EXPECT_EQ(reg->printed_skp(Period{2024, 12}).at(0).tahun, 2024);
    EXPECT_EQ(ask(januari, {content(1, 1)}), std::vector<bool>{true});
    file(januari, {{1, 1}});
    EXPECT_EQ(ask(februari, {content(1, 1)}), std::vector<bool>{false});
}

TEST_F(PrintedSkpTest, OnlyACommittedMonthCounts) {
    const MonthFolders f = month_folders(out, januari.iso());
    const SkpMonth m = stage_with_skp(f.staging, januari, {1}, {{1, 1}});
    const MonthPlan plan = reg->plan_month(januari, januari.last_day(), test::test_arsip(10), m.staged.filings);
    const PendingMonth pending = reg->stage_month(plan, m.staged.files, f.staging, m.printed);
    EXPECT_EQ(ask(februari, {content(1, 1)}), std::vector<bool>{true});  // pending: not yet
    reg->drop_month(pending);
    EXPECT_EQ(ask(februari, {content(1, 1)}), std::vector<bool>{true});
    EXPECT_TRUE(reg->printed_skp(januari).empty());

    // Staged again, put in place, and killed before commit: the next open finishes it.
    const PendingMonth again = reg->stage_month(plan, m.staged.files, f.staging, m.printed);
    (void)again;
    test::rename_into_place(f);
    reg.reset();
    reg.emplace(Register::open(out));
    ASSERT_EQ(reg->recovered().size(), 1u);
    EXPECT_EQ(reg->recovered()[0].action, Recovery::Action::finished);
    EXPECT_EQ(ask(februari, {content(1, 1)}), std::vector<bool>{false});
}

TEST_F(PrintedSkpTest, StageRefusesAnSkpItCannotRecordAndRecordsNothing) {
    const MonthFolders f = month_folders(out, januari.iso());
    const SkpMonth m = stage_with_skp(f.staging, januari, {1}, {{1, 1}, {2, 1}});
    const MonthPlan plan = reg->plan_month(januari, januari.last_day(), test::test_arsip(10), m.staged.filings);
    auto refused = [&](std::vector<PrintedSkp> printed, const std::string& expected) {
        try {
            reg->stage_month(plan, m.staged.files, f.staging, printed);
            ADD_FAILURE() << "staged " << expected;
        } catch (const std::invalid_argument& e) {
            EXPECT_EQ(std::string(e.what()), expected);
        }
    };
    const std::string nip1 = test_nip(1).digits;
    std::vector<PrintedSkp> p = m.printed;
    p[1].file = "skp/lain.pdf";
    refused(p, "arsip: berkas SKP tidak ada di bulan ini: skp/lain.pdf");
    p = m.printed;
    p[1].nip = test_nip(1);
    refused(p, "arsip: SKP dengan NIP tidak valid atau tercatat dua kali: " + nip1);
    p = m.printed;
    p[0].nip = Nip{"19800101200501100"};  // 17 digits
    refused(p, "arsip: SKP dengan NIP tidak valid atau tercatat dua kali: 19800101200501100");
    p = m.printed;
    p[0].tahun = 2024;
    refused(p, "arsip: SKP " + nip1 + " tahun 2024 bukan tahun bulan ini (2025)");
    p = m.printed;
    p[0].sha256 = "";
    refused(p, "arsip: SKP " + nip1 + " tanpa sha256 isinya");
    EXPECT_TRUE(reg->pending_months().empty());
    EXPECT_FALSE(fs::exists(f.staging / marker_file_name));
}

TEST_F(PrintedSkpTest, AReadOnlyRegisterAnswersToo) {
    file(januari, {{1, 1}});
    reg.reset();
    const Register reader = Register::open_read_only(out);
    EXPECT_EQ(reader.skp_to_print(februari, {content(1, 1), content(1, 2)}), (std::vector<bool>{false, true}));
}

// The month folders hold the hash of each SKP's file, not of its content: a rebuilt register
// knows which SKPs each month printed but not what they held, so the next month prints them
// again (nothing changed is ever left unprinted), and then knows.
TEST_F(PrintedSkpTest, ARebuiltRegisterKnowsTheSkpsButNotTheirContent) {
    const FiledMonth jan = file(januari, {{1, 1}, {2, 1}});
    const FiledMonth feb = file(februari, {{2, 2}});
    reg.reset();
    fs::remove(out / register_file_name);
    {
        const OutLock lock = OutLock::take(out, OutLock::Mode::exclusive);
        const RebuildReport report =
            rebuild_register(lock, {jan, feb}, RebuildSettings{test::test_arsip(10), "instansi.xml"});
        EXPECT_EQ(report.rebuilt, (std::vector<std::string>{"2025-01", "2025-02"}));
        EXPECT_TRUE(report.not_rebuilt.empty());
    }
    reg.emplace(Register::open(out));
    const std::string nip1 = test_nip(1).digits, nip2 = test_nip(2).digits;
    EXPECT_EQ(reg->printed_skp(januari), (std::vector<PrintedSkp>{{test_nip(1), 2025, "skp/" + nip1 + ".pdf", ""},
                                                                  {test_nip(2), 2025, "skp/" + nip2 + ".pdf", ""}}));
    // Unknown content: printed again, whatever the plan holds now; 3 never had one printed.
    EXPECT_EQ(ask(maret, {content(1, 1), content(2, 2), content(3, 1)}), (std::vector<bool>{true, true, true}));
    file(maret, {{1, 1}, {2, 2}, {3, 1}});
    EXPECT_EQ(ask(Period{2025, 4}, {content(1, 1), content(2, 2), content(3, 1)}),
              (std::vector<bool>{false, false, false}));
    EXPECT_TRUE(reg->verify().problems.empty());
}

}  // namespace printed_skp
}  // namespace
}  // namespace kinerja::archive
