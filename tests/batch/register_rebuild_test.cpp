// `kinerja archive rebuild` through the binary (DESIGN sections 3, 5 and 7): a lost or damaged
// register comes back from the month folders row for row, so that `archive list` is what it was
// and the next month is numbered as it would have been; a damaged register is kept aside; a
// healthy one is never replaced; months that cannot be proven are named and left out.
#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include <Poco/Data/Session.h>

#include "archive/register.hpp"
#include "archive/register_file.hpp"
#include "test_support.hpp"
#include "../sanitizer_run.hpp"

namespace kinerja {
namespace {

namespace fs = std::filesystem;
using namespace Poco::Data::Keywords;

void write_file(const fs::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

const std::string noor_aina = "199508182017122003";  // nobody's atasan: may leave and come back
const std::string rizky = "199807142023031002";      // joins in May, under the Kasi Pemerintahan

// The sample office's data for `periode`: as shipped, without Noor Aina, or with Rizky Maulana
// joining (appended to pegawai.csv).
void make_month_data(const fs::path& data, const std::string& periode, bool without_noor, bool with_rizky) {
    fs::copy(test::sample_dir(), data, fs::copy_options::recursive);
    const std::string gone = without_noor ? noor_aina : std::string("-");
    write_file(data / "pegawai.csv",
               test::without_rows(test::read_file(data / "pegawai.csv"), gone,
                            with_rizky ? rizky + ";Rizky Maulana;;S.H.;III/a;2023-03-01;Pengelola Layanan "
                                                 "Kependudukan;pelaksana;Seksi Pemerintahan;197711052003121006\r\n"
                                       : ""));
    const std::string skp = test::without_rows(
        test::read_file(data / "skp-2024-03.csv"), gone,
        with_rizky ? rizky + ";tugas;Melayani administrasi kependudukan;0;berkas;100;100;12;;95;90;12;;\r\n" : "");
    const std::string perilaku = test::without_rows(test::read_file(data / "perilaku-2024-03.csv"), gone,
                                              with_rizky ? rizky + ";82;84;83;85;84;\r\n" : "");
    fs::remove(data / "skp-2024-03.csv");
    fs::remove(data / "perilaku-2024-03.csv");
    write_file(data / ("skp-" + periode + ".csv"), skp);
    write_file(data / ("perilaku-" + periode + ".csv"), perilaku);
}

// Every row of the register but its ids and its own identity, as text.
std::vector<std::string> register_rows(const fs::path& out) {
    Poco::Data::Session db = archive::open_database(out / "arsip.db", archive::Access::read_only);
    const char* const queries[] = {
        "SELECT periode || '|' || state || '|' || tanggal || '|' || kode_klasifikasi || '|' || retensi_aktif || '|' ||"
        " retensi_inaktif || '|' || unit_pengolah || '|' || kapasitas_box FROM generation ORDER BY 1",
        "SELECT tahun || '|' || nomor || '|' || nip || '|' || nama || '|' || uraian || '|' || box || '|' ||"
        " item_terakhir || '|' || ifnull(dibuka_oleh, '-') FROM berkas ORDER BY tahun, nomor",
        "SELECT g.periode || '|' || f.path || '|' || f.bytes || '|' || f.pages || '|' || f.sha256"
        " FROM file f JOIN generation g ON g.id = f.generation ORDER BY 1",
        "SELECT g.periode || '|' || b.nomor || '|' || i.nomor || '|' || i.uraian || '|' || i.nama || '|' ||"
        " i.tanggal || '|' || i.halaman || '|' || f.path FROM item i JOIN generation g ON g.id = i.generation"
        " JOIN berkas b ON b.id = i.berkas JOIN file f ON f.id = i.file ORDER BY 1",
    };
    std::vector<std::string> rows;
    for (const char* sql : queries) {
        std::vector<std::string> some;
        db << sql, into(some), now;
        rows.insert(rows.end(), some.begin(), some.end());
        rows.push_back("--");
    }
    return rows;
}

// March (the sample) and April (without Noor Aina) filed into OUT by the binary.
class RegisterRebuild : public ::testing::Test {
protected:
    test::TempDir dir{"kinerja-register-rebuild"};
    fs::path out = dir.path() / "out";
    fs::path db = out / "arsip.db";
    std::string listed;  // `archive list` of OUT after April

    fs::path data(const std::string& periode) const { return dir.path() / ("data-" + periode); }

    void SetUp() override {
        make_month_data(data("2024-03"), "2024-03", false, false);
        make_month_data(data("2024-04"), "2024-04", true, false);
        for (const char* periode : {"2024-03", "2024-04"}) {
            const test::CommandResult r = run_month(periode, out);
            ASSERT_EQ(r.code, 0) << r.output;
        }
        const test::CommandResult l = list(out);
        ASSERT_EQ(l.code, 0) << l.output;
        listed = l.output;
    }

    test::CommandResult kinerja(const std::string& args) const {
        std::string command = KINERJA_BINARY;  // appended to, not concatenated: g++ 12 warns (-Warray-bounds)
        command.append(" ").append(args);
        return test::run_command(command);
    }
    test::CommandResult run_month(const std::string& periode, const fs::path& where) const {
        return kinerja("run " + data(periode).string() + " --period " + periode + " --out " + where.string() +
                       " --quiet");
    }
    test::CommandResult list(const fs::path& where) const { return kinerja("archive list --out " + where.string()); }
    test::CommandResult verify(const fs::path& where) const {
        return kinerja("archive verify --out " + where.string());
    }
    test::CommandResult rebuild(const fs::path& where) const {
        return kinerja("archive rebuild " + data("2024-04").string() + " --out " + where.string());
    }
};

TEST_F(RegisterRebuild, ALostRegisterComesBackRowForRowAndTheNumberingGoesOn) {
    KINERJA_SKIP_IN_SANITIZED_RUN(
        "rebuild is sanitized in tests/archive/rebuild_test.cpp and, through the program, by "
        "AnEmptiedRegisterIsKeptAsideAndRebuilt");
    const fs::path lost = dir.path() / "hilang";
    fs::copy(out, lost, fs::copy_options::recursive);
    fs::remove(lost / "arsip.db");

    const test::CommandResult r = rebuild(lost);
    EXPECT_EQ(r.code, 0) << r.output;
    EXPECT_EQ(r.output, (lost / "arsip.db").string() + ": register arsip dibangun ulang dari 2 folder bulan\n");
    EXPECT_EQ(list(lost).output, listed);
    EXPECT_EQ(register_rows(lost), register_rows(out));
    const test::CommandResult v = verify(lost);
    EXPECT_EQ(v.code, 0) << v.output;

    // May: Noor Aina back (item 2 of her berkas 13, after none in April) and Rizky new (berkas
    // 16, box 2), numbered the same on the rebuilt register as on the one never lost.
    make_month_data(data("2024-05"), "2024-05", false, true);
    ASSERT_EQ(run_month("2024-05", out).code, 0);
    ASSERT_EQ(run_month("2024-05", lost).code, 0);
    const std::string indeks = test::read_file(out / "2024-05" / "arsip" / "indeks.csv");
    EXPECT_EQ(test::read_file(lost / "2024-05" / "arsip" / "indeks.csv"), indeks);
    EXPECT_NE(indeks.find(",2,13,2,Pengukuran Kinerja Mei 2024 a.n. Noor Aina," + noor_aina), std::string::npos)
        << indeks;
    EXPECT_NE(indeks.find(",2,16,1,\"Pengukuran Kinerja Mei 2024 a.n. Rizky Maulana, S.H.\"," + rizky),
              std::string::npos)
        << indeks;
    EXPECT_EQ(list(lost).output, list(out).output);
}

TEST_F(RegisterRebuild, AnEmptiedRegisterIsKeptAsideAndRebuilt) {
    write_file(db, "");
    const test::CommandResult r = rebuild(out);
    EXPECT_EQ(r.code, 0) << r.output;
    EXPECT_NE(r.output.find((out / "arsip.db.rusak-1").string() + ": register yang ada sebelumnya disimpan"),
              std::string::npos)
        << r.output;
    EXPECT_EQ(fs::file_size(out / "arsip.db.rusak-1"), 0u);
    EXPECT_EQ(list(out).output, listed);
}

// The damaged register stays, byte for byte, beside the rebuilt one; a second rebuild finds a
// healthy register and touches nothing.
TEST_F(RegisterRebuild, ADamagedRegisterIsKeptAsideAndAHealthyOneIsNeverReplaced) {
    KINERJA_SKIP_IN_SANITIZED_RUN(
        "rebuild is sanitized in tests/archive/rebuild_test.cpp and, through the program, by "
        "AnEmptiedRegisterIsKeptAsideAndRebuilt");
    std::string bytes = test::read_file(db);
    const std::size_t middle = bytes.size() / 4096 / 2 * 4096;
    for (std::size_t i = 0; i < 200; ++i) bytes.at(middle + i) = static_cast<char>('A' + i % 26);
    write_file(db, bytes);
    ASSERT_EQ(verify(out).code, 1);

    const test::CommandResult r = rebuild(out);
    EXPECT_EQ(r.code, 0) << r.output;
    EXPECT_EQ(test::read_file(out / "arsip.db.rusak-1"), bytes);
    EXPECT_EQ(list(out).output, listed);
    EXPECT_EQ(verify(out).code, 0);

    const std::string rebuilt = test::read_file(db);
    const test::CommandResult again = rebuild(out);
    EXPECT_EQ(again.code, 1) << again.output;
    EXPECT_EQ(again.output, db.string() +
                                ": register arsip utuh, tidak dibangun ulang; bila isinya memang harus diganti, "
                                "pindahkan dulu berkas itu (mis. ke arsip.db.lama) lalu jalankan lagi\n");
    EXPECT_EQ(test::read_file(db), rebuilt);
    EXPECT_FALSE(fs::exists(out / "arsip.db.rusak-2"));
}

// A month whose manifest no longer matches its marker, and a folder never filed, are named and
// left out; a month with a changed document is rebuilt as filed and the change named.
TEST_F(RegisterRebuild, MonthsThatCannotBeProvenAreNamedAndLeftOut) {
    KINERJA_SKIP_IN_SANITIZED_RUN(
        "rebuild is sanitized in tests/archive/rebuild_test.cpp and, through the program, by "
        "AnEmptiedRegisterIsKeptAsideAndRebuilt");
    const fs::path changed = out / "2024-03" / "pengukuran" / (noor_aina + ".pdf");
    write_file(changed, test::read_file(changed) + "%diubah\n");
    std::string manifest = test::read_file(out / "2024-04" / "manifest.csv");
    const std::size_t sha = manifest.find(',', manifest.find(',', manifest.find("rekap.csv,") + 10) + 1) + 1;
    manifest.at(sha) = manifest.at(sha) == '0' ? '1' : '0';  // rekap.csv's sha256, one digit
    write_file(out / "2024-04" / "manifest.csv", manifest);
    fs::create_directories(out / "2024-05");
    write_file(out / "2024-05" / "rekap.csv", "nip,nama\n");
    fs::remove(db);

    const test::CommandResult r = rebuild(out);
    EXPECT_EQ(r.code, 1) << r.output;
    for (const std::string& line :
         {(out / "2024-04").string() + ": tidak dibangun ulang: manifest.csv tidak cocok dengan penanda .arsip-generasi: "
                                       "salah satunya berubah setelah bulan ini diarsipkan\n",
          (out / "2024-05").string() + ": tidak dibangun ulang: tidak ada penanda .arsip-generasi: bulan ini tidak "
                                       "terbukti pernah diarsipkan\n",
          changed.string() + ": berkas berubah\n",
          db.string() + ": register arsip dibangun ulang dari 1 folder bulan; 2 folder bulan tidak dapat dibangun "
                        "ulang; 1 berkas hilang atau berubah\n"}) {
        EXPECT_NE(r.output.find(line), std::string::npos) << line << "\nin:\n" << r.output;
    }
    std::string march_only;  // the header and March's rows of the list before
    std::istringstream before(listed);
    for (std::string line; std::getline(before, line);) {
        if (!line.ends_with(",2024-04")) march_only += line + "\n";
    }
    EXPECT_EQ(list(out).output, march_only);
    const test::CommandResult v = verify(out);
    EXPECT_EQ(v.code, 1) << v.output;
    EXPECT_NE(v.output.find(changed.string() + ": berkas berubah\n"), std::string::npos) << v.output;
    EXPECT_NE(v.output.find((out / "2024-04").string() + ": folder bulan tidak tercatat di register arsip\n"),
              std::string::npos)
        << v.output;
}

TEST_F(RegisterRebuild, TheSettingsTheFoldersDoNotHoldComeFromInstansiXml) {
    KINERJA_SKIP_IN_SANITIZED_RUN(
        "rebuild is sanitized in tests/archive/rebuild_test.cpp and, through the program, by "
        "AnEmptiedRegisterIsKeptAsideAndRebuilt");
    fs::remove(db);
    fs::remove(data("2024-04") / "instansi.xml");
    const test::CommandResult r = rebuild(out);
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_EQ(r.output, (data("2024-04") / "instansi.xml").string() +
                            ": berkas tidak ditemukan; rebuild memerlukannya untuk unit pengolah dan kapasitas box, "
                            "yang tidak disimpan folder bulan\n");
    EXPECT_FALSE(fs::exists(db));

    fs::copy_file(test::sample_dir() / "instansi.xml", data("2024-04") / "instansi.xml");
    ASSERT_EQ(rebuild(out).code, 0);
    Poco::Data::Session s = archive::open_database(db, archive::Access::read_only);
    std::string note;
    s << "SELECT value FROM meta WHERE key = 'rebuilt'", into(note), now;
    EXPECT_EQ(note, "dibangun ulang dari folder bulan 2024-03, 2024-04; unit_pengolah, kapasitas_box, "
                    "nasib_akhir dan sisi_cetak bulan-bulan itu diambil dari " +
                        (data("2024-04") / "instansi.xml").string() +
                        " saat dibangun ulang, karena folder bulan tidak menyimpannya");
}

// DESIGN section 3: OUT defaults to DATA_DIR/hasil, DATA_DIR to the current folder.
TEST_F(RegisterRebuild, ArchiveCommandsFindTheRegisterInDataDirHasil) {
    KINERJA_SKIP_IN_SANITIZED_RUN(
        "rebuild is sanitized in tests/archive/rebuild_test.cpp and, through the program, by "
        "AnEmptiedRegisterIsKeptAsideAndRebuilt");
    const fs::path hasil = data("2024-04") / "hasil";
    fs::copy(out, hasil, fs::copy_options::recursive);
    EXPECT_EQ(kinerja("archive list " + data("2024-04").string()).output, listed);
    const test::CommandResult here =
        test::run_command("cd " + data("2024-04").string() + " && " + KINERJA_BINARY + " archive verify");
    EXPECT_EQ(here.code, 0) << here.output;
    EXPECT_EQ(here.output.rfind("semua ", 0), 0u) << here.output;
    fs::remove(hasil / "arsip.db");
    const std::string in_data = "cd " + data("2024-04").string() + " && " + KINERJA_BINARY;
    EXPECT_EQ(test::run_command(in_data + " archive rebuild").code, 0);
    EXPECT_EQ(kinerja("archive list " + data("2024-04").string()).output, listed);
    EXPECT_EQ(kinerja("archive list " + (dir.path() / "tidak-ada").string()).code, 2);
}

}  // namespace
}  // namespace kinerja
