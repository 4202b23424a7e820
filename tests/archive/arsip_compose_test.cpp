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
    const std::vector<ArsipBerkas> berkas;
    const Schema& s = ArsipIndeksTemplate::schema();
    Record r =
        ArsipIndeksTemplate::record(ArsipIndeksInput{d, Period{2024, 3}, Date{2024, 3, 31}, entries, berkas});
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
    Record none =
        ArsipIndeksTemplate::record(ArsipIndeksInput{d, Period{2024, 3}, Date{2024, 3, 31}, entries, berkas});
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

TEST(Lembar, BothSidesOfASheetAreOneLembar) {
    EXPECT_EQ(lembar(1, true), 1);
    EXPECT_EQ(lembar(2, true), 1);
    EXPECT_EQ(lembar(3, true), 2);
    EXPECT_EQ(lembar(4, true), 2);
    EXPECT_EQ(lembar(3, false), 3);
    EXPECT_EQ(lembar(0, true), 0);
}

// Daftar Isi Berkas: each item's lembar, nasib akhir and whether it is the last row.
TEST(ArsipIndeksRecord, ItemsCountLembarAndCarryTheNasibAkhir) {
    DataSet d = office();
    std::vector<ArsipEntry> entries{entry(1, 1, 1, 3), entry(2, 1, 2, 4), entry(3, 2, 11, 1)};
    const std::vector<ArsipBerkas> berkas;
    const Schema& s = ArsipIndeksTemplate::schema();
    const auto list = static_cast<std::size_t>(*s.find_list("item"));
    const Schema& is = *s.lists().at(list).item;

    Record duplex =
        ArsipIndeksTemplate::record(ArsipIndeksInput{d, Period{2024, 3}, Date{2024, 3, 31}, entries, berkas});
    EXPECT_EQ(field(duplex, s, "jumlah_halaman"), Value(std::int64_t{8}));
    EXPECT_EQ(field(duplex, s, "jumlah_lembar"), Value(std::int64_t{5}));  // 2 + 2 + 1
    EXPECT_EQ(field(duplex, s, "arsip.nasib_akhir"), Value(std::string("Musnah")));
    const auto& items = duplex.lists.at(list);
    EXPECT_EQ(field(items[0], is, "lembar"), Value(std::int64_t{2}));
    EXPECT_EQ(field(items[2], is, "lembar"), Value(std::int64_t{1}));
    EXPECT_EQ(field(items[0], is, "nasib_akhir"), Value(std::string("Musnah")));
    EXPECT_EQ(field(items[0], is, "terakhir"), Value(false));
    EXPECT_EQ(field(items[1], is, "terakhir"), Value(false));
    EXPECT_EQ(field(items[2], is, "terakhir"), Value(true));

    d.instansi.arsip.nasib_akhir = NasibAkhir::dinilai_kembali;
    Record simplex = ArsipIndeksTemplate::record(
        ArsipIndeksInput{d, Period{2024, 3}, Date{2024, 3, 31}, entries, berkas, false});
    EXPECT_EQ(field(simplex, s, "jumlah_lembar"), Value(std::int64_t{8}));
    EXPECT_EQ(field(simplex, s, "arsip.nasib_akhir"), Value(std::string("Dinilai Kembali")));
    EXPECT_EQ(field(simplex.lists.at(list)[1], is, "lembar"), Value(std::int64_t{4}));
    EXPECT_EQ(field(simplex.lists.at(list)[1], is, "nasib_akhir"), Value(std::string("Dinilai Kembali")));
}

ArsipBerkas berkas(int nomor, Period awal, Period akhir, std::vector<int> halaman, std::vector<int> lembar,
                   NasibAkhir nasib) {
    return ArsipBerkas{nomor, 1, "800.1.4.4", "Pengukuran Kinerja Tahun 2024 a.n. X", test::test_nip(nomor),
                       awal, akhir, std::move(halaman), std::move(lembar), 2, 3, nasib};
}

