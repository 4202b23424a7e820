// `kinerja archive rebuild`: a lost or damaged register restored from the month folders
// (DESIGN sections 5 and 7).
//
// What a filed month's folder holds and proves:
// - manifest.csv: path, bytes, pages and sha256 of every file of the month but itself and the
//   marker;
// - the marker .arsip-generasi: month_marker() of the periode and of those records together
//   with manifest.csv's own, so a manifest whose rows and own bytes give the marker is the one
//   filed;
// - arsip/indeks.csv, whose hash the manifest holds: the month's documents with their box,
//   berkas and item numbers, uraian, nama, tanggal and halaman, kode klasifikasi and retensi.
// The berkas of each year follow from the documents: a berkas's number, NIP and box are the
// same in every month it appears in, its title follows its lowest item (as when filed: that
// item's nama and kind), and its last item number is the highest found. indeks.csv has no
// column for a document's kind: it is read from its uraian (archive::jenis_of_uraian), which
// the register worded from the kind. A month may hold several documents of one NIP (the 2022
// regime's Dokumen Evaluasi bulanan, triwulanan, tahunan), in one berkas, by item number.
//
// What the folders do not hold: the unit pengolah, the box capacity, the nasib akhir and the
// print sides (<cetak sisi>) each month was filed with (indeks.pdf and label-box.pdf print the
// unit pengolah and nasib akhir, cetak.pdf asks for its sides, but a PDF is not read back).
// They are taken from the office's instansi.xml as it is when rebuilding (RebuildSettings),
// and the register says so in its meta table ('rebuilt'). Numbering takes the capacity of the
// run that files, and no output prints the stored unit pengolah; the stored nasib akhir is
// what the Daftar Berkas of a later month prints for a berkas whose latest item is in a
// rebuilt month, and the stored sides how it counts the lembar of a rebuilt month's items. For a
// month with no document (indeks.csv with its header only) the kode klasifikasi and retensi
// come from there as well, and the signing date from FiledMonth::tanggal.
//
// The SKPs a month printed under PermenPANRB 6/2022 (skp/<NIP>.pdf, listed in manifest.csv like
// every file) are recorded as printed in that month, but with their content hash unknown: the
// folder holds only the hash of the file, which also depends on the signing date. So the first
// run of a later month of the year prints each of those SKPs again (Register::skp_to_print),
// and records its content; nothing changed is ever left unprinted. A re-run of a month filed
// before the rebuild may so print more SKPs than its first run did.
//
// Numbers that a rebuild cannot know: a berkas opened by a filing that a later re-run of the
// same month replaced, and never filed in another month, appears in no folder; neither does an
// item number used only by such a filing. The next run may give those numbers again.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "archive/out_lock.hpp"
#include "archive/register.hpp"
#include "compose/arsip.hpp"
#include "model/calendar.hpp"
#include "model/dataset.hpp"

namespace kinerja::archive {

// One month folder as read back (batch reads and parses its CSV files).
struct FiledMonth {
    Period period;
    std::vector<FileRecord> files;             // manifest.csv's rows, and manifest.csv itself
    std::string indeks_sha256;                 // of arsip/indeks.csv as read
    std::vector<compose::ArsipEntry> entries;  // arsip/indeks.csv's rows, in its order; jenis not read
    std::optional<Date> tanggal;               // the signing date, for a month without entries
};

// What the month folders do not hold (see above), and where it came from.
struct RebuildSettings {
    ArsipSetting arsip;  // unit_pengolah, kapasitas_box, nasib_akhir; kode and retensi for empty months
    std::string source;  // as the user would name it: "data/instansi.xml"
};

// A month folder left out of the rebuilt register.
struct MonthNotRebuilt {
    std::string periode;  // YYYY-MM
    std::string reason;   // Bahasa Indonesia
    friend bool operator==(const MonthNotRebuilt&, const MonthNotRebuilt&) = default;
};

struct RebuildReport {
    std::vector<std::string> rebuilt;             // months in the new register, ascending
    std::vector<MonthNotRebuilt> not_rebuilt;     // by month
    std::vector<VerifyProblem> problems;          // files of rebuilt months missing or changed since filed
    std::vector<std::filesystem::path> set_aside; // the register that was there, and its journal, as renamed
};

// Builds a new register from `months` (any order) in OUT/.arsip.db.baru, renames whatever is at
// OUT/arsip.db (and its -journal, -wal, -shm) aside to arsip.db.rusak-N (the first N free;
// nothing is deleted), and puts the new one in its place. A month goes in when its marker
// proves its files, its indeks.csv is the one its manifest names, its documents agree with
// themselves, and its berkas numbers agree with the months before it; else it is reported in
// not_rebuilt. Needs the exclusive lock. Throws std::logic_error when OUT/arsip.db is a healthy
// register or a newer one (inspect_register: never replaced), std::runtime_error on I/O or
// database failure (the register that was there is then left where it was).
RebuildReport rebuild_register(const OutLock& lock, std::vector<FiledMonth> months, const RebuildSettings& settings);

}  // namespace kinerja::archive
