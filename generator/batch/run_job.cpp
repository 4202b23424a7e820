#include "batch/run_job.hpp"

#include <Poco/String.h>

#include <atomic>
#include <condition_variable>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <future>
#include <iterator>
#include <map>
#include <mutex>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <thread>
#include <unistd.h>

#include "archive/file_hash.hpp"
#include "batch/archive_commands.hpp"
#include "batch/cli.hpp"
#include "batch/disk_file_source.hpp"
#include "batch/output_folder.hpp"
#include "batch/print_file.hpp"
#include "batch/printable.hpp"
#include "batch/rekap.hpp"
#include "batch/sop_job.hpp"
#include "batch/resources.hpp"
#include "compose/formulir.hpp"
#include "compose/pengukuran.hpp"
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

// What every document of the run is made with: loaded once, shared by all workers (const).
struct Engine {
    render::FontFiles font_files;
    std::optional<layout::FontBook> fonts;
    std::optional<compose::FormulirTemplate> formulir;
    std::optional<compose::SopTemplate> sop;  // the SOP identity page; nullopt: template has problems
    std::optional<compose::PengukuranTemplate> pengukuran;  // nullopt: template has problems
    std::optional<doc::ImageData> logo;
    compose::Signatures signatures;  // DATA_DIR/ttd/<NIP>.png that are usable, by NIP digits
    layout::FileInfo info;
};

// The scanned signatures of the staff: DATA_DIR/ttd/<NIP digits>.png where there is one. A
// file that is no usable PNG is reported and left out (the block is then signed by hand).
void load_signatures(Engine& engine, const DataSet& data, const FileSource& files, Diagnostics& diags) {
    for (const Pegawai& p : data.pegawai) {
        const std::string name = "ttd/" + p.nip.digits + ".png";
        std::optional<std::string> bytes = files.read(name);
        if (!bytes) continue;
        if (auto problem = render::png_problem(*bytes)) {
            diags.add(name, 0, "ttd", "tanda tangan pindaian tidak dapat dipakai: " + *problem);
            continue;
        }
        if (auto image = png_image(std::move(*bytes))) engine.signatures.emplace(p.nip.digits, std::move(*image));
    }
}

// One employee's formulir and pengukuran, made by a worker, staged and joined to cetak.pdf by
// the run in employee order, then dropped.
struct FormulirJob {
    const Pegawai* pegawai = nullptr;
    const Skp* skp = nullptr;
    std::optional<NilaiPrestasi> nilai;           // set by the worker
    std::optional<RenderedDocument> formulir;     // when made; bookmarked "Formulir Kinerja"
    std::string error;                            // why it could not be made
    std::optional<RenderedDocument> pengukuran;   // every copy, collated; a bookmark per copy
    int arsip_pages = 0;                          // pages of the copy filed in the archive (the Arsip lembar)
    std::string pengukuran_error;                 // why it could not be made
};

void make_formulir(FormulirJob& job, const Engine& engine, const DataSet& data, const RunOptions& options) {
    try {
        job.nilai = nilai_prestasi(*job.skp);
        compose::FormulirInput input{data, *job.pegawai, *job.skp, *job.nilai, options.period,
                                     options.tanggal, engine.logo ? &*engine.logo : nullptr};
        doc::Document document = engine.formulir->compose(input);
        const layout::DisplayList pages = layout::layout_document(document, *engine.fonts, engine.info);
        job.formulir = render_document(pages, engine.font_files, {layout::Bookmark{"Formulir Kinerja", 0, pages.bookmarks}});
    } catch (const std::exception& e) {
        job.error = e.what();
        job.formulir.reset();
    }
}

