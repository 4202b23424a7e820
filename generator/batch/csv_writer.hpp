// CSV outputs (rekap.csv, indeks.csv, manifest.csv): comma-separated, UTF-8, LF line ends,
// fields quoted per RFC 4180 when they hold a comma, a quote or a line break.
#pragma once

#include <string>
#include <vector>

namespace kinerja {

std::string csv_field(const std::string& value);
std::string csv_line(const std::vector<std::string>& fields);  // ends with '\n'

}  // namespace kinerja
