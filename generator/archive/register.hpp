// The archive register OUT/arsip.db (DESIGN sections 5 and 7): every month filed, the berkas
// and boxes of each year, and every file of each month with its SHA-256.
//
// A month is filed together with its folder, so that whatever moment the run is killed the
// register and OUT/YYYY-MM agree:
//   1. plan_month: the numbers of the month's documents (before the index and labels are made);
//   2. stage_month: once every file of the month is staged and hashed, one transaction records
//      the month as a *pending* generation, then a marker naming its content is written into
//      the staging folder;
//   3. the caller renames the staging folder into place (MonthStaging::commit);
//   4. commit_month: one transaction makes the pending generation the month's current one and
//      drops the one it replaces.
// Opening the register to write recovers from a run killed part way: a pending generation
// whose marker is in OUT/YYYY-MM (or in a complete staging folder that was not yet renamed)
// is finished, any other is dropped, and a month folder moved aside and not replaced is put
// back. When a re-run files exactly the content the month already holds, old and new folder
// carry the same marker and the same files: finishing the pending generation then changes
// nothing on disk.
//
// A register that is missing, empty or damaged while OUT holds month folders is never
// replaced by a new one (register_file.hpp): opening it throws RegisterUnusable, and
// `kinerja archive rebuild` (rebuild.hpp) restores it from the month folders.
//
// One writer at a time: a Register opened to write holds the exclusive OutLock on OUT
// (out_lock.hpp) while it lives; one opened read-only holds it shared and writes nothing.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "archive/register_file.hpp"
#include "compose/arsip.hpp"
#include "model/calendar.hpp"
#include "model/dataset.hpp"
#include "model/nip.hpp"

