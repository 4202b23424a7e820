#include "scoring/month2022.hpp"

#include <algorithm>

namespace kinerja {

namespace {

// The evaluation periods rated this month, in the order bulanan, triwulanan, tahunan.
std::vector<PeriodeEvaluasi> periods_rated(const std::vector<HasilEvaluasi>& hasil) {
    std::vector<PeriodeEvaluasi> periods;
    for (const HasilEvaluasi& h : hasil) {
        if (std::find(periods.begin(), periods.end(), h.evaluasi->periode) == periods.end()) {
            periods.push_back(h.evaluasi->periode);
        }
    }
    std::sort(periods.begin(), periods.end(),
              [](const PeriodeEvaluasi& a, const PeriodeEvaluasi& b) { return a.jenis < b.jenis; });
    return periods;
}

void warn_broken_rules(const DataSet& data, const Distribusi& d, Diagnostics& diags) {
    const CapaianOrganisasiEntry* entry = data.instansi.regime.capaian_for(d.periode);
    if (!entry) return;
    for (const HasilAturan& h : d.aturan) {
        if (!h.sesuai) diags.add_warning(entry->loc.file, entry->loc.line, "capaian-organisasi", pesan_aturan(d, h));
    }
}

}  // namespace

std::optional<CapaianOrganisasi> capaian_of(const DataSet& data, const PeriodeEvaluasi& periode) {
    const CapaianOrganisasiEntry* entry = data.instansi.regime.capaian_for(periode);
    return entry ? std::optional(entry->nilai) : std::nullopt;
}

Month2022 score_month2022(const DataSet& data, const Regulasi2022& rules, Diagnostics& diags) {
    Month2022 month;
    for (const Evaluasi& e : data.regime2022.evaluasi) {
        const Pegawai* pegawai = data.find_pegawai(e.nip);
        if (!pegawai) continue;  // the model keeps only evaluations of known staff
        month.hasil.push_back(hasil_evaluasi(rules, e, *pegawai, capaian_of(data, e.periode)));
    }
    for (const PeriodeEvaluasi& periode : periods_rated(month.hasil)) {
        std::vector<HasilEvaluasi> of_period;
        for (const HasilEvaluasi& h : month.hasil) {
            if (h.evaluasi->periode == periode) of_period.push_back(h);
        }
        Distribusi& d = month.distribusi.emplace_back(
            periksa_distribusi(rules, periode, capaian_of(data, periode), of_period, data.instansi.pimpinan));
        warn_broken_rules(data, d, diags);
    }
    return month;
}

}  // namespace kinerja
