// The XML readers of data_readers.hpp: instansi.xml, pegawai.xml, skp-YYYY-MM.xml, sop/*.xml.
#include "load/data_readers.hpp"

#include <array>

#include "load/xml_reader.hpp"

namespace kinerja {

namespace {

// Reports a child element that appears more than once where only one is read.
void report_repeats(const XmlInput& in, pugi::xml_node node, const char* child_name,
                    Diagnostics& diags) {
    bool seen = false;
    for (pugi::xml_node child : node.children(child_name)) {
        if (seen) {
            diags.add(in.loc(child), "xml",
                      "elemen <" + std::string(child_name) +
                          "> muncul lebih dari sekali; yang pertama yang dipakai");
        }
        seen = true;
    }
}

// The <butir> texts of a list element of a SOP.
std::vector<std::string> butir_list(const XmlInput& in, pugi::xml_node list, Diagnostics& diags) {
    std::vector<std::string> items;
    if (!list) return items;
    report_unknown(in, list, {}, {"butir"}, diags);
    for (pugi::xml_node butir : list.children("butir")) {
        report_unknown(in, butir, {}, {}, diags);
        items.push_back(xml_text(butir));
    }
    return items;
}

}  // namespace

std::optional<InstansiRecord> read_instansi_xml(std::string_view bytes, const std::string& file,
                                                Diagnostics& diags) {
    XmlInput in(bytes, file, "instansi", diags);
    if (!in.ok()) return std::nullopt;
    const pugi::xml_node root = in.root();
    static constexpr std::array<const char*, 10> kChildren = {
        "pemerintah", "nama", "alamat", "kode-pos", "tempat", "logo",
        "kertas", "pimpinan", "salinan", "arsip"};
    report_unknown(in, root, {"kode"},
                   {"pemerintah", "nama", "alamat", "kode-pos", "tempat", "logo", "kertas",
                    "pimpinan", "salinan", "arsip"},
                   diags);

    InstansiRecord rec;
    rec.loc = in.loc(root);
    rec.kode = xml_attr(root, "kode");
    for (const char* name : kChildren) {
        const pugi::xml_node child = root.child(name);
        rec.lines[name] = child ? in.loc(child).line : rec.loc.line;
        report_repeats(in, root, name, diags);
    }
    auto text_of = [&](const char* name) {
        const pugi::xml_node child = root.child(name);
        if (child) report_unknown(in, child, {}, {}, diags);
        return xml_text(child);
    };
    rec.pemerintah = text_of("pemerintah");
    rec.nama = text_of("nama");
    rec.alamat = text_of("alamat");
    rec.kode_pos = text_of("kode-pos");
    rec.tempat = text_of("tempat");
    rec.logo = text_of("logo");
    rec.kertas = text_of("kertas");

    const pugi::xml_node pimpinan = root.child("pimpinan");
    rec.pimpinan_loc = pimpinan ? in.loc(pimpinan) : rec.loc;
    if (pimpinan) {
        report_unknown(in, pimpinan, {"nip"}, {}, diags);
        rec.pimpinan_nip = xml_attr(pimpinan, "nip");
    }

    const pugi::xml_node salinan = root.child("salinan");
    rec.salinan_loc = salinan ? in.loc(salinan) : rec.loc;
    if (salinan) {
        report_unknown(in, salinan, {}, {"lembar"}, diags);
        for (pugi::xml_node lembar : salinan.children("lembar")) {
            report_unknown(in, lembar, {}, {}, diags);
            rec.salinan.push_back(xml_text(lembar));
        }
    }

    const pugi::xml_node arsip = root.child("arsip");
    rec.arsip_loc = arsip ? in.loc(arsip) : rec.loc;
    if (arsip) {
        report_unknown(in, arsip,
                       {"kode-klasifikasi", "kapasitas-box", "retensi-aktif", "retensi-inaktif",
                        "unit-pengolah"},
                       {}, diags);
        rec.arsip_kode_klasifikasi = xml_attr(arsip, "kode-klasifikasi");
        rec.arsip_kapasitas_box = xml_attr(arsip, "kapasitas-box");
        rec.arsip_retensi_aktif = xml_attr(arsip, "retensi-aktif");
        rec.arsip_retensi_inaktif = xml_attr(arsip, "retensi-inaktif");
        rec.arsip_unit_pengolah = xml_attr(arsip, "unit-pengolah");
    }
    return rec;
}

std::vector<PegawaiRecord> read_pegawai_xml(std::string_view bytes, const std::string& file,
                                            Diagnostics& diags) {
    std::vector<PegawaiRecord> records;
    XmlInput in(bytes, file, "daftar-pegawai", diags);
    if (!in.ok()) return records;
    report_unknown(in, in.root(), {}, {"pegawai"}, diags);
    for (pugi::xml_node p : in.root().children("pegawai")) {
        report_unknown(in, p,
                       {"nip", "nama", "gelar-depan", "gelar-belakang", "golongan", "tmt-golongan",
                        "jabatan", "jenis-jabatan", "unit-kerja", "nip-atasan"},
                       {}, diags);
        PegawaiRecord rec;
        rec.loc = in.loc(p);
        rec.nip = xml_attr(p, "nip");
        rec.nama = xml_attr(p, "nama");
        rec.gelar_depan = xml_attr(p, "gelar-depan");
        rec.gelar_belakang = xml_attr(p, "gelar-belakang");
        rec.golongan = xml_attr(p, "golongan");
        rec.tmt_golongan = xml_attr(p, "tmt-golongan");
        rec.jabatan = xml_attr(p, "jabatan");
        rec.jenis_jabatan = xml_attr(p, "jenis-jabatan");
        rec.unit_kerja = xml_attr(p, "unit-kerja");
        rec.nip_atasan = xml_attr(p, "nip-atasan");
        records.push_back(std::move(rec));
    }
    return records;
}

SkpXml read_skp_xml(std::string_view bytes, const std::string& file, Diagnostics& diags) {
    SkpXml out;
    XmlInput in(bytes, file, "skp", diags);
    if (!in.ok()) return out;
    const pugi::xml_node root = in.root();
    report_unknown(in, root, {"periode"}, {"pegawai"}, diags);
    out.periode = xml_attr(root, "periode");
    out.periode_loc = in.loc(root);

    for (pugi::xml_node p : root.children("pegawai")) {
        report_unknown(in, p, {"nip"}, {"tugas", "tambahan", "kreativitas", "perilaku"}, diags);
        const std::string nip = xml_attr(p, "nip");
        for (pugi::xml_node item : p.children()) {
            if (item.type() != pugi::node_element) continue;
            const std::string_view name = item.name();
            if (name == "tugas") {
                report_unknown(in, item, {"uraian", "ak", "satuan"}, {"target", "realisasi"}, diags);
                report_repeats(in, item, "target", diags);
                report_repeats(in, item, "realisasi", diags);
                SkpRecord rec;
                rec.loc = in.loc(item);
                rec.nip = nip;
                rec.jenis = "tugas";
                rec.uraian = xml_attr(item, "uraian");
                rec.ak = xml_attr(item, "ak");
                rec.satuan = xml_attr(item, "satuan");
                const pugi::xml_node target = item.child("target");
                const pugi::xml_node realisasi = item.child("realisasi");
                for (pugi::xml_node c : {target, realisasi}) {
                    if (c) report_unknown(in, c, {"kuantitas", "kualitas", "waktu", "biaya"}, {}, diags);
                }
                rec.target_kuantitas = xml_attr(target, "kuantitas");
                rec.target_kualitas = xml_attr(target, "kualitas");
                rec.target_waktu = xml_attr(target, "waktu");
                rec.target_biaya = xml_attr(target, "biaya");
                rec.realisasi_kuantitas = xml_attr(realisasi, "kuantitas");
                rec.realisasi_kualitas = xml_attr(realisasi, "kualitas");
                rec.realisasi_waktu = xml_attr(realisasi, "waktu");
                rec.realisasi_biaya = xml_attr(realisasi, "biaya");
                out.skp.push_back(std::move(rec));
            } else if (name == "tambahan" || name == "kreativitas") {
                const bool kreativitas = name == "kreativitas";
                if (kreativitas) {
                    report_unknown(in, item, {"uraian", "nilai"}, {}, diags);
                } else {
                    report_unknown(in, item, {"uraian"}, {}, diags);
                }
                SkpRecord rec;
                rec.loc = in.loc(item);
                rec.nip = nip;
                rec.jenis = std::string(name);
                rec.uraian = xml_attr(item, "uraian");
                if (kreativitas) rec.nilai = xml_attr(item, "nilai");
                out.skp.push_back(std::move(rec));
            } else if (name == "perilaku") {
                report_unknown(in, item,
                               {"orientasi-pelayanan", "integritas", "komitmen", "disiplin",
                                "kerja-sama", "kepemimpinan"},
                               {}, diags);
                PerilakuRecord rec;
                rec.loc = in.loc(item);
                rec.nip = nip;
                rec.orientasi_pelayanan = xml_attr(item, "orientasi-pelayanan");
                rec.integritas = xml_attr(item, "integritas");
                rec.komitmen = xml_attr(item, "komitmen");
                rec.disiplin = xml_attr(item, "disiplin");
                rec.kerja_sama = xml_attr(item, "kerja-sama");
                rec.kepemimpinan = xml_attr(item, "kepemimpinan");
                out.perilaku.push_back(std::move(rec));
            }
        }
    }
    return out;
}

std::optional<SopRecord> read_sop_xml(std::string_view bytes, const std::string& file,
                                      Diagnostics& diags) {
    XmlInput in(bytes, file, "sop", diags);
    if (!in.ok()) return std::nullopt;
    const pugi::xml_node root = in.root();
    report_unknown(in, root,
                   {"nomor", "nama", "tanggal-pembuatan", "tanggal-revisi", "tanggal-efektif",
                    "disahkan-oleh"},
                   {"dasar-hukum", "kualifikasi-pelaksana", "keterkaitan", "peralatan", "peringatan",
                    "pencatatan", "pelaksana", "langkah"},
                   diags);
    for (const char* once : {"dasar-hukum", "kualifikasi-pelaksana", "keterkaitan", "peralatan",
                             "peringatan", "pencatatan", "pelaksana"}) {
        report_repeats(in, root, once, diags);
    }

    auto attr = [](pugi::xml_node node, const char* name) {
        return normalize_space(node.attribute(name).value());
    };
    SopRecord sop;
    sop.loc = in.loc(root);
    sop.nomor = attr(root, "nomor");
    sop.nama = attr(root, "nama");
    sop.tanggal_pembuatan = attr(root, "tanggal-pembuatan");
    sop.tanggal_revisi = attr(root, "tanggal-revisi");
    sop.tanggal_efektif = attr(root, "tanggal-efektif");
    sop.disahkan_oleh = attr(root, "disahkan-oleh");
    sop.dasar_hukum = butir_list(in, root.child("dasar-hukum"), diags);
    sop.kualifikasi_pelaksana = butir_list(in, root.child("kualifikasi-pelaksana"), diags);
    sop.keterkaitan = butir_list(in, root.child("keterkaitan"), diags);
    sop.peralatan = butir_list(in, root.child("peralatan"), diags);
    sop.peringatan = butir_list(in, root.child("peringatan"), diags);
    sop.pencatatan = butir_list(in, root.child("pencatatan"), diags);

    const pugi::xml_node pelaksana = root.child("pelaksana");
    if (pelaksana) {
        report_unknown(in, pelaksana, {}, {"lane"}, diags);
        for (pugi::xml_node lane : pelaksana.children("lane")) {
            report_unknown(in, lane, {"id"}, {}, diags);
            sop.lanes.push_back(LaneRecord{in.loc(lane), attr(lane, "id"), xml_text(lane)});
        }
    }

    for (pugi::xml_node step : root.children("langkah")) {
        report_unknown(in, step,
                       {"pelaksana", "simbol", "kelengkapan", "waktu", "output", "keterangan", "ya",
                        "tidak"},
                       {}, diags);
        LangkahRecord rec;
        rec.loc = in.loc(step);
        rec.pelaksana = attr(step, "pelaksana");
        rec.simbol = attr(step, "simbol");
        rec.kelengkapan = attr(step, "kelengkapan");
        rec.waktu = attr(step, "waktu");
        rec.output = attr(step, "output");
        rec.keterangan = attr(step, "keterangan");
        rec.ya = attr(step, "ya");
        rec.tidak = attr(step, "tidak");
        rec.uraian = xml_text(step);
        sop.langkah.push_back(std::move(rec));
    }
    return sop;
}

}  // namespace kinerja
