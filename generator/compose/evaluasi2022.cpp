#include "compose/evaluasi2022.hpp"

#include <array>
#include <cstdint>

#include "compose/common_fields.hpp"
#include "compose/skp2022_fields.hpp"

namespace kinerja::compose {

namespace {

// The options of the printed period line "TRIWULAN I/II/III/IV-AKHIR", each struck unless it
// is the evaluated one: coret.tw1 … coret.tw4, coret.akhir.
constexpr std::size_t kPilihanPeriode = 5;

struct EvaluasiSchema {
    Schema schema;
    Skp2022Fields skp;
    int periode, rentang, awal, akhir, jenis, bulanan, triwulanan, tahunan;
    std::array<int, kPilihanPeriode> coret{};
    int capaian, pola, list_aturan, a_teks;
    int rating_hasil_kerja, rating_dari_capaian, rating_perilaku, predikat, persen_angka_kredit, catatan;

    EvaluasiSchema() {
        Schema& s = schema;
        skp = Skp2022Fields::add(s, Skp2022Options{.evaluasi = true});
        periode = s.add_field("periode", FieldType::text);
        rentang = s.add_field("periode.rentang", FieldType::text);
        awal = s.add_field("periode.awal", FieldType::date);
        akhir = s.add_field("periode.akhir", FieldType::date);
        jenis = s.add_field("evaluasi", FieldType::text);
        bulanan = s.add_field("bulanan", FieldType::flag);
        triwulanan = s.add_field("triwulanan", FieldType::flag);
        tahunan = s.add_field("tahunan", FieldType::flag);
        static constexpr std::array<std::string_view, kPilihanPeriode> names{"tw1", "tw2", "tw3", "tw4", "akhir"};
        for (std::size_t i = 0; i < kPilihanPeriode; ++i) {
            coret.at(i) = s.add_field("coret." + std::string(names.at(i)), FieldType::flag);
        }
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

// The option of the period line that is not struck: 0..3 a triwulan, 4 akhir; none for bulanan.
std::optional<std::size_t> pilihan(const PeriodeEvaluasi& p) {
    switch (p.jenis) {
        case JenisEvaluasi::bulanan: return std::nullopt;
        case JenisEvaluasi::triwulanan: return static_cast<std::size_t>(p.quarter - 1);
        case JenisEvaluasi::tahunan: return kPilihanPeriode - 1;
    }
    return std::nullopt;
}

void fill_periode(Record& r, const EvaluasiSchema& f, const PeriodeEvaluasi& p) {
    set(r, f.periode, p.nama());
    set(r, f.rentang, format_rentang(p.first_day(), p.last_day()));
    set(r, f.awal, p.first_day());
    set(r, f.akhir, p.last_day());
    set(r, f.jenis, std::string(jenis_evaluasi_text(p.jenis)));
    set(r, f.bulanan, p.jenis == JenisEvaluasi::bulanan);
    set(r, f.triwulanan, p.jenis == JenisEvaluasi::triwulanan);
    set(r, f.tahunan, p.jenis == JenisEvaluasi::tahunan);
    const auto kept = pilihan(p);
    for (std::size_t i = 0; i < kPilihanPeriode; ++i) set(r, f.coret.at(i), kept.has_value() && *kept != i);
}

}  // namespace

std::string aturan_pola_text(const AturanPola& aturan) {
    std::string out;
    for (const Predikat p : aturan.predikat) out += (out.empty() ? "" : " + ") + std::string(predikat_text(p));
    out += aturan.paling_banyak ? " paling banyak " : " paling sedikit ";
    out += std::to_string(aturan.batas) + (aturan.persen ? "%" : " pegawai");
    return out;
}

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
    fill_periode(r, f, in.evaluasi.periode);
    if (in.capaian) {
        set(r, f.capaian, std::string(capaian_text(*in.capaian)));
        set(r, f.pola, std::string(capaian_text(*in.capaian)));
        const Pola& pola = in.regulasi.pola.at(static_cast<std::size_t>(*in.capaian));
        auto& aturan = r.lists.at(static_cast<std::size_t>(f.list_aturan));
        for (const AturanPola& a : pola.aturan) {
            Record e = empty_record(*f.schema.lists().at(static_cast<std::size_t>(f.list_aturan)).item);
            set(e, f.a_teks, aturan_pola_text(a));
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
