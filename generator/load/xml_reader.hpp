// Reading XML inputs: pugixml stays inside load/. Line numbers come from byte offsets,
// converted once here.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

// Maps byte offsets of one document to 1-based line numbers.
class LineIndex {
public:
    explicit LineIndex(std::string_view text);
    int line_of(std::ptrdiff_t offset) const;

private:
    std::vector<std::size_t> line_starts_;
};

}  // namespace kinerja
