#include "model/golongan.hpp"

#include "model/ascii.hpp"

#include <array>
#include <stdexcept>

namespace kinerja {

namespace {

using ascii::is_space;
using ascii::lower;

constexpr std::array<const char*, 4> kRoman = {"I", "II", "III", "IV"};

// Pangkat by golongan (row) and ruang a..e (column); I–III have no ruang e.
constexpr std::array<std::array<const char*, 5>, 4> kPangkat = {{
    {"Juru Muda", "Juru Muda Tingkat I", "Juru", "Juru Tingkat I", nullptr},
    {"Pengatur Muda", "Pengatur Muda Tingkat I", "Pengatur", "Pengatur Tingkat I", nullptr},
    {"Penata Muda", "Penata Muda Tingkat I", "Penata", "Penata Tingkat I", nullptr},
    {"Pembina", "Pembina Tingkat I", "Pembina Utama Muda", "Pembina Utama Madya",
     "Pembina Utama"},
}};

char highest_ruang(int golongan) { return golongan == 4 ? 'e' : 'd'; }

bool is_valid(int golongan, char ruang) {
    return golongan >= 1 && golongan <= 4 && ruang >= 'a' && ruang <= highest_ruang(golongan);
}

void check(const Golongan& g) {
    if (!is_valid(g.golongan, g.ruang)) {
        throw std::logic_error("Golongan out of range: " + std::to_string(g.golongan) + "/" +
                               std::string(1, g.ruang));
    }
}



}  // namespace

std::string Golongan::str() const {
    check(*this);
    return std::string(kRoman.at(static_cast<std::size_t>(golongan - 1))) + "/" + ruang;
}

std::string Golongan::pangkat() const {
    check(*this);
    return kPangkat.at(static_cast<std::size_t>(golongan - 1))
        .at(static_cast<std::size_t>(ruang - 'a'));
}

std::optional<Golongan> parse_golongan(std::string_view text) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);

    // Golongan: a Roman numeral I..IV or a digit 1..4.
    std::size_t i = 0;
    int golongan = 0;
    if (!text.empty() && text.front() >= '1' && text.front() <= '4') {
        golongan = text.front() - '0';
        i = 1;
    } else {
        std::string roman;
        while (i < text.size() && (lower(text[i]) == 'i' || lower(text[i]) == 'v')) {
            roman += static_cast<char>(lower(text[i]) - 'a' + 'A');
            ++i;
        }
        for (std::size_t k = 0; k < kRoman.size(); ++k) {
            if (roman == kRoman.at(k)) golongan = static_cast<int>(k) + 1;
        }
        if (golongan == 0) return std::nullopt;
    }

    // At most one separator ('/', '-' or a space), spaces allowed around it.
    while (i < text.size() && is_space(text[i])) ++i;
    if (i < text.size() && (text[i] == '/' || text[i] == '-')) {
        ++i;
        while (i < text.size() && is_space(text[i])) ++i;
    }

    if (i + 1 != text.size()) return std::nullopt;  // exactly the ruang letter is left
    char ruang = lower(text[i]);
    if (!is_valid(golongan, ruang)) return std::nullopt;
    return Golongan{golongan, ruang};
}

}  // namespace kinerja
