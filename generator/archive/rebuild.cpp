#include "archive/rebuild.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <string_view>
#include <system_error>
#include <utility>

#include <Poco/Data/Session.h>
#include <Poco/Exception.h>

#include "archive/file_hash.hpp"
#include "archive/filing_text.hpp"
#include "archive/migrations.hpp"
#include "archive/register_file.hpp"
#include "archive/register_rows.hpp"
#include "load/io_error.hpp"

namespace kinerja::archive {

namespace fs = std::filesystem;
using namespace Poco::Data::Keywords;

namespace {

constexpr std::string_view new_register_name = ".arsip.db.baru";
constexpr std::string_view indeks_path = "arsip/indeks.csv";
// What SQLite keeps beside a database file, named after it.
const std::vector<std::string> database_companions = {"", "-journal", "-wal", "-shm"};

// The berkas the months rebuilt so far hold, to find a month whose folder contradicts another's.
class BerkasBook {
public:
    // Why the month's documents contradict those before; "" when they do not.
    std::string conflict(int tahun, const std::vector<compose::ArsipEntry>& entries) const {
        for (const compose::ArsipEntry& e : entries) {
            const std::string nomor = "berkas " + std::to_string(e.berkas) + " tahun " + std::to_string(tahun);
            auto known = by_nomor_.find({tahun, e.berkas});
            if (known != by_nomor_.end() && (known->second.nip != e.nip.digits || known->second.box != e.box)) {
                return nomor + " di bulan " + known->second.periode + " milik NIP " + known->second.nip + " di box " +
                       std::to_string(known->second.box) + ", di bulan ini milik NIP " + e.nip.digits + " di box " +
                       std::to_string(e.box);
            }
            auto other = by_nip_.find({tahun, e.nip.digits});
            if (other != by_nip_.end() && other->second != e.berkas) {
                return "NIP " + e.nip.digits + " di bulan sebelumnya ada di berkas " + std::to_string(other->second) +
                       ", di bulan ini di " + nomor;
            }
        }
        return "";
    }

