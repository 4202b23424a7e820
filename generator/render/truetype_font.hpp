// A TrueType font file (an OpenType font with glyf outlines) read for embedding a subset of it
// in a PDF as a /FontFile2 (ISO 32000-1 section 9.9), written for the OpenType specification
// (https://learn.microsoft.com/typography/opentype/spec/): the table directory, head, maxp,
// loca, glyf and a format 4 cmap subtable for Unicode.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja::render {

class TrueTypeFont {
public:
    // `file`: the bytes of the font file. Throws std::runtime_error when it is not a TrueType
    // font whose tables it can read (a table required below missing or outside the file, loca
    // not ascending, no Unicode cmap of format 4).
    explicit TrueTypeFont(std::string file);

    std::uint16_t glyph_count() const { return glyph_count_; }
    // The glyph of a Unicode character of the Basic Multilingual Plane (cmap 3,1 or 0,x,
    // format 4); 0 (.notdef) when the font has none. Throws std::runtime_error when the cmap
    // points outside itself.
    std::uint16_t glyph(char32_t character) const;

    // Which glyphs a subset keeps: glyph 0, `shown`, and the components of composite glyphs
    // among them, at any depth.
    std::vector<bool> closure(const std::vector<std::uint16_t>& shown) const;

    // A font program keeping `keep`'s glyphs (see closure) with their glyph ids: the tables
    // the PDF specification requires of an embedded TrueType font (head, hhea, loca, maxp,
    // glyf, hmtx; cvt, fpgm, prep when the font has them) with cmap and OS/2; every glyph not
    // kept empty (its loca entry equal to the next). Tables sorted by tag, each on a four-byte
    // boundary, with the checksums and head.checkSumAdjustment the specification defines.
    std::string subset(const std::vector<bool>& keep) const;

private:
    struct Table {
        std::uint32_t tag = 0, offset = 0, length = 0;
    };
    const Table* find(std::string_view tag) const;
    std::string_view table(const Table& t) const { return std::string_view(file_).substr(t.offset, t.length); }
    std::string_view glyph_data(std::uint16_t glyph) const;
    void read_cmap();
    std::string glyf_and_loca(const std::vector<bool>& keep, std::string& loca, bool& short_loca) const;

    std::string file_;
    std::vector<Table> tables_;
    std::uint16_t glyph_count_ = 0;
    std::vector<std::uint32_t> glyph_offsets_;  // loca in bytes from glyf's start: glyph_count_ + 1
    std::uint32_t glyf_offset_ = 0;
    struct Segment {  // one segment of the format 4 subtable
        std::uint16_t end = 0, start = 0, delta = 0, range_offset = 0;
        std::size_t range_at = 0;  // where its idRangeOffset is stored, from the subtable's start
    };
    std::string_view cmap_;              // the format 4 subtable
    std::vector<Segment> segments_;      // in the order stored: ascending end codes
};

}  // namespace kinerja::render
