#include "compose/skp2022_fields.hpp"

#include <algorithm>
#include <cstdint>

namespace kinerja::compose {

namespace {

const Schema& item_schema(const Schema& s, int list) { return *s.lists().at(static_cast<std::size_t>(list)).item; }

std::vector<Record>& list_of(Record& r, int list) { return r.lists.at(static_cast<std::size_t>(list)); }

// A list of plain texts (a Lampiran SKP list, a perilaku's panduan) under the field `uraian`/`teks`.
void fill_texts(Record& r, const Schema& s, int list, int field, const std::vector<std::string>& texts) {
    for (const std::string& t : texts) {
        Record e = empty_record(item_schema(s, list));
        set(e, field, t);
        list_of(r, list).push_back(std::move(e));
    }
}

}  // namespace

std::string rentang_tahun(int tahun) { return format_rentang(Date{tahun, 1, 1}, Date{tahun, 12, 31}); }

Skp2022Fields Skp2022Fields::add(Schema& s, Skp2022Options options) {
    Skp2022Fields f{};
    f.instansi = InstansiFields::add(s);
    f.tahun = s.add_field("tahun", FieldType::integer);
    f.pendekatan = s.add_field("pendekatan", FieldType::text);
    f.kualitatif = s.add_field("kualitatif", FieldType::flag);
    f.rentang = s.add_field("tahun.rentang", FieldType::text);
    f.awal = s.add_field("tahun.awal", FieldType::date);
    f.akhir = s.add_field("tahun.akhir", FieldType::date);
    f.tanggal = s.add_field("tanggal", FieldType::date);
    constexpr PersonOptions person{.ttd = true};
    f.pegawai = PersonFields::add(s, "pegawai", person);
    f.penilai = PersonFields::add(s, "penilai", person);
    f.atasan = PersonFields::add(s, "atasan_penilai", person);

    Schema indikator;
    f.i_aspek = indikator.add_field("aspek", FieldType::text);
    f.i_indikator = indikator.add_field("indikator", FieldType::text);
    f.i_target = indikator.add_field("target", FieldType::text);
    f.i_awal = indikator.add_field("awal", FieldType::flag);
    f.i_akhir = indikator.add_field("akhir", FieldType::flag);
    if (options.evaluasi) {
        f.i_ada_realisasi = indikator.add_field("ada_realisasi", FieldType::flag);
        f.i_realisasi = indikator.add_field("realisasi", FieldType::text);
        f.i_bukti_dukung = indikator.add_field("bukti_dukung", FieldType::text);
        f.i_umpan_balik = indikator.add_field("umpan_balik", FieldType::text);
    }
    Schema rhk;
    f.r_rhk_atasan = rhk.add_field("rhk_atasan", FieldType::text);
    f.r_rhk = rhk.add_field("rhk", FieldType::text);
    f.r_jumlah_indikator = rhk.add_field("jumlah_indikator", FieldType::integer);
    f.r_list_indikator = rhk.add_list("indikator", std::move(indikator));
    Schema tambahan = rhk;
    f.list_utama = s.add_list("utama", std::move(rhk));
    f.list_tambahan = s.add_list("tambahan", std::move(tambahan));

    Schema panduan;
    f.g_teks = panduan.add_field("teks", FieldType::text);
    Schema perilaku;
    f.p_kode = perilaku.add_field("kode", FieldType::text);
    f.p_nama = perilaku.add_field("nama", FieldType::text);
    f.p_ekspektasi = perilaku.add_field("ekspektasi", FieldType::text);
    if (options.evaluasi) f.p_umpan_balik = perilaku.add_field("umpan_balik", FieldType::text);
    f.p_list_panduan = perilaku.add_list("panduan", std::move(panduan));
    f.list_perilaku = s.add_list("perilaku", std::move(perilaku));

    Schema uraian;
    f.u_uraian = uraian.add_field("uraian", FieldType::text);
    f.list_dukungan = s.add_list("dukungan", uraian);
    f.list_skema = s.add_list("skema", uraian);
    f.list_konsekuensi = s.add_list("konsekuensi", std::move(uraian));
    return f;
}

void Skp2022Fields::fill(Record& r, const Schema& s, const DataSet& data, const Pegawai& pegawai_,
                         const Skp2022& skp, const Regulasi2022& regulasi, const Date& date, bool has_logo,
                         const Signatures* signatures) const {
    instansi.fill(r, data.instansi, has_logo);
    set(r, tahun, static_cast<std::int64_t>(skp.tahun));
    set(r, pendekatan, std::string(skp.kualitatif ? "KUALITATIF" : "KUANTITATIF"));
    set(r, kualitatif, skp.kualitatif);
    set(r, rentang, rentang_tahun(skp.tahun));
    set(r, awal, Date{skp.tahun, 1, 1});
    set(r, akhir, Date{skp.tahun, 12, 31});
    set(r, tanggal, date);

    const Signers who = signers_of(data, pegawai_);
    const auto person = [&](const PersonFields& f, const Pegawai* p) {
        f.fill(r, p);
        fill_ttd(r, f, data.instansi, signatures, p);
    };
    person(pegawai, who.pegawai);
    person(penilai, who.penilai);
    person(atasan, who.atasan);

    const auto rhk_list = [&](int list, const std::vector<RencanaHasilKerja>& plan) {
        const Schema& rs = item_schema(s, list);
        const Schema& is = item_schema(rs, r_list_indikator);
        for (const RencanaHasilKerja& k : plan) {
            Record e = empty_record(rs);
            set(e, r_rhk_atasan, k.rhk_atasan);
            set(e, r_rhk, k.rhk);
            set(e, r_jumlah_indikator, static_cast<std::int64_t>(k.indikator.size()));
            for (std::size_t i = 0; i < k.indikator.size(); ++i) {
                const Indikator& ind = k.indikator[i];
                Record x = empty_record(is);
                if (ind.aspek) set(x, i_aspek, std::string(aspek_text(*ind.aspek)));
                set(x, i_indikator, ind.indikator);
                set(x, i_target, ind.target);
                set(x, i_awal, i == 0);
                set(x, i_akhir, i + 1 == k.indikator.size());
                if (i_ada_realisasi >= 0) set(x, i_ada_realisasi, false);
                list_of(e, r_list_indikator).push_back(std::move(x));
            }
            list_of(r, list).push_back(std::move(e));
        }
    };
    rhk_list(list_utama, skp.utama);
    rhk_list(list_tambahan, skp.tambahan);

    const Schema& ps = item_schema(s, list_perilaku);
    for (std::size_t n = 0; n < kNilaiDasarCount; ++n) {
        const auto nilai = static_cast<NilaiDasar>(n);
        const PanduanPerilaku& guide = regulasi.perilaku.at(n);
        Record e = empty_record(ps);
        set(e, p_kode, std::string(nilai_dasar_kode(nilai)));
        set(e, p_nama, guide.nama.empty() ? std::string(nilai_dasar_nama(nilai)) : guide.nama);
        if (const Ekspektasi* x = skp.ekspektasi_of(nilai)) set(e, p_ekspektasi, x->uraian);
        fill_texts(e, ps, p_list_panduan, g_teks, guide.panduan);
        list_of(r, list_perilaku).push_back(std::move(e));
    }

    fill_texts(r, s, list_dukungan, u_uraian, skp.dukungan);
    fill_texts(r, s, list_skema, u_uraian, skp.skema);
    fill_texts(r, s, list_konsekuensi, u_uraian, skp.konsekuensi);
}

void Skp2022Fields::fill_evaluasi(Record& r, const Skp2022& skp, const Evaluasi& evaluasi) const {
    const auto rhk_list = [&](int list, bool is_tambahan, const std::vector<RencanaHasilKerja>& plan) {
        std::vector<Record>& rows = list_of(r, list);
        for (std::size_t k = 0; k < plan.size() && k < rows.size(); ++k) {
            std::vector<Record>& ind = list_of(rows[k], r_list_indikator);
            for (std::size_t i = 0; i < ind.size(); ++i) {
                const IndikatorRef ref{is_tambahan, k, i};
                const auto found = std::find_if(evaluasi.realisasi.begin(), evaluasi.realisasi.end(),
                                                [&](const Realisasi& x) { return x.ref == ref; });
                if (found == evaluasi.realisasi.end()) continue;
                set(ind[i], i_ada_realisasi, true);
                set(ind[i], i_realisasi, found->realisasi);
                set(ind[i], i_bukti_dukung, found->bukti_dukung);
                set(ind[i], i_umpan_balik, found->umpan_balik);
            }
        }
    };
    rhk_list(list_utama, false, skp.utama);
    rhk_list(list_tambahan, true, skp.tambahan);

    std::vector<Record>& perilaku = list_of(r, list_perilaku);
    for (std::size_t n = 0; n < perilaku.size() && n < kNilaiDasarCount; ++n) {
        set(perilaku[n], p_umpan_balik, evaluasi.umpan_balik.at(n));
    }
}

}  // namespace kinerja::compose
