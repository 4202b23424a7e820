// The lock on OUT (archive/out_lock.hpp): flock on the folder itself, exclusive for writers,
// shared for readers, held as long as the object lives, whatever happens to OUT's files.
#include <gtest/gtest.h>

#include "archive/out_lock.hpp"
#include "archive_test_support.hpp"

namespace kinerja::archive {
namespace {

namespace fs = std::filesystem;
using Mode = OutLock::Mode;

class OutLockTest : public ::testing::Test {
protected:
    test::ScratchDir dir{"kinerja-out-lock-test"};
    fs::path out = dir.path();

    // The message of the refusal of a lock `mode`; "" when it is granted.
    std::string refusal(Mode mode) const {
        try {
            OutLock lock = OutLock::take(out, mode);
            return "";
        } catch (const std::runtime_error& e) {
            return e.what();
        }
    }
};

const std::string busy_tail = " sedang dipakai proses kinerja lain; coba lagi setelah proses itu selesai";

TEST_F(OutLockTest, AWriterExcludesWritersAndReaders) {
    const OutLock writer = OutLock::take(out, Mode::exclusive);
    EXPECT_EQ(refusal(Mode::exclusive), "register arsip " + (out / "arsip.db").string() + busy_tail);
    EXPECT_EQ(refusal(Mode::shared), "register arsip " + (out / "arsip.db").string() + busy_tail);
}

TEST_F(OutLockTest, ReadersShareAndExcludeAWriter) {
    const OutLock reader = OutLock::take(out, Mode::shared);
    EXPECT_EQ(refusal(Mode::shared), "");
    EXPECT_NE(refusal(Mode::exclusive), "");
}

TEST_F(OutLockTest, TheLockGoesWithItsObjectAndMovesWithIt) {
    {
        OutLock first = OutLock::take(out, Mode::exclusive);
        OutLock moved = std::move(first);
        EXPECT_NE(refusal(Mode::exclusive), "");
        EXPECT_EQ(moved.mode(), Mode::exclusive);
        EXPECT_EQ(moved.out_dir(), out);
    }
    EXPECT_EQ(refusal(Mode::exclusive), "");
}

TEST_F(OutLockTest, FilesComingAndGoingInOutDoNotReleaseIt) {
    const OutLock writer = OutLock::take(out, Mode::exclusive);
    test::write_file(out / ".arsip.lock", "");
    test::write_file(out / "arsip.db", "x");
    for (const auto& entry : fs::directory_iterator(out)) fs::remove_all(entry.path());
    EXPECT_NE(refusal(Mode::exclusive), "");
    EXPECT_NO_THROW(writer.sync_folder());
}

TEST_F(OutLockTest, AFolderThatIsNotThereCannotBeLocked) {
    try {
        OutLock::take(out / "tidak-ada", Mode::shared);
        FAIL() << "locked a folder that is not there";
    } catch (const std::runtime_error& e) {
        EXPECT_EQ(std::string(e.what()).rfind((out / "tidak-ada").string() + ": folder tidak dapat dibuka: ", 0), 0u)
            << e.what();
    }
}

}  // namespace
}  // namespace kinerja::archive
