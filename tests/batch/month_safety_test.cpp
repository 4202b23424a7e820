// A filed month is never lost nor replaced by less (issue 17): a re-run whose inputs cannot all
// be read leaves the month and the register byte-identical; Ctrl-C and SIGTERM leave the month
// as it was and no staging folder; the month is on disk before it replaces the old one; an
// I/O failure is named as one; `check` reports exactly what `run` reports.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "batch/cli.hpp"
#include "batch/output_folder.hpp"
#include "load/io_error.hpp"
#include "test_support.hpp"

namespace kinerja {
namespace {

namespace fs = std::filesystem;

// A copy of the sample office with March filed once into OUT (the sample's 15 employees).
class FiledMonth : public ::testing::Test {
protected:
    test::TempDir temp{"kinerja-month-safety"};
    fs::path data = temp.path() / "data";
    fs::path out = temp.path() / "out";

    void SetUp() override {
        fs::copy(test::sample_dir(), data, fs::copy_options::recursive);
        const test::CliResult first = run();
        ASSERT_EQ(first.code, exit_ok) << first.err;
    }

    test::CliResult run() const {
        return test::cli({"run", data.string(), "--period", "2024-03", "--out", out.string(), "--quiet", "--jobs", "2"});
    }

    // `kinerja ARGS` run by kinerja_kill_point (kill_point_main.cpp), which sends itself SIGNAL
    // (INT or TERM) when the run reaches POINT.
    test::CommandResult stopped_at(const std::string& signal, const std::string& point, const std::string& args) const {
        return test::run_command(std::string("exec ") + KINERJA_KILL_POINT_BINARY + " --at " + point + " --signal " +
                                 signal + " " + args);
    }

