// PDF objects as ISO 32000-1 section 7.3 defines them, and a writer of whole files (7.5): what
// render_pdf and PrintFileWriter use to write the final file from what libharu saved
// (pdf_reader.hpp reads it). Written for the specification, not for one producer's layout.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace kinerja::render::pdf {

struct Null {
    bool operator==(const Null&) const = default;
};
struct Ref {  // an indirect reference "N G R"
    int number = 0;
    int generation = 0;
    bool operator==(const Ref&) const = default;
};
struct Real {  // kept as written (a valid PDF real), so that copying a number never rounds it
    std::string text;
    bool operator==(const Real&) const = default;
};
struct Name {  // without the slash, #xx escapes decoded
    std::string text;
    bool operator==(const Name&) const = default;
};
struct String {  // the bytes, escapes decoded (a literal and a hex string alike)
    std::string bytes;
    bool operator==(const String&) const = default;
};

struct Object;
using Array = std::vector<Object>;

// A dictionary, keys in the order read or set (so the bytes written follow the input's order).
struct Dict {
    std::vector<std::pair<std::string, Object>> entries;

    const Object* find(std::string_view key) const;
    Object* find(std::string_view key);
    void set(std::string_view key, Object value);
    bool operator==(const Dict&) const;
};

struct Object {
    std::variant<Null, bool, std::int64_t, Real, Name, String, Array, Dict, Ref> value;

    // Implicit from each kind: an object is any of them.
    Object() = default;
    Object(Null v) : value(v) {}
    Object(bool v) : value(v) {}
    Object(std::int64_t v) : value(v) {}
    Object(int v) : value(std::int64_t{v}) {}
    Object(Real v) : value(std::move(v)) {}
    Object(Name v) : value(std::move(v)) {}
    Object(String v) : value(std::move(v)) {}
    Object(Array v) : value(std::move(v)) {}
    Object(Dict v) : value(std::move(v)) {}
    Object(Ref v) : value(v) {}

    template <typename T>
    const T* get() const { return std::get_if<T>(&value); }
    template <typename T>
    T* get() { return std::get_if<T>(&value); }
    bool operator==(const Object&) const = default;
};

// An indirect object: its value and, for a stream, its data as stored (still encoded by its
// /Filter); the dictionary's /Length is the data's size.
struct Indirect {
    Object object;
    bool is_stream = false;
    std::string data;
};

// Shortcuts for what callers check most: the name/integer/reference/dictionary at `key`, or
// null when the key is absent or holds another kind.
const Name* name_at(const Dict& dict, std::string_view key);
const std::int64_t* integer_at(const Dict& dict, std::string_view key);
const Ref* ref_at(const Dict& dict, std::string_view key);
const Dict* dict_at(const Dict& dict, std::string_view key);

// Appends `object` in PDF syntax: names with #xx for delimiters, white space and bytes
// outside 0x21..0x7E; strings literal with the escapes of 7.3.4.2 when every byte is
// printable ASCII, hex otherwise; dictionaries and arrays on one line.
void write(std::string& out, const Object& object);

// The body of an indirect object as it goes between "N 0 obj\n" and "\nendobj": the value,
// and for a stream "\nstream\n", its data and "\nendstream". Sets a stream's /Length first.
std::string body(Indirect object);
std::string body(const Object& object);  // an object that is not a stream

// Writes a whole PDF file: the header, objects numbered 1..n in any order, then the
// cross-reference table (one section from 0), the trailer and startxref.
class FileWriter {
public:
    // `version`: e.g. "1.4". Writes the header and a comment of four bytes above 127, which
    // tells transfer programs the file is binary (7.5.2).
    FileWriter(std::ostream& out, std::string_view version);

    // Object `number` (> 0, not written before) with `body` (see body() above).
    void object(int number, std::string_view body);

    // The table and trailer: `trailer` gets /Size. Throws std::logic_error when a number below
    // the highest written was skipped (the table would need free entries).
    void finish(Dict trailer);

private:
    std::ostream& out_;
    std::uint64_t at_ = 0;
    std::vector<std::uint64_t> offsets_;  // by number; 0 = not written
    void put(std::string_view bytes);
};

}  // namespace kinerja::render::pdf
