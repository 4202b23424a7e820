// rekap.csv: the month's scores, one employee a row (DESIGN section 5).
#pragma once

#include <string>
#include <vector>

#include "model/dataset.hpp"
#include "scoring/scoring.hpp"

namespace kinerja {

struct RekapRow {
    const Pegawai* pegawai;   // not null
    NilaiPrestasi nilai;
};

// Header `nip,nama,nilai_skp,nilai_perilaku,nilai_prestasi,predikat`, then the rows in the given
// order; numbers with a dot and two decimals, predikat the sebutan of nilai_prestasi.
std::string rekap_csv(const std::vector<RekapRow>& rows);

}  // namespace kinerja
