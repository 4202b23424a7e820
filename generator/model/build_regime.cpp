// <regulasi> and <capaian-organisasi> of instansi.xml (DESIGN 8.1): which regime each period
// runs under, and the organisation's capaian for each evaluation.
#include "model/build_parts.hpp"

#include <map>
#include <string>

namespace kinerja {

namespace {

// Each valid <capaian-organisasi>, in file order; a malformed or repeated periode and an
// unknown value are reported and the element left out.
std::vector<CapaianOrganisasiEntry> build_capaian(const std::vector<CapaianOrganisasiRecord>& records,
                                                  Diagnostics& diags) {
    std::vector<CapaianOrganisasiEntry> out;
    std::map<std::string, int> line_of;  // PeriodeEvaluasi::key -> line of its first element
    for (const CapaianOrganisasiRecord& record : records) {
        RecordCheck check(diags, record.loc);
        std::optional<PeriodeEvaluasi> periode;
        if (check.required("periode", record.periode)) {
            periode = parse_periode_evaluasi(record.periode);
            if (!periode) {
                check.fail("periode", "periode tidak valid: " + quoted(record.periode) +
                                          " (format: TTTT-BB, TTTT-TW1 sampai TTTT-TW4, atau TTTT)");
            } else if (auto [it, added] = line_of.emplace(periode->key(), record.loc.line); !added) {
                check.fail("periode", "capaian organisasi " + periode->nama() + " sudah ada di baris " +
                                          std::to_string(it->second));
            }
        }
        std::optional<CapaianOrganisasi> nilai;
        if (check.required("capaian-organisasi", record.nilai)) {
            nilai = parse_capaian(record.nilai);
            if (!nilai) {
                check.fail("capaian-organisasi",
                           "capaian organisasi tidak dikenal: " + quoted(record.nilai) +
                               " (pilih: Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang)");
            }
        }
        if (check.ok()) out.push_back(CapaianOrganisasiEntry{record.loc, *periode, *nilai});
    }
    return out;
}

}  // namespace

std::optional<RegimeSetting> build_regime(const RegimeRecord& record, Diagnostics& diags) {
    RegimeSetting out;
    out.loc = record.regulasi_loc;
    RecordCheck check(diags, record.regulasi_loc);
    check.refused(record.refused);
    if (!record.regulasi.empty()) {
        if (const std::optional<Regulasi> regulasi = parse_regulasi(record.regulasi)) {
            out.regulasi = *regulasi;
        } else {
            check.fail("regulasi", "regulasi tidak dikenal: " + quoted(record.regulasi) +
                                       " (pilih: pp46-2011, permenpanrb-6-2022)");
        }
    }
    if (!record.mulai.empty()) {
        out.mulai = parse_period(record.mulai);
        if (!out.mulai) check.fail("mulai", "periode tidak valid: " + quoted(record.mulai) + " (format: TTTT-BB)");
    }
    out.capaian = build_capaian(record.capaian, diags);
    if (!check.ok()) return std::nullopt;
    return out;
}

}  // namespace kinerja
