// The SKP fields the formulir and the pengukuran documents share (the totals, the weighted
// result, the start of a kegiatan element, the tambahan and kreativitas lists) and the code
// that fills them, so that both templates see the same names with the same values.
#pragma once

#include <string>

#include "compose/fields.hpp"
#include "model/dataset.hpp"
#include "scoring/scoring.hpp"

namespace kinerja::compose {

// Indexes of a kegiatan's target or realisasi (PREFIX.kuantitas, .kualitas, .waktu, .biaya):
// the data as written, biaya in rupiah.
struct CapaianFields {
    int kuantitas, kualitas, waktu, biaya;

    static CapaianFields add(Schema& s, const std::string& prefix);
    // biaya absent when the kegiatan has none.
    void fill(Record& r, const Capaian& c) const;
};

// Indexes of the fields a kegiatan element starts with: uraian, ak, satuan, dilaksanakan,
// pakai_biaya, target.*, realisasi.*. Each document adds its scores after them.
struct KegiatanFields {
    int uraian, ak, satuan, dilaksanakan, pakai_biaya;
    CapaianFields target, realisasi;

    static KegiatanFields add(Schema& item);
    void fill(Record& e, const KegiatanTugas& k, const NilaiKegiatan& n) const;
};

// Indexes of the SKP totals: jumlah_kegiatan … sebutan_skp.
struct SkpTotalFields {
    int jumlah_kegiatan, rata_rata_kegiatan, jumlah_tambahan, nilai_tambahan, nilai_kreativitas,
        nilai_skp, sebutan_skp;

    static SkpTotalFields add(Schema& s);
    void fill(Record& r, const Skp& skp, const NilaiSkp& nilai) const;
};

// Indexes of the weighted result: skp_tertimbang … sebutan_prestasi.
struct PrestasiFields {
    int skp_tertimbang, perilaku_tertimbang, nilai_prestasi, sebutan_prestasi;

    static PrestasiFields add(Schema& s);
    void fill(Record& r, const NilaiPrestasi& nilai) const;
};

// Indexes of the lists tambahan (uraian) and kreativitas (uraian, nilai), in that order.
struct TambahanKreativitasLists {
    int list_tambahan, tambahan_uraian;
    int list_kreativitas, kreativitas_uraian, kreativitas_nilai;

    static TambahanKreativitasLists add(Schema& s);
    // One element per tugas tambahan and per kreativitas of `skp`; `s` is the record's schema.
    void fill(Record& r, const Schema& s, const Skp& skp) const;
};

}  // namespace kinerja::compose
