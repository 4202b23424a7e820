// parse_csv of table.hpp.
#include "load/table.hpp"

#include <algorithm>
#include <optional>
#include <utility>

#include "load/field_text.hpp"
#include "load/limits.hpp"
#include "load/text_encoding.hpp"

namespace kinerja {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Walks decoded text, keeping the 1-based line of the current position. A line ends at
// CRLF, LF or a lone CR.
class Scanner {
public:
    explicit Scanner(std::string_view text) : text_(text) {}

    bool done() const { return pos_ >= text_.size(); }
    char peek(std::size_t ahead = 0) const {
        return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
    }
    bool at_line_end() const { return done() || peek() == '\n' || peek() == '\r'; }
    int line() const { return line_; }
    std::size_t pos() const { return pos_; }
    void advance() { ++pos_; }
    void end_line() {
        if (peek() == '\r') {
            ++pos_;
            if (peek() == '\n') ++pos_;
        } else if (peek() == '\n') {
            ++pos_;
        } else {
            return;
        }
        ++line_;
    }
    void skip_blanks() {
        while (!done() && is_blank(peek())) ++pos_;
    }
    // The text from here up to (not including) the first of the three stop characters,
    // consumed. A plain loop over a pointer: this is where a huge field's bytes go by.
    std::string_view take_until(char a, char b, char c) {
        const char* const begin = text_.data() + pos_;
        const char* const end = text_.data() + text_.size();
        const char* p = begin;
        while (p != end && *p != a && *p != b && *p != c) ++p;
        const auto length = static_cast<std::size_t>(p - begin);
        pos_ += length;
        return {begin, length};
    }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
    int line_ = 1;
};

// A field's text as it is read, kept to limits::max_value_bytes (the rest is counted as cut, not
// stored: a 50 MB field costs no more memory than a short one).
class FieldText {
public:
    void append(std::string_view run) {
        const std::size_t room = limits::max_value_bytes - text_.size();
        if (run.size() > room) cut = true;
        text_.append(run.substr(0, room));
    }
    // The text; when cut, without a partial UTF-8 character at its end.
    std::string take() {
        if (cut) {
            std::size_t end = text_.size();
            while (end > 0 && (static_cast<unsigned char>(text_[end - 1]) & 0xC0u) == 0x80u) --end;
            if (end > 0 && static_cast<unsigned char>(text_[end - 1]) >= 0xC0u) {
                const auto lead = static_cast<unsigned char>(text_[end - 1]);
                const std::size_t len = lead >= 0xF0u ? 4 : lead >= 0xE0u ? 3 : 2;
                if (text_.size() - (end - 1) < len) text_.resize(end - 1);
            }
        }
        return std::move(text_);
    }
    bool cut = false;  // more than max_value_bytes were read

private:
    std::string text_;
};

// The first line holding anything but spaces: its line number and its text.
std::pair<int, std::string_view> first_filled_line(std::string_view text) {
    Scanner s(text);
    while (!s.done()) {
        s.skip_blanks();
        if (!s.at_line_end()) break;
        s.end_line();
    }
    const std::size_t begin = s.pos();
    const int line = s.line();
    while (!s.at_line_end()) s.advance();
    return {line, text.substr(begin, s.pos() - begin)};
}

// Excel's optional first line "sep=;" names the delimiter; 0 when there is none.
char sep_line_delimiter(std::string_view line) {
    const std::string t = trim_blanks(line);
    if (t.size() != 5) return '\0';
    std::string key = t.substr(0, 4);
    for (char& c : key) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    if (key != "sep=" || (t[4] != ';' && t[4] != ',')) return '\0';
    return t[4];
}

// Counts semicolons and commas outside quotes in the header line (which quotes may extend).
char count_delimiter(std::string_view header_onwards) {
    std::size_t semicolons = 0;
    std::size_t commas = 0;
    bool quoted = false;
    for (char c : header_onwards) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            break;
        } else if (!quoted && c == ';') {
            ++semicolons;
        } else if (!quoted && c == ',') {
            ++commas;
        }
    }
    return semicolons > commas ? ';' : ',';
}

// How many of `words` a line split at `delim` names as columns.
std::size_t words_named(std::string_view line, char delim, std::span<const std::string_view> words) {
    std::size_t named = 0;
    std::size_t start = 0;
    while (start <= line.size()) {
        std::size_t end = line.find(delim, start);
        if (end == std::string_view::npos) end = line.size();
        std::string name = column_name(line.substr(start, end - start));
        if (name.size() >= 2 && name.front() == '"' && name.back() == '"') name = name.substr(1, name.size() - 2);
        if (std::find(words.begin(), words.end(), name) != words.end()) ++named;
        start = end + 1;
    }
    return named;
}

