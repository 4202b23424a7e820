// The archive at the level of `kinerja run` (DESIGN sections 5 and 7): two months of the sample
// office one after the other, a re-run, `archive list` and `archive verify`, and a month with
// one bad employee. The register's own rules are tested in tests/archive and
// archive_month_test.cpp; here the whole program files real months.
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

CliResult run_period(const fs::path& data, const fs::path& out, const std::string& periode) {
    return cli({"run", data.string(), "--period", periode, "--out", out.string(), "--quiet"});
}

void expect_same_files(const std::map<std::string, std::string>& before,
                       const std::map<std::string, std::string>& after) {
    std::set<std::string> names_before, names_after;
    for (const auto& [name, bytes] : before) names_before.insert(name);
    for (const auto& [name, bytes] : after) names_after.insert(name);
    EXPECT_EQ(names_before, names_after);
    for (const auto& [name, bytes] : before) {
        auto other = after.find(name);
        if (other != after.end()) {
            EXPECT_TRUE(other->second == bytes) << name << " changed";
        }
    }
}

const std::string noor_aina = "199508182017122003";  // Seksi Pemerintahan staff, nobody's atasan
const std::string new_nip = "199807142023031002";     // joins in April, under the Kasi Pemerintahan

// Two data folders made from the sample: March as shipped, and April with Noor Aina gone and
// Rizky Maulana new (appended to pegawai.csv, so last in the pegawai-file order).
class TwoMonths : public ::testing::Test {
protected:
    test::TempDir dir{"kinerja-archive-run"};
    fs::path march_data = dir.path() / "maret";
    fs::path april_data = dir.path() / "april";
    fs::path out = dir.path() / "out";

    void SetUp() override {
        fs::copy(test::sample_dir(), march_data, fs::copy_options::recursive);
        fs::copy(test::sample_dir(), april_data, fs::copy_options::recursive);
        const std::string pegawai = test::read_file(april_data / "pegawai.csv");
        ASSERT_NE(pegawai.find("19950818 201712 2 003;Noor Aina;"), std::string::npos);
        test::write_file(april_data / "pegawai.csv",
                   test::without_rows(pegawai, noor_aina,
                                new_nip + ";Rizky Maulana;;S.H.;III/a;2023-03-01;Pengelola Layanan Kependudukan;"
                                          "pelaksana;Seksi Pemerintahan;197711052003121006\r\n"));
        test::write_file(april_data / "skp-2024-04.csv",
                   test::without_rows(test::read_file(april_data / "skp-2024-03.csv"), noor_aina,
                                new_nip + ";tugas;Melayani administrasi kependudukan;0;berkas;100;100;12;;95;90;12;;\r\n" +
                                    new_nip + ";tugas;Menyusun laporan pelayanan bulanan;0;laporan;1;100;1;;1;85;1;;\r\n"));
        test::write_file(april_data / "perilaku-2024-04.csv",
                   test::without_rows(test::read_file(april_data / "perilaku-2024-03.csv"), noor_aina,
                                new_nip + ";82;84;83;85;84;\r\n"));
        fs::remove(april_data / "skp-2024-03.csv");
        fs::remove(april_data / "perilaku-2024-03.csv");
    }

    fs::path month(const std::string& periode) const { return out / periode; }

    std::string sha(const std::string& periode, const std::string& file) const {
        return archive::sha256_hex(test::read_file(month(periode) / file));
    }

    // An indeks.csv row of the sample: kode klasifikasi 800.1.4.4, retensi 2 and 3, the Arsip
    // copy one page long.
    std::string row(int no, int box, int berkas, int item, const std::string& bulan, const std::string& nip,
                    const std::string& nama, const std::string& periode, const std::string& tanggal) const {
        const std::string file = "pengukuran/" + nip + ".pdf";
        const bool quote = nama.find(',') != std::string::npos;
        const std::string uraian = "Pengukuran Kinerja " + bulan + " a.n. " + nama;
        const auto field = [&](const std::string& text) { return quote ? "\"" + text + "\"" : text; };
        return std::to_string(no) + ",800.1.4.4," + std::to_string(box) + "," + std::to_string(berkas) + "," +
               std::to_string(item) + "," + field(uraian) + "," + nip + "," + field(nama) + "," + tanggal +
               ",1,2,3," + file + "," + sha(periode, file);
    }
};

