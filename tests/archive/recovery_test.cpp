// A run killed at each step of the filing protocol (register.hpp): reopening the register
// leaves it consistent with the month folder. The kill is simulated by stopping after a step
// and closing the register (a killed process releases its lock the same way).
#include <gtest/gtest.h>

#include <optional>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

#include "archive/register.hpp"
#include "load/io_error.hpp"
#include "archive_test_support.hpp"

namespace kinerja::archive {
namespace {

namespace fs = std::filesystem;
using test::maret;


class RecoveryTest : public ::testing::Test {
protected:
    test::ScratchDir dir{"kinerja-recovery-test"};
    fs::path out = dir.path() / "out";
    MonthFolders f = month_folders(out, "2024-03");
    std::optional<Register> reg;
    std::vector<compose::ArsipEntry> before;  // March as first filed: employees 1, 2
    test::StagedMonth staged;                 // the re-run: employees 1, 3 (3 new), new bytes

    void SetUp() override {
        reg.emplace(Register::open(out));
        test::file_month(*reg, out, maret, {1, 2});
        before = reg->list(maret);
        staged = test::stage_files(f.staging, maret, {1, 3}, "2");
    }

    MonthPlan plan() { return reg->plan_month(maret, maret.last_day(), test::test_arsip(10), staged.filings); }

    // Closes the register as a kill would and opens it again, as the next run does first.
    std::vector<Recovery> reopen() {
        reg.reset();
        reg.emplace(Register::open(out));
        return reg->recovered();
    }

    void expect_consistent() {
        VerifyReport v = reg->verify();
        for (const VerifyProblem& p : v.problems) ADD_FAILURE() << p.message();
        EXPECT_FALSE(fs::exists(f.previous));
    }

    // March holds the first filing again: numbers, hashes and files.
    void expect_before() {
        EXPECT_EQ(reg->list(maret), before);
        EXPECT_TRUE(fs::exists(f.month / "pengukuran" / (test::test_nip(2).digits + ".pdf")));
        expect_consistent();
    }

