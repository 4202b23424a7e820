// What decides whether a 2022 SKP is printed again (DESIGN 8.4): the sha256 of what it prints
// that can change during the year — the plan rows and the printed identities of the instansi,
// the pegawai and the penilai — and nothing else (not the signing date, not where a row came
// from), so that a re-run decides the same way.
#pragma once

#include <string>

#include "model/dataset.hpp"

namespace kinerja {

// 64 lowercase hex digits. `penilai` is nullptr for someone without a pejabat penilai.
std::string skp_content_sha256(const Skp2022& skp, const Pegawai& pegawai, const Pegawai* penilai,
                               const Instansi& instansi);

}  // namespace kinerja