    // Records the month's berkas; returns the entries that open one.
    std::vector<const compose::ArsipEntry*> add(int tahun, const std::string& periode,
                                                const std::vector<compose::ArsipEntry>& entries) {
        std::vector<const compose::ArsipEntry*> opening;
        for (const compose::ArsipEntry& e : entries) {
            if (by_nomor_.emplace(std::pair{tahun, e.berkas}, Known{e.nip.digits, e.box, periode}).second) {
                by_nip_[{tahun, e.nip.digits}] = e.berkas;
                opening.push_back(&e);
            }
        }
        return opening;
    }

private:
    struct Known {
        std::string nip;
        int box = 0;
        std::string periode;  // the month it was first found in
    };
    std::map<std::pair<int, int>, Known> by_nomor_;        // (tahun, berkas)
    std::map<std::pair<int, std::string>, int> by_nip_;    // (tahun, nip) -> berkas
};

// Why one document row cannot be what was filed; "" when it can.
std::string entry_problem(const compose::ArsipEntry& e, const compose::ArsipEntry& first, std::size_t index,
                          const std::map<std::string, std::string>& sha256_of) {
    const auto file = sha256_of.find(e.file);
    const std::pair<bool, const char*> checks[] = {
        {e.no == static_cast<int>(index) + 1, "kolom no tidak berurutan 1, 2, \u2026"},
        {e.box >= 1 && e.berkas >= 1 && e.item >= 1 && e.halaman >= 0,
         "nomor box, berkas, item atau halaman tidak sah"},
        {parse_nip(e.nip.digits).nip.has_value() && e.nip.digits.size() == 18, "NIP tidak sah"},
        {!e.uraian.empty() && !e.nama.empty(), "uraian atau nama kosong"},
        {e.kode_klasifikasi == first.kode_klasifikasi && e.retensi_aktif == first.retensi_aktif &&
             e.retensi_inaktif == first.retensi_inaktif && e.tanggal == first.tanggal,
         "kode klasifikasi, retensi atau tanggal berbeda dengan baris pertama"},
        {file != sha256_of.end() && file->second == e.sha256, "sha256 tidak sama dengan yang di manifest.csv"},
    };
    for (const auto& [ok, message] : checks) {
        if (!ok) return std::string(indeks_path) + " baris " + std::to_string(index + 2) + ": " + message;
    }
    return "";
}

// Why the month cannot be rebuilt from what its folder holds; "" when it can.
std::string month_problem(const FiledMonth& m, const fs::path& out_dir) {
    const std::optional<std::string> marker = read_month_marker(out_dir / m.period.iso());
    const std::string marker_name(marker_file_name);
    if (!marker) return "tidak ada penanda " + marker_name + ": bulan ini tidak terbukti pernah diarsipkan";
    if (*marker != month_marker(m.period.iso(), m.files)) {
        return "manifest.csv tidak cocok dengan penanda " + marker_name +
               ": salah satunya berubah setelah bulan ini diarsipkan";
    }
    std::map<std::string, std::string> sha256_of;
    for (const FileRecord& f : m.files) sha256_of[f.path] = f.sha256;
    const auto indeks = sha256_of.find(std::string(indeks_path));
    if (indeks == sha256_of.end() || indeks->second != m.indeks_sha256) {
        return std::string(indeks_path) + " bukan yang tercatat di manifest.csv: berubah setelah bulan ini diarsipkan";
    }
    try {
        rows::check_month_content(m.entries, m.files);
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    std::map<std::string, int> berkas_of_nip;  // the month's documents of one NIP are in one berkas
    std::map<int, std::string> nip_of_berkas;  // and one berkas is one NIP's
    for (std::size_t i = 0; i < m.entries.size(); ++i) {
        const compose::ArsipEntry& e = m.entries[i];
        std::string problem = entry_problem(e, m.entries.front(), i, sha256_of);
        const bool ascending = i == 0 || std::pair(e.berkas, e.item) > std::pair(m.entries[i - 1].berkas,
                                                                                 m.entries[i - 1].item);
        const bool one_berkas = berkas_of_nip.try_emplace(e.nip.digits, e.berkas).first->second == e.berkas &&
                                nip_of_berkas.try_emplace(e.berkas, e.nip.digits).first->second == e.nip.digits;
        if (problem.empty() && (!ascending || !one_berkas)) {
            problem = std::string(indeks_path) + " baris " + std::to_string(i + 2) +
                      ": berkas dan item tidak urut naik, atau NIP tercantum di dua berkas";
        }
        if (!problem.empty()) return problem;
    }
    if (m.entries.empty() && !m.tanggal) return "tanggal penandatanganan bulan ini tidak diketahui";
    return "";
}

// The files of a rebuilt month that are not as filed.
void check_files(const FiledMonth& m, const fs::path& out_dir, std::vector<VerifyProblem>& problems) {
    for (const FileRecord& f : m.files) {
        const fs::path path = out_dir / m.period.iso() / fs::path(f.path);
        const std::optional<FileHash> now = hash_file(path);
        if (!now) {
            problems.push_back(VerifyProblem{path, VerifyProblem::Kind::missing, ""});
        } else if (now->sha256 != f.sha256 || now->bytes != f.bytes) {
            problems.push_back(VerifyProblem{path, VerifyProblem::Kind::changed, ""});
        }
    }
}

// The SKPs the month printed (PermenPANRB 6/2022): skp/<NIP>.pdf among its files. Their content
// hash is not in the folder, so it is left unknown.
std::vector<PrintedSkp> printed_skp_of(const FiledMonth& m) {
    constexpr std::string_view folder = "skp/", extension = ".pdf";
    std::vector<PrintedSkp> out;
    for (const FileRecord& f : m.files) {
        const std::string_view path = f.path;
        if (path.size() != folder.size() + 18 + extension.size() || !path.starts_with(folder) ||
            !path.ends_with(extension)) {
            continue;
        }
        const std::string digits(path.substr(folder.size(), 18));
        const std::optional<Nip> nip = parse_nip(digits).nip;
        if (nip && nip->digits == digits) out.push_back(PrintedSkp{*nip, m.period.year, f.path, ""});
    }
    return out;
}

// Records one month that month_problem() accepted.
void insert_month(Poco::Data::Session& db, const FiledMonth& m, const RebuildSettings& settings, BerkasBook& book) {
    ArsipSetting arsip = settings.arsip;
    Date tanggal = m.tanggal.value_or(Date{});
    if (!m.entries.empty()) {
        const compose::ArsipEntry& e = m.entries.front();
        arsip.kode_klasifikasi = e.kode_klasifikasi;
        arsip.retensi_aktif = e.retensi_aktif;
        arsip.retensi_inaktif = e.retensi_inaktif;
        tanggal = e.tanggal;
    }
    const int tahun = m.period.year;
    const std::int64_t generation = rows::insert_generation(db, m.period.iso(), "current", tanggal, arsip);
    rows::insert_berkas(db, tahun, generation, book.add(tahun, m.period.iso(), m.entries));
    rows::insert_files(db, generation, m.files);
    rows::insert_items(db, generation, tahun, m.entries);
    rows::insert_printed_skp(db, generation, printed_skp_of(m));
}

// What commit_month keeps up as months are filed, worked out once from every item; and what
// the register should say about where the settings came from.
void finish_register(Poco::Data::Session& db, const std::string& note) {
    db << "UPDATE berkas SET dibuka_oleh = NULL", now;
    db << "UPDATE berkas SET item_terakhir = (SELECT max(i.nomor) FROM item i WHERE i.berkas = berkas.id)", now;
    rows::title_berkas(db, 0);
    std::string value = note;
    db << "INSERT INTO meta (key, value) VALUES ('rebuilt', ?)", use(value), now;
}

std::string settings_note(const RebuildReport& report, const std::vector<std::string>& empty_months,
                          const RebuildSettings& settings) {
    auto joined = [](const std::vector<std::string>& months) {
        std::string text;
        for (const std::string& m : months) text += (text.empty() ? "" : ", ") + m;
        return text;
    };
    std::string note = "dibangun ulang dari folder bulan " + joined(report.rebuilt) +
                       "; unit_pengolah, kapasitas_box, nasib_akhir dan sisi_cetak bulan-bulan itu diambil dari " + settings.source +
                       " saat dibangun ulang, karena folder bulan tidak menyimpannya";
    if (!empty_months.empty()) {
        note += "; bulan tanpa dokumen (" + joined(empty_months) + "): kode_klasifikasi dan retensi juga dari sana";
    }
    return note;
}

// The new register at `path`, holding every month that can be rebuilt.
RebuildReport build_new_register(const fs::path& path, const std::vector<FiledMonth>& months,
                                 const RebuildSettings& settings, const fs::path& out_dir) {
    RebuildReport report;
    std::vector<std::string> empty_months;
    Poco::Data::Session db = open_database(path, Access::read_write);
    db << "PRAGMA foreign_keys = ON", now;
    db << "PRAGMA synchronous = FULL", now;
    migrate(db, register_migrations());
    db << "BEGIN IMMEDIATE", now;
    BerkasBook book;
    for (const FiledMonth& m : months) {
        std::string problem = month_problem(m, out_dir);
        if (problem.empty()) problem = book.conflict(m.period.year, m.entries);
        if (!problem.empty()) {
            report.not_rebuilt.push_back({m.period.iso(), problem});
            continue;
        }
        insert_month(db, m, settings, book);
        report.rebuilt.push_back(m.period.iso());
        if (m.entries.empty()) empty_months.push_back(m.period.iso());
        check_files(m, out_dir, report.problems);
    }
    finish_register(db, settings_note(report, empty_months, settings));
    db << "COMMIT", now;
    return report;
}

void remove_database(const fs::path& db) {
    std::error_code ec;
    for (const std::string& suffix : database_companions) fs::remove(db.string() + suffix, ec);
}

// Renames OUT/arsip.db and what SQLite keeps beside it to arsip.db.rusak-N(-journal…), N the
// first number free for all of them. Returns the new names.
std::vector<fs::path> set_aside(const fs::path& out_dir) {
    const fs::path db = out_dir / register_file_name;
    auto taken = [&](int n) {
        std::error_code ec;
        return std::any_of(database_companions.begin(), database_companions.end(), [&](const std::string& suffix) {
            return fs::exists(db.string() + ".rusak-" + std::to_string(n) + suffix, ec);
        });
    };
    int n = 1;
    while (taken(n)) ++n;
    std::vector<fs::path> moved;
    for (const std::string& suffix : database_companions) {
        const fs::path from = db.string() + suffix;
        const fs::path to = db.string() + ".rusak-" + std::to_string(n) + suffix;
        std::error_code ec;
        if (!fs::exists(fs::symlink_status(from, ec))) continue;
        fs::rename(from, to, ec);
        if (ec) throw IoError(from.string() + ": tidak dapat dipindahkan ke " + to.string() + ": " + io_cause(ec));
        moved.push_back(to);
    }
    return moved;
}

}  // namespace

RebuildReport rebuild_register(const OutLock& lock, std::vector<FiledMonth> months, const RebuildSettings& settings) {
    if (lock.mode() != OutLock::Mode::exclusive) throw std::logic_error("arsip: rebuild tanpa kunci eksklusif");
    const fs::path& out_dir = lock.out_dir();
    const RegisterCondition::State state = inspect_register(out_dir).state;
    if (state == RegisterCondition::State::healthy || state == RegisterCondition::State::newer) {
        throw std::logic_error("arsip: register yang dapat dipakai tidak dibangun ulang");
    }
    std::sort(months.begin(), months.end(),
              [](const FiledMonth& a, const FiledMonth& b) { return a.period.iso() < b.period.iso(); });
    for (FiledMonth& m : months) {
        for (compose::ArsipEntry& e : m.entries) e.jenis = jenis_of_uraian(e.uraian);
    }
    const fs::path fresh = out_dir / new_register_name;
    remove_database(fresh);  // left by a rebuild that was stopped
    RebuildReport report;
    try {
        report = build_new_register(fresh, months, settings, out_dir);
    } catch (const Poco::Exception& e) {
        remove_database(fresh);
        if (const std::optional<std::string> cause = database_io_cause(e)) {
            throw IoError(fresh.string() + ": register baru tidak dapat ditulis: " + *cause);
        }
        throw std::runtime_error(fresh.string() + ": register baru tidak dapat ditulis: " + e.displayText());
    } catch (...) {
        remove_database(fresh);
        throw;
    }
    report.set_aside = set_aside(out_dir);
    std::error_code ec;
    fs::rename(fresh, out_dir / register_file_name, ec);
    if (ec) {
        throw IoError(fresh.string() + ": tidak dapat dipindahkan ke " + std::string(register_file_name) + ": " +
                      io_cause(ec));
    }
    lock.sync_folder();
    return report;
}

}  // namespace kinerja::archive
