#include "batch/check_job.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "batch/month_inputs.hpp"
#include "batch/resources.hpp"
#include "model/calendar.hpp"

namespace kinerja {

std::vector<std::string> periods_in(const FileSource& files) {
    std::set<std::string> found;
    for (const std::string& name : files.list("")) {
        // skp-YYYY-MM.csv | skp-YYYY-MM.xml
        if (name.size() != 15 || name.compare(0, 4, "skp-") != 0) continue;
        std::string ext = name.substr(11);
        if (ext != ".csv" && ext != ".xml") continue;
        std::string periode = name.substr(4, 7);
        if (parse_period(periode)) found.insert(periode);
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
        const BuildResult& built = month.built;
        if (built.data) {
            outcome.summary.pegawai = built.data->pegawai.size();
            outcome.summary.sops = built.data->sops.size();
        }
        outcome.summary.kegiatan += built.kegiatan_count;
        if (!p.empty()) outcome.summary.periods.push_back(p);
        for (const Diagnostic& d : diags.sorted()) {
            // Staff and SOP problems are found again for every period: report each once.
            if (seen.emplace(d.file, d.line, d.field, d.message).second) all.push_back(d);
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
    std::string line = std::to_string(s.pegawai) + " pegawai, " + std::to_string(s.kegiatan) +
                       " kegiatan SKP";
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