// The delimiter of the header row: the line among the first few that names most of the
// expected columns (title rows may come first, with other punctuation); without such a line,
// the count of delimiters on the first line.
char detect_delimiter(std::string_view text, std::size_t header_at, std::span<const std::string_view> words) {
    constexpr int kLinesLooked = 10;
    std::size_t best = 1;  // two columns named at least
    char chosen = '\0';
    std::string_view rest = text.substr(header_at);
    for (int i = 0; i < kLinesLooked && !rest.empty() && !words.empty(); ++i) {
        const std::size_t end = std::min(rest.find_first_of("\r\n"), rest.size());
        const std::string_view line = rest.substr(0, end);
        for (char delim : {';', ','}) {
            if (const std::size_t named = words_named(line, delim, words); named > best) {
                best = named;
                chosen = delim;
            }
        }
        rest.remove_prefix(end);
        while (!rest.empty() && (rest.front() == '\r' || rest.front() == '\n')) rest.remove_prefix(1);
    }
    return chosen != '\0' ? chosen : count_delimiter(text.substr(header_at));
}

// The rest of a quoted field after its opening quote, through its closing quote, into `field`:
// "" is one quote, a line end inside is kept as "\n". False when the text ends inside the quote.
bool read_quoted(Scanner& s, FieldText& field) {
    while (!s.done()) {
        const char c = s.peek();
        if (c == '"') {
            s.advance();
            if (s.done() || s.peek() != '"') return true;
            field.append("\"");
            s.advance();
        } else if (c == '\r' || c == '\n') {
            field.append("\n");
            s.end_line();
        } else {
            field.append(s.take_until('"', '\r', '\n'));
        }
    }
    return false;
}

// One row as read, before it is checked against the header.
struct CsvRow {
    int line = 0;
    std::vector<std::string> fields;      // trimmed
    std::optional<std::size_t> too_long;  // index of the first field cut at max_value_bytes
    bool any = false;                     // a field is not empty
};

// The row starting at `s`, through its line end; `fields_read` counts the fields of the file
// against limits::max_csv_fields. nullopt when the rest of the file cannot be read (an
// unclosed quote, too many fields: reported).
std::optional<CsvRow> read_csv_row(Scanner& s, char delim, std::size_t& fields_read, const std::string& file,
                                   Diagnostics& diags) {
    CsvRow row;
    row.line = s.line();
    for (;;) {
        s.skip_blanks();
        FieldText field;
        if (s.peek() == '"') {
            const int field_line = s.line();
            s.advance();
            if (!read_quoted(s, field)) {
                // Everything after it is inside the quote: the rest of the file is lost.
                diags.add_file_problem(file, field_line, "baris",
                                       "tanda kutip tidak ditutup; baris ini dan sesudahnya tidak dibaca");
                return std::nullopt;
            }
        }
        // An unquoted field, or what follows a closing quote, runs to the delimiter.
        field.append(s.take_until(delim, '\r', '\n'));
        if (field.cut && !row.too_long) row.too_long = row.fields.size();
        std::string value = trim_blanks(field.take());
        if (!value.empty()) row.any = true;
        if (++fields_read > limits::max_csv_fields) {
            diags.add_file_problem(file, row.line, "berkas",
                                   "berkas terlalu besar: lebih dari " + limits::grouped(limits::max_csv_fields) +
                                       " isian; baris ini dan sesudahnya tidak dibaca");
            return std::nullopt;
        }
        row.fields.push_back(std::move(value));
        if (s.done() || s.peek() != delim) break;
        s.advance();
    }
    s.end_line();
    return row;
}

// Reports a row with a field cut at max_value_bytes, at its column; true when the row is kept
// all the same (the header, its title cut).
bool keep_cut_row(const Table& table, const CsvRow& row, const std::string& file, Diagnostics& diags) {
    const bool header = table.header_line == 0;
    const std::size_t at = *row.too_long;
    const bool named = !header && at < table.header.size() && !table.header.at(at).empty();
    diags.add(file, row.line, named ? table.header.at(at) : "baris",
              "isian lebih dari " + limits::grouped(limits::max_value_bytes) + " karakter; " +
                  (header ? "judul kolom dipotong" : "baris dilewati"));
    return header;
}

}  // namespace

Table parse_csv(std::string_view bytes, const std::string& file, Diagnostics& diags,
                std::span<const std::string_view> header_words) {
    Table table;
    if (looks_like_utf16(bytes)) {
        diags.add_file_problem(file, 1, "berkas",
                               "berkas tersimpan sebagai UTF-16; simpan ulang dari Excel sebagai CSV UTF-8");
        table.complete = false;
        return table;
    }
    const std::string text = decode_text(bytes).utf8;
    const auto [first_line, first_text] = first_filled_line(text);
    const char sep = sep_line_delimiter(first_text);
    const int skip_line = sep != '\0' ? first_line : 0;
    const auto header_at = static_cast<std::size_t>(first_text.data() - text.data());
    const char delim = sep != '\0' ? sep : detect_delimiter(text, header_at, header_words);
    table.delimiter = delim;

    Scanner s(text);
    std::size_t fields_read = 0;  // over all rows, against limits::max_csv_fields
    while (!s.done()) {
        std::optional<CsvRow> row = read_csv_row(s, delim, fields_read, file, diags);
        if (!row) {
            table.complete = false;
            return table;
        }
        if (!row->any) continue;  // an empty line, or Excel's ";;;;" for a blank row
        if (row->line == skip_line) continue;
        if (row->too_long && !keep_cut_row(table, *row, file, diags)) continue;
        if (!add_row(table, TableRow{row->line, std::move(row->fields), {}}, file, diags)) return table;
    }
    return table;
}

}  // namespace kinerja