namespace kinerja::archive {

// File names inside OUT.
inline constexpr std::string_view register_file_name = "arsip.db";
// The lock file of kinerja before the lock moved to the OUT folder itself (out_lock.hpp): it
// locks nothing now, and opening the register to write removes it.
inline constexpr std::string_view old_lock_file_name = ".arsip.lock";
// The marker a filed month folder holds: "<content digest>\n", the SHA-256 (64 lowercase hex
// digits) of the month's periode and of the path, size, pages and hash of each of its files.
// It depends on nothing else, so the same content filed again (or into another OUT) writes the
// same marker and the folder stays byte-identical.
inline constexpr std::string_view marker_file_name = ".arsip-generasi";

// Where a month's folder is and where it stays while being replaced; the same names
// batch/output_folder.hpp's MonthStaging uses.
struct MonthFolders {
    std::filesystem::path month;     // OUT/YYYY-MM
    std::filesystem::path staging;   // OUT/.YYYY-MM.tmp: the new month being written
    std::filesystem::path previous;  // OUT/.YYYY-MM.old: the old month while it is replaced
};
MonthFolders month_folders(const std::filesystem::path& out_dir, const std::string& periode);

// One document to file this month: the Arsip copy of an employee's pengukuran kinerja (PP 46),
// or one of his Dokumen Evaluasi Kinerja Pegawai (PermenPANRB 6/2022). The caller says which
// (`evaluasi`); the register words the item and the berkas from that (archive/filing_text.hpp).
struct Filing {
    Nip nip;
    std::string nama;     // nama lengkap with gelar, as printed
    // Relative to OUT/YYYY-MM: "pengukuran/<NIP>.pdf", "dokumen-evaluasi/<NIP><S>.pdf".
    std::string file;
    int halaman = 0;      // pages of the filed copy, >= 1
    std::string sha256;   // of the file, 64 lowercase hex digits
    // The evaluation a Dokumen Evaluasi is of: periode_evaluasi(jenis, the month filed).
    // nullopt: the month's pengukuran kinerja.
    std::optional<PeriodeEvaluasi> evaluasi = std::nullopt;
};

// One SKP (PermenPANRB 6/2022, DESIGN 8.4) a run printed this month: OUT/YYYY-MM/skp/<NIP>.pdf.
// An SKP is not filed (no berkas, no item); the register remembers it only so that the later
// months of the year print it again only when it changed (Register::skp_to_print).
struct PrintedSkp {
    Nip nip;
    int tahun = 0;       // the year of the plan, which is the year of the month
    std::string file;    // relative to OUT/YYYY-MM: "skp/<NIP>.pdf", one of the month's files
    // SHA-256 (64 lowercase hex digits) of the SKP's content: the plan rows and the printed
    // identities, not the file (which also holds the signing date). Empty: not known (only a
    // rebuilt register records SKPs so).
    std::string sha256;
    friend bool operator==(const PrintedSkp&, const PrintedSkp&) = default;
};

// An SKP of this month's plans, as skp_to_print asks about it.
struct SkpContent {
    Nip nip;
    std::string sha256;  // of its content, as PrintedSkp::sha256
};

// One file of a month's folder.
struct FileRecord {
    std::string path;         // relative to OUT/YYYY-MM, '/'-separated, e.g. "arsip/indeks.csv"
    std::uint64_t bytes = 0;  // size
    int pages = 0;            // PDF pages; 0 for other files
    std::string sha256;       // 64 lowercase hex digits
    friend bool operator==(const FileRecord&, const FileRecord&) = default;
};
FileRecord describe_file(std::string path, std::string_view bytes, int pages);

// The marker of a month's content (see marker_file_name): `files` in any order.
std::string month_marker(const std::string& periode, std::vector<FileRecord> files);
// The marker in `folder`, without its line end; nullopt when there is none.
std::optional<std::string> read_month_marker(const std::filesystem::path& folder);

// The month's documents with their numbers (step 1).
struct MonthPlan {
    Period period;                               // the month
    Date tanggal;                                // signing date of the documents
    ArsipSetting arsip;                          // the office's archive settings for this filing
    std::vector<compose::ArsipEntry> entries;    // index order: by berkas, then item; no = 1..n
    std::vector<compose::ArsipBox> boxes;        // the boxes holding them, ascending, with their kinds
    // The Daftar Berkas: every berkas of the year with an item filed in an earlier month of
    // the year (as filed now) or in this plan, by number; this plan's items counted in.
    std::vector<compose::ArsipBerkas> berkas;
};

// A month recorded as pending (step 2), to be committed (step 4) or dropped.
struct PendingMonth {
    std::int64_t generation = 0;  // > 0
    std::string periode;          // "YYYY-MM"
};

// What opening the register did about a run that was killed part way.
struct Recovery {
    enum class Action {
        finished,  // the month folder was in place: the pending filing became current
        dropped,   // the month folder was not replaced: the pending filing was forgotten
        restored,  // the previous month folder, moved aside, was put back
    };
    std::string periode;
    Action action = Action::dropped;
    std::string message() const;  // Bahasa Indonesia, one line
};

// One thing `archive verify` found wrong.
struct VerifyProblem {
    enum class Kind {
        missing,             // a registered file is not there
        changed,             // a registered file's bytes are not the ones filed
        unregistered_file,   // a file in a filed month's folder that the register does not know
        unregistered_month,  // a month folder (OUT/YYYY-MM) the register does not know
        damaged_register,    // SQLite finds the register's database damaged (detail: its words)
        pending_month,       // a filing a killed run left, not yet recovered (detail: periode)
    };
    std::filesystem::path path;  // the file or folder, with OUT as given
    Kind kind = Kind::missing;
    std::string detail;          // see Kind
    // One line, Bahasa Indonesia: "out/2024-03/pengukuran/1969….pdf: berkas hilang".
    std::string message() const;
};

struct VerifyReport {
    std::size_t months = 0;                // months filed
    std::size_t files = 0;                 // files checked
    std::vector<VerifyProblem> problems;   // the register's own first, then by month, then path
    std::size_t file_problems() const;     // problems of kind missing or changed
};

class Register {
public:
    // Opens OUT/arsip.db to write: takes the exclusive lock, creates OUT and the register when
    // OUT holds no month folder yet, checks the database (PRAGMA quick_check), migrates it to
    // the current schema and recovers (see above; before a run makes its staging folder).
    // Throws RegisterUnusable (register_file.hpp) when the register is missing, empty or not a
    // register while OUT holds month folders, is damaged, or is newer than this program;
    // std::runtime_error (Bahasa Indonesia) when another kinerja process holds OUT.
    static Register open(const std::filesystem::path& out_dir);

