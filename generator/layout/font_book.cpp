#include "layout/font_book.hpp"

#include "layout/utf8.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H
#include FT_TRUETYPE_TABLES_H

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <memory>
#include <stdexcept>

namespace kinerja::layout {
namespace {

struct LibraryCloser {
    void operator()(FT_Library library) const { FT_Done_FreeType(library); }
};
struct FaceCloser {
    void operator()(FT_Face face) const { FT_Done_Face(face); }
};
using LibraryHandle = std::unique_ptr<FT_LibraryRec_, LibraryCloser>;
using FaceHandle = std::unique_ptr<FT_FaceRec_, FaceCloser>;

std::runtime_error font_error(Face face, std::string_view what) {
    return std::runtime_error("fon " + std::string(face_name(face)) + " " + std::string(what));
}

std::uint16_t advance_of(FT_Face face, FT_UInt glyph, Face which) {
    FT_Fixed advance = 0;
    if (FT_Get_Advance(face, glyph, FT_LOAD_NO_SCALE, &advance) != 0 || advance < 0 ||
        advance > std::numeric_limits<std::uint16_t>::max()) {
        throw font_error(which, "memiliki lebar glif yang tidak terbaca");
    }
    return static_cast<std::uint16_t>(advance);
}

}  // namespace

FontBook::FontBook(std::map<Face, std::string> ttf) : bytes_(std::move(ttf)) {
    FT_Library raw_library = nullptr;
    if (FT_Init_FreeType(&raw_library) != 0) throw std::runtime_error("FreeType gagal dimulai");
    LibraryHandle library(raw_library);

    faces_.resize(face_count);
    for (int index = 0; index < face_count; ++index) {
        const auto which = static_cast<Face>(index);
        auto found = bytes_.find(which);
        if (found == bytes_.end() || found->second.empty()) throw font_error(which, "tidak ada");
        const std::string& data = found->second;

        FT_Face raw_face = nullptr;
        if (FT_New_Memory_Face(library.get(), reinterpret_cast<const FT_Byte*>(data.data()),
                               static_cast<FT_Long>(data.size()), 0, &raw_face) != 0) {
            throw font_error(which, "tidak dapat dibaca");
        }
        FaceHandle face(raw_face);
        if (!FT_IS_SFNT(face.get()) || face->units_per_EM == 0) {
            throw font_error(which, "bukan fon TrueType");
        }
        if (FT_Select_Charmap(face.get(), FT_ENCODING_UNICODE) != 0) {
            throw font_error(which, "tidak memiliki tabel karakter Unicode");
        }
        const auto* hhea = static_cast<const TT_HoriHeader*>(FT_Get_Sfnt_Table(face.get(), FT_SFNT_HHEA));
        if (hhea == nullptr) throw font_error(which, "tidak memiliki tabel hhea");

        FaceMetrics& m = faces_.at(static_cast<std::size_t>(index));
        m.units_per_em = face->units_per_EM;
        m.ascender = std::max(0, static_cast<int>(hhea->Ascender));
        m.descender = std::max(0, -static_cast<int>(hhea->Descender));
        // FreeType gives the underline's centre (post.underlinePosition less half the
        // thickness), negative below the baseline.
        m.underline_thickness = std::max(1, static_cast<int>(face->underline_thickness));
        m.underline_position = face->underline_position < 0 ? -face->underline_position
                                                            : m.units_per_em / 10;
        m.notdef_advance = advance_of(face.get(), 0, which);
        m.flat_advance.assign(flat_limit, static_cast<std::uint16_t>(m.notdef_advance));

        FT_UInt glyph = 0;
        FT_ULong code = FT_Get_First_Char(face.get(), &glyph);
        while (glyph != 0) {
            if (code <= 0x10FFFF) {
                const std::uint16_t advance = advance_of(face.get(), glyph, which);
                const auto cp = static_cast<char32_t>(code);
                if (cp < flat_limit) {
                    m.flat_advance.at(cp) = advance;
                    m.flat_covered.set(cp);
                } else {
                    m.high.emplace_back(cp, advance);
                }
            }
            code = FT_Get_Next_Char(face.get(), code, &glyph);
        }
        std::sort(m.high.begin(), m.high.end());
    }
}

const FontBook::FaceMetrics& FontBook::metrics(Face face) const {
    return faces_.at(static_cast<std::size_t>(face));
}

int FontBook::advance(Face face, char32_t cp) const {
    const FaceMetrics& m = metrics(face);
    if (cp < flat_limit) return m.flat_advance[cp];  // size flat_limit by construction
    auto it = std::lower_bound(m.high.begin(), m.high.end(), cp,
                               [](const auto& entry, char32_t key) { return entry.first < key; });
    return it != m.high.end() && it->first == cp ? it->second : m.notdef_advance;
}

bool FontBook::covers(Face face, char32_t cp) const {
    const FaceMetrics& m = metrics(face);
    if (cp < flat_limit) return m.flat_covered.test(cp);
    return std::binary_search(m.high.begin(), m.high.end(), std::pair<char32_t, std::uint16_t>{cp, 0},
                              [](const auto& a, const auto& b) { return a.first < b.first; });
}

std::int64_t FontBook::width_units(Face face, std::string_view utf8) const {
    const FaceMetrics& m = metrics(face);
    std::int64_t total = 0;
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const auto lead = static_cast<unsigned char>(utf8[pos]);
        if (lead < 0x80) {  // the common case, without the decoder
            total += m.flat_advance[lead];
            ++pos;
        } else {
            total += advance(face, next_code_point(utf8, pos));
        }
    }
    return total;
}

double FontBook::width(Face face, double size, std::string_view utf8) const {
    return static_cast<double>(width_units(face, utf8)) * size / units_per_em(face);
}

int FontBook::units_per_em(Face face) const { return metrics(face).units_per_em; }

double FontBook::ascent(Face face, double size) const {
    const FaceMetrics& m = metrics(face);
    return m.ascender * size / m.units_per_em;
}

double FontBook::descent(Face face, double size) const {
    const FaceMetrics& m = metrics(face);
    return m.descender * size / m.units_per_em;
}

double FontBook::underline_offset(Face face, double size) const {
    const FaceMetrics& m = metrics(face);
    return m.underline_position * size / m.units_per_em;
}

double FontBook::underline_thickness(Face face, double size) const {
    const FaceMetrics& m = metrics(face);
    return m.underline_thickness * size / m.units_per_em;
}

std::optional<char32_t> FontBook::first_missing(Face face, std::string_view utf8) const {
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const char32_t cp = next_code_point(utf8, pos);
        if (cp == U'\n' || cp == U'\r') continue;
        if (!covers(face, cp)) return cp;
    }
    return std::nullopt;
}

std::string_view FontBook::bytes(Face face) const { return bytes_.at(face); }

}  // namespace kinerja::layout
