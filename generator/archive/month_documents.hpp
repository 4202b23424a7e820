// The month's archive documents as PDF files: indeks.pdf (the Daftar Arsip Aktif) and
// label-box.pdf (one spine label per box used), made from a MonthPlan; and the same documents
// laid out only (lay_out_*: what the PDF files are rendered from, for the layout goldens of
// tests/data/golden/).
#pragma once

#include <string>

#include "archive/register.hpp"
#include "compose/arsip.hpp"
#include "compose/document.hpp"
#include "layout/font_book.hpp"
#include "layout/layout_engine.hpp"
#include "model/dataset.hpp"
#include "render/pdf_writer.hpp"

namespace kinerja::archive {

// What a run makes every document with (loaded once by batch).
struct DocumentTools {
    const layout::FontBook& fonts;        // metrics, for layout
    const render::FontFiles& font_files;  // the same faces as files, for render
    const layout::FileInfo& info;         // creator and the PDF date (from --date)
};

struct PdfFile {
    std::string bytes;  // the PDF
    int pages = 0;      // >= 1
};

// The Daftar Arsip Aktif of the month: the Daftar Berkas (plan.berkas) and the Daftar Isi
// Berkas (plan.entries), handed over on plan.tanggal. The month's items count their lembar as
// plan.arsip.sisi_cetak says the copies were printed (two pages a sheet on both sides: every
// document starts on a right-hand page, batch/print_file.hpp), the earlier months' items as
// theirs were (ArsipBerkas::lembar).
// Throws what layout and render throw (a text too wide for its cell, …).
PdfFile make_indeks_pdf(const MonthPlan& plan, const DataSet& data, const compose::ArsipIndeksTemplate& templ,
                        const DocumentTools& tools, const doc::ImageData* logo = nullptr);

// A label for each of plan.boxes.
PdfFile make_label_pdf(const MonthPlan& plan, const DataSet& data, const compose::ArsipLabelTemplate& templ,
                       const DocumentTools& tools);

// The pages make_indeks_pdf and make_label_pdf render. Throw what layout throws.
layout::DisplayList lay_out_indeks(const MonthPlan& plan, const DataSet& data,
                                   const compose::ArsipIndeksTemplate& templ, const DocumentTools& tools,
                                   const doc::ImageData* logo = nullptr);
layout::DisplayList lay_out_labels(const MonthPlan& plan, const DataSet& data,
                                   const compose::ArsipLabelTemplate& templ, const DocumentTools& tools);

}  // namespace kinerja::archive