// One employee's Dokumen Pengukuran Kinerja: a copy per lembar of instansi.xml, collated so
// that each copy starts on a right-hand page. Needs job.nilai (make_formulir sets it).
void make_pengukuran(FormulirJob& job, const Engine& engine, const DataSet& data, const RunOptions& options) {
    if (!engine.pengukuran || !job.nilai) return;
    try {
        compose::PengukuranInput input{data, *job.pegawai, *job.skp, *job.nilai, options.period, options.tanggal,
                                       engine.logo ? &*engine.logo : nullptr, &engine.signatures};
        std::vector<PrintDocument> copies;
        const std::vector<compose::Lembar> lembar_list = compose::lembar_list(data.instansi);
        std::vector<layout::DisplayList> laid_out =
            layout::layout_copies(engine.pengukuran->compose_copies(input), *engine.fonts, engine.info);
        for (std::size_t i = 0; i < lembar_list.size(); ++i) {
            const compose::Lembar& lembar = lembar_list[i];
            layout::DisplayList& pages = laid_out.at(i);
            // The archive files the copy meant for it: the lembar named "Arsip", else the last.
            if (Poco::icompare(lembar.untuk, std::string("Arsip")) == 0 || lembar.nomor == lembar.jumlah) {
                if (job.arsip_pages == 0 || Poco::icompare(lembar.untuk, std::string("Arsip")) == 0) {
                    job.arsip_pages = static_cast<int>(pages.pages.size());
                }
            }
            copies.push_back(PrintDocument{compose::lembar_label(lembar), std::move(pages)});
        }
        layout::Metadata meta = copies.at(0).pages.meta;
        layout::DisplayList collated =
            assemble_print_file({PrintSection{"", std::move(copies)}}, std::move(meta), *engine.fonts);
        std::vector<layout::Bookmark> marks = collated.bookmarks;  // one per copy, titled for cetak.pdf
        for (std::size_t i = 0; i < marks.size(); ++i) {
            marks[i].title = "Pengukuran Kinerja \u2014 Lembar " + std::to_string(i + 1) + " (" +
                             lembar_list.at(i).untuk + ")";
        }
        job.pengukuran = render_document(collated, engine.font_files, std::move(marks));
    } catch (const std::exception& e) {
        job.pengukuran_error = e.what();
        job.pengukuran.reset();
    }
}

// cetak.pdf's metadata.
layout::Metadata print_file_meta(const DataSet& data, const Engine& engine, const RunOptions& options) {
    layout::Metadata meta;
    meta.title = "Berkas Cetak Kinerja " + options.period.bulan_tahun() + " \u2014 " + data.instansi.nama;
    meta.author = data.instansi.nama;
    meta.subject = "SOP, formulir kinerja dan dokumen pengukuran kinerja " + options.period.bulan_tahun() +
                   ", untuk dicetak bolak-balik";
    meta.keywords = "cetak, SOP, formulir kinerja, pengukuran kinerja, " + options.period.bulan_tahun();
    meta.creator = engine.info.creator;
    meta.date = engine.info.date;
    return meta;
}

// Runs make(i) for i in [0, count) on `threads` threads and consume(i) on the calling thread,
// in order, each as soon as make(i) is done; make runs at most `window` items ahead of consume,
// so that what is made and not yet consumed stays bounded. make must not throw; when consume
// throws, the workers stop after their current item and the exception is rethrown.
template <typename Make, typename Consume>
void ordered_pipeline(std::size_t count, unsigned threads, std::size_t window, Make make, Consume consume) {
    if (threads <= 1 || count <= 1) {
        for (std::size_t i = 0; i < count; ++i) {
            make(i);
            consume(i);
        }
        return;
    }
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<char> done(count, 0);
    std::size_t next = 0, consumed = 0;
    bool stop = false;
    auto worker = [&] {
        for (;;) {
            std::size_t i;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stop || next >= count || next < consumed + window; });
                if (stop || next >= count) return;
                i = next++;
            }
            make(i);
            {
                std::lock_guard lock(mutex);
                done[i] = 1;
            }
            changed.notify_all();
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < std::min<std::size_t>(threads, count); ++t) pool.emplace_back(worker);
    auto stop_all = [&] {
        {
            std::lock_guard lock(mutex);
            stop = true;
        }
        changed.notify_all();
        for (std::thread& t : pool) t.join();
    };
    try {
        for (std::size_t i = 0; i < count; ++i) {
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return done[i] != 0; });
            }
            consume(i);
            {
                std::lock_guard lock(mutex);
                consumed = i + 1;
            }
            changed.notify_all();
        }
    } catch (...) {
        stop_all();
        throw;
    }
    stop_all();
}

