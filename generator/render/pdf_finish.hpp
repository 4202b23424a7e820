// The second half of render_pdf: the file written from what libharu saved (docs/RENDER.md).
// libharu drew the document with its fonts not embedded and its page contents uncompressed;
// finished() reads it (pdf_reader.hpp), lets pages that begin alike share that beginning,
// compresses the page contents, embeds each font as kinerja's own subset and writes the file
// (pdf_object.hpp).
#pragma once

#include <bitset>
#include <string>
#include <string_view>
#include <vector>

#include "layout/display_list.hpp"

namespace kinerja::render {

// What a document showed with one font file: libharu's name of it (its /BaseFont), the file,
// a face drawn with it and the WinAnsi bytes shown.
struct ShownFont {
    std::string name;
    std::string path;
    layout::Face face{};
    std::bitset<256> bytes;
};

// The final PDF of `saved` (what libharu saved of a document drawn showing `shown`): PDF 1.4
// (a PNG with alpha becomes an /SMask, which is PDF 1.4; libharu declares 1.3), no /ID.
// Throws std::runtime_error when `saved` cannot be read, holds a TrueType font `shown` does
// not list, or a font file cannot be subset.
std::string finished(std::string_view saved, const std::vector<ShownFont>& shown);

}  // namespace kinerja::render
