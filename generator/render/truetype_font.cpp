#include "render/truetype_font.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <utility>

namespace kinerja::render {
namespace {

[[noreturn]] void unreadable(const std::string& why) {
    throw std::runtime_error("fon TrueType tidak dapat dibaca: " + why);
}

std::uint16_t u16(std::string_view bytes, std::size_t at) {
    if (at + 2 > bytes.size()) unreadable("data terpotong");
    return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[at]) << 8 | static_cast<unsigned char>(bytes[at + 1]));
}
std::uint32_t u32(std::string_view bytes, std::size_t at) { return std::uint32_t{u16(bytes, at)} << 16 | u16(bytes, at + 2); }
void put16(std::string& out, std::uint32_t value) {
    out += static_cast<char>(value >> 8 & 0xFF);
    out += static_cast<char>(value & 0xFF);
}
void put32(std::string& out, std::uint32_t value) {
    put16(out, value >> 16);
    put16(out, value & 0xFFFF);
}
void set32(std::string& out, std::size_t at, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) out[at + static_cast<std::size_t>(i)] = static_cast<char>(value >> (24 - 8 * i) & 0xFF);
}

constexpr std::uint32_t tag_of(std::string_view tag) {
    return std::uint32_t(static_cast<unsigned char>(tag[0])) << 24 | std::uint32_t(static_cast<unsigned char>(tag[1])) << 16 |
           std::uint32_t(static_cast<unsigned char>(tag[2])) << 8 | static_cast<unsigned char>(tag[3]);
}

// The OpenType table checksum: the sum of the table's big-endian 32-bit words, the last one
// padded with zeros.
std::uint32_t checksum(std::string_view bytes) {
    std::uint32_t sum = 0;
    for (std::size_t i = 0; i < bytes.size(); i += 4) {
        std::uint32_t word = 0;
        for (std::size_t j = 0; j < 4; ++j) word = word << 8 | (i + j < bytes.size() ? static_cast<unsigned char>(bytes[i + j]) : 0u);
        sum += word;
    }
    return sum;
}

// The tables a subset copies as they are; loca, glyf and head are written anew.
constexpr std::array<std::string_view, 8> copied_tables = {"OS/2", "cmap", "cvt ", "fpgm", "hhea", "hmtx", "maxp", "prep"};

// Composite glyph flags (glyf table, "Composite glyph description").
constexpr std::uint16_t arg_1_and_2_are_words = 0x0001, we_have_a_scale = 0x0008, more_components = 0x0020,
                        we_have_an_x_and_y_scale = 0x0040, we_have_a_two_by_two = 0x0080;

}  // namespace

TrueTypeFont::TrueTypeFont(std::string file) : file_(std::move(file)) {
    const std::string_view f = file_;
    const std::uint16_t count = u16(f, 4);
    for (std::uint16_t i = 0; i < count; ++i) {
        const std::size_t at = 12 + std::size_t{16} * i;
        const Table table{u32(f, at), u32(f, at + 8), u32(f, at + 12)};
        if (std::size_t{table.offset} + table.length > f.size()) unreadable("tabel di luar berkas");
        tables_.push_back(table);
    }
    for (const std::string_view required : {"head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap"}) {
        if (!find(required)) unreadable("tabel " + std::string(required) + " tidak ada");
    }
    const std::string_view head = table(*find("head"));
    if (head.size() < 54 || u32(head, 12) != 0x5F0F3CF5) unreadable("tabel head tidak sah");
    const bool short_loca = u16(head, 50) == 0;
    glyph_count_ = u16(table(*find("maxp")), 4);
    if (glyph_count_ == 0) unreadable("tanpa glyph");
    const std::string_view loca = table(*find("loca"));
    const Table& glyf = *find("glyf");
    glyf_offset_ = glyf.offset;
    for (std::size_t i = 0; i <= glyph_count_; ++i) {
        glyph_offsets_.push_back(short_loca ? u16(loca, i * 2) * 2u : u32(loca, i * 4));
        if (glyph_offsets_.back() > glyf.length || (i > 0 && glyph_offsets_[i] < glyph_offsets_[i - 1])) {
            unreadable("tabel loca tidak sah");
        }
    }
    read_cmap();
}

const TrueTypeFont::Table* TrueTypeFont::find(std::string_view tag) const {
    const std::uint32_t wanted = tag_of(tag);
    for (const Table& t : tables_) {
        if (t.tag == wanted) return &t;
    }
    return nullptr;
}

// The first format 4 subtable for Unicode (platform 3 encoding 1, or platform 0): its segments,
// looked up by glyph() as the specification's format 4 lookup defines.
void TrueTypeFont::read_cmap() {
    const std::string_view cmap = table(*find("cmap"));
    const std::uint16_t count = u16(cmap, 2);
    for (std::uint16_t i = 0; i < count; ++i) {
        const std::uint16_t platform = u16(cmap, 4 + std::size_t{8} * i), encoding = u16(cmap, 6 + std::size_t{8} * i);
        const std::uint32_t offset = u32(cmap, 8 + std::size_t{8} * i);
        if (!(platform == 0 || (platform == 3 && encoding == 1)) || offset >= cmap.size() || u16(cmap, offset) != 4) continue;
        cmap_ = cmap.substr(offset);
        const std::size_t segments = u16(cmap_, 6) / 2;
        const std::size_t ends = 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments,
                          ranges = deltas + 2 * segments;
        for (std::size_t s = 0; s < segments; ++s) {
            segments_.push_back(Segment{u16(cmap_, ends + 2 * s), u16(cmap_, starts + 2 * s), u16(cmap_, deltas + 2 * s),
                                        u16(cmap_, ranges + 2 * s), ranges + 2 * s});
        }
        return;
    }
    unreadable("tidak ada cmap Unicode format 4");
}

