#include "batch/csv_writer.hpp"

#include <string_view>

namespace kinerja {

namespace {

// What a cell may begin with for a spreadsheet to evaluate it (OWASP, CSV Injection): the four
// formula signs, and tab and CR, which some spreadsheets skip before one of them.
constexpr std::string_view kFormulaStart = "=+-@\t\r";

bool reads_as_formula(const std::string& value) {
    return !value.empty() && kFormulaStart.find(value.front()) != std::string_view::npos;
}

}  // namespace

std::string csv_field(const std::string& value) {
    const bool formula = reads_as_formula(value);
    if (!formula && value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string quoted = formula ? "\"'" : "\"";
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

}  // namespace kinerja
