#include "render/pdf_reader.hpp"

#include <charconv>
#include <set>
#include <vector>

namespace kinerja::render::pdf {

SyntaxError::SyntaxError(std::size_t offset, const std::string& what)
    : std::runtime_error("PDF tidak terbaca pada bait " + std::to_string(offset) + ": " + what), offset_(offset) {}

namespace {

// 7.2.2: white space, and the delimiters that end a regular run.
bool is_white(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; }
bool is_delimiter(char c) {
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' ||
           c == '/' || c == '%';
}
bool is_regular(char c) { return !is_white(c) && !is_delimiter(c); }

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

struct Token {
    enum Kind { end, integer, real, name, string, array_open, array_close, dict_open, dict_close, keyword } kind = end;
    std::size_t at = 0;
    std::string text;  // a keyword's or real's text, a name's or string's decoded bytes
    std::int64_t number = 0;
};

// The tokens of 7.2-7.3, from an offset on.
class Lexer {
public:
    Lexer(std::string_view bytes, std::size_t pos) : s_(bytes), pos_(pos) {
        if (pos > bytes.size()) throw SyntaxError(pos, "posisi di luar berkas");
    }
    std::size_t pos() const { return pos_; }
    void seek(std::size_t pos) { pos_ = pos; }
    std::string_view bytes() const { return s_; }

