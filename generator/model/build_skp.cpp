// skp-YYYY-MM (CSV or XML) and perilaku-YYYY-MM: each kept employee's SKP for the period.
#include "model/build_parts.hpp"

#include <utility>

namespace kinerja {

namespace {

// One employee's rows of the period, gathered before they become an Skp.
struct SkpDraft {
    const Pegawai* pegawai = nullptr;  // the kept pegawai the rows belong to
    Skp skp;
    bool has_tugas = false;  // some row of jenis tugas was written
    int perilaku_line = 0;   // line of the first perilaku row; 0 when none yet
    bool broken = false;     // some row of this employee had a problem
};

struct Drafts {
    std::map<std::string, SkpDraft> by_nip;  // one per kept pegawai, by NIP digits
    SkpDraft unattributed;  // scratch for a row whose NIP is unusable: checked, then dropped
};

// The draft a row adds to, after reporting an unusable or unknown NIP (the row is then still
// checked, into a fresh scratch draft). nullptr when the NIP's pegawai row was left out: that
// was reported there, so its rows are skipped without a word.
SkpDraft* draft_for(RecordCheck& check, const std::string& nip_text, const Roster& roster,
                    Drafts& drafts) {
    std::optional<Nip> nip = check.nip("nip", nip_text);
    if (nip && roster.row_of(check, "nip", *nip, "pegawai")) {
        auto it = drafts.by_nip.find(nip->digits);
        return it != drafts.by_nip.end() ? &it->second : nullptr;
    }
    drafts.unattributed = SkpDraft{};
    return &drafts.unattributed;
}

// Target or realisasi of one kegiatan, from the columns named prefix + "kuantitas" and so on.
Capaian read_capaian(RecordCheck& check, const std::string& prefix, const std::string& kuantitas,
                     const std::string& kualitas, const std::string& waktu) {
    const bool target = prefix == "target_";
    Capaian out;
    out.kuantitas = check.number(prefix + "kuantitas", kuantitas, {.nonzero = target}).value_or(0);
    out.kualitas =
        check.number(prefix + "kualitas", kualitas, {.nonzero = target, .at_most_100 = true})
            .value_or(0);
    out.waktu = check.number(prefix + "waktu", waktu, {.nonzero = target}).value_or(0);
    return out;
}

KegiatanTugas read_tugas(RecordCheck& check, const SkpRecord& record) {
    KegiatanTugas out;
    out.loc = record.loc;
    check.required("uraian", record.uraian);
    out.uraian = record.uraian;
    out.ak = check.number("ak", record.ak, {.required = false}).value_or(0);
    out.satuan = record.satuan;
    out.target = read_capaian(check, "target_", record.target_kuantitas, record.target_kualitas,
                              record.target_waktu);
    out.realisasi = read_capaian(check, "realisasi_", record.realisasi_kuantitas,
                                 record.realisasi_kualitas, record.realisasi_waktu);
    // Biaya is a pair: both columns or neither; reported at the one left empty.
    out.target.biaya = check.number("target_biaya", record.target_biaya,
                                    {.required = false, .group_thousands = true, .nonzero = true});
    out.realisasi.biaya = check.number("realisasi_biaya", record.realisasi_biaya,
                                       {.required = false, .group_thousands = true});
    if (record.target_biaya.empty() != record.realisasi_biaya.empty()) {
        const bool target_empty = record.target_biaya.empty();
        check.fail(target_empty ? "target_biaya" : "realisasi_biaya",
                   std::string("wajib diisi bila ") +
                       (target_empty ? "realisasi_biaya" : "target_biaya") + " diisi");
    }
    return out;
}

enum class JenisSkp { tugas, tambahan, kreativitas };

void read_skp_row(const SkpRecord& record, const Roster& roster, Drafts& drafts,
                  Diagnostics& diags) {
    RecordCheck check(diags, record.loc);
    SkpDraft* found = draft_for(check, record.nip, roster, drafts);
    if (found == nullptr) return;
    SkpDraft& draft = *found;
    check.refused(record.refused);
    std::optional<JenisSkp> jenis = check.choice<JenisSkp>(
        "jenis", record.jenis.empty() ? std::string("tugas") : record.jenis, "jenis",
        {{"tugas", JenisSkp::tugas},
         {"tambahan", JenisSkp::tambahan},
         {"kreativitas", JenisSkp::kreativitas}});
    if (jenis == JenisSkp::tugas) {
        draft.has_tugas = true;
        draft.skp.tugas.push_back(read_tugas(check, record));
    } else if (jenis == JenisSkp::tambahan) {
        check.required("uraian", record.uraian);
        draft.skp.tambahan.push_back(TugasTambahan{record.loc, record.uraian});
    } else if (jenis == JenisSkp::kreativitas) {
        check.required("uraian", record.uraian);
        Rational nilai = check.number("nilai", record.nilai, {.at_most_100 = true}).value_or(0);
        draft.skp.kreativitas.push_back(Kreativitas{record.loc, record.uraian, nilai});
    }
    if (!check.ok()) draft.broken = true;
}

void read_perilaku_row(const PerilakuRecord& record, const Roster& roster, Drafts& drafts,
                       Diagnostics& diags) {
    RecordCheck check(diags, record.loc);
    SkpDraft* found = draft_for(check, record.nip, roster, drafts);
    if (found == nullptr) return;
    SkpDraft& draft = *found;
    check.refused(record.refused);
    if (draft.perilaku_line != 0) {
        check.fail("nip", "nilai perilaku " + draft.pegawai->nip.printed() +
                              " sudah ada di baris " + std::to_string(draft.perilaku_line));
    } else {
        draft.perilaku_line = record.loc.line;
    }

    Perilaku out;
    out.loc = record.loc;
    struct Aspect {
        std::string_view field;
        const std::string* text;
        Rational* value;
    };
    const Aspect aspects[] = {
        {"orientasi_pelayanan", &record.orientasi_pelayanan, &out.orientasi_pelayanan},
        {"integritas", &record.integritas, &out.integritas},
        {"komitmen", &record.komitmen, &out.komitmen},
        {"disiplin", &record.disiplin, &out.disiplin},
        {"kerja_sama", &record.kerja_sama, &out.kerja_sama}};
    for (const Aspect& aspect : aspects) {
        *aspect.value = check.number(aspect.field, *aspect.text, {.at_most_100 = true}).value_or(0);
    }
    // Whether kepemimpinan belongs depends on the pegawai; for an unknown NIP only its form.
    const bool has_pegawai = draft.pegawai != nullptr;
    const bool struktural = has_pegawai && draft.pegawai->jenis_jabatan == JenisJabatan::struktural;
    if (struktural && record.kepemimpinan.empty()) {
        check.fail("kepemimpinan", "wajib diisi untuk pejabat struktural");
    } else if (has_pegawai && !struktural && !record.kepemimpinan.empty()) {
        check.fail("kepemimpinan", "hanya diisi untuk pejabat struktural");
    } else {
        out.kepemimpinan = check.number("kepemimpinan", record.kepemimpinan,
                                        {.required = false, .at_most_100 = true});
    }
    draft.skp.perilaku = out;
    if (!check.ok()) draft.broken = true;
}

// "tidak ada <what> untuk periode 2024-03 di <file>" at the pegawai's row, when the file was read.
void require_rows(bool present, const Pegawai& pegawai, std::string_view what, const Period& period,
                  const std::string& file, Diagnostics& diags) {
    // A file missing or unreadable as a whole is reported once, for the file.
    if (present || file.empty() || diags.has_file_problem(file)) return;
    diags.add(pegawai.loc, "nip",
              "tidak ada " + std::string(what) + " untuk periode " + period.iso() + " di " + file);
}

}  // namespace

SkpBuild build_skp(const RawData& raw, const Period& period, const Roster& roster,
                   Diagnostics& diags) {
    SkpBuild out;
    if (!raw.skp_periode_attr.empty() && parse_period(raw.skp_periode_attr) != period) {
        // The file is of another month: none of it is this period's SKP.
        diags.add_file_problem(raw.skp_periode_loc, "periode",
                  "periode " + quoted(raw.skp_periode_attr) +
                      " tidak sama dengan periode yang diminta (" + period.iso() + ")");
        return out;
    }

    Drafts drafts;
    for (const std::optional<Pegawai>& pegawai : roster.kept) {
        if (pegawai) drafts.by_nip[pegawai->nip.digits].pegawai = &*pegawai;
    }
    for (const SkpRecord& record : raw.skp) read_skp_row(record, roster, drafts, diags);
    for (const PerilakuRecord& record : raw.perilaku) {
        read_perilaku_row(record, roster, drafts, diags);
    }

    for (const std::optional<Pegawai>& pegawai : roster.kept) {
        if (!pegawai) continue;
        SkpDraft& draft = drafts.by_nip.at(pegawai->nip.digits);
        require_rows(draft.has_tugas, *pegawai, "kegiatan SKP", period, raw.skp_file, diags);
        require_rows(draft.perilaku_line != 0, *pegawai, "nilai perilaku", period,
                     raw.perilaku_file, diags);
        if (draft.broken || !draft.has_tugas || draft.perilaku_line == 0) continue;
        draft.skp.nip = pegawai->nip;
        out.kegiatan_count += draft.skp.tugas.size();
        out.skp.emplace(pegawai->nip.digits, std::move(draft.skp));
    }
    return out;
}

}  // namespace kinerja
