#include "model/nip.hpp"

#include "model/ascii.hpp"

#include <stdexcept>
#include <utility>

#include "load/field_text.hpp"
#include "model/calendar.hpp"

namespace kinerja {

namespace {

using ascii::is_digit;
using ascii::is_space;

constexpr std::size_t kNipLength = 18;
constexpr int kEarliestBirthYear = 1940;
constexpr int kLatestBirthYear = 2010;
constexpr int kMinAgeAtTmt = 17;  // TMT CPNS year >= birth year + 17



// The integer written by digits[pos, pos + len) of a NIP already checked to be 18 digits.
int field(std::string_view digits, std::size_t pos, std::size_t len) {
    int value = 0;
    for (char c : digits.substr(pos, len)) value = value * 10 + (c - '0');
    return value;
}

NipResult failure(std::string message) { return NipResult{std::nullopt, std::move(message)}; }

}  // namespace

NipResult parse_nip(std::string_view text) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    if (text.empty()) return failure("NIP kosong");

    if (looks_like_excel_number(text)) {
        return failure("NIP terbaca sebagai angka oleh Excel (" + std::string(text) +
                       "): format kolom NIP sebagai Teks lalu ketik ulang NIP");
    }

    std::string digits;
    for (char c : text) {
        if (is_digit(c)) {
            digits += c;
        } else if (c != ' ' && c != '.') {
            return failure("NIP hanya boleh berisi angka");
        }
    }
    if (digits.size() != kNipLength) {
        return failure("NIP harus 18 angka, ditemukan " + std::to_string(digits.size()));
    }

    int birth_year = field(digits, 0, 4);
    if (birth_year < kEarliestBirthYear || birth_year > kLatestBirthYear ||
        !is_valid_date(birth_year, field(digits, 4, 2), field(digits, 6, 2))) {
        return failure("tanggal lahir dalam NIP tidak valid (" + digits.substr(0, 8) + ")");
    }
    int tmt_year = field(digits, 8, 4);
    int tmt_month = field(digits, 12, 2);
    if (tmt_year < birth_year + kMinAgeAtTmt || tmt_month < 1 || tmt_month > 12) {
        return failure("TMT CPNS dalam NIP tidak valid (" + digits.substr(8, 6) + ")");
    }
    char gender = digits.at(14);
    if (gender != '1' && gender != '2') {
        return failure(std::string("digit jenis kelamin dalam NIP harus 1 atau 2, ditemukan ") +
                       gender);
    }
    if (field(digits, 15, 3) == 0) return failure("nomor urut dalam NIP tidak boleh 000");

    return NipResult{Nip{std::move(digits)}, {}};
}

namespace {

std::string_view checked(const Nip& nip) {
    if (nip.digits.size() != kNipLength) {
        throw std::logic_error("Nip used before it was parsed: '" + nip.digits + "'");
    }
    return nip.digits;
}

}  // namespace

std::string Nip::printed() const {
    std::string_view d = checked(*this);
    std::string out;
    out.reserve(kNipLength + 3);
    out.append(d.substr(0, 8)).append(" ").append(d.substr(8, 6)).append(" ");
    out.append(d.substr(14, 1)).append(" ").append(d.substr(15, 3));
    return out;
}

int Nip::birth_year() const { return field(checked(*this), 0, 4); }
int Nip::birth_month() const { return field(checked(*this), 4, 2); }
int Nip::birth_day() const { return field(checked(*this), 6, 2); }
int Nip::tmt_year() const { return field(checked(*this), 8, 4); }
int Nip::tmt_month() const { return field(checked(*this), 12, 2); }
int Nip::gender() const { return field(checked(*this), 14, 1); }
int Nip::sequence() const { return field(checked(*this), 15, 3); }

}  // namespace kinerja
