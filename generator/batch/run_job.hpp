// `kinerja run`: the monthly run over one data folder (DESIGN sections 3 and 5).
#pragma once

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string_view>

#include "model/calendar.hpp"

namespace kinerja {

// A test hook: called with the name of each point of a run as the run passes it, so that a
// test can stop the run exactly there (the points, in order, are listed in run_job.cpp). The
// program never sets one.
using RunCheckpoint = std::function<void(std::string_view point)>;

struct RunOptions {
    std::filesystem::path data_dir;     // the office's data folder
    std::filesystem::path out_dir;      // OUT; the month goes to OUT/YYYY-MM
    Period period;                      // the month
    std::optional<Date> date;           // --date: the signing date printed and the PDF dates;
                                        // none: the period's last working day (templates/libur.csv)
    unsigned jobs = 1;                  // records generated in parallel, >= 1
    bool quiet = false;                 // only problems and the summary
    bool strict = false;                // any problem stops the run before anything is written
    bool all_skp = false;               // --all-skp: every SKP of PermenPANRB 6/2022 printed, also
                                        // one the register says an earlier month printed unchanged
    RunCheckpoint checkpoint;           // tests only; empty: nothing is called
};

// Runs the month; problems to err as FILE:LINE: field: message, the summary to out.
// Returns an ExitCode (cli.hpp).
int run_month(const RunOptions& options, std::ostream& out, std::ostream& err);

}  // namespace kinerja
