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

// The <butir> texts of a list element of a SOP (a problem in one names the list).
std::vector<std::string> butir_list(const XmlInput& in, pugi::xml_node list, RefusedFields& refused,
                                    Diagnostics& diags) {
    std::vector<std::string> items;
    if (!list) return items;
    report_unknown(in, list, {}, {"butir"}, diags);
    for (pugi::xml_node butir : list.children("butir")) {
        report_unknown(in, butir, {}, {}, diags);
        items.push_back(in.text(butir, list.name(), refused));
    }
    return items;
}

// One <tugas> of skp-YYYY-MM.xml, with its <target> and <realisasi>; the NIP is its parent's.
SkpRecord read_tugas(const XmlInput& in, pugi::xml_node item, Diagnostics& diags) {
    report_unknown(in, item, {"uraian", "ak", "satuan"}, {"target", "realisasi"}, diags);
    report_repeats(in, item, "target", diags);
    report_repeats(in, item, "realisasi", diags);
    const pugi::xml_node target = item.child("target");
    const pugi::xml_node realisasi = item.child("realisasi");
    for (pugi::xml_node c : {target, realisasi}) {
        if (c) report_unknown(in, c, {"kuantitas", "kualitas", "waktu", "biaya"}, {}, diags);
    }
    SkpRecord rec;
    rec.loc = in.loc(item);
    rec.jenis = "tugas";
    auto attr = [&](pugi::xml_node node, const char* name) { return in.attr(node, name, rec.refused); };
    rec.uraian = attr(item, "uraian");
    rec.ak = attr(item, "ak");
    rec.satuan = attr(item, "satuan");
    rec.target_kuantitas = attr(target, "kuantitas");
    rec.target_kualitas = attr(target, "kualitas");
    rec.target_waktu = attr(target, "waktu");
    rec.target_biaya = attr(target, "biaya");
    rec.realisasi_kuantitas = attr(realisasi, "kuantitas");
    rec.realisasi_kualitas = attr(realisasi, "kualitas");
    rec.realisasi_waktu = attr(realisasi, "waktu");
    rec.realisasi_biaya = attr(realisasi, "biaya");
    return rec;
}

// One <tambahan> (only an uraian) or <kreativitas> (uraian and nilai).
SkpRecord read_uraian_item(const XmlInput& in, pugi::xml_node item, Diagnostics& diags) {
    const bool kreativitas = std::string_view(item.name()) == "kreativitas";
    if (kreativitas) {
        report_unknown(in, item, {"uraian", "nilai"}, {}, diags);
    } else {
        report_unknown(in, item, {"uraian"}, {}, diags);
    }
    SkpRecord rec;
    rec.loc = in.loc(item);
    rec.jenis = item.name();
    rec.uraian = in.attr(item, "uraian", rec.refused);
    if (kreativitas) rec.nilai = in.attr(item, "nilai", rec.refused);
    return rec;
}

// One <perilaku> of skp-YYYY-MM.xml.
PerilakuRecord read_perilaku(const XmlInput& in, pugi::xml_node item, Diagnostics& diags) {
    report_unknown(in, item,
                   {"orientasi-pelayanan", "integritas", "komitmen", "disiplin", "kerja-sama",
                    "kepemimpinan"},
                   {}, diags);
    PerilakuRecord rec;
    rec.loc = in.loc(item);
    auto attr = [&](const char* name) { return in.attr(item, name, rec.refused); };
    rec.orientasi_pelayanan = attr("orientasi-pelayanan");
    rec.integritas = attr("integritas");
    rec.komitmen = attr("komitmen");
    rec.disiplin = attr("disiplin");
    rec.kerja_sama = attr("kerja-sama");
    rec.kepemimpinan = attr("kepemimpinan");
    return rec;
}

