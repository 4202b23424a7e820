#include <stdexcept>

#include "scoring/scoring2022.hpp"

namespace kinerja {

std::string persen_text(int jumlah, int n) {
    if (jumlah < 0 || n < 0) throw std::invalid_argument("persen_text: negative count");
    if (n == 0) return "0,00%";
    // Hundredths of a percent, rounded half up: jumlah × 10000 / n.
    const long long scaled = static_cast<long long>(jumlah) * 10000;
    const long long hundredths = (2 * scaled + n) / (2LL * n);
    const long long cents = hundredths % 100;
    return std::to_string(hundredths / 100) + "," + (cents < 10 ? "0" : "") + std::to_string(cents) + "%";
}

}  // namespace kinerja
