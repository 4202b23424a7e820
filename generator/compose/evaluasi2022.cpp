#include "compose/evaluasi2022.hpp"

#include <array>
#include <cstdint>

#include "compose/common_fields.hpp"
#include "compose/skp2022_fields.hpp"

namespace kinerja::compose {

namespace {

struct EvaluasiSchema {
    Schema schema;
    Skp2022Fields skp;
    PeriodeEvaluasiFields periode;
    int capaian, pola, list_aturan, a_teks;
    int rating_hasil_kerja, rating_dari_capaian, rating_perilaku, predikat, persen_angka_kredit, catatan;

    EvaluasiSchema() {
        Schema& s = schema;
        skp = Skp2022Fields::add(s, Skp2022Options{.evaluasi = true});
        periode = PeriodeEvaluasiFields::add(s);
        capaian = s.add_field("capaian", FieldType::text);
        pola = s.add_field("pola", FieldType::text);
        rating_hasil_kerja = s.add_field("rating_hasil_kerja", FieldType::text);
        rating_dari_capaian = s.add_field("rating_dari_capaian", FieldType::flag);
        rating_perilaku = s.add_field("rating_perilaku", FieldType::text);
        predikat = s.add_field("predikat", FieldType::text);
        persen_angka_kredit = s.add_field("persen_angka_kredit", FieldType::integer);
        catatan = s.add_field("catatan", FieldType::text);
        Schema aturan;
        a_teks = aturan.add_field("teks", FieldType::text);
        list_aturan = s.add_list("aturan_pola", std::move(aturan));
    }
};

const EvaluasiSchema& evaluasi_schema() {
    static const EvaluasiSchema instance;
    return instance;
}

}  // namespace

const Schema& Evaluasi2022Template::schema() { return evaluasi_schema().schema; }

std::optional<Evaluasi2022Template> Evaluasi2022Template::load(std::string_view bytes, const std::string& file,
                                                               Diagnostics& diags) {
    auto t = Template::load(bytes, file, schema(), diags);
    if (!t) return std::nullopt;
    return Evaluasi2022Template(std::move(*t));
}

Record Evaluasi2022Template::record(const Evaluasi2022Input& in) {
    const EvaluasiSchema& f = evaluasi_schema();
    Record r = empty_record(f.schema);
    f.skp.fill(r, f.schema, in.data, in.pegawai, in.skp, in.regulasi, in.tanggal, in.logo != nullptr,
               in.signatures);
    f.skp.fill_evaluasi(r, in.skp, in.evaluasi);
    f.periode.fill(r, in.evaluasi.periode);
    if (in.capaian) {
        set(r, f.capaian, std::string(capaian_text(*in.capaian)));
        set(r, f.pola, std::string(capaian_text(*in.capaian)));
        const Pola& pola = in.regulasi.pola.at(static_cast<std::size_t>(*in.capaian));
        auto& aturan = r.lists.at(static_cast<std::size_t>(f.list_aturan));
        for (const AturanPola& a : pola.aturan) {
            Record e = empty_record(*f.schema.lists().at(static_cast<std::size_t>(f.list_aturan)).item);
            set(e, f.a_teks, aturan_text(a));
            aturan.push_back(std::move(e));
        }
    }
    set(r, f.rating_hasil_kerja, std::string(rating_text(in.hasil.rating_hasil_kerja)));
    set(r, f.rating_dari_capaian, in.hasil.rating_dari_capaian);
    set(r, f.rating_perilaku, std::string(rating_text(in.evaluasi.rating_perilaku)));
    set(r, f.predikat, std::string(predikat_text(in.hasil.predikat)));
    if (in.hasil.persen_angka_kredit) {
        set(r, f.persen_angka_kredit, static_cast<std::int64_t>(*in.hasil.persen_angka_kredit));
    }
    set(r, f.catatan, in.evaluasi.catatan);
    return r;
}

doc::Document Evaluasi2022Template::compose(const Evaluasi2022Input& input) const {
    doc::Document d = template_.apply(record(input), input.data.instansi.kertas);
    if (input.logo) d.images.emplace_back("logo", *input.logo);
    const Signers who = signers_of(input.data, input.pegawai);
    add_signature_images(d, input.data.instansi, input.signatures, {who.pegawai, who.penilai, who.atasan});
    return d;
}

}  // namespace kinerja::compose
