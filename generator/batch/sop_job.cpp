#include "batch/sop_job.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <ostream>
#include <stdexcept>
#include <utility>

#include "batch/cli.hpp"
#include "batch/disk_file_source.hpp"
#include "batch/output_folder.hpp"
#include "batch/printable.hpp"
#include "batch/resources.hpp"
#include "layout/layout_engine.hpp"
#include "load/data_folder.hpp"
#include "load/data_readers.hpp"
#include "load/io_error.hpp"
#include "model/build.hpp"
#include "render/png_check.hpp"

#ifndef KINERJA_VERSION
#define KINERJA_VERSION "0.0.0"
#endif

namespace kinerja {
namespace {
namespace fs = std::filesystem;

constexpr std::size_t max_file_name_bytes = 200;  // well under the 255 of common file systems

// The data folder without its sop/ folder: `kinerja sop` makes the one SOP it is given, and
// the folder's other SOPs (and their problems) are not its business.
class WithoutSops : public FileSource {
public:
    explicit WithoutSops(const FileSource& inner) : inner_(inner) {}
    std::optional<std::string> read(const std::string& path) const override { return inner_.read(path); }
    std::vector<std::string> list(const std::string& folder) const override {
        if (folder == "sop") return {};
        return inner_.list(folder);
    }

private:
    const FileSource& inner_;
};

// The identity template: the office's own in DATA_DIR/templates/ when there is one.
std::optional<compose::SopTemplate> load_identitas(const FileSource& files, const fs::path& resources,
                                                   Diagnostics& diags) {
    auto [name, bytes] = template_bytes(files, resources, compose::SopTemplate::file_name);
    return compose::SopTemplate::load(bytes, name, diags);
}


// Reports each field of one SOP that the fonts cannot print; true when all can.
bool check_sop_texts(const Sop& sop, const layout::FontBook& fonts, Diagnostics& diags) {
    bool ok = true;
    auto check = [&](const SourceLoc& loc, const char* field, const std::string& text) {
        if (auto cp = first_unprintable(text, fonts)) {
            diags.add(loc, field, unprintable_message(*cp));
            ok = false;
        }
    };
    check(sop.loc, "nomor", sop.nomor);
    check(sop.loc, "nama", sop.nama);
    const std::pair<const char*, const std::vector<std::string>*> lists[] = {
        {"dasar-hukum", &sop.dasar_hukum}, {"kualifikasi-pelaksana", &sop.kualifikasi_pelaksana},
        {"keterkaitan", &sop.keterkaitan}, {"peralatan", &sop.peralatan},
        {"peringatan", &sop.peringatan},   {"pencatatan", &sop.pencatatan}};
    for (const auto& [field, items] : lists) {
        for (const std::string& item : *items) check(sop.loc, field, item);
    }
    for (const Lane& lane : sop.lanes) check(sop.loc, "lane", lane.nama);
    for (const Langkah& step : sop.langkah) {
        check(step.loc, "uraian", step.uraian);
        check(step.loc, "kelengkapan", step.kelengkapan);
        check(step.loc, "output", step.output);
        check(step.loc, "keterangan", step.keterangan);
    }
    return ok;
}

}  // namespace

Date sop_date(const Sop& sop) {
    Date latest = std::max(sop.tanggal_pembuatan, sop.tanggal_efektif);
    if (sop.tanggal_revisi) latest = std::max(latest, *sop.tanggal_revisi);
    return latest;
}

layout::DisplayList lay_out_sop(const DataSet& data, const Sop& sop, const SopTools& tools) {
    compose::SopDocuments parts = tools.identitas.compose(compose::SopInput{data, sop, tools.logo});
    const layout::FileInfo info{"kinerja " KINERJA_VERSION, sop_date(sop).iso()};
    // One document: its pages numbered "Halaman k dari n" over both parts.
    return layout::layout_parts({{&parts.identitas, "Identitas SOP"}, {&parts.bagan_alir, "Bagan Alir"}}, tools.fonts,
                                info);
}

RenderedDocument make_sop_pdf(const DataSet& data, const Sop& sop, const SopTools& tools) {
    layout::DisplayList pages = lay_out_sop(data, sop, tools);
    std::vector<layout::Bookmark> marks = pages.bookmarks;
    return render_document(std::move(pages), tools.font_files, std::move(marks));
}

void report_sop_problem(const Sop& sop, const std::exception& e, Diagnostics& diags) {
    diags.add(sop.loc, "sop", std::string("SOP tidak dapat dibuat: ") + e.what());
}

std::optional<std::string> sop_file_name(const std::string& nomor) {
    std::string name = nomor;
    std::replace(name.begin(), name.end(), '/', '-');
    std::replace(name.begin(), name.end(), '\\', '-');
    name += ".pdf";
    if (name.front() == '.' || name.size() > max_file_name_bytes || !safe_file_name(name)) return std::nullopt;
    return name;
}

std::vector<PlannedSop> plan_sops(const DataSet& data, const layout::FontBook& fonts,
                                  const std::set<std::string>& unprintable, Diagnostics& diags) {
    std::vector<PlannedSop> plan;
    std::map<std::string, std::string> file_of_name;  // output name → the SOP file that has it
    for (const Sop& sop : data.sops) {
        std::optional<std::string> name = sop_file_name(sop.nomor);
        if (!name) {
            diags.add(sop.loc, "nomor",
                      "nomor \"" + sop.nomor + "\" tidak dapat dijadikan nama berkas; SOP tidak dibuat");
            continue;
        }
        auto [it, added] = file_of_name.emplace(*name, sop.loc.file);
        if (!added) {
            diags.add(sop.loc, "nomor",
                      "nama berkas " + *name + " sudah dipakai SOP di " + it->second + "; SOP tidak dibuat");
            continue;
        }
        if (!check_sop_texts(sop, fonts, diags)) continue;
        if (unprintable.count(sop.disahkan_oleh.digits)) {
            const Pegawai* signer = data.find_pegawai(sop.disahkan_oleh);
            diags.add(sop.loc, "disahkan-oleh",
                      "SOP tidak dibuat: data pegawai di baris " + std::to_string(signer ? signer->loc.line : 0) +
                          " memuat huruf yang tidak dapat dicetak");
            continue;
        }
        plan.push_back(PlannedSop{&sop, *name});
    }
    return plan;
}

int make_sop_document(const SopOptions& options, std::ostream& out, std::ostream& err) {
    const std::string sop_name = options.sop_file.string();
    DiskFileSource disk(options.data_dir);
    WithoutSops files(disk);
    Diagnostics diags;
    RawData raw = load_data_folder(files, "", diags);
    // Read as the data folder's files are: regular files within the size limit only.
    const DiskFileSource sop_folder(options.sop_file.has_parent_path() ? options.sop_file.parent_path() : ".");
    const std::string sop_file = options.sop_file.filename().string();
    std::optional<std::string> sop_bytes = sop_folder.read(sop_file);
    if (!sop_bytes) {
        const std::string why = sop_folder.unreadable(sop_file);
        diags.add(sop_name, 0, "berkas", why.empty() ? "berkas tidak ditemukan" : why);
    } else if (std::optional<SopRecord> record = read_sop_xml(*sop_bytes, sop_name, diags)) {
        raw.sops.push_back(std::move(*record));
    }
    BuildResult built = build_dataset(raw, diags);

    const fs::path resources = resource_dir();
    BundledFonts fonts = load_bundled_fonts(resources);
    std::optional<compose::SopTemplate> identitas = load_identitas(files, resources, diags);

    std::optional<PlannedSop> planned;
    std::optional<doc::ImageData> logo;
    if (built.data && !built.data->sops.empty()) {
        const DataSet& data = *built.data;
        logo = load_logo(data, files, diags);
        bool instansi_ok = true;
        std::set<std::string> unprintable = check_printable(data, *fonts.book, diags, instansi_ok);
        std::vector<PlannedSop> plan = plan_sops(data, *fonts.book, unprintable, diags);
        if (instansi_ok && identitas && !plan.empty()) planned = plan.front();
    }

    std::optional<RenderedDocument> made;
    if (planned) {
        try {
            made = make_sop_pdf(*built.data, *planned->sop,
                                SopTools{*fonts.book, fonts.files, *identitas, logo ? &*logo : nullptr});
        } catch (const std::exception& e) {
            report_sop_problem(*planned->sop, e, diags);
        }
    }
    if (made) {
        try {
            write_file_atomically(options.output, made->pdf);
        } catch (const IoError& e) {
            for (const Diagnostic& d : diags.sorted()) err << d.str() << '\n';
            err << "kinerja: gagal baca/tulis: " << e.what() << '\n';
            return exit_failure;
        }
    }

    const std::vector<Diagnostic> problems = diags.sorted();
    for (const Diagnostic& d : problems) err << d.str() << '\n';
    if (made) {
        out << "SOP " << planned->sop->nomor << " (" << made->pages << " halaman) di "
            << options.output.string() << "; " << problems.size() << " masalah\n";
    } else {
        out << "SOP tidak dibuat; " << problems.size() << " masalah\n";
    }
    return problems.empty() && made ? exit_ok : exit_problems;
}

}  // namespace kinerja
