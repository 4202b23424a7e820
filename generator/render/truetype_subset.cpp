#include "render/truetype_subset.hpp"

#include <stdexcept>
#include <utility>

namespace kinerja::render {
namespace {

// The tables libharu 2.3.0 embeds, in its order; a table the file lacks is embedded empty.
constexpr std::array<std::string_view, 13> embedded_tables = {
    "OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "prep"};
constexpr std::uint32_t directory_size = 12 + 16 * embedded_tables.size();
constexpr std::uint32_t head_size = 54;  // what libharu writes of head, field by field

[[noreturn]] void unreadable(const std::string& why) {
    throw std::runtime_error("fon TrueType tidak dapat dibaca: " + why);
}

std::uint16_t u16(std::string_view bytes, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[at]) << 8 | static_cast<unsigned char>(bytes[at + 1]));
}
std::uint32_t u32(std::string_view bytes, std::size_t at) {
    return std::uint32_t{u16(bytes, at)} << 16 | u16(bytes, at + 2);
}
void put16(std::string& out, std::uint32_t value) {
    out += static_cast<char>(value >> 8 & 0xFF);
    out += static_cast<char>(value & 0xFF);
}
void put32(std::string& out, std::uint32_t value) {
    put16(out, value >> 16);
    put16(out, value & 0xFFFF);
}

// libharu's checksum of `length` bytes from `at`: big-endian words, a last short word padded
// with zeros.
std::uint32_t table_checksum(std::string_view bytes, std::size_t at, std::size_t length) {
    std::uint32_t sum = 0;
    for (std::size_t i = 0; i < length; i += 4) {
        std::uint32_t word = 0;
        for (std::size_t j = 0; j < 4; ++j) {
            word = word << 8 | (i + j < length ? static_cast<unsigned char>(bytes[at + i + j]) : 0u);
        }
        sum += word;
    }
    return sum;
}

}  // namespace

TrueTypeSubsetter::TrueTypeSubsetter(std::string file, const std::array<std::uint16_t, 256>& glyph_of)
    : file_(std::move(file)), glyph_of_(glyph_of) {
    const std::string_view f = file_;
    if (f.size() < 12) unreadable("terlalu pendek");
    const std::uint16_t count = u16(f, 4);
    search_range_ = u16(f, 6);
    entry_selector_ = u16(f, 8);
    range_shift_ = u16(f, 10);
    if (f.size() < 12 + std::size_t{16} * count) unreadable("daftar tabel terpotong");
    for (std::uint16_t i = 0; i < count; ++i) {
        const std::size_t at = 12 + std::size_t{16} * i;
        Table table;
        f.copy(table.tag, 4, at);
        table.offset = u32(f, at + 8);
        table.length = u32(f, at + 12);
        if (std::size_t{table.offset} + table.length > f.size()) unreadable("tabel di luar berkas");
        tables_.push_back(table);
    }
    const Table* head = find("head");
    const Table* maxp = find("maxp");
    const Table* loca = find("loca");
    const Table* glyf = find("glyf");
    const Table* name = find("name");
    if (!head || !maxp || !loca || !glyf || !name) unreadable("tabel wajib tidak ada");
    if (head->length < head_size || maxp->length < 6 || name->length < 6) unreadable("tabel terlalu pendek");
    short_offsets_ = u16(f, head->offset + 50) == 0;
    glyph_count_ = u16(f, maxp->offset + 4);
    if (glyph_count_ == 0) unreadable("tanpa glyph");
    const std::size_t entry = short_offsets_ ? 2 : 4;
    if (loca->length < entry * (glyph_count_ + std::size_t{1})) unreadable("tabel loca terpotong");
    for (std::size_t i = 0; i <= glyph_count_; ++i) {
        const std::size_t at = loca->offset + i * entry;
        glyph_offsets_.push_back(short_offsets_ ? u16(f, at) : u32(f, at));
    }
    glyf_offset_ = glyf->offset;
    for (std::uint16_t g = 0; g < glyph_count_; ++g) {
        if (glyph_offsets_[g] > glyph_offsets_[g + 1u] || glyph_start(static_cast<std::uint16_t>(g + 1)) > f.size()) {
            unreadable("glyph di luar berkas");
        }
    }
    // The names, each with its bytes in the file.
    const std::uint16_t names = u16(f, name->offset + 2);
    const std::uint16_t strings = u16(f, name->offset + 4);
    if (name->length < 6 + std::size_t{12} * names) unreadable("tabel name terpotong");
    for (std::uint16_t i = 0; i < names; ++i) {
        const std::size_t record = name->offset + 6 + std::size_t{12} * i;
        if (std::size_t{name->offset} + strings + u16(f, record + 10) + u16(f, record + 8) > f.size()) {
            unreadable("nama di luar berkas");
        }
    }
}

