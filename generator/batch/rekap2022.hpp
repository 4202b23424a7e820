// rekap<S>.csv and rekap<S>.xlsx under PermenPANRB 6/2022 (DESIGN 8.4): one evaluation's
// ratings and predikat, one rated employee a row, in pegawai order, canonical text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "batch/xlsx_writer.hpp"
#include "model/dataset.hpp"
#include "scoring/scoring2022.hpp"

namespace kinerja {

// What a rekap row shows of one employee's evaluation (kept until the end of the run).
struct RekapRow2022 {
    const Pegawai* pegawai;  // not null
    Rating rating_hasil_kerja;
    Rating rating_perilaku;
    Predikat predikat;
    std::optional<int> persen_angka_kredit;  // fungsional only

    explicit RekapRow2022(const HasilEvaluasi& h)
        : pegawai(h.pegawai),
          rating_hasil_kerja(h.rating_hasil_kerja),
          rating_perilaku(h.evaluasi->rating_perilaku),
          predikat(h.predikat),
          persen_angka_kredit(h.persen_angka_kredit) {}
};

// Header `nip,nama,rating_hasil_kerja,rating_perilaku,predikat,persen_angka_kredit`, then the
// rows in the given order; persen_angka_kredit an integer ("150"), empty for non-fungsional.
// No rows: the header only.
std::string rekap2022_csv(const std::vector<RekapRow2022>& rows);

// The same columns and rows as a workbook: nip and the texts as text, the percentage a whole
// number.
std::string rekap2022_xlsx(const std::vector<RekapRow2022>& rows, const xlsx::Properties& properties);

}  // namespace kinerja
