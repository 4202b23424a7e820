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

// "a, b dan c"
std::string and_list(const std::vector<std::string>& names) {
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i) {
        text += (i == 0 ? "" : i + 1 == names.size() ? " dan " : ", ") + names[i];
    }
    return text;
}

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
        diags.add_file_problem(present.back(), 0, "berkas",
                               and_list(present) + " tidak boleh ada bersamaan; hapus salah satunya (yang dibaca " +
                                   present.front() + ")");
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

// ---- the period's files under PermenPANRB 6/2022 (DESIGN 8.2) ----

// skp-YYYY of the period's year: required.
void read_skp2022(const FileSource& files, RawData& raw, Diagnostics& diags) {
    Raw2022& out = raw.regime2022;
    const std::string base = "skp-" + raw.periode.substr(0, 4);
    const Chosen chosen = choose_form(files, base, kAllForms, diags);
    if (!chosen.input.present) {
        diags.add_file_problem(base + ".csv", 0, "berkas",
                               std::string(kNotFound) + " (diharapkan " + forms_text(base, kAllForms) +
                                   ": SKP tahun " + raw.periode.substr(0, 4) + ")");
        return;
    }
    if (!chosen.input.bytes) return;
    out.skp_file = chosen.name;
    if (!chosen.name.ends_with(".xml")) {
        out.skp = read_skp2022_table(*chosen.input.bytes, chosen.name, diags);
        return;
    }
    Skp2022Xml xml = read_skp2022_xml(*chosen.input.bytes, chosen.name, diags);
    out.skp_tahun_attr = std::move(xml.tahun);
    out.skp_tahun_loc = std::move(xml.tahun_loc);
    out.skp = std::move(xml.skp);
}

void read_evaluasi_xml_form(const std::string& name, const std::string& bytes, Raw2022& out, Diagnostics& diags) {
    EvaluasiXml xml = read_evaluasi_xml(bytes, name, diags);
    out.realisasi_file = out.penilaian_file = name;
    out.evaluasi_periode_attr = std::move(xml.periode);
    out.evaluasi_periode_loc = std::move(xml.periode_loc);
    out.realisasi = std::move(xml.realisasi);
    out.penilaian = std::move(xml.penilaian);
}

// realisasi-YYYY-MM and penilaian-YYYY-MM as tables, or both in evaluasi-YYYY-MM.xml; optional
// (a month without ratings makes only the SKPs). Tables and XML together: a problem for the XML
// file, and the tables are read.
void read_evaluasi2022(const FileSource& files, RawData& raw, Diagnostics& diags) {
    Raw2022& out = raw.regime2022;
    const Chosen realisasi = choose_form(files, "realisasi-" + raw.periode, kTableForms, diags);
    const Chosen penilaian = choose_form(files, "penilaian-" + raw.periode, kTableForms, diags);
    const std::string xml_name = "evaluasi-" + raw.periode + ".xml";
    const Input xml = read_input(files, xml_name, diags);
    std::vector<std::string> tables;
    for (const Chosen* chosen : {&realisasi, &penilaian}) {
        if (chosen->input.present) tables.push_back(chosen->name);
    }
    if (xml.present && !tables.empty()) {
        std::vector<std::string> all = tables;
        all.push_back(xml_name);
        diags.add_file_problem(xml_name, 0, "berkas",
                               and_list(all) + " tidak boleh ada bersamaan; hapus salah satunya (yang dibaca " +
                                   and_list(tables) + ")");
    } else if (xml.bytes) {
        read_evaluasi_xml_form(xml_name, *xml.bytes, out, diags);
        return;
    }
    if (realisasi.input.bytes) {
        out.realisasi_file = realisasi.name;
        out.realisasi = read_realisasi_table(*realisasi.input.bytes, realisasi.name, diags);
    }
    if (penilaian.input.bytes) {
        out.penilaian_file = penilaian.name;
        out.penilaian = read_penilaian_table(*penilaian.input.bytes, penilaian.name, diags);
    }
}