const TrueTypeSubsetter::Table* TrueTypeSubsetter::find(std::string_view tag) const {
    for (const Table& table : tables_) {
        if (std::string_view(table.tag, 4) == tag) return &table;
    }
    return nullptr;
}

std::uint32_t TrueTypeSubsetter::glyph_start(std::uint16_t glyph) const {
    return glyf_offset_ + glyph_offsets_[glyph] * (short_offsets_ ? 2u : 1u);
}

// libharu marks a composite glyph's parts when the glyph is first shown, reading from where
// the glyph's data starts (also for an empty glyph, whose data is the next one's), and stops
// where the file ends.
void TrueTypeSubsetter::mark_parts(std::uint16_t glyph, std::vector<bool>& used) const {
    const std::string_view f = file_;
    std::size_t at = glyph_start(glyph);
    if (at + 2 > f.size() || static_cast<std::int16_t>(u16(f, at)) != -1) return;
    at += 10;  // numberOfContours, the bounding box
    std::uint16_t flags = 0;
    do {
        if (at + 4 > f.size()) return;
        flags = u16(f, at);
        const auto part = static_cast<std::int16_t>(u16(f, at + 2));
        at += 4;
        at += (flags & 1) ? 4 : 2;  // ARG_1_AND_2_ARE_WORDS
        if (flags & 8) {  // WE_HAVE_A_SCALE
            at += 2;
        } else if (flags & 64) {  // WE_HAVE_AN_X_AND_Y_SCALE
            at += 4;
        } else if (flags & 128) {  // WE_HAVE_A_TWO_BY_TWO
            at += 8;
        }
        if (part > 0 && part < glyph_count_) used[static_cast<std::size_t>(part)] = true;
    } while (flags & 32);  // MORE_COMPONENTS
}

std::vector<bool> TrueTypeSubsetter::glyphs_used(const std::bitset<256>& shown) const {
    std::vector<bool> used(glyph_count_, false);
    used[0] = true;
    for (std::size_t byte = 1; byte < shown.size(); ++byte) {
        if (!shown.test(byte)) continue;
        const std::uint16_t glyph = glyph_of_[byte];
        if (glyph >= glyph_count_ || used[glyph]) continue;
        used[glyph] = true;
        mark_parts(glyph, used);
    }
    return used;
}

// The name table with the subset tag before each family and full name (name IDs 1 and 4):
// "HPDFAA+" in Macintosh names, the same in UTF-16BE in Unicode and Windows ones.
std::string TrueTypeSubsetter::name_table(std::string_view tag) const {
    const std::string_view f = file_;
    const Table& name = *find("name");
    const std::uint16_t names = u16(f, name.offset + 2);
    const std::uint16_t strings_at = u16(f, name.offset + 4);
    std::string narrow(tag);
    narrow += '+';
    std::string wide;
    for (const char c : narrow) {
        wide += '\0';
        wide += c;
    }
    std::string records, strings;
    put16(records, u16(f, name.offset));
    put16(records, names);
    put16(records, strings_at);
    for (std::uint16_t i = 0; i < names; ++i) {
        const std::size_t record = name.offset + 6 + std::size_t{12} * i;
        const std::uint16_t platform = u16(f, record);
        const std::uint16_t name_id = u16(f, record + 6);
        const std::uint16_t length = u16(f, record + 8);
        const std::size_t offset = std::size_t{name.offset} + strings_at + u16(f, record + 10);
        const std::size_t at = strings.size();
        std::size_t size = length;
        if (name_id == 1 || name_id == 4) {
            const std::string& prefix = platform == 0 || platform == 3 ? wide : narrow;
            strings += prefix;
            size += prefix.size();
        }
        records.append(f.substr(record, 8));  // platform, encoding, language, name ID
        put16(records, static_cast<std::uint32_t>(size & 0xFFFF));
        put16(records, static_cast<std::uint32_t>(at & 0xFFFF));
        strings.append(f.substr(offset, length));
    }
    return records + strings;
}

