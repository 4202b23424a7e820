// Helpers for the archive tests: temporary OUT folders, employees, and a month filed through
// the register's protocol one step at a time (so a test can stop where a kill would).
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <unistd.h>

#include "archive/register.hpp"
#include "model/calendar.hpp"

namespace kinerja::test {

namespace fs = std::filesystem;

constexpr Period maret{2024, 3};  // the month most archive tests file
constexpr Period april{2024, 4};  // and the months after it
constexpr Period mei{2024, 5};

inline std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void write_file(const fs::path& path, const std::string& bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

// A fresh empty folder under the system temp folder, removed when the object goes.
class ScratchDir {
public:
    explicit ScratchDir(const std::string& name)
        : path_(fs::temp_directory_path() / (name + "-" + std::to_string(getpid()))) {
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~ScratchDir() { fs::remove_all(path_); }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

// A valid NIP: born 1 January 1980, CPNS January 2005, male, sequence n (1..999).
inline Nip test_nip(int n) {
    std::string tail = std::to_string(n);
    return Nip{"198001012005011" + std::string(3 - tail.size(), '0') + tail};
}

inline ArsipSetting test_arsip(int kapasitas) {
    return ArsipSetting{"800.1.4.4", kapasitas, 2, 3, "Subbagian Perencanaan dan Keuangan", NasibAkhir::musnah};
}

// The month's files as a run would stage them: pengukuran/<NIP>.pdf for each employee number
// (contents depend on `version`, so a re-run writes different bytes) and rekap.csv.
struct StagedMonth {
    Period period;
    std::vector<archive::Filing> filings;
    std::vector<archive::FileRecord> files;
};

inline StagedMonth stage_files(const fs::path& dir, Period period, const std::vector<int>& employees,
                               const std::string& version = "1") {
    StagedMonth m{period, {}, {}};
    std::string rekap = "nip,nama\n";
    for (int n : employees) {
        const Nip nip = test_nip(n);
        const std::string rel = "pengukuran/" + nip.digits + ".pdf";
        const std::string bytes = "%PDF pengukuran " + nip.digits + " " + period.iso() + " v" + version;
        write_file(dir / rel, bytes);
        m.files.push_back(archive::describe_file(rel, bytes, 2));
        m.filings.push_back(archive::Filing{nip, "Pegawai " + std::to_string(n), rel, 2, m.files.back().sha256});
        rekap += nip.digits + ",Pegawai " + std::to_string(n) + "\n";
    }
    write_file(dir / "rekap.csv", rekap);
    m.files.push_back(archive::describe_file("rekap.csv", rekap, 0));
    return m;
}

// Replaces OUT/YYYY-MM by the staging folder the way MonthStaging::commit does: the old month
// aside, the new one in, the old one removed. `steps` stops early (1: old month moved aside).
inline void rename_into_place(const archive::MonthFolders& f, int steps = 3) {
    if (fs::exists(f.month)) fs::rename(f.month, f.previous);
    if (steps < 2) return;
    fs::rename(f.staging, f.month);
    if (steps < 3) return;
    fs::remove_all(f.previous);
}

// Files a whole month (every step of the protocol) with employees in this order.
inline archive::MonthPlan file_month(archive::Register& reg, const fs::path& out, Period period,
                                     const std::vector<int>& employees, int kapasitas = 10,
                                     const std::string& version = "1") {
    const archive::MonthFolders f = archive::month_folders(out, period.iso());
    fs::remove_all(f.staging);
    StagedMonth staged = stage_files(f.staging, period, employees, version);
    archive::MonthPlan plan = reg.plan_month(period, period.last_day(), test_arsip(kapasitas), staged.filings);
    archive::PendingMonth pending = reg.stage_month(plan, staged.files, f.staging);
    rename_into_place(f);
    reg.commit_month(pending);
    return plan;
}

}  // namespace kinerja::test
