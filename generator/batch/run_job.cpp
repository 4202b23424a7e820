#include "batch/run_job.hpp"

#include <atomic>
#include <chrono>
#include <fstream>
#include <iterator>
#include <map>
#include <mutex>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <thread>
#include <unistd.h>

#include "batch/cli.hpp"
#include "batch/disk_file_source.hpp"
#include "batch/output_folder.hpp"
#include "batch/printable.hpp"
#include "batch/rekap.hpp"
#include "batch/resources.hpp"
#include "compose/formulir.hpp"
#include "layout/layout_engine.hpp"
#include "load/data_folder.hpp"
#include "model/build.hpp"
#include "render/pdf_writer.hpp"
#include "render/png_check.hpp"
#include "scoring/scoring.hpp"

#ifndef KINERJA_VERSION
#define KINERJA_VERSION "0.0.0"
#endif

namespace kinerja {
namespace {
namespace fs = std::filesystem;

std::string read_disk_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("tidak dapat membaca " + path.string());
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// What every document of the run is made with: loaded once, shared by all workers (const).
struct Engine {
    render::FontFiles font_files;
    std::optional<layout::FontBook> fonts;
    std::optional<compose::FormulirTemplate> formulir;
    std::optional<doc::ImageData> logo;
    layout::FileInfo info;
};

void load_fonts(Engine& engine, const fs::path& resources) {
    engine.font_files = render::bundled_font_files((resources / "fonts").string());
    std::map<layout::Face, std::string> ttf;
    for (int i = 0; i < layout::face_count; ++i) {
        auto face = static_cast<layout::Face>(i);
        ttf[face] = read_disk_file(engine.font_files.path(face));
    }
    engine.fonts.emplace(std::move(ttf));
}

// The office's own template when DATA_DIR/templates/ has one, else the shipped one.
std::pair<std::string, std::string> template_bytes(const FileSource& files, const fs::path& resources,
                                                   std::string_view name) {
    std::string relative = "templates/" + std::string(name);
    if (auto own = files.read(relative)) return {relative, *own};
    return {relative, read_disk_file(resources / relative)};
}

// Width and height of a PNG from its IHDR chunk; nullopt when it is not a usable PNG.
std::optional<doc::ImageData> png_image(std::string bytes) {
    if (render::png_problem(bytes)) return std::nullopt;
    auto be32 = [&](std::size_t at) {
        return (static_cast<unsigned>(static_cast<unsigned char>(bytes[at])) << 24) |
               (static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 1])) << 16) |
               (static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 2])) << 8) |
               static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 3]));
    };
    doc::ImageData image;
    image.pixel_width = static_cast<int>(be32(16));
    image.pixel_height = static_cast<int>(be32(20));
    image.png = std::move(bytes);
    return image;
}

void load_logo(Engine& engine, const DataSet& data, const FileSource& files, Diagnostics& diags) {
    const std::string& name = data.instansi.logo;
    if (name.empty()) return;
    std::optional<std::string> bytes = files.read(name);
    if (!bytes) {
        diags.add(data.instansi.loc, "logo", "berkas logo tidak ditemukan: " + name);
        return;
    }
    engine.logo = png_image(std::move(*bytes));
    if (!engine.logo) diags.add(data.instansi.loc, "logo", "berkas logo bukan PNG yang valid: " + name);
}

// One employee's formulir, made by a worker.
struct FormulirJob {
    const Pegawai* pegawai = nullptr;
    const Skp* skp = nullptr;
    std::optional<NilaiPrestasi> nilai;  // set by the worker
    std::string pdf;                     // the file, when made
    std::size_t pages = 0;
    std::string error;                   // why it could not be made
};

void make_formulir(FormulirJob& job, const Engine& engine, const DataSet& data, const RunOptions& options) {
    try {
        job.nilai = nilai_prestasi(*job.skp);
        compose::FormulirInput input{data, *job.pegawai, *job.skp, *job.nilai, options.period,
                                     options.tanggal, engine.logo ? &*engine.logo : nullptr};
        doc::Document document = engine.formulir->compose(input);
        layout::DisplayList pages = layout::layout_document(document, *engine.fonts, engine.info);
        job.pages = pages.pages.size();
        job.pdf = render::render_pdf(pages, engine.font_files);
    } catch (const std::exception& e) {
        job.error = e.what();
        job.pdf.clear();
    }
}

