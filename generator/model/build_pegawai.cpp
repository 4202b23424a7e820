// pegawai.csv / pegawai.xml: the staff, each row checked on its own, then the atasan chains.
#include "model/build_parts.hpp"

#include <algorithm>

namespace kinerja {

std::optional<std::size_t> Roster::row_of(RecordCheck& check, std::string_view field,
                                          const Nip& nip, std::string_view role) const {
    auto it = first_row.find(nip.digits);
    if (it != first_row.end()) return it->second;
    if (unread) {
        check.fail_silently();
        return std::nullopt;
    }
    check.fail(field, std::string(role) + " " + nip.printed() + " tidak ada di " + file);
    return std::nullopt;
}

const Pegawai* Roster::member(RecordCheck& check, std::string_view field, const Nip& nip,
                              std::string_view role) const {
    std::optional<std::size_t> row = row_of(check, field, nip, role);
    if (!row) return nullptr;
    const std::optional<Pegawai>& pegawai = kept.at(*row);
    if (!pegawai) {
        fail_left_out(check, field, role, *row);
        return nullptr;
    }
    return &*pegawai;
}

void Roster::fail_left_out(RecordCheck& check, std::string_view field, std::string_view role,
                           std::size_t row) const {
    const SourceLoc& loc = locs.at(row);
    std::string where = "baris " + std::to_string(loc.line);
    if (check.at().file != loc.file) where += " di " + loc.file;
    check.fail(field, std::string(role) + " (" + where + ") tidak valid");
}

namespace {

// One pegawai record checked on its own. `atasan_row` is set when nip_atasan names a record.
std::optional<Pegawai> check_pegawai(const PegawaiRecord& record, std::size_t row,
                                     const Roster& roster, const Nip* pimpinan, RecordCheck& check,
                                     std::optional<std::size_t>& atasan_row) {
    Pegawai out;
    out.loc = record.loc;
    check.refused(record.refused);
    std::optional<Nip> nip = check.nip("nip", record.nip);
    if (nip) {
        std::size_t first = roster.first_row.at(nip->digits);
        if (first != row) {
            check.fail("nip", "NIP " + nip->printed() + " sudah dipakai di baris " +
                                  std::to_string(roster.locs.at(first).line));
        }
        out.nip = *nip;
    }

    check.required("nama", record.nama);
    out.nama = record.nama;
    out.gelar_depan = record.gelar_depan;
    out.gelar_belakang = record.gelar_belakang;
    if (check.required("golongan", record.golongan)) {
        std::optional<Golongan> golongan = parse_golongan(record.golongan);
        if (golongan) {
            out.golongan = *golongan;
        } else {
            check.fail("golongan",
                       "golongan tidak dikenal: " + quoted(record.golongan) + " (contoh: III/b)");
        }
    }
    // Printed only by the formulir (of the pegawai and of those he assesses): a bad one is
    // reported and costs those documents, not the pegawai (Pegawai::unusable).
    RecordCheck tmt_check(check.diags(), record.loc);
    out.tmt_golongan = tmt_check.date("tmt_golongan", record.tmt_golongan, false);
    if (!tmt_check.ok()) out.unusable.emplace_back("tmt_golongan");
    check.required("jabatan", record.jabatan);
    out.jabatan = record.jabatan;
    out.jenis_jabatan =
        check
            .choice<JenisJabatan>("jenis_jabatan", record.jenis_jabatan, "jenis jabatan",
                                  {{"struktural", JenisJabatan::struktural},
                                   {"fungsional", JenisJabatan::fungsional},
                                   {"pelaksana", JenisJabatan::pelaksana}})
            .value_or(JenisJabatan::pelaksana);
    check.required("unit_kerja", record.unit_kerja);
    out.unit_kerja = record.unit_kerja;

    if (record.nip_atasan.empty()) {
        // Without a valid pimpinan in instansi.xml (reported there) nobody is blamed here.
        if (pimpinan != nullptr && (!nip || *nip != *pimpinan)) {
            check.fail("nip_atasan", "wajib diisi (kosong hanya untuk pimpinan)");
        }
    } else if (std::optional<Nip> atasan = check.nip("nip_atasan", record.nip_atasan)) {
        if (nip && *atasan == *nip) {
            check.fail("nip_atasan", "pejabat penilai tidak boleh pegawai itu sendiri");
        } else {
            atasan_row = roster.row_of(check, "nip_atasan", *atasan, "pejabat penilai");
        }
        out.nip_atasan = *atasan;
    }
    if (!check.ok()) return std::nullopt;
    return out;
}

// Reports each cycle of pejabat penilai once, at the member written first, listing its NIPs
// from there, and leaves its members out. `atasan` maps a record to the record its nip_atasan
// names; `nips` holds each record's NIP (set for every record some `atasan` points to).
void leave_out_cycles(const std::vector<std::optional<std::size_t>>& atasan,
                      const std::vector<std::optional<Nip>>& nips, Roster& roster,
                      Diagnostics& diags) {
    enum class Seen { no, on_walk, done };
    std::vector<Seen> seen(atasan.size(), Seen::no);
    for (std::size_t start = 0; start < atasan.size(); ++start) {
        std::vector<std::size_t> walk;
        std::optional<std::size_t> at = start;
        while (at && seen.at(*at) == Seen::no) {
            seen.at(*at) = Seen::on_walk;
            walk.push_back(*at);
            at = atasan.at(*at);
        }
        if (at && seen.at(*at) == Seen::on_walk) {
            std::vector<std::size_t> cycle(std::find(walk.begin(), walk.end(), *at), walk.end());
            std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
            std::string chain;
            for (std::size_t member : cycle) {
                chain += nips.at(member)->printed() + " -> ";
                roster.kept.at(member).reset();
            }
            chain += nips.at(cycle.front())->printed();
            RecordCheck check(diags, roster.locs.at(cycle.front()));
            check.fail("nip_atasan", "rantai pejabat penilai melingkar: " + chain);
        }
        for (std::size_t member : walk) seen.at(member) = Seen::done;
    }
}

// Leaves out, down the chain, every employee whose pejabat penilai was left out.
void leave_out_under_invalid(const std::vector<std::optional<std::size_t>>& atasan, Roster& roster,
                             Diagnostics& diags) {
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t row = 0; row < atasan.size(); ++row) {
            const std::optional<std::size_t>& up = atasan.at(row);
            if (!roster.kept.at(row) || !up || roster.kept.at(*up)) continue;
            RecordCheck check(diags, roster.locs.at(row));
            roster.fail_left_out(check, "nip_atasan", "pejabat penilai", *up);
            roster.kept.at(row).reset();
            changed = true;
        }
    }
}

}  // namespace

Roster build_pegawai(const RawData& raw, const Nip* pimpinan, Diagnostics& diags) {
    Roster roster;
    roster.file = raw.pegawai_file.empty() ? "pegawai.csv" : raw.pegawai_file;
    roster.unread = raw.pegawai_file.empty() || diags.has_file_problem(raw.pegawai_file);
    const std::size_t count = raw.pegawai.size();
    std::vector<std::optional<Nip>> nips(count);
    for (std::size_t row = 0; row < count; ++row) {
        const PegawaiRecord& record = raw.pegawai.at(row);
        roster.locs.push_back(record.loc);
        nips.at(row) = parse_nip(record.nip).nip;
        if (nips.at(row)) roster.first_row.emplace(nips.at(row)->digits, row);
    }

    std::vector<std::optional<std::size_t>> atasan(count);
    for (std::size_t row = 0; row < count; ++row) {
        RecordCheck check(diags, roster.locs.at(row));
        roster.kept.push_back(
            check_pegawai(raw.pegawai.at(row), row, roster, pimpinan, check, atasan.at(row)));
    }
    leave_out_cycles(atasan, nips, roster, diags);
    leave_out_under_invalid(atasan, roster, diags);
    return roster;
}

}  // namespace kinerja
