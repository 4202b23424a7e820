// Issue 17: a filed month is never lost, forgotten or silently replaced. Through the real
// `kinerja` binary: a deleted, emptied or damaged arsip.db next to filed months is an error
// (verify exit 1, run refused with exit 3) and never a new start; verify reads only, so a
// read-only copy of an OUT verifies; it names files and month folders the register does not
// know; and the lock on OUT holds whatever happens to the files in it.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <sstream>

#include <unistd.h>

#include <Poco/Data/Session.h>

#include "archive/register.hpp"
#include "archive/register_file.hpp"
#include "batch/cli.hpp"
#include "test_support.hpp"
#include "../sanitizer_run.hpp"

namespace kinerja {
namespace {

namespace fs = std::filesystem;

// The sample office cut down to the Camat and the Sekcam (rows of these NIPs only): a run
// takes a fraction of a second.
void make_two_person_office(const fs::path& data) {
    const std::set<std::string> kept{"196906272001121003", "197503122000031002"};
    fs::copy(test::sample_dir(), data, fs::copy_options::recursive);
    for (const char* name : {"pegawai.csv", "skp-2024-03.csv", "perilaku-2024-03.csv"}) {
        std::string csv;
        bool header = true;
        for (const std::string& line : test::lines_of(test::read_file(data / name))) {
            std::string digits;
            for (char c : line.substr(0, line.find(';'))) {
                if (c >= '0' && c <= '9') digits += c;
            }
            if (header || kept.count(digits)) csv += line + "\n";
            header = false;
        }
        test::write_file(data / name, csv);
    }
}

// Everything in a folder, itself included: kind, size, modification time and bytes.
struct EntryState {
    bool directory = false;
    std::uintmax_t size = 0;
    fs::file_time_type mtime;
    std::string bytes;
    friend bool operator==(const EntryState&, const EntryState&) = default;
};

std::map<std::string, EntryState> tree_state(const fs::path& root) {
    std::map<std::string, EntryState> state;
    state["."] = EntryState{true, 0, fs::last_write_time(root), ""};
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        const bool directory = entry.is_directory();
        state[fs::relative(entry.path(), root).generic_string()] =
            EntryState{directory, directory ? 0 : entry.file_size(), entry.last_write_time(),
                       directory ? "" : test::read_file(entry.path())};
    }
    return state;
}

std::set<std::string> names(const std::map<std::string, EntryState>& state) {
    std::set<std::string> out;
    for (const auto& [name, entry] : state) out.insert(name);
    return out;
}

// Puts write permission back on a folder made read-only, before the TempDir removes it.
class WritableAgain {
public:
    explicit WritableAgain(fs::path folder) : folder_(std::move(folder)) {}
    ~WritableAgain() { test::run_command("chmod -R u+w " + folder_.string()); }
    WritableAgain(const WritableAgain&) = delete;
    WritableAgain& operator=(const WritableAgain&) = delete;

private:
    fs::path folder_;
};

// One small office with March filed into OUT by the binary.
class RegisterSafety : public ::testing::Test {
protected:
    test::TempDir dir{"kinerja-register-safety"};
    fs::path data = dir.path() / "data";
    fs::path out = dir.path() / "out";
    fs::path db = out / "arsip.db";

    void SetUp() override {
        make_two_person_office(data);
        const test::CommandResult march = run_month("2024-03");
        ASSERT_EQ(march.code, 0) << march.output;
    }

    // `kinerja ARGS`, run as `user` ("" or a prefix such as setpriv's).
    test::CommandResult kinerja(const std::string& args, const std::string& user = "") const {
        std::string command = user;  // appended to, not concatenated: g++ 12 warns (-Warray-bounds)
        command.append(KINERJA_BINARY).append(" ").append(args);
        return test::run_command(command);
    }
    test::CommandResult run_month(const std::string& periode) const {
        return kinerja("run " + data.string() + " --period " + periode + " --out " + out.string() + " --quiet");
    }
    test::CommandResult verify(const fs::path& where) const {
        return kinerja("archive verify --out " + where.string());
    }
    test::CommandResult list(const fs::path& where) const { return kinerja("archive list --out " + where.string()); }