TEST_F(TwoMonths, AprilFollowsTheNumberingAndLeavesMarchAsItWas) {
    CliResult march = run_period(march_data, out, "2024-03");
    ASSERT_EQ(march.code, exit_ok) << march.err;
    const std::map<std::string, std::string> march_files = test::snapshot(month("2024-03"));
    const std::vector<std::string> march_indeks = test::lines_of(test::read_file(month("2024-03") / "arsip/indeks.csv"));
    ASSERT_EQ(march_indeks.size(), 16u);
    EXPECT_EQ(march_indeks.at(13), row(13, 2, 13, 1, "Maret 2024", noor_aina, "Noor Aina", "2024-03", "2024-03-28"));

    CliResult april = run_period(april_data, out, "2024-04");
    ASSERT_EQ(april.code, exit_ok) << april.err;
    EXPECT_EQ(april.err, "");
    expect_same_files(march_files, test::snapshot(month("2024-03")));  // April does not touch March

    // April: 14 staff of March keep their berkas and file item 2 in it; Noor Aina's berkas 13
    // gets nothing; Rizky Maulana, filed first now, opens berkas 16 in box 2 (11–20).
    const std::vector<std::string> indeks = test::lines_of(test::read_file(month("2024-04") / "arsip/indeks.csv"));
    ASSERT_EQ(indeks.size(), 16u);
    EXPECT_EQ(indeks.at(0), march_indeks.at(0));
    EXPECT_EQ(indeks.at(1), row(1, 1, 1, 2, "April 2024", "196906272001121003", "H. Hammad Arsyad, SP", "2024-04",
                                "2024-04-30"));
    EXPECT_EQ(indeks.at(10), row(10, 1, 10, 2, "April 2024", "199005212014022002", "Nurul Hidayah, A.Md.",
                                 "2024-04", "2024-04-30"));
    EXPECT_EQ(indeks.at(11), row(11, 2, 11, 2, "April 2024", "198806142011012009", "Fitriani, S.E.", "2024-04",
                                 "2024-04-30"));
    EXPECT_EQ(indeks.at(13), row(13, 2, 14, 2, "April 2024", "199210252019031005", "Muhammad Ridha, S.Kom.",
                                 "2024-04", "2024-04-30"));
    EXPECT_EQ(indeks.at(15), row(15, 2, 16, 1, "April 2024", new_nip, "Rizky Maulana, S.H.", "2024-04",
                                 "2024-04-30"));
    for (const std::string& line : indeks) EXPECT_EQ(line.find(noor_aina), std::string::npos) << line;

    // The register holds both months: March's rows (Noor Aina's among them) as they were filed.
    CliResult list = cli({"archive", "list", "--out", out.string()});
    ASSERT_EQ(list.code, exit_ok) << list.err;
    EXPECT_EQ(list.err, "");
    const std::vector<std::string> listed = test::lines_of(list.out);
    ASSERT_EQ(listed.size(), 1u + 15u + 15u);
    EXPECT_EQ(listed.at(0), march_indeks.at(0) + ",periode");
    for (std::size_t i = 1; i <= 15; ++i) {
        EXPECT_EQ(listed.at(i), march_indeks.at(i) + ",2024-03");
        EXPECT_EQ(listed.at(15 + i), indeks.at(i) + ",2024-04");
    }
    EXPECT_EQ(listed.at(13), row(13, 2, 13, 1, "Maret 2024", noor_aina, "Noor Aina", "2024-03", "2024-03-28") +
                                 ",2024-03");
    CliResult only_april = cli({"archive", "list", "--out", out.string(), "--period", "2024-04"});
    EXPECT_EQ(test::lines_of(only_april.out).size(), 16u);
    EXPECT_EQ(test::lines_of(only_april.out).at(15), indeks.at(15) + ",2024-04");

    // April's labels: box 1 with berkas 1–10, box 2 now with 11–16.
    const fs::path label_pdf = month("2024-04") / "arsip/label-box.pdf";
    test::CommandResult labels = test::run_command("pdftotext " + label_pdf.string() + " -");
    ASSERT_EQ(labels.code, 0) << labels.output;
    EXPECT_NE(labels.output.find("1 \u2013 10\n"), std::string::npos) << labels.output;
    EXPECT_NE(labels.output.find("11 \u2013 16\n"), std::string::npos) << labels.output;
}

