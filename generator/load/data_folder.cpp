#include "load/data_folder.hpp"

#include <algorithm>

#include "load/data_readers.hpp"

namespace kinerja {

namespace {

constexpr const char* kNotFound = "berkas tidak ditemukan";

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void read_pegawai(const FileSource& files, RawData& raw, Diagnostics& diags) {
    const auto csv = files.read("pegawai.csv");
    const auto xml = files.read("pegawai.xml");
    if (csv && xml) {
        diags.add("pegawai.xml", 0, "berkas",
                  "pegawai.csv dan pegawai.xml tidak boleh ada bersamaan; hapus salah satunya "
                  "(yang dibaca pegawai.csv)");
    }
    if (csv) {
        raw.pegawai_file = "pegawai.csv";
        raw.pegawai = read_pegawai_csv(*csv, raw.pegawai_file, diags);
    } else if (xml) {
        raw.pegawai_file = "pegawai.xml";
        raw.pegawai = read_pegawai_xml(*xml, raw.pegawai_file, diags);
    } else {
        diags.add("pegawai.csv", 0, "berkas", std::string(kNotFound) + " (pegawai.csv atau pegawai.xml)");
    }
}

void read_skp(const FileSource& files, RawData& raw, Diagnostics& diags) {
    const std::string skp_csv_name = "skp-" + raw.periode + ".csv";
    const std::string skp_xml_name = "skp-" + raw.periode + ".xml";
    const std::string perilaku_name = "perilaku-" + raw.periode + ".csv";
    const auto csv = files.read(skp_csv_name);
    const auto xml = files.read(skp_xml_name);
    if (csv && xml) {
        diags.add(skp_xml_name, 0, "berkas",
                  skp_csv_name + " dan " + skp_xml_name +
                      " tidak boleh ada bersamaan; hapus salah satunya (yang dibaca " + skp_csv_name + ")");
    }
    if (csv) {
        raw.skp_file = skp_csv_name;
        raw.skp = read_skp_csv(*csv, skp_csv_name, diags);
        const auto perilaku = files.read(perilaku_name);
        if (!perilaku) {
            diags.add(perilaku_name, 0, "berkas",
                      std::string(kNotFound) + " (wajib ada bila SKP berupa " + skp_csv_name + ")");
            return;
        }
        raw.perilaku_file = perilaku_name;
        raw.perilaku = read_perilaku_csv(*perilaku, perilaku_name, diags);
    } else if (xml) {
        raw.skp_file = skp_xml_name;
        raw.perilaku_file = skp_xml_name;
        SkpXml skp = read_skp_xml(*xml, skp_xml_name, diags);
        raw.skp_periode_attr = std::move(skp.periode);
        raw.skp_periode_loc = std::move(skp.periode_loc);
        raw.skp = std::move(skp.skp);
        raw.perilaku = std::move(skp.perilaku);
        if (files.exists(perilaku_name)) {
            diags.add(perilaku_name, 0, "berkas",
                      "tidak dibaca: bila SKP berupa " + skp_xml_name +
                          ", nilai perilaku diambil dari <perilaku> di dalamnya; hapus berkas ini");
        }
    } else {
        diags.add(skp_csv_name, 0, "berkas",
                  std::string(kNotFound) + " (diharapkan " + skp_csv_name + " atau " + skp_xml_name + ")");
    }
}

}  // namespace

RawData load_data_folder(const FileSource& files, const std::string& periode, Diagnostics& diags) {
    RawData raw;
    raw.periode = periode;

    if (const auto instansi = files.read("instansi.xml")) {
        raw.instansi = read_instansi_xml(*instansi, "instansi.xml", diags);
    } else {
        diags.add("instansi.xml", 0, "berkas", kNotFound);
    }

    read_pegawai(files, raw, diags);
    if (!periode.empty()) read_skp(files, raw, diags);

    std::vector<std::string> names = files.list("sop");
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
        if (!ends_with(name, ".xml")) continue;
        const std::string path = "sop/" + name;
        const auto bytes = files.read(path);
        if (!bytes) {
            diags.add(path, 0, "berkas", "berkas tidak dapat dibaca");
            continue;
        }
        if (auto sop = read_sop_xml(*bytes, path, diags)) raw.sops.push_back(std::move(*sop));
    }
    return raw;
}

}  // namespace kinerja