std::string TrueTypeSubsetter::subset(const std::bitset<256>& shown, std::string_view tag) const {
    if (tag.size() != 6) throw std::invalid_argument("tag subset harus enam huruf");
    const std::string_view f = file_;
    const std::vector<bool> used = glyphs_used(shown);
    std::string tables;  // the tables one after another, as libharu writes them, unaligned
    std::array<std::uint32_t, embedded_tables.size()> offsets{}, lengths{};
    std::size_t head_at = 0;
    std::vector<std::uint32_t> new_offsets(glyph_count_ + std::size_t{1});
    for (std::size_t i = 0; i < embedded_tables.size(); ++i) {
        const std::string_view tag_i = embedded_tables[i];
        const std::size_t start = tables.size();
        const Table* table = find(tag_i);
        if (tag_i == "head") {
            head_at = start;
            tables.append(f.substr(table->offset, head_size));
            tables.replace(start + 8, 4, 4, '\0');  // checkSumAdjustment, set below
        } else if (tag_i == "glyf") {
            std::uint32_t end = 0;
            for (std::uint16_t g = 0; g < glyph_count_; ++g) {
                if (!used[g]) {
                    new_offsets[g] = end;
                    continue;
                }
                const std::uint32_t at = static_cast<std::uint32_t>(tables.size() - start);
                new_offsets[g] = short_offsets_ ? at / 2 : at;
                tables.append(f.substr(glyph_start(g), glyph_start(static_cast<std::uint16_t>(g + 1)) - glyph_start(g)));
                const std::uint32_t after = static_cast<std::uint32_t>(tables.size() - start);
                end = short_offsets_ ? after / 2 : after;
            }
            new_offsets[glyph_count_] = end;
        } else if (tag_i == "loca") {
            for (const std::uint32_t offset : new_offsets) {
                if (short_offsets_) {
                    put16(tables, offset & 0xFFFF);
                } else {
                    put32(tables, offset);
                }
            }
        } else if (tag_i == "name") {
            tables += name_table(tag);
        } else if (table) {
            tables.append(f.substr(table->offset, table->length));
        }
        offsets[i] = static_cast<std::uint32_t>(start);
        lengths[i] = static_cast<std::uint32_t>(tables.size() - start);
    }

    std::string out;
    out.reserve(directory_size + tables.size());
    out.append(f.substr(0, 4));  // sfnt version
    put16(out, embedded_tables.size());
    put16(out, search_range_);
    put16(out, entry_selector_);
    put16(out, range_shift_);
    for (std::size_t i = 0; i < embedded_tables.size(); ++i) {
        out += embedded_tables[i];
        put32(out, table_checksum(tables, offsets[i], lengths[i]));
        put32(out, offsets[i] + directory_size);
        put32(out, lengths[i]);
    }
    // libharu's checkSumAdjustment: 0xB1B0AFBA less the whole words of the tables (not the
    // directory; a last short word is left out).
    std::uint32_t adjustment = 0xB1B0AFBA;
    for (std::size_t at = 0; at + 4 <= tables.size(); at += 4) adjustment -= u32(tables, at);
    std::string word;
    put32(word, adjustment);
    tables.replace(head_at + 8, 4, word);
    out += tables;
    return out;
}

}  // namespace kinerja::render
