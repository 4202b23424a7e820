// Checks JPEG bytes before they reach libharu, and reads the frame header layout needs.
//
// libharu 2.3.0's HPDF_LoadJpegImageFromMem does not decode the image: it walks the marker
// segments from SOI to the first frame header (SOF0, SOF1, SOF2 or SOF9), takes width, height,
// precision and the number of components from it, and embeds the whole file as a DCTDecode
// stream that the PDF viewer decodes. Its walk trusts every segment length (a length below 2
// sends it back over the same bytes for ever), takes no fill bytes, and it accepts what a
// viewer cannot show (arithmetic coding, a height left to a DNL segment) or shows wrongly
// (CMYK: it always inverts, as for Adobe's files). So the whole structure is checked here:
// - SOI first; then marker segments, each with a length that fits the file; after each scan
//   (SOS) its entropy-coded data up to the next marker; EOI at the end (bytes after it are
//   ignored, as viewers do);
// - exactly one frame header, before the first scan: baseline (SOF0), extended sequential
//   (SOF1) or progressive (SOF2), Huffman-coded, 8 bits per sample, 1 (gray) or 3 (colour)
//   components with sampling factors 1–4, each side 1..max_jpeg_side pixels;
// - every quantisation table the frame names defined before the first scan; every scan names
//   components of the frame;
// - no EXIF orientation other than "upright": a PDF shows the pixels as stored, so a photo the
//   camera marked as turned would print turned.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace kinerja::render {

constexpr std::uint32_t max_jpeg_side = 10000;  // pixels, as for PNG (png_check.hpp)

// What layout and render need of an accepted JPEG, from its frame header.
struct JpegFrame {
    std::uint32_t width = 0, height = 0;  // pixels, 1..max_jpeg_side
    int components = 0;                   // 1 (gray) or 3 (colour)
    bool progressive = false;             // SOF2
};

// The frame of `bytes`, or why libharu and a viewer cannot take them (Bahasa Indonesia, one
// phrase without the file's name: "JPEG terpotong: …").
std::variant<JpegFrame, std::string> check_jpeg(std::string_view bytes);

}  // namespace kinerja::render
