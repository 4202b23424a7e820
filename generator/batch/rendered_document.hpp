// A document as a PDF: the one way kinerja turns a composed document (compose/document.hpp)
// into PDF bytes — laid out (layout/layout_engine.hpp), then rendered (render/pdf_writer.hpp).
// The month's documents, the archive's indeks and labels, and the SOPs all go through here;
// those laid out in a way of their own (a SOP's parts, a pengukuran's collated copies) are
// rendered by the second function.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "compose/document.hpp"
#include "layout/display_list.hpp"
#include "layout/font_book.hpp"
#include "layout/layout_engine.hpp"
#include "render/pdf_writer.hpp"

namespace kinerja {

// What a document is laid out and rendered with (loaded once, shared by every document).
struct PdfTools {
    const layout::FontBook& fonts;        // metrics, for layout
    const render::FontFiles& font_files;  // the same faces as files, for render
    layout::FileInfo info;                // creator and the PDF date
};

// A rendered document, with what a print file (batch/print_file.hpp) needs to join it.
struct RenderedDocument {
    std::string pdf;                      // render::render_pdf(list, font_files, info)
    render::RenderInfo info;
    std::size_t pages = 0;                // of the list
    std::set<std::size_t> blank_pages;    // indexes of its pages left blank on purpose (Page::left_blank)
    layout::Page last_page;               // the size of the list's last page (no content)
    std::vector<layout::Bookmark> marks;  // its bookmarks in the print file, pages counted in it
};

// `document` laid out (layout::layout_document) and rendered; its own bookmarks are its marks.
// Throws what layout and render throw (std::runtime_error when something does not fit its
// page or cell, std::invalid_argument for a broken document).
RenderedDocument render_document(doc::Document document, const PdfTools& tools);

// `list`, already laid out, rendered, with `marks` as its bookmarks in a print file. Throws
// what render_pdf throws. The document and the list are taken, and let go as soon as they
// are used (a month's indeks runs to hundreds of pages): move them in.
RenderedDocument render_document(layout::DisplayList list, const render::FontFiles& font_files,
                                 std::vector<layout::Bookmark> marks);

}  // namespace kinerja
