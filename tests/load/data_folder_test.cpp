#include "load/data_folder.hpp"

#include <gtest/gtest.h>
#include "diagnostic_lines.hpp"

namespace kinerja {
namespace {

using test::Lines;
using test::lines_of;

const char* const kInstansi =
    "<instansi kode='KEC-LPHG'><nama>KECAMATAN LAMPIHONG</nama><kertas>F4</kertas></instansi>";
const char* const kFolderPegawaiCsv =
    "nip;nama;golongan;jabatan;jenis_jabatan;unit_kerja;nip_atasan\n1;Andi;IV/a;Camat;struktural;Kec;\n";
const char* const kFolderPegawaiXml =
    "<daftar-pegawai><pegawai nip='2' nama='Budi'/></daftar-pegawai>";
const char* const kSkpCsv =
    "nip;uraian;target_kuantitas;target_kualitas;target_waktu;realisasi_kuantitas;realisasi_kualitas;realisasi_waktu\n"
    "1;Menyusun RKT;1;100;12;1;90;12\n";
const char* const kPerilakuCsv =
    "nip;orientasi_pelayanan;integritas;komitmen;disiplin;kerja_sama\n1;80;80;80;80;80\n";
const char* const kFolderSkpXml =
    "<skp periode='2024-03'>\n<pegawai nip='1'>\n<tugas uraian='Menyusun RKT'/>\n"
    "<perilaku integritas='81'/>\n</pegawai>\n</skp>";

std::string sop(const std::string& nomor) {
    return "<sop nomor='" + nomor + "'><langkah simbol='mulai'>A</langkah></sop>";
}

MemoryFileSource full_csv_folder() {
    MemoryFileSource files;
    files.put("instansi.xml", kInstansi);
    files.put("pegawai.csv", kFolderPegawaiCsv);
    files.put("skp-2024-03.csv", kSkpCsv);
    files.put("perilaku-2024-03.csv", kPerilakuCsv);
    files.put("sop/b.xml", sop("02"));
    files.put("sop/a.xml", sop("01"));
    files.put("sop/catatan.txt", "bukan SOP");
    files.put("sop/lama/c.xml", sop("03"));
    return files;
}

TEST(LoadDataFolder, ReadsACompleteCsvFolder) {
    Diagnostics diags;
    const RawData raw = load_data_folder(full_csv_folder(), "2024-03", diags);
    EXPECT_EQ(lines_of(diags), Lines{});
    ASSERT_TRUE(raw.instansi.has_value());
    EXPECT_EQ(raw.instansi->nama, "KECAMATAN LAMPIHONG");
    EXPECT_EQ(raw.pegawai_file, "pegawai.csv");
    ASSERT_EQ(raw.pegawai.size(), 1u);
    EXPECT_EQ(raw.pegawai[0].nama, "Andi");
    EXPECT_EQ(raw.periode, "2024-03");
    EXPECT_EQ(raw.skp_file, "skp-2024-03.csv");
    EXPECT_EQ(raw.perilaku_file, "perilaku-2024-03.csv");
    ASSERT_EQ(raw.skp.size(), 1u);
    EXPECT_EQ(raw.skp[0].loc.file, "skp-2024-03.csv");
    ASSERT_EQ(raw.perilaku.size(), 1u);
    EXPECT_EQ(raw.perilaku[0].loc.file, "perilaku-2024-03.csv");
    EXPECT_EQ(raw.skp_periode_attr, "");
    ASSERT_EQ(raw.sops.size(), 2u);
    EXPECT_EQ(raw.sops[0].nomor, "01");
    EXPECT_EQ(raw.sops[0].loc.file, "sop/a.xml");
    EXPECT_EQ(raw.sops[1].nomor, "02");
    EXPECT_EQ(raw.sops[1].loc.file, "sop/b.xml");
}

TEST(LoadDataFolder, WithoutPeriodReadsNoSkp) {
    MemoryFileSource files = full_csv_folder();
    files.remove("skp-2024-03.csv");
    Diagnostics diags;
    const RawData raw = load_data_folder(files, "", diags);
    EXPECT_TRUE(diags.empty());
    EXPECT_EQ(raw.skp_file, "");
    EXPECT_TRUE(raw.skp.empty());
    EXPECT_TRUE(raw.perilaku.empty());
    EXPECT_EQ(raw.sops.size(), 2u);
}

TEST(LoadDataFolder, ReadsSkpXmlWithItsPerilaku) {
    MemoryFileSource files = full_csv_folder();
    files.remove("skp-2024-03.csv");
    files.remove("perilaku-2024-03.csv");
    files.remove("pegawai.csv");
    files.put("pegawai.xml", kFolderPegawaiXml);
    files.put("skp-2024-03.xml", kFolderSkpXml);
    Diagnostics diags;
    const RawData raw = load_data_folder(files, "2024-03", diags);
    EXPECT_TRUE(diags.empty());
    EXPECT_EQ(raw.pegawai_file, "pegawai.xml");
    ASSERT_EQ(raw.pegawai.size(), 1u);
    EXPECT_EQ(raw.pegawai[0].nama, "Budi");
    EXPECT_EQ(raw.skp_file, "skp-2024-03.xml");
    EXPECT_EQ(raw.perilaku_file, "skp-2024-03.xml");
    EXPECT_EQ(raw.skp_periode_attr, "2024-03");
    EXPECT_EQ(raw.skp_periode_loc.file, "skp-2024-03.xml");
    EXPECT_EQ(raw.skp_periode_loc.line, 1);
    ASSERT_EQ(raw.skp.size(), 1u);
    EXPECT_EQ(raw.skp[0].loc.line, 3);
    ASSERT_EQ(raw.perilaku.size(), 1u);
    EXPECT_EQ(raw.perilaku[0].integritas, "81");
    EXPECT_EQ(raw.perilaku[0].loc.line, 4);
}

// A sop/ folder that cannot be listed (no permission, an I/O error) is a problem with a whole
// input, not a month without SOPs.
TEST(LoadDataFolder, AnUnlistableSopFolderIsAFileProblem) {
    class Unlistable : public MemoryFileSource {
    public:
        std::string unlistable(const std::string& folder) const override {
            return folder == "sop" ? "folder tidak dapat dibaca: izin ditolak" : "";
        }
    };
    Unlistable files;
    files.put("instansi.xml", kInstansi);
    files.put("pegawai.csv", kFolderPegawaiCsv);
    Diagnostics diags;
    load_data_folder(files, "", diags);
    EXPECT_EQ(lines_of(diags), (Lines{"sop:0: folder: folder tidak dapat dibaca: izin ditolak"}));
    EXPECT_EQ(diags.file_problems(), 1u);
}

TEST(LoadDataFolder, MissingInstansi) {
    MemoryFileSource files = full_csv_folder();
    files.remove("instansi.xml");
    Diagnostics diags;
    const RawData raw = load_data_folder(files, "2024-03", diags);
    EXPECT_FALSE(raw.instansi.has_value());
    EXPECT_EQ(lines_of(diags), (Lines{"instansi.xml:0: berkas: berkas tidak ditemukan"}));
    EXPECT_EQ(raw.pegawai.size(), 1u);  // everything else is still read
}

TEST(LoadDataFolder, UnreadableInstansiGivesNoRecord) {
    MemoryFileSource files = full_csv_folder();
    files.put("instansi.xml", "<instansi>");
    Diagnostics diags;
    const RawData raw = load_data_folder(files, "2024-03", diags);
    EXPECT_FALSE(raw.instansi.has_value());
    EXPECT_EQ(lines_of(diags), (Lines{"instansi.xml:1: xml: XML tidak valid: tag tidak ditutup"}));
}

TEST(LoadDataFolder, MissingPegawai) {
    MemoryFileSource files = full_csv_folder();
    files.remove("pegawai.csv");
    Diagnostics diags;
    const RawData raw = load_data_folder(files, "2024-03", diags);
    EXPECT_EQ(raw.pegawai_file, "");
    EXPECT_EQ(lines_of(diags),
              (Lines{"pegawai.csv:0: berkas: berkas tidak ditemukan (pegawai.csv, pegawai.xlsx atau pegawai.xml)"}));
}

TEST(LoadDataFolder, BothPegawaiFilesReadsTheCsv) {
    MemoryFileSource files = full_csv_folder();
    files.put("pegawai.xml", kFolderPegawaiXml);
    Diagnostics diags;
    const RawData raw = load_data_folder(files, "2024-03", diags);
    EXPECT_EQ(lines_of(diags), (Lines{"pegawai.xml:0: berkas: pegawai.csv dan pegawai.xml tidak boleh ada "
                                      "bersamaan; hapus salah satunya (yang dibaca pegawai.csv)"}));
    EXPECT_EQ(raw.pegawai_file, "pegawai.csv");
    ASSERT_EQ(raw.pegawai.size(), 1u);
    EXPECT_EQ(raw.pegawai[0].nama, "Andi");
}

TEST(LoadDataFolder, MissingSkp) {
    MemoryFileSource files = full_csv_folder();
    files.remove("skp-2024-03.csv");
    Diagnostics diags;
    const RawData raw = load_data_folder(files, "2024-03", diags);
    EXPECT_EQ(raw.skp_file, "");
    EXPECT_EQ(lines_of(diags), (Lines{"skp-2024-03.csv:0: berkas: berkas tidak ditemukan (diharapkan "
                                      "skp-2024-03.csv, skp-2024-03.xlsx atau skp-2024-03.xml)"}));
}

TEST(LoadDataFolder, SkpForAnotherPeriodIsNotRead) {
    Diagnostics diags;
    const RawData raw = load_data_folder(full_csv_folder(), "2024-04", diags);
    EXPECT_EQ(lines_of(diags), (Lines{"skp-2024-04.csv:0: berkas: berkas tidak ditemukan (diharapkan "
                                      "skp-2024-04.csv, skp-2024-04.xlsx atau skp-2024-04.xml)"}));
}

TEST(LoadDataFolder, MissingPerilakuWithSkpCsv) {
    MemoryFileSource files = full_csv_folder();
    files.remove("perilaku-2024-03.csv");
    Diagnostics diags;
    const RawData raw = load_data_folder(files, "2024-03", diags);
    EXPECT_EQ(raw.skp.size(), 1u);
    EXPECT_EQ(raw.perilaku_file, "");
    EXPECT_EQ(lines_of(diags), (Lines{"perilaku-2024-03.csv:0: berkas: berkas tidak ditemukan (perilaku-2024-03.csv "
                                      "atau perilaku-2024-03.xlsx, wajib ada bila SKP berupa skp-2024-03.csv)"}));
}

TEST(LoadDataFolder, BothSkpFilesReadsTheCsv) {
    MemoryFileSource files = full_csv_folder();
    files.put("skp-2024-03.xml", kFolderSkpXml);
    Diagnostics diags;
    const RawData raw = load_data_folder(files, "2024-03", diags);
    EXPECT_EQ(lines_of(diags), (Lines{"skp-2024-03.xml:0: berkas: skp-2024-03.csv dan skp-2024-03.xml tidak "
                                      "boleh ada bersamaan; hapus salah satunya (yang dibaca skp-2024-03.csv)"}));
    EXPECT_EQ(raw.skp_file, "skp-2024-03.csv");
    EXPECT_EQ(raw.perilaku_file, "perilaku-2024-03.csv");
}

TEST(LoadDataFolder, PerilakuCsvBesideSkpXmlIsReported) {
    MemoryFileSource files = full_csv_folder();
    files.remove("skp-2024-03.csv");
    files.put("skp-2024-03.xml", kFolderSkpXml);
    Diagnostics diags;
    const RawData raw = load_data_folder(files, "2024-03", diags);
    EXPECT_EQ(lines_of(diags),
              (Lines{"perilaku-2024-03.csv:0: berkas: tidak dibaca: bila SKP berupa skp-2024-03.xml, nilai "
                     "perilaku diambil dari <perilaku> di dalamnya; hapus berkas ini"}));
    ASSERT_EQ(raw.perilaku.size(), 1u);
    EXPECT_EQ(raw.perilaku[0].integritas, "81");
}

TEST(LoadDataFolder, BadSopIsReportedWithItsPathAndSkipped) {
    MemoryFileSource files = full_csv_folder();
    files.put("sop/a.xml", "<sop>\n<langkah>\n</sop>");
    Diagnostics diags;
    const RawData raw = load_data_folder(files, "2024-03", diags);
    EXPECT_EQ(lines_of(diags), (Lines{"sop/a.xml:3: xml: XML tidak valid: tag penutup </sop> tidak cocok "
                                      "dengan tag pembukanya"}));
    ASSERT_EQ(raw.sops.size(), 1u);
    EXPECT_EQ(raw.sops[0].nomor, "02");
}

TEST(LoadDataFolder, EmptyFolderReportsEveryMissingFile) {
    Diagnostics diags;
    const RawData raw = load_data_folder(MemoryFileSource{}, "2024-03", diags);
    EXPECT_EQ(lines_of(diags),
              (Lines{"instansi.xml:0: berkas: berkas tidak ditemukan",
                     "pegawai.csv:0: berkas: berkas tidak ditemukan (pegawai.csv, pegawai.xlsx atau pegawai.xml)",
                     "skp-2024-03.csv:0: berkas: berkas tidak ditemukan (diharapkan skp-2024-03.csv, "
                     "skp-2024-03.xlsx atau skp-2024-03.xml)"}));
    EXPECT_TRUE(raw.sops.empty());
}

}  // namespace
}  // namespace kinerja
