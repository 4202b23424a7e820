#include "render/font_embedding.hpp"

#include <fstream>
#include <iterator>
#include <list>
#include <map>
#include <mutex>
#include <stdexcept>
#include <unordered_map>
#include <vector>

#include "render/flate.hpp"
#include "render/truetype_font.hpp"
#include "render/winansi.hpp"

namespace kinerja::render {
namespace {

// Font files read once per process: a handful of faces, 25 KB each.
std::shared_ptr<const TrueTypeFont> font_file(const std::string& path) {
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const TrueTypeFont>> files;
    std::lock_guard lock(mutex);
    if (const auto found = files.find(path); found != files.end()) return found->second;
    std::ifstream in(path, std::ios::binary);
    std::string bytes(std::istreambuf_iterator<char>(in), {});
    if (!in.good() && !in.eof()) throw std::runtime_error("berkas fon \"" + path + "\" tidak dapat dibaca");
    if (bytes.empty()) throw std::runtime_error("berkas fon \"" + path + "\" tidak ada atau kosong");
    try {
        return files.emplace(path, std::make_shared<const TrueTypeFont>(std::move(bytes))).first->second;
    } catch (const std::runtime_error& e) {
        throw std::runtime_error(std::string(e.what()) + " (\"" + path + "\")");
    }
}

// Six capital letters from the FNV-1a hash of the program.
std::string subset_tag(const std::string& program) {
    std::uint64_t hash = 0xcbf29ce484222325u;
    for (const char c : program) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3u;
    std::string tag(6, 'A');
    for (char& letter : tag) {
        letter = static_cast<char>('A' + hash % 26);
        hash /= 26;
    }
    return tag;
}

FontProgram make_program(const TrueTypeFont& font, const std::bitset<256>& shown) {
    std::vector<std::uint16_t> glyphs;
    for (std::size_t byte = 0; byte < 256; ++byte) {
        if (!shown.test(byte)) continue;
        if (const auto character = winansi_character(static_cast<unsigned char>(byte))) glyphs.push_back(font.glyph(*character));
    }
    const std::string program = font.subset(font.closure(glyphs));
    std::string deflated = flate(program);
    deflated.shrink_to_fit();  // kept in the cache: without the room zlib's bound asked for
    return FontProgram{subset_tag(program), std::move(deflated), program.size()};
}

// The programs made so far, by file and bytes shown, the least recently used let go past
// max_bytes. A month shows a few thousand different sets per face, a few shown over and over
// (the same form's headings), most a few times; a program is 2-4 KB.
class ProgramCache {
public:
    std::shared_ptr<const FontProgram> find(const std::string& key) {
        std::lock_guard lock(mutex_);
        const auto found = entries_.find(key);
        if (found == entries_.end()) return nullptr;
        order_.splice(order_.begin(), order_, found->second.place);
        return found->second.program;
    }
    void add(const std::string& key, std::shared_ptr<const FontProgram> program) {
        const std::size_t size = 2 * key.size() + program->deflated.size() + program->tag.size() + 160;
        std::lock_guard lock(mutex_);
        if (entries_.count(key)) return;
        order_.push_front(key);
        entries_.emplace(key, Entry{std::move(program), order_.begin(), size});
        bytes_ += size;
        while (bytes_ > max_bytes) {
            const auto last = entries_.find(order_.back());
            bytes_ -= last->second.size;
            entries_.erase(last);
            order_.pop_back();
        }
    }

private:
    struct Entry {
        std::shared_ptr<const FontProgram> program;
        std::list<std::string>::iterator place;  // in order_
        std::size_t size;
    };
    static constexpr std::size_t max_bytes = std::size_t{24} << 20;
    std::mutex mutex_;
    std::list<std::string> order_;  // keys, the most recently used first
    std::unordered_map<std::string, Entry> entries_;
    std::size_t bytes_ = 0;
};

}  // namespace

std::shared_ptr<const FontProgram> font_program(const std::string& path, const std::bitset<256>& shown) {
    static ProgramCache cache;
    std::string key = path;
    key += '\0';
    for (std::size_t byte = 0; byte < 256; byte += 8) {
        unsigned bits = 0;
        for (std::size_t i = 0; i < 8; ++i) bits |= shown.test(byte + i) ? 1u << i : 0u;
        key += static_cast<char>(bits);
    }
    if (auto found = cache.find(key)) return found;
    auto program = std::make_shared<const FontProgram>(make_program(*font_file(path), shown));
    cache.add(key, program);
    return program;
}

void embed_font(pdf::Dict& font, pdf::Dict& descriptor, const FontProgram& program, pdf::Ref file) {
    const pdf::Name* base = pdf::name_at(font, "BaseFont");
    if (!base) throw std::runtime_error("kamus fon tanpa /BaseFont");
    const pdf::Name tagged{program.tag + "+" + base->text};
    font.set("BaseFont", tagged);
    descriptor.set("FontName", tagged);
    descriptor.set("FontFile2", file);
}

pdf::Indirect program_stream(const FontProgram& program) {
    pdf::Dict dict;
    dict.set("Length", 0);
    dict.set("Filter", pdf::Name{"FlateDecode"});
    dict.set("Length1", static_cast<std::int64_t>(program.length));
    return pdf::Indirect{std::move(dict), true, program.deflated};
}

}  // namespace kinerja::render