std::uint16_t TrueTypeFont::glyph(char32_t character) const {
    if (character > 0xFFFF) return 0;
    const auto c = static_cast<std::uint32_t>(character);
    for (const Segment& s : segments_) {
        if (c > s.end) continue;
        if (c < s.start) return 0;
        std::uint32_t g = 0;
        if (s.range_offset == 0) {
            g = (c + s.delta) & 0xFFFF;
        } else {
            g = u16(cmap_, s.range_at + s.range_offset + 2 * (c - s.start));
            if (g != 0) g = (g + s.delta) & 0xFFFF;
        }
        return static_cast<std::uint16_t>(g < glyph_count_ ? g : 0);
    }
    return 0;
}

std::string_view TrueTypeFont::glyph_data(std::uint16_t glyph) const {
    return std::string_view(file_).substr(glyf_offset_ + glyph_offsets_[glyph], glyph_offsets_[glyph + 1u] - glyph_offsets_[glyph]);
}

std::vector<bool> TrueTypeFont::closure(const std::vector<std::uint16_t>& shown) const {
    std::vector<bool> keep(glyph_count_, false);
    std::vector<std::uint16_t> todo{0};
    for (const std::uint16_t g : shown) {
        if (g < glyph_count_) todo.push_back(g);
    }
    while (!todo.empty()) {
        const std::uint16_t glyph = todo.back();
        todo.pop_back();
        if (keep[glyph]) continue;
        keep[glyph] = true;
        const std::string_view data = glyph_data(glyph);
        if (data.size() < 10 || static_cast<std::int16_t>(u16(data, 0)) >= 0) continue;  // simple or empty
        std::uint16_t flags = more_components;
        for (std::size_t at = 10; flags & more_components;) {
            flags = u16(data, at);
            const std::uint16_t part = u16(data, at + 2);
            if (part >= glyph_count_) unreadable("komponen glyph di luar font");
            todo.push_back(part);
            at += 4 + ((flags & arg_1_and_2_are_words) ? 4 : 2);
            at += (flags & we_have_a_scale) ? 2 : (flags & we_have_an_x_and_y_scale) ? 4 : (flags & we_have_a_two_by_two) ? 8 : 0;
        }
    }
    return keep;
}

// The glyf table of the kept glyphs, each padded to an even length, and its loca: short
// offsets (halved) when the table allows, long ones otherwise.
std::string TrueTypeFont::glyf_and_loca(const std::vector<bool>& keep, std::string& loca, bool& short_loca) const {
    std::string glyf;
    std::vector<std::uint32_t> offsets{0};
    for (std::uint16_t g = 0; g < glyph_count_; ++g) {
        if (keep.at(g)) {
            glyf.append(glyph_data(g));
            if (glyf.size() % 2) glyf += '\0';
        }
        offsets.push_back(static_cast<std::uint32_t>(glyf.size()));
    }
    short_loca = glyf.size() <= 0x1FFFE;
    loca.clear();
    for (const std::uint32_t offset : offsets) short_loca ? put16(loca, offset / 2) : put32(loca, offset);
    return glyf;
}

std::string TrueTypeFont::subset(const std::vector<bool>& keep) const {
    std::string loca;
    bool short_loca = true;
    std::vector<std::pair<std::uint32_t, std::string>> tables;
    tables.emplace_back(tag_of("glyf"), glyf_and_loca(keep, loca, short_loca));
    tables.emplace_back(tag_of("loca"), std::move(loca));
    std::string head(table(*find("head")));
    set32(head, 8, 0);  // checkSumAdjustment, set once the file is whole
    head[50] = 0;
    head[51] = short_loca ? 0 : 1;  // indexToLocFormat
    tables.emplace_back(tag_of("head"), std::move(head));
    for (const std::string_view tag : copied_tables) {
        if (const Table* t = find(tag)) tables.emplace_back(t->tag, std::string(table(*t)));
    }
    std::sort(tables.begin(), tables.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

    // The table directory: sfnt version 1.0, the binary search fields, one record per table.
    const auto count = static_cast<std::uint16_t>(tables.size());
    std::uint16_t power = 1, log2 = 0;
    while (power * 2 <= count) power = static_cast<std::uint16_t>(power * 2), ++log2;
    std::string out;
    put32(out, 0x00010000);
    put16(out, count);
    put16(out, power * 16u);
    put16(out, log2);
    put16(out, count * 16u - power * 16u);
    std::size_t at = 12 + 16 * std::size_t{count};
    std::size_t head_at = 0;
    for (const auto& [tag, data] : tables) {
        if (tag == tag_of("head")) head_at = at;
        put32(out, tag);
        put32(out, checksum(data));
        put32(out, static_cast<std::uint32_t>(at));
        put32(out, static_cast<std::uint32_t>(data.size()));
        at += (data.size() + 3) / 4 * 4;
    }
    for (const auto& [tag, data] : tables) {
        out += data;
        out.append((4 - data.size() % 4) % 4, '\0');
    }
    set32(out, head_at + 8, 0xB1B0AFBAu - checksum(out));
    return out;
}

}  // namespace kinerja::render
