// The records the archive templates see (compose/arsip.hpp): the hand-over signer, the items,
// the labels two by two.
#include <gtest/gtest.h>

#include "compose/arsip.hpp"
#include "archive_test_support.hpp"

namespace kinerja::compose {
namespace {

Pegawai pegawai(int n, std::string nama, JenisJabatan jenis, std::string unit, std::optional<int> atasan) {
    Pegawai p;
    p.nip = test::test_nip(n);
    p.nama = std::move(nama);
    p.golongan = *parse_golongan("III/d");
    p.jabatan = "Jabatan " + std::to_string(n);
    p.jenis_jabatan = jenis;
    p.unit_kerja = std::move(unit);
    if (atasan) p.nip_atasan = test::test_nip(*atasan);
    return p;
}

DataSet office() {
    DataSet d;
    d.instansi.nama = "KECAMATAN LAMPIHONG";
    d.instansi.tempat = "Lampihong";
    d.instansi.arsip = test::test_arsip(10);
    d.pegawai = {
        pegawai(1, "Camat", JenisJabatan::struktural, "Kecamatan Lampihong", std::nullopt),
        pegawai(2, "Sekcam", JenisJabatan::struktural, "Sekretariat Kecamatan", 1),
        pegawai(3, "Staf Renkeu", JenisJabatan::pelaksana, "Subbagian Perencanaan dan Keuangan", 4),
        pegawai(4, "Kasubag Renkeu", JenisJabatan::struktural, " subbagian perencanaan DAN keuangan ", 2),
    };
    return d;
}

const Value& field(const Record& r, const Schema& s, const std::string& name) {
    return r.values.at(static_cast<std::size_t>(*s.find_field(name)));
}

TEST(KepalaUnitPengolah, IsTheStrukturalHeadOfTheUnit) {
    DataSet d = office();
    const Pegawai* head = kepala_unit_pengolah(d);
    ASSERT_NE(head, nullptr);
    EXPECT_EQ(head->nama, "Kasubag Renkeu");  // not the staff member, not the Sekcam above
}

TEST(KepalaUnitPengolah, NobodyWhenTheUnitHasNoStrukturalHead) {
    DataSet d = office();
    d.pegawai.pop_back();
    EXPECT_EQ(kepala_unit_pengolah(d), nullptr);
    d = office();
    d.instansi.arsip.unit_pengolah = "";
    EXPECT_EQ(kepala_unit_pengolah(d), nullptr);
}

ArsipEntry entry(int no, int box, int berkas, int halaman) {
    return ArsipEntry{Period{2024, 3}, no, "800.1.4.4", box, berkas, 1, "Pengukuran Kinerja Maret 2024 a.n. X",
                      test::test_nip(no), "X", Date{2024, 3, 31}, halaman, 2, 3, "pengukuran/x.pdf",
                      std::string(64, 'a')};
}

TEST(ArsipIndeksRecord, HoldsTheSignerTotalsAndItems) {
    DataSet d = office();
    std::vector<ArsipEntry> entries{entry(1, 1, 1, 3), entry(2, 1, 2, 4), entry(3, 2, 11, 3)};
    const Schema& s = ArsipIndeksTemplate::schema();
    Record r = ArsipIndeksTemplate::record(ArsipIndeksInput{d, Period{2024, 3}, Date{2024, 3, 31}, entries});
    EXPECT_EQ(field(r, s, "penyerah.ada"), Value(true));
    EXPECT_EQ(field(r, s, "penyerah.nama_lengkap"), Value(std::string("Kasubag Renkeu")));
    EXPECT_EQ(field(r, s, "penyerah.pangkat_golongan"), Value(std::string("Penata Tingkat I, III/d")));
    EXPECT_EQ(field(r, s, "jumlah_item"), Value(std::int64_t{3}));
    EXPECT_EQ(field(r, s, "jumlah_halaman"), Value(std::int64_t{10}));
    EXPECT_EQ(field(r, s, "jumlah_box"), Value(std::int64_t{2}));
    EXPECT_EQ(field(r, s, "periode"), Value(std::string("Maret 2024")));
    EXPECT_EQ(field(r, s, "arsip.retensi_inaktif"), Value(std::int64_t{3}));
    const auto& items = r.lists.at(static_cast<std::size_t>(*s.find_list("item")));
    ASSERT_EQ(items.size(), 3u);
    const Schema& is = *s.lists().at(static_cast<std::size_t>(*s.find_list("item"))).item;
    EXPECT_EQ(field(items[2], is, "berkas"), Value(std::int64_t{11}));
    EXPECT_EQ(field(items[2], is, "nip"), Value(test::test_nip(3)));

    d.pegawai.pop_back();
    Record none = ArsipIndeksTemplate::record(ArsipIndeksInput{d, Period{2024, 3}, Date{2024, 3, 31}, entries});
    EXPECT_EQ(field(none, s, "penyerah.ada"), Value(false));
    EXPECT_EQ(field(none, s, "penyerah.nama_lengkap"), Value());
}

TEST(ArsipLabelRecord, PairsTheBoxesTheLastOneAloneWhenOdd) {
    DataSet d = office();
    std::vector<ArsipBox> boxes{{2024, 1, 1, 10, 10}, {2024, 2, 11, 20, 10}, {2024, 3, 21, 21, 1}};
    const Schema& s = ArsipLabelTemplate::schema();
    Record r = ArsipLabelTemplate::record(ArsipLabelInput{d, Period{2024, 3}, boxes});
    const auto list = static_cast<std::size_t>(*s.find_list("baris"));
    const Schema& bs = *s.lists().at(list).item;
    const auto& baris = r.lists.at(list);
    ASSERT_EQ(baris.size(), 2u);
    EXPECT_EQ(field(baris[0], bs, "kiri.box"), Value(std::int64_t{1}));
    EXPECT_EQ(field(baris[0], bs, "kanan.box"), Value(std::int64_t{2}));
    EXPECT_EQ(field(baris[0], bs, "kanan.berkas"), Value(std::string("11 \u2013 20")));
    EXPECT_EQ(field(baris[1], bs, "kiri.berkas"), Value(std::string("21")));
    EXPECT_EQ(field(baris[1], bs, "kanan.ada"), Value(false));
    EXPECT_EQ(field(r, s, "jumlah_box"), Value(std::int64_t{3}));
}

}  // namespace
}  // namespace kinerja::compose
