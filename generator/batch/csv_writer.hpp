// CSV outputs (rekap.csv, indeks.csv, manifest.csv, `archive list`): comma-separated, UTF-8, LF
// line ends, fields quoted per RFC 4180 when they hold a comma, a quote or a line break.
// A field a spreadsheet would take for a formula (it begins with '=', '+', '-', '@', tab or CR)
// is written as text, the OWASP way: a single quote before it, the whole field quoted
// ("'=1+1"). A field that itself begins with a single quote gets one more the same way
// ("''abc"), so that every written field beginning with a quote carries exactly one added,
// and read_own_csv can take it off again. No number of these outputs is negative, so no
// number is affected.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

std::string csv_field(const std::string& value);
std::string csv_line(const std::vector<std::string>& fields);  // ends with '\n'

using CsvRows = std::vector<std::vector<std::string>>;

// What csv_line wrote, read back: each row ending in LF, a field in quotes or not, one single
// quote taken off the front of every field beginning with one. nullopt for anything csv_line
// cannot have written (a stray quote, a CR outside quotes, no final LF). Callers that must not
// read a file differently from how it was written also write the rows again and compare.
std::optional<CsvRows> read_own_csv(std::string_view text);

}  // namespace kinerja
