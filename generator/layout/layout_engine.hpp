// Document blocks → positioned pages. Pure: same document and fonts, same pages; no files, no
// clock, no global state.
#pragma once

#include "compose/document.hpp"
#include "layout/display_list.hpp"
#include "layout/font_book.hpp"

#include <string>

namespace kinerja::layout {

// The PDF metadata that does not come from the document itself.
struct FileInfo {
    std::string creator;  // the program, e.g. "kinerja 0.1.0"
    std::string date;     // "YYYY-MM-DD": creation and modification date (from --date)
};

// The face a style draws with.
Face face_for(const doc::TextStyle& style);

// Height of one line of text in `style`: size × leading, but never less than the face's ascent
// plus descent, so a line's glyphs always stay inside its line box (and so inside its cell).
double line_height(const doc::TextStyle& style, const FontBook& fonts);

// Lays the document out on pages of document.page:
// - blocks stack in the content box (page minus margins); a paragraph breaks between lines,
//   keeping its first two and its last two lines together (no orphan or widow lines);
// - vertical space (space_before/after, Spacer, Rule spacing) that does not fit ends the page
//   and is not carried over, so a page begun by an automatic break starts with content; after
//   an explicit PageBreak it is kept;
// - a table breaks between rows, repeats its header rows on the next page and keeps a row
//   with the next one when asked; a header row never ends a page alone;
// - KeepTogether content moves whole to the next page when it does not fit the rest of this
//   one; when it is taller than a page it is broken as normal content;
// - Columns, table rows and lines never split; an image is fitted to its box and to the page;
// - a Flowchart lays itself out page by page from where it starts (flowchart_layout.cpp): its
//   header and number row on every page, rows never split, off-page connectors where the
//   flow crosses a break;
// - a BarChart is one frame of its height (bar_chart.cpp), never split.
// - elastic vertical space (outside KeepTogether) is set up to 0.7 of its height when that
//   makes a page fewer; a KeepTogether with_previous stays on the page of the frame before it.
// Then on every page the label at the top right inside the top margin and the footer, with
// {halaman} and {jumlah} replaced, inside the bottom margin, each centred vertically in it.
//
// Nothing is ever drawn outside the page or its cell: when that cannot hold (a row or columns
// block taller than a page, a character wider than its cell, a footer taller than the margin)
// this throws std::runtime_error saying which, rather than clipping or shrinking. Malformed
// documents (a colspan past the last column, unknown image id, size <= 0, PageBreak or
// Flowchart inside a cell, a flowchart step pointing nowhere) throw std::invalid_argument.
DisplayList layout_document(const doc::Document& document, const FontBook& fonts,
                            const FileInfo& info);

// The same for a document the caller lets go: its tables are emptied row by row as they are
// laid out (the rest of it is kept as it is), so that a long table is not held twice.
DisplayList layout_document(doc::Document&& document, const FontBook& fonts, const FileInfo& info);

// One document made of `parts` (e.g. a SOP's identity page and its flowchart), each laid out
// on its own page setup from a new page, in order: {halaman} and {jumlah} of every part's
// footer count the pages of the whole, so that loose sheets show they belong together. The
// metadata is the first part's; each part has a bookmark at its first page. Throws as
// layout_document; `parts` must not be empty.
struct DocumentPart {
    const doc::Document* document;
    std::string bookmark;  // its title
};
DisplayList layout_parts(const std::vector<DocumentPart>& parts, const FontBook& fonts, const FileInfo& info);

// Each of `copies` as layout_document lays it out; those that differ from the first only in
// their page label (a document's labelled copies) share the layout of its body, done once.
std::vector<DisplayList> layout_copies(const std::vector<doc::Document>& copies, const FontBook& fonts,
                                       const FileInfo& info);

}  // namespace kinerja::layout