    Token next() {
        skip_space();
        Token token;
        token.at = pos_;
        if (pos_ >= s_.size()) return token;
        const char c = s_[pos_];
        if (c == '/') return name(token);
        if (c == '(') return literal(token);
        if (c == '[' || c == ']') {
            ++pos_;
            token.kind = c == '[' ? Token::array_open : Token::array_close;
            return token;
        }
        if (c == '<' || c == '>') return angle(token, c);
        if (c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9')) return number(token);
        if (!is_regular(c)) throw SyntaxError(pos_, std::string("tanda tak terduga '") + c + "'");
        const std::size_t start = pos_;
        while (pos_ < s_.size() && is_regular(s_[pos_])) ++pos_;
        token.text.assign(s_.substr(start, pos_ - start));
        token.kind = Token::keyword;
        return token;
    }

    // Whether "G R" follows (after white space): the rest of a reference begun by an integer.
    // Read without tokens, for speed: most integers (the /Widths of a font) are none. On true,
    // `generation` is G and the position is after the R.
    bool reference_follows(std::int64_t& generation) {
        std::size_t at = pos_;
        while (at < s_.size() && is_white(s_[at])) ++at;
        const std::size_t digits = at;
        std::int64_t value = 0;
        while (at < s_.size() && s_[at] >= '0' && s_[at] <= '9' && at - digits < 6) value = value * 10 + (s_[at++] - '0');
        if (at == digits || (at < s_.size() && is_regular(s_[at]))) return false;
        while (at < s_.size() && is_white(s_[at])) ++at;
        if (at >= s_.size() || s_[at] != 'R' || (at + 1 < s_.size() && is_regular(s_[at + 1]))) return false;
        generation = value;
        pos_ = at + 1;
        return true;
    }

private:
    void skip_space() {
        while (pos_ < s_.size()) {
            if (is_white(s_[pos_])) {
                ++pos_;
            } else if (s_[pos_] == '%') {
                while (pos_ < s_.size() && s_[pos_] != '\n' && s_[pos_] != '\r') ++pos_;
            } else {
                return;
            }
        }
    }

    Token& name(Token& token) {
        const std::size_t start = ++pos_;
        while (pos_ < s_.size() && is_regular(s_[pos_])) ++pos_;
        const std::string_view run = s_.substr(start, pos_ - start);
        token.kind = Token::name;
        if (run.find('#') == std::string_view::npos) {  // most names: no escape to decode
            token.text.assign(run);
            return token;
        }
        for (std::size_t i = 0; i < run.size(); ++i) {
            if (run[i] != '#') {
                token.text += run[i];
                continue;
            }
            const int hi = i + 2 < run.size() ? hex_value(run[i + 1]) : -1;
            const int lo = hi >= 0 ? hex_value(run[i + 2]) : -1;
            if (lo < 0) throw SyntaxError(start + i, "#xx tidak sah dalam nama");
            token.text += static_cast<char>(hi * 16 + lo);
            i += 2;
        }
        return token;
    }

    // 7.3.4.2: balanced parentheses, backslash escapes, end of line read as "\n".
    Token& literal(Token& token) {
        ++pos_;
        int depth = 1;
        while (true) {
            if (pos_ >= s_.size()) throw SyntaxError(token.at, "string tanpa ')'");
            const char c = s_[pos_++];
            if (c == '(') {
                ++depth;
            } else if (c == ')' && --depth == 0) {
                break;
            } else if (c == '\\') {
                escape(token.text);
                continue;
            } else if (c == '\r') {
                if (pos_ < s_.size() && s_[pos_] == '\n') ++pos_;
                token.text += '\n';
                continue;
            }
            token.text += c;
        }
        token.kind = Token::string;
        return token;
    }

    void escape(std::string& out) {
        if (pos_ >= s_.size()) throw SyntaxError(pos_, "string tanpa ')'");
        const char c = s_[pos_++];
        static constexpr std::string_view from = "nrtbf()\\", to = "\n\r\t\b\f()\\";
        if (const auto i = from.find(c); i != std::string_view::npos) {
            out += to[i];
        } else if (c >= '0' && c <= '7') {
            int value = c - '0';
            for (int n = 0; n < 2 && pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '7'; ++n) {
                value = value * 8 + (s_[pos_++] - '0');
            }
            out += static_cast<char>(value & 0xFF);
        } else if (c == '\r') {  // a line continued: the end of line is no part of the string
            if (pos_ < s_.size() && s_[pos_] == '\n') ++pos_;
        } else if (c != '\n') {
            out += c;  // an unknown escape: the backslash is ignored
        }
    }

    Token& angle(Token& token, char c) {
        if (pos_ + 1 < s_.size() && s_[pos_ + 1] == c) {
            pos_ += 2;
            token.kind = c == '<' ? Token::dict_open : Token::dict_close;
            return token;
        }
        if (c == '>') throw SyntaxError(pos_, "'>' tanpa pasangan");
        return hex(token);
    }

    // 7.3.4.3: hex digits, white space ignored, an odd last digit followed by 0.
    Token& hex(Token& token) {
        ++pos_;
        int high = -1;
        while (true) {
            if (pos_ >= s_.size()) throw SyntaxError(token.at, "string heksadesimal tanpa '>'");
            const char c = s_[pos_++];
            if (c == '>') break;
            if (is_white(c)) continue;
            const int value = hex_value(c);
            if (value < 0) throw SyntaxError(pos_ - 1, "bukan digit heksadesimal dalam string");
            if (high < 0) {
                high = value;
            } else {
                token.text += static_cast<char>(high * 16 + value);
                high = -1;
            }
        }
        if (high >= 0) token.text += static_cast<char>(high * 16);
        token.kind = Token::string;
        return token;
    }

    // 7.3.3: an optional sign, digits with at most one period.
    Token& number(Token& token) {
        std::size_t end = pos_;
        if (s_[end] == '+' || s_[end] == '-') ++end;
        std::size_t digits = 0, periods = 0;
        for (; end < s_.size() && is_regular(s_[end]); ++end) {
            if (s_[end] == '.') {
                ++periods;
            } else if (s_[end] >= '0' && s_[end] <= '9') {
                ++digits;
            } else {
                throw SyntaxError(end, "bilangan tidak sah");
            }
        }
        if (digits == 0 || periods > 1) throw SyntaxError(pos_, "bilangan tidak sah");
        if (periods == 0) {  // an integer: its value only
            const char* first = s_.data() + pos_ + (s_[pos_] == '+' ? 1 : 0);
            const auto [ptr, ec] = std::from_chars(first, s_.data() + end, token.number);
            if (ec != std::errc{} || ptr != s_.data() + end) throw SyntaxError(pos_, "bilangan bulat terlalu besar");
            token.kind = Token::integer;
        } else {
            token.text.assign(s_.substr(pos_, end - pos_));
            token.kind = Token::real;
        }
        pos_ = end;
        return token;
    }

    std::string_view s_;
    std::size_t pos_;
};

constexpr int max_depth = 64;  // arrays and dictionaries nested deeper are refused

Object parse(Lexer& lex, Token token, int depth);

// An integer, or "N G R" when the two tokens after it make a reference.
Object integer_or_ref(Lexer& lex, const Token& token) {
    std::int64_t generation = 0;
    if (!lex.reference_follows(generation)) return token.number;
    if (token.number <= 0 || token.number > 0x7FFFFFFF || generation > 65535) {
        throw SyntaxError(token.at, "rujukan objek tidak sah");
    }
    return Ref{static_cast<int>(token.number), static_cast<int>(generation)};
}

Object parse_array(Lexer& lex, int depth) {
    Array array;
    while (true) {
        Token token = lex.next();
        if (token.kind == Token::array_close) return array;
        if (token.kind == Token::end) throw SyntaxError(token.at, "larik tanpa ']'");
        array.push_back(parse(lex, std::move(token), depth + 1));
    }
}

Object parse_dict(Lexer& lex, int depth) {
    Dict dict;
    while (true) {
        Token key = lex.next();
        if (key.kind == Token::dict_close) return dict;
        if (key.kind != Token::name) throw SyntaxError(key.at, "kunci kamus bukan nama");
        Token token = lex.next();
        if (token.kind == Token::dict_close || token.kind == Token::end) throw SyntaxError(token.at, "kunci kamus tanpa nilai");
        if (dict.find(key.text)) throw SyntaxError(key.at, "kunci kamus ganda /" + key.text);
        dict.entries.emplace_back(std::move(key.text), parse(lex, std::move(token), depth + 1));
    }
}

Object parse(Lexer& lex, Token token, int depth) {
    if (depth > max_depth) throw SyntaxError(token.at, "larik atau kamus bersarang terlalu dalam");
    switch (token.kind) {
        case Token::integer: return integer_or_ref(lex, token);
        case Token::real: return Real{std::move(token.text)};
        case Token::name: return Name{std::move(token.text)};
        case Token::string: return String{std::move(token.text)};
        case Token::array_open: return parse_array(lex, depth);
        case Token::dict_open: return parse_dict(lex, depth);
        case Token::keyword:
            if (token.text == "true") return true;
            if (token.text == "false") return false;
            if (token.text == "null") return Null{};
            throw SyntaxError(token.at, "kata kunci tak terduga \"" + token.text + "\"");
        case Token::end: throw SyntaxError(token.at, "berkas berakhir di tengah objek");
        default: throw SyntaxError(token.at, "tanda tak terduga");
    }
}

void expect_keyword(Lexer& lex, std::string_view keyword) {
    const Token token = lex.next();
    if (token.kind != Token::keyword || token.text != keyword) {
        throw SyntaxError(token.at, "\"" + std::string(keyword) + "\" diharapkan");
    }
}

std::int64_t expect_integer(Lexer& lex, const char* what) {
    const Token token = lex.next();
    if (token.kind != Token::integer) throw SyntaxError(token.at, std::string(what) + " diharapkan");
    return token.number;
}

// A stream's /Length: an integer, or a reference to one (read from `offsets`).
std::size_t stream_length(const Dict& dict, std::string_view bytes, std::size_t at,
                          const std::map<int, std::size_t>* offsets) {
    const Object* length = dict.find("Length");
    if (!length) throw SyntaxError(at, "aliran tanpa /Length");
    if (const Ref* ref = length->get<Ref>()) {
        // Read without offsets: a /Length that is itself a stream with an indirect length, or
        // this very stream, is refused instead of followed.
        const auto found = offsets ? offsets->find(ref->number) : std::map<int, std::size_t>::const_iterator{};
        if (!offsets || found == offsets->end() || found->second == 0) throw SyntaxError(at, "/Length menunjuk objek yang tidak ada");
        const Indirect value = read_object(bytes, found->second, ref->number, nullptr);
        const std::int64_t* n = value.object.get<std::int64_t>();
        if (value.is_stream || !n || *n < 0) throw SyntaxError(at, "/Length bukan bilangan bulat ≥ 0");
        return static_cast<std::size_t>(*n);
    }
    const std::int64_t* n = length->get<std::int64_t>();
    if (!n || *n < 0) throw SyntaxError(at, "/Length bukan bilangan bulat ≥ 0");
    return static_cast<std::size_t>(*n);
}

// 7.3.8.1: "stream" then CRLF or LF, the data, an optional end of line, "endstream".
void read_stream_data(Lexer& lex, Indirect& object, const std::map<int, std::size_t>* offsets) {
    std::string_view s = lex.bytes();
    std::size_t at = lex.pos();
    if (at < s.size() && s[at] == '\r') ++at;
    if (at >= s.size() || s[at] != '\n') throw SyntaxError(at, "\"stream\" tidak diikuti akhir baris");
    ++at;
    const Dict* dict = object.object.get<Dict>();
    if (!dict) throw SyntaxError(at, "aliran tanpa kamus");
    const std::size_t length = stream_length(*dict, s, at, offsets);
    if (length > s.size() - at) throw SyntaxError(at, "aliran melewati akhir berkas");
    object.is_stream = true;
    object.data.assign(s.substr(at, length));
    lex.seek(at + length);
    expect_keyword(lex, "endstream");
}

}  // namespace

Object parse_object(std::string_view text) {
    Lexer lex(text, 0);
    return parse(lex, lex.next(), 0);
}

Indirect read_object(std::string_view bytes, std::size_t offset, int number,
                     const std::map<int, std::size_t>* offsets) {
    Lexer lex(bytes, offset);
    if (expect_integer(lex, "nomor objek") != number) throw SyntaxError(offset, "objek " + std::to_string(number) + " tidak di sini");
    expect_integer(lex, "nomor generasi");
    expect_keyword(lex, "obj");
    Indirect object;
    object.object = parse(lex, lex.next(), 0);
    const Token token = lex.next();
    if (token.kind == Token::keyword && token.text == "stream") {
        read_stream_data(lex, object, offsets);
        expect_keyword(lex, "endobj");
    } else if (token.kind != Token::keyword || token.text != "endobj") {
        throw SyntaxError(token.at, "\"endobj\" diharapkan");
    }
    return object;
}

namespace {

// The offset startxref gives (7.5.5): the last "startxref" in the file's last kilobyte.
std::size_t start_of_xref(std::string_view bytes) {
    const std::size_t tail = bytes.size() > 1024 ? bytes.size() - 1024 : 0;
    const std::size_t at = bytes.rfind("startxref");
    if (at == std::string_view::npos || at < tail) throw SyntaxError(bytes.size(), "tidak ada startxref");
    Lexer lex(bytes, at + 9);
    const std::int64_t offset = expect_integer(lex, "posisi xref");
    if (offset <= 0 || static_cast<std::uint64_t>(offset) >= bytes.size()) throw SyntaxError(at, "startxref di luar berkas");
    return static_cast<std::size_t>(offset);
}

// One subsection's entries "offset generation n|f" (7.5.4); newer sections read first win.
void read_entries(Lexer& lex, std::int64_t first, std::int64_t count, std::map<int, std::size_t>& offsets) {
    if (first < 0 || count < 0 || first + count > 0x7FFFFFFF ||
        static_cast<std::uint64_t>(count) > (lex.bytes().size() - lex.pos()) / 18) {
        throw SyntaxError(lex.pos(), "subbagian xref tidak sah");
    }
    for (std::int64_t i = 0; i < count; ++i) {
        const std::int64_t offset = expect_integer(lex, "posisi dalam xref");
        expect_integer(lex, "generasi dalam xref");
        const Token kind = lex.next();
        if (kind.kind != Token::keyword || (kind.text != "n" && kind.text != "f")) throw SyntaxError(kind.at, "entri xref tidak sah");
        const bool in_use = kind.text == "n";
        if (in_use && (offset <= 0 || static_cast<std::uint64_t>(offset) >= lex.bytes().size())) {
            throw SyntaxError(kind.at, "posisi objek di luar berkas");
        }
        if (first + i == 0) continue;
        offsets.try_emplace(static_cast<int>(first + i), in_use ? static_cast<std::size_t>(offset) : 0);
    }
}

}  // namespace

void File::read_xref(std::string_view bytes, std::size_t offset, std::map<int, std::size_t>& offsets) {
    std::set<std::size_t> seen;
    bool newest = true;
    while (true) {
        if (!seen.insert(offset).second) throw SyntaxError(offset, "/Prev berputar kembali");
        Lexer lex(bytes, offset);
        Token token = lex.next();
        if (token.kind == Token::integer) throw SyntaxError(offset, "aliran xref (PDF 1.5) tidak didukung");
        if (token.kind != Token::keyword || token.text != "xref") throw SyntaxError(offset, "\"xref\" diharapkan");
        while (true) {
            token = lex.next();
            if (token.kind == Token::keyword && token.text == "trailer") break;
            if (token.kind != Token::integer) throw SyntaxError(token.at, "\"trailer\" diharapkan");
            read_entries(lex, token.number, expect_integer(lex, "jumlah entri xref"), offsets);
        }
        const Token open = lex.next();
        if (open.kind != Token::dict_open) throw SyntaxError(open.at, "kamus trailer diharapkan");
        Object trailer = parse(lex, open, 0);
        Dict& dict = *trailer.get<Dict>();
        if (dict.find("Encrypt")) throw SyntaxError(open.at, "PDF terenkripsi tidak didukung");
        if (dict.find("XRefStm")) throw SyntaxError(open.at, "aliran xref (PDF 1.5) tidak didukung");
        const Object* prev = dict.find("Prev");
        if (newest) trailer_ = std::move(dict);
        newest = false;
        if (!prev) return;
        const std::int64_t* at = prev->get<std::int64_t>();
        if (!at || *at <= 0 || static_cast<std::uint64_t>(*at) >= bytes.size()) throw SyntaxError(open.at, "/Prev tidak sah");
        offset = static_cast<std::size_t>(*at);
    }
}

File::File(std::string_view bytes) {
    if (bytes.substr(0, 5) != "%PDF-") throw SyntaxError(0, "bukan berkas PDF (kepala %PDF- tidak ada)");
    const std::size_t end = bytes.find_first_of("\r\n", 5);
    version_.assign(bytes.substr(5, end == std::string_view::npos ? 0 : end - 5));
    if (version_.size() != 3 || version_[1] != '.') throw SyntaxError(5, "versi PDF tidak sah");
    std::map<int, std::size_t> offsets;
    read_xref(bytes, start_of_xref(bytes), offsets);
    for (const auto& [number, offset] : offsets) {
        if (offset != 0) objects_.emplace(number, read_object(bytes, offset, number, &offsets));
    }
    if (!ref_at(trailer_, "Root")) throw SyntaxError(0, "trailer tanpa /Root");
}

const Indirect& File::at(const Ref& ref) const {
    const auto found = objects_.find(ref.number);
    if (found == objects_.end()) throw SyntaxError(0, "objek " + std::to_string(ref.number) + " tidak ada");
    return found->second;
}

const Dict& File::dict(const Ref& ref) const {
    const Dict* dict = at(ref).object.get<Dict>();
    if (!dict) throw SyntaxError(0, "objek " + std::to_string(ref.number) + " bukan kamus");
    return *dict;
}

void File::page_leaves(const Ref& node, std::vector<Ref>& out, int depth) const {
    if (depth > max_depth) throw SyntaxError(0, "pohon halaman terlalu dalam atau berputar");
    const Dict& dict = this->dict(node);
    const Name* type = name_at(dict, "Type");
    if (type && type->text == "Page") {
        out.push_back(node);
        return;
    }
    const Object* kids = dict.find("Kids");
    const Array* array = kids ? kids->get<Array>() : nullptr;
    if (!type || type->text != "Pages" || !array) throw SyntaxError(0, "simpul pohon halaman tidak sah");
    for (const Object& kid : *array) {
        const Ref* ref = kid.get<Ref>();
        if (!ref) throw SyntaxError(0, "/Kids berisi bukan rujukan");
        page_leaves(*ref, out, depth + 1);
    }
}

std::vector<Ref> File::pages() const {
    const Ref* pages = ref_at(dict(*ref_at(trailer_, "Root")), "Pages");
    if (!pages) throw SyntaxError(0, "katalog tanpa /Pages");
    std::vector<Ref> out;
    page_leaves(*pages, out, 0);
    return out;
}

}  // namespace kinerja::render::pdf
