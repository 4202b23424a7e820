#include "load/data_folder.hpp"

#include <algorithm>
#include <array>
#include <span>
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

// The file read for one input of several forms ("pegawai" as .csv, .xlsx or .xml): the first
// form present, in `extensions` order. More than one present is a problem for the file (the
// office would not know which one counts); the first is still read, so its problems show too.
struct Chosen {
    std::string name;  // "pegawai.xlsx"; empty when no form is there
    Input input;
};

Chosen choose_form(const FileSource& files, const std::string& base, std::span<const std::string_view> extensions,
                   Diagnostics& diags) {
    Chosen chosen;
    std::vector<std::string> present;
    for (std::string_view extension : extensions) {
        const std::string name = base + std::string(extension);
        Input in = read_input(files, name, diags);
        if (!in.present) continue;
        present.push_back(name);
        if (present.size() == 1) chosen = Chosen{name, std::move(in)};
    }
    if (present.size() > 1) {
        std::string names;
        for (std::size_t i = 0; i < present.size(); ++i) {
            names += (i == 0 ? "" : i + 1 == present.size() ? " dan " : ", ") + present[i];
        }
        diags.add_file_problem(present.back(), 0, "berkas",
                               names + " tidak boleh ada bersamaan; hapus salah satunya (yang dibaca " + present.front() + ")");
    }
    return chosen;
}

// "pegawai.csv, pegawai.xlsx atau pegawai.xml"
std::string forms_text(const std::string& base, std::span<const std::string_view> extensions) {
    std::string text;
    std::size_t i = 0;
    for (std::string_view extension : extensions) {
        text += (i == 0 ? "" : i + 1 == extensions.size() ? " atau " : ", ") + base + std::string(extension);
        ++i;
    }
    return text;
}

constexpr std::array<std::string_view, 2> kTableForms{".csv", ".xlsx"};
constexpr std::array<std::string_view, 3> kAllForms{".csv", ".xlsx", ".xml"};

void read_pegawai(const FileSource& files, RawData& raw, Diagnostics& diags) {
    const Chosen chosen = choose_form(files, "pegawai", kAllForms, diags);
    if (!chosen.input.present) {
        diags.add_file_problem("pegawai.csv", 0, "berkas",
                               std::string(kNotFound) + " (" + forms_text("pegawai", kAllForms) + ")");
        return;
    }
    if (!chosen.input.bytes) return;  // reported by read_input
    raw.pegawai_file = chosen.name;
    raw.pegawai = chosen.name.ends_with(".xml") ? read_pegawai_xml(*chosen.input.bytes, chosen.name, diags)
                                                 : read_pegawai_table(*chosen.input.bytes, chosen.name, diags);
}

// perilaku-YYYY-MM as a table, wanted when the SKP is a table too.
void read_perilaku(const FileSource& files, RawData& raw, Diagnostics& diags) {
    const std::string base = "perilaku-" + raw.periode;
    const Chosen chosen = choose_form(files, base, kTableForms, diags);
    if (!chosen.input.present) {
        diags.add_file_problem(base + ".csv", 0, "berkas",
                               std::string(kNotFound) + " (" + forms_text(base, kTableForms) +
                                   ", wajib ada bila SKP berupa " + raw.skp_file + ")");
        return;
    }
    if (!chosen.input.bytes) return;
    raw.perilaku_file = chosen.name;
    raw.perilaku = read_perilaku_table(*chosen.input.bytes, chosen.name, diags);
}

void read_skp_xml_form(const FileSource& files, const std::string& bytes, RawData& raw, Diagnostics& diags) {
    raw.perilaku_file = raw.skp_file;
    SkpXml skp = read_skp_xml(bytes, raw.skp_file, diags);
    raw.skp_periode_attr = std::move(skp.periode);
    raw.skp_periode_loc = std::move(skp.periode_loc);
    raw.skp = std::move(skp.skp);
    raw.perilaku = std::move(skp.perilaku);
    for (std::string_view extension : kTableForms) {
        const std::string perilaku_name = "perilaku-" + raw.periode + std::string(extension);
        if (files.exists(perilaku_name) || !files.unreadable(perilaku_name).empty()) {
            diags.add_file_problem(perilaku_name, 0, "berkas",
                                   "tidak dibaca: bila SKP berupa " + raw.skp_file +
                                       ", nilai perilaku diambil dari <perilaku> di dalamnya; hapus berkas ini");
        }
    }
}

void read_skp(const FileSource& files, RawData& raw, Diagnostics& diags) {
    const std::string base = "skp-" + raw.periode;
    const Chosen chosen = choose_form(files, base, kAllForms, diags);
    if (!chosen.input.present) {
        diags.add_file_problem(base + ".csv", 0, "berkas",
                               std::string(kNotFound) + " (diharapkan " + forms_text(base, kAllForms) + ")");
        return;
    }
    if (!chosen.input.bytes) return;
    raw.skp_file = chosen.name;
    if (chosen.name.ends_with(".xml")) {
        read_skp_xml_form(files, *chosen.input.bytes, raw, diags);
        return;
    }
    raw.skp = read_skp_table(*chosen.input.bytes, chosen.name, diags);
    read_perilaku(files, raw, diags);
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
        if (!name.ends_with(".xml")) continue;
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
