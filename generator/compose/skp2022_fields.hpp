// The schema fields the SKP and the Evaluasi Kinerja Pegawai of the 2022 regime share
// (PermenPANRB 6/2022; templates/README.md lists them): the heading's pendekatan, the year's
// periode, the three persons, the RHK tables (utama, tambahan) with their indikator, the seven
// perilaku rows and the Lampiran SKP lists; and the code that fills them from a Skp2022.
#pragma once

#include <string>

#include "compose/common_fields.hpp"
#include "compose/fields.hpp"
#include "compose/signatures.hpp"
#include "model/dataset.hpp"
#include "model/regime2022.hpp"

namespace kinerja::compose {

// The indikator rows' extra fields of the Evaluasi (realisasi by IndikatorRef) and the
// perilaku rows' umpan balik; absent from the SKP's schema.
struct Skp2022Options {
    bool evaluasi = false;
};

// Indexes of the shared fields and lists of one schema.
struct Skp2022Fields {
    InstansiFields instansi;
    int tahun, pendekatan, kualitatif, rentang, awal, akhir, tanggal;
    PersonFields pegawai, penilai, atasan;
    int list_utama, list_tambahan, list_perilaku, list_dukungan, list_skema, list_konsekuensi;
    // One RHK (an element of utama or tambahan).
    int r_rhk_atasan, r_rhk, r_jumlah_indikator, r_list_indikator;
    // One indikator of an RHK.
    int i_aspek, i_indikator, i_target, i_awal, i_akhir;
    int i_ada_realisasi = -1, i_realisasi = -1, i_bukti_dukung = -1, i_umpan_balik = -1;
    // One perilaku row, and one panduan of it.
    int p_kode, p_nama, p_ekspektasi, p_list_panduan, p_umpan_balik = -1;
    int g_teks;
    int u_uraian;  // one item of a Lampiran SKP list

    // Adds the fields (the year's periode: periode.rentang/awal/akhir of the SKP's year; the
    // Evaluasi adds its own periode fields under other names).
    static Skp2022Fields add(Schema& s, Skp2022Options options);

    // Fills everything but the evaluation's fields: the plan, the guidance of `regulasi`, the
    // persons of `data` (P.ttd by fill_ttd) and `tanggal`.
    void fill(Record& r, const Schema& s, const DataSet& data, const Pegawai& pegawai, const Skp2022& skp,
              const Regulasi2022& regulasi, const Date& tanggal, bool has_logo,
              const Signatures* signatures) const;

    // The evaluation's realisasi into the indikator rows and its umpan balik into the perilaku
    // rows (an indikator without realisasi prints blank).
    void fill_evaluasi(Record& r, const Skp2022& skp, const Evaluasi& evaluasi) const;
};

// "1 Januari s.d. 31 Desember 2025".
std::string rentang_tahun(int tahun);

}  // namespace kinerja::compose
