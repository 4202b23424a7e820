#include "batch/check_job.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "batch/employee_documents.hpp"
#include "batch/employee_documents2022.hpp"
#include "compose/distribusi.hpp"
#include "layout/layout_engine.hpp"
#include "batch/month_inputs.hpp"
#include "batch/resources.hpp"
#include "model/calendar.hpp"

#ifndef KINERJA_VERSION
#define KINERJA_VERSION "0.0.0"
#endif

namespace kinerja {
namespace {

// Lays out (without rendering or writing) every document `kinerja run` would make of the
// month, reporting what does not fit in run's words: the SOPs, and each employee's formulir
// and pengukuran, signed on the default date (the period's last working day).
void lay_out_documents(const PreparedMonth& month, const BundledFonts& fonts, const std::string& periode,
                       Diagnostics& diags) {
    if (!month.built.data) return;
    const DataSet& data = *month.built.data;
    const MonthTools& tools = month.tools;
    for (const PlannedSop& planned : month.sops) {
        try {
            lay_out_sop(data, *planned.sop,
                        SopTools{*fonts.book, fonts.files, *tools.sop, tools.logo ? &*tools.logo : nullptr});
        } catch (const std::exception& e) {
            report_sop_problem(*planned.sop, e, diags);
        }
    }
    const std::optional<Period> period = parse_period(periode);
    if (!period) return;
    const DocumentEngine engine{tools, *fonts.book, fonts.files,
                                layout::FileInfo{"kinerja " KINERJA_VERSION, month.tanggal.iso()}, *period,
                                month.tanggal};
    for (const Assessed& employee : month.assessed) {
        report_document_problems(employee, lay_out_employee(employee, engine, data), diags);
    }
    for (const Planned2022& employee : month.planned2022) {
        report_document_problems(employee, lay_out_employee2022(employee, true, engine, data), diags);
    }
    const Pegawai* pimpinan = data.find_pegawai(data.instansi.pimpinan);
    for (const Distribusi& d : month.month2022.distribusi) {
        try {
            const compose::DistribusiInput input{data.instansi, d, pimpinan, month.tanggal, &tools.signatures};
            layout::layout_document(compose::distribusi_document(input), *fonts.book, engine.info);
        } catch (const std::exception& e) {
            report_distribusi_problem(data, d, e, diags);
        }
    }
}

// The indikator of the 2022 plans kept.
std::size_t indikator_count(const Data2022& data) {
    std::size_t count = 0;
    for (const auto& [nip, skp] : data.skp) {
        for (const auto* list : {&skp.utama, &skp.tambahan}) {
            for (const RencanaHasilKerja& r : *list) count += r.indikator.size();
        }
    }
    return count;
}

}  // namespace

// The period files of both regimes (DESIGN sections 4 and 8.2): a name is PREFIX + YYYY-MM + EXT.
constexpr std::string_view period_prefixes[] = {"skp-", "perilaku-", "realisasi-", "penilaian-", "evaluasi-"};
constexpr std::string_view period_extensions[] = {".csv", ".xlsx", ".xml"};

std::vector<std::string> periods_in(const FileSource& files) {
    std::set<std::string> found;
    for (const std::string& name : files.list("")) {
        for (std::string_view prefix : period_prefixes) {
            for (std::string_view extension : period_extensions) {
                const std::size_t length = prefix.size() + 7 + extension.size();
                if (name.size() != length || !name.starts_with(prefix) || !name.ends_with(extension)) continue;
                const std::string periode = name.substr(prefix.size(), 7);
                if (parse_period(periode)) found.insert(periode);
            }
        }
    }
    return {found.begin(), found.end()};
}

CheckOutcome check_data(const FileSource& files, const std::optional<std::string>& periode) {
    std::vector<std::string> periods;
    if (periode) {
        periods.push_back(*periode);
    } else {
        periods = periods_in(files);
        if (periods.empty()) periods.push_back("");  // staff and SOPs only
    }

    CheckOutcome outcome;
    const std::filesystem::path resources = resource_dir();
    const BundledFonts fonts = load_bundled_fonts(resources);
    std::vector<Diagnostic> all;
    // Seen problems, by content: a set, since a hostile file may bring hundreds of thousands.
    std::set<std::tuple<std::string, int, std::string, std::string>> seen;
    for (const std::string& p : periods) {
        // The validation of `kinerja run` itself (batch/month_inputs.hpp): what run reports, check
        // reports.
        Diagnostics diags;
        PreparedMonth month;
        prepare_month(month, files, p, resources, fonts, diags);
        if (!month.file_problem) lay_out_documents(month, fonts, p, diags);
        const BuildResult& built = month.built;
        if (built.data) {
            outcome.summary.pegawai = built.data->pegawai.size();
            outcome.summary.sops = built.data->sops.size();
        }
        outcome.summary.kegiatan += built.kegiatan_count;
        if (built.data) outcome.summary.indikator += indikator_count(built.data->regime2022);
        if (!p.empty()) outcome.summary.periods.push_back(p);
        for (const Diagnostic& d : diags.sorted()) {
            // Staff and SOP problems are found again for every period: report each once.
            if (seen.emplace(d.file, d.line, d.field, d.message).second) all.push_back(d);
        }
        for (const Diagnostic& d : diags.sorted_warnings()) {
            if (seen.emplace(d.file, d.line, d.field, d.message).second) outcome.warnings.push_back(d);
        }
    }
    std::stable_sort(all.begin(), all.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.file != b.file) return a.file < b.file;
        return a.line < b.line;
    });
    outcome.problems = std::move(all);
    return outcome;
}

std::string summary_line(const CheckOutcome& outcome) {
    const CheckSummary& s = outcome.summary;
    std::string line = std::to_string(s.pegawai) + " pegawai, ";
    if (s.indikator > 0 && s.kegiatan == 0) {
        line += std::to_string(s.indikator) + " indikator SKP";
    } else {
        line += std::to_string(s.kegiatan) + " kegiatan SKP";
        if (s.indikator > 0) line += ", " + std::to_string(s.indikator) + " indikator SKP";
    }
    if (!s.periods.empty()) {
        line += " (";
        for (std::size_t i = 0; i < s.periods.size(); ++i) {
            if (i > 0) line += ", ";
            line += s.periods[i];
        }
        line += ")";
    }
    line += ", " + std::to_string(s.sops) + " SOP: ";
    if (outcome.problems.empty()) {
        line += "tidak ada masalah";
    } else {
        line += std::to_string(outcome.problems.size()) + " masalah";
    }
    return line;
}

}  // namespace kinerja