// Daftar Berkas: one row per berkas of the year, with its kurun waktu and totals; each item's
// lembar as its month was printed (February here on one side).
TEST(ArsipIndeksRecord, BerkasOfTheYearWithKurunWaktuAndLembar) {
    DataSet d = office();
    const std::vector<ArsipEntry> entries{entry(1, 1, 1, 3)};
    const std::vector<ArsipBerkas> year{
        berkas(1, Period{2024, 1}, Period{2024, 3}, {3, 2, 3}, {2, 2, 2}, NasibAkhir::musnah),
        berkas(2, Period{2024, 2}, Period{2024, 2}, {1}, {1}, NasibAkhir::permanen)};
    const Schema& s = ArsipIndeksTemplate::schema();
    const auto list = static_cast<std::size_t>(*s.find_list("berkas"));
    const Schema& bs = *s.lists().at(list).item;
    Record r = ArsipIndeksTemplate::record(ArsipIndeksInput{d, Period{2024, 3}, Date{2024, 3, 31}, entries, year});
    EXPECT_EQ(field(r, s, "jumlah_berkas"), Value(std::int64_t{2}));
    const auto& rows = r.lists.at(list);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(field(rows[0], bs, "berkas"), Value(std::int64_t{1}));
    EXPECT_EQ(field(rows[0], bs, "kurun_waktu"), Value(std::string("Januari \u2013 Maret 2024")));
    EXPECT_EQ(field(rows[0], bs, "jumlah_item"), Value(std::int64_t{3}));
    EXPECT_EQ(field(rows[0], bs, "halaman"), Value(std::int64_t{8}));
    EXPECT_EQ(field(rows[0], bs, "lembar"), Value(std::int64_t{6}));  // 2 + 2 (one side) + 2
    // The month's own items count as this month prints, whatever the berkas says of earlier ones.
    Record simplex =
        ArsipIndeksTemplate::record(ArsipIndeksInput{d, Period{2024, 3}, Date{2024, 3, 31}, entries, year, false});
    EXPECT_EQ(field(simplex.lists.at(list)[0], bs, "lembar"), Value(std::int64_t{6}));
    EXPECT_EQ(field(simplex, s, "jumlah_lembar"), Value(std::int64_t{3}));
    EXPECT_EQ(field(rows[0], bs, "bulan_ini"), Value(true));
    EXPECT_EQ(field(rows[0], bs, "terakhir"), Value(false));
    EXPECT_EQ(field(rows[0], bs, "nasib_akhir"), Value(std::string("Musnah")));
    EXPECT_EQ(field(rows[1], bs, "kurun_waktu"), Value(std::string("Februari 2024")));
    EXPECT_EQ(field(rows[1], bs, "lembar"), Value(std::int64_t{1}));
    EXPECT_EQ(field(rows[1], bs, "bulan_ini"), Value(false));
    EXPECT_EQ(field(rows[1], bs, "terakhir"), Value(true));
    EXPECT_EQ(field(rows[1], bs, "nasib_akhir"), Value(std::string("Permanen")));
    EXPECT_EQ(field(rows[1], bs, "nip"), Value(test::test_nip(2)));
}

TEST(ArsipLabelRecord, CarriesRetensiAndNasibAkhir) {
    DataSet d = office();
    d.instansi.arsip.nasib_akhir = NasibAkhir::permanen;
    std::vector<ArsipBox> boxes{{2024, 1, 1, 10, 10}};
    const Schema& s = ArsipLabelTemplate::schema();
    Record r = ArsipLabelTemplate::record(ArsipLabelInput{d, Period{2024, 3}, boxes});
    EXPECT_EQ(field(r, s, "arsip.nasib_akhir"), Value(std::string("Permanen")));
    EXPECT_EQ(field(r, s, "arsip.retensi_aktif"), Value(std::int64_t{2}));
}

