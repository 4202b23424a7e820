#include "render/pdf_object.hpp"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace kinerja::render::pdf {

const Object* Dict::find(std::string_view key) const {
    for (const auto& [k, v] : entries) {
        if (k == key) return &v;
    }
    return nullptr;
}

Object* Dict::find(std::string_view key) {
    for (auto& [k, v] : entries) {
        if (k == key) return &v;
    }
    return nullptr;
}

void Dict::set(std::string_view key, Object value) {
    if (Object* found = find(key)) {
        *found = std::move(value);
    } else {
        entries.emplace_back(std::string(key), std::move(value));
    }
}

bool Dict::operator==(const Dict& other) const { return entries == other.entries; }

const Name* name_at(const Dict& dict, std::string_view key) {
    const Object* found = dict.find(key);
    return found ? found->get<Name>() : nullptr;
}

const std::int64_t* integer_at(const Dict& dict, std::string_view key) {
    const Object* found = dict.find(key);
    return found ? found->get<std::int64_t>() : nullptr;
}

const Ref* ref_at(const Dict& dict, std::string_view key) {
    const Object* found = dict.find(key);
    return found ? found->get<Ref>() : nullptr;
}

const Dict* dict_at(const Dict& dict, std::string_view key) {
    const Object* found = dict.find(key);
    return found ? found->get<Dict>() : nullptr;
}

namespace {

// The delimiters of 7.2.2 and the white space of 7.2.3, which a name writes as #xx.
bool is_special(unsigned char c) {
    constexpr std::string_view special = "()<>[]{}/%#";
    return c < 0x21 || c > 0x7E || special.find(static_cast<char>(c)) != std::string_view::npos;
}

void write_name(std::string& out, std::string_view name) {
    static constexpr char hex[] = "0123456789ABCDEF";
    out += '/';
    for (const char ch : name) {
        const auto c = static_cast<unsigned char>(ch);
        if (is_special(c)) {
            out += '#';
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += ch;
        }
    }
}

void write_string(std::string& out, std::string_view bytes) {
    static constexpr char hex[] = "0123456789ABCDEF";
    const bool printable = std::all_of(bytes.begin(), bytes.end(), [](char c) { return c >= 0x20 && c <= 0x7E; });
    if (!printable) {
        out += '<';
        for (const char ch : bytes) {
            const auto c = static_cast<unsigned char>(ch);
            out += hex[c >> 4];
            out += hex[c & 15];
        }
        out += '>';
        return;
    }
    out += '(';
    for (const char c : bytes) {
        if (c == '(' || c == ')' || c == '\\') out += '\\';
        out += c;
    }
    out += ')';
}

struct ValueWriter {
    std::string& out;
    void operator()(const Null&) const { out += "null"; }
    void operator()(bool v) const { out += v ? "true" : "false"; }
    void operator()(std::int64_t v) const { out += std::to_string(v); }
    void operator()(const Real& v) const { out += v.text; }
    void operator()(const Name& v) const { write_name(out, v.text); }
    void operator()(const String& v) const { write_string(out, v.bytes); }
    void operator()(const Ref& v) const {
        out += std::to_string(v.number);
        out += ' ';
        out += std::to_string(v.generation);
        out += " R";
    }
    void operator()(const Array& v) const {
        out += '[';
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i > 0) out += ' ';
            write(out, v[i]);
        }
        out += ']';
    }
    void operator()(const Dict& v) const {
        out += "<<";
        for (const auto& [key, value] : v.entries) {
            write_name(out, key);
            out += ' ';
            write(out, value);
        }
        out += ">>";
    }
};

}  // namespace

void write(std::string& out, const Object& object) { std::visit(ValueWriter{out}, object.value); }

std::string body(const Object& object) {
    std::string out;
    write(out, object);
    return out;
}

std::string body(Indirect object) {
    std::string out;
    if (!object.is_stream) {
        write(out, object.object);
        return out;
    }
    Dict* dict = object.object.get<Dict>();
    if (!dict) throw std::logic_error("aliran PDF tanpa kamus");
    dict->set("Length", static_cast<std::int64_t>(object.data.size()));
    out.reserve(object.data.size() + 128);
    write(out, object.object);
    out += "\nstream\n";
    out += object.data;
    out += "\nendstream";
    return out;
}

FileWriter::FileWriter(std::ostream& out, std::string_view version) : out_(out) {
    put("%PDF-");
    put(version);
    put("\n%\xE2\xE3\xCF\xD3\n");
}

void FileWriter::put(std::string_view bytes) {
    out_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    at_ += bytes.size();
}

void FileWriter::object(int number, std::string_view body) {
    if (number <= 0) throw std::logic_error("nomor objek PDF harus > 0");
    const auto index = static_cast<std::size_t>(number);
    if (offsets_.size() <= index) offsets_.resize(index + 1, 0);
    if (offsets_[index] != 0) throw std::logic_error("objek PDF " + std::to_string(number) + " ditulis dua kali");
    offsets_[index] = at_;
    put(std::to_string(number));
    put(" 0 obj\n");
    put(body);
    put("\nendobj\n");
}

void FileWriter::finish(Dict trailer) {
    const std::size_t size = std::max<std::size_t>(offsets_.size(), 1);
    for (std::size_t n = 1; n < size; ++n) {
        if (offsets_[n] == 0) throw std::logic_error("objek PDF " + std::to_string(n) + " tidak ditulis");
    }
    const std::uint64_t xref = at_;
    // 7.5.4: each entry exactly 20 bytes, "nnnnnnnnnn ggggg n" and a two-byte end of line.
    std::string table = "xref\n0 " + std::to_string(size) + "\n0000000000 65535 f\r\n";
    char entry[21];
    for (std::size_t n = 1; n < size; ++n) {
        std::snprintf(entry, sizeof entry, "%010llu 00000 n\r\n", static_cast<unsigned long long>(offsets_[n]));
        table += entry;
    }
    trailer.set("Size", static_cast<std::int64_t>(size));
    table += "trailer\n";
    write(table, trailer);
    table += "\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    put(table);
}

}  // namespace kinerja::render::pdf
