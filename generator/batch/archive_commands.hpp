// The archive in the batch stage (DESIGN sections 3, 5 and 7): the month's archive step of
// `kinerja run`, the CSV files it writes, and the commands `kinerja archive list`,
// `kinerja archive verify` and `kinerja archive rebuild`.
//
// How `kinerja run` files a month (every call below is in batch/run_job.cpp's order):
//
//   MonthArchive archive = MonthArchive::open(options.out_dir);   // 1. BEFORE MonthStaging:
//   for (auto& r : archive.recovered()) err << r.message() << '\n'; //    recovers a killed run
//   MonthStaging staging(options.out_dir, periode);
//   std::vector<archive::FileRecord> files;                       // 2. stage every document
//   files.push_back(stage_file(staging, "formulir/<NIP>.pdf", pdf, pages));  //  through stage_file
//   filings.push_back({p.nip, p.nama_lengkap(), "pengukuran/<NIP>.pdf", halaman_arsip, sha256});
//   ...
//   ArchiveOutcome done = archive.file_month(staging, input);     // 3. last: indeks.csv/.xlsx/.pdf,
//                                                                 //    label-box.pdf, manifest.csv,
//                                                                 //    then staging.commit() inside
//
// file_month calls staging.commit() itself, between recording the month as pending and
// making it current, so nothing may be written to the staging folder after it.
#pragma once

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "archive/month_documents.hpp"
#include "archive/register.hpp"
#include "batch/output_folder.hpp"
#include "batch/rendered_document.hpp"
#include "batch/xlsx_writer.hpp"
#include "compose/arsip.hpp"
#include "compose/document.hpp"
#include "model/calendar.hpp"
#include "model/dataset.hpp"

namespace kinerja {

// indeks.csv: the DESIGN columns, one row per entry, numbers with a dot, tanggal YYYY-MM-DD,
// nip as 18 digits.
std::string indeks_csv(const std::vector<compose::ArsipEntry>& entries);
// indeks.xlsx: the same columns and rows as a workbook; nip and the texts as text, the numbers
// as numbers, tanggal as a date.
std::string indeks_xlsx(const std::vector<compose::ArsipEntry>& entries, const xlsx::Properties& properties);
// `archive list`: the indeks.csv columns and `periode` last.
std::string register_csv(const std::vector<compose::ArsipEntry>& entries);
// manifest.csv: path, bytes, pages, sha256 of each file, by path.
std::string manifest_csv(std::vector<archive::FileRecord> files);

// Writes one file into the staging folder and describes it for the register and manifest.
archive::FileRecord stage_file(MonthStaging& staging, const std::string& path, std::string_view bytes,
                               int pages);
// The same for a rendered document: its PDF and its pages.
archive::FileRecord stage_file(MonthStaging& staging, const std::string& path, const RenderedDocument& document);

// Paths of the archive outputs inside OUT/YYYY-MM.
inline constexpr std::string_view indeks_csv_path = "arsip/indeks.csv";
inline constexpr std::string_view indeks_xlsx_path = "arsip/indeks.xlsx";
inline constexpr std::string_view indeks_pdf_path = "arsip/indeks.pdf";
inline constexpr std::string_view label_pdf_path = "arsip/label-box.pdf";
inline constexpr std::string_view manifest_path = "manifest.csv";

// What the month's archive step is made from. References must outlive file_month().
struct ArchiveMonthInput {
    const DataSet& data;                          // instansi (arsip settings) and the staff
    Period period;                                // the month
    Date tanggal;                                 // signing date (--date): printed and registered
    std::vector<archive::Filing> filings;         // the pengukuran documents, pegawai-file order
    std::vector<archive::FileRecord> files;       // every file already staged (stage_file)
    const compose::ArsipIndeksTemplate& indeks;   // templates/arsip-indeks.xml, loaded
    const compose::ArsipLabelTemplate& label;     // templates/arsip-label-box.xml, loaded
    PdfTools tools;                               // fonts and PDF metadata of the run
    const doc::ImageData* logo = nullptr;         // the office logo, when there is one
    // Called once the indeks and labels are staged, before the manifest: adds to the files a
    // file finished meanwhile (cetak.pdf), given the indeks and labels as rendered when
    // print_archive_documents (else none); nothing is called when empty.
    std::function<void(std::vector<archive::FileRecord>& files, std::vector<RenderedDocument>& archive_documents)>
        finish_files;
    // The SKPs printed this month (PermenPANRB 6/2022), each file among `files`: remembered so
    // that later months print an SKP again only when it changed.
    std::vector<archive::PrintedSkp> printed_skp;
    // Whether finish_files is given the rendered indeks and labels, to join them to cetak.pdf
    // (DESIGN 8.4: the archive documents end a PermenPANRB 6/2022 month's cetak.pdf).
    bool print_archive_documents = false;
};

struct ArchiveOutcome {
    archive::MonthPlan plan;                  // the month's numbers, entries and boxes
    std::vector<archive::FileRecord> files;   // every file of the month as registered
};

// The register for one run.
class MonthArchive {
public:
    // Opens (and in a new OUT creates) OUT/arsip.db, recovering from a killed run. Call before
    // making the MonthStaging of the run. Throws archive::RegisterUnusable when the register is
    // missing, empty or damaged next to filed months (the run must write nothing then),
    // std::runtime_error when another process holds OUT (see archive::Register::open).
    static MonthArchive open(const std::filesystem::path& out_dir);
    const std::vector<archive::Recovery>& recovered() const { return register_.recovered(); }

