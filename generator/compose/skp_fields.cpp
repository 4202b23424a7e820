#include "compose/skp_fields.hpp"

#include <cstdint>
#include <utility>

#include "compose/common_fields.hpp"

namespace kinerja::compose {

namespace {

constexpr NumberFormat as_written{2, true};   // data: "12", "9,12", "87,5"
constexpr NumberFormat rupiah{0, false};      // biaya: "170.395.000"

}  // namespace

CapaianFields CapaianFields::add(Schema& s, const std::string& prefix) {
    CapaianFields f{};
    f.kuantitas = s.add_field(prefix + ".kuantitas", FieldType::number, as_written);
    f.kualitas = s.add_field(prefix + ".kualitas", FieldType::number, as_written);
    f.waktu = s.add_field(prefix + ".waktu", FieldType::number, as_written);
    f.biaya = s.add_field(prefix + ".biaya", FieldType::number, rupiah);
    return f;
}

void CapaianFields::fill(Record& r, const Capaian& c) const {
    set(r, kuantitas, c.kuantitas);
    set(r, kualitas, c.kualitas);
    set(r, waktu, c.waktu);
    if (c.biaya) set(r, biaya, *c.biaya);
}

KegiatanFields KegiatanFields::add(Schema& item) {
    KegiatanFields f{};
    f.uraian = item.add_field("uraian", FieldType::text);
    f.ak = item.add_field("ak", FieldType::number, as_written);
    f.satuan = item.add_field("satuan", FieldType::text);
    f.dilaksanakan = item.add_field("dilaksanakan", FieldType::flag);
    f.pakai_biaya = item.add_field("pakai_biaya", FieldType::flag);
    f.target = CapaianFields::add(item, "target");
    f.realisasi = CapaianFields::add(item, "realisasi");
    return f;
}

void KegiatanFields::fill(Record& e, const KegiatanTugas& k, const NilaiKegiatan& n) const {
    set(e, uraian, k.uraian);
    set(e, ak, k.ak);
    set(e, satuan, k.satuan);
    set(e, dilaksanakan, n.dilaksanakan);
    set(e, pakai_biaya, k.target.biaya.has_value());
    target.fill(e, k.target);
    realisasi.fill(e, k.realisasi);
}

SkpTotalFields SkpTotalFields::add(Schema& s) {
    SkpTotalFields f{};
    f.jumlah_kegiatan = s.add_field("jumlah_kegiatan", FieldType::integer);
    f.rata_rata_kegiatan = s.add_field("rata_rata_kegiatan", FieldType::number, two_places);
    f.jumlah_tambahan = s.add_field("jumlah_tambahan", FieldType::integer);
    f.nilai_tambahan = s.add_field("nilai_tambahan", FieldType::number, two_places);
    f.nilai_kreativitas = s.add_field("nilai_kreativitas", FieldType::number, two_places);
    f.nilai_skp = s.add_field("nilai_skp", FieldType::number, two_places);
    f.sebutan_skp = s.add_field("sebutan_skp", FieldType::text);
    return f;
}

void SkpTotalFields::fill(Record& r, const Skp& skp, const NilaiSkp& nilai) const {
    set(r, jumlah_kegiatan, static_cast<std::int64_t>(skp.tugas.size()));
    set(r, rata_rata_kegiatan, nilai.rata_rata);
    set(r, jumlah_tambahan, static_cast<std::int64_t>(nilai.jumlah_tambahan));
    set(r, nilai_tambahan, nilai.nilai_tambahan);
    set(r, nilai_kreativitas, nilai.nilai_kreativitas);
    set(r, nilai_skp, nilai.nilai_capaian_skp);
    set(r, sebutan_skp, sebutan(nilai.nilai_capaian_skp));
}

PrestasiFields PrestasiFields::add(Schema& s) {
    PrestasiFields f{};
    f.skp_tertimbang = s.add_field("skp_tertimbang", FieldType::number, two_places);
    f.perilaku_tertimbang = s.add_field("perilaku_tertimbang", FieldType::number, two_places);
    f.nilai_prestasi = s.add_field("nilai_prestasi", FieldType::number, two_places);
    f.sebutan_prestasi = s.add_field("sebutan_prestasi", FieldType::text);
    return f;
}

void PrestasiFields::fill(Record& r, const NilaiPrestasi& nilai) const {
    set(r, skp_tertimbang, nilai.skp_tertimbang);
    set(r, perilaku_tertimbang, nilai.perilaku_tertimbang);
    set(r, nilai_prestasi, nilai.nilai_prestasi);
    set(r, sebutan_prestasi, sebutan(nilai.nilai_prestasi));
}

TambahanKreativitasLists TambahanKreativitasLists::add(Schema& s) {
    TambahanKreativitasLists f{};
    Schema t;
    f.tambahan_uraian = t.add_field("uraian", FieldType::text);
    f.list_tambahan = s.add_list("tambahan", std::move(t));

    Schema kr;
    f.kreativitas_uraian = kr.add_field("uraian", FieldType::text);
    f.kreativitas_nilai = kr.add_field("nilai", FieldType::number, as_written);
    f.list_kreativitas = s.add_list("kreativitas", std::move(kr));
    return f;
}

void TambahanKreativitasLists::fill(Record& r, const Schema& s, const Skp& skp) const {
    auto& tambahan = r.lists.at(static_cast<std::size_t>(list_tambahan));
    for (const TugasTambahan& t : skp.tambahan) {
        Record e = empty_record(s.item_schema(list_tambahan));
        set(e, tambahan_uraian, t.uraian);
        tambahan.push_back(std::move(e));
    }

    auto& kreativitas = r.lists.at(static_cast<std::size_t>(list_kreativitas));
    for (const Kreativitas& k : skp.kreativitas) {
        Record e = empty_record(s.item_schema(list_kreativitas));
        set(e, kreativitas_uraian, k.uraian);
        set(e, kreativitas_nilai, k.nilai);
        kreativitas.push_back(std::move(e));
    }
}

}  // namespace kinerja::compose
