// The XML readers of data_readers.hpp: instansi.xml, pegawai.xml, skp-YYYY-MM.xml, sop/*.xml.
// Each element's attributes are listed once, in a table that says which field each fills; the
// same table names the attributes report_unknown accepts.
#include "load/data_readers.hpp"

#include <array>

#include "load/xml_fields.hpp"
#include "load/xml_reader.hpp"

namespace kinerja {

namespace {

const XmlFields<PegawaiRecord, 10> kPegawaiAttributes{{
    {"nip", &PegawaiRecord::nip},
    {"nama", &PegawaiRecord::nama},
    {"gelar-depan", &PegawaiRecord::gelar_depan},
    {"gelar-belakang", &PegawaiRecord::gelar_belakang},
    {"golongan", &PegawaiRecord::golongan},
    {"tmt-golongan", &PegawaiRecord::tmt_golongan},
    {"jabatan", &PegawaiRecord::jabatan},
    {"jenis-jabatan", &PegawaiRecord::jenis_jabatan},
    {"unit-kerja", &PegawaiRecord::unit_kerja},
    {"nip-atasan", &PegawaiRecord::nip_atasan},
}};

// <tugas>, its <target> and its <realisasi> (the same attribute names).
const XmlFields<SkpRecord, 3> kTugasAttributes{{
    {"uraian", &SkpRecord::uraian},
    {"ak", &SkpRecord::ak},
    {"satuan", &SkpRecord::satuan},
}};
const XmlFields<SkpRecord, 4> kTargetAttributes{{
    {"kuantitas", &SkpRecord::target_kuantitas},
    {"kualitas", &SkpRecord::target_kualitas},
    {"waktu", &SkpRecord::target_waktu},
    {"biaya", &SkpRecord::target_biaya},
}};
const XmlFields<SkpRecord, 4> kRealisasiAttributes{{
    {"kuantitas", &SkpRecord::realisasi_kuantitas},
    {"kualitas", &SkpRecord::realisasi_kualitas},
    {"waktu", &SkpRecord::realisasi_waktu},
    {"biaya", &SkpRecord::realisasi_biaya},
}};

const XmlFields<PerilakuRecord, 6> kPerilakuAttributes{{
    {"orientasi-pelayanan", &PerilakuRecord::orientasi_pelayanan},
    {"integritas", &PerilakuRecord::integritas},
    {"komitmen", &PerilakuRecord::komitmen},
    {"disiplin", &PerilakuRecord::disiplin},
    {"kerja-sama", &PerilakuRecord::kerja_sama},
    {"kepemimpinan", &PerilakuRecord::kepemimpinan},
}};

const XmlFields<LangkahRecord, 8> kLangkahAttributes{{
    {"pelaksana", &LangkahRecord::pelaksana},
    {"simbol", &LangkahRecord::simbol},
    {"kelengkapan", &LangkahRecord::kelengkapan},
    {"waktu", &LangkahRecord::waktu},
    {"output", &LangkahRecord::output},
    {"keterangan", &LangkahRecord::keterangan},
    {"ya", &LangkahRecord::ya},
    {"tidak", &LangkahRecord::tidak},
}};

const XmlFields<SopRecord, 6> kSopAttributes{{
    {"nomor", &SopRecord::nomor},
    {"nama", &SopRecord::nama},
    {"tanggal-pembuatan", &SopRecord::tanggal_pembuatan},
    {"tanggal-revisi", &SopRecord::tanggal_revisi},
    {"tanggal-efektif", &SopRecord::tanggal_efektif},
    {"disahkan-oleh", &SopRecord::disahkan_oleh},
}};

// The <butir> lists of a SOP, each at most once.
const XmlFields<SopRecord, 6, std::vector<std::string>> kSopLists{{
    {"dasar-hukum", &SopRecord::dasar_hukum},
    {"kualifikasi-pelaksana", &SopRecord::kualifikasi_pelaksana},
    {"keterkaitan", &SopRecord::keterkaitan},
    {"peralatan", &SopRecord::peralatan},
    {"peringatan", &SopRecord::peringatan},
    {"pencatatan", &SopRecord::pencatatan},
}};

// The children of <instansi> that hold only text, then those with attributes.
const XmlFields<InstansiRecord, 7> kInstansiTexts{{
    {"pemerintah", &InstansiRecord::pemerintah},
    {"nama", &InstansiRecord::nama},
    {"alamat", &InstansiRecord::alamat},
    {"kode-pos", &InstansiRecord::kode_pos},
    {"tempat", &InstansiRecord::tempat},
    {"logo", &InstansiRecord::logo},
    {"kertas", &InstansiRecord::kertas},
}};

const XmlFields<InstansiRecord, 6> kArsipAttributes{{
    {"kode-klasifikasi", &InstansiRecord::arsip_kode_klasifikasi},
    {"kapasitas-box", &InstansiRecord::arsip_kapasitas_box},
    {"retensi-aktif", &InstansiRecord::arsip_retensi_aktif},
    {"retensi-inaktif", &InstansiRecord::arsip_retensi_inaktif},
    {"unit-pengolah", &InstansiRecord::arsip_unit_pengolah},
    {"nasib-akhir", &InstansiRecord::arsip_nasib_akhir},
}};

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
    report_unknown(in, item, names_of(kTugasAttributes), {"target", "realisasi"}, diags);
    report_repeats(in, item, "target", diags);
    report_repeats(in, item, "realisasi", diags);
    const pugi::xml_node target = item.child("target");
    const pugi::xml_node realisasi = item.child("realisasi");
    for (pugi::xml_node c : {target, realisasi}) {
        if (c) report_unknown(in, c, names_of(kTargetAttributes), {}, diags);
    }
    SkpRecord rec;
    rec.loc = in.loc(item);
    rec.jenis = "tugas";
    read_attributes(in, item, kTugasAttributes, rec);
    read_attributes(in, target, kTargetAttributes, rec);
    read_attributes(in, realisasi, kRealisasiAttributes, rec);
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
    report_unknown(in, item, names_of(kPerilakuAttributes), {}, diags);
    PerilakuRecord rec;
    rec.loc = in.loc(item);
    read_attributes(in, item, kPerilakuAttributes, rec);
    return rec;
}

// One <langkah> of a SOP: its attributes, and its text as the uraian.
LangkahRecord read_langkah(const XmlInput& in, pugi::xml_node step, Diagnostics& diags) {
    report_unknown(in, step, names_of(kLangkahAttributes), {}, diags);
    LangkahRecord rec;
    rec.loc = in.loc(step);
    read_attributes(in, step, kLangkahAttributes, rec, Spacing::normalized);
    rec.uraian = in.text(step, "uraian", rec.refused);
    return rec;
}

// The elements of <instansi> with attributes, each read when present; `loc` is the element's
// place, or <instansi>'s when it is missing.
void read_instansi_elements(const XmlInput& in, pugi::xml_node root, InstansiRecord& rec, Diagnostics& diags) {
    auto element = [&](const char* name, SourceLoc& loc) {
        const pugi::xml_node node = root.child(name);
        loc = node ? in.loc(node) : rec.loc;
        return node;
    };
    if (const pugi::xml_node pimpinan = element("pimpinan", rec.pimpinan_loc)) {
        report_unknown(in, pimpinan, {"nip"}, {}, diags);
        rec.pimpinan_nip = in.attr(pimpinan, "nip", rec.refused);
    }
    if (const pugi::xml_node salinan = element("salinan", rec.salinan_loc)) {
        report_unknown(in, salinan, {}, {"lembar"}, diags);
        for (pugi::xml_node lembar : salinan.children("lembar")) {
            report_unknown(in, lembar, {}, {}, diags);
            rec.salinan.push_back(in.text(lembar, "lembar", rec.refused));
        }
    }
    if (const pugi::xml_node arsip = element("arsip", rec.arsip_loc)) {
        report_unknown(in, arsip, names_of(kArsipAttributes), {}, diags);
        read_attributes(in, arsip, kArsipAttributes, rec);
    }
    if (const pugi::xml_node cetak = element("cetak", rec.cetak_loc)) {
        report_unknown(in, cetak, {"sisi"}, {}, diags);
        rec.cetak_sisi = in.attr(cetak, "sisi", rec.refused);
    }
    if (const pugi::xml_node tanda_tangan = element("tanda-tangan", rec.tanda_tangan_loc)) {
        report_unknown(in, tanda_tangan, {"pindaian"}, {}, diags);
        rec.tanda_tangan_pindaian = in.attr(tanda_tangan, "pindaian", rec.refused);
    }
}

// <regulasi mulai="…"> and every <capaian-organisasi periode="…"> (DESIGN 8.1).
void read_regime(const XmlInput& in, pugi::xml_node root, InstansiRecord& rec, Diagnostics& diags) {
    RegimeRecord& regime = rec.regime;
    report_repeats(in, root, "regulasi", diags);  // <capaian-organisasi>: one per evaluation
    const pugi::xml_node regulasi = root.child("regulasi");
    regime.regulasi_loc = regulasi ? in.loc(regulasi) : rec.loc;
    if (regulasi) {
        report_unknown(in, regulasi, {"mulai"}, {}, diags);
        regime.regulasi = in.text(regulasi, "regulasi", regime.refused);
        regime.mulai = in.attr(regulasi, "mulai", regime.refused);
    }
    for (pugi::xml_node capaian : root.children("capaian-organisasi")) {
        report_unknown(in, capaian, {"periode"}, {}, diags);
        CapaianOrganisasiRecord entry;
        entry.loc = in.loc(capaian);
        entry.periode = in.attr(capaian, "periode", regime.refused);
        entry.nilai = in.text(capaian, "capaian-organisasi", regime.refused);
        regime.capaian.push_back(std::move(entry));
    }
}

}  // namespace

