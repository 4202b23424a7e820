// One employee's documents of the month, laid out: the formulir kinerja and the Dokumen
// Pengukuran Kinerja (a copy per lembar of instansi.xml, collated so that each copy starts on
// a right-hand page). `kinerja run` renders them; `kinerja check` lays them out only, so that
// what does not fit its page or cell is reported by both, in the same words
// (report_document_problems).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "batch/month_inputs.hpp"
#include "batch/rendered_document.hpp"
#include "layout/display_list.hpp"
#include "layout/font_book.hpp"
#include "layout/layout_engine.hpp"
#include "model/calendar.hpp"
#include "render/pdf_writer.hpp"
#include "scoring/scoring.hpp"

namespace kinerja {

// What every document of a month is made with: prepared once, shared by all workers (const).
struct DocumentEngine {
    const MonthTools& tools;
    const layout::FontBook& fonts;
    const render::FontFiles& font_files;
    layout::FileInfo info;  // creator and PDF date (the signing date)
    Period period;
    Date tanggal;           // the signing date printed
    const doc::ImageData* logo() const { return tools.logo ? &*tools.logo : nullptr; }
    PdfTools pdf_tools() const { return PdfTools{fonts, font_files, info}; }
};

struct LaidOutEmployee {
    std::optional<NilaiPrestasi> nilai;
    std::optional<layout::DisplayList> formulir;    // bookmarked "Formulir Kinerja" when rendered
    std::string formulir_error;                     // why it could not be made
    std::optional<layout::DisplayList> pengukuran;  // every copy, collated
    std::vector<layout::Bookmark> pengukuran_marks; // one per copy, titled for cetak.pdf
    int arsip_pages = 0;                            // pages of the copy the archive files
    std::string pengukuran_error;                   // why it could not be made
};

// The labelled copies of one document (compose/lembar.hpp: one per <lembar> of instansi.xml),
// laid out and collated so that each copy starts on a right-hand page, as the pengukuran and
// the Dokumen Evaluasi are printed.
struct CollatedCopies {
    layout::DisplayList pages;
    std::vector<layout::Bookmark> marks;  // one per copy: "TITLE — Lembar 2 (Arsip)"
    int arsip_pages = 0;                  // pages of the copy the archive files ("Arsip", else the last)
};
// Throws what layout throws.
CollatedCopies collate_copies(std::vector<doc::Document> copies, const Instansi& instansi, const std::string& title,
                              const DocumentEngine& engine);

// Scores, composes and lays out one employee's documents; never throws (what goes wrong is
// kept in the *_error fields).
LaidOutEmployee lay_out_employee(const Assessed& employee, const DocumentEngine& engine, const DataSet& data);

// The problems of one employee's documents, at the employee's row: "formulir tidak dapat
// dibuat: …", "dokumen pengukuran kinerja tidak dapat dibuat: …".
void report_document_problems(const Assessed& employee, const LaidOutEmployee& laid_out, Diagnostics& diags);

}  // namespace kinerja