// Runs fn(i) for i in [0, count) on `jobs` threads; progress reported from the calling thread.
template <typename Fn, typename Progress>
void parallel_for(std::size_t count, unsigned jobs, Fn fn, Progress progress) {
    std::atomic<std::size_t> next{0}, done{0};
    auto worker = [&] {
        for (std::size_t i = next++; i < count; i = next++) {
            fn(i);
            ++done;
        }
    };
    std::vector<std::thread> threads;
    unsigned extra = jobs > 1 ? static_cast<unsigned>(std::min<std::size_t>(jobs - 1, count)) : 0;
    for (unsigned t = 0; t < extra; ++t) threads.emplace_back(worker);
    if (extra == 0) {
        for (std::size_t i = 0; i < count; ++i) {
            fn(i);
            progress(i + 1, count);
        }
        return;
    }
    while (done.load() < count) {
        progress(done.load(), count);
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    for (auto& t : threads) t.join();
    progress(count, count);
}

std::string decimal_seconds(double seconds) {
    long hundredths = static_cast<long>(seconds * 100 + 0.5);
    std::string frac = std::to_string(hundredths % 100);
    if (frac.size() < 2) frac = "0" + frac;
    return std::to_string(hundredths / 100) + "," + frac;
}

}  // namespace

int run_month(const RunOptions& options, std::ostream& out, std::ostream& err) {
    auto started = std::chrono::steady_clock::now();
    const std::string periode = options.period.iso();
    DiskFileSource files(options.data_dir);
    Diagnostics diags;
    RawData raw = load_data_folder(files, periode, diags);
    BuildResult built = build_dataset(raw, diags);

    Engine engine;
    const fs::path resources = resource_dir();
    load_fonts(engine, resources);
    engine.info = layout::FileInfo{"kinerja " KINERJA_VERSION, options.tanggal.iso()};
    {
        auto [name, bytes] = template_bytes(files, resources, compose::FormulirTemplate::file_name);
        engine.formulir = compose::FormulirTemplate::load(bytes, name, diags);
    }

    std::vector<FormulirJob> jobs;
    if (built.data) {
        const DataSet& data = *built.data;
        load_logo(engine, data, files, diags);
        bool instansi_ok = true;
        std::set<std::string> unprintable = check_printable(data, *engine.fonts, diags, instansi_ok);
        for (const Pegawai& p : data.pegawai) {
            auto skp = data.skp.find(p.nip.digits);
            if (skp == data.skp.end() || !instansi_ok || !engine.formulir) continue;
            if (unprintable.count(p.nip.digits)) continue;
            // The penilai and atasan penilai are printed on the form too.
            const Pegawai* penilai = data.atasan_of(p);
            const Pegawai* atasan = penilai ? data.atasan_of(*penilai) : nullptr;
            const Pegawai* other = penilai && unprintable.count(penilai->nip.digits) ? penilai
                                   : atasan && unprintable.count(atasan->nip.digits) ? atasan
                                                                                     : nullptr;
            if (other) {
                diags.add(p.loc, "nip_atasan",
                          "formulir tidak dibuat: data pejabat di baris " + std::to_string(other->loc.line) +
                              " memuat huruf yang tidak dapat dicetak");
                continue;
            }
            jobs.push_back(FormulirJob{&p, &skp->second, std::nullopt, {}, 0, {}});
        }
    }

    std::vector<Diagnostic> problems = diags.sorted();
    if (options.strict && !problems.empty()) {
        for (const Diagnostic& d : problems) err << d.str() << '\n';
        out << problems.size() << " masalah ditemukan; dengan --strict tidak ada yang ditulis\n";
        return exit_problems;
    }

    const bool show_progress = !options.quiet && isatty(STDERR_FILENO);
    auto progress = [&](std::size_t done, std::size_t total) {
        if (!show_progress || total == 0) return;
        const std::size_t width = 30;
        std::size_t filled = done * width / total;
        err << "\r[" << std::string(filled, '#') << std::string(width - filled, ' ') << "] " << done << "/"
            << total << " formulir" << std::flush;
        if (done == total) err << '\n';
    };
    parallel_for(jobs.size(), std::max(1u, options.jobs),
                 [&](std::size_t i) { make_formulir(jobs.at(i), engine, *built.data, options); }, progress);

    MonthStaging staging(options.out_dir, periode);
    std::vector<RekapRow> rekap;
    std::size_t documents = 0, pages = 0;
    for (FormulirJob& job : jobs) {
        if (!job.error.empty()) {
            diags.add(job.pegawai->loc, "formulir", "formulir tidak dapat dibuat: " + job.error);
            continue;
        }
        staging.write("formulir/" + job.pegawai->nip.digits + ".pdf", job.pdf);
        rekap.push_back(RekapRow{job.pegawai, *job.nilai});
        ++documents;
        pages += job.pages;
    }
    staging.write("rekap.csv", rekap_csv(rekap));
    staging.commit();

    problems = diags.sorted();
    for (const Diagnostic& d : problems) err << d.str() << '\n';
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    out << documents << " formulir kinerja (" << pages << " halaman) dan rekap.csv di "
        << staging.final_dir().string() << "; " << problems.size() << " masalah; "
        << decimal_seconds(seconds) << " detik\n";
    return problems.empty() ? exit_ok : exit_problems;
}

}  // namespace kinerja
