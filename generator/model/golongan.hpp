// Golongan/ruang of civil servants, I/a … IV/e, and the pangkat each carries.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kinerja {

struct Golongan {
    int golongan = 0;  // 1..4 (I..IV)
    char ruang = 'a';  // 'a'..'d' for I–III, 'a'..'e' for IV

    std::string str() const;      // "III/b"
    std::string pangkat() const;  // "Penata Muda Tingkat I"
    friend bool operator==(const Golongan&, const Golongan&) = default;
    friend auto operator<=>(const Golongan&, const Golongan&) = default;
};

// Accepts "III/b", "iii/b", "III b", "IIIb", "III-b", "3/b" (spaces around allowed).
std::optional<Golongan> parse_golongan(std::string_view text);

}  // namespace kinerja