std::optional<InstansiRecord> read_instansi_xml(std::string_view bytes, const std::string& file,
                                                Diagnostics& diags) {
    XmlInput in(bytes, file, "instansi", diags);
    if (!in.ok()) return std::nullopt;
    const pugi::xml_node root = in.root();
    std::vector<std::string_view> children = names_of(kInstansiTexts);
    children.insert(children.end(), {"pimpinan", "salinan", "arsip", "cetak", "tanda-tangan"});
    std::vector<std::string_view> allowed = children;
    allowed.insert(allowed.end(), {"regulasi", "capaian-organisasi"});  // read by read_regime
    report_unknown(in, root, {"kode"}, allowed, diags);

    InstansiRecord rec;
    rec.loc = in.loc(root);
    rec.kode = in.attr(root, "kode", rec.refused);
    for (const std::string_view name : children) {
        const pugi::xml_node child = root.child(name.data());
        rec.lines[std::string(name)] = child ? in.loc(child).line : rec.loc.line;
        report_repeats(in, root, name.data(), diags);
    }
    for (const XmlField<InstansiRecord>& text : kInstansiTexts) {
        const pugi::xml_node child = root.child(text.name);
        if (child) report_unknown(in, child, {}, {}, diags);
        rec.*text.field = in.text(child, text.name, rec.refused);
    }
    read_instansi_elements(in, root, rec, diags);
    read_regime(in, root, rec, diags);
    return rec;
}

std::vector<PegawaiRecord> read_pegawai_xml(std::string_view bytes, const std::string& file,
                                            Diagnostics& diags) {
    std::vector<PegawaiRecord> records;
    XmlInput in(bytes, file, "daftar-pegawai", diags);
    if (!in.ok()) return records;
    report_unknown(in, in.root(), {}, {"pegawai"}, diags);
    for (pugi::xml_node p : in.root().children("pegawai")) {
        report_unknown(in, p, names_of(kPegawaiAttributes), {}, diags);
        PegawaiRecord rec;
        rec.loc = in.loc(p);
        read_attributes(in, p, kPegawaiAttributes, rec);
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
    std::vector<std::string_view> once = names_of(kSopLists);  // the lists and <pelaksana>
    once.push_back("pelaksana");
    std::vector<std::string_view> children = once;
    children.push_back("langkah");
    report_unknown(in, root, names_of(kSopAttributes), children, diags);
    for (const std::string_view name : once) report_repeats(in, root, name.data(), diags);

    SopRecord sop;
    sop.loc = in.loc(root);
    read_attributes(in, root, kSopAttributes, sop, Spacing::normalized);
    for (const auto& list : kSopLists) sop.*list.field = butir_list(in, root.child(list.name), sop.refused, diags);

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
