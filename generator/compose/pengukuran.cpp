#include "compose/pengukuran.hpp"

#include <cstdint>

#include "compose/common_fields.hpp"
#include "compose/skp_fields.hpp"

namespace kinerja::compose {

namespace {


// The pengukuran schema and the index of every field in it, built once.
struct PengukuranSchema {
    Schema schema;
    InstansiFields instansi;
    PeriodeFields periode;
    LembarFields lembar;
    PersonFields pegawai, penilai, atasan;
    SkpTotalFields skp_total;
    int nilai_perilaku, sebutan_perilaku;
    PrestasiFields prestasi;
    int list_kegiatan;
    KegiatanFields k_tugas;
    int k_capaian, k_nilai;
    TambahanKreativitasLists tambahan_kreativitas;

    PengukuranSchema() {
        Schema& s = schema;
        instansi = InstansiFields::add(s);
        periode = PeriodeFields::add(s);
        lembar = LembarFields::add(s);
        constexpr PersonOptions person{.ttd = true};
        pegawai = PersonFields::add(s, "pegawai", person);
        penilai = PersonFields::add(s, "penilai", person);
        atasan = PersonFields::add(s, "atasan_penilai", person);
        skp_total = SkpTotalFields::add(s);
        nilai_perilaku = s.add_field("nilai_perilaku", FieldType::number, two_places);
        sebutan_perilaku = s.add_field("sebutan_perilaku", FieldType::text);
        prestasi = PrestasiFields::add(s);

        Schema k;
        k_tugas = KegiatanFields::add(k);
        k_capaian = k.add_field("capaian", FieldType::number, two_places);
        k_nilai = k.add_field("nilai", FieldType::number, two_places);
        list_kegiatan = s.add_list("kegiatan", std::move(k));

        tambahan_kreativitas = TambahanKreativitasLists::add(s);
    }
};

const PengukuranSchema& pengukuran_schema() {
    static const PengukuranSchema instance;
    return instance;
}

const Schema& list_schema(int list) {
    return *pengukuran_schema().schema.lists().at(static_cast<std::size_t>(list)).item;
}

// A person's fields (PersonFields::fill) and P.ttd (fill_ttd).
void set_person(Record& r, const PersonFields& f, const Pegawai* p, const PengukuranInput& in) {
    f.fill(r, p);
    fill_ttd(r, f, in.data.instansi, in.signatures, p);
}

}  // namespace

const Schema& PengukuranTemplate::schema() { return pengukuran_schema().schema; }

std::optional<PengukuranTemplate> PengukuranTemplate::load(std::string_view bytes, const std::string& file,
                                                           Diagnostics& diags) {
    auto t = Template::load(bytes, file, schema(), diags);
    if (!t) return std::nullopt;
    return PengukuranTemplate(std::move(*t));
}

Record PengukuranTemplate::record(const PengukuranInput& in, const Lembar& lembar) {
    const PengukuranSchema& f = pengukuran_schema();
    Record r = empty_record(f.schema);
    f.instansi.fill(r, in.data.instansi, in.logo != nullptr);
    f.periode.fill(r, in.period, in.tanggal);
    f.lembar.fill(r, lembar);

    const Signers who = signers_of(in.data, in.pegawai);
    set_person(r, f.pegawai, who.pegawai, in);
    set_person(r, f.penilai, who.penilai, in);
    set_person(r, f.atasan, who.atasan, in);

    const NilaiSkp& skp = in.nilai.skp;
    f.skp_total.fill(r, in.skp, skp);
    set(r, f.nilai_perilaku, in.nilai.perilaku.rata_rata);
    set(r, f.sebutan_perilaku, sebutan(in.nilai.perilaku.rata_rata));
    f.prestasi.fill(r, in.nilai);

    auto& kegiatan = r.lists.at(static_cast<std::size_t>(f.list_kegiatan));
    for (std::size_t i = 0; i < in.skp.tugas.size(); ++i) {
        const KegiatanTugas& k = in.skp.tugas[i];
        const NilaiKegiatan& n = skp.kegiatan.at(i);
        Record e = empty_record(list_schema(f.list_kegiatan));
        f.k_tugas.fill(e, k, n);
        // Capaian: realisasi kuantitas against target (the model keeps targets > 0).
        set(e, f.k_capaian, k.realisasi.kuantitas / k.target.kuantitas * Rational(100));
        set(e, f.k_nilai, n.nilai_capaian);
        kegiatan.push_back(std::move(e));
    }

    f.tambahan_kreativitas.fill(r, f.schema, in.skp);
    return r;
}

doc::Document PengukuranTemplate::compose(const PengukuranInput& input, const Lembar& lembar) const {
    doc::Document d = template_.apply(record(input, lembar), input.data.instansi.kertas);
    d.page.label = lembar_label(lembar);
    if (input.logo) d.images.emplace_back("logo", *input.logo);
    const Signers who = signers_of(input.data, input.pegawai);
    add_signature_images(d, input.data.instansi, input.signatures, {who.pegawai, who.penilai, who.atasan});
    return d;
}

std::vector<doc::Document> PengukuranTemplate::compose_copies(const PengukuranInput& input) const {
    return labelled_copies(input.data.instansi, pengukuran_schema().lembar.read_by(template_),
                           [&](const Lembar& lembar) { return compose(input, lembar); });
}

}  // namespace kinerja::compose
