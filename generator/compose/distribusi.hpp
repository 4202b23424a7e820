// The distribusi page of the 2022 regime (DESIGN 8.4 "distribusi"; SE MenPANRB 3/2023's Format
// Penetapan Predikat Kinerja, signed by the pimpinan): one evaluation period's predikat counts
// against the pola of the organisation's capaian, made in code with no template (as the SOP
// flowchart is): heading, instansi, period, capaian and N; one bar per predikat over the band
// its single-predikat rules allow (doc::BarChart, drawn by layout); the table ATURAN | JUMLAH |
// SESUAI/TIDAK SESUAI; the pimpinan's signature. Without a capaian: the bars and "pola tidak
// diperiksa".
#pragma once

#include "compose/document.hpp"
#include "compose/signatures.hpp"
#include "model/calendar.hpp"
#include "model/dataset.hpp"
#include "scoring/scoring2022.hpp"

namespace kinerja::compose {

// Everything the page is made from. The references must outlive the call.
struct DistribusiInput {
    const Instansi& instansi;                // nama, tempat, kertas, tanda_tangan_pindaian
    const Distribusi& distribusi;            // periksa_distribusi(...) of one evaluation period
    const Pegawai* pimpinan = nullptr;       // signs; nullptr: dotted lines to fill by hand
    Date tanggal;                            // signing date
    const Signatures* signatures = nullptr;  // as PengukuranInput::signatures
};

// One bar per predikat, in the order Sangat Kurang … Sangat Baik: the count and its share of N
// ("2 (16,67%)"), over the band the pola's single-predikat rules allow (only when the pola
// was checked; a count bound is taken as a share of N), those rules as the bar's note.
doc::BarChart distribusi_chart(const Distribusi& distribusi);

// The page: the instansi's paper, portrait; a one-page document (layout puts it on one page).
doc::Document distribusi_document(const DistribusiInput& input);

}  // namespace kinerja::compose
