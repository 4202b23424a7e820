// One employee's documents of a PermenPANRB 6/2022 month (DESIGN 8.4), laid out: the SKP with
// its Lampiran when it is printed this month, and for each evaluation of the month the Evaluasi
// Kinerja Pegawai and the Dokumen Evaluasi Kinerja Pegawai (a labelled copy per <lembar>,
// collated as the pengukuran is). `kinerja run` renders them; `kinerja check` lays them out only,
// so that both report what does not fit in the same words.
#pragma once

#include <exception>
#include <optional>
#include <string>
#include <vector>

#include "batch/employee_documents.hpp"
#include "batch/month_inputs.hpp"
#include "layout/display_list.hpp"

namespace kinerja {

struct LaidOutEvaluasi {
    const HasilEvaluasi* hasil = nullptr;
    std::optional<layout::DisplayList> evaluasi;
    std::optional<CollatedCopies> dokumen;  // every copy of the Dokumen Evaluasi
    std::string error;                      // why this evaluation's documents could not be made
};

struct LaidOut2022 {
    std::optional<layout::DisplayList> skp;  // when asked for and made
    std::string skp_error;
    std::vector<LaidOutEvaluasi> evaluasi;   // one per Planned2022::hasil, same order
};

// Composes and lays out the employee's documents (the SKP only when `print_skp`); never
// throws (what goes wrong is kept in the *error fields).
LaidOut2022 lay_out_employee2022(const Planned2022& employee, bool print_skp, const DocumentEngine& engine,
                                 const DataSet& data);

// The problems of one employee's documents, at the employee's row: "SKP tidak dapat dibuat: …",
// "evaluasi kinerja Maret 2025 tidak dapat dibuat: …".
void report_document_problems(const Planned2022& employee, const LaidOut2022& laid_out, Diagnostics& diags);

// A distribusi page that could not be made, at the period's <capaian-organisasi> (or instansi.xml):
// "distribusi Maret 2025 tidak dapat dibuat: …".
void report_distribusi_problem(const DataSet& data, const Distribusi& d, const std::exception& e, Diagnostics& diags);

}  // namespace kinerja
