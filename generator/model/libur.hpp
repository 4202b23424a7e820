// The national holidays and cuti bersama of each year (templates/libur.csv, replaceable by an
// office in DATA_DIR/templates/ like a template), and the signing date they give: the last
// working day of the period, not a Saturday, Sunday, holiday or cuti bersama (DESIGN section 3).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "load/records.hpp"
#include "load/source.hpp"
#include "model/calendar.hpp"

namespace kinerja {

enum class JenisLibur { libur_nasional, cuti_bersama };

class DaftarLibur {
public:
    void add(Date tanggal) {
        days_.insert(tanggal);
        years_.insert(tanggal.year);
    }
    bool is_libur(const Date& d) const { return days_.count(d) > 0; }
    // True when the table lists days of `year` (a year not in it is taken as having none).
    bool covers(int year) const { return years_.count(year) > 0; }

private:
    std::set<Date> days_;
    std::set<int> years_;
};

// The table's rows, each checked (tanggal a date, jenis "libur nasional" or "cuti bersama");
// a bad row is reported at its line and left out.
DaftarLibur build_libur(const std::vector<LiburRecord>& records, Diagnostics& diags);

// 1 Monday … 7 Sunday.
int iso_weekday(const Date& d);

// The last day of `period` that is neither a Saturday, a Sunday nor in `libur`.
Date last_working_day(const Period& period, const DaftarLibur& libur);

}  // namespace kinerja
