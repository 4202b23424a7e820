// Documents joined for double-sided (duplex) printing: each document starts on a right-hand
// page, so that no sheet carries the end of one document and the start of the next, and every
// document and group of documents gets a bookmark. Used for the collated copies of a Dokumen
// Pengukuran Kinerja and for the month's print file cetak.pdf.
//
// Decisions: a document that would start on an even (left-hand) page gets a blank page before
// it, as large as the page before (the back of that sheet); a blank page carries only the small
// italic note "Halaman ini sengaja dikosongkan", centred, so that nobody wonders whether a page
// went missing. No blank page is added after the last document: a printer ends the job with
// the sheet anyway. Each document keeps its own footer page numbers ("Halaman 1 dari 2").
//
// An office that prints on one side (instansi.xml <cetak sisi="satu">) gets cetak.pdf without
// any blank page: none is added between documents, and those inside a document (between the
// collated copies of a pengukuran) are left out. The per-employee files keep theirs.
#pragma once

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "batch/rendered_document.hpp"
#include "layout/display_list.hpp"
#include "layout/font_book.hpp"
#include "model/dataset.hpp"
#include "render/print_file_writer.hpp"

namespace kinerja {

// The note on a page left blank on purpose.
constexpr std::string_view blank_page_note = "Halaman ini sengaja dikosongkan";

// A page left blank on purpose (Page::left_blank): `like`'s size, blank_page_note in serif
// italic 8 pt, centred on the page.
layout::Page blank_page(const layout::Page& like, const layout::FontBook& fonts);

// One document of a print file.
struct PrintDocument {
    std::string title;          // its bookmark: "Formulir Kinerja"; printable, not empty
    layout::DisplayList pages;  // laid out, at least one page; its own bookmarks nest under title
};

// Documents under one bookmark (an employee), or at the top level.
struct PrintSection {
    std::string title;                     // "" = the documents' bookmarks at the top level
    std::vector<PrintDocument> documents;  // in print order; a section without any is skipped
};

// Appends `next` after the pages of `into` so that it starts on an odd (right-hand) page: a
// blank_page first when `into` has an odd number of pages. Images merge as in
// layout::append_pages; `into` keeps its metadata. Returns the index of next's first page.
// Throws std::invalid_argument when `next` has no page.
std::size_t append_on_odd_page(layout::DisplayList& into, layout::DisplayList&& next,
                               const layout::FontBook& fonts);

// Every document of `sections` in order, each starting on an odd page, with `meta` as the
// file's metadata and the bookmarks section → document → the document's own. Throws
// std::invalid_argument for a document without a page or without a title.
layout::DisplayList assemble_print_file(std::vector<PrintSection> sections, layout::Metadata meta,
                                        const layout::FontBook& fonts);

// A print file written as its documents come, already rendered, without holding them: cetak.pdf
// of a month of thousands of employees (render::PrintFileWriter spools pages).
// - SisiCetak::dua: the same pages and bookmarks as render_pdf(assemble_print_file(...)) of the
//   same documents (not the same bytes: render::PrintFileWriter), and the file asks the print
//   dialog for duplex printing, flipped on the long edge, without page scaling
//   (render::PrintPreference);
// - SisiCetak::satu: the documents one after another without a blank page (their own left out,
//   each bookmark moved to the page it named or, when that page is left out, the next one); the
//   file asks for simplex printing without page scaling.
class StreamedPrintFile {
public:
    // `spool`: a temporary file it creates and removes (in the month's staging folder, on the
    // disk the file goes to); the rest as for assemble_print_file and render_pdf. Throws
    // std::runtime_error when the spool cannot be created.
    StreamedPrintFile(std::filesystem::path spool, layout::Metadata meta, const layout::FontBook& fonts,
                      const render::FontFiles& font_files, SisiCetak sisi = SisiCetak::dua);
    ~StreamedPrintFile();
    StreamedPrintFile(const StreamedPrintFile&) = delete;
    StreamedPrintFile& operator=(const StreamedPrintFile&) = delete;

    // The bookmark of the documents added from now on ("" = theirs at the top level); shown
    // only when a document is added under it.
    void begin_section(std::string title);

    // Adds a document, its bookmarks under the section's: printed on both sides, on an odd page
    // (a blank page before it when needed, as large as the page before); on one side, on the
    // next page, without its blank pages. Throws std::invalid_argument for a mark without a
    // title, a PDF render_pdf did not make, or one of blank pages only printed on one side.
    void add(const RenderedDocument& document);

    std::size_t pages() const { return writer_.pages(); }

    // Writes the file (see render::PrintFileWriter::finish).
    void finish(std::ostream& out);

private:
    // The pages of `document` but those `leave_out` lists, and its bookmarks.
    void append(const RenderedDocument& document, const std::set<std::size_t>& leave_out);

    std::filesystem::path spool_path_;
    SisiCetak sisi_;
    std::fstream spool_;  // before writer_, which writes into it
    render::PrintFileWriter writer_;
    const layout::FontBook& fonts_;
    const render::FontFiles& font_files_;
    std::vector<layout::Bookmark> bookmarks_;
    std::string section_;        // title of the section documents now go under
    bool section_open_ = false;  // its bookmark was added (the last of bookmarks_)
    layout::Page last_page_;     // size of the last page added
    std::map<std::pair<double, double>, RenderedDocument> blanks_;  // blank pages by size
};

}  // namespace kinerja
