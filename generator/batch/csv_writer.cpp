#include "batch/csv_writer.hpp"

namespace kinerja {

namespace {

// What a cell may begin with for a spreadsheet to evaluate it (OWASP, CSV Injection): the four
// formula signs, and tab and CR, which some spreadsheets skip before one of them.
constexpr std::string_view kFormulaStart = "=+-@\t\r";
// Put before such a cell to make it text; a cell beginning with it gets one more.
constexpr char kTextPrefix = '\'';

bool needs_prefix(std::string_view value) {
    return !value.empty() &&
           (value.front() == kTextPrefix || kFormulaStart.find(value.front()) != std::string_view::npos);
}

}  // namespace

std::string csv_field(const std::string& value) {
    const bool prefixed = needs_prefix(value);
    if (!prefixed && value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string quoted = prefixed ? std::string{'"', kTextPrefix} : std::string{'"'};
    for (char c : value) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string csv_line(const std::vector<std::string>& fields) {
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) line += ',';
        line += csv_field(fields[i]);
    }
    return line + "\n";
}

std::optional<CsvRows> read_own_csv(std::string_view text) {
    CsvRows rows(1);
    std::string field;
    bool quoted = false, was_quoted = false;
    auto end_field = [&] {
        if (!field.empty() && field.front() == kTextPrefix) field.erase(0, 1);
        rows.back().push_back(std::move(field));
        field.clear();
        was_quoted = false;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c != '"') {
                field += c;
            } else if (i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else {
                quoted = false;
            }
        } else if (c == ',' || c == '\n') {
            end_field();
            if (c == '\n') rows.emplace_back();
        } else if (c == '"' && field.empty() && !was_quoted) {
            quoted = was_quoted = true;
        } else if (c == '"' || c == '\r' || was_quoted) {
            return std::nullopt;
        } else {
            field += c;
        }
    }
    if (quoted || was_quoted || !field.empty() || !rows.back().empty()) return std::nullopt;  // no final LF
    rows.pop_back();
    return rows;
}

}  // namespace kinerja
