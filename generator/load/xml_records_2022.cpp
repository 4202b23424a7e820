// The XML readers of the 2022 regime (DESIGN 8.2): skp-YYYY.xml and evaluasi-YYYY-MM.xml. They
// give the same records as the CSV forms: XML writes `-` where the columns write `_`.
#include "load/data_readers.hpp"

#include <algorithm>
#include <array>

#include "load/xml_fields.hpp"
#include "load/xml_reader.hpp"

namespace kinerja {

namespace {

// <utama>/<tambahan>: what every indikator of the RHK takes.
const XmlFields<Skp2022Record, 3> kRhkAttributes2022{{
    {"rhk", &Skp2022Record::rhk},
    {"rhk-atasan", &Skp2022Record::rhk_atasan},
    {"rhk-pimpinan", &Skp2022Record::rhk_atasan},  // alias; read only when rhk-atasan is absent
}};

const XmlFields<Skp2022Record, 2> kIndikatorAttributes2022{{
    {"aspek", &Skp2022Record::aspek},
    {"target", &Skp2022Record::target},
}};

// <pegawai> of evaluasi-YYYY-MM.xml.
const XmlFields<PenilaianRecord, 4> kPenilaianAttributes2022{{
    {"nip", &PenilaianRecord::nip},
    {"evaluasi", &PenilaianRecord::evaluasi},
    {"rating-hasil-kerja", &PenilaianRecord::rating_hasil_kerja},
    {"rating-perilaku", &PenilaianRecord::rating_perilaku},
}};

const XmlFields<RealisasiRecord, 4> kRealisasiAttributes2022{{
    {"rhk", &RealisasiRecord::rhk},
    {"indikator", &RealisasiRecord::indikator},
    {"bukti-dukung", &RealisasiRecord::bukti_dukung},
    {"umpan-balik", &RealisasiRecord::umpan_balik},
}};

// The attributes of <umpan-balik>, by NilaiDasar order.
constexpr std::array<const char*, 7> kUmpanBalikAttributes2022{
    "berorientasi-pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"};

// The lampiran lists of a plan, each item one element holding its uraian.
constexpr std::array<const char*, 3> kLampiran2022{"dukungan", "skema", "konsekuensi"};

// The records of one <utama> or <tambahan>: one per <indikator>, or one at the element itself
// when it has none (its indikator then empty). The RHK's attributes go with each; a problem
// in them (RefusedFields) with the first only.
void read_rhk(const XmlInput& in, pugi::xml_node rhk, const std::string& nip, std::vector<Skp2022Record>& out,
              Diagnostics& diags) {
    report_unknown(in, rhk, names_of(kRhkAttributes2022), {"indikator"}, diags);
    Skp2022Record common;
    common.loc = in.loc(rhk);
    common.nip = nip;
    common.jenis = rhk.name();
    common.rhk = in.attr(rhk, "rhk", common.refused);
    const char* atasan = rhk.attribute("rhk-atasan") ? "rhk-atasan" : "rhk-pimpinan";
    common.rhk_atasan = in.attr(rhk, atasan, common.refused);
    bool first = true;
    for (pugi::xml_node indikator : rhk.children("indikator")) {
        report_unknown(in, indikator, names_of(kIndikatorAttributes2022), {}, diags);
        Skp2022Record rec = common;
        if (!first) rec.refused.clear();
        first = false;
        rec.loc = in.loc(indikator);
        read_attributes(in, indikator, kIndikatorAttributes2022, rec);
        rec.indikator = in.text(indikator, "indikator", rec.refused);
        out.push_back(std::move(rec));
    }
    if (first) out.push_back(std::move(common));
}

// One <ekspektasi> or lampiran item.
Skp2022Record read_skp_item(const XmlInput& in, pugi::xml_node item, const std::string& nip, Diagnostics& diags) {
    const bool ekspektasi = std::string_view(item.name()) == "ekspektasi";
    report_unknown(in, item, ekspektasi ? std::vector<std::string_view>{"perilaku"} : std::vector<std::string_view>{},
                   {}, diags);
    Skp2022Record rec;
    rec.loc = in.loc(item);
    rec.nip = nip;
    rec.jenis = item.name();
    if (ekspektasi) rec.perilaku = in.attr(item, "perilaku", rec.refused);
    rec.uraian = in.text(item, "uraian", rec.refused);
    return rec;
}

// The records of one <pegawai> of skp-YYYY.xml, in file order. The NIP goes with every record;
// a problem in it (RefusedFields) with the first only.
void read_skp_pegawai(const XmlInput& in, pugi::xml_node p, std::vector<Skp2022Record>& out, Diagnostics& diags) {
    std::vector<std::string_view> children{"utama", "tambahan", "ekspektasi"};
    children.insert(children.end(), kLampiran2022.begin(), kLampiran2022.end());
    report_unknown(in, p, {"nip"}, children, diags);
    RefusedFields nip_refused;
    const std::string nip = in.attr(p, "nip", nip_refused);
    const std::size_t first = out.size();
    for (pugi::xml_node item : p.children()) {
        if (item.type() != pugi::node_element) continue;
        const std::string_view name = item.name();
        if (name == "utama" || name == "tambahan") {
            read_rhk(in, item, nip, out, diags);
        } else if (std::find(children.begin(), children.end(), name) != children.end()) {
            out.push_back(read_skp_item(in, item, nip, diags));
        }
    }
    if (out.size() > first) {
        RefusedFields& refused = out[first].refused;
        refused.insert(refused.begin(), nip_refused.begin(), nip_refused.end());
    }
}

// One <realisasi> of a <pegawai>; its text is the realisasi.
RealisasiRecord read_realisasi(const XmlInput& in, pugi::xml_node node, const PenilaianRecord& pegawai,
                               Diagnostics& diags) {
    report_unknown(in, node, names_of(kRealisasiAttributes2022), {}, diags);
    RealisasiRecord rec;
    rec.loc = in.loc(node);
    rec.nip = pegawai.nip;
    rec.evaluasi = pegawai.evaluasi;
    read_attributes(in, node, kRealisasiAttributes2022, rec);
    rec.realisasi = in.text(node, "realisasi", rec.refused);
    return rec;
}

// One <pegawai> of evaluasi-YYYY-MM.xml: its penilaian, then its realisasi rows.
void read_evaluasi_pegawai(const XmlInput& in, pugi::xml_node p, EvaluasiXml& out, Diagnostics& diags) {
    report_unknown(in, p, names_of(kPenilaianAttributes2022), {"realisasi", "umpan-balik", "catatan"}, diags);
    report_repeats(in, p, "umpan-balik", diags);
    report_repeats(in, p, "catatan", diags);
    PenilaianRecord rec;
    rec.loc = in.loc(p);
    read_attributes(in, p, kPenilaianAttributes2022, rec);
    if (const pugi::xml_node umpan_balik = p.child("umpan-balik")) {
        report_unknown(in, umpan_balik, {kUmpanBalikAttributes2022.begin(), kUmpanBalikAttributes2022.end()}, {}, diags);
        for (std::size_t i = 0; i < kUmpanBalikAttributes2022.size(); ++i) {
            rec.umpan_balik.at(i) = in.attr(umpan_balik, kUmpanBalikAttributes2022[i], rec.refused);
        }
    }
    if (const pugi::xml_node catatan = p.child("catatan")) {
        report_unknown(in, catatan, {}, {}, diags);
        rec.catatan = in.text(catatan, "catatan", rec.refused);
    }
    for (pugi::xml_node r : p.children("realisasi")) out.realisasi.push_back(read_realisasi(in, r, rec, diags));
    out.penilaian.push_back(std::move(rec));
}

}  // namespace

Skp2022Xml read_skp2022_xml(std::string_view bytes, const std::string& file, Diagnostics& diags) {
    Skp2022Xml out;
    XmlInput in(bytes, file, "skp", diags);
    if (!in.ok()) return out;
    const pugi::xml_node root = in.root();
    report_unknown(in, root, {"tahun"}, {"pegawai"}, diags);
    out.tahun = xml_attr(root, "tahun");
    out.tahun_loc = in.loc(root);
    for (pugi::xml_node p : root.children("pegawai")) read_skp_pegawai(in, p, out.skp, diags);
    return out;
}

EvaluasiXml read_evaluasi_xml(std::string_view bytes, const std::string& file, Diagnostics& diags) {
    EvaluasiXml out;
    XmlInput in(bytes, file, "evaluasi", diags);
    if (!in.ok()) return out;
    const pugi::xml_node root = in.root();
    report_unknown(in, root, {"periode"}, {"pegawai"}, diags);
    out.periode = xml_attr(root, "periode");
    out.periode_loc = in.loc(root);
    for (pugi::xml_node p : root.children("pegawai")) read_evaluasi_pegawai(in, p, out, diags);
    return out;
}

}  // namespace kinerja