// One <langkah> of a SOP: its attributes, and its text as the uraian.
LangkahRecord read_langkah(const XmlInput& in, pugi::xml_node step, Diagnostics& diags) {
    report_unknown(in, step,
                   {"pelaksana", "simbol", "kelengkapan", "waktu", "output", "keterangan", "ya",
                    "tidak"},
                   {}, diags);
    LangkahRecord rec;
    rec.loc = in.loc(step);
    auto attr = [&](const char* name) { return in.attr(step, name, rec.refused, Spacing::normalized); };
    rec.pelaksana = attr("pelaksana");
    rec.simbol = attr("simbol");
    rec.kelengkapan = attr("kelengkapan");
    rec.waktu = attr("waktu");
    rec.output = attr("output");
    rec.keterangan = attr("keterangan");
    rec.ya = attr("ya");
    rec.tidak = attr("tidak");
    rec.uraian = in.text(step, "uraian", rec.refused);
    return rec;
}

}  // namespace

std::optional<InstansiRecord> read_instansi_xml(std::string_view bytes, const std::string& file,
                                                Diagnostics& diags) {
    XmlInput in(bytes, file, "instansi", diags);
    if (!in.ok()) return std::nullopt;
    const pugi::xml_node root = in.root();
    static constexpr std::array<const char*, 12> kChildren = {
        "pemerintah", "nama", "alamat", "kode-pos", "tempat", "logo",
        "kertas", "pimpinan", "salinan", "arsip", "cetak", "tanda-tangan"};
    report_unknown(in, root, {"kode"},
                   {"pemerintah", "nama", "alamat", "kode-pos", "tempat", "logo", "kertas",
                    "pimpinan", "salinan", "arsip", "cetak", "tanda-tangan"},
                   diags);

    InstansiRecord rec;
    rec.loc = in.loc(root);
    rec.kode = in.attr(root, "kode", rec.refused);
    for (const char* name : kChildren) {
        const pugi::xml_node child = root.child(name);
        rec.lines[name] = child ? in.loc(child).line : rec.loc.line;
        report_repeats(in, root, name, diags);
    }
    auto text_of = [&](const char* name) {
        const pugi::xml_node child = root.child(name);
        if (child) report_unknown(in, child, {}, {}, diags);
        return in.text(child, name, rec.refused);
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
        rec.pimpinan_nip = in.attr(pimpinan, "nip", rec.refused);
    }

    const pugi::xml_node salinan = root.child("salinan");
    rec.salinan_loc = salinan ? in.loc(salinan) : rec.loc;
    if (salinan) {
        report_unknown(in, salinan, {}, {"lembar"}, diags);
        for (pugi::xml_node lembar : salinan.children("lembar")) {
            report_unknown(in, lembar, {}, {}, diags);
            rec.salinan.push_back(in.text(lembar, "lembar", rec.refused));
        }
    }

    const pugi::xml_node arsip = root.child("arsip");
    rec.arsip_loc = arsip ? in.loc(arsip) : rec.loc;
    if (arsip) {
        report_unknown(in, arsip,
                       {"kode-klasifikasi", "kapasitas-box", "retensi-aktif", "retensi-inaktif",
                        "unit-pengolah", "nasib-akhir"},
                       {}, diags);
        rec.arsip_kode_klasifikasi = in.attr(arsip, "kode-klasifikasi", rec.refused);
        rec.arsip_kapasitas_box = in.attr(arsip, "kapasitas-box", rec.refused);
        rec.arsip_retensi_aktif = in.attr(arsip, "retensi-aktif", rec.refused);
        rec.arsip_retensi_inaktif = in.attr(arsip, "retensi-inaktif", rec.refused);
        rec.arsip_unit_pengolah = in.attr(arsip, "unit-pengolah", rec.refused);
        rec.arsip_nasib_akhir = in.attr(arsip, "nasib-akhir", rec.refused);
    }

    const pugi::xml_node cetak = root.child("cetak");
    rec.cetak_loc = cetak ? in.loc(cetak) : rec.loc;
    if (cetak) {
        report_unknown(in, cetak, {"sisi"}, {}, diags);
        rec.cetak_sisi = in.attr(cetak, "sisi", rec.refused);
    }

    const pugi::xml_node tanda_tangan = root.child("tanda-tangan");
    rec.tanda_tangan_loc = tanda_tangan ? in.loc(tanda_tangan) : rec.loc;
    if (tanda_tangan) {
        report_unknown(in, tanda_tangan, {"pindaian"}, {}, diags);
        rec.tanda_tangan_pindaian = in.attr(tanda_tangan, "pindaian", rec.refused);
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
        auto attr = [&](const char* name) { return in.attr(p, name, rec.refused); };
        rec.nip = attr("nip");
        rec.nama = attr("nama");
        rec.gelar_depan = attr("gelar-depan");
        rec.gelar_belakang = attr("gelar-belakang");
        rec.golongan = attr("golongan");
        rec.tmt_golongan = attr("tmt-golongan");
        rec.jabatan = attr("jabatan");
        rec.jenis_jabatan = attr("jenis-jabatan");
        rec.unit_kerja = attr("unit-kerja");
        rec.nip_atasan = attr("nip-atasan");
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
        // Every item takes the NIP; a control character in it goes with the first item only
        // (the model finds the NIP of every item invalid anyway).
        RefusedFields nip_refused;
        const std::string nip = in.attr(p, "nip", nip_refused);
        auto with_nip = [&](auto rec) {
            rec.nip = nip;
            rec.refused.insert(rec.refused.begin(), nip_refused.begin(), nip_refused.end());
            nip_refused.clear();
            return rec;
        };
        for (pugi::xml_node item : p.children()) {
            if (item.type() != pugi::node_element) continue;
            const std::string_view name = item.name();
            if (name == "tugas") {
                out.skp.push_back(with_nip(read_tugas(in, item, diags)));
            } else if (name == "tambahan" || name == "kreativitas") {
                out.skp.push_back(with_nip(read_uraian_item(in, item, diags)));
            } else if (name == "perilaku") {
                out.perilaku.push_back(with_nip(read_perilaku(in, item, diags)));
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

    SopRecord sop;
    sop.loc = in.loc(root);
    auto attr = [&](const char* name) { return in.attr(root, name, sop.refused, Spacing::normalized); };
    sop.nomor = attr("nomor");
    sop.nama = attr("nama");
    sop.tanggal_pembuatan = attr("tanggal-pembuatan");
    sop.tanggal_revisi = attr("tanggal-revisi");
    sop.tanggal_efektif = attr("tanggal-efektif");
    sop.disahkan_oleh = attr("disahkan-oleh");
    auto list = [&](const char* name) { return butir_list(in, root.child(name), sop.refused, diags); };
    sop.dasar_hukum = list("dasar-hukum");
    sop.kualifikasi_pelaksana = list("kualifikasi-pelaksana");
    sop.keterkaitan = list("keterkaitan");
    sop.peralatan = list("peralatan");
    sop.peringatan = list("peringatan");
    sop.pencatatan = list("pencatatan");

    const pugi::xml_node pelaksana = root.child("pelaksana");
    if (pelaksana) {
        report_unknown(in, pelaksana, {}, {"lane"}, diags);
        for (pugi::xml_node lane : pelaksana.children("lane")) {
            report_unknown(in, lane, {"id"}, {}, diags);
            LaneRecord rec;
            rec.loc = in.loc(lane);
            rec.id = in.attr(lane, "id", rec.refused, Spacing::normalized);
            rec.nama = in.text(lane, "lane", rec.refused);
            sop.lanes.push_back(std::move(rec));
        }
    }
    for (pugi::xml_node step : root.children("langkah")) sop.langkah.push_back(read_langkah(in, step, diags));
    return sop;
}

}  // namespace kinerja
