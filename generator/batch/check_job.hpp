// `kinerja check`: read and validate a data folder, nothing written.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "load/file_source.hpp"
#include "load/source.hpp"
#include "model/build.hpp"

namespace kinerja {

struct CheckSummary {
    std::size_t pegawai = 0;          // valid staff
    std::size_t kegiatan = 0;         // SKP tugas rows kept, over all periods checked (PP 46)
    std::size_t indikator = 0;        // indikator of the 2022 plans kept, over all periods checked
    std::size_t sops = 0;             // valid SOPs
    std::vector<std::string> periods; // periods checked, "YYYY-MM", ascending
};

struct CheckOutcome {
    std::vector<Diagnostic> problems;  // every problem, by file and line, no duplicates
    std::vector<Diagnostic> warnings;  // every warning (DESIGN 8.5), no duplicates: not problems
    CheckSummary summary;
};

// Periods with a period file of either regime in the data folder (skp-, perilaku-, realisasi-,
// penilaian- or evaluasi-YYYY-MM as .csv, .xlsx or .xml), ascending.
std::vector<std::string> periods_in(const FileSource& files);

// With a period, checks that month; without, checks the staff, the SOPs and every period found.
// Each month is checked as `kinerja run` checks it (prepare_month in batch/month_inputs.hpp).
// Throws std::runtime_error when what ships with the program (fonts, templates) is missing.
CheckOutcome check_data(const FileSource& files, const std::optional<std::string>& periode);

// "15 pegawai, 61 kegiatan SKP (2024-03), 1 SOP: tidak ada masalah"
std::string summary_line(const CheckOutcome& outcome);

}  // namespace kinerja