// ---- which regime's files a period reads (DESIGN 8.1) ----

enum class PeriodRegime { pp46_2011, permenpanrb_6_2022, undecided };

// Lower case, blanks trimmed and collapsed: how parse_regulasi (model) matches the name.
std::string regulasi_key(std::string_view text) {
    std::string out;
    bool blank = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            blank = !out.empty();
            continue;
        }
        if (blank) out += ' ';
        blank = false;
        out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

// "YYYY-MM" with a month 01..12, as parse_period (model) takes it.
bool is_period_text(std::string_view text) {
    if (text.size() != 7 || text[4] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6}) {
        if (text[i] < '0' || text[i] > '9') return false;
    }
    const int month = (text[5] - '0') * 10 + (text[6] - '0');
    return month >= 1 && month <= 12;
}

// The regime of the period as RegimeSetting::for_period decides it; undecided when <regulasi>
// is unusable (the model reports it, and nothing is made).
PeriodRegime period_regime(const RawData& raw) {
    if (!raw.instansi) return PeriodRegime::pp46_2011;
    const RegimeRecord& regime = raw.instansi->regime;
    const std::string name = regulasi_key(regime.regulasi);
    const bool known = name.empty() || name == "pp46-2011" || name == "permenpanrb-6-2022";
    if (!regime.refused.empty() || !known || (!regime.mulai.empty() && !is_period_text(regime.mulai))) {
        return PeriodRegime::undecided;
    }
    if (name != "permenpanrb-6-2022" || (!regime.mulai.empty() && raw.periode < regime.mulai)) {
        return PeriodRegime::pp46_2011;
    }
    return PeriodRegime::permenpanrb_6_2022;
}

// The period files of the regime not in force, each warned about when present.
void warn_ignored(const FileSource& files, const std::vector<std::string>& names, std::string_view regulasi,
                  const std::string& periode, Diagnostics& diags) {
    for (const std::string& name : names) {
        if (!files.exists(name) && files.unreadable(name).empty()) continue;
        diags.add_warning(name, 0, "berkas",
                          "tidak dibaca: periode " + periode + " memakai regulasi " + std::string(regulasi) +
                              " (lihat <regulasi> di instansi.xml)");
    }
}

// The names of `bases` in each of `extensions`.
std::vector<std::string> with_forms(std::initializer_list<std::string> bases,
                                    std::span<const std::string_view> extensions) {
    std::vector<std::string> names;
    for (const std::string& base : bases) {
        for (std::string_view extension : extensions) names.push_back(base + std::string(extension));
    }
    return names;
}

void read_period(const FileSource& files, RawData& raw, Diagnostics& diags) {
    const std::string& periode = raw.periode;
    const std::string tahun = periode.substr(0, 4);
    switch (period_regime(raw)) {
        case PeriodRegime::pp46_2011: {
            read_skp(files, raw, diags);
            std::vector<std::string> ignored = with_forms({"skp-" + tahun}, kAllForms);
            for (std::string& name : with_forms({"realisasi-" + periode, "penilaian-" + periode}, kTableForms)) {
                ignored.push_back(std::move(name));
            }
            ignored.push_back("evaluasi-" + periode + ".xml");
            warn_ignored(files, ignored, "pp46-2011", periode, diags);
            return;
        }
        case PeriodRegime::permenpanrb_6_2022: {
            read_skp2022(files, raw, diags);
            read_evaluasi2022(files, raw, diags);
            std::vector<std::string> ignored = with_forms({"skp-" + periode}, kAllForms);
            for (std::string& name : with_forms({"perilaku-" + periode}, kTableForms)) ignored.push_back(std::move(name));
            warn_ignored(files, ignored, "permenpanrb-6-2022", periode, diags);
            return;
        }
        case PeriodRegime::undecided:
            return;  // build_instansi reports <regulasi>; no document of the period is made
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
    if (!periode.empty()) read_period(files, raw, diags);

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
