// Reading and writing the PDF objects libharu 2.3.0 writes, for the render code that joins or
// mends its output without going through libharu again (PrintFileWriter, the font cache of
// render_pdf). Only the shapes libharu writes are understood: a classic xref table, objects in
// number order, dictionaries with one key per line, references "N 0 R".
#pragma once

#include <cstdint>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja::render::pdf {

// Throws std::invalid_argument: the PDF is not one render_pdf made.
[[noreturn]] void not_ours(const std::string& why);

// One PDF as libharu writes it: objects 1..count-1 in number order, then "xref\n0 N\n" with
// 20-byte entries, the trailer and startxref. Holds a view: the bytes must outlive it.
class SourcePdf {
public:
    explicit SourcePdf(std::string_view bytes);
    int count() const { return static_cast<int>(offsets_.size()) - 1; }
    // What lies between "ID 0 obj\n" and "endobj\n" (its last byte is the "\n" before endobj).
    std::string_view body(int id) const;
    // The bytes before object 1: the header and its binary comment.
    std::string_view header() const { return bytes_.substr(0, offsets_[1]); }

private:
    std::size_t number_at(std::size_t pos) const;
    std::string_view bytes_;
    std::vector<std::size_t> offsets_;  // by object number; [count] = where the xref starts
};

// The dictionary of an object's body: all of it, or what precedes its stream.
std::string_view dictionary(std::string_view body);

// The data of a stream object's body (between "stream\r\n" and "\nendstream"); throws for a body
// that is not a stream.
std::string_view stream_data(std::string_view body);

// Each "N 0 R" of a dictionary: where N starts, its length, N.
struct Ref {
    std::size_t pos, size;
    int id;
};
std::vector<Ref> refs_in(std::string_view dict);

// The object `key` refers to ("/Key N 0 R" on a line of its own), or 0.
int ref_of(std::string_view dict, std::string_view key);

// `body` with every reference of its dictionary renumbered through `ids` (source → new); the
// stream, if any, is copied as it is. Throws for a reference `ids` lacks.
std::string renumbered(std::string_view body, const std::map<int, int>& ids);

// The objects `id` refers to, directly or through others, with itself; ascending.
std::set<int> closure(const SourcePdf& pdf, int id);

bool is_font(std::string_view dict);
bool is_image(std::string_view dict);

// libharu's name of the font of a font dictionary: its /BaseFont without the subset tag.
std::string font_name(std::string_view dict);

// The pages of a PDF, in order (the /Kids of its page tree, which libharu keeps flat).
std::vector<int> page_ids(const SourcePdf& pdf);

// "N 0 R".
std::string ref(int id);

// Writes objects, counting bytes for the xref table; then the table and trailer as libharu
// writes them (/Root 1 0 R, /Info 3 0 R).
class Output {
public:
    explicit Output(std::ostream& out) : out_(out) {}
    void put(std::string_view bytes);
    void object(int id, std::string_view body);
    // The xref table of objects 1..size-1 (each written once) and the trailer.
    void finish(int size);

private:
    std::ostream& out_;
    std::uint64_t at_ = 0;
    std::vector<std::uint64_t> offsets_;
};

}  // namespace kinerja::render::pdf
