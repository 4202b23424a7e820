// One month's evaluations under PermenPANRB 6/2022 scored as a whole (DESIGN 8.3): each
// evaluation's result, and per evaluation period the distribution checked against its pola, with
// a warning for each rule it breaks.
#pragma once

#include <vector>

#include "load/source.hpp"
#include "model/dataset.hpp"
#include "scoring/scoring2022.hpp"

namespace kinerja {

struct Month2022 {
    std::vector<HasilEvaluasi> hasil;      // one per Data2022::evaluasi, in its order
    std::vector<Distribusi> distribusi;    // one per evaluation period rated, bulanan first
};

// The evaluation period's capaian organisasi, when instansi.xml gives one.
std::optional<CapaianOrganisasi> capaian_of(const DataSet& data, const PeriodeEvaluasi& periode);

// Scores every evaluation of `data` (DataSet::regime2022) and checks each period's
// distribution; each broken rule is a warning at the period's <capaian-organisasi> in
// instansi.xml: "instansi.xml:14: capaian-organisasi: peringatan: distribusi Maret 2025 …".
Month2022 score_month2022(const DataSet& data, const Regulasi2022& rules, Diagnostics& diags);

}  // namespace kinerja
