#include "load/csv_reader.hpp"

#include <algorithm>
#include <optional>
#include <utility>

#include "load/field_text.hpp"
#include "load/limits.hpp"
#include "load/text_encoding.hpp"

namespace kinerja {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string trimmed(std::string_view s) {
    std::size_t b = 0;
    std::size_t e = s.size();
    while (b < e && is_blank(s[b])) ++b;
    while (e > b && is_blank(s[e - 1])) --e;
    return std::string(s.substr(b, e - b));
}

// "NIP Atasan", "nip-atasan" and "nip_atasan" all name the column nip_atasan.
std::string column_name(std::string_view raw) {
    const std::string t = trimmed(raw);
    std::string out;
    out.reserve(t.size());
    bool gap = false;
    for (char c : t) {
        if (c == ' ' || c == '\t' || c == '-' || c == '_') {
            gap = true;
            continue;
        }
        if (gap && !out.empty()) out.push_back('_');
        gap = false;
        out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return out;
}

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
    const std::string t = trimmed(line);
    if (t.size() != 5) return '\0';
    std::string key = t.substr(0, 4);
    for (char& c : key) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    if (key != "sep=" || (t[4] != ';' && t[4] != ',')) return '\0';
    return t[4];
}

// Counts semicolons and commas outside quotes in the header line (which quotes may extend).
char detect_delimiter(std::string_view header_onwards) {
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

}  // namespace

CsvTable parse_csv(std::string_view bytes, const std::string& file, Diagnostics& diags) {
    CsvTable table;
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
    const char delim = sep != '\0' ? sep : detect_delimiter(std::string_view(text).substr(header_at));
    table.delimiter = delim;

    Scanner s(text);
    std::size_t fields_read = 0;  // over all rows, against limits::max_csv_fields
    while (!s.done()) {
        const int row_line = s.line();
        std::vector<std::string> fields;
        std::optional<std::size_t> too_long;  // index of the first field cut at max_value_bytes
        bool any = false;
        while (true) {
            s.skip_blanks();
            FieldText field;
            if (s.peek() == '"') {
                const int field_line = s.line();
                s.advance();
                while (true) {
                    if (s.done()) {
                        // Everything after it is inside the quote: the rest of the file is lost.
                        diags.add_file_problem(file, field_line, "baris",
                                               "tanda kutip tidak ditutup; baris ini dan sesudahnya tidak dibaca");
                        table.complete = false;
                        return table;
                    }
                    const char c = s.peek();
                    if (c == '"') {
                        if (s.peek(1) == '"') {
                            field.append("\"");
                            s.advance();
                            s.advance();
                            continue;
                        }
                        s.advance();
                        break;
                    }
                    if (c == '\r' || c == '\n') {
                        field.append("\n");
                        s.end_line();
                        continue;
                    }
                    field.append(s.take_until('"', '\r', '\n'));
                }
            }
            // An unquoted field, or what follows a closing quote, runs to the delimiter.
            field.append(s.take_until(delim, '\r', '\n'));
            if (field.cut && !too_long) too_long = fields.size();
            std::string value = trimmed(field.take());
            if (!value.empty()) any = true;
            if (++fields_read > limits::max_csv_fields) {
                diags.add_file_problem(file, row_line, "berkas",
                                       "berkas terlalu besar: lebih dari " + limits::grouped(limits::max_csv_fields) +
                                           " isian; baris ini dan sesudahnya tidak dibaca");
                table.complete = false;
                return table;
            }
            fields.push_back(std::move(value));
            if (!s.done() && s.peek() == delim) {
                s.advance();
                continue;
            }
            s.end_line();
            break;
        }
        if (!any) continue;  // an empty line, or Excel's ";;;;" for a blank row
        if (row_line == skip_line) continue;
        const bool header = table.header_line == 0;
        if (too_long) {
            const bool named = !header && *too_long < table.header.size() &&
                               !table.header.at(*too_long).empty();
            const std::string column = named ? table.header.at(*too_long) : "baris";
            diags.add(file, row_line, column,
                      "isian lebih dari " + limits::grouped(limits::max_value_bytes) + " karakter; " +
                          (header ? "judul kolom dipotong" : "baris dilewati"));
            if (!header) continue;
        }
        if (header) {
            table.header_line = row_line;
            for (const auto& f : fields) table.header.push_back(column_name(f));
        } else {
            if (table.rows.size() == limits::max_csv_rows) {
                diags.add_file_problem(file, row_line, "berkas",
                                       "berkas terlalu besar: lebih dari " + limits::grouped(limits::max_csv_rows) +
                                           " baris data; baris ini dan sesudahnya tidak dibaca");
                table.complete = false;
                return table;
            }
            table.rows.push_back(CsvRow{row_line, std::move(fields)});
        }
    }
    return table;
}

CsvColumns::CsvColumns(const CsvTable& table, const std::string& file,
                       const std::vector<std::string>& required, Diagnostics& diags)
    : file_(file) {
    // The first column of each name counts; looked up per row, so by map, not by scanning a
    // header that may be thousands of columns wide.
    for (std::size_t i = 0; i < table.header.size(); ++i) index_.emplace(table.header.at(i), i);
    if (table.header_line == 0) {
        ok_ = false;
        if (table.complete) diags.add_file_problem(file, 1, "berkas", "berkas kosong, baris judul kolom tidak ada");
        return;
    }
    for (const auto& column : required) {
        if (index_.find(column) == index_.end()) {
            diags.add_file_problem(file, table.header_line, column, "kolom wajib tidak ada");
            ok_ = false;
        }
    }
}

std::string CsvColumns::get(const CsvRow& row, const std::string& column, RefusedFields& refused) const {
    const auto it = index_.find(column);
    if (it == index_.end() || it->second >= row.fields.size()) return "";
    const std::string& text = row.fields.at(it->second);
    check_field(file_, row.line, column, text, refused);
    return text;
}

}  // namespace kinerja
