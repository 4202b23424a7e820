// The steps of build_regime2022 (build_parts.hpp): the year's plans, then the period's
// evaluations, which refer to them.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "load/records.hpp"
#include "model/build_parts.hpp"
#include "model/regime2022.hpp"

namespace kinerja {

// How text keys (rhk, indikator) are matched (DESIGN 8.2): ASCII case ignored, blanks trimmed
// and every run of them one space.
std::string text_key(std::string_view text);

// The plans of skp-YYYY.
struct PlanBuild {
    std::map<std::string, Skp2022> skp;  // valid plans, by NIP digits
    std::set<std::string> written;   // NIP digits of every kept pegawai with a row, valid or not
    std::size_t tanpa_skp = 0;       // kept pegawai without a row (each warned about)
    bool unread = false;  // no usable skp file (missing, unreadable, of another year): reported for the file
    const Skp2022* plan_of(const Nip& nip) const;
};
PlanBuild build_plans(const Raw2022& raw, const Period& period, const Roster& roster, Diagnostics& diags);

// The evaluations of realisasi-/penilaian-YYYY-MM (or evaluasi-YYYY-MM.xml), in pegawai order,
// then jenis order; a rated indikator without realisasi is warned about.
std::vector<Evaluasi> build_evaluasi(const Raw2022& raw, const Period& period, const RegimeSetting& regime,
                                     const Nip* pimpinan, const Roster& roster, const PlanBuild& plans,
                                     Diagnostics& diags);

}  // namespace kinerja
