// Input records of the regime in force since 2022 (DESIGN section 8) as read: every field the
// text the user wrote, with the place it came from. Typing and checking happen in model/.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/source.hpp"

namespace kinerja {

using RefusedFields = std::vector<Diagnostic>;  // as in records.hpp

// <regulasi mulai="…">…</regulasi> and the <capaian-organisasi periode="…"> of instansi.xml.
struct CapaianOrganisasiRecord {
    SourceLoc loc;
    std::string periode, nilai;
};
struct RegimeRecord {
    std::string regulasi;  // the element's text; empty when absent
    std::string mulai;     // as written; empty when absent
    SourceLoc regulasi_loc;  // the element, or <instansi> when absent
    std::vector<CapaianOrganisasiRecord> capaian;  // file order
    RefusedFields refused;
};

// One row of skp-YYYY.csv, or one indikator / ekspektasi / lampiran item of skp-YYYY.xml.
struct Skp2022Record {
    SourceLoc loc;
    std::string nip, jenis, rhk_atasan, rhk, aspek, indikator, target, perilaku, uraian;
    RefusedFields refused;
};

// One row of realisasi-YYYY-MM.csv, or one <realisasi> of evaluasi-YYYY-MM.xml.
struct RealisasiRecord {
    SourceLoc loc;
    std::string nip, evaluasi, rhk, indikator, realisasi, bukti_dukung, umpan_balik;
    RefusedFields refused;
};

// One row of penilaian-YYYY-MM.csv, or one <pegawai> of evaluasi-YYYY-MM.xml.
struct PenilaianRecord {
    SourceLoc loc;
    std::string nip, evaluasi, rating_hasil_kerja, rating_perilaku;
    std::array<std::string, 7> umpan_balik;  // by NilaiDasar order (model/regime2022.hpp)
    std::string catatan;
    RefusedFields refused;
};

// The 2022 regime's period files as read (RawData::regime2022).
struct Raw2022 {
    std::string skp_file;        // "skp-2025.csv", ".xlsx" or ".xml"; empty when missing
    std::string skp_tahun_attr;  // <skp tahun> of the XML form
    SourceLoc skp_tahun_loc;
    std::vector<Skp2022Record> skp;
    std::string realisasi_file, penilaian_file;  // equal when both come from evaluasi-YYYY-MM.xml
    std::string evaluasi_periode_attr;           // <evaluasi periode> of the XML form
    SourceLoc evaluasi_periode_loc;
    std::vector<RealisasiRecord> realisasi;
    std::vector<PenilaianRecord> penilaian;
};

// <sel>, <pola>/<aturan>, <angka-kredit>, <pimpinan> and <perilaku> of regulasi-2022.xml.
struct SelRecord { SourceLoc loc; std::string hasil_kerja, perilaku, predikat; };
struct AturanRecord { SourceLoc loc; std::string predikat, paling_banyak, paling_sedikit; };
struct PolaRecord { SourceLoc loc; std::string capaian; std::vector<AturanRecord> aturan; };
struct AngkaKreditRecord { SourceLoc loc; std::string predikat, persen; };
struct PimpinanRecord { SourceLoc loc; std::string capaian, rating_hasil_kerja; };
struct PerilakuPanduanRecord {
    SourceLoc loc;
    std::string kode, nama;
    std::vector<std::string> panduan;
};
struct RegulasiRecord {
    std::string file;
    SourceLoc loc;          // <regulasi-2022>: where a missing element is reported
    RefusedFields refused;  // values with a control character, each at its element
    std::vector<SelRecord> sel;
    std::vector<PolaRecord> pola;
    std::vector<AngkaKreditRecord> angka_kredit;
    std::vector<PimpinanRecord> pimpinan;
    std::vector<PerilakuPanduanRecord> perilaku;
};

// templates/regulasi-2022.xml (or the office's copy) as read, every element in file order.
// Unknown elements and attributes are reported at their line; nullopt when the file is not
// XML or its top-level element is not <regulasi-2022> (reported, field "xml").
std::optional<RegulasiRecord> read_regulasi_xml(std::string_view bytes, const std::string& file,
                                                Diagnostics& diags);

}  // namespace kinerja
