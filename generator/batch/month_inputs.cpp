#include "batch/month_inputs.hpp"

#include <map>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "batch/printable.hpp"
#include "batch/regulasi_resource.hpp"
#include "load/data_folder.hpp"
#include "load/data_readers.hpp"
#include "model/libur.hpp"

namespace kinerja {
namespace {

// One template: the office's own when DATA_DIR/templates/ has it, else the shipped one. An
// own template that is there but cannot be read is reported, not silently replaced by the
// shipped one. Sets `failed` when the template cannot be used.
template <typename Template>
std::optional<Template> load_template(const FileSource& files, const std::filesystem::path& resources,
                                      Diagnostics& diags, bool& failed) {
    const std::string own = "templates/" + std::string(Template::file_name);
    if (const std::string why = files.unreadable(own); !why.empty()) {
        diags.add(own, 0, "berkas", why);
        failed = true;
        return std::nullopt;
    }
    auto [name, bytes] = template_bytes(files, resources, Template::file_name);
    std::optional<Template> loaded = Template::load(bytes, name, diags);
    if (!loaded) failed = true;
    return loaded;
}

// The templates of the month's regime (the other regime's are not read: a broken one would
// stop a month that does not use it), and the SOPs' and the archive's.
void load_templates(MonthTools& tools, Regulasi regulasi, const FileSource& files,
                    const std::filesystem::path& resources, Diagnostics& diags, bool& failed) {
    if (regulasi == Regulasi::pp46_2011) {
        tools.formulir = load_template<compose::FormulirTemplate>(files, resources, diags, failed);
        tools.pengukuran = load_template<compose::PengukuranTemplate>(files, resources, diags, failed);
    } else {
        tools.skp2022 = load_template<compose::Skp2022Template>(files, resources, diags, failed);
        tools.evaluasi2022 = load_template<compose::Evaluasi2022Template>(files, resources, diags, failed);
        tools.dokumen_evaluasi = load_template<compose::DokumenEvaluasiTemplate>(files, resources, diags, failed);
        tools.regulasi2022 = load_regulasi2022(files, resources, diags);
        if (!tools.regulasi2022) failed = true;
    }
    tools.sop = load_template<compose::SopTemplate>(files, resources, diags, failed);
    tools.indeks = load_template<compose::ArsipIndeksTemplate>(files, resources, diags, failed);
    tools.label = load_template<compose::ArsipLabelTemplate>(files, resources, diags, failed);
}

// The names a signer's scan may have in DATA_DIR: ttd/<NIP digits> with one of these.
constexpr std::string_view signature_extensions[] = {".png", ".jpg"};

// The scan of `nip` as a file name and its bytes: nullopt when there is none, or when one is
// there but cannot be read or there are two (reported; `ok` set to false): which of two scans
// is the current one is not for kinerja to guess on a signed document.
std::optional<std::pair<std::string, std::string>> signature_file(const Nip& nip, const FileSource& files,
                                                                   Diagnostics& diags, bool& ok) {
    std::vector<std::pair<std::string, std::string>> found;
    for (const std::string_view extension : signature_extensions) {
        std::string name = "ttd/" + nip.digits + std::string(extension);
        if (std::optional<std::string> bytes = files.read(name)) {
            found.emplace_back(std::move(name), std::move(*bytes));
        } else if (const std::string why = files.unreadable(name); !why.empty()) {
            diags.add(name, 0, "ttd", why);
            ok = false;
            return std::nullopt;
        }
    }
    if (found.size() > 1) {
        diags.add(found.at(1).first, 0, "ttd",
                  "ada dua tanda tangan pindaian untuk NIP ini, " + found.at(0).first + " dan " + found.at(1).first +
                      "; hapus yang tidak dipakai");
        ok = false;
        return std::nullopt;
    }
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

// The scanned signatures of the staff: DATA_DIR/ttd/<NIP digits>.png or .jpg where there is
// one. A file that is no usable PNG or JPEG is reported; returns false then. Called only under
// <tanda-tangan pindaian="ya">: otherwise no scan is printed (compose/signatures.hpp).
bool load_signatures(compose::Signatures& signatures, const DataSet& data, const FileSource& files,
                     Diagnostics& diags) {
    bool ok = true;
    for (const Pegawai& p : data.pegawai) {
        std::optional<std::pair<std::string, std::string>> file = signature_file(p.nip, files, diags, ok);
        if (!file) continue;
        std::variant<doc::ImageData, std::string> image = read_image(std::move(file->second));
        if (const std::string* problem = std::get_if<std::string>(&image)) {
            diags.add(file->first, 0, "ttd", "tanda tangan pindaian tidak dapat dipakai: " + *problem);
            ok = false;
            continue;
        }
        signatures.emplace(p.nip.digits, std::get<doc::ImageData>(std::move(image)));
    }
    return ok;
}

// The penilai or atasan penilai of `p` whose texts cannot be printed (the documents print all
// three), or nullptr.
const Pegawai* unprintable_signer(const DataSet& data, const Pegawai& p, const std::set<std::string>& unprintable) {
    const Pegawai* penilai = data.atasan_of(p);
    const Pegawai* atasan = penilai ? data.atasan_of(*penilai) : nullptr;
    if (penilai && unprintable.count(penilai->nip.digits)) return penilai;
    if (atasan && unprintable.count(atasan->nip.digits)) return atasan;
    return nullptr;
}

// The employees whose formulir and pengukuran can be made: an SKP this month, and every text
// of theirs, their penilai's and their atasan penilai's printable (the form prints all three).
std::vector<Assessed> plan_assessed(const DataSet& data, const std::set<std::string>& unprintable,
                                    Diagnostics& diags) {
    std::vector<Assessed> assessed;
    for (const Pegawai& p : data.pegawai) {
        auto skp = data.skp.find(p.nip.digits);
        if (skp == data.skp.end() || unprintable.count(p.nip.digits)) continue;
        const Pegawai* other = unprintable_signer(data, p, unprintable);
        if (other) {
            diags.add(p.loc, "nip_atasan",
                      "formulir tidak dibuat: data pejabat di baris " + std::to_string(other->loc.line) +
                          " memuat huruf yang tidak dapat dicetak");
            continue;
        }
        assessed.push_back(Assessed{&p, &skp->second});
    }
    return assessed;
}

// The employees of a PermenPANRB 6/2022 month whose documents can be made: a plan for the
// year, and every text of theirs and of their signers printable; with their scored evaluations.
std::vector<Planned2022> plan_2022(const DataSet& data, const Month2022& month,
                                   const std::set<std::string>& unprintable, Diagnostics& diags) {
    std::vector<Planned2022> planned;
    std::map<std::string, std::size_t> place;  // by NIP digits
    for (const Pegawai& p : data.pegawai) {
        const Skp2022* skp = data.regime2022.skp_of(p.nip);
        if (!skp || unprintable.count(p.nip.digits)) continue;
        if (const Pegawai* other = unprintable_signer(data, p, unprintable)) {
            diags.add(p.loc, "nip_atasan",
                      "dokumen tidak dibuat: data pejabat di baris " + std::to_string(other->loc.line) +
                          " memuat huruf yang tidak dapat dicetak");
            continue;
        }
        place.emplace(p.nip.digits, planned.size());
        planned.push_back(Planned2022{&p, skp, {}});
    }
    for (const HasilEvaluasi& h : month.hasil) {
        auto at = place.find(h.pegawai->nip.digits);
        if (at != place.end()) planned[at->second].hasil.push_back(&h);
    }
    return planned;
}

// The signing date: the one given, else the last working day of the period by the holidays of
// libur.csv (the office's own in DATA_DIR/templates/, else the shipped one).
Date signing_date(const Period& period, std::optional<Date> given, const FileSource& files,
                  const std::filesystem::path& resources, Diagnostics& diags, bool& failed) {
    if (given) return *given;
    const std::string own = "templates/libur.csv";
    if (const std::string why = files.unreadable(own); !why.empty()) {
        diags.add_file_problem(own, 0, "berkas", why);
        failed = true;
        return period.last_day();
    }
    auto [name, bytes] = template_bytes(files, resources, "libur.csv");
    const DaftarLibur libur = build_libur(read_libur_csv(bytes, name, diags), diags);
    if (!libur.covers(period.year)) {
        diags.add_warning(name, 0, "tanggal",
                          "tidak ada hari libur tahun " + std::to_string(period.year) +
                              " di daftar ini; tanggal tanda tangan dihitung dari hari Senin-Jumat saja "
                              "(tambahkan libur nasional dan cuti bersama tahun itu, atau pakai --date)");
    }
    return last_working_day(period, libur);
}

}  // namespace

void prepare_month(PreparedMonth& month, const FileSource& files, const std::string& periode,
                   const std::filesystem::path& resources, const BundledFonts& fonts, Diagnostics& diags,
                   std::optional<Date> date) {
    const std::size_t file_problems_before = diags.file_problems();
    {
        const RawData raw = load_data_folder(files, periode, diags);  // text records: freed once typed
        month.built = build_dataset(raw, diags);
    }
    MonthTools& tools = month.tools;
    tools.fonts = &fonts;
    bool failed = false;
    const Regulasi regulasi = month.built.data ? month.built.data->regulasi : Regulasi::pp46_2011;
    load_templates(tools, regulasi, files, resources, diags, failed);
    if (const std::optional<Period> period = parse_period(periode)) {
        month.tanggal = signing_date(*period, date, files, resources, diags, failed);
    }
    if (month.built.data) {
        const DataSet& data = *month.built.data;
        tools.logo = load_logo(data, files, diags);
        if (!data.instansi.logo.empty() && !tools.logo) failed = true;
        if (data.instansi.tanda_tangan_pindaian && !load_signatures(tools.signatures, data, files, diags)) {
            failed = true;  // ttd/ is read only when instansi.xml asks for the scans
        }
        bool instansi_ok = true;
        const std::set<std::string> unprintable = check_printable(data, *fonts.book, diags, instansi_ok);
        if (instansi_ok && tools.sop) month.sops = plan_sops(data, *fonts.book, unprintable, diags);
        if (instansi_ok && tools.formulir) month.assessed = plan_assessed(data, unprintable, diags);
        if (tools.regulasi2022) month.month2022 = score_month2022(data, *tools.regulasi2022, diags);
        if (instansi_ok && tools.skp2022) month.planned2022 = plan_2022(data, month.month2022, unprintable, diags);
    }
    month.file_problem = failed || diags.file_problems() > file_problems_before;
}

}  // namespace kinerja