    // Opens OUT/arsip.db to read only (SQLite's mode=ro) under the shared lock: no file in OUT
    // is created or written, nothing is recovered or migrated, and a copy on a read-only
    // medium opens as well. Throws RegisterUnusable when OUT holds no usable register (the
    // message says whether month folders are there), std::runtime_error as open() does.
    static Register open_read_only(const std::filesystem::path& out_dir);

    Register(Register&&) noexcept;
    Register& operator=(Register&&) noexcept;
    ~Register();

    const std::vector<Recovery>& recovered() const;  // what open() did, in order
    int schema_version() const;
    // The months of filings a killed run left pending, ascending: none once open() recovered;
    // open_read_only() leaves them for the next writer.
    std::vector<std::string> pending_months() const;
    // The months filed ("YYYY-MM", current), ascending.
    std::vector<std::string> filed_months() const;

    // Step 1: the numbers of this month's documents, given in pegawai-file order, and the
    // year's berkas once they are filed. Reads only. One NIP may file several documents (its
    // Dokumen Evaluasi bulanan, triwulanan, tahunan; never more than one of each, nor a
    // pengukuran next to them): they go into its berkas one after the other, in that order,
    // whatever order they are given in. A document already filed in this month (the same file)
    // keeps its item number. Throws std::invalid_argument when a filing is not valid, its
    // evaluation is not one this month makes, or a NIP or file is filed twice.
    MonthPlan plan_month(Period period, Date tanggal, const ArsipSetting& arsip,
                         const std::vector<Filing>& filings) const;

    // Step 2: records the plan, every file of the month (which must include each entry's
    // file) and the SKPs printed this month (each one's file among `files`) as a pending
    // generation, then writes the marker into `staging_dir`. The SKPs count for skp_to_print
    // once the month is committed, and are forgotten with the generation. Throws
    // std::logic_error when the register changed since the plan was made, a filing is
    // pending already or the register was opened read-only, std::invalid_argument when an
    // entry's or SKP's file is not among `files`, a path or an SKP's NIP is repeated, or an
    // SKP has no valid NIP, year of the month or SHA-256.
    PendingMonth stage_month(const MonthPlan& plan, const std::vector<FileRecord>& files,
                             const std::filesystem::path& staging_dir,
                             const std::vector<PrintedSkp>& printed_skp = {});

    // Step 4: the pending generation becomes the month's current one; the one it replaces is
    // dropped (its berkas and numbers stay). Throws std::logic_error when it is not pending
    // (or the register was opened read-only).
    void commit_month(const PendingMonth& pending);

    // Forgets a pending generation (the folder was not put in place). No-op when not pending;
    // std::logic_error on a register opened read-only.
    void drop_month(const PendingMonth& pending);

    // The register's documents as index rows: every month filed, or one; by month, then no.
    std::vector<compose::ArsipEntry> list(std::optional<Period> period = std::nullopt) const;

    // The register checked against itself and OUT: SQLite's integrity and foreign key checks
    // (when they fail, nothing else is checked), a pending filing (its month not checked),
    // every registered file re-hashed, every file in a filed month's folder that is not
    // registered (the marker aside), and every month folder that is not filed.
    VerifyReport verify() const;

    // Which of `skps`, SKPs of the plans of `period`'s year, a run for `period` must print
    // (DESIGN 8.4), one flag each in order: an SKP is printed when no filed month of that year
    // before `period` printed an SKP of its NIP, or the latest that did printed one whose
    // content differs or is not known (a rebuilt register). `period` itself and later months
    // do not count, so a re-run of a month decides as its first run did. `--all-skp` prints
    // every SKP: that is the caller's. Reads only; works on a register opened read-only.
    std::vector<bool> skp_to_print(Period period, const std::vector<SkpContent>& skps) const;

    // The SKPs printed in a month as filed, by NIP (empty when the month is not filed).
    std::vector<PrintedSkp> printed_skp(Period period) const;

    // Every file of a month as filed (empty when the month is not filed).
    std::vector<FileRecord> files(Period period) const;

private:
    struct Impl;
    explicit Register(std::unique_ptr<Impl> impl);
    // verify() of one filed month: its registered files re-hashed, then the files in its
    // folder the register does not know.
    void verify_month(const std::string& periode, VerifyReport& report) const;
    std::unique_ptr<Impl> impl_;
};

}  // namespace kinerja::archive