// What the archive documents say they hold (`jenis_arsip`): the indeks and the labels name the
// kind the period's regime files; each label names the kinds its box holds, both when a berkas
// opened under PP 46 went on under PermenPANRB 6/2022.
TEST(ArsipJenis, TheWordsForEachKindAndForBoth) {
    EXPECT_EQ(jenis_arsip_of(Regulasi::pp46_2011), JenisArsip::pengukuran);
    EXPECT_EQ(jenis_arsip_of(Regulasi::permenpanrb_6_2022), JenisArsip::dokumen_evaluasi);
    EXPECT_EQ(jenis_arsip_text({JenisArsip::pengukuran}), "Pengukuran Kinerja");
    EXPECT_EQ(jenis_arsip_text({JenisArsip::dokumen_evaluasi}), "Evaluasi Kinerja");
    EXPECT_EQ(jenis_arsip_text({JenisArsip::dokumen_evaluasi, JenisArsip::pengukuran, JenisArsip::dokumen_evaluasi}),
              "Pengukuran dan Evaluasi Kinerja");
}

TEST(ArsipJenis, TheIndeksNamesTheKindOfThePeriodsRegime) {
    DataSet d = office();
    const std::vector<ArsipEntry> entries{entry(1, 1, 1, 3)};
    const std::vector<ArsipBerkas> berkas;
    const Schema& s = ArsipIndeksTemplate::schema();
    const ArsipIndeksInput maret24{d, Period{2024, 3}, Date{2024, 3, 31}, entries, berkas};
    EXPECT_EQ(field(ArsipIndeksTemplate::record(maret24), s, "jenis_arsip"), Value(std::string("Pengukuran Kinerja")));
    d.regulasi = Regulasi::permenpanrb_6_2022;
    const ArsipIndeksInput maret25{d, Period{2025, 3}, Date{2025, 3, 31}, entries, berkas};
    EXPECT_EQ(field(ArsipIndeksTemplate::record(maret25), s, "jenis_arsip"), Value(std::string("Evaluasi Kinerja")));
}

TEST(ArsipJenis, EachLabelNamesTheKindsInItsBox) {
    DataSet d = office();
    d.regulasi = Regulasi::permenpanrb_6_2022;
    std::vector<ArsipBox> boxes{{2025, 1, 1, 10, 10, {JenisArsip::pengukuran, JenisArsip::dokumen_evaluasi}},
                                {2025, 2, 11, 20, 10, {JenisArsip::dokumen_evaluasi}},
                                {2025, 3, 21, 21, 1, {JenisArsip::pengukuran}},
                                {2025, 4, 31, 31, 1}};  // kinds not known: the month's
    const Schema& s = ArsipLabelTemplate::schema();
    Record r = ArsipLabelTemplate::record(ArsipLabelInput{d, Period{2025, 3}, boxes});
    EXPECT_EQ(field(r, s, "jenis_arsip"), Value(std::string("Evaluasi Kinerja")));
    const auto list = static_cast<std::size_t>(*s.find_list("baris"));
    const Schema& bs = *s.lists().at(list).item;
    const auto& baris = r.lists.at(list);
    ASSERT_EQ(baris.size(), 2u);
    EXPECT_EQ(field(baris[0], bs, "kiri.jenis_arsip"), Value(std::string("Pengukuran dan Evaluasi Kinerja")));
    EXPECT_EQ(field(baris[0], bs, "kanan.jenis_arsip"), Value(std::string("Evaluasi Kinerja")));
    EXPECT_EQ(field(baris[1], bs, "kiri.jenis_arsip"), Value(std::string("Pengukuran Kinerja")));
    EXPECT_EQ(field(baris[1], bs, "kanan.jenis_arsip"), Value(std::string("Evaluasi Kinerja")));

    d.regulasi = Regulasi::pp46_2011;
    Record pp46 = ArsipLabelTemplate::record(ArsipLabelInput{d, Period{2024, 3}, boxes});
    EXPECT_EQ(field(pp46, s, "jenis_arsip"), Value(std::string("Pengukuran Kinerja")));
    EXPECT_EQ(field(pp46.lists.at(list)[1], bs, "kanan.jenis_arsip"), Value(std::string("Pengukuran Kinerja")));
}

}  // namespace
}  // namespace kinerja::compose
