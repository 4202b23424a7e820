// skp-YYYY (DESIGN 8.2, 8.5): each kept employee's plan for the year, every row checked; an
// employee with a bad row keeps no plan.
#include <algorithm>
#include <array>
#include <map>
#include <utility>

#include "model/ascii.hpp"
#include "model/build_2022.hpp"
#include "model/suggestion.hpp"

namespace kinerja {

std::string text_key(std::string_view text) {
    std::string out;
    bool blank = false;
    for (char c : text) {
        if (ascii::is_space(c)) {
            blank = !out.empty();
            continue;
        }
        if (blank) out += ' ';
        blank = false;
        out += ascii::lower(c);
    }
    return out;
}

const Skp2022* PlanBuild::plan_of(const Nip& nip) const {
    const auto it = skp.find(nip.digits);
    return it != skp.end() ? &it->second : nullptr;
}

namespace {

// One RHK as its rows come in.
struct RhkDraft {
    RencanaHasilKerja rhk;
    std::string key;                                // text_key(rhk)
    int atasan_line = 0;                            // the row that gave rhk_atasan
    std::map<std::string, int> indikator_lines;     // text_key(indikator) -> its row
    std::map<Aspek, int> aspek_lines;               // aspek -> its row
};

// One employee's rows, gathered before they become a Skp2022.
struct PlanDraft {
    const Pegawai* pegawai = nullptr;
    SourceLoc first;  // the first row
    bool written = false;
    bool broken = false;
    std::array<std::vector<RhkDraft>, 2> rhk;  // utama, tambahan
    std::array<int, kNilaiDasarCount> ekspektasi_lines{};
    std::array<int, 2> aspek_line{};  // the first indikator row without (0) and with (1) an aspek
    bool aspek_mixed = false;    // reported once
    Skp2022 skp;                 // ekspektasi and lampiran; the RHKs go in at the end
};

struct PlanDrafts {
    std::map<std::string, PlanDraft> by_nip;  // one per kept pegawai
    PlanDraft unattributed;                   // scratch for a row with an unusable NIP
};

enum class JenisBaris { utama, tambahan, ekspektasi, dukungan, skema, konsekuensi };

// The draft a row adds to (a scratch one after an unusable or unknown NIP, reported); nullptr
// when the NIP's pegawai row was left out (reported there).
PlanDraft* draft_for(RecordCheck& check, const std::string& nip_text, const Roster& roster, PlanDrafts& drafts) {
    const std::optional<Nip> nip = check.nip("nip", nip_text);
    if (nip && roster.row_of(check, "nip", *nip, "pegawai")) {
        auto it = drafts.by_nip.find(nip->digits);
        return it != drafts.by_nip.end() ? &it->second : nullptr;
    }
    drafts.unattributed = PlanDraft{};
    return &drafts.unattributed;
}

// The RHK of `draft` that a row names, added when new.
RhkDraft& rhk_of(PlanDraft& draft, bool tambahan, const Skp2022Record& record) {
    std::vector<RhkDraft>& list = draft.rhk[tambahan ? 1 : 0];
    const std::string key = text_key(record.rhk);
    for (RhkDraft& rhk : list) {
        if (rhk.key == key) return rhk;
    }
    RhkDraft& added = list.emplace_back();
    added.rhk.loc = record.loc;
    added.rhk.rhk = record.rhk;
    added.key = key;
    return added;
}

// rhk_atasan is given once per RHK; given again, it must be the same.
void merge_rhk_atasan(RecordCheck& check, RhkDraft& rhk, const Skp2022Record& record) {
    if (record.rhk_atasan.empty()) return;
    if (rhk.atasan_line == 0) {
        rhk.rhk.rhk_atasan = record.rhk_atasan;
        rhk.atasan_line = record.loc.line;
    } else if (text_key(rhk.rhk.rhk_atasan) != text_key(record.rhk_atasan)) {
        check.fail("rhk_atasan", "RHK ini sudah diberi rhk_atasan lain di baris " + std::to_string(rhk.atasan_line) +
                                     ": " + quoted(rhk.rhk.rhk_atasan));
    }
}

// Every indikator row of one employee gives an aspek, or none does (kualitatif).
void check_aspek_given(RecordCheck& check, PlanDraft& draft, bool given) {
    int& mine = draft.aspek_line.at(given ? 1 : 0);
    if (mine == 0) mine = check.at().line;
    const int other = draft.aspek_line.at(given ? 0 : 1);
    if (other == 0 || draft.aspek_mixed) return;
    draft.aspek_mixed = true;
    check.fail("aspek", std::string(given ? "aspek diisi, padahal baris " : "aspek kosong, padahal baris ") +
                            std::to_string(other) + (given ? " mengosongkannya" : " mengisinya") +
                            "; isi aspek di semua baris pegawai ini atau kosongkan semuanya");
}

std::optional<Aspek> read_aspek(RecordCheck& check, const std::string& text) {
    if (text.empty()) return std::nullopt;
    const std::optional<Aspek> aspek = parse_aspek(text);
    if (!aspek) check.fail("aspek", "aspek tidak dikenal: " + quoted(text) + " (pilih: kuantitas, kualitas, waktu, biaya)");
    return aspek;
}

// A row of jenis utama or tambahan: one indikator of an RHK.
void read_indikator_row(RecordCheck& check, const Skp2022Record& record, PlanDraft& draft, bool tambahan) {
    const bool has_rhk = check.required("rhk", record.rhk);
    const bool has_indikator = check.required("indikator", record.indikator);
    if (record.target.empty()) check.fail("target", "indikator tanpa target");
    const std::optional<Aspek> aspek = read_aspek(check, record.aspek);
    check_aspek_given(check, draft, !record.aspek.empty());
    if (!has_rhk) return;
    RhkDraft& rhk = rhk_of(draft, tambahan, record);
    merge_rhk_atasan(check, rhk, record);
    if (aspek) {
        if (auto [it, added] = rhk.aspek_lines.emplace(*aspek, record.loc.line); !added) {
            check.fail("aspek", "aspek " + std::string(aspek_text(*aspek)) + " sudah ada di RHK ini (baris " +
                                    std::to_string(it->second) + ")");
        }
    }
    if (has_indikator) {
        if (auto [it, added] = rhk.indikator_lines.emplace(text_key(record.indikator), record.loc.line); !added) {
            check.fail("indikator", "indikator ini sudah ada di RHK ini (baris " + std::to_string(it->second) + ")");
        }
    }
    rhk.rhk.indikator.push_back(Indikator{record.loc, aspek, record.indikator, record.target});
}

std::string nilai_dasar_choices() {
    std::string out;
    for (std::size_t i = 0; i < kNilaiDasarCount; ++i) {
        out += (i == 0 ? "" : ", ") + std::string(nilai_dasar_kode(static_cast<NilaiDasar>(i)));
    }
    return out;
}

void read_ekspektasi_row(RecordCheck& check, const Skp2022Record& record, PlanDraft& draft) {
    if (!check.required("perilaku", record.perilaku)) return;
    const std::optional<NilaiDasar> nilai = parse_nilai_dasar(record.perilaku);
    if (!nilai) {
        check.fail("perilaku", "perilaku tidak dikenal: " + quoted(record.perilaku) + " (pilih: " +
                                   nilai_dasar_choices() + ")");
        return;
    }
    int& line = draft.ekspektasi_lines.at(static_cast<std::size_t>(*nilai));
    if (line != 0) {
        check.fail("perilaku", "ekspektasi " + std::string(nilai_dasar_nama(*nilai)) + " sudah ada di baris " +
                                   std::to_string(line));
        return;
    }
    line = record.loc.line;
    draft.skp.ekspektasi.push_back(Ekspektasi{record.loc, *nilai, record.uraian});
}

void read_lampiran_row(RecordCheck& check, const Skp2022Record& record, std::vector<std::string>& list) {
    if (check.required("uraian", record.uraian)) list.push_back(record.uraian);
}

void read_plan_row(const Skp2022Record& record, const Roster& roster, PlanDrafts& drafts, Diagnostics& diags) {
    RecordCheck check(diags, record.loc);
    PlanDraft* found = draft_for(check, record.nip, roster, drafts);
    if (found == nullptr) return;
    PlanDraft& draft = *found;
    check.refused(record.refused);
    if (!draft.written) draft.first = record.loc;
    draft.written = true;
    const std::optional<JenisBaris> jenis = check.choice<JenisBaris>(
        "jenis", record.jenis.empty() ? std::string("utama") : record.jenis, "jenis",
        {{"utama", JenisBaris::utama}, {"tambahan", JenisBaris::tambahan}, {"ekspektasi", JenisBaris::ekspektasi},
         {"dukungan", JenisBaris::dukungan}, {"skema", JenisBaris::skema}, {"konsekuensi", JenisBaris::konsekuensi}});
    switch (jenis.value_or(JenisBaris::utama)) {
        case JenisBaris::utama:
        case JenisBaris::tambahan:
            if (jenis) read_indikator_row(check, record, draft, jenis == JenisBaris::tambahan);
            break;
        case JenisBaris::ekspektasi: read_ekspektasi_row(check, record, draft); break;
        case JenisBaris::dukungan: read_lampiran_row(check, record, draft.skp.dukungan); break;
        case JenisBaris::skema: read_lampiran_row(check, record, draft.skp.skema); break;
        case JenisBaris::konsekuensi: read_lampiran_row(check, record, draft.skp.konsekuensi); break;
    }
    if (!check.ok()) draft.broken = true;
}

// What only the whole plan shows: an utama RHK, and rhk_atasan on each of them.
void check_plan(PlanDraft& draft, Diagnostics& diags) {
    RecordCheck check(diags, draft.first);
    if (draft.rhk[0].empty()) {
        check.fail("jenis", "tidak ada RHK utama untuk NIP " + draft.pegawai->nip.printed());
    }
    for (const RhkDraft& rhk : draft.rhk[0]) {
        RecordCheck at(diags, rhk.rhk.loc);
        if (rhk.rhk.rhk_atasan.empty()) at.fail("rhk_atasan", "wajib diisi untuk RHK utama");
        if (!at.ok()) check.fail_silently();
    }
    if (!check.ok()) draft.broken = true;
}

// rhk_atasan names an RHK of the atasan's plan, when the atasan wrote one ("maksudnya …?").
void check_rhk_atasan(PlanDraft& draft, const PlanDrafts& drafts, const std::string& file, Diagnostics& diags) {
    if (!draft.pegawai->nip_atasan) return;
    const auto atasan = drafts.by_nip.find(draft.pegawai->nip_atasan->digits);
    if (atasan == drafts.by_nip.end() || !atasan->second.written) return;
    std::vector<std::string> keys, names;
    for (const std::vector<RhkDraft>& list : atasan->second.rhk) {
        for (const RhkDraft& rhk : list) {
            keys.push_back(rhk.key);
            names.push_back(rhk.rhk.rhk);
        }
    }
    if (keys.empty()) return;
    for (const std::vector<RhkDraft>& list : draft.rhk) {
        for (const RhkDraft& rhk : list) {
            const std::string key = text_key(rhk.rhk.rhk_atasan);
            if (key.empty() || std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
            const std::optional<std::size_t> near = nearest(key, keys);
            diags.add(file, rhk.atasan_line, "rhk_atasan",
                      quoted(rhk.rhk.rhk_atasan) + " bukan RHK atasan (NIP " + draft.pegawai->nip_atasan->printed() +
                          ") di " + file + (near ? " (maksudnya " + quoted(names[*near]) + "?)" : ""));
            draft.broken = true;
        }
    }
}

// The plan of a draft that has no problem.
Skp2022 finish_plan(PlanDraft& draft, int tahun) {
    Skp2022 out = std::move(draft.skp);
    out.loc = draft.first;
    out.nip = draft.pegawai->nip;
    out.tahun = tahun;
    std::array<std::vector<RencanaHasilKerja>*, 2> lists{&out.utama, &out.tambahan};
    bool any_aspek = false;
    for (std::size_t i = 0; i < 2; ++i) {
        for (RhkDraft& rhk : draft.rhk.at(i)) {
            for (const Indikator& indikator : rhk.rhk.indikator) any_aspek = any_aspek || indikator.aspek.has_value();
            lists.at(i)->push_back(std::move(rhk.rhk));
        }
    }
    out.kualitatif = !any_aspek;
    return out;
}

// Whether skp-YYYY was read and is of the period's year (else reported for the file).
bool plan_file_usable(const Raw2022& raw, const Period& period, Diagnostics& diags) {
    if (raw.skp_file.empty() || diags.has_file_problem(raw.skp_file)) return false;
    if (raw.skp_tahun_attr.empty() || raw.skp_tahun_attr == std::to_string(period.year)) return true;
    diags.add_file_problem(raw.skp_tahun_loc, "tahun",
                           "tahun " + quoted(raw.skp_tahun_attr) + " tidak sama dengan tahun periode yang diminta (" +
                               std::to_string(period.year) + ")");
    return false;
}

}  // namespace

PlanBuild build_plans(const Raw2022& raw, const Period& period, const Roster& roster, Diagnostics& diags) {
    PlanBuild out;
    out.unread = !plan_file_usable(raw, period, diags);
    if (out.unread) return out;
    PlanDrafts drafts;
    for (const std::optional<Pegawai>& pegawai : roster.kept) {
        if (pegawai) drafts.by_nip[pegawai->nip.digits].pegawai = &*pegawai;
    }
    for (const Skp2022Record& record : raw.skp) read_plan_row(record, roster, drafts, diags);
    for (auto& [digits, draft] : drafts.by_nip) {
        if (!draft.written) continue;
        check_plan(draft, diags);
        check_rhk_atasan(draft, drafts, raw.skp_file, diags);  // before any plan is moved out
    }
    for (const std::optional<Pegawai>& pegawai : roster.kept) {
        if (!pegawai) continue;
        PlanDraft& draft = drafts.by_nip.at(pegawai->nip.digits);
        if (!draft.written) {
            diags.add_warning(pegawai->loc.file, pegawai->loc.line, "nip",
                              "tidak ada SKP tahun " + std::to_string(period.year) + " untuk NIP " +
                                  pegawai->nip.printed() + " di " + raw.skp_file);
            ++out.tanpa_skp;
            continue;
        }
        out.written.insert(pegawai->nip.digits);
        if (!draft.broken) out.skp.emplace(pegawai->nip.digits, finish_plan(draft, period.year));
    }
    return out;
}

}  // namespace kinerja
