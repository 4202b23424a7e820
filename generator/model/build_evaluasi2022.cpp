// realisasi-YYYY-MM and penilaian-YYYY-MM, or evaluasi-YYYY-MM.xml (DESIGN 8.2, 8.5): each
// employee's evaluations of the period, every row checked against pegawai and the plans.
#include <algorithm>
#include <array>
#include <map>
#include <utility>

#include "model/build_2022.hpp"

namespace kinerja {

namespace {

// Where the rows of one evaluation meet: NIP digits and PeriodeEvaluasi::key().
using EvaluasiKey = std::pair<std::string, std::string>;

struct EvaluasiDraft {
    Evaluasi evaluasi;
    bool valid = false;
};

// What the rows of one kind share: the pegawai, the evaluation, and the plan.
struct RowTarget {
    const Pegawai* pegawai = nullptr;
    PeriodeEvaluasi periode;
    const Skp2022* plan = nullptr;
};

struct Context {
    const Period& period;
    const RegimeSetting& regime;
    const Nip* pimpinan;
    const Roster& roster;
    const PlanBuild& plans;
    const std::string& penilaian_file;
};

// Why an evaluasi is not allowed in a month, by jenis (bulanan always is).
constexpr std::array<std::string_view, 3> kEvaluasiMonths{"", "hanya bulan 03, 06, 09 dan 12",
                                                          "hanya bulan 12"};

std::optional<PeriodeEvaluasi> read_periode(RecordCheck& check, const std::string& text, const Period& period) {
    const std::optional<JenisEvaluasi> jenis = parse_jenis_evaluasi(text);
    if (!jenis) {
        check.fail("evaluasi", "evaluasi tidak dikenal: " + quoted(text) + " (pilih: bulanan, triwulanan, tahunan)");
        return std::nullopt;
    }
    std::optional<PeriodeEvaluasi> periode = periode_evaluasi(*jenis, period);
    if (!periode) {
        check.fail("evaluasi", "evaluasi " + std::string(jenis_evaluasi_text(*jenis)) + " tidak untuk periode " +
                                   period.iso() + " (" +
                                   std::string(kEvaluasiMonths.at(static_cast<std::size_t>(*jenis))) + ")");
    }
    return periode;
}

// The pegawai, evaluation and plan a row names; nullopt when one of them is not there (reported,
// or left silent when its cause is reported elsewhere: a left-out pegawai row, a broken plan).
std::optional<RowTarget> read_target(RecordCheck& check, const std::string& nip_text, const std::string& evaluasi,
                                     std::string_view what, const Context& ctx) {
    RowTarget out;
    const std::optional<Nip> nip = check.nip("nip", nip_text);
    if (nip) {
        if (const std::optional<std::size_t> row = ctx.roster.row_of(check, "nip", *nip, "pegawai")) {
            out.pegawai = ctx.roster.kept.at(*row) ? &*ctx.roster.kept.at(*row) : nullptr;
            if (out.pegawai == nullptr) check.fail_silently();
        }
    }
    const std::optional<PeriodeEvaluasi> periode = read_periode(check, evaluasi, ctx.period);
    if (out.pegawai == nullptr || !periode) return std::nullopt;
    out.periode = *periode;
    out.plan = ctx.plans.plan_of(out.pegawai->nip);
    if (out.plan != nullptr) return out;
    if (ctx.plans.unread || ctx.plans.written.contains(nip->digits)) {
        check.fail_silently();
    } else {
        check.fail("nip", "ada " + std::string(what) + " tetapi tidak ada SKP tahun " +
                              std::to_string(ctx.period.year) + " untuk NIP " + nip->printed());
    }
    return std::nullopt;
}

std::optional<Rating> read_rating(RecordCheck& check, std::string_view field, const std::string& text) {
    if (text.empty()) {
        check.fail(field, "wajib diisi");
        return std::nullopt;
    }
    const std::optional<Rating> rating = parse_rating(text);
    if (!rating) {
        check.fail(field, "rating tidak dikenal: " + quoted(text) +
                              " (pilih: Di Bawah Ekspektasi, Sesuai Ekspektasi, Di Atas Ekspektasi)");
    }
    return rating;
}

// rating_hasil_kerja: the pimpinan may leave it empty when the evaluation has a capaian
// organisasi (DESIGN 8.2).
std::optional<Rating> read_hasil_kerja(RecordCheck& check, const std::string& text, const Nip& nip,
                                       const PeriodeEvaluasi& periode, const Context& ctx) {
    const bool pimpinan = ctx.pimpinan != nullptr && nip == *ctx.pimpinan;
    if (!text.empty() || !pimpinan) return read_rating(check, "rating_hasil_kerja", text);
    if (ctx.regime.capaian_for(periode) == nullptr) {
        check.fail("rating_hasil_kerja", "wajib diisi (pimpinan boleh mengosongkannya bila instansi.xml memberi "
                                         "capaian organisasi " + periode.nama() + ")");
    }
    return std::nullopt;
}

void read_penilaian_row(const PenilaianRecord& record, const Context& ctx, std::map<EvaluasiKey, EvaluasiDraft>& out,
                        Diagnostics& diags) {
    RecordCheck check(diags, record.loc);
    check.refused(record.refused);
    const std::optional<RowTarget> target = read_target(check, record.nip, record.evaluasi, "penilaian", ctx);
    Evaluasi evaluasi;
    evaluasi.loc = record.loc;
    std::optional<Rating> perilaku = read_rating(check, "rating_perilaku", record.rating_perilaku);
    if (!target) return;
    evaluasi.nip = target->pegawai->nip;
    evaluasi.periode = target->periode;
    evaluasi.rating_hasil_kerja = read_hasil_kerja(check, record.rating_hasil_kerja, evaluasi.nip, evaluasi.periode, ctx);
    evaluasi.rating_perilaku = perilaku.value_or(Rating::sesuai);
    evaluasi.umpan_balik = record.umpan_balik;
    evaluasi.catatan = record.catatan;
    const EvaluasiKey key{evaluasi.nip.digits, evaluasi.periode.key()};
    if (auto it = out.find(key); it != out.end()) {
        check.fail("evaluasi", "penilaian " + std::string(jenis_evaluasi_text(evaluasi.periode.jenis)) + " NIP " +
                                   evaluasi.nip.printed() + " sudah ada di baris " +
                                   std::to_string(it->second.evaluasi.loc.line));
        it->second.valid = false;
        return;
    }
    out.emplace(key, EvaluasiDraft{std::move(evaluasi), check.ok()});
}

// The indikator of the plan a realisasi row names: by indikator, and by rhk when given.
std::optional<IndikatorRef> find_indikator(RecordCheck& check, const RealisasiRecord& record, const Skp2022& plan) {
    const std::string indikator = text_key(record.indikator);
    const std::string rhk = text_key(record.rhk);
    std::vector<IndikatorRef> found;
    for (bool tambahan : {false, true}) {
        const std::vector<RencanaHasilKerja>& list = tambahan ? plan.tambahan : plan.utama;
        for (std::size_t r = 0; r < list.size(); ++r) {
            if (!rhk.empty() && text_key(list[r].rhk) != rhk) continue;
            for (std::size_t i = 0; i < list[r].indikator.size(); ++i) {
                if (text_key(list[r].indikator[i].indikator) == indikator) found.push_back({tambahan, r, i});
            }
        }
    }
    if (found.size() == 1) return found.front();
    if (found.empty()) {
        check.fail("indikator", "realisasi untuk indikator yang tidak ada di SKP: " + quoted(record.indikator) +
                                    (rhk.empty() ? "" : " (RHK " + quoted(record.rhk) + ")"));
    } else {
        check.fail("rhk", "indikator " + quoted(record.indikator) + " ada di " + std::to_string(found.size()) +
                              " RHK; isi rhk untuk memilih salah satunya");
    }
    return std::nullopt;
}

// Realisasi rows already kept, by evaluation and indikator, for the repeat check.
using RealisasiLines = std::map<std::pair<EvaluasiKey, IndikatorRef>, int>;

void read_realisasi_row(const RealisasiRecord& record, const Context& ctx, std::map<EvaluasiKey, EvaluasiDraft>& drafts,
                        RealisasiLines& seen, Diagnostics& diags) {
    RecordCheck check(diags, record.loc);
    check.refused(record.refused);
    check.required("indikator", record.indikator);
    check.required("realisasi", record.realisasi);
    const std::optional<RowTarget> target = read_target(check, record.nip, record.evaluasi, "realisasi", ctx);
    if (!target) return;
    const EvaluasiKey key{target->pegawai->nip.digits, target->periode.key()};
    const std::optional<IndikatorRef> ref =
        record.indikator.empty() ? std::nullopt : find_indikator(check, record, *target->plan);
    if (ref) {
        if (auto [it, added] = seen.emplace(std::pair{key, *ref}, record.loc.line); !added) {
            check.fail("indikator", "realisasi indikator ini untuk evaluasi " +
                                        std::string(jenis_evaluasi_text(target->periode.jenis)) +
                                        " sudah ada di baris " + std::to_string(it->second));
        }
    }
    const auto draft = drafts.find(key);
    if (draft == drafts.end()) {
        if (ctx.penilaian_file.empty() || !diags.has_file_problem(ctx.penilaian_file)) {
            check.fail("nip", "realisasi tanpa penilaian: tidak ada penilaian " +
                                  std::string(jenis_evaluasi_text(target->periode.jenis)) + " untuk NIP " +
                                  target->pegawai->nip.printed());
        }
        return;
    }
    if (!check.ok()) {
        draft->second.valid = false;  // the evaluation would print without this row
        return;
    }
    draft->second.evaluasi.realisasi.push_back(Realisasi{record.loc, ref.value(), record.realisasi, record.bukti_dukung,
                                                          record.umpan_balik});
}

// A rated indikator with no realisasi prints blank: warned at the penilaian row.
void warn_missing_realisasi(const Evaluasi& evaluasi, const Skp2022& plan, Diagnostics& diags) {
    for (bool tambahan : {false, true}) {
        const std::vector<RencanaHasilKerja>& list = tambahan ? plan.tambahan : plan.utama;
        for (std::size_t r = 0; r < list.size(); ++r) {
            for (std::size_t i = 0; i < list[r].indikator.size(); ++i) {
                const IndikatorRef ref{tambahan, r, i};
                const bool given = std::any_of(evaluasi.realisasi.begin(), evaluasi.realisasi.end(),
                                               [&](const Realisasi& x) { return x.ref == ref; });
                if (given) continue;
                diags.add_warning(evaluasi.loc.file, evaluasi.loc.line, "realisasi",
                                  "tidak ada realisasi " + evaluasi.periode.nama() + " untuk indikator " +
                                      quoted(list[r].indikator[i].indikator) + " (RHK " + quoted(list[r].rhk) +
                                      "); dicetak kosong");
            }
        }
    }
}

// Whether the evaluation files are of the period (an XML form names it; else reported for the file).
bool evaluasi_files_usable(const Raw2022& raw, const Period& period, Diagnostics& diags) {
    if (raw.evaluasi_periode_attr.empty() || parse_period(raw.evaluasi_periode_attr) == period) return true;
    diags.add_file_problem(raw.evaluasi_periode_loc, "periode",
                           "periode " + quoted(raw.evaluasi_periode_attr) +
                               " tidak sama dengan periode yang diminta (" + period.iso() + ")");
    return false;
}

}  // namespace

std::vector<Evaluasi> build_evaluasi(const Raw2022& raw, const Period& period, const RegimeSetting& regime,
                                     const Nip* pimpinan, const Roster& roster, const PlanBuild& plans,
                                     Diagnostics& diags) {
    std::vector<Evaluasi> out;
    if (!evaluasi_files_usable(raw, period, diags)) return out;
    const Context ctx{period, regime, pimpinan, roster, plans, raw.penilaian_file};
    std::map<EvaluasiKey, EvaluasiDraft> drafts;
    for (const PenilaianRecord& record : raw.penilaian) read_penilaian_row(record, ctx, drafts, diags);
    RealisasiLines seen;
    for (const RealisasiRecord& record : raw.realisasi) read_realisasi_row(record, ctx, drafts, seen, diags);
    for (const std::optional<Pegawai>& pegawai : roster.kept) {
        if (!pegawai) continue;
        for (JenisEvaluasi jenis : {JenisEvaluasi::bulanan, JenisEvaluasi::triwulanan, JenisEvaluasi::tahunan}) {
            const std::optional<PeriodeEvaluasi> periode = periode_evaluasi(jenis, period);
            if (!periode) continue;
            const auto draft = drafts.find(EvaluasiKey{pegawai->nip.digits, periode->key()});
            if (draft == drafts.end() || !draft->second.valid) continue;
            Evaluasi& evaluasi = draft->second.evaluasi;
            std::sort(evaluasi.realisasi.begin(), evaluasi.realisasi.end(),
                      [](const Realisasi& a, const Realisasi& b) { return a.ref < b.ref; });
            warn_missing_realisasi(evaluasi, *plans.plan_of(evaluasi.nip), diags);
            out.push_back(std::move(evaluasi));
        }
    }
    return out;
}

Data2022 build_regime2022(const RawData& raw, const Period& period, const RegimeSetting& regime,
                          const Nip* pimpinan, const Roster& roster, Diagnostics& diags) {
    Data2022 out;
    out.tahun = period.year;
    PlanBuild plans = build_plans(raw.regime2022, period, roster, diags);
    out.evaluasi = build_evaluasi(raw.regime2022, period, regime, pimpinan, roster, plans, diags);
    out.skp = std::move(plans.skp);
    out.tanpa_skp = plans.tanpa_skp;
    return out;
}

}  // namespace kinerja
