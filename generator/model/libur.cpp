#include "model/libur.hpp"

#include <chrono>

#include "model/build_check.hpp"

namespace kinerja {

DaftarLibur build_libur(const std::vector<LiburRecord>& records, Diagnostics& diags) {
    DaftarLibur libur;
    for (const LiburRecord& r : records) {
        RecordCheck check(diags, r.loc);
        check.refused(r.refused);
        const std::optional<Date> tanggal = check.date("tanggal", r.tanggal);
        check.choice<JenisLibur>("jenis", r.jenis, "jenis libur",
                                 {{"libur nasional", JenisLibur::libur_nasional},
                                  {"cuti bersama", JenisLibur::cuti_bersama}});
        if (check.ok() && tanggal) libur.add(*tanggal);
    }
    return libur;
}

int iso_weekday(const Date& d) {
    namespace chrono = std::chrono;
    const chrono::year_month_day ymd{chrono::year{d.year}, chrono::month{static_cast<unsigned>(d.month)},
                                     chrono::day{static_cast<unsigned>(d.day)}};
    return static_cast<int>(chrono::weekday{chrono::sys_days{ymd}}.iso_encoding());
}

Date last_working_day(const Period& period, const DaftarLibur& libur) {
    Date d = period.last_day();
    for (int day = d.day; day >= 1; --day) {
        d.day = day;
        if (iso_weekday(d) <= 5 && !libur.is_libur(d)) return d;
    }
    return period.last_day();  // a month with no working day at all: its last day
}

}  // namespace kinerja
