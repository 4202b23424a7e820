#include "model/suggestion.hpp"

#include <algorithm>

namespace kinerja {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::optional<std::size_t> nearest(std::string_view name, const std::vector<std::string>& candidates) {
    std::optional<std::size_t> best;
    std::size_t best_distance = 0;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const std::size_t d = edit_distance(name, candidates[i]);
        if (!best || d < best_distance) {
            best = i;
            best_distance = d;
        }
    }
    const std::size_t limit = std::max<std::size_t>(2, name.size() / 3);
    if (!best || best_distance > limit) return std::nullopt;
    return best;
}

}  // namespace kinerja
