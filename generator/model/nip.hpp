// Nomor Induk Pegawai: 18 digits, YYYYMMDD (birth) YYYYMM (TMT CPNS) G (1 male, 2 female) NNN.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kinerja {

struct Nip {
    std::string digits;  // exactly 18 ASCII digits, valid per parse_nip

    std::string printed() const;  // "19690627 200112 1 003"
    int birth_year() const;
    int birth_month() const;
    int birth_day() const;
    int tmt_year() const;
    int tmt_month() const;
    int gender() const;           // 1 laki-laki, 2 perempuan
    int sequence() const;         // 1..999

    friend bool operator==(const Nip&, const Nip&) = default;
    friend auto operator<=>(const Nip&, const Nip&) = default;
};

struct NipResult {
    std::optional<Nip> nip;
    std::string error;  // Bahasa Indonesia, empty when nip is set
};

// Accepts spaces and dots between digit groups ("19690627 200112 1 003", "19690627.200112.1.003").
// Rejects, with a message saying why: Excel's scientific form ("1,96906E+17": with the hint to
// format the column as Text), non-digits, a length other than 18, an impossible birth date,
// a TMT CPNS month outside 1..12 or before the 18th birthday year, a gender digit other than 1/2,
// sequence 000.
NipResult parse_nip(std::string_view text);

}  // namespace kinerja
