#include "compose/dokumen_evaluasi.hpp"

#include <array>
#include <cstdint>
#include <string>

#include "compose/common_fields.hpp"
#include "compose/skp2022_fields.hpp"

namespace kinerja::compose {

namespace {

struct DokumenSchema {
    Schema schema;
    InstansiFields instansi;
    PeriodeEvaluasiFields periode;
    int tahun, tanggal;
    int pendekatan, kualitatif;
    LembarFields lembar;
    PersonFields pegawai, penilai, atasan;
    int capaian, rating_hasil_kerja, rating_perilaku, predikat, catatan;

    DokumenSchema() {
        Schema& s = schema;
        instansi = InstansiFields::add(s);
        periode = PeriodeEvaluasiFields::add(s);
        tahun = s.add_field("periode.tahun", FieldType::integer);
        tanggal = s.add_field("tanggal", FieldType::date);
        pendekatan = s.add_field("pendekatan", FieldType::text);
        kualitatif = s.add_field("kualitatif", FieldType::flag);
        lembar = LembarFields::add(s);
        constexpr PersonOptions person{.ttd = true};
        pegawai = PersonFields::add(s, "pegawai", person);
        penilai = PersonFields::add(s, "penilai", person);
        atasan = PersonFields::add(s, "atasan_penilai", person);
        capaian = s.add_field("capaian", FieldType::text);
        rating_hasil_kerja = s.add_field("rating_hasil_kerja", FieldType::text);
        rating_perilaku = s.add_field("rating_perilaku", FieldType::text);
        predikat = s.add_field("predikat", FieldType::text);
        catatan = s.add_field("catatan", FieldType::text);
    }
};

const DokumenSchema& dokumen_schema() {
    static const DokumenSchema instance;
    return instance;
}

void fill_periode(Record& r, const DokumenSchema& f, const PeriodeEvaluasi& p, const Date& tanggal) {
    f.periode.fill(r, p);
    set(r, f.tahun, static_cast<std::int64_t>(p.year));
    set(r, f.tanggal, tanggal);
}

void set_person(Record& r, const PersonFields& f, const Pegawai* p, const DokumenEvaluasiInput& in) {
    f.fill(r, p);
    fill_ttd(r, f, in.data.instansi, in.signatures, p);
}

}  // namespace

const Schema& DokumenEvaluasiTemplate::schema() { return dokumen_schema().schema; }

std::optional<DokumenEvaluasiTemplate> DokumenEvaluasiTemplate::load(std::string_view bytes,
                                                                     const std::string& file,
                                                                     Diagnostics& diags) {
    auto t = Template::load(bytes, file, schema(), diags);
    if (!t) return std::nullopt;
    return DokumenEvaluasiTemplate(std::move(*t));
}

Record DokumenEvaluasiTemplate::record(const DokumenEvaluasiInput& in, const Lembar& lembar) {
    const DokumenSchema& f = dokumen_schema();
    Record r = empty_record(f.schema);
    f.instansi.fill(r, in.data.instansi, in.logo != nullptr);
    fill_periode(r, f, in.evaluasi.periode, in.tanggal);
    set(r, f.pendekatan, std::string(in.skp.kualitatif ? "KUALITATIF" : "KUANTITATIF"));
    set(r, f.kualitatif, in.skp.kualitatif);
    f.lembar.fill(r, lembar);

    const Signers who = signers_of(in.data, in.pegawai);
    set_person(r, f.pegawai, who.pegawai, in);
    set_person(r, f.penilai, who.penilai, in);
    set_person(r, f.atasan, who.atasan, in);

    if (in.capaian) set(r, f.capaian, std::string(capaian_text(*in.capaian)));
    set(r, f.rating_hasil_kerja, std::string(rating_text(in.hasil.rating_hasil_kerja)));
    set(r, f.rating_perilaku, std::string(rating_text(in.evaluasi.rating_perilaku)));
    set(r, f.predikat, std::string(predikat_text(in.hasil.predikat)));
    set(r, f.catatan, in.evaluasi.catatan);
    return r;
}

doc::Document DokumenEvaluasiTemplate::compose(const DokumenEvaluasiInput& input, const Lembar& lembar) const {
    doc::Document d = template_.apply(record(input, lembar), input.data.instansi.kertas);
    d.page.label = lembar_label(lembar);
    if (input.logo) d.images.emplace_back("logo", *input.logo);
    const Signers who = signers_of(input.data, input.pegawai);
    // The atasan penilai is listed but does not sign: only a template that adds his signature
    // space prints his scan.
    add_signature_images(d, input.data.instansi, input.signatures, {who.pegawai, who.penilai, who.atasan});
    return d;
}

std::vector<doc::Document> DokumenEvaluasiTemplate::compose_copies(const DokumenEvaluasiInput& input) const {
    return labelled_copies(input.data.instansi, dokumen_schema().lembar.read_by(template_),
                           [&](const Lembar& lembar) { return compose(input, lembar); });
}

}  // namespace kinerja::compose
