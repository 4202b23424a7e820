// templates/regulasi-2022.xml: the rules of the regime in force since 2022 (DESIGN 8.3), read
// element by element as written. What the values mean is checked in model/.
#include "load/records_2022.hpp"

#include <utility>

#include "load/xml_reader.hpp"

namespace kinerja {

namespace {

SelRecord read_sel(const XmlInput& in, pugi::xml_node node, RefusedFields& refused, Diagnostics& diags) {
    report_unknown(in, node, {"hasil-kerja", "perilaku"}, {}, diags);
    SelRecord rec;
    rec.loc = in.loc(node);
    rec.hasil_kerja = in.attr(node, "hasil-kerja", refused, Spacing::normalized);
    rec.perilaku = in.attr(node, "perilaku", refused, Spacing::normalized);
    rec.predikat = in.text(node, "sel", refused);
    return rec;
}

AturanRecord read_aturan(const XmlInput& in, pugi::xml_node node, RefusedFields& refused, Diagnostics& diags) {
    report_unknown(in, node, {"predikat", "paling-banyak", "paling-sedikit"}, {}, diags);
    AturanRecord rec;
    rec.loc = in.loc(node);
    rec.predikat = in.attr(node, "predikat", refused, Spacing::normalized);
    rec.paling_banyak = in.attr(node, "paling-banyak", refused);
    rec.paling_sedikit = in.attr(node, "paling-sedikit", refused);
    return rec;
}

PolaRecord read_pola(const XmlInput& in, pugi::xml_node node, RefusedFields& refused, Diagnostics& diags) {
    report_unknown(in, node, {"capaian"}, {"aturan"}, diags);
    PolaRecord rec;
    rec.loc = in.loc(node);
    rec.capaian = in.attr(node, "capaian", refused, Spacing::normalized);
    for (pugi::xml_node aturan : node.children("aturan")) rec.aturan.push_back(read_aturan(in, aturan, refused, diags));
    return rec;
}

AngkaKreditRecord read_angka_kredit(const XmlInput& in, pugi::xml_node node, RefusedFields& refused,
                                    Diagnostics& diags) {
    report_unknown(in, node, {"predikat", "persen"}, {}, diags);
    AngkaKreditRecord rec;
    rec.loc = in.loc(node);
    rec.predikat = in.attr(node, "predikat", refused, Spacing::normalized);
    rec.persen = in.attr(node, "persen", refused);
    return rec;
}

PimpinanRecord read_pimpinan(const XmlInput& in, pugi::xml_node node, RefusedFields& refused, Diagnostics& diags) {
    report_unknown(in, node, {"capaian", "rating-hasil-kerja"}, {}, diags);
    PimpinanRecord rec;
    rec.loc = in.loc(node);
    rec.capaian = in.attr(node, "capaian", refused, Spacing::normalized);
    rec.rating_hasil_kerja = in.attr(node, "rating-hasil-kerja", refused, Spacing::normalized);
    return rec;
}

PerilakuPanduanRecord read_perilaku(const XmlInput& in, pugi::xml_node node, RefusedFields& refused,
                                    Diagnostics& diags) {
    report_unknown(in, node, {"kode", "nama"}, {"panduan"}, diags);
    PerilakuPanduanRecord rec;
    rec.loc = in.loc(node);
    rec.kode = in.attr(node, "kode", refused);
    rec.nama = in.attr(node, "nama", refused, Spacing::normalized);
    for (pugi::xml_node panduan : node.children("panduan")) {
        report_unknown(in, panduan, {}, {}, diags);
        rec.panduan.push_back(in.text(panduan, "panduan", refused));
    }
    return rec;
}

}  // namespace

std::optional<RegulasiRecord> read_regulasi_xml(std::string_view bytes, const std::string& file,
                                                Diagnostics& diags) {
    XmlInput in(bytes, file, "regulasi-2022", diags);
    if (!in.ok()) return std::nullopt;
    const pugi::xml_node root = in.root();
    report_unknown(in, root, {}, {"sel", "pola", "angka-kredit", "pimpinan", "perilaku"}, diags);

    RegulasiRecord rec;
    rec.file = file;
    rec.loc = in.loc(root);
    for (pugi::xml_node node : root.children()) {
        if (node.type() != pugi::node_element) continue;
        const std::string_view name = node.name();
        if (name == "sel") {
            rec.sel.push_back(read_sel(in, node, rec.refused, diags));
        } else if (name == "pola") {
            rec.pola.push_back(read_pola(in, node, rec.refused, diags));
        } else if (name == "angka-kredit") {
            rec.angka_kredit.push_back(read_angka_kredit(in, node, rec.refused, diags));
        } else if (name == "pimpinan") {
            rec.pimpinan.push_back(read_pimpinan(in, node, rec.refused, diags));
        } else if (name == "perilaku") {
            rec.perilaku.push_back(read_perilaku(in, node, rec.refused, diags));
        }
    }
    return rec;
}

}  // namespace kinerja
