// The readers of every input file of DESIGN section 4, from bytes to records.
// Each reports what it cannot read to diags and returns what it could.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/records.hpp"
#include "load/source.hpp"

namespace kinerja {

std::optional<InstansiRecord> read_instansi_xml(std::string_view bytes, const std::string& file,
                                                Diagnostics& diags);
// pegawai, skp-YYYY-MM and perilaku-YYYY-MM as a table: CSV, or a workbook when `file` ends
// in ".xlsx" (table.hpp).
std::vector<PegawaiRecord> read_pegawai_table(std::string_view bytes, const std::string& file,
                                              Diagnostics& diags);
std::vector<PegawaiRecord> read_pegawai_xml(std::string_view bytes, const std::string& file,
                                            Diagnostics& diags);
std::vector<SkpRecord> read_skp_table(std::string_view bytes, const std::string& file,
                                      Diagnostics& diags);
std::vector<PerilakuRecord> read_perilaku_table(std::string_view bytes, const std::string& file,
                                                Diagnostics& diags);
// templates/libur.csv: tanggal, jenis, keterangan.
std::vector<LiburRecord> read_libur_csv(std::string_view bytes, const std::string& file, Diagnostics& diags);

// skp-YYYY-MM.xml holds SKP items and perilaku together.
struct SkpXml {
    std::string periode;  // the periode attribute
    SourceLoc periode_loc;
    std::vector<SkpRecord> skp;
    std::vector<PerilakuRecord> perilaku;
};
SkpXml read_skp_xml(std::string_view bytes, const std::string& file, Diagnostics& diags);

// The 2022 regime's files (DESIGN 8.2). skp-YYYY, realisasi-YYYY-MM and penilaian-YYYY-MM as a
// table (CSV, or a workbook when `file` ends in ".xlsx"); LINE is the row.
std::vector<Skp2022Record> read_skp2022_table(std::string_view bytes, const std::string& file,
                                              Diagnostics& diags);
std::vector<RealisasiRecord> read_realisasi_table(std::string_view bytes, const std::string& file,
                                                  Diagnostics& diags);
std::vector<PenilaianRecord> read_penilaian_table(std::string_view bytes, const std::string& file,
                                                  Diagnostics& diags);

// skp-YYYY.xml: one record per <indikator> (an <utama>/<tambahan> without one: one record at
// that element, indikator empty), <ekspektasi>, <dukungan>, <skema> and <konsekuensi>.
struct Skp2022Xml {
    std::string tahun;  // the tahun attribute
    SourceLoc tahun_loc;
    std::vector<Skp2022Record> skp;
};
Skp2022Xml read_skp2022_xml(std::string_view bytes, const std::string& file, Diagnostics& diags);

// evaluasi-YYYY-MM.xml: realisasi and penilaian together; one PenilaianRecord per <pegawai>,
// one RealisasiRecord per <realisasi> (nip and evaluasi its <pegawai>'s).
struct EvaluasiXml {
    std::string periode;  // the periode attribute
    SourceLoc periode_loc;
    std::vector<RealisasiRecord> realisasi;
    std::vector<PenilaianRecord> penilaian;
};
EvaluasiXml read_evaluasi_xml(std::string_view bytes, const std::string& file, Diagnostics& diags);

std::optional<SopRecord> read_sop_xml(std::string_view bytes, const std::string& file,
                                      Diagnostics& diags);

}  // namespace kinerja
