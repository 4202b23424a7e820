// Input records as read: every field the text the user wrote (trimmed, UTF-8), with the place
// it came from. Typing, checking and cross-referencing happen in model/.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "load/records_2022.hpp"
#include "load/source.hpp"

namespace kinerja {

// The fields of a record whose text a reader would not take (a control character in it,
// load/field_text.hpp), each a problem at the place it was written. The text stays in the field;
// the model reports these problems and leaves the record out.
using RefusedFields = std::vector<Diagnostic>;

struct InstansiRecord {
    SourceLoc loc;                   // the <instansi> element
    std::string kode;
    std::string pemerintah, nama, alamat, kode_pos, tempat;
    std::string logo;                // file name in DATA_DIR, empty when none
    std::string kertas;              // "A4" | "F4" (checked in model)
    std::string pimpinan_nip;        // as written
    SourceLoc pimpinan_loc;
    std::vector<std::string> salinan;  // the <lembar> labels, in order
    SourceLoc salinan_loc;
    std::string arsip_kode_klasifikasi, arsip_kapasitas_box, arsip_retensi_aktif,
        arsip_retensi_inaktif, arsip_unit_pengolah, arsip_nasib_akhir;
    SourceLoc arsip_loc;
    std::string cetak_sisi;             // <cetak sisi="…"/> as written; empty when absent
    SourceLoc cetak_loc;                // that element, or <instansi> when it is missing
    std::string tanda_tangan_pindaian;  // <tanda-tangan pindaian="…"/> as written; empty when absent
    SourceLoc tanda_tangan_loc;         // that element, or <instansi> when it is missing
    // Line of each child element by its XML name ("nama", "kode-pos", "kertas", "arsip", ...):
    // every child of the format has an entry, the <instansi> line when the element is missing.
    std::map<std::string, int> lines;
    RefusedFields refused;  // of every element and attribute above, <lembar> included
    RegimeRecord regime;    // <regulasi> and <capaian-organisasi> (DESIGN 8.1)
};

// One row of pegawai.csv or one <pegawai/> of pegawai.xml.
struct PegawaiRecord {
    SourceLoc loc;
    std::string nip, nama, gelar_depan, gelar_belakang, golongan, tmt_golongan, jabatan,
        jenis_jabatan, unit_kerja, nip_atasan;
    RefusedFields refused;  // see RefusedFields
};

// One row of skp-YYYY-MM.csv, or one <tugas>/<tambahan>/<kreativitas> of skp-YYYY-MM.xml.
struct SkpRecord {
    SourceLoc loc;
    std::string nip;
    std::string jenis;  // "tugas" (also when empty), "tambahan", "kreativitas"; checked in model
    std::string uraian, ak, satuan;
    std::string target_kuantitas, target_kualitas, target_waktu, target_biaya;
    std::string realisasi_kuantitas, realisasi_kualitas, realisasi_waktu, realisasi_biaya;
    std::string nilai;
    RefusedFields refused;  // see RefusedFields
};

// One row of perilaku-YYYY-MM.csv, or one <perilaku/> of skp-YYYY-MM.xml.
struct PerilakuRecord {
    SourceLoc loc;
    std::string nip;
    std::string orientasi_pelayanan, integritas, komitmen, disiplin, kerja_sama, kepemimpinan;
    RefusedFields refused;  // see RefusedFields
};

// One row of templates/libur.csv: a national holiday or cuti bersama.
struct LiburRecord {
    SourceLoc loc;
    std::string tanggal, jenis, keterangan;
    RefusedFields refused;  // see RefusedFields
};

struct LaneRecord {
    SourceLoc loc;
    std::string id, nama;
    RefusedFields refused;  // see RefusedFields
};

struct LangkahRecord {
    SourceLoc loc;
    std::string pelaksana, simbol, kelengkapan, waktu, output, keterangan, ya, tidak;
    std::string uraian;  // the element's text
    RefusedFields refused;  // see RefusedFields
};

// One sop/*.xml.
struct SopRecord {
    SourceLoc loc;  // the <sop> element
    std::string nomor, nama, tanggal_pembuatan, tanggal_revisi, tanggal_efektif, disahkan_oleh;
    std::vector<std::string> dasar_hukum, kualifikasi_pelaksana, keterkaitan, peralatan,
        peringatan, pencatatan;
    std::vector<LaneRecord> lanes;
    std::vector<LangkahRecord> langkah;
    RefusedFields refused;  // of its attributes and <butir> texts (lanes and langkah: their own)
};

// A whole data folder as read, before checking.
struct RawData {
    std::optional<InstansiRecord> instansi;   // nullopt when instansi.xml is missing or unreadable
    std::string pegawai_file;                 // "pegawai.csv", ".xlsx" or ".xml"; empty when missing
    std::vector<PegawaiRecord> pegawai;       // file order
    std::string periode;                      // "YYYY-MM"; empty when no period was asked for
    std::string skp_file, perilaku_file;      // names of the files read, empty when missing;
                                              // perilaku_file == skp_file when the SKP is XML
    std::string skp_periode_attr;             // the periode="" of skp-YYYY-MM.xml, if XML
    SourceLoc skp_periode_loc;
    std::vector<SkpRecord> skp;               // file order
    std::vector<PerilakuRecord> perilaku;     // file order
    std::vector<SopRecord> sops;              // sorted by file name
    Raw2022 regime2022;                       // the period's files under PermenPANRB 6/2022
};

}  // namespace kinerja