    // Numbers the month's documents, writes arsip/indeks.csv, arsip/indeks.xlsx, arsip/indeks.pdf,
    // arsip/label-box.pdf and manifest.csv (every file of the month but itself) into the
    // staging folder, records the month as pending, puts the folder in place
    // (staging.commit()) and makes the month current in the register. On failure before the
    // folder is in place, the register is left as it was; throws what layout, render, the
    // register or the folder rename throw.
    ArchiveOutcome file_month(MonthStaging& staging, const ArchiveMonthInput& input);

    archive::Register& register_file() { return register_; }

private:
    explicit MonthArchive(archive::Register r) : register_(std::move(r)) {}
    archive::Register register_;
};

// `kinerja archive list`: the register (one month, or all) as CSV on out; a filing a killed
// run left pending noted on err. Reads only (archive::Register::open_read_only). Returns an
// ExitCode (cli.hpp): exit_failure when OUT holds no usable register, another process is
// writing it, or it cannot be read.
int archive_list(const std::filesystem::path& out_dir, std::optional<Period> period, std::ostream& out,
                 std::ostream& err);

// `kinerja archive verify`: each problem archive::Register::verify finds as one line on err,
// the summary on out. Reads only. exit_ok when nothing is wrong; exit_problems when something
// is, the register itself missing, empty or damaged next to filed months included;
// exit_failure when OUT holds neither register nor month folder, another process is writing,
// or a file cannot be read.
int archive_verify(const std::filesystem::path& out_dir, std::ostream& out, std::ostream& err);

// `kinerja archive rebuild`: a missing, empty or damaged OUT/arsip.db rebuilt from OUT's month
// folders (archive/rebuild.hpp), the settings they do not hold taken from
// DATA_DIR/instansi.xml. A healthy register is not touched. exit_ok when every month folder
// was rebuilt with every file as filed; exit_problems when the register was refused, a month
// could not be rebuilt (named on err) or a file is missing or changed, or instansi.xml cannot
// give the settings; exit_failure on I/O failure or when another process holds OUT.
int archive_rebuild(const std::filesystem::path& data_dir, const std::filesystem::path& out_dir, std::ostream& out,
                    std::ostream& err);

}  // namespace kinerja
