// CSV outputs (rekap.csv, indeks.csv, manifest.csv, `archive list`): comma-separated, UTF-8, LF
// line ends, fields quoted per RFC 4180 when they hold a comma, a quote or a line break.
// A field a spreadsheet would take for a formula (it begins with '=', '+', '-', '@', tab or CR)
// is written as text, the OWASP way: a single quote before it, the whole field quoted
// ("'=1+1"). No number of these outputs is negative, so no number is affected.
#pragma once

#include <string>
#include <vector>

namespace kinerja {

std::string csv_field(const std::string& value);
std::string csv_line(const std::vector<std::string>& fields);  // ends with '\n'

}  // namespace kinerja
