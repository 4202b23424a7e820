// The register OUT/arsip.db: numbers across months and re-runs, the index rows it keeps,
// re-hashing, the lock.
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include <Poco/Data/Session.h>

#include "archive/file_hash.hpp"
#include "archive/register.hpp"
#include "archive/register_file.hpp"
#include "load/io_error.hpp"
#include "archive_test_support.hpp"

namespace kinerja::archive {
namespace {

namespace fs = std::filesystem;
using test::april;
using test::maret;
using test::mei;
using test::file_month;
using test::test_nip;

// "box/berkas/item nip-number" for each entry, in index order.
std::vector<std::string> numbers(const std::vector<compose::ArsipEntry>& entries) {
    std::vector<std::string> out;
    for (const compose::ArsipEntry& e : entries) {
        out.push_back(std::to_string(e.no) + ": " + std::to_string(e.box) + "/" + std::to_string(e.berkas) + "/" +
                      std::to_string(e.item) + " " + e.nip.digits.substr(15));
    }
    return out;
}

class RegisterTest : public ::testing::Test {
protected:
    test::ScratchDir dir{"kinerja-register-test"};
    fs::path out = dir.path() / "out";
};

TEST_F(RegisterTest, TwoMonthsOneEmployeeAddedOneRemoved) {
    Register reg = Register::open(out);
    MonthPlan m = file_month(reg, out, maret, {1, 2, 3}, 2);
    EXPECT_EQ(numbers(m.entries), (std::vector<std::string>{"1: 1/1/1 001", "2: 1/2/1 002", "3: 2/3/1 003"}));
    // April: 2 has left, 4 joins (listed first in the pegawai file): the next berkas, box 2.
    MonthPlan a = file_month(reg, out, april, {4, 1, 3}, 2);
    EXPECT_EQ(numbers(a.entries), (std::vector<std::string>{"1: 1/1/2 001", "2: 2/3/2 003", "3: 2/4/1 004"}));
    ASSERT_EQ(a.boxes.size(), 2u);
    EXPECT_EQ(a.boxes[0], (compose::ArsipBox{2024, 1, 1, 2, 2, {compose::JenisArsip::pengukuran}}));  // berkas 2 stays in box 1
    EXPECT_EQ(a.boxes[1], (compose::ArsipBox{2024, 2, 3, 4, 2, {compose::JenisArsip::pengukuran}}));

    EXPECT_EQ(numbers(reg.list(maret)), numbers(m.entries));
    EXPECT_EQ(numbers(reg.list(april)), numbers(a.entries));
    EXPECT_EQ(reg.list().size(), 6u);
}

TEST_F(RegisterTest, ReRunningAMonthChangesNoNumber) {
    Register reg = Register::open(out);
    MonthPlan first = file_month(reg, out, maret, {1, 2, 3}, 2);
    file_month(reg, out, april, {4, 1, 3}, 2);
    MonthPlan again = file_month(reg, out, maret, {1, 2, 3}, 2, "2");
    EXPECT_EQ(numbers(again.entries), numbers(first.entries));
    EXPECT_EQ(reg.list(maret), again.entries);
    EXPECT_NE(reg.list(maret).at(0).sha256, first.entries.at(0).sha256);  // the new file's hash
    // Re-running April keeps its numbers too, and so does a run in another process (reopened).
    std::vector<std::string> april_numbers = numbers(reg.list(april));
    { Register closed = std::move(reg); }
    Register reopened = Register::open(out);
    EXPECT_EQ(numbers(file_month(reopened, out, april, {4, 1, 3}, 2, "3").entries), april_numbers);
}

TEST_F(RegisterTest, ARemovedEmployeeKeepsTheBerkasAndANewcomerInAReRunGetsTheNextOne) {
    Register reg = Register::open(out);
    file_month(reg, out, maret, {1, 2, 3});
    file_month(reg, out, april, {1, 3});
    // March again without 2 and with 5: 2's berkas 2 is not reused.
    MonthPlan m = file_month(reg, out, maret, {1, 3, 5}, 10, "2");
    EXPECT_EQ(numbers(m.entries), (std::vector<std::string>{"1: 1/1/1 001", "2: 1/3/1 003", "3: 1/4/1 005"}));
    // 2 back in a later re-run: the same berkas, an item number never used before in it.
    MonthPlan back = file_month(reg, out, maret, {1, 2, 3, 5}, 10, "3");
    EXPECT_EQ(numbers(back.entries),
              (std::vector<std::string>{"1: 1/1/1 001", "2: 1/2/2 002", "3: 1/3/1 003", "4: 1/4/1 005"}));
}

TEST_F(RegisterTest, CapacityBoundaryOpensBox2) {
    Register reg = Register::open(out);
    std::vector<int> ten{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    MonthPlan m = file_month(reg, out, maret, ten, 10);
    EXPECT_EQ(m.entries.back().box, 1);
    ASSERT_EQ(m.boxes.size(), 1u);
    EXPECT_EQ(m.boxes[0], (compose::ArsipBox{2024, 1, 1, 10, 10, {compose::JenisArsip::pengukuran}}));
    ten.push_back(11);
    MonthPlan a = file_month(reg, out, april, ten, 10);
    EXPECT_EQ(a.entries.back().berkas, 11);
    EXPECT_EQ(a.entries.back().box, 2);
    ASSERT_EQ(a.boxes.size(), 2u);
    EXPECT_EQ(a.boxes[1], (compose::ArsipBox{2024, 2, 11, 11, 1, {compose::JenisArsip::pengukuran}}));
}

TEST_F(RegisterTest, ANewYearStartsAtBerkas1Box1) {
    Register reg = Register::open(out);
    file_month(reg, out, Period{2024, 12}, {1, 2, 3});
    MonthPlan j = file_month(reg, out, Period{2025, 1}, {3, 1});
    EXPECT_EQ(numbers(j.entries), (std::vector<std::string>{"1: 1/1/1 003", "2: 1/2/1 001"}));
    EXPECT_EQ(j.entries.at(0).uraian, "Pengukuran Kinerja Januari 2025 a.n. Pegawai 3");
}

TEST_F(RegisterTest, EntriesCarryTheFilingsAndTheOfficeSettings) {
    Register reg = Register::open(out);
    MonthPlan m = file_month(reg, out, maret, {7});
    const compose::ArsipEntry& e = m.entries.at(0);
    EXPECT_EQ(e.periode, maret);
    EXPECT_EQ(e.kode_klasifikasi, "800.1.4.4");
    EXPECT_EQ(e.uraian, "Pengukuran Kinerja Maret 2024 a.n. Pegawai 7");
    EXPECT_EQ(e.nip, test_nip(7));
    EXPECT_EQ(e.tanggal, (Date{2024, 3, 31}));
    EXPECT_EQ(e.halaman, 2);
    EXPECT_EQ(e.retensi_aktif, 2);
    EXPECT_EQ(e.retensi_inaktif, 3);
    EXPECT_EQ(e.file, "pengukuran/" + test_nip(7).digits + ".pdf");
    EXPECT_EQ(e.sha256, sha256_hex(test::read_file(out / "2024-03" / e.file)));
    EXPECT_EQ(reg.list(maret), m.entries);
    std::vector<FileRecord> files = reg.files(maret);
    ASSERT_EQ(files.size(), 2u);
    EXPECT_EQ(files[0].path, e.file);
    EXPECT_EQ(files[1].path, "rekap.csv");
    EXPECT_TRUE(reg.files(april).empty());
}

// "berkas box nip-number awal..akhir halaman nasib" for each berkas of a plan's Daftar Berkas.
std::vector<std::string> daftar_berkas(const MonthPlan& plan) {
    std::vector<std::string> out;
    for (const compose::ArsipBerkas& b : plan.berkas) {
        std::string pages;
        for (int h : b.halaman) pages += (pages.empty() ? "" : "+") + std::to_string(h);
        out.push_back(std::to_string(b.berkas) + " box" + std::to_string(b.box) + " " + b.nip.digits.substr(15) + " " +
                      b.awal.iso() + ".." + b.akhir.iso() + " " + pages + " " +
                      std::string(nasib_akhir_text(b.nasib_akhir)));
    }
    return out;
}

// The Daftar Berkas of a month: every berkas of the year with an item filed up to that month,
// this month's items counted in, each with the settings of its latest filing; a later month's
// filings are not in an earlier month's list, and a new year starts empty.
TEST_F(RegisterTest, TheDaftarBerkasHoldsTheYearsBerkasUpToTheMonth) {
    Register reg = Register::open(out);
    MonthPlan m = file_month(reg, out, maret, {1, 2, 3}, 2);
    EXPECT_EQ(daftar_berkas(m), (std::vector<std::string>{"1 box1 001 2024-03..2024-03 2 Musnah",
                                                          "2 box1 002 2024-03..2024-03 2 Musnah",
                                                          "3 box2 003 2024-03..2024-03 2 Musnah"}));
    ASSERT_EQ(m.berkas.size(), 3u);
    EXPECT_EQ(m.berkas[0].uraian, "Pengukuran Kinerja Tahun 2024 a.n. Pegawai 1");
    EXPECT_EQ(m.berkas[0].kode_klasifikasi, "800.1.4.4");
    EXPECT_EQ(m.berkas[0].retensi_inaktif, 3);

    // April, filed with nasib akhir Permanen: 2 files nothing, 4 opens berkas 4.
    ArsipSetting permanen = test::test_arsip(2);
    permanen.nasib_akhir = NasibAkhir::permanen;
    const MonthFolders f = month_folders(out, april.iso());
    test::StagedMonth staged = test::stage_files(f.staging, april, {4, 1, 3});
    MonthPlan a = reg.plan_month(april, april.last_day(), permanen, staged.filings);
    const std::vector<std::string> april_list{
        "1 box1 001 2024-03..2024-04 2+2 Permanen", "2 box1 002 2024-03..2024-03 2 Musnah",
        "3 box2 003 2024-03..2024-04 2+2 Permanen", "4 box2 004 2024-04..2024-04 2 Permanen"};
    EXPECT_EQ(daftar_berkas(a), april_list);
    EXPECT_EQ(a.berkas.at(3).uraian, "Pengukuran Kinerja Tahun 2024 a.n. Pegawai 4");
    const PendingMonth pending = reg.stage_month(a, staged.files, f.staging);
    test::rename_into_place(f);
    reg.commit_month(pending);

    // March again: April's items and berkas 4 are not in it.
    const MonthFolders again = month_folders(out, maret.iso());
    EXPECT_EQ(daftar_berkas(reg.plan_month(maret, maret.last_day(), test::test_arsip(2),
                                           test::stage_files(again.staging, maret, {1, 2, 3}).filings)),
              daftar_berkas(m));
    // May, filing only 1: the others stand as filed.
    MonthPlan may = reg.plan_month(mei, mei.last_day(), test::test_arsip(2),
                                   test::stage_files(month_folders(out, mei.iso()).staging, mei, {1}).filings);
    EXPECT_EQ(daftar_berkas(may), (std::vector<std::string>{
                                      "1 box1 001 2024-03..2024-05 2+2+2 Musnah", april_list.at(1),
                                      april_list.at(2), april_list.at(3)}));
    // January of the next year: the berkas of 2024 are not listed.
    const Period januari{2025, 1};
    MonthPlan jan = reg.plan_month(januari, januari.last_day(), test::test_arsip(2), {});
    EXPECT_TRUE(jan.berkas.empty());
}

// A month printed on one side (<cetak sisi="satu">) counts a lembar per page, one printed on
// both sides a lembar per two pages: each item of a berkas as its own month was printed, also
// once the register is opened again.
TEST_F(RegisterTest, TheDaftarBerkasCountsEachItemsLembarAsItsMonthWasPrinted) {
    {
        Register reg = Register::open(out);
        ArsipSetting satu = test::test_arsip(10);
        satu.sisi_cetak = SisiCetak::satu;
        const MonthFolders f = month_folders(out, maret.iso());
        test::StagedMonth staged = test::stage_files(f.staging, maret, {1, 2});
        MonthPlan m = reg.plan_month(maret, maret.last_day(), satu, staged.filings);
        ASSERT_EQ(m.berkas.size(), 2u);
        EXPECT_EQ(m.berkas[0].halaman, std::vector<int>{2});
        EXPECT_EQ(m.berkas[0].lembar, std::vector<int>{2});
        const PendingMonth pending = reg.stage_month(m, staged.files, f.staging);
        test::rename_into_place(f);
        reg.commit_month(pending);
    }
    Register reg = Register::open(out);
    MonthPlan a = file_month(reg, out, april, {1, 3});  // test_arsip: both sides
    ASSERT_EQ(a.berkas.size(), 3u);
    EXPECT_EQ(a.berkas[0].halaman, (std::vector<int>{2, 2}));
    EXPECT_EQ(a.berkas[0].lembar, (std::vector<int>{2, 1}));
    EXPECT_EQ(a.berkas[1].lembar, std::vector<int>{2});
    EXPECT_EQ(a.berkas[2].lembar, std::vector<int>{1});
}

TEST_F(RegisterTest, StageRejectsAPlanTheRegisterNoLongerMatches) {
    Register reg = Register::open(out);
    const MonthFolders f = month_folders(out, "2024-04");
    test::StagedMonth staged = test::stage_files(f.staging, april, {1});
    MonthPlan stale = reg.plan_month(april, april.last_day(), test::test_arsip(10), staged.filings);
    file_month(reg, out, maret, {2});  // meanwhile berkas 1 goes to employee 2
    EXPECT_THROW(reg.stage_month(stale, staged.files, f.staging), std::logic_error);
    EXPECT_TRUE(reg.list(april).empty());
}

TEST_F(RegisterTest, StageNeedsEveryDocumentAmongTheFilesAndNoneOutsideTheMonth) {
    Register reg = Register::open(out);
    const MonthFolders f = month_folders(out, "2024-03");
    test::StagedMonth staged = test::stage_files(f.staging, maret, {1, 2});
    MonthPlan plan = reg.plan_month(maret, maret.last_day(), test::test_arsip(10), staged.filings);
    std::vector<FileRecord> missing(staged.files.begin() + 1, staged.files.end());
    EXPECT_THROW(reg.stage_month(plan, missing, f.staging), std::invalid_argument);
    std::vector<FileRecord> outside = staged.files;
    outside.push_back(describe_file("../2024-02/rekap.csv", "x", 0));
    EXPECT_THROW(reg.stage_month(plan, outside, f.staging), std::invalid_argument);
    outside.back().path = "/etc/passwd";
    EXPECT_THROW(reg.stage_month(plan, outside, f.staging), std::invalid_argument);
    std::vector<FileRecord> twice = staged.files;
    twice.push_back(staged.files.front());
    EXPECT_THROW(reg.stage_month(plan, twice, f.staging), std::invalid_argument);
}

TEST_F(RegisterTest, ASecondOpenWhileTheFirstLivesIsRefused) {
    Register reg = Register::open(out);
    try {
        Register::open(out);
        FAIL() << "second open succeeded";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("sedang dipakai proses kinerja lain"), std::string::npos) << e.what();
    }
    { Register moved = std::move(reg); }  // closing releases the lock
    EXPECT_NO_THROW(Register::open(out));
}

// Another program (not kinerja: it does not take the OutLock) holds an EXCLUSIVE lock on the
// database: opening to write or to read is an IoError saying so, not a damaged register.
TEST_F(RegisterTest, ADatabaseLockedByAnotherProgramIsAnIoErrorNotDamage) {
    { Register reg = Register::open(out); }
    Poco::Data::Session other = open_database(out / register_file_name, Access::read_write);
    other << "BEGIN EXCLUSIVE", Poco::Data::Keywords::now;
    const std::string said = "register arsip " + (out / register_file_name).string() +
                             ": sedang dikunci program lain (mis. aplikasi pembuka basis data); tutup program itu"
                             " lalu jalankan lagi";
    for (const bool writer : {true, false}) {
        try {
            if (writer) Register::open(out);
            if (!writer) Register::open_read_only(out);
            ADD_FAILURE() << "opened a locked register, writer " << writer;
        } catch (const IoError& e) {
            EXPECT_EQ(std::string(e.what()), said);
        }
    }
    other << "ROLLBACK", Poco::Data::Keywords::now;
    EXPECT_NO_THROW(Register::open(out));
}

// The lock file of older versions locks nothing now: a writer removes it.
TEST_F(RegisterTest, TheOldLockFileIsRemovedAndNoneIsMade) {
    { Register reg = Register::open(out); }
    EXPECT_FALSE(fs::exists(out / old_lock_file_name));
    test::write_file(out / old_lock_file_name, "");
    { Register reg = Register::open(out); }
    EXPECT_FALSE(fs::exists(out / old_lock_file_name));
    EXPECT_EQ(std::distance(fs::directory_iterator(out), fs::directory_iterator()), 1) << "OUT holds arsip.db only";
}

TEST_F(RegisterTest, VerifyIntact) {
    Register reg = Register::open(out);
    file_month(reg, out, maret, {1, 2});
    file_month(reg, out, april, {1});
    VerifyReport r = reg.verify();
    EXPECT_EQ(r.months, 2u);
    EXPECT_EQ(r.files, 5u);
    EXPECT_TRUE(r.problems.empty());
}

TEST_F(RegisterTest, VerifyNamesAChangedAndADeletedFile) {
    Register reg = Register::open(out);
    file_month(reg, out, maret, {1, 2});
    const fs::path changed = out / "2024-03" / ("pengukuran/" + test_nip(2).digits + ".pdf");
    const fs::path deleted = out / "2024-03" / "rekap.csv";
    {
        // Same size, one byte different: caught by the hash, not the size.
        std::string bytes = test::read_file(changed);
        bytes.back() = bytes.back() == 'x' ? 'y' : 'x';
        test::write_file(changed, bytes);
    }
    fs::remove(deleted);
    VerifyReport r = reg.verify();
    ASSERT_EQ(r.problems.size(), 2u);
    EXPECT_EQ(r.problems[0].message(), changed.generic_string() + ": berkas berubah");
    EXPECT_EQ(r.problems[1].message(), deleted.generic_string() + ": berkas hilang");
}

// Everything under `root` (itself included): names, sizes, modification times and bytes.
std::map<std::string, std::string> tree(const fs::path& root) {
    std::map<std::string, std::string> state;
    auto describe = [](const fs::directory_entry& e) {
        const auto mtime = e.last_write_time().time_since_epoch().count();
        return std::to_string(mtime) + (e.is_directory() ? std::string("/") : test::read_file(e.path()));
    };
    state["."] = describe(fs::directory_entry(root));
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        state[fs::relative(entry.path(), root).generic_string()] = describe(entry);
    }
    return state;
}

TEST_F(RegisterTest, ARegisterOpenedReadOnlyWritesNothingAndRefusesToFile) {
    {
        Register reg = Register::open(out);
        file_month(reg, out, maret, {1, 2});
    }
    const std::map<std::string, std::string> before = tree(out);
    Register reader = Register::open_read_only(out);
    EXPECT_EQ(reader.list().size(), 2u);
    EXPECT_TRUE(reader.verify().problems.empty());
    EXPECT_TRUE(reader.pending_months().empty());
    EXPECT_NO_THROW(Register::open_read_only(out));  // readers share
    const fs::path staging = dir.path() / "staging";  // outside OUT, which must not change
    test::StagedMonth staged = test::stage_files(staging, april, {1});
    MonthPlan plan = reader.plan_month(april, april.last_day(), test::test_arsip(10), staged.filings);
    EXPECT_THROW(reader.stage_month(plan, staged.files, staging), std::logic_error);
    const std::map<std::string, std::string> after = tree(out);
    for (const auto& [name, state] : before) {
        EXPECT_TRUE(after.count(name) && after.at(name) == state) << name << " changed or went";
    }
    EXPECT_EQ(after.size(), before.size()) << "a file appeared in OUT";
}

// What a run must never do: start a new register beside filed months.
TEST_F(RegisterTest, AMissingEmptyOrForeignRegisterBesideAMonthIsRefused) {
    {
        Register reg = Register::open(out);
        file_month(reg, out, maret, {1});
    }
    const fs::path db = out / "arsip.db";
    const std::string filed = test::read_file(db);
    fs::remove(db);
    auto reason = [&]() {
        try {
            Register::open(out);
        } catch (const RegisterUnusable& e) {
            EXPECT_NE(std::string(e.what()).find("kinerja archive rebuild"), std::string::npos) << e.what();
            return e.reason();
        }
        ADD_FAILURE() << "opened";
        return RegisterUnusable::Reason::not_found;
    };
    EXPECT_EQ(reason(), RegisterUnusable::Reason::lost);
    EXPECT_FALSE(fs::exists(db));
    test::write_file(db, "");
    EXPECT_EQ(reason(), RegisterUnusable::Reason::lost);
    EXPECT_EQ(fs::file_size(db), 0u);
    {
        Poco::Data::Session other = open_database(db, Access::read_write);  // an SQLite file, not a register
        other << "CREATE TABLE catatan (teks TEXT)", Poco::Data::Keywords::now;
    }
    EXPECT_EQ(reason(), RegisterUnusable::Reason::damaged);
    test::write_file(db, filed);
    EXPECT_EQ(Register::open(out).list().size(), 1u);
}

// A transaction a killed process left in arsip.db-journal: the reader says so and leaves it to
// the next writer.
TEST_F(RegisterTest, AReaderLeavesAnInterruptedTransactionToTheNextWriter) {
    {
        Register reg = Register::open(out);
        file_month(reg, out, maret, {1});
    }
    const fs::path journal = out / "arsip.db-journal";
    Poco::Data::Session killed = open_database(out / "arsip.db", Access::read_write);
    killed << "BEGIN IMMEDIATE", Poco::Data::Keywords::now;
    killed << "UPDATE berkas SET nama = 'terputus'", Poco::Data::Keywords::now;
    ASSERT_TRUE(fs::exists(journal));
    try {
        Register::open_read_only(out);
        FAIL() << "read past a journal";
    } catch (const RegisterUnusable& e) {
        EXPECT_EQ(e.reason(), RegisterUnusable::Reason::interrupted);
        EXPECT_EQ(std::string(e.what()), (out / "arsip.db").string() +
                                             ": transaksi register yang terputus belum dipulihkan (arsip.db-journal);"
                                             " perintah ini hanya membaca; 'kinerja run' berikutnya memulihkannya");
    }
    EXPECT_TRUE(fs::exists(journal));
    killed << "ROLLBACK", Poco::Data::Keywords::now;
}

TEST(RecoveryMessages, SayWhatHappened) {
    EXPECT_EQ((Recovery{"2024-03", Recovery::Action::finished}).message(),
              "arsip: pengarsipan bulan 2024-03 yang terputus telah diselesaikan");
    EXPECT_EQ((Recovery{"2024-03", Recovery::Action::dropped}).message(),
              "arsip: pengarsipan bulan 2024-03 yang terputus dibatalkan; isi bulan itu tetap yang sebelumnya");
    EXPECT_EQ((Recovery{"2024-03", Recovery::Action::restored}).message(),
              "arsip: folder bulan 2024-03 yang sempat dipindahkan telah dikembalikan");
}

}  // namespace
}  // namespace kinerja::archive

