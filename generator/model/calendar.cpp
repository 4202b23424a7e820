#include "model/calendar.hpp"

#include <array>
#include <stdexcept>

namespace kinerja {

namespace {

constexpr std::array<const char*, 12> kBulan = {"Januari", "Februari", "Maret",     "April",
                                                "Mei",     "Juni",     "Juli",      "Agustus",
                                                "September", "Oktober", "November", "Desember"};

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// Zero-padded decimal of `value` (>= 0) in `width` digits.
std::string padded(int value, std::size_t width) {
    std::string s = std::to_string(value);
    if (s.size() < width) s.insert(0, width - s.size(), '0');
    return s;
}

// Value of `text` when it is exactly digits; -1 otherwise.
int digits_value(std::string_view text) {
    if (text.empty()) return -1;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

}  // namespace

int days_in_month(int year, int month) {
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) {
        throw std::out_of_range("days_in_month: month " + std::to_string(month));
    }
    if (month == 2 && is_leap(year)) return 29;
    return kDays.at(static_cast<std::size_t>(month - 1));
}

bool is_valid_date(int year, int month, int day) {
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
           day <= days_in_month(year, month);
}

std::string Date::iso() const {
    return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2);
}

std::string Period::iso() const { return padded(year, 4) + "-" + padded(month, 2); }

Date Period::first_day() const {
    days_in_month(year, month);  // rejects a month outside 1..12
    return Date{year, month, 1};
}

Date Period::last_day() const { return Date{year, month, days_in_month(year, month)}; }

std::string Period::bulan_tahun() const { return nama_bulan(month) + " " + std::to_string(year); }

std::optional<Date> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int year = digits_value(text.substr(0, 4));
    int month = digits_value(text.substr(5, 2));
    int day = digits_value(text.substr(8, 2));
    if (year < 0 || month < 0 || day < 0 || !is_valid_date(year, month, day)) return std::nullopt;
    return Date{year, month, day};
}

std::optional<Period> parse_period(std::string_view text) {
    if (text.size() != 7 || text[4] != '-') return std::nullopt;
    int year = digits_value(text.substr(0, 4));
    int month = digits_value(text.substr(5, 2));
    if (year < 1 || month < 1 || month > 12) return std::nullopt;
    return Period{year, month};
}

std::string nama_bulan(int month) {
    if (month < 1 || month > 12) {
        throw std::out_of_range("nama_bulan: month " + std::to_string(month));
    }
    return kBulan.at(static_cast<std::size_t>(month - 1));
}

std::string format_tanggal(const Date& d) {
    return std::to_string(d.day) + " " + nama_bulan(d.month) + " " + std::to_string(d.year);
}

std::string format_rentang(const Date& from, const Date& to) {
    if (from.year == to.year) {
        return std::to_string(from.day) + " " + nama_bulan(from.month) + " s.d. " +
               format_tanggal(to);
    }
    return format_tanggal(from) + " s.d. " + format_tanggal(to);
}

}  // namespace kinerja
