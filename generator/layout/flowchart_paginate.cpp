// 1. Pagination (see flowchart_layout.cpp): step rows onto pages greedily, each page's rows
// after the repeated header. Takes the Prepared chart, the room left on the current page and
// the room of a whole page, and optional row limits per page (the retry loop's moved breaks);
// gives the rows [first, last] of each page, and whether nothing fits the current page's rest.
#include "layout/flowchart_parts.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

namespace kinerja::layout::detail::sop_chart {

double row_height(const Prepared& p, std::size_t r) {
    return std::max(p.rows.at(r).height, symbol_height(p.chart->steps.at(r).symbol) + 2 * zone);
}

std::vector<PageRows> paginate(const Prepared& p, double first, double full,
                               const std::vector<std::size_t>& limits, bool& skip_first) {
    std::vector<PageRows> pages;
    skip_first = false;
    const std::size_t n = p.rows.size();
    double room = first;
    std::size_t s = 0;
    while (s < n) {
        const double cap = room - p.header.height;
        double used = 0;
        std::size_t r = s;
        const std::size_t limit = pages.size() < limits.size() && limits[pages.size()] > 0
                                      ? s + limits[pages.size()] : n;
        while (r < std::min(n, limit) && used + row_height(p, r) <= cap + eps) {
            used += row_height(p, r);
            ++r;
        }
        if (r == s) {
            if (pages.empty() && !skip_first && room < full - eps) {
                skip_first = true;
                room = full;
                continue;
            }
            const double need = p.header.height + row_height(p, s);
            throw std::runtime_error("tata letak: baris " + step_name(p.chart->steps.at(s)) +
                                     " bagan alir dengan kepalanya setinggi " + points_text(need) +
                                     " tidak muat di satu halaman (ruang " + points_text(room) + ")");
        }
        pages.push_back({s, r - 1});
        s = r;
        room = full;
    }
    return pages;
}

}  // namespace kinerja::layout::detail::sop_chart