// indeks.pdf is the month's Daftar Arsip Aktif: April's Daftar Berkas holds the berkas of
// March as well (Noor Aina's with its one March item), each with its items up to April; the
// nasib akhir comes from instansi.xml, Musnah when it names none.
TEST_F(TwoMonths, TheDaftarBerkasAccumulatesAndTheNasibAkhirComesFromInstansi) {
    const std::string musnah = " nasib-akhir=\"Musnah\"";
    std::string instansi = test::read_file(march_data / "instansi.xml");
    ASSERT_NE(instansi.find(musnah), std::string::npos);
    test::write_file(march_data / "instansi.xml", instansi.replace(instansi.find(musnah), musnah.size(), ""));
    ASSERT_EQ(run_period(march_data, out, "2024-03").code, exit_ok);
    instansi = test::read_file(april_data / "instansi.xml");
    instansi.replace(instansi.find(musnah), musnah.size(), " nasib-akhir=\"Permanen\"");
    test::write_file(april_data / "instansi.xml", instansi);
    CliResult april = run_period(april_data, out, "2024-04");
    ASSERT_EQ(april.code, exit_ok) << april.err;

    auto text_of = [&](const std::string& periode, const std::string& file) {
        test::CommandResult r = test::run_command("pdftotext -layout " + (month(periode) / file).string() + " -");
        EXPECT_EQ(r.code, 0) << r.output;
        return r.output;
    };
    const std::string maret = text_of("2024-03", "arsip/indeks.pdf");
    EXPECT_NE(maret.find("15 berkas tahun 2024; bulan ini 15 item, 15 lembar, dalam 2 boks"), std::string::npos)
        << maret;
    EXPECT_NE(maret.find("Musnah"), std::string::npos);
    EXPECT_EQ(maret.find("Permanen"), std::string::npos);

    const std::string april_text = text_of("2024-04", "arsip/indeks.pdf");
    EXPECT_NE(april_text.find("16 berkas tahun 2024; bulan ini 15 item, 15 lembar, dalam 2 boks"), std::string::npos)
        << april_text;
    EXPECT_NE(april_text.find("Pengukuran Kinerja Tahun 2024 a.n. Noor Aina"), std::string::npos) << april_text;
    EXPECT_NE(april_text.find("Pengukuran Kinerja Tahun 2024 a.n. Rizky Maulana, S.H."), std::string::npos);
    EXPECT_NE(april_text.find("Maret – April 2024"), std::string::npos) << april_text;
    EXPECT_NE(april_text.find("2 lembar"), std::string::npos);
    EXPECT_NE(april_text.find("Permanen"), std::string::npos);
    EXPECT_NE(april_text.find("Musnah"), std::string::npos);  // Noor Aina's berkas, last filed in March
    const std::string labels = text_of("2024-04", "arsip/label-box.pdf");
    EXPECT_NE(labels.find("PERMANEN"), std::string::npos) << labels;
    EXPECT_NE(labels.find("NOMOR BOKS"), std::string::npos) << labels;
    EXPECT_EQ(cli({"archive", "verify", "--out", out.string()}).code, exit_ok);
}

