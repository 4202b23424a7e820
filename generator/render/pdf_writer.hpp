// Replays laid-out pages into a PDF through libharu's public API (render/ is the only code
// that includes hpdf.h) and is the only place that flips the y axis: display lists have their
// origin at the top left with y down, PDF at the bottom left with y up. libharu draws; kinerja
// embeds the fonts and writes the final file (docs/RENDER.md).
#pragma once

#include <array>
#include <bitset>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "layout/display_list.hpp"

namespace kinerja::render {

// The TrueType file of each face. libharu 2.3.0 reads TrueType only from files, so batch
// supplies paths; render opens nothing else.
struct FontFiles {
    std::array<std::string, layout::face_count> paths;  // indexed by Face; "" = not given (an
                                                        // error only when a run uses the face)
    void set(layout::Face face, std::string path);
    const std::string& path(layout::Face face) const;
};

// The bundled faces in `dir` (fonts/ of the source tree): KinerjaSans-Regular.ttf …
// KinerjaSerif-BoldItalic.ttf. Only builds the names; no file is opened.
FontFiles bundled_font_files(std::string_view dir);

// Half the width of an arrowhead's base, as a share of Arrow::head_length.
constexpr double arrow_head_half_width = 0.4;

// The PDF of `list`, as bytes:
// - every page exactly Page::width × Page::height points;
// - each font file a run uses is embedded once (only those) as a subset of the characters
//   shown with it, tagged (the same file and characters, the same tag), text in
//   WinAnsiEncoding (see winansi.hpp), black; each image id (a PNG or a JPEG,
//   image_check.hpp) is embedded once, on first use, and drawn at ImageItem::width × height;
// - Line: black, square caps (so ruled table corners close); Rect and Polygon: filled with
//   their gray, stroked black; Arrow: the path stops at the base of a filled black head whose
//   tip is the last point, pointing along the last segment of non-zero length;
// - Title, Author, Subject, Keywords and Creator from Metadata (empty ones are left out; any
//   printable character up to U+FFFF, not only WinAnsi's),
//   Producer "kinerja", creation and modification date Metadata::date at 00:00:00 with no UT
//   offset (no dates when it is empty); PDF 1.4, compressed; no trailer /ID, no clock: the
//   same list and fonts give the same bytes;
// - DisplayList::bookmarks as the document outline, nested alike, each jumping to its page
//   shown whole, those with children collapsed; the viewer opens with the outline shown
//   (only when there are bookmarks).
// Throws std::invalid_argument when the list breaks its contract (no page, a size or
// coordinate that is not finite or not > 0, too few points, an unknown image id, text
// WinAnsi cannot hold, metadata or a bookmark title with a control character or a
// character above U+FFFF, an empty bookmark title or one pointing past the last page, a
// malformed date, a face used without a font file) and
// std::runtime_error, in Bahasa Indonesia with libharu's error code, when libharu fails (a
// font file missing or unreadable, an image check_image refuses, ...) or kinerja cannot
// finish what libharu saved (a font file it cannot subset). Nothing falls back.
std::string render_pdf(const layout::DisplayList& list, const FontFiles& fonts);

// What render_pdf drew into one PDF, beyond its bytes: what PrintFileWriter needs to join
// PDFs into one file, each font file and image in it once.
struct RenderInfo {
    struct FontUse {
        layout::Face face = layout::Face::sans_regular;  // a face drawn with the font
        std::bitset<256> bytes;                          // the WinAnsi bytes shown with it
    };
    std::map<std::string, FontUse> fonts;  // by the font's name: its /BaseFont after the subset tag "XXXXXX+"
    std::vector<std::string> image_ids;    // DisplayList image ids, in the order they were embedded
};

// render_pdf that also fills `info` (overwriting it).
std::string render_pdf(const layout::DisplayList& list, const FontFiles& fonts, RenderInfo& info);

// The same, for a list the caller lets go: each page's items are emptied once drawn (the pages
// keep their sizes and flags, the list its bookmarks and metadata), so that a long document is
// not held twice while libharu holds it.
std::string render_pdf(layout::DisplayList&& list, const FontFiles& fonts, RenderInfo& info);

}  // namespace kinerja::render
