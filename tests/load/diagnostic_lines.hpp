// The problems reported, each as the user sees it ("FILE:LINE: field: message"), in order.
#pragma once

#include <string>
#include <vector>

#include "load/source.hpp"

namespace kinerja::test {

using Lines = std::vector<std::string>;

inline Lines lines_of(const Diagnostics& diags) {
    Lines out;
    for (const auto& d : diags.items()) out.push_back(d.str());
    return out;
}

}  // namespace kinerja::test