// A nasib akhir ANRI does not know is a problem of instansi.xml at the line of <arsip>.
TEST_F(TwoMonths, AnUnknownNasibAkhirIsReportedAtItsLine) {
    std::string instansi = test::read_file(march_data / "instansi.xml");
    const std::size_t at = instansi.find("<arsip ");
    ASSERT_NE(at, std::string::npos);
    const auto line = std::count(instansi.begin(), instansi.begin() + static_cast<std::ptrdiff_t>(at), '\n') + 1;
    const std::string musnah = "nasib-akhir=\"Musnah\"";
    ASSERT_NE(instansi.find(musnah), std::string::npos);
    instansi.replace(instansi.find(musnah), musnah.size(), "nasib-akhir=\"Simpan\"");
    test::write_file(march_data / "instansi.xml", instansi);
    CliResult r = cli({"check", march_data.string(), "--period", "2024-03"});
    EXPECT_EQ(r.code, exit_problems);
    EXPECT_NE(r.err.find("instansi.xml:" + std::to_string(line) +
                         ": nasib-akhir: nasib akhir tidak dikenal: \"Simpan\" (pilih: Musnah, Permanen, "
                         "Dinilai Kembali)\n"),
              std::string::npos)
        << r.err;
}

TEST_F(TwoMonths, ReRunningMarchChangesNoByteAndNoNumber) {
    ASSERT_EQ(run_period(march_data, out, "2024-03").code, exit_ok);
    const std::map<std::string, std::string> first = test::snapshot(month("2024-03"));
    ASSERT_EQ(first.count(std::string(archive::marker_file_name)), 1u);
    const CliResult listed = cli({"archive", "list", "--out", out.string()});
    ASSERT_EQ(listed.code, exit_ok);

    CliResult again = run_period(march_data, out, "2024-03");
    ASSERT_EQ(again.code, exit_ok) << again.err;
    EXPECT_EQ(again.err, "");
    expect_same_files(first, test::snapshot(month("2024-03")));
    const CliResult relisted = cli({"archive", "list", "--out", out.string()});
    EXPECT_EQ(relisted.out, listed.out);
    EXPECT_EQ(std::distance(fs::directory_iterator(out), fs::directory_iterator()), 2)
        << "OUT holds arsip.db and 2024-03 only (the lock is on the folder itself)";
}

TEST_F(TwoMonths, VerifyPassesOnAnIntactOutAndNamesAChangedOrMissingFile) {
    ASSERT_EQ(run_period(march_data, out, "2024-03").code, exit_ok);
    const std::string verify = std::string(KINERJA_BINARY) + " archive verify --out " + out.string();
    const std::size_t files = test::lines_of(test::read_file(month("2024-03") / "manifest.csv")).size();  // + itself
    test::CommandResult intact = test::run_command(verify);
    EXPECT_EQ(intact.code, 0) << intact.output;
    EXPECT_EQ(intact.output, "semua " + std::to_string(files) + " berkas terdaftar (1 bulan) utuh\n");

    const fs::path changed = month("2024-03") / "pengukuran" / "197908232005011004.pdf";
    std::string bytes = test::read_file(changed);
    bytes.at(bytes.size() / 2) = static_cast<char>(bytes.at(bytes.size() / 2) ^ 1);
    test::write_file(changed, bytes);
    fs::remove(month("2024-03") / "cetak.pdf");
    test::CommandResult broken = test::run_command(verify);
    EXPECT_EQ(broken.code, 1) << broken.output;
    EXPECT_NE(broken.output.find((month("2024-03") / "pengukuran" / "197908232005011004.pdf").string() +
                                 ": berkas berubah\n"),
              std::string::npos)
        << broken.output;
    EXPECT_NE(broken.output.find((month("2024-03") / "cetak.pdf").string() + ": berkas hilang\n"), std::string::npos)
        << broken.output;
    EXPECT_NE(broken.output.find("2 dari " + std::to_string(files) + " berkas terdaftar (1 bulan) hilang atau berubah"),
              std::string::npos)
        << broken.output;
}

