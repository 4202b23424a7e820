// The eight embedded font faces and their metrics. Layout measures text here; render embeds the
// same bytes (FontBook::bytes), so what is measured is what is drawn.
#pragma once

#include "layout/display_list.hpp"

#include <array>
#include <bitset>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kinerja::layout {

// Metrics of the eight faces, read once with FreeType from TrueType bytes the caller supplies
// (layout never opens files). Widths are the fonts' unhinted advance widths (hmtx, font units)
// scaled by size / units_per_em; no kerning (the PDF is drawn without it too).
//
// Everything is read at construction: advance widths of every code point in each face's
// Unicode cmap (a flat array below U+2000, a sorted table above), the hhea ascender and
// descender and the post table's underline. No FreeType handle outlives the constructor, so
// all const methods are plain table look-ups, safe to call from many threads at once.
class FontBook {
public:
    // `ttf` must hold all eight faces; it is moved in and kept for render (bytes()).
    // Throws std::runtime_error when a face is missing, unreadable or has no Unicode cmap.
    explicit FontBook(std::map<Face, std::string> ttf);

    FontBook(const FontBook&) = delete;
    FontBook& operator=(const FontBook&) = delete;
    FontBook(FontBook&&) noexcept = default;
    FontBook& operator=(FontBook&&) noexcept = default;
    ~FontBook() = default;

    // Advance width of `utf8` at `size` points, in points. Characters the face lacks count
    // with the .notdef glyph's width (use first_missing to find them first).
    double width(Face face, double size, std::string_view utf8) const;
    // The same in font units (exact; divide by units_per_em and multiply by size).
    std::int64_t width_units(Face face, std::string_view utf8) const;
    // Advance width of one code point in font units (.notdef's when not covered).
    int advance(Face face, char32_t cp) const;
    int units_per_em(Face face) const;

    // From the hhea table: ascender above the baseline and descender below it, both >= 0
    // points at `size`. The same numbers libharu and most PDF viewers use for the font box.
    double ascent(Face face, double size) const;
    double descent(Face face, double size) const;
    // From the post table: distance of the underline's centre below the baseline, and its
    // thickness, points at `size`.
    double underline_offset(Face face, double size) const;
    double underline_thickness(Face face, double size) const;

    bool covers(Face face, char32_t cp) const;
    // The first code point of `utf8` the face has no glyph for (line breaks \n and \r are not
    // drawn and so never missing; malformed UTF-8 reports U+FFFD); nullopt when all are there.
    std::optional<char32_t> first_missing(Face face, std::string_view utf8) const;

    // The TrueType file of a face, as given to the constructor.
    std::string_view bytes(Face face) const;

private:
    static constexpr char32_t flat_limit = 0x2000;  // code points below this: flat arrays

    struct FaceMetrics {
        int units_per_em = 0;                          // > 0
        int ascender = 0;                              // font units, >= 0
        int descender = 0;                             // font units, >= 0 (below baseline)
        int underline_position = 0;                    // font units, > 0 below baseline
        int underline_thickness = 0;                   // font units, > 0
        int notdef_advance = 0;                        // font units
        std::vector<std::uint16_t> flat_advance;       // size flat_limit; by code point
        std::bitset<flat_limit> flat_covered;          // code points below flat_limit in cmap
        std::vector<std::pair<char32_t, std::uint16_t>> high;  // sorted by code point
    };

    const FaceMetrics& metrics(Face face) const;

    std::vector<FaceMetrics> faces_;          // indexed by Face, face_count entries
    std::map<Face, std::string> bytes_;       // all eight faces
};

}  // namespace kinerja::layout