// Fault injection for tests (tests/batch/kill_run_test.cpp): with KINERJA_KILL_AT=<point> in
// the environment the run kills itself with SIGKILL at that point, as a power cut or `kill -9`
// would, so that recovery can be tested at exact, reproducible moments. The points, in order:
//   after-load      the data folder read and checked, nothing written yet
//   mid-staging     half the employees' documents written into OUT/.YYYY-MM.tmp
//   before-archive  every document and cetak.pdf staged, the manifest not yet made nor the
//                   month recorded (cetak.pdf is finished beside the index and labels)
//   before-rename   the month recorded as pending in the register and its marker staged
//                   (inside MonthArchive::file_month), OUT/YYYY-MM not yet touched
//   mid-rename      the previous month moved aside to OUT/.YYYY-MM.old, the new one not yet in
//   after-rename    the new month in place, not yet current in the register
//   after-commit    the month filed; only the summary is left
// The variable is read once per run; when it is unset each point is one string comparison.
class KillSwitch {
public:
    KillSwitch() {
        if (const char* point = std::getenv("KINERJA_KILL_AT")) point_ = point;
    }
    void at(std::string_view point) const {
        if (!point_.empty() && point_ == point) std::raise(SIGKILL);
    }

private:
    std::string point_;  // empty: never
};

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
    BuildResult built;
    {
        const RawData raw = load_data_folder(files, periode, diags);  // text records: freed once typed
        built = build_dataset(raw, diags);
    }
    const KillSwitch kill_switch;
    kill_switch.at("after-load");

    Engine engine;
    const fs::path resources = resource_dir();
    {
        BundledFonts fonts = load_bundled_fonts(resources);
        engine.font_files = std::move(fonts.files);
        engine.fonts = std::move(fonts.book);
    }
    engine.info = layout::FileInfo{"kinerja " KINERJA_VERSION, options.tanggal.iso()};
    {
        auto [name, bytes] = template_bytes(files, resources, compose::FormulirTemplate::file_name);
        engine.formulir = compose::FormulirTemplate::load(bytes, name, diags);
    }
    {
        auto [name, bytes] = template_bytes(files, resources, compose::SopTemplate::file_name);
        engine.sop = compose::SopTemplate::load(bytes, name, diags);
    }
    {
        auto [name, bytes] = template_bytes(files, resources, compose::PengukuranTemplate::file_name);
        engine.pengukuran = compose::PengukuranTemplate::load(bytes, name, diags);
    }
    std::optional<compose::ArsipIndeksTemplate> indeks_template;
    std::optional<compose::ArsipLabelTemplate> label_template;
    {
        auto [name, bytes] = template_bytes(files, resources, compose::ArsipIndeksTemplate::file_name);
        indeks_template = compose::ArsipIndeksTemplate::load(bytes, name, diags);
    }
    {
        auto [name, bytes] = template_bytes(files, resources, compose::ArsipLabelTemplate::file_name);
        label_template = compose::ArsipLabelTemplate::load(bytes, name, diags);
    }

    std::vector<FormulirJob> jobs;
    std::vector<PlannedSop> sop_plan;  // every SOP of sop/ that can be made, with its file name
    bool instansi_ok = true;  // false: instansi.xml has text the fonts lack; no document is made
    if (built.data) {
        const DataSet& data = *built.data;
        engine.logo = load_logo(data, files, diags);
        load_signatures(engine, data, files, diags);
        std::set<std::string> unprintable = check_printable(data, *engine.fonts, diags, instansi_ok);
        if (instansi_ok && engine.sop) sop_plan = plan_sops(data, *engine.fonts, unprintable, diags);
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
            FormulirJob job;
            job.pegawai = &p;
            job.skp = &skp->second;
            jobs.push_back(std::move(job));
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
    // The register first: it recovers what a killed run left before staging starts anew.
    MonthArchive archive = MonthArchive::open(options.out_dir);
    for (const archive::Recovery& r : archive.recovered()) err << r.message() << '\n';
    MonthStaging staging(options.out_dir, periode);
    staging.set_checkpoint([&kill_switch](std::string_view point) { kill_switch.at(point); });
    std::vector<archive::FileRecord> staged;
    std::vector<archive::Filing> filings;
    auto stage = [&](const std::string& path, std::string_view bytes, std::size_t file_pages) {
        staged.push_back(stage_file(staging, path, bytes, static_cast<int>(file_pages)));
        return staged.back();
    };
    // cetak.pdf is written as the documents come, in print order: the SOPs, then per employee
    // the formulir and the pengukuran copies (batch/print_file.hpp), its pages spooled to disk.
    std::optional<StreamedPrintFile> cetak;
    if (built.data) {
        cetak.emplace(staging.path_of(".cetak.spool"), print_file_meta(*built.data, engine, options), *engine.fonts,
                      engine.font_files);
    }

    // Every SOP of sop/ (batch/sop_job.hpp): written to sop/<nomor, / as ->.pdf, in the order of
    // sop/; listed in the manifest after rekap.csv.
    std::vector<archive::FileRecord> sop_records;
    std::size_t sop_documents = 0, sop_pages = 0;
    if (cetak) cetak->begin_section("Standar Operasional Prosedur");
    for (const PlannedSop& planned : sop_plan) {
        std::optional<RenderedDocument> made;
        try {
            made = make_sop_pdf(*built.data, *planned.sop,
                                SopTools{*engine.fonts, engine.font_files, *engine.sop,
                                         engine.logo ? &*engine.logo : nullptr});
        } catch (const std::exception& e) {
            diags.add(planned.sop->loc, "sop", std::string("SOP tidak dapat dibuat: ") + e.what());
            continue;
        }
        sop_records.push_back(stage_file(staging, "sop/" + planned.file_name, made->pdf, static_cast<int>(made->pages)));
        ++sop_documents;
        sop_pages += made->pages;
        std::vector<layout::Bookmark> own = std::move(made->marks);  // under the SOP's own bookmark
        made->marks = {layout::Bookmark{"SOP " + planned.sop->nomor + " \u2014 " + planned.sop->nama, 0, std::move(own)}};
        cetak->add(*made);
    }

    std::vector<RekapRow> rekap;
    std::size_t documents = 0, pages = 0, pengukuran_documents = 0, pengukuran_pages = 0;
    // Each employee's documents are staged and joined to cetak.pdf in order as soon as they are
    // made, then dropped: the run holds a few employees' documents at a time, not the month's.
    auto file_job = [&](std::size_t index) {
        FormulirJob& job = jobs.at(index);
        if (index == jobs.size() / 2) kill_switch.at("mid-staging");
        progress(index + 1, jobs.size());
        if (!job.formulir) {
            diags.add(job.pegawai->loc, "formulir", "formulir tidak dapat dibuat: " + job.error);
            return;
        }
        stage("formulir/" + job.pegawai->nip.digits + ".pdf", job.formulir->pdf, job.formulir->pages);
        rekap.emplace_back(*job.pegawai, *job.nilai);
        ++documents;
        pages += job.formulir->pages;
        cetak->begin_section(job.pegawai->nama_lengkap() + " (" + job.pegawai->nip.printed() + ")");
        cetak->add(*job.formulir);
        if (!job.pengukuran_error.empty()) {
            diags.add(job.pegawai->loc, "pengukuran",
                      "dokumen pengukuran kinerja tidak dapat dibuat: " + job.pengukuran_error);
        } else if (job.pengukuran) {
            const std::string path = "pengukuran/" + job.pegawai->nip.digits + ".pdf";
            const archive::FileRecord& record = stage(path, job.pengukuran->pdf, job.pengukuran->pages);
            filings.push_back(archive::Filing{job.pegawai->nip, job.pegawai->nama_lengkap(), path,
                                              job.arsip_pages, record.sha256});
            ++pengukuran_documents;
            pengukuran_pages += job.pengukuran->pages;
            cetak->add(*job.pengukuran);
        }
        job.formulir.reset();  // on disk now: the run holds no month of PDFs
        job.pengukuran.reset();
        job.nilai.reset();  // in the rekap row now (made by a worker, it would stay among its memory)
    };
    const unsigned threads = std::max(1u, options.jobs);
    ordered_pipeline(jobs.size(), threads, 8 * static_cast<std::size_t>(threads),
                     [&](std::size_t i) {
                         make_formulir(jobs.at(i), engine, *built.data, options);
                         make_pengukuran(jobs.at(i), engine, *built.data, options);
                     },
                     file_job);
    stage("rekap.csv", rekap_csv(rekap), 0);
    for (archive::FileRecord& record : sop_records) staged.push_back(std::move(record));
    // cetak.pdf is finished (its spool copied in, its fonts and outline added, hashed) on a
    // thread of its own while the archive makes the indeks and labels; its record goes where it
    // always went among the files, after the SOPs. finish_print_file waits for it and removes
    // the spool, before the month is filed.
    std::size_t print_pages = 0;
    std::optional<archive::FileRecord> print_record;
    const std::size_t print_record_at = staged.size();
    std::future<void> print_written;
    if (cetak && cetak->pages() > 0) {
        print_pages = cetak->pages();
        print_written = std::async(std::launch::async, [&] {
            const archive::FileHash hash = archive::write_hashed_file(
                staging.path_of("cetak.pdf"), [&](std::ostream& file) { cetak->finish(file); });
            print_record = archive::FileRecord{"cetak.pdf", hash.bytes, static_cast<int>(print_pages), hash.sha256};
        });
    }
    const auto finish_print_file = [&](std::vector<archive::FileRecord>& records) {
        if (print_written.valid()) print_written.get();  // rethrows what went wrong
        cetak.reset();
        if (print_record) records.insert(records.begin() + static_cast<std::ptrdiff_t>(print_record_at), *print_record);
        kill_switch.at("before-archive");
    };
    // A run that made no document (every record bad, or the instansi unprintable) leaves the
    // month already in OUT, if any, as it was: it never replaces a good month by an empty one.
    const bool made_something = documents > 0 || sop_documents > 0;
    if (made_something && built.data && instansi_ok && indeks_template && label_template) {
        archive.file_month(staging,
                           ArchiveMonthInput{*built.data, options.period, options.tanggal, std::move(filings),
                                             std::move(staged), *indeks_template, *label_template,
                                             archive::DocumentTools{*engine.fonts, engine.font_files, engine.info},
                                             engine.logo ? &*engine.logo : nullptr, finish_print_file});
    } else if (made_something) {
        finish_print_file(staged);
        staging.write(std::string(manifest_path), manifest_csv(staged));
        staging.commit();
    } else {
        finish_print_file(staged);
    }  // the staging folder is removed when it goes out of scope
    kill_switch.at("after-commit");

    problems = diags.sorted();
    for (const Diagnostic& d : problems) err << d.str() << '\n';
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!made_something) {
        out << "tidak ada dokumen yang dapat dibuat; " << staging.final_dir().string() << " tidak diubah; "
            << problems.size() << " masalah; " << decimal_seconds(seconds) << " detik\n";
        return exit_problems;
    }
    out << sop_documents << " SOP (" << sop_pages << " halaman), " << documents << " formulir kinerja ("
        << pages << " halaman), " << pengukuran_documents
        << " dokumen pengukuran kinerja (" << pengukuran_pages << " halaman), cetak.pdf (" << print_pages
        << " halaman) dan rekap.csv di "
        << staging.final_dir().string() << "; " << problems.size() << " masalah; "
        << decimal_seconds(seconds) << " detik\n";
    return problems.empty() ? exit_ok : exit_problems;
}

}  // namespace kinerja
