#include "model/build.hpp"

#include <utility>

#include "model/build_parts.hpp"

namespace kinerja {

BuildResult build_dataset(const RawData& raw, Diagnostics& diags) {
    std::optional<Instansi> instansi;
    if (raw.instansi) instansi = build_instansi(*raw.instansi, diags);
    // Unset when instansi.xml is missing or its pimpinan is not a NIP (both reported).
    const Nip* pimpinan =
        instansi && !instansi->pimpinan.digits.empty() ? &instansi->pimpinan : nullptr;

    Roster roster = build_pegawai(raw, pimpinan, diags);
    if (pimpinan != nullptr) check_pimpinan(*raw.instansi, *pimpinan, roster, diags);

    // A malformed --period is a usage error the batch stage rejects before loading.
    std::optional<Period> period = parse_period(raw.periode);
    SkpBuild skp;
    if (period) skp = build_skp(raw, *period, roster, diags);
    std::vector<Sop> sops = build_sops(raw, roster, diags);

    BuildResult result;
    result.kegiatan_count = skp.kegiatan_count;
    // An instansi with a field its reader did not take (reported) is on every document: none is
    // made, as when instansi.xml is missing.
    if (!instansi || !raw.instansi->refused.empty()) return result;
    DataSet& data = result.data.emplace();
    data.instansi = std::move(*instansi);
    for (std::optional<Pegawai>& pegawai : roster.kept) {
        if (pegawai) data.pegawai.push_back(std::move(*pegawai));
    }
    data.index_pegawai();
    data.period = period;
    data.skp = std::move(skp.skp);
    data.sops = std::move(sops);
    return result;
}

}  // namespace kinerja