    void expect_verified() const {
        const test::CliResult verify = test::cli({"archive", "verify", "--out", out.string()});
        EXPECT_EQ(verify.code, exit_ok) << verify.out << verify.err;
    }
};

// What makes a re-run's inputs incomplete, done to the data folder.
struct Incomplete {
    const char* name;
    void (*damage)(const fs::path& data);
    const char* reported;  // the start of the one line that names the file
};

std::ostream& operator<<(std::ostream& os, const Incomplete& c) { return os << c.name; }

const Incomplete incomplete_cases[] = {
    {"skp_missing", [](const fs::path& d) { fs::rename(d / "skp-2024-03.csv", d / "skp-maret.csv"); },
     "skp-2024-03.csv:0: berkas: berkas tidak ditemukan"},
    {"perilaku_missing", [](const fs::path& d) { fs::remove(d / "perilaku-2024-03.csv"); },
     "perilaku-2024-03.csv:0: berkas: berkas tidak ditemukan"},
    {"pegawai_utf16",
     [](const fs::path& d) {
         const std::string utf8 = test::read_file(d / "pegawai.csv");
         std::string utf16 = "\xff\xfe";
         for (char c : utf8) utf16 += std::string{c, '\0'};
         test::write_file(d / "pegawai.csv", utf16);
     },
     "pegawai.csv:1: berkas: berkas tersimpan sebagai UTF-16"},
    {"pegawai_unclosed_quote",
     [](const fs::path& d) {
         std::string pegawai = test::read_file(d / "pegawai.csv");
         pegawai.replace(pegawai.find("Siti Rahmah"), 0, "\"");  // row 4: the rest is inside the quote
         test::write_file(d / "pegawai.csv", pegawai);
     },
     "pegawai.csv:4: baris: tanda kutip tidak ditutup"},
    {"skp_of_another_month",
     [](const fs::path& d) {
         fs::remove(d / "skp-2024-03.csv");
         fs::remove(d / "perilaku-2024-03.csv");
         std::string skp = test::read_file(test::source_dir() / "tests/data/equivalent/xml/skp-2024-03.xml");
         skp.replace(skp.find("periode=\"2024-03\""), 17, "periode=\"2024-04\"");
         test::write_file(d / "skp-2024-03.xml", skp);
     },
     "skp-2024-03.xml:2: periode: periode \"2024-04\" tidak sama"},
    {"broken_template",
     [](const fs::path& d) {
         fs::create_directories(d / "templates");
         test::write_file(d / "templates" / "formulir-kinerja.xml", "<template><page>tidak ditutup</template>\n");
     },
     "templates/formulir-kinerja.xml:1: "},
};

class IncompleteReRun : public FiledMonth, public ::testing::WithParamInterface<Incomplete> {};

TEST_P(IncompleteReRun, LeavesTheFiledMonthAndRegisterByteIdentical) {
    const std::map<std::string, std::string> before = test::snapshot(out);
    GetParam().damage(data);

    const test::CliResult r = run();
    EXPECT_EQ(r.code, exit_problems) << r.err;
    EXPECT_NE(r.err.find(GetParam().reported), std::string::npos) << r.err;
    EXPECT_NE(r.out.find("tidak ada yang ditulis"), std::string::npos) << r.out;
    EXPECT_EQ(test::snapshot(out), before) << "the month or its register changed";
    expect_verified();
}

INSTANTIATE_TEST_SUITE_P(EachCause, IncompleteReRun, ::testing::ValuesIn(incomplete_cases),
                         [](const auto& param_info) { return std::string(param_info.param.name); });

// Ctrl-C or SIGTERM in the middle of a re-run (sent by the run itself at an exact point, through
// the run checkpoint of batch/run_job.cpp, in kinerja_kill_point): the month stays as filed, the staging folder
// is gone, and the run says so and exits 128 + the signal.
struct Stop {
    const char* signal;  // kinerja_kill_point --signal
    const char* point;   // kinerja_kill_point --at
    int code;
};

std::ostream& operator<<(std::ostream& os, const Stop& s) { return os << s.signal << " at " << s.point; }

class StoppedReRun : public FiledMonth, public ::testing::WithParamInterface<Stop> {};

TEST_P(StoppedReRun, RemovesItsStagingAndLeavesTheMonth) {
    // Changed data: a re-run that went through would change the month.
    std::string perilaku = test::read_file(data / "perilaku-2024-03.csv");
    const std::size_t at = perilaku.find("\n197503122000031002;84;");
    ASSERT_NE(at, std::string::npos);
    perilaku.replace(at + 20, 2, "70");
    test::write_file(data / "perilaku-2024-03.csv", perilaku);
    const std::map<std::string, std::string> before = test::snapshot(out);

    const Stop s = GetParam();
    const test::CommandResult r =
        stopped_at(s.signal, s.point,
                   "run " + data.string() + " --period 2024-03 --out " + out.string() + " --quiet --jobs 2");
    EXPECT_EQ(r.code, s.code) << r.output;
    EXPECT_NE(r.output.find(std::string("kinerja: dihentikan (SIG") + s.signal + "); folder sementara dihapus, " +
                            (out / "2024-03").string() + " tetap seperti sebelumnya"),
              std::string::npos)
        << r.output;
    EXPECT_FALSE(fs::exists(out / ".2024-03.tmp"));
    EXPECT_EQ(test::snapshot(out), before);
    expect_verified();
}

INSTANTIATE_TEST_SUITE_P(EachSignal, StoppedReRun,
                         ::testing::Values(Stop{"INT", "after-load", 130}, Stop{"INT", "mid-staging", 130},
                                           Stop{"TERM", "mid-staging", 143}, Stop{"TERM", "before-archive", 143}),
                         [](const auto& param_info) {
                             std::string name = std::string(param_info.param.signal) + "_" + param_info.param.point;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

// An office's own libur.csv without the period's year: a warning (not a problem: exit 0), and
// the documents signed on the last weekday.
TEST_F(FiledMonth, ASigningYearNotInTheHolidayTableIsAWarning) {
    fs::create_directories(data / "templates");
    test::write_file(data / "templates" / "libur.csv", "tanggal,jenis,keterangan\n2023-12-25,libur nasional,Natal\n");
    const test::CliResult r = run();
    EXPECT_EQ(r.code, exit_ok) << r.err;
    EXPECT_EQ(r.err, "templates/libur.csv:0: tanggal: peringatan: tidak ada hari libur tahun 2024 di daftar ini; "
                     "tanggal tanda tangan dihitung dari hari Senin-Jumat saja (tambahkan libur nasional dan cuti "
                     "bersama tahun itu, atau pakai --date)\n");
    const test::CliResult check = test::cli({"check", data.string(), "--period", "2024-03"});
    EXPECT_EQ(check.code, exit_ok);
    EXPECT_EQ(check.err, r.err);
    const test::CommandResult text = test::run_command("pdftotext " + (out / "2024-03" / "formulir" / "196906272001121003.pdf").string() + " -");
    EXPECT_NE(text.output.find("Lampihong, 29 Maret 2024"), std::string::npos);
}

// Once filing has begun (here: Ctrl-C between the rename and the register), the month is filed
// to the end, and the run says that the signal came then.
TEST_F(FiledMonth, ASignalDuringFilingLetsTheFilingFinish) {
    const test::CommandResult r =
        stopped_at("INT", "after-rename",
                   "run " + data.string() + " --period 2024-03 --out " + out.string() + " --quiet --jobs 2");
    EXPECT_EQ(r.code, exit_ok) << r.output;
    EXPECT_NE(r.output.find("kinerja: SIGINT diterima saat bulan diarsipkan; pengarsipan diselesaikan dulu"),
              std::string::npos)
        << r.output;
    EXPECT_FALSE(fs::exists(out / ".2024-03.tmp"));
    EXPECT_FALSE(fs::exists(out / ".2024-03.old"));
    expect_verified();
}

// A month folder the register does not know (here copied in by hand; also what a partial
// `archive rebuild` leaves) holds numbers the register would give again: a run of another month
// stops, naming it, and writes nothing.
TEST_F(FiledMonth, AMonthFolderTheRegisterDoesNotKnowStopsARun) {
    fs::copy(out / "2024-03", out / "2024-01", fs::copy_options::recursive);
    fs::remove(out / "2024-03" / "cetak.pdf");  // so that a re-run would change March
    const std::map<std::string, std::string> before = test::snapshot(out);
    const test::CliResult r = run();
    EXPECT_EQ(r.code, exit_failure) << r.err;
    EXPECT_EQ(r.err.rfind("kinerja: " + out.string() + ": folder bulan 2024-01 tidak tercatat di register arsip", 0),
              0u)
        << r.err;
    EXPECT_EQ(test::snapshot(out), before);
}

// The month's files reach the disk before the staging folder replaces the month, and the
// rename before the register marks the month current: syncfs on each side of the rename, seen
// in the system calls of a real run.
TEST_F(FiledMonth, SyncsTheMonthToDiskAroundTheCommitRename) {
    const fs::path trace = temp.path() / "strace.log";
    const test::CommandResult r =
        test::run_command("strace -f -qq -e trace=syncfs,fsync,rename,renameat,renameat2 -o " + trace.string() + " " +
                          KINERJA_BINARY + " run " + data.string() + " --period 2024-03 --out " + out.string() +
                          " --quiet --jobs 2");
    if (r.code != 0 && r.output.find("ptrace") != std::string::npos) GTEST_SKIP() << "no ptrace here: " << r.output;
    ASSERT_EQ(r.code, 0) << r.output;
    const std::vector<std::string> calls = test::lines_of(test::read_file(trace));
    const auto rename_in = std::find_if(calls.begin(), calls.end(), [](const std::string& call) {
        return call.find("rename") != std::string::npos && call.find(".2024-03.tmp\", ") != std::string::npos;
    });
    ASSERT_NE(rename_in, calls.end()) << test::read_file(trace);
    const auto synced = [](const std::string& call) { return call.find("syncfs(") != std::string::npos; };
    EXPECT_TRUE(std::any_of(calls.begin(), rename_in, synced)) << "no syncfs before the rename";
    EXPECT_TRUE(std::any_of(rename_in + 1, calls.end(), synced)) << "no syncfs after the rename";
}

// An OUT that cannot be made (a file where a folder should be) is an I/O failure: exit 3, the
// path and the cause, not "kegagalan internal".
TEST_F(FiledMonth, AnOutThatCannotBeWrittenIsNamedAsAnIoFailure) {
    test::write_file(temp.path() / "berkas", "bukan folder");
    const test::CliResult r = test::cli({"run", data.string(), "--period", "2024-03", "--out",
                                         (temp.path() / "berkas" / "hasil").string(), "--quiet"});
    EXPECT_EQ(r.code, exit_failure);
    EXPECT_EQ(r.err.rfind("kinerja: gagal baca/tulis: ", 0), 0u) << r.err;
    EXPECT_NE(r.err.find((temp.path() / "berkas" / "hasil").string()), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("bagian jalurnya bukan folder"), std::string::npos) << r.err;
}

// A staging folder replaced by another process is not committed: the month is not touched.
TEST(MonthStagingOwnership, AStagingFolderMadeAgainByAnotherProcessIsNotCommitted) {
    test::TempDir temp("kinerja-staging-own");
    MonthStaging staging(temp.path(), "2024-03");
    staging.write("formulir/a.pdf", "mine");
    fs::remove_all(staging.staging());
    fs::create_directories(staging.staging() / "formulir");
    test::write_file(staging.staging() / "formulir" / "a.pdf", "theirs");
    EXPECT_THROW(staging.commit(), IoError);
    EXPECT_FALSE(fs::exists(staging.final_dir()));
}

// `check` reports every problem `run` reports, and no other: one data folder holding problems
// of records (a bad golongan, a name the fonts cannot print, a penilai whose name cannot be
// printed, an SOP whose nomor gives no file name, an SOP too long for its page), and one adding problems of whole files (a
// missing logo, a damaged signature, a broken template).
std::set<std::string> problem_lines(const std::string& err) {
    std::set<std::string> lines;
    for (const std::string& line : test::lines_of(err)) {
        if (line.rfind("kinerja:", 0) != 0 && line.rfind("arsip:", 0) != 0) lines.insert(line);
    }
    return lines;
}

void add_record_problems(const fs::path& data) {
    std::string pegawai = test::read_file(data / "pegawai.csv");
    pegawai.replace(pegawai.find(";III/c;"), 7, ";III/x;");                       // a golongan that is none
    pegawai.replace(pegawai.find("Ahmad Rizani"), 12, "Ahmad \xe0\xb8\x81izani");  // Thai: the Sekcam's team
    test::write_file(data / "pegawai.csv", pegawai);
    std::string sop = test::read_file(data / "sop" / "perencanaan-kinerja.xml");
    const std::string nomor = "01/SOP/KEC-LPHG/III/2024";
    test::write_file(data / "sop" / "kedua.xml", std::string(sop).replace(sop.find(nomor), nomor.size(), ".."));
    // An SOP whose dasar hukum is too long for one page: found only by laying it out.
    std::string long_sop = sop.replace(sop.find(nomor), nomor.size(), "02/SOP/KEC-LPHG/III/2024");
    std::string words;
    for (int i = 0; i < 200; ++i) words += "Sangat panjang sekali ";
    long_sop.replace(long_sop.find("<butir>") + 7, 0, words);
    test::write_file(data / "sop" / "ketiga.xml", long_sop);
}

void add_file_problems(const fs::path& data) {
    std::string instansi = test::read_file(data / "instansi.xml");
    instansi.replace(instansi.find("  <kertas>"), 0, "  <logo>tidak-ada.png</logo>\n");
    test::write_file(data / "instansi.xml", instansi);
    test::write_file(data / "ttd" / "196906272001121003.png", "GIF89a bukan PNG");
    fs::create_directories(data / "templates");
    test::write_file(data / "templates" / "arsip-label-box.xml", "<bukan-template/>\n");
}

TEST(CheckAndRun, ReportTheSameProblems) {
    for (const bool whole_files : {false, true}) {
        test::TempDir temp(whole_files ? "kinerja-check-run-files" : "kinerja-check-run-records");
        const fs::path data = temp.path() / "data";
        fs::copy(test::sample_dir(), data, fs::copy_options::recursive);
        add_record_problems(data);
        if (whole_files) add_file_problems(data);

        const test::CliResult check = test::cli({"check", data.string(), "--period", "2024-03"});
        const test::CliResult run =
            test::cli({"run", data.string(), "--period", "2024-03", "--out", (temp.path() / "out").string(), "--quiet"});
        EXPECT_EQ(check.code, exit_problems) << check.err;
        EXPECT_EQ(run.code, exit_problems) << run.err;
        const std::set<std::string> checked = problem_lines(check.err);
        EXPECT_GE(checked.size(), whole_files ? 8u : 5u) << check.err;
        // Found by laying the SOP out: when a whole file is unusable, run makes no document.
        EXPECT_EQ(check.err.find("sop/ketiga.xml:17: sop: SOP tidak dapat dibuat: ") != std::string::npos, !whole_files)
            << check.err;
        EXPECT_EQ(checked, problem_lines(run.err)) << "check:\n" << check.err << "run:\n" << run.err;
        EXPECT_EQ(fs::exists(temp.path() / "out" / "2024-03"), !whole_files);
    }
}

}  // namespace
}  // namespace kinerja
