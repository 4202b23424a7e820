// Hostile files in the data folder: a FIFO, a folder or a huge file where an input file is
// expected, a CSV field of 50 MB, a CSV of a million rows. Each gets a clear message, in
// bounded memory and time; nothing hangs.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "batch/cli.hpp"
#include "batch/disk_file_source.hpp"
#include "load/limits.hpp"
#include "test_support.hpp"

namespace kinerja {
namespace {
namespace fs = std::filesystem;

using CliRun = test::CliResult;

// The sample office copied to a fresh folder, to be spoiled by each test.
class HostileFiles : public ::testing::Test {
protected:
    HostileFiles() : dir_("kinerja-hostile-files") {
        fs::copy(test::sample_dir(), data(), fs::copy_options::recursive);
    }
    fs::path data() const { return dir_.path() / "data"; }
    void write(const std::string& name, const std::string& bytes) const {
        std::ofstream(data() / name, std::ios::binary | std::ios::trunc) << bytes;
    }
    // `kinerja check` through the real binary, killed after 60 s: a hang fails the test
    // instead of stopping the suite.
    test::CommandResult check_binary() const {
        return test::run_command("timeout 60 " + std::string(KINERJA_BINARY) + " check " + data().string() +
                                 " --period 2024-03");
    }

    test::TempDir dir_;
};

TEST_F(HostileFiles, AFifoNamedPegawaiCsvIsReportedNotWaitedOn) {
    fs::remove(data() / "pegawai.csv");
    ASSERT_EQ(mkfifo((data() / "pegawai.csv").c_str(), 0600), 0);
    const test::CommandResult r = check_binary();
    EXPECT_EQ(r.code, 1) << r.output;  // 124 would be the timeout
    EXPECT_NE(r.output.find("pegawai.csv:0: berkas: bukan berkas biasa (FIFO, soket atau perangkat); tidak dibaca"),
              std::string::npos)
        << r.output;
    EXPECT_EQ(r.output.find("berkas tidak ditemukan (pegawai.csv, pegawai.xlsx atau pegawai.xml)"), std::string::npos) << r.output;
}

TEST_F(HostileFiles, AFifoAmongTheSopsIsReported) {
    ASSERT_EQ(mkfifo((data() / "sop" / "antrian.xml").c_str(), 0600), 0);
    const test::CommandResult r = check_binary();
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_NE(r.output.find("sop/antrian.xml:0: berkas: bukan berkas biasa"), std::string::npos) << r.output;
}

TEST_F(HostileFiles, AFolderNamedLikeAFileIsReported) {
    fs::remove(data() / "perilaku-2024-03.csv");
    fs::create_directory(data() / "perilaku-2024-03.csv");
    const CliRun r = test::cli({"check", data().string(), "--period", "2024-03"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("perilaku-2024-03.csv:0: berkas: berupa folder, bukan berkas"), std::string::npos) << r.err;
}

TEST_F(HostileFiles, AFileOverTheSizeLimitIsRefusedUnread) {
    // Sparse: 300 MB long, nothing written, so the test is fast and uses no disk.
    fs::resize_file(data() / "skp-2024-03.csv", 300u * 1024u * 1024u);
    DiskFileSource files(data());
    EXPECT_FALSE(files.read("skp-2024-03.csv"));
    EXPECT_EQ(files.unreadable("skp-2024-03.csv"), "berkas terlalu besar (300 MB; paling besar 256 MB); tidak dibaca");
    const CliRun r = test::cli({"check", data().string(), "--period", "2024-03"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("skp-2024-03.csv:0: berkas: berkas terlalu besar (300 MB; paling besar 256 MB); tidak dibaca"),
              std::string::npos)
        << r.err;
}

TEST_F(HostileFiles, ReadableAndAbsentFilesHaveNoComplaint) {
    DiskFileSource files(data());
    EXPECT_EQ(files.unreadable("pegawai.csv"), "");
    EXPECT_EQ(files.unreadable("tidak-ada.csv"), "");
    EXPECT_EQ(files.unreadable("../etc/passwd"), "");  // outside the folder: absent
    EXPECT_FALSE(files.read("../etc/passwd"));
    EXPECT_FALSE(files.read("/etc/passwd"));
}

// A 50 MB field: read without holding more than max_value_bytes of it; the row is reported at
// its column and skipped, the rest of the file read.
TEST_F(HostileFiles, AFiftyMegabyteFieldSkipsItsRow) {
    std::string pegawai = test::read_file(data() / "pegawai.csv");
    const std::size_t row3 = pegawai.find('\n', pegawai.find('\n') + 1) + 1;
    // The nama (column 2) of the staff member on line 3 becomes 50 MB, quoted, with a line break.
    const std::size_t nama = pegawai.find(';', row3) + 1;
    const std::string huge = "\"" + std::string(25u << 20, 'A') + "\n" + std::string(25u << 20, 'B') + "\"";
    pegawai.replace(nama, pegawai.find(';', nama) - nama, huge);
    write("pegawai.csv", pegawai);

    const CliRun r = test::cli({"check", data().string(), "--period", "2024-03"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("pegawai.csv:3: nama: isian lebih dari 10.000 karakter; baris dilewati\n"),
              std::string::npos)
        << r.err.substr(0, 2000);
    // The rows after it were read: those under the skipped one are reported for it.
    EXPECT_NE(r.err.find("pegawai.csv:5: nip_atasan: "), std::string::npos) << r.err;  // row 3 spans lines 3-4
}

// A CSV of a million rows: the reader stops after limits::max_csv_rows and says so once. It
// reads in one pass (no row is visited twice, no per-row search of the header or of the
// problems found), so work is linear in the rows read.
TEST_F(HostileFiles, AMillionRowCsvIsReadUpToTheLimit) {
    std::string skp = test::read_file(data() / "skp-2024-03.csv");
    const std::string header = skp.substr(0, skp.find('\n') + 1);
    // Tugas tambahan rows (the later columns left out): the cheapest for the model, so the test
    // stays fast under ASan. Written a thousand rows at a time.
    std::string block;
    for (int i = 0; i < 1000; ++i) block += "196906272001121003;tambahan;Panitia\n";
    {
        std::ofstream out(data() / "skp-2024-03.csv", std::ios::binary | std::ios::trunc);
        out << header;
        for (int i = 0; i < 1000; ++i) out << block;
    }

    const CliRun r = test::cli({"check", data().string(), "--period", "2024-03"});
    EXPECT_EQ(r.code, 1);
    const std::string limit_line = "skp-2024-03.csv:" + std::to_string(limits::max_csv_rows + 2) +
                                   ": berkas: berkas terlalu besar: lebih dari 100.000 baris data; baris ini dan "
                                   "sesudahnya tidak dibaca\n";
    EXPECT_NE(r.err.find(limit_line), std::string::npos) << r.err.substr(0, 2000);
}

// As many problems as rows: each reported once, and collecting them stays linear (check used to
// search every problem found so far for each new one).
TEST_F(HostileFiles, TwentyThousandBadRowsAreEachReportedOnce) {
    std::string perilaku = test::read_file(data() / "perilaku-2024-03.csv");
    for (int i = 0; i < 20000; ++i) perilaku += "1234;80;80;80;80;80;\n";
    write("perilaku-2024-03.csv", perilaku);
    const CliRun r = test::cli({"check", data().string(), "--period", "2024-03"});
    EXPECT_EQ(r.code, 1);
    std::size_t lines = 0;
    for (std::size_t at = r.err.find("perilaku-2024-03.csv:"); at != std::string::npos;
         at = r.err.find("perilaku-2024-03.csv:", at + 1)) {
        ++lines;
    }
    EXPECT_EQ(lines, 20000u) << r.err.substr(0, 1000);
}

// Every field an empty column: the header is wide, the file small. Stopped by the field limit.
TEST_F(HostileFiles, MillionsOfEmptyFieldsStopAtTheFieldLimit) {
    std::string perilaku = test::read_file(data() / "perilaku-2024-03.csv");
    perilaku.append(3u << 20, ';');
    perilaku += '\n';
    write("perilaku-2024-03.csv", perilaku);
    const CliRun r = test::cli({"check", data().string(), "--period", "2024-03"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find(": berkas: berkas terlalu besar: lebih dari 2.000.000 isian; baris ini dan sesudahnya "
                         "tidak dibaca\n"),
              std::string::npos)
        << r.err.substr(0, 2000);
}

}  // namespace
}  // namespace kinerja
