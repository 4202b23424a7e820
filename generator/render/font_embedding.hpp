// Embedding a TrueType font in a PDF (ISO 32000-1 sections 9.6.3, 9.8 and 9.9): libharu writes
// the font dictionary (/Widths, /Encoding) and its /FontDescriptor for a font it does not embed;
// kinerja adds the subset font program itself, once per set of characters shown (see
// docs/RENDER.md for why).
#pragma once

#include <bitset>
#include <cstddef>
#include <memory>
#include <string>

#include "render/pdf_object.hpp"

namespace kinerja::render {

// A subset font program ready for a /FontFile2 stream.
struct FontProgram {
    std::string tag;         // its subset tag (9.6.4): six capital letters
    std::string deflated;    // the program, zlib-compressed (/FlateDecode)
    std::size_t length = 0;  // /Length1: its size uncompressed
};

// The program of the font file at `path` keeping the glyphs of the WinAnsi bytes `shown`
// (truetype_font.hpp), tagged with letters drawn from a hash of its bytes: the same file and
// bytes give the same program and tag. Programs are kept in a cache shared by threads, bounded
// in bytes. Throws std::runtime_error when the file cannot be read or is not TrueType.
std::shared_ptr<const FontProgram> font_program(const std::string& path, const std::bitset<256>& shown);

// Makes `font` (a TrueType font dictionary libharu wrote, not embedded) and `descriptor` (its
// /FontDescriptor) those of a subset with `program` as its /FontFile2 `file`: /BaseFont and
// /FontName become "TAG+Name". Throws std::runtime_error when /BaseFont is not a name.
void embed_font(pdf::Dict& font, pdf::Dict& descriptor, const FontProgram& program, pdf::Ref file);

// The /FontFile2 stream of `program`.
pdf::Indirect program_stream(const FontProgram& program);

}  // namespace kinerja::render
