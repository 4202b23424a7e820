// What the register writes about a filed document and its berkas (DESIGN 7 and 8.4 "Archive"),
// from what the caller says the document is (Filing::evaluasi): one table of the kinds.
//
//   kind              item uraian                                        berkas it opens
//   pengukuran        Pengukuran Kinerja Maret 2024 a.n. NAMA            Pengukuran Kinerja Tahun 2024 a.n. NAMA
//   dokumen evaluasi  Dokumen Evaluasi Kinerja Maret 2025 a.n. NAMA      Evaluasi Kinerja Tahun 2025 a.n. NAMA
//                     (Triwulan I 2025, Akhir Tahun 2025: PeriodeEvaluasi::nama())
//
// A berkas is titled after its first item, so a berkas opened under PP 46 keeps its title when
// the year goes on under the 2022 regime.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "archive/register.hpp"
#include "compose/arsip.hpp"
#include "model/calendar.hpp"

namespace kinerja::archive {

// The kind as the register's item.jenis column holds it: "pengukuran", "dokumen-evaluasi".
std::string_view jenis_arsip_kode(compose::JenisArsip jenis);
std::optional<compose::JenisArsip> parse_jenis_arsip_kode(std::string_view kode);

// What a filing is: dokumen_evaluasi when it names an evaluation.
compose::JenisArsip jenis_of(const Filing& filing);

// Where a filing goes among one employee's documents of a month: pengukuran, then the
// Dokumen Evaluasi bulanan, triwulanan, tahunan.
int filing_rank(const Filing& filing);

// The item's uraian of a filing in `month`.
std::string item_uraian(const Filing& filing, const Period& month);

// The kind whose item uraian `uraian` is (what item_uraian wrote); pengukuran for any other,
// as every item filed before the 2022 regime.
compose::JenisArsip jenis_of_uraian(std::string_view uraian);

// The title of a berkas of `tahun` whose first item is of kind `first_item`, for `nama`.
std::string berkas_uraian(int tahun, const std::string& nama, compose::JenisArsip first_item);

}  // namespace kinerja::archive
