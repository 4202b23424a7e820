#include "load/data_folder.hpp"

#include <algorithm>
#include <optional>

#include "load/data_readers.hpp"

namespace kinerja {

namespace {

constexpr const char* kNotFound = "berkas tidak ditemukan";

// A file of the data folder: its bytes, or nothing; when something is there that cannot be
// read, that is reported (line 0) and `present` is still true.
struct Input {
    std::optional<std::string> bytes;
    bool present = false;
};

Input read_input(const FileSource& files, const std::string& path, Diagnostics& diags) {
    Input in{files.read(path), false};
    in.present = in.bytes.has_value();
    if (!in.present) {
        const std::string why = files.unreadable(path);
        if (!why.empty()) {
            diags.add_file_problem(path, 0, "berkas", why);
            in.present = true;
        }
    }
    return in;
}

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void read_pegawai(const FileSource& files, RawData& raw, Diagnostics& diags) {
    const Input csv_in = read_input(files, "pegawai.csv", diags);
    const Input xml_in = read_input(files, "pegawai.xml", diags);
    const auto& csv = csv_in.bytes;
    const auto& xml = xml_in.bytes;
    if (csv && xml) {
        diags.add_file_problem("pegawai.xml", 0, "berkas",
                  "pegawai.csv dan pegawai.xml tidak boleh ada bersamaan; hapus salah satunya "
                  "(yang dibaca pegawai.csv)");
    }
    if (csv) {
        raw.pegawai_file = "pegawai.csv";
        raw.pegawai = read_pegawai_csv(*csv, raw.pegawai_file, diags);
    } else if (xml) {
        raw.pegawai_file = "pegawai.xml";
        raw.pegawai = read_pegawai_xml(*xml, raw.pegawai_file, diags);
    } else if (!csv_in.present && !xml_in.present) {
        diags.add_file_problem("pegawai.csv", 0, "berkas", std::string(kNotFound) + " (pegawai.csv atau pegawai.xml)");
    }
}

void read_skp(const FileSource& files, RawData& raw, Diagnostics& diags) {
    const std::string skp_csv_name = "skp-" + raw.periode + ".csv";
    const std::string skp_xml_name = "skp-" + raw.periode + ".xml";
    const std::string perilaku_name = "perilaku-" + raw.periode + ".csv";
    const Input csv_in = read_input(files, skp_csv_name, diags);
    const Input xml_in = read_input(files, skp_xml_name, diags);
    const auto& csv = csv_in.bytes;
    const auto& xml = xml_in.bytes;
    if (csv && xml) {
        diags.add_file_problem(skp_xml_name, 0, "berkas",
                  skp_csv_name + " dan " + skp_xml_name +
                      " tidak boleh ada bersamaan; hapus salah satunya (yang dibaca " + skp_csv_name + ")");
    }
    if (csv) {
        raw.skp_file = skp_csv_name;
        raw.skp = read_skp_csv(*csv, skp_csv_name, diags);
        const Input perilaku_in = read_input(files, perilaku_name, diags);
        const auto& perilaku = perilaku_in.bytes;
        if (!perilaku) {
            if (perilaku_in.present) return;  // reported by read_input
            diags.add_file_problem(perilaku_name, 0, "berkas",
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
        if (files.exists(perilaku_name) || !files.unreadable(perilaku_name).empty()) {
            diags.add_file_problem(perilaku_name, 0, "berkas",
                      "tidak dibaca: bila SKP berupa " + skp_xml_name +
                          ", nilai perilaku diambil dari <perilaku> di dalamnya; hapus berkas ini");
        }
    } else if (!csv_in.present && !xml_in.present) {
        diags.add_file_problem(skp_csv_name, 0, "berkas",
                  std::string(kNotFound) + " (diharapkan " + skp_csv_name + " atau " + skp_xml_name + ")");
    }
}

}  // namespace

RawData load_data_folder(const FileSource& files, const std::string& periode, Diagnostics& diags) {
    RawData raw;
    raw.periode = periode;

    const Input instansi = read_input(files, "instansi.xml", diags);
    if (instansi.bytes) {
        raw.instansi = read_instansi_xml(*instansi.bytes, "instansi.xml", diags);
    } else if (!instansi.present) {
        diags.add_file_problem("instansi.xml", 0, "berkas", kNotFound);
    }

    read_pegawai(files, raw, diags);
    if (!periode.empty()) read_skp(files, raw, diags);

    if (const std::string why = files.unlistable("sop"); !why.empty()) {
        diags.add_file_problem("sop", 0, "folder", why);  // its SOPs would be left out unseen
    }
    std::vector<std::string> names = files.list("sop");
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
        if (!ends_with(name, ".xml")) continue;
        const std::string path = "sop/" + name;
        const Input in = read_input(files, path, diags);
        if (!in.bytes) {
            if (!in.present) diags.add_file_problem(path, 0, "berkas", "berkas tidak dapat dibaca");
            continue;
        }
        if (auto sop = read_sop_xml(*in.bytes, path, diags)) raw.sops.push_back(std::move(*sop));
    }
    return raw;
}

}  // namespace kinerja
