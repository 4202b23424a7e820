// sop/*.xml: identity, pelaksana lanes and the flow of the steps.
#include "model/build_parts.hpp"

#include <algorithm>

namespace kinerja {

namespace {

constexpr std::size_t max_lanes = 8;  // columns that fit a landscape flowchart page

std::vector<Lane> read_lanes(const SopRecord& record, RecordCheck& sop, Diagnostics& diags) {
    if (record.lanes.empty()) sop.fail("pelaksana", "paling sedikit 1 pelaksana");
    if (record.lanes.size() > max_lanes) {
        sop.fail("pelaksana", "paling banyak " + std::to_string(max_lanes) + " pelaksana, ada " +
                                  std::to_string(record.lanes.size()));
    }
    std::vector<Lane> lanes;
    std::map<std::string, int> line_of_id;
    for (const LaneRecord& lane : record.lanes) {
        RecordCheck check(diags, lane.loc);
        check.refused(lane.refused);
        if (check.required("id", lane.id)) {
            auto [it, added] = line_of_id.emplace(lane.id, lane.loc.line);
            if (!added) {
                check.fail("id", "pelaksana " + quoted(lane.id) + " sudah ada di baris " +
                                     std::to_string(it->second));
            }
        }
        check.required("lane", lane.nama);
        lanes.push_back(Lane{lane.id, lane.nama});
    }
    return lanes;
}

// The step a keputusan branch goes to, 1..count and not `self`; 0 when there is none.
int branch_target(RecordCheck& check, std::string_view field, const std::string& text, int self,
                  int count) {
    if (text.empty()) {
        check.fail(field, "wajib diisi untuk keputusan");
        return 0;
    }
    std::optional<Rational> value = parse_number(text);
    if (!value || value->den() != 1) {
        check.fail(field, "bukan nomor langkah: " + quoted(text));
    } else if (value->num() < 1 || value->num() > count) {
        check.fail(field, "langkah " + text + " tidak ada");
    } else if (value->num() == self) {
        check.fail(field, "tidak boleh ke langkah itu sendiri");
    } else {
        return static_cast<int>(value->num());
    }
    return 0;
}

// One step checked on its own and in its place (first, last). False when its flow is unknown.
bool read_langkah(const LangkahRecord& record, int nomor, int count, const std::vector<Lane>& lanes,
                  RecordCheck& check, Langkah& out) {
    out.loc = record.loc;
    out.nomor = nomor;
    check.refused(record.refused);
    if (check.required("pelaksana", record.pelaksana)) {
        auto lane = std::find_if(lanes.begin(), lanes.end(),
                                 [&](const Lane& l) { return l.id == record.pelaksana; });
        if (lane != lanes.end()) {
            out.lane = static_cast<std::size_t>(lane - lanes.begin());
        } else {
            std::vector<std::string_view> ids;
            for (const Lane& l : lanes) ids.push_back(l.id);
            check.fail("pelaksana", "pelaksana tidak dikenal: " + quoted(record.pelaksana) +
                                        " (ada: " + joined(ids) + ")");
        }
    }
    std::optional<Simbol> simbol = check.choice<Simbol>("simbol", record.simbol, "simbol",
                                                        {{"mulai", Simbol::mulai},
                                                         {"proses", Simbol::proses},
                                                         {"keputusan", Simbol::keputusan},
                                                         {"selesai", Simbol::selesai}});
    out.simbol = simbol.value_or(Simbol::proses);
    check.required("uraian", record.uraian);
    out.uraian = record.uraian;
    out.kelengkapan = record.kelengkapan;
    if (!record.waktu.empty()) {
        out.waktu = parse_waktu(record.waktu);
        if (!out.waktu) {
            check.fail("waktu", "waktu tidak dikenal: " + quoted(record.waktu) +
                                    " (contoh: 2 Jam, 15 Menit, 1 Hari)");
        }
    }
    out.output = record.output;
    out.keterangan = record.keterangan;
    if (!simbol) return false;

    if (nomor == 1 && out.simbol != Simbol::mulai) {
        check.fail("simbol", "langkah pertama harus mulai");
    } else if (nomor != 1 && out.simbol == Simbol::mulai) {
        check.fail("simbol", "mulai hanya untuk langkah pertama");
    }
    const bool flows_on = out.simbol == Simbol::mulai || out.simbol == Simbol::proses;
    if (nomor == count && flows_on) {
        check.fail("simbol", "langkah terakhir tidak boleh " + lower_ascii(record.simbol) +
                                 ": tidak ada langkah berikutnya");
    }
    if (out.simbol != Simbol::keputusan) {
        if (!record.ya.empty()) check.fail("ya", "hanya untuk simbol keputusan");
        if (!record.tidak.empty()) check.fail("tidak", "hanya untuk simbol keputusan");
        return true;
    }
    out.ya = branch_target(check, "ya", record.ya, nomor, count);
    out.tidak = branch_target(check, "tidak", record.tidak, nomor, count);
    if (out.ya != 0 && out.ya == out.tidak) check.fail("tidak", "tidak boleh sama dengan ya");
    return out.ya != 0 && out.tidak != 0;
}

// Reports every step that following the flow from step 1 never reaches.
void check_reachable(const std::vector<Langkah>& langkah, Diagnostics& diags) {
    std::vector<bool> reached(langkah.size(), false);
    std::vector<std::size_t> todo{0};
    while (!todo.empty()) {
        const std::size_t at = todo.back();
        todo.pop_back();
        if (at >= langkah.size() || reached.at(at)) continue;
        reached.at(at) = true;
        const Langkah& step = langkah.at(at);
        if (step.simbol == Simbol::mulai || step.simbol == Simbol::proses) todo.push_back(at + 1);
        if (step.simbol == Simbol::keputusan) {
            todo.push_back(static_cast<std::size_t>(step.ya - 1));
            todo.push_back(static_cast<std::size_t>(step.tidak - 1));
        }
    }
    for (std::size_t i = 0; i < langkah.size(); ++i) {
        if (reached.at(i)) continue;
        const Langkah& step = langkah.at(i);
        diags.add(
            step.loc, "langkah",
            "langkah " + std::to_string(step.nomor) + " tidak pernah tercapai dari langkah 1");
    }
}

std::vector<Langkah> read_steps(const SopRecord& record, const std::vector<Lane>& lanes,
                                RecordCheck& sop, Diagnostics& diags) {
    const int count = static_cast<int>(record.langkah.size());
    if (count < 2) sop.fail("langkah", "paling sedikit 2 langkah, ada " + std::to_string(count));
    std::vector<Langkah> steps;
    bool flow_known = true;
    for (int nomor = 1; nomor <= count; ++nomor) {
        const LangkahRecord& step = record.langkah.at(static_cast<std::size_t>(nomor - 1));
        RecordCheck check(diags, step.loc);
        steps.emplace_back();
        flow_known = read_langkah(step, nomor, count, lanes, check, steps.back()) && flow_known;
    }
    const bool has_selesai = std::any_of(
        steps.begin(), steps.end(), [](const Langkah& s) { return s.simbol == Simbol::selesai; });
    if (count > 0 && !has_selesai) sop.fail("langkah", "tidak ada langkah selesai");
    // Where a step goes is unknown after a bad simbol or branch: unreachable steps would be noise.
    if (flow_known && count > 0) check_reachable(steps, diags);
    return steps;
}

// One SOP, or nullopt when anything in it was reported. `nomor_file` maps each nomor seen
// so far to its file: two SOPs with one nomor would be one output file.
std::optional<Sop> build_sop(const SopRecord& record, const Roster& roster,
                             std::map<std::string, std::string>& nomor_file, Diagnostics& diags) {
    const std::size_t problems_before = diags.size();
    RecordCheck check(diags, record.loc);
    Sop out;
    out.loc = record.loc;
    check.refused(record.refused);
    if (check.required("nomor", record.nomor)) {
        auto [it, added] = nomor_file.emplace(record.nomor, record.loc.file);
        if (!added) {
            check.fail("nomor",
                       "nomor " + quoted(record.nomor) + " sudah dipakai di " + it->second);
        }
    }
    out.nomor = record.nomor;
    check.required("nama", record.nama);
    out.nama = record.nama;
    out.tanggal_pembuatan =
        check.date("tanggal-pembuatan", record.tanggal_pembuatan).value_or(Date{});
    out.tanggal_revisi = check.date("tanggal-revisi", record.tanggal_revisi, false);
    out.tanggal_efektif = check.date("tanggal-efektif", record.tanggal_efektif).value_or(Date{});
    if (std::optional<Nip> nip = check.nip("disahkan-oleh", record.disahkan_oleh)) {
        roster.member(check, "disahkan-oleh", *nip, "pegawai");
        out.disahkan_oleh = *nip;
    }
    out.dasar_hukum = record.dasar_hukum;
    out.kualifikasi_pelaksana = record.kualifikasi_pelaksana;
    out.keterkaitan = record.keterkaitan;
    out.peralatan = record.peralatan;
    out.peringatan = record.peringatan;
    out.pencatatan = record.pencatatan;
    out.lanes = read_lanes(record, check, diags);
    out.langkah = read_steps(record, out.lanes, check, diags);
    if (diags.size() != problems_before) return std::nullopt;
    return out;
}

}  // namespace

std::vector<Sop> build_sops(const RawData& raw, const Roster& roster, Diagnostics& diags) {
    std::vector<Sop> sops;
    std::map<std::string, std::string> nomor_file;
    for (const SopRecord& record : raw.sops) {
        if (std::optional<Sop> sop = build_sop(record, roster, nomor_file, diags)) {
            sops.push_back(std::move(*sop));
        }
    }
    return sops;
}

}  // namespace kinerja
