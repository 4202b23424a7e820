// Dates and periods, written the Indonesian way.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace kinerja {

struct Date {
    int year = 0, month = 0, day = 0;  // a valid Gregorian date

    std::string iso() const;  // "2024-03-31"
    friend bool operator==(const Date&, const Date&) = default;
    friend auto operator<=>(const Date&, const Date&) = default;
};

struct Period {
    int year = 0, month = 0;  // month 1..12

    std::string iso() const;       // "2024-03"
    Date first_day() const;
    Date last_day() const;
    std::string bulan_tahun() const;  // "Maret 2024"
    friend bool operator==(const Period&, const Period&) = default;
    friend auto operator<=>(const Period&, const Period&) = default;
};

bool is_valid_date(int year, int month, int day);
int days_in_month(int year, int month);

// "YYYY-MM-DD" only, a real date.
std::optional<Date> parse_iso_date(std::string_view text);
// "YYYY-MM" only.
std::optional<Period> parse_period(std::string_view text);

std::string nama_bulan(int month);          // 3 -> "Maret"
std::string format_tanggal(const Date& d);  // "1 Maret 2024"
// "2 Januari s.d. 31 Maret 2024"; "2 Januari 2023 s.d. 31 Maret 2024" across years.
std::string format_rentang(const Date& from, const Date& to);

}  // namespace kinerja
