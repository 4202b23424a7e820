// What a month is made from, read and checked: the one validation path of `kinerja check` and
// `kinerja run` (DESIGN section 3: check reports exactly what run would report).
//
// prepare_month reads the data folder (load_data_folder, build_dataset), the templates (the
// office's own in DATA_DIR/templates/, else the shipped ones), the logo and the scanned
// signatures, checks that every text can be printed, and plans the documents: which SOPs and
// which employees' formulir and pengukuran can be made. Every problem goes to `diags`. What
// it cannot check without making the documents (a text that does not fit its cell) is left
// to the documents themselves.
//
// A problem with a whole file (missing, unreadable, wrong encoding, no header with the
// required columns, a template error, a logo or signature that cannot be used) sets
// `file_problem`: run then writes nothing, so that a filed month is never replaced by one made
// from part of its inputs.
#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "batch/resources.hpp"
#include "batch/sop_job.hpp"
#include "compose/arsip.hpp"
#include "compose/dokumen_evaluasi.hpp"
#include "compose/evaluasi2022.hpp"
#include "compose/formulir.hpp"
#include "compose/pengukuran.hpp"
#include "compose/skp2022.hpp"
#include "compose/sop.hpp"
#include "load/file_source.hpp"
#include "load/source.hpp"
#include "model/build.hpp"
#include "model/calendar.hpp"
#include "scoring/month2022.hpp"

namespace kinerja {

// What every document of the month is made with (const once prepared; shared by workers).
struct MonthTools {
    const BundledFonts* fonts = nullptr;             // loaded once per command
    std::optional<compose::FormulirTemplate> formulir;  // nullopt: the template has problems
    std::optional<compose::SopTemplate> sop;
    std::optional<compose::PengukuranTemplate> pengukuran;
    std::optional<compose::ArsipIndeksTemplate> indeks;
    std::optional<compose::ArsipLabelTemplate> label;
    // PermenPANRB 6/2022 months only (DESIGN 8): the documents' templates and the rules.
    std::optional<compose::Skp2022Template> skp2022;
    std::optional<compose::Evaluasi2022Template> evaluasi2022;
    std::optional<compose::DokumenEvaluasiTemplate> dokumen_evaluasi;
    std::optional<Regulasi2022> regulasi2022;
    std::optional<doc::ImageData> logo;
    compose::Signatures signatures;  // DATA_DIR/ttd/<NIP>.png or .jpg that are usable, by NIP digits
};

// One employee whose formulir and pengukuran can be made.
struct Assessed {
    const Pegawai* pegawai = nullptr;  // in PreparedMonth::built.data
    const Skp* skp = nullptr;
};

// One employee of a PermenPANRB 6/2022 month: the year's plan (an SKP to print) and this
// month's evaluations (an Evaluasi and a Dokumen Evaluasi each).
struct Planned2022 {
    const Pegawai* pegawai = nullptr;         // in PreparedMonth::built.data
    const Skp2022* skp = nullptr;             // never null
    std::vector<const HasilEvaluasi*> hasil;  // in PreparedMonth::month2022, bulanan first
};

struct PreparedMonth {
    BuildResult built;               // the typed data; built.data unset when instansi.xml is unusable
    MonthTools tools;
    std::vector<PlannedSop> sops;    // every SOP of sop/ that can be made, with its file name
    std::vector<Assessed> assessed;  // in pegawai-file order
    // PermenPANRB 6/2022 months: every evaluation scored and each period's distribution (empty
    // when the rules could not be used), and the employees whose documents can be made.
    Month2022 month2022;
    std::vector<Planned2022> planned2022;  // in pegawai-file order
    Date tanggal;                    // the signing date: --date, else the period's last working day
    bool file_problem = false;       // a whole file could not be used: run writes nothing

    PreparedMonth() = default;
    PreparedMonth(const PreparedMonth&) = delete;  // assessed and sops point into built
    PreparedMonth& operator=(const PreparedMonth&) = delete;
};

// Reads and checks the month `periode` ("YYYY-MM"; empty: staff, SOPs and templates only).
// `date`: the signing date the user gave (--date); without it, the period's last working day by
// templates/libur.csv (a warning when the table has no day of that year: weekdays only then).
// Throws std::runtime_error only when what ships with the program cannot be read.
void prepare_month(PreparedMonth& month, const FileSource& files, const std::string& periode,
                   const std::filesystem::path& resources, const BundledFonts& fonts, Diagnostics& diags,
                   std::optional<Date> date = std::nullopt);

}  // namespace kinerja
