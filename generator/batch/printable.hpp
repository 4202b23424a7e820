// Text the documents can print: every character must be in the fonts and in the PDF's
// WinAnsi encoding. Checked once per run against the input records, so that a character the
// fonts lack is reported at the file and line where it was written.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "layout/font_book.hpp"
#include "load/source.hpp"
#include "model/dataset.hpp"

namespace kinerja {

// The first character of `utf8` that cannot be printed, or nullopt.
std::optional<char32_t> first_unprintable(std::string_view utf8, const layout::FontBook& fonts);

// "huruf "ก" (U+0E01) tidak dapat dicetak dengan fon dokumen"
std::string unprintable_message(char32_t cp);

// Checks every text of the instansi, staff, SKP and (under PermenPANRB 6/2022) plans and
// evaluations; reports each unprintable field at its
// record's place and returns the NIPs (digits) of the staff whose documents cannot be made.
// Returns false in `instansi_ok` when the instansi itself cannot be printed (no document can).
std::set<std::string> check_printable(const DataSet& data, const layout::FontBook& fonts,
                                      Diagnostics& diags, bool& instansi_ok);

}  // namespace kinerja
