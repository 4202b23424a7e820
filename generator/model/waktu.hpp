// The Waktu column of an SOP step: "2 Jam", "15 Menit", "1 Hari", "1,5 Jam".
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/rational.hpp"

namespace kinerja {

enum class SatuanWaktu { menit, jam, hari, minggu, bulan };

struct Waktu {
    Rational jumlah;  // > 0
    SatuanWaktu satuan = SatuanWaktu::jam;

    std::string str() const;      // "1,5 Jam"
    friend bool operator==(const Waktu&, const Waktu&) = default;
};

// Case-insensitive unit, singular words; number with comma or dot. nullopt when not understood.
std::optional<Waktu> parse_waktu(std::string_view text);

}  // namespace kinerja