// One employee's perilaku is out of range: that employee is reported at the row and left out of
// every document; everyone else is produced and filed as usual.
TEST_F(TwoMonths, OneBadEmployeeIsLeftOutOfEveryDocumentAndTheIndex) {
    const std::string fitriani = "198806142011012009";
    std::string perilaku = test::read_file(march_data / "perilaku-2024-03.csv");
    const std::size_t at = perilaku.find("\n" + fitriani + ";");
    ASSERT_NE(at, std::string::npos);
    const auto line = std::count(perilaku.begin(), perilaku.begin() + static_cast<std::ptrdiff_t>(at), '\n') + 2;
    // Columns: nip, orientasi_pelayanan, integritas, komitmen, disiplin, …
    std::size_t field = at + 1;
    for (int i = 0; i < 4; ++i) field = perilaku.find(';', field) + 1;
    perilaku.replace(field, perilaku.find(';', field) - field, "101");
    test::write_file(march_data / "perilaku-2024-03.csv", perilaku);

    CliResult r = run_period(march_data, out, "2024-03");
    EXPECT_EQ(r.code, exit_problems);
    EXPECT_EQ(r.err, "perilaku-2024-03.csv:" + std::to_string(line) + ": disiplin: nilai lebih dari 100\n");

    for (const char* folder : {"formulir", "pengukuran"}) {
        const fs::path documents = month("2024-03") / folder;
        EXPECT_FALSE(fs::exists(documents / (fitriani + ".pdf"))) << folder;
        EXPECT_TRUE(fs::exists(documents / "199103072019031004.pdf")) << folder;
        EXPECT_EQ(std::distance(fs::directory_iterator(documents), fs::directory_iterator()), 14) << folder;
    }
    test::CommandResult cetak = test::run_command("pdftotext " + (month("2024-03") / "cetak.pdf").string() + " -");
    ASSERT_EQ(cetak.code, 0);
    EXPECT_EQ(cetak.output.find("19880614 201101 2 009"), std::string::npos);
    EXPECT_EQ(cetak.output.find("Fitriani"), std::string::npos);
    EXPECT_NE(cetak.output.find("19910307 201903 1 004"), std::string::npos);  // the next one is there
    EXPECT_NE(cetak.output.find("Pelaksanaan Perencanaan Kinerja"), std::string::npos);  // and the SOP

    // Never filed: the berkas numbers run on without her, and the register agrees with the index.
    const std::vector<std::string> indeks = test::lines_of(test::read_file(month("2024-03") / "arsip/indeks.csv"));
    ASSERT_EQ(indeks.size(), 15u);
    for (const std::string& l : indeks) EXPECT_EQ(l.find(fitriani), std::string::npos) << l;
    EXPECT_EQ(indeks.at(11), row(11, 2, 11, 1, "Maret 2024", "199103072019031004", "Hendra Saputra, S.T.",
                                 "2024-03", "2024-03-28"));
    const std::string manifest = test::read_file(month("2024-03") / "manifest.csv");
    EXPECT_EQ(manifest.find(fitriani), std::string::npos);
    const std::vector<std::string> listed = test::lines_of(cli({"archive", "list", "--out", out.string()}).out);
    ASSERT_EQ(listed.size(), indeks.size());
    for (std::size_t i = 1; i < listed.size(); ++i) EXPECT_EQ(listed.at(i), indeks.at(i) + ",2024-03");
    EXPECT_EQ(cli({"archive", "verify", "--out", out.string()}).code, exit_ok);
}

}  // namespace
}  // namespace kinerja