    // March holds the re-run: employee 3 has berkas 3 (2 keeps berkas 2, never reused).
    void expect_after() {
        std::vector<compose::ArsipEntry> now = reg->list(maret);
        ASSERT_EQ(now.size(), 2u);
        EXPECT_EQ(now[0].berkas, 1);
        EXPECT_EQ(now[1].berkas, 3);
        EXPECT_EQ(now[1].nip, test::test_nip(3));
        EXPECT_EQ(now[0].sha256, staged.files[0].sha256);
        EXPECT_FALSE(fs::exists(f.month / "pengukuran" / (test::test_nip(2).digits + ".pdf")));
        expect_consistent();
    }
};

Recovery::Action only_action(const std::vector<Recovery>& r) {
    EXPECT_EQ(r.size(), 1u);
    return r.empty() ? Recovery::Action::dropped : r.front().action;
}

TEST_F(RecoveryTest, KilledAfterPlanningChangesNothing) {
    MonthPlan p = plan();
    EXPECT_EQ(p.entries.at(1).berkas, 3);
    EXPECT_TRUE(reopen().empty());
    expect_before();
    // The numbers handed out but never recorded are handed out again the same way.
    EXPECT_EQ(plan().entries, p.entries);
}

TEST_F(RecoveryTest, KilledAfterStagingBeforeTheMarkerDropsThePendingMonth) {
    reg->stage_month(plan(), staged.files, f.staging);
    fs::remove(f.staging / marker_file_name);
    EXPECT_EQ(only_action(reopen()), Recovery::Action::dropped);
    expect_before();
    EXPECT_EQ(plan().entries.at(1).berkas, 3);  // the dropped berkas 3 is free again
}

// The marker cannot be written (the staging folder is a file, which refuses even root): an
// IoError naming the file and the cause, and the pending generation is dropped again.
TEST_F(RecoveryTest, AMarkerThatCannotBeWrittenIsAnIoErrorAndLeavesNothingPending) {
    const fs::path not_a_folder = dir.path() / "bukan-folder";
    test::write_file(not_a_folder, "berkas biasa");
    try {
        reg->stage_month(plan(), staged.files, not_a_folder);
        ADD_FAILURE() << "the marker was written into a file";
    } catch (const IoError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "gagal menulis " + (not_a_folder / marker_file_name).string() + ": bagian jalurnya bukan folder");
    }
    EXPECT_TRUE(reg->pending_months().empty());
    EXPECT_TRUE(reopen().empty());
    expect_before();
}

TEST_F(RecoveryTest, KilledAfterStagingBeforeTheRenameDropsThePendingMonth) {
    reg->stage_month(plan(), staged.files, f.staging);
    EXPECT_TRUE(fs::exists(f.staging / marker_file_name));
    EXPECT_EQ(only_action(reopen()), Recovery::Action::dropped);
    expect_before();
}

TEST_F(RecoveryTest, KilledBetweenTheTwoRenamesFinishesWithTheStagedMonth) {
    PendingMonth pending = reg->stage_month(plan(), staged.files, f.staging);
    EXPECT_EQ(pending.periode, "2024-03");
    test::rename_into_place(f, 1);  // old month moved aside, new one not yet in
    ASSERT_FALSE(fs::exists(f.month));
    EXPECT_EQ(only_action(reopen()), Recovery::Action::finished);
    expect_after();
    EXPECT_FALSE(fs::exists(f.staging));
}

TEST_F(RecoveryTest, KilledAfterTheRenameBeforeCommitFinishes) {
    reg->stage_month(plan(), staged.files, f.staging);
    test::rename_into_place(f, 2);  // in place; the old month not yet removed
    EXPECT_EQ(only_action(reopen()), Recovery::Action::finished);
    expect_after();
}

TEST_F(RecoveryTest, KilledAfterCommitNeedsNothing) {
    PendingMonth pending = reg->stage_month(plan(), staged.files, f.staging);
    test::rename_into_place(f);
    reg->commit_month(pending);
    EXPECT_TRUE(reopen().empty());
    expect_after();
    EXPECT_THROW(reg->commit_month(pending), std::logic_error);  // not pending any more
}

TEST_F(RecoveryTest, AMonthMovedAsideAndNotReplacedIsPutBack) {
    // The old month moved aside and nothing staged to replace it (no pending filing).
    fs::remove_all(f.staging);
    test::rename_into_place(f, 1);
    EXPECT_EQ(only_action(reopen()), Recovery::Action::restored);
    expect_before();
}

TEST_F(RecoveryTest, ADroppedMonthCanBeFiledAgain) {
    reg->stage_month(plan(), staged.files, f.staging);
    reopen();
    PendingMonth pending = reg->stage_month(plan(), staged.files, f.staging);
    test::rename_into_place(f);
    reg->commit_month(pending);
    expect_after();
}

TEST_F(RecoveryTest, ExplicitDropForgetsThePendingMonth) {
    PendingMonth pending = reg->stage_month(plan(), staged.files, f.staging);
    EXPECT_THROW(reg->stage_month(plan(), staged.files, f.staging), std::logic_error);  // one at a time
    reg->drop_month(pending);
    EXPECT_TRUE(reopen().empty());
    expect_before();
}

// The same with a real SIGKILL: a child process files the re-run and kills itself right after
// step `kill_after` (1 plan, 2 stage, 3 old month moved aside, 4 new month in place, 5 commit).
class KilledChild : public RecoveryTest, public ::testing::WithParamInterface<int> {};

TEST_P(KilledChild, LeavesTheRegisterConsistentWithTheMonthFolder) {
    const int kill_after = GetParam();
    reg.reset();  // the child takes the lock
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        Register r = Register::open(out);
        MonthPlan p = r.plan_month(maret, maret.last_day(), test::test_arsip(10), staged.filings);
        if (kill_after == 1) raise(SIGKILL);
        PendingMonth pending = r.stage_month(p, staged.files, f.staging);
        if (kill_after == 2) raise(SIGKILL);
        test::rename_into_place(f, 1);
        if (kill_after == 3) raise(SIGKILL);
        test::rename_into_place(f, 2);
        if (kill_after == 4) raise(SIGKILL);
        r.commit_month(pending);
        raise(SIGKILL);
        _exit(0);
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "the child ended otherwise";
    reg.emplace(Register::open(out));
    if (kill_after <= 2) {
        expect_before();
    } else {
        expect_after();
    }
}

INSTANTIATE_TEST_SUITE_P(AtEachStep, KilledChild, ::testing::Values(1, 2, 3, 4, 5));

TEST(RecoveryFirstMonth, KilledBeforeTheFirstRenameFinishesWithTheStagedMonth) {
    test::ScratchDir dir{"kinerja-recovery-first"};
    const fs::path out = dir.path() / "out";
    const MonthFolders f = month_folders(out, "2024-03");
    {
        Register reg = Register::open(out);
        test::StagedMonth staged = test::stage_files(f.staging, maret, {1});
        MonthPlan plan = reg.plan_month(maret, maret.last_day(), test::test_arsip(10), staged.filings);
        reg.stage_month(plan, staged.files, f.staging);
    }
    Register reg = Register::open(out);
    ASSERT_EQ(reg.recovered().size(), 1u);
    EXPECT_EQ(reg.recovered()[0].action, Recovery::Action::finished);
    EXPECT_EQ(reg.list(maret).size(), 1u);
    EXPECT_TRUE(reg.verify().problems.empty());
}

}  // namespace
}  // namespace kinerja::archive
