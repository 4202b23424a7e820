// templates/regulasi-2022.xml to the typed rules of the 2022 regime (DESIGN 8.3, 8.5).
#pragma once

#include <optional>

#include "load/records_2022.hpp"
#include "load/source.hpp"
#include "model/regime2022.hpp"

namespace kinerja {

// Checks every rule of DESIGN 8.5 "regulasi-2022.xml": each of the nine matrix cells, five pola,
// five angka-kredit, five pimpinan and seven perilaku given exactly once; every predikat,
// rating, capaian and perilaku kode known; every pola bound a whole number (a percentage 0..100
// or a count) and exactly one of paling-banyak / paling-sedikit per rule; every angka-kredit
// persen a whole number >= 0; a perilaku's nama and each panduan not empty. Every problem is
// reported as FILE:LINE: field: message (a missing element at <regulasi-2022>); nullopt when
// there is any, since a half-valid rule set would score wrongly.
std::optional<Regulasi2022> build_regulasi2022(const RegulasiRecord& record, Diagnostics& diags);

}  // namespace kinerja
