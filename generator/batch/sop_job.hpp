// SOP documents: `kinerja sop SOP.xml --data DATA_DIR -o FILE.pdf` (one SOP), and the part of
// `kinerja run` that writes every SOP of the data folder to OUT/YYYY-MM/sop/.
//
// One SOP's PDF is its identity page(s) (templates/sop-identitas.xml, portrait unless the
// template says otherwise) followed by its flowchart pages (landscape); each part numbers its
// own pages. The PDF's date is the SOP's own latest date (pembuatan, revisi, efektif), not the
// run's --date: the same SOP and data give the same bytes from both commands.
#pragma once

#include <exception>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "batch/print_file.hpp"
#include "compose/sop.hpp"
#include "layout/display_list.hpp"
#include "layout/font_book.hpp"
#include "load/source.hpp"
#include "model/dataset.hpp"
#include "render/pdf_writer.hpp"

namespace kinerja {

// What SOP documents are made with; loaded once, shared (const) by every SOP made.
struct SopTools {
    const layout::FontBook& fonts;           // measures text
    const render::FontFiles& font_files;     // the same faces, for render
    const compose::SopTemplate& identitas;   // the identity page template
    const doc::ImageData* logo = nullptr;    // the office logo when there is one
};

// The PDF date of an SOP: the latest of its tanggal pembuatan, revisi and efektif.
Date sop_date(const Sop& sop);

// One SOP's PDF: its identity pages then its flowchart pages (>= 2), bookmarked "Identitas SOP"
// and "Bagan Alir" (its marks; nested under the SOP's own bookmark in cetak.pdf). Throws what
// layout and render throw (std::runtime_error when something does not fit its page or cell,
// std::invalid_argument for a broken document).
RenderedDocument make_sop_pdf(const DataSet& data, const Sop& sop, const SopTools& tools);
// The same SOP laid out, not rendered (what `kinerja check` makes of it).
layout::DisplayList lay_out_sop(const DataSet& data, const Sop& sop, const SopTools& tools);
// "SOP tidak dapat dibuat: …" at the SOP, for what make_sop_pdf or lay_out_sop threw.
void report_sop_problem(const Sop& sop, const std::exception& e, Diagnostics& diags);

// The output file name of an SOP: its nomor with '/' (and '\') replaced by '-', plus ".pdf"
// ("01/SOP/KEC-LPHG/III/2024" → "01-SOP-KEC-LPHG-III-2024.pdf"); nullopt when that is no safe
// name for one file (a control character or NUL, a leading dot, longer than 200 bytes).
std::optional<std::string> sop_file_name(const std::string& nomor);

// An SOP to write and the name of its file in sop/.
struct PlannedSop {
    const Sop* sop = nullptr;  // in the DataSet given to plan_sops
    std::string file_name;     // "01-SOP-KEC-LPHG-III-2024.pdf", safe, unique in the plan
};

// The SOPs of `data` that can be made, each with its file name. Reports, at the SOP, and
// leaves out: a nomor that gives no safe file name or the same file name as an SOP before it,
// text the fonts cannot print (at the step or the SOP, per field), and a signer whose own data
// cannot be printed (`unprintable`: NIP digits from check_printable, already reported there).
std::vector<PlannedSop> plan_sops(const DataSet& data, const layout::FontBook& fonts,
                                  const std::set<std::string>& unprintable, Diagnostics& diags);

struct SopOptions {
    std::filesystem::path sop_file;  // SOP.xml as the user named it (messages use this name)
    std::filesystem::path data_dir;  // the data folder: instansi.xml, pegawai, templates/, logo
    std::filesystem::path output;    // FILE.pdf, replaced atomically when made
};

// `kinerja sop`: reads instansi and pegawai from the data folder (not its sop/ folder) and the
// named SOP, checks them as `kinerja check` does, and writes the SOP's PDF. Problems to err as
// FILE:LINE: field: message, the summary to out. Returns an ExitCode (cli.hpp): 0 made without
// problems; 1 problems reported (the PDF is still made when the SOP, its signer and the
// instansi are usable; an SOP that does not fit its pages is such a problem); 3 when the PDF
// cannot be written (an earlier file at FILE.pdf is then left as it was).
int make_sop_document(const SopOptions& options, std::ostream& out, std::ostream& err);

}  // namespace kinerja
