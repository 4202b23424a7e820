// The subset of a TrueType font file that libharu 2.3.0 embeds for the characters a document
// shows with it (HPDF_TTFontDef_SaveFontData), written here byte for byte as libharu writes it
// but without a libharu document around it: render_pdf makes thousands of these a month, and
// libharu copies a font's tables four bytes at a time through its stream functions.
#pragma once

#include <array>
#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja::render {

class TrueTypeSubsetter {
public:
    // `file`: the bytes of a TrueType font file; `glyph_of`: for each byte a document shows, the
    // glyph libharu finds for it (its character in libharu's encoding looked up in the font's
    // cmap; 0 when there is none). Throws std::runtime_error when the file is not a TrueType
    // file whose tables it can read (libharu's own path is then the one to take).
    TrueTypeSubsetter(std::string file, const std::array<std::uint16_t, 256>& glyph_of);

    // The font program libharu embeds when `shown` are the bytes shown with the font (a text
    // showing them once each, in ascending order, as the font cache's documents do) and `tag`
    // (six capital letters) is its subset tag: glyph 0, each byte's glyph and the parts of those
    // that are composite (one level, libharu's CheckCompositGryph); the tables libharu keeps,
    // in its order, with the glyphs not shown emptied, the subset tag before the font's names,
    // and libharu's checksums.
    std::string subset(const std::bitset<256>& shown, std::string_view tag) const;

    std::uint16_t glyph_count() const { return glyph_count_; }

private:
    struct Table {
        char tag[4];
        std::uint32_t offset = 0, length = 0;
    };
    const Table* find(std::string_view tag) const;
    std::uint32_t glyph_start(std::uint16_t glyph) const;  // from the file's start
    std::vector<bool> glyphs_used(const std::bitset<256>& shown) const;
    void mark_parts(std::uint16_t glyph, std::vector<bool>& used) const;
    std::string name_table(std::string_view tag) const;

    std::string file_;
    std::array<std::uint16_t, 256> glyph_of_{};
    std::vector<Table> tables_;
    std::uint16_t search_range_ = 0, entry_selector_ = 0, range_shift_ = 0;
    std::uint16_t glyph_count_ = 0;
    bool short_offsets_ = false;               // head.indexToLocFormat 0: loca holds offsets / 2
    std::vector<std::uint32_t> glyph_offsets_;  // loca as stored: glyph_count_ + 1 of them
    std::uint32_t glyf_offset_ = 0;
};

}  // namespace kinerja::render