    // Neither verify nor a run may go on from a register that lost its months.
    void expect_refused_everywhere(const std::string& what) {
        const std::map<std::string, EntryState> before = tree_state(out);
        const test::CommandResult v = verify(out);
        EXPECT_EQ(v.code, 1) << v.output;
        const std::string said = db.string() + ": " + what + ", padahal " + out.string() +
                                 " berisi folder bulan yang sudah diarsipkan (2024-03)";
        EXPECT_EQ(v.output.rfind(said, 0), 0u) << v.output;
        EXPECT_NE(v.output.find("kinerja archive rebuild DATA_DIR --out " + out.string()), std::string::npos)
            << v.output;
        EXPECT_NE(v.output.find("register arsip tidak dapat dipakai; berkas tidak diperiksa\n"), std::string::npos);

        const test::CommandResult rerun = run_month("2024-03");
        EXPECT_EQ(rerun.code, 3) << rerun.output;
        EXPECT_EQ(rerun.output.rfind("kinerja: " + said, 0), 0u) << rerun.output;  // not "kegagalan internal"
        EXPECT_EQ(list(out).code, 3);
        EXPECT_TRUE(tree_state(out) == before) << "a refused command changed OUT";
    }
};

TEST_F(RegisterSafety, ADeletedRegisterIsAnErrorNotANewStart) {
    fs::remove(db);
    expect_refused_everywhere("register arsip tidak ada");
    EXPECT_FALSE(fs::exists(db));
}

TEST_F(RegisterSafety, AnEmptiedRegisterIsAnErrorNotANewStart) {
    test::write_file(db, "");
    expect_refused_everywhere("register arsip kosong (0 byte)");
    EXPECT_EQ(fs::file_size(db), 0u);
}

// A page in the middle of the file overwritten (its b-tree header and first cells): SQLite's
// integrity check fails, so verify does, and a run refuses to file into it.
TEST_F(RegisterSafety, GarbageInTheMiddleOfTheRegisterFailsVerify) {
    std::string bytes = test::read_file(db);
    ASSERT_GE(bytes.size(), 8u * 4096u);
    const std::size_t page_size =
        (static_cast<unsigned char>(bytes.at(16)) << 8) | static_cast<unsigned char>(bytes.at(17));
    ASSERT_EQ(page_size, 4096u);
    const std::size_t middle = bytes.size() / page_size / 2 * page_size;
    const std::string garbage = "SAMPAH DI TENGAH REGISTER ";
    for (std::size_t i = 0; i < 200; ++i) bytes.at(middle + i) = garbage[i % garbage.size()];
    test::write_file(db, bytes);

    const test::CommandResult v = verify(out);
    EXPECT_EQ(v.code, 1) << v.output;
    EXPECT_EQ(v.output.rfind(db.string() + ": register arsip rusak", 0), 0u) << v.output;
    EXPECT_EQ(test::read_file(db), bytes) << "verify wrote to the damaged register";
    const test::CommandResult again = run_month("2024-03");
    EXPECT_EQ(again.code, 3) << again.output;
    EXPECT_NE(again.output.find(db.string() + ": register arsip rusak ("), std::string::npos) << again.output;
    EXPECT_NE(again.output.find("kinerja archive rebuild"), std::string::npos) << again.output;
}

// A prefix that runs a command as a user for whom a folder without write permission truly
// refuses writes: none when the tests do not run as root; as root (for whom chmod refuses
// nothing) the user nobody through setpriv, when it can.
std::string unprivileged() {
    if (geteuid() != 0) return "";
    const std::string nobody = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
    return test::run_command(nobody + "true").code == 0 ? nobody : "";
}

// A backup of OUT on a medium that refuses writes verifies and lists, and nothing in it
// changes: no lock file, no journal, no byte and no modification time.
TEST_F(RegisterSafety, AReadOnlyCopyVerifiesAndListsAndNothingInItChanges) {
    const fs::path copy = dir.path() / "cadangan";
    fs::copy(out, copy, fs::copy_options::recursive);
    const WritableAgain restore(copy);
    ASSERT_EQ(test::run_command("chmod -R a-w " + copy.string()).code, 0);
    const std::string reader = unprivileged();
    if (geteuid() == 0 && reader.empty()) {
        std::cout << "note: root without setpriv: chmod refuses nothing here; the unchanged tree is the proof\n";
    } else {
        EXPECT_NE(test::run_command(reader + "touch " + (copy / "coba").string()).code, 0) << "the copy is writable";
    }
    const std::map<std::string, EntryState> before = tree_state(copy);

    const test::CommandResult v = kinerja("archive verify --out " + copy.string(), reader);
    EXPECT_EQ(v.code, 0) << v.output;
    EXPECT_EQ(v.output.rfind("semua ", 0), 0u) << v.output;
    const test::CommandResult listed = kinerja("archive list --out " + copy.string(), reader);
    EXPECT_EQ(listed.code, 0) << listed.output;
    EXPECT_EQ(listed.output, list(out).output);
    EXPECT_EQ(test::lines_of(listed.output).size(), 3u);  // header, Camat, Sekcam
    EXPECT_EQ(names(tree_state(copy)), names(before)) << "a file appeared or went";
    EXPECT_TRUE(tree_state(copy) == before) << "a file or folder changed";
}

// While one process holds OUT, deleting every file in it (the register, the month, any lock
// file) does not let a second run in, nor a rebuild or a verify.
TEST_F(RegisterSafety, TheLockHoldsWhateverHappensToTheFilesInOut) {
    const archive::Register holder = archive::Register::open(out);
    for (const auto& entry : fs::directory_iterator(out)) fs::remove_all(entry.path());
    ASSERT_TRUE(fs::is_empty(out));

    const test::CommandResult second = run_month("2024-03");
    EXPECT_EQ(second.code, 3) << second.output;
    EXPECT_EQ(second.output.rfind("kinerja: gagal baca/tulis: register arsip " + db.string() +
                                      " sedang dipakai proses kinerja lain",
                                  0),
              0u)
        << second.output;
    EXPECT_TRUE(fs::is_empty(out)) << "the second run wrote into OUT";
    const test::CommandResult v = verify(out);
    EXPECT_EQ(v.code, 3) << v.output;
    EXPECT_NE(v.output.find("sedang dipakai proses kinerja lain"), std::string::npos) << v.output;
    const test::CommandResult rebuilt = kinerja("archive rebuild " + data.string() + " --out " + out.string());
    EXPECT_EQ(rebuilt.code, 3) << rebuilt.output;
    EXPECT_NE(rebuilt.output.find("sedang dipakai proses kinerja lain"), std::string::npos) << rebuilt.output;
    EXPECT_TRUE(fs::is_empty(out)) << "the rebuild wrote into OUT";
}

// arsip.db locked by another program (a database viewer holding a write transaction): every
// command says "gagal baca/tulis" and why, exit 3, not "kegagalan internal" nor "rusak".
TEST_F(RegisterSafety, ARegisterLockedByAnotherProgramIsAReadWriteFailure) {
    KINERJA_SKIP_IN_SANITIZED_RUN(
        "the lock is sanitized in tests/archive/out_lock_test.cpp and register_test.cpp; this runs three "
        "commands against a held lock");
    Poco::Data::Session viewer = archive::open_database(db, archive::Access::read_write);
    viewer << "BEGIN EXCLUSIVE", Poco::Data::Keywords::now;
    const std::string said = "kinerja: gagal baca/tulis: register arsip " + db.string() +
                             ": sedang dikunci program lain (mis. aplikasi pembuka basis data); tutup program itu"
                             " lalu jalankan lagi\n";
    const test::CommandResult runs[] = {run_month("2024-03"), list(out), verify(out)};
    for (const test::CommandResult& r : runs) {
        EXPECT_EQ(r.code, 3) << r.output;
        EXPECT_EQ(r.output, said);
    }
}

TEST_F(RegisterSafety, VerifyNamesFilesAndMonthFoldersTheRegisterDoesNotKnow) {
    test::write_file(out / "2024-03" / "formulir" / "tambahan.pdf", "%PDF bukan dari kinerja");
    fs::create_directories(out / "2024-02" / "formulir");
    test::write_file(out / "2024-02" / "rekap.csv", "nip,nama\n");
    const test::CommandResult v = verify(out);
    EXPECT_EQ(v.code, 1) << v.output;
    EXPECT_EQ(v.output, (out / "2024-02").string() + ": folder bulan tidak tercatat di register arsip\n" +
                            (out / "2024-03" / "formulir" / "tambahan.pdf").string() +
                            ": berkas tidak tercatat di register arsip\n"
                            "0 dari " +
                            std::to_string(test::lines_of(test::read_file(out / "2024-03" / "manifest.csv")).size()) +
                            " berkas terdaftar (1 bulan) hilang atau berubah; 2 masalah lain\n");
}

// A file whose name holds ESC in a filed month: verify names it with the escape written out,
// and no raw control byte reaches the terminal.
TEST_F(RegisterSafety, VerifyShowsAFileNameWithAControlCharacterEscaped) {
    test::write_file(out / "2024-03" / "x\x1b[2Jy.pdf", "%PDF bukan dari kinerja");
    const test::CommandResult v = verify(out);
    EXPECT_EQ(v.code, 1) << v.output;
    EXPECT_EQ(v.output.find('\x1b'), std::string::npos) << v.output;
    EXPECT_EQ(test::lines_of(v.output).at(0),
              (out / "2024-03").string() + "/x\\x1b[2Jy.pdf: berkas tidak tercatat di register arsip")
        << v.output;
}

}  // namespace
}  // namespace kinerja
