#include "model/build.hpp"

#include <utility>

#include "model/build_parts.hpp"

namespace kinerja {

BuildResult build_dataset(const RawData& raw, Diagnostics& diags) {
    std::optional<Instansi> instansi;
    std::optional<RegimeSetting> regime = RegimeSetting{};  // pp46-2011 when instansi.xml is missing
    if (raw.instansi) {
        instansi = build_instansi(*raw.instansi, diags);
        regime = build_regime(raw.instansi->regime, diags);
    }
    // Unset when instansi.xml is missing or its pimpinan is not a NIP (both reported).
    const Nip* pimpinan =
        instansi && !instansi->pimpinan.digits.empty() ? &instansi->pimpinan : nullptr;

    Roster roster = build_pegawai(raw, pimpinan, diags);
    if (pimpinan != nullptr) check_pimpinan(*raw.instansi, *pimpinan, roster, diags);

    // A malformed --period is a usage error the batch stage rejects before loading.
    std::optional<Period> period = parse_period(raw.periode);
    const Regulasi regulasi = period && regime ? regime->for_period(*period) : Regulasi::pp46_2011;
    SkpBuild skp;
    Data2022 regime2022;
    if (period && regime && regulasi == Regulasi::permenpanrb_6_2022) {
        regime2022 = build_regime2022(raw, *period, *regime, pimpinan, roster, diags);
    } else if (period && regime) {
        skp = build_skp(raw, *period, roster, diags);
    }
    std::vector<Sop> sops = build_sops(raw, roster, diags);

    BuildResult result;
    result.kegiatan_count = skp.kegiatan_count;
    // An instansi with a field its reader did not take (reported) is on every document: none is
    // made, as when instansi.xml is missing.
    // So is an instansi whose <regulasi> cannot say which regime a period runs under.
    if (!instansi || !raw.instansi->refused.empty() || !regime) return result;
    DataSet& data = result.data.emplace();
    data.instansi = std::move(*instansi);
    data.instansi.regime = std::move(*regime);
    data.regulasi = regulasi;
    data.regime2022 = std::move(regime2022);
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