namespace kinerja::archive {
namespace {

TEST(FileHash, WritingHashedGivesWhatHashingTheFileGives) {
    const std::filesystem::path path = std::filesystem::temp_directory_path() /
                                       ("kinerja-hashed-" + std::to_string(::getpid()) + ".bin");
    std::string bytes;
    for (int i = 0; i < 3000000; ++i) bytes += static_cast<char>(i * 7);  // several buffers' worth
    // Small writes, single characters, writes larger than the buffer and across its end.
    const FileHash written = write_hashed_file(path, [&](std::ostream& out) {
        out.write(bytes.data(), 300000);
        for (std::size_t i = 300000; i < 300100; ++i) out.put(bytes[i]);
        out.write(bytes.data() + 300100, 1500000);
        for (std::size_t at = 1800100; at < bytes.size(); at += 777) {
            out.write(bytes.data() + at, static_cast<std::streamsize>(std::min<std::size_t>(777, bytes.size() - at)));
        }
    });
    const std::optional<FileHash> read = hash_file(path);
    ASSERT_TRUE(read);
    EXPECT_EQ(written.sha256, read->sha256);
    EXPECT_EQ(written.sha256, sha256_hex(bytes));
    EXPECT_EQ(written.bytes, bytes.size());
    std::filesystem::remove(path);
    EXPECT_THROW(write_hashed_file(path / "no-such-folder" / "x", [](std::ostream&) {}), std::runtime_error);
}

}  // namespace
}  // namespace kinerja::archive
