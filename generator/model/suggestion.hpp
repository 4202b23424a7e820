// The nearest of some known names to a name that matched none: for the "(maksudnya …?)" of a
// message about a typo (a template field, an RHK of the atasan).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

// Levenshtein distance in bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The index of the candidate closest to `name`, when one is close enough to be a typo of it
// (at most max(2, a third of name's length) edits); the first of equally close ones.
std::optional<std::size_t> nearest(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace kinerja
