#include "archive/write_behind.hpp"
#include "load/io_error.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "archive_test_support.hpp"

namespace kinerja::archive {
namespace {

using test::read_file;
using test::ScratchDir;

std::size_t open_descriptors() {
    std::size_t count = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) ++count;
    return count;
}

std::string bytes_of(std::size_t size, unsigned seed) {
    std::string bytes(size, '\0');
    for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>((i * 131 + seed) % 256);
    return bytes;
}

TEST(WriteBehind, WritesEachFileWholeAndReplacesWhatWasThere) {
    ScratchDir dir("kinerja-write-behind");
    const std::size_t sizes[] = {0, 1, 4095, 4096, 70'000, 3 << 20};
    {
        WriteBehind behind(64 << 10);  // drops ranges while later files are still being written
        unsigned seed = 0;
        for (const std::size_t size : sizes) {
            behind.write_file(dir.path() / ("f" + std::to_string(size)), bytes_of(size, seed++));
        }
        test::write_file(dir.path() / "old", std::string(100'000, 'x'));
        behind.write_file(dir.path() / "old", "baru");
    }
    unsigned seed = 0;
    for (const std::size_t size : sizes) {
        EXPECT_EQ(read_file(dir.path() / ("f" + std::to_string(size))), bytes_of(size, seed++)) << size;
    }
    EXPECT_EQ(read_file(dir.path() / "old"), "baru");
}

TEST(WriteBehind, KeepsADescriptorPerRangeUntilItIsDroppedOrTheWriterGoes) {
    ScratchDir dir("kinerja-write-behind-fd");
    const std::size_t before = open_descriptors();
    {
        WriteBehind behind(10'000);  // the ranges of the last 10,000 bytes are kept
        for (int i = 0; i < 5; ++i) behind.write_file(dir.path() / std::to_string(i), std::string(3'000, 'a'));
        // 12,000 bytes written: the first file's range has 9,000 after it, then dropped at the 5th.
        EXPECT_EQ(open_descriptors(), before + 4);
        behind.write_file(dir.path() / "big", std::string(20'000, 'b'));
        EXPECT_EQ(open_descriptors(), before + 1);  // all before it dropped; it waits for more
    }
    EXPECT_EQ(open_descriptors(), before);
    {
        WriteBehind behind(1 << 30, 3);  // small files: at most 3 ranges kept, whatever their bytes
        for (int i = 0; i < 10; ++i) behind.write_file(dir.path() / std::to_string(i), "x");
        EXPECT_EQ(open_descriptors(), before + 3);
    }
    EXPECT_EQ(open_descriptors(), before);
    {
        WriteBehind behind(0);  // dropped as soon as written
        for (int i = 0; i < 5; ++i) behind.write_file(dir.path() / std::to_string(i), "x");
        EXPECT_EQ(open_descriptors(), before);
    }
}

TEST(WriteBehind, WritesAFileInPieces) {
    ScratchDir dir("kinerja-write-behind-pieces");
    const std::filesystem::path path = dir.path() / "cetak";
    const std::size_t before = open_descriptors();
    std::string all;
    {
        WriteBehind behind(100'000);
        WriteBehind::File file(behind, path);
        for (unsigned i = 0; i < 40; ++i) {
            const std::string piece = bytes_of(10'000 + i, i);
            ASSERT_TRUE(file.write(piece));
            all += piece;
        }
        file.close();  // the writer's duplicates of its descriptor stay until dropped
        behind.write_file(dir.path() / "next", std::string(200'000, 'n'));
    }
    EXPECT_EQ(read_file(path), all);
    EXPECT_EQ(open_descriptors(), before);
}

TEST(WriteBehind, AFileThatCouldNotBeWrittenFailsWhenClosed) {
    WriteBehind behind;
    WriteBehind::File file(behind, "/dev/full");  // every write: no space left
    EXPECT_FALSE(file.write("x"));
    EXPECT_FALSE(file.write("y"));
    try {
        file.close();
        FAIL() << "no exception";
    } catch (const IoError& e) {  // the cause a clerk can act on
        EXPECT_EQ(std::string(e.what()), "gagal menulis /dev/full: disk penuh; kosongkan ruang disk lalu jalankan lagi");
    }
}

TEST(WriteBehind, SaysWhichFileCouldNotBeWritten) {
    ScratchDir dir("kinerja-write-behind-fail");
    WriteBehind behind;
    const std::filesystem::path path = dir.path() / "tidak-ada" / "a.pdf";
    try {
        behind.write_file(path, "x");
        FAIL() << "no exception";
    } catch (const IoError& e) {  // named as an I/O failure, with its cause
        EXPECT_EQ(std::string(e.what()), "gagal menulis " + path.string() + ": folder atau berkas tidak ada");
    }
}

}  // namespace
}  // namespace kinerja::archive
