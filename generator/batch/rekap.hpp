// rekap.csv and rekap.xlsx: the month's scores, one employee a row (DESIGN section 5).
#pragma once

#include <string>
#include <vector>

#include "batch/xlsx_writer.hpp"
#include "model/dataset.hpp"
#include "scoring/scoring.hpp"

namespace kinerja {

// The three scores rekap.csv shows of an employee (not the whole NilaiPrestasi: a month's rows
// are kept until the end of the run, and the per-kegiatan values are not needed for them).
struct RekapRow {
    const Pegawai* pegawai;    // not null
    Rational nilai_skp;        // NilaiSkp::nilai_capaian_skp
    Rational nilai_perilaku;   // NilaiPerilaku::rata_rata
    Rational nilai_prestasi;   // NilaiPrestasi::nilai_prestasi

    RekapRow(const Pegawai& p, const NilaiPrestasi& nilai)
        : pegawai(&p),
          nilai_skp(nilai.skp.nilai_capaian_skp),
          nilai_perilaku(nilai.perilaku.rata_rata),
          nilai_prestasi(nilai.nilai_prestasi) {}
};

// Header `nip,nama,nilai_skp,nilai_perilaku,nilai_prestasi,predikat`, then the rows in the given
// order; numbers with a dot and two decimals, predikat the sebutan of nilai_prestasi.
std::string rekap_csv(const std::vector<RekapRow>& rows);

// The same columns and rows as a workbook: nip and the texts as text, the scores as numbers
// shown with two decimals (the values rekap.csv shows).
std::string rekap_xlsx(const std::vector<RekapRow>& rows, const xlsx::Properties& properties);

}  // namespace kinerja
