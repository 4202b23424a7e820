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

std::optional<SopRecord> read_sop_xml(std::string_view bytes, const std::string& file,
                                      Diagnostics& diags);

}  // namespace kinerja
