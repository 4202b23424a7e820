#include "compose/formulir.hpp"

#include <utility>

#include "compose/common_fields.hpp"
#include "compose/skp_fields.hpp"

namespace kinerja::compose {

namespace {


// A kegiatan element: the shared fields, then the score of each aspect.
struct FormulirKegiatanFields {
    KegiatanFields tugas;
    int nilai_kuantitas, nilai_kualitas, nilai_waktu, nilai_biaya, penghitungan, nilai_capaian;
};

// The formulir schema and the index of every field in it, built once.
struct FormulirSchema {
    Schema schema;
    InstansiFields instansi;
    PeriodeFields periode;
    PersonFields pegawai, penilai, atasan;
    SkpTotalFields skp_total;
    int perilaku_jumlah, perilaku_rata_rata, perilaku_sebutan;
    PrestasiFields prestasi;
    int list_kegiatan, list_perilaku;
    FormulirKegiatanFields kegiatan;
    TambahanKreativitasLists tambahan_kreativitas;
    int perilaku_nama, perilaku_nilai, perilaku_aspek_sebutan;

    FormulirSchema() {
        Schema& s = schema;
        instansi = InstansiFields::add(s);
        periode = PeriodeFields::add(s);
        constexpr PersonOptions person{.tmt_golongan = true, .jenis_jabatan = true, .ttd = true};
        pegawai = PersonFields::add(s, "pegawai", person);
        penilai = PersonFields::add(s, "penilai", person);
        atasan = PersonFields::add(s, "atasan_penilai", person);
        skp_total = SkpTotalFields::add(s);
        perilaku_jumlah = s.add_field("perilaku.jumlah", FieldType::number, two_places);
        perilaku_rata_rata = s.add_field("perilaku.rata_rata", FieldType::number, two_places);
        perilaku_sebutan = s.add_field("perilaku.sebutan", FieldType::text);
        prestasi = PrestasiFields::add(s);

        Schema k;
        FormulirKegiatanFields& kf = kegiatan;
        kf.tugas = KegiatanFields::add(k);
        kf.nilai_kuantitas = k.add_field("nilai.kuantitas", FieldType::number, two_places);
        kf.nilai_kualitas = k.add_field("nilai.kualitas", FieldType::number, two_places);
        kf.nilai_waktu = k.add_field("nilai.waktu", FieldType::number, two_places);
        kf.nilai_biaya = k.add_field("nilai.biaya", FieldType::number, two_places);
        kf.penghitungan = k.add_field("penghitungan", FieldType::number, two_places);
        kf.nilai_capaian = k.add_field("nilai_capaian", FieldType::number, two_places);
        list_kegiatan = s.add_list("kegiatan", std::move(k));

        tambahan_kreativitas = TambahanKreativitasLists::add(s);

        Schema p;
        perilaku_nama = p.add_field("nama", FieldType::text);
        perilaku_nilai = p.add_field("nilai", FieldType::number, two_places);
        perilaku_aspek_sebutan = p.add_field("sebutan", FieldType::text);
        list_perilaku = s.add_list("perilaku", std::move(p));
    }
};

const FormulirSchema& formulir_schema() {
    static const FormulirSchema instance;
    return instance;
}

}  // namespace

const Schema& FormulirTemplate::schema() { return formulir_schema().schema; }

std::optional<FormulirTemplate> FormulirTemplate::load(std::string_view bytes, const std::string& file,
                                                       Diagnostics& diags) {
    auto t = Template::load(bytes, file, schema(), diags);
    if (!t) return std::nullopt;
    return FormulirTemplate(std::move(*t));
}

Record FormulirTemplate::record(const FormulirInput& in) {
    const FormulirSchema& f = formulir_schema();
    Record r = empty_record(f.schema);
    f.instansi.fill(r, in.data.instansi, in.logo != nullptr);
    f.periode.fill(r, in.period, in.tanggal);

    const Signers who = signers_of(in.data, in.pegawai);
    const std::pair<const PersonFields*, const Pegawai*> people[] = {
        {&f.pegawai, who.pegawai}, {&f.penilai, who.penilai}, {&f.atasan, who.atasan}};
    for (const auto& [fields, person] : people) {
        fields->fill(r, person);
        fill_ttd(r, *fields, in.data.instansi, in.signatures, person);
    }

    const NilaiSkp& skp = in.nilai.skp;
    f.skp_total.fill(r, in.skp, skp);
    const NilaiPerilaku& perilaku = in.nilai.perilaku;
    set(r, f.perilaku_jumlah, perilaku.jumlah);
    set(r, f.perilaku_rata_rata, perilaku.rata_rata);
    set(r, f.perilaku_sebutan, sebutan(perilaku.rata_rata));
    f.prestasi.fill(r, in.nilai);

    const FormulirKegiatanFields& kf = f.kegiatan;
    const Schema& kegiatan_schema = *f.schema.lists().at(static_cast<std::size_t>(f.list_kegiatan)).item;
    auto& kegiatan = r.lists.at(static_cast<std::size_t>(f.list_kegiatan));
    for (std::size_t i = 0; i < in.skp.tugas.size(); ++i) {
        const KegiatanTugas& k = in.skp.tugas[i];
        const NilaiKegiatan& n = skp.kegiatan.at(i);
        Record e = empty_record(kegiatan_schema);
        kf.tugas.fill(e, k, n);
        set(e, kf.nilai_kuantitas, n.kuantitas);
        set(e, kf.nilai_kualitas, n.kualitas);
        set(e, kf.nilai_waktu, n.waktu);
        if (n.biaya) set(e, kf.nilai_biaya, *n.biaya);
        set(e, kf.penghitungan, n.penghitungan);
        set(e, kf.nilai_capaian, n.nilai_capaian);
        kegiatan.push_back(std::move(e));
    }

    f.tambahan_kreativitas.fill(r, f.schema, in.skp);

    const Schema& perilaku_schema = *f.schema.lists().at(static_cast<std::size_t>(f.list_perilaku)).item;
    auto& aspek = r.lists.at(static_cast<std::size_t>(f.list_perilaku));
    for (const AspekPerilaku& a : perilaku.aspek) {
        Record e = empty_record(perilaku_schema);
        set(e, f.perilaku_nama, a.label);
        set(e, f.perilaku_nilai, a.nilai);
        set(e, f.perilaku_aspek_sebutan, sebutan(a.nilai));
        aspek.push_back(std::move(e));
    }
    return r;
}

doc::Document FormulirTemplate::compose(const FormulirInput& input) const {
    doc::Document d = template_.apply(record(input), input.data.instansi.kertas);
    if (input.logo) d.images.emplace_back("logo", *input.logo);
    const Signers who = signers_of(input.data, input.pegawai);
    add_signature_images(d, input.data.instansi, input.signatures, {who.pegawai, who.penilai, who.atasan});
    return d;
}

}  // namespace kinerja::compose
