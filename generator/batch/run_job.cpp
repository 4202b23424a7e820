#include "batch/run_job.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <chrono>
#include <iterator>
#include <mutex>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <thread>
#include <malloc.h>
#include <unistd.h>

#include "archive/file_hash.hpp"
#include "archive/register_file.hpp"
#include "batch/archive_commands.hpp"
#include "batch/cli.hpp"
#include "batch/disk_file_source.hpp"
#include "batch/employee_documents.hpp"
#include "batch/employee_documents2022.hpp"
#include "batch/interrupt.hpp"
#include "batch/month_inputs.hpp"
#include "batch/output_folder.hpp"
#include "batch/print_file.hpp"
#include "batch/rekap.hpp"
#include "batch/rekap2022.hpp"
#include "batch/resources.hpp"
#include "batch/skp_content.hpp"
#include "batch/sop_job.hpp"
#include "compose/distribusi.hpp"
#include "compose/formulir.hpp"
#include "compose/pengukuran.hpp"
#include "layout/layout_engine.hpp"
#include "render/pdf_writer.hpp"
#include "scoring/scoring.hpp"

#ifndef KINERJA_VERSION
#define KINERJA_VERSION "0.0.0"
#endif

namespace kinerja {
namespace {
namespace fs = std::filesystem;

// One employee's documents: laid out and rendered by a worker, then staged and joined to
// cetak.pdf by the run in employee order, and dropped.
struct FormulirJob {
    const Assessed* employee = nullptr;
    LaidOutEmployee laid_out;                    // the rendered ones are let go
    std::optional<RenderedDocument> formulir;    // bookmarked "Formulir Kinerja"
    std::optional<RenderedDocument> pengukuran;  // every copy, collated; a bookmark per copy
};

void make_documents(FormulirJob& job, const DocumentEngine& engine, const DataSet& data) {
    job.laid_out = lay_out_employee(*job.employee, engine, data);
    LaidOutEmployee& made = job.laid_out;
    try {
        if (made.formulir) {
            std::vector<layout::Bookmark> marks{layout::Bookmark{"Formulir Kinerja", 0, made.formulir->bookmarks}};
            job.formulir = render_document(std::move(*made.formulir), engine.font_files, std::move(marks));
        }
    } catch (const std::exception& e) {
        made.formulir_error = e.what();
    }
    try {
        if (made.pengukuran) {
            job.pengukuran = render_document(std::move(*made.pengukuran), engine.font_files, made.pengukuran_marks);
        }
    } catch (const std::exception& e) {
        made.pengukuran_error = e.what();
    }
    made.formulir.reset();  // rendered: only the PDFs are kept until staged
    made.pengukuran.reset();
}

// One employee's documents of a PermenPANRB 6/2022 month, as FormulirJob: laid out and rendered
// by a worker, staged and joined to cetak.pdf by the run in employee order.
struct Job2022 {
    const Planned2022* employee = nullptr;
    bool print_skp = false;   // new this year, changed since last printed, or --all-skp
    std::string skp_sha256;   // of its content (batch/skp_content.hpp), for the register
    LaidOut2022 laid_out;
    std::optional<RenderedDocument> skp;  // bookmarked "Sasaran Kinerja Pegawai"
    struct Rendered {
        std::optional<RenderedDocument> evaluasi;  // bookmarked "Evaluasi Kinerja …"
        std::optional<RenderedDocument> dokumen;   // every copy, collated; a bookmark per copy
        int arsip_pages = 0;
    };
    std::vector<Rendered> rendered;  // one per laid_out.evaluasi
};

void render_evaluasi(LaidOutEvaluasi& made, Job2022::Rendered& out, const DocumentEngine& engine) {
    try {
        const std::string title = "Evaluasi Kinerja " + made.hasil->evaluasi->periode.nama();
        if (made.evaluasi) {
            std::vector<layout::Bookmark> marks{layout::Bookmark{title, 0, made.evaluasi->bookmarks}};
            out.evaluasi = render_document(std::move(*made.evaluasi), engine.font_files, std::move(marks));
        }
        if (made.dokumen) {
            out.arsip_pages = made.dokumen->arsip_pages;
            out.dokumen = render_document(std::move(made.dokumen->pages), engine.font_files, made.dokumen->marks);
        }
    } catch (const std::exception& e) {
        made.error = e.what();
        out = Job2022::Rendered{};
    }
    made.evaluasi.reset();
    made.dokumen.reset();
}

void make_documents(Job2022& job, const DocumentEngine& engine, const DataSet& data) {
    job.laid_out = lay_out_employee2022(*job.employee, job.print_skp, engine, data);
    LaidOut2022& made = job.laid_out;
    try {
        if (made.skp) {
            std::vector<layout::Bookmark> marks{layout::Bookmark{"Sasaran Kinerja Pegawai", 0, made.skp->bookmarks}};
            job.skp = render_document(std::move(*made.skp), engine.font_files, std::move(marks));
        }
    } catch (const std::exception& e) {
        made.skp_error = e.what();
    }
    made.skp.reset();
    job.rendered.resize(made.evaluasi.size());
    for (std::size_t i = 0; i < made.evaluasi.size(); ++i) render_evaluasi(made.evaluasi[i], job.rendered[i], engine);
}

// cetak.pdf's metadata.
layout::Metadata print_file_meta(const DataSet& data, const DocumentEngine& engine, const RunOptions& options) {
    layout::Metadata meta;
    meta.title = "Berkas Cetak Kinerja " + options.period.bulan_tahun() + " \u2014 " + data.instansi.nama;
    meta.author = data.instansi.nama;
    const bool regime2022 = data.regulasi == Regulasi::permenpanrb_6_2022;
    meta.subject = (regime2022 ? "SOP, SKP, evaluasi kinerja dan dokumen evaluasi kinerja "
                               : "SOP, formulir kinerja dan dokumen pengukuran kinerja ") +
                   options.period.bulan_tahun() +
                   (data.instansi.cetak == SisiCetak::satu ? ", untuk dicetak satu sisi" : ", untuk dicetak bolak-balik");
    meta.keywords = (regime2022 ? "cetak, SOP, SKP, evaluasi kinerja, dokumen evaluasi kinerja, "
                                : "cetak, SOP, formulir kinerja, pengukuran kinerja, ") +
                    options.period.bulan_tahun();
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

// The points of a run that RunOptions::checkpoint is called at, for the tests that stop a run
// there (tests/batch/kill_run_test.cpp and month_safety_test.cpp, through the test program
// kinerja_kill_point of tests/batch/kill_point_main.cpp, which kills itself with SIGKILL as a
// power cut or `kill -9` would, or sends itself SIGINT or SIGTERM as Ctrl-C or a shutdown
// would), so that recovery can be tested at exact, reproducible moments. In order:
//   after-load      the data folder read and checked, nothing written yet
//   mid-staging     half the employees' documents written into OUT/.YYYY-MM.tmp
//   before-archive  every document and cetak.pdf staged, the manifest not yet made nor the
//                   month recorded (cetak.pdf is finished after the index and labels)
//   before-rename   the month recorded as pending in the register and its marker staged
//                   (inside MonthArchive::file_month), OUT/YYYY-MM not yet touched
//   mid-rename      the previous month moved aside to OUT/.YYYY-MM.old, the new one not yet in
//   after-rename    the new month in place, not yet current in the register
//   after-commit    the month filed; only the summary is left
// Without a checkpoint each point is one test of an empty std::function.
class Checkpoints {
public:
    explicit Checkpoints(const RunCheckpoint& hook) : hook_(hook) {}
    void at(std::string_view point) const {
        if (hook_) hook_(point);
    }

private:
    const RunCheckpoint& hook_;
};

std::string decimal_seconds(double seconds) {
    long hundredths = static_cast<long>(seconds * 100 + 0.5);
    std::string frac = std::to_string(hundredths % 100);
    if (frac.size() < 2) frac = "0" + frac;
    return std::to_string(hundredths / 100) + "," + frac;
}

// Month folders in OUT that the register does not know (left out by `archive rebuild`, or
// copied in by hand) hold berkas and item numbers the register would give again: a run stops
// until they are moved out or filed again. The month being run is filed again by this run.
void refuse_unfiled_months(const archive::Register& reg, const fs::path& out_dir, const std::string& periode) {
    const std::vector<std::string> filed = reg.filed_months();
    std::string unknown;
    for (const std::string& month : archive::month_folder_names(out_dir)) {
        if (month == periode || std::binary_search(filed.begin(), filed.end(), month)) continue;
        unknown += (unknown.empty() ? "" : ", ") + month;
    }
    if (unknown.empty()) return;
    throw archive::RegisterUnusable(
        archive::RegisterUnusable::Reason::lost,
        out_dir.string() + ": folder bulan " + unknown +
            " tidak tercatat di register arsip; nomor berkasnya bisa terpakai dua kali. Pindahkan folder itu "
            "keluar dari " + out_dir.string() + ", atau arsipkan ulang bulan itu dengan 'kinerja run'; "
            "'kinerja archive verify' menjelaskan sebabnya");
}

// What the month's run made, for its summary line.
struct MonthCounts {
    std::size_t sop_documents = 0, sop_pages = 0;
    std::size_t documents = 0, pages = 0;  // formulir kinerja
    std::size_t pengukuran_documents = 0, pengukuran_pages = 0;
    std::size_t print_pages = 0;  // cetak.pdf
    // PermenPANRB 6/2022 months.
    std::size_t skp_documents = 0, skp_pages = 0;
    std::size_t evaluasi_documents = 0, evaluasi_pages = 0;
    std::size_t dokumen_documents = 0, dokumen_pages = 0;
    std::size_t distribusi_documents = 0;
    bool made_something() const {
        return documents > 0 || sop_documents > 0 || skp_documents > 0 || evaluasi_documents > 0;
    }
};

// One run of a prepared month into OUT, in its steps: open the register (recovering a killed
// run), stage the SOPs, stage each employee's documents as they are made, then file the
// month (archive outputs, manifest, register, rename into place). Safe points for a signal
// (batch/interrupt.hpp) are between documents and before filing; the staging folder goes with
// the object unless the month was put in place.
class MonthRun {
public:
    MonthRun(const PreparedMonth& month, const RunOptions& options, const DocumentEngine& engine,
             const Checkpoints& checkpoints, const InterruptGuard& interrupt, Diagnostics& diags)
        : month_(month), data_(*month.built.data), options_(options), engine_(engine), checkpoints_(checkpoints),
          interrupt_(interrupt), diags_(diags) {}

    MonthCounts run(std::ostream& err) {
        // The register first: it recovers what a killed run left before staging starts anew.
        MonthArchive& archive = archive_.emplace(MonthArchive::open(options_.out_dir));
        for (const archive::Recovery& r : archive.recovered()) err << r.message() << '\n';
        refuse_unfiled_months(archive.register_file(), options_.out_dir, options_.period.iso());
        MonthStaging& staging = staging_.emplace(options_.out_dir, options_.period.iso());
        staging.set_checkpoint([this](std::string_view point) { checkpoints_.at(point); });
        // cetak.pdf is written as the documents come, in print order: the SOPs, then per
        // employee the formulir and the pengukuran copies (batch/print_file.hpp), its pages
        // spooled to disk; on both sides or one, as instansi.xml <cetak sisi> says.
        cetak_.emplace(staging.path_of(".cetak.spool"), print_file_meta(data_, engine_, options_), engine_.fonts,
                       engine_.font_files, data_.instansi.cetak);
        stage_sops(staging);
        if (data_.regulasi == Regulasi::permenpanrb_6_2022) {
            stage_employees2022(staging, err);
            stage_distribusi(staging);
        } else {
            stage_employees(staging, err);
        }
        // The workers' documents are gone, but their memory stays with the C library's
        // per-thread arenas, where filing (the indeks: a month long) cannot reuse it; give it
        // back before filing so that the two do not add up (glibc's documented malloc_trim).
        malloc_trim(0);
        file_month(archive, staging);
        checkpoints_.at("after-commit");
        return counts_;
    }

private:
    // Every SOP of sop/ (batch/sop_job.hpp): written to sop/<nomor, / as ->.pdf, in the order
    // of sop/; listed in the manifest after rekap.csv.
    void stage_sops(MonthStaging& staging) {
        cetak_->begin_section("Standar Operasional Prosedur");
        for (const PlannedSop& planned : month_.sops) {
            interrupt_.check();
            std::optional<RenderedDocument> made;
            try {
                made = make_sop_pdf(data_, *planned.sop,
                                    SopTools{engine_.fonts, engine_.font_files, *engine_.tools.sop, engine_.logo()});
            } catch (const std::exception& e) {
                report_sop_problem(*planned.sop, e, diags_);
                continue;
            }
            sop_records_.push_back(stage_file(staging, "sop/" + planned.file_name, *made));
            ++counts_.sop_documents;
            counts_.sop_pages += made->pages;
            std::vector<layout::Bookmark> own = std::move(made->marks);  // under the SOP's own bookmark
            made->marks = {
                layout::Bookmark{"SOP " + planned.sop->nomor + " \u2014 " + planned.sop->nama, 0, std::move(own)}};
            cetak_->add(*made);
        }
    }

    // Each employee's documents are staged and joined to cetak.pdf in order as soon as they
    // are made, then dropped: the run holds a few employees' documents at a time, not the
    // month's.
    void stage_employees(MonthStaging& staging, std::ostream& err) {
        std::vector<FormulirJob> jobs;
        for (const Assessed& a : month_.assessed) {
            FormulirJob job;
            job.employee = &a;
            jobs.push_back(std::move(job));
        }
        const bool show_progress = !options_.quiet && isatty(STDERR_FILENO);
        auto file_job = [&](std::size_t index) {
            if (index == jobs.size() / 2) checkpoints_.at("mid-staging");
            interrupt_.check();
            if (show_progress) print_progress(err, index + 1, jobs.size());
            stage_employee(jobs.at(index), staging);
        };
        const unsigned threads = std::max(1u, options_.jobs);
        ordered_pipeline(jobs.size(), threads, 8 * static_cast<std::size_t>(threads),
                         [&](std::size_t i) {
                             make_documents(jobs.at(i), engine_, data_);
                         },
                         file_job);
    }

    static void print_progress(std::ostream& err, std::size_t done, std::size_t total) {
        const std::size_t width = 30;
        const std::size_t filled = done * width / total;
        err << "\r[" << std::string(filled, '#') << std::string(width - filled, ' ') << "] " << done << "/" << total
            << " formulir" << std::flush;
        if (done == total) err << '\n';
    }

    // What could be made of one employee's documents: a formulir or a pengukuran may be missing
    // alone (a cell that only the other one prints, Pegawai::unusable).
    void stage_employee(FormulirJob& job, MonthStaging& staging) {
        report_document_problems(*job.employee, job.laid_out, diags_);
        const bool pengukuran = job.pengukuran && job.laid_out.pengukuran_error.empty();
        if (!job.formulir && !pengukuran) return;
        const Pegawai& pegawai = *job.employee->pegawai;
        rekap_.emplace_back(pegawai, *job.laid_out.nilai);
        cetak_->begin_section(pegawai.nama_lengkap() + " (" + pegawai.nip.printed() + ")");
        if (job.formulir) {
            staged_.push_back(stage_file(staging, "formulir/" + pegawai.nip.digits + ".pdf", *job.formulir));
            ++counts_.documents;
            counts_.pages += job.formulir->pages;
            cetak_->add(*job.formulir);
        }
        if (pengukuran) {
            const std::string path = "pengukuran/" + pegawai.nip.digits + ".pdf";
            staged_.push_back(stage_file(staging, path, *job.pengukuran));
            filings_.push_back(archive::Filing{pegawai.nip, pegawai.nama_lengkap(), path, job.laid_out.arsip_pages,
                                               staged_.back().sha256});
            ++counts_.pengukuran_documents;
            counts_.pengukuran_pages += job.pengukuran->pages;
            cetak_->add(*job.pengukuran);
        }
        job.formulir.reset();  // on disk now: the run holds no month of PDFs
        job.pengukuran.reset();
        job.laid_out.nilai.reset();  // in the rekap row now (made by a worker, it would stay among its memory)
    }

    // The employees of a PermenPANRB 6/2022 month, as stage_employees: each one's SKP (when
    // printed), Evaluasi and Dokumen Evaluasi copies staged and joined to cetak.pdf in order.
    void stage_employees2022(MonthStaging& staging, std::ostream& err) {
        std::vector<Job2022> jobs;
        std::vector<archive::SkpContent> contents;
        for (const Planned2022& p : month_.planned2022) {
            Job2022 job;
            job.employee = &p;
            job.skp_sha256 = skp_content_sha256(*p.skp, *p.pegawai, data_.atasan_of(*p.pegawai), data_.instansi);
            contents.push_back(archive::SkpContent{p.pegawai->nip, job.skp_sha256});
            jobs.push_back(std::move(job));
        }
        // DESIGN 8.4: an SKP is printed when no earlier month of the year printed it, or printed
        // another content; --all-skp prints every one.
        const std::vector<bool> print = archive_->register_file().skp_to_print(options_.period, contents);
        for (std::size_t i = 0; i < jobs.size(); ++i) jobs[i].print_skp = options_.all_skp || print.at(i);
        const bool show_progress = !options_.quiet && isatty(STDERR_FILENO);
        auto file_job = [&](std::size_t index) {
            if (index == jobs.size() / 2) checkpoints_.at("mid-staging");
            interrupt_.check();
            if (show_progress) print_progress(err, index + 1, jobs.size());
            stage_employee2022(jobs.at(index), staging);
        };
        const unsigned threads = std::max(1u, options_.jobs);
        ordered_pipeline(jobs.size(), threads, 8 * static_cast<std::size_t>(threads),
                         [&](std::size_t i) { make_documents(jobs.at(i), engine_, data_); }, file_job);
    }

    // One employee's documents in the order of DESIGN 8.4: the SKP, the Evaluasi (bulanan,
    // triwulanan, tahunan), then the Dokumen Evaluasi copies in the same order, each filed.
    void stage_employee2022(Job2022& job, MonthStaging& staging) {
        const Planned2022& employee = *job.employee;
        report_document_problems(employee, job.laid_out, diags_);
        const Pegawai& pegawai = *employee.pegawai;
        bool section = false;
        auto begin_section = [&] {
            if (!section) cetak_->begin_section(pegawai.nama_lengkap() + " (" + pegawai.nip.printed() + ")");
            section = true;
        };
        if (job.skp) {
            begin_section();
            const std::string path = "skp/" + pegawai.nip.digits + ".pdf";
            staged_.push_back(stage_file(staging, path, *job.skp));
            printed_skp_.push_back(archive::PrintedSkp{pegawai.nip, employee.skp->tahun, path, job.skp_sha256});
            ++counts_.skp_documents;
            counts_.skp_pages += job.skp->pages;
            cetak_->add(*job.skp);
            job.skp.reset();
        }
        for (std::size_t i = 0; i < job.rendered.size(); ++i) {
            Job2022::Rendered& r = job.rendered[i];
            if (!r.evaluasi || !r.dokumen) continue;
            begin_section();
            const HasilEvaluasi& hasil = *job.laid_out.evaluasi[i].hasil;
            rekap2022_.emplace_back(hasil);
            staged_.push_back(stage_file(staging, "evaluasi/" + pegawai.nip.digits + hasil.evaluasi->periode.suffix() + ".pdf",
                                         *r.evaluasi));
            ++counts_.evaluasi_documents;
            counts_.evaluasi_pages += r.evaluasi->pages;
            cetak_->add(*r.evaluasi);
            r.evaluasi.reset();
        }
        for (std::size_t i = 0; i < job.rendered.size(); ++i) {
            Job2022::Rendered& r = job.rendered[i];
            if (!r.dokumen) continue;
            const PeriodeEvaluasi& periode = job.laid_out.evaluasi[i].hasil->evaluasi->periode;
            const std::string path = "dokumen-evaluasi/" + pegawai.nip.digits + periode.suffix() + ".pdf";
            staged_.push_back(stage_file(staging, path, *r.dokumen));
            filings_.push_back(archive::Filing{pegawai.nip, pegawai.nama_lengkap(), path, r.arsip_pages,
                                               staged_.back().sha256, periode});
            ++counts_.dokumen_documents;
            counts_.dokumen_pages += r.dokumen->pages;
            cetak_->add(*r.dokumen);
            r.dokumen.reset();
        }
    }

    // One page per evaluation period rated this month: the predikat counts against the pola
    // (compose/distribusi.hpp), after every employee's documents in cetak.pdf.
    void stage_distribusi(MonthStaging& staging) {
        const Pegawai* pimpinan = data_.find_pegawai(data_.instansi.pimpinan);
        bool section = false;
        for (const Distribusi& d : month_.month2022.distribusi) {
            interrupt_.check();
            const compose::DistribusiInput input{data_.instansi, d, pimpinan, month_.tanggal, &engine_.tools.signatures};
            RenderedDocument made;
            try {
                made = render_document(compose::distribusi_document(input), engine_.pdf_tools());
            } catch (const std::exception& e) {
                report_distribusi_problem(data_, d, e, diags_);
                continue;
            }
            made.marks = {layout::Bookmark{"Distribusi Predikat Kinerja " + d.periode.nama(), 0, std::move(made.marks)}};
            if (!section) cetak_->begin_section("Distribusi Predikat Kinerja Pegawai");
            section = true;
            staged_.push_back(stage_file(staging, "distribusi" + d.periode.suffix() + ".pdf", made));
            ++counts_.distribusi_documents;
            cetak_->add(made);
        }
    }

    // rekap.csv and rekap.xlsx of a PP 46 month; under PermenPANRB 6/2022 one rekap<S> per
    // evaluation period rated (rekap.csv with its header alone when nobody was rated).
    void stage_rekap(MonthStaging& staging) {
        const bool regime2022 = data_.regulasi == Regulasi::permenpanrb_6_2022;
        if (!regime2022) {
            staged_.push_back(stage_file(staging, "rekap.csv", rekap_csv(rekap_), 0));
            staged_.push_back(stage_file(
                staging, "rekap.xlsx",
                rekap_xlsx(rekap_, xlsx::month_properties(data_.instansi, "Rekap Nilai Prestasi Kerja", options_.period,
                                                          month_.tanggal)),
                0));
            return;
        }
        std::vector<PeriodeEvaluasi> periods;
        for (const Distribusi& d : month_.month2022.distribusi) periods.push_back(d.periode);
        if (periods.empty()) periods.push_back(*periode_evaluasi(JenisEvaluasi::bulanan, options_.period));
        for (const PeriodeEvaluasi& periode : periods) {
            std::vector<RekapRow2022> rows;
            for (const RekapRow2022& row : rekap2022_) {
                if (row.periode == periode) rows.push_back(row);
            }
            const std::string name = "rekap" + periode.suffix();
            staged_.push_back(stage_file(staging, name + ".csv", rekap2022_csv(rows), 0));
            staged_.push_back(stage_file(
                staging, name + ".xlsx",
                rekap2022_xlsx(rows, xlsx::month_properties(data_.instansi, "Rekap Predikat Kinerja " + periode.nama(),
                                                            options_.period, month_.tanggal)),
                0));
        }
    }

    // rekap.csv and rekap.xlsx, the SOPs' records, cetak.pdf, then the archive outputs and the register. A
    // run that made no document (every record bad) leaves the month already in OUT, if any, as
    // it was: it never replaces a good month by an empty one.
    void file_month(MonthArchive& archive, MonthStaging& staging) {
        interrupt_.check();
        if (!counts_.made_something()) return;  // the staging folder is removed when it goes
        stage_rekap(staging);
        for (archive::FileRecord& record : sop_records_) staged_.push_back(std::move(record));
        // cetak.pdf is finished (its spool copied in, its fonts and outline added, hashed) once
        // the archive has made the indeks and labels, just before the month is filed; its
        // record goes where it always went among the files, after the SOPs. Not beside the
        // indeks on a thread of its own: the two together were the run's peak of memory (at
        // 10,000 employees 280 MB against 240 MB one after the other, docs/BENCHMARKS.md).
        const std::size_t print_record_at = staged_.size();
        const bool regime2022 = data_.regulasi == Regulasi::permenpanrb_6_2022;
        const auto finish_print_file = [&](std::vector<archive::FileRecord>& records,
                                           std::vector<RenderedDocument>& archive_documents) {
            if (!archive_documents.empty()) cetak_->begin_section("Arsip");
            for (RenderedDocument& document : archive_documents) {
                cetak_->add(document);
                document = RenderedDocument{};  // joined: let its PDF go
            }
            if (cetak_->pages() > 0) {
                counts_.print_pages = cetak_->pages();
                const archive::FileHash hash = archive::write_hashed_file(
                    staging.path_of("cetak.pdf"), [&](std::ostream& file) { cetak_->finish(file); });
                records.insert(records.begin() + static_cast<std::ptrdiff_t>(print_record_at),
                               archive::FileRecord{"cetak.pdf", hash.bytes, static_cast<int>(counts_.print_pages),
                                                   hash.sha256});
            }
            cetak_.reset();  // removes its spool from the staging folder
            checkpoints_.at("before-archive");
            interrupt_.check();  // the last safe point: the month is recorded next
        };
        archive.file_month(staging,
                           ArchiveMonthInput{data_, options_.period, month_.tanggal, std::move(filings_),
                                             std::move(staged_), *engine_.tools.indeks, *engine_.tools.label,
                                             engine_.pdf_tools(),
                                             engine_.logo(), finish_print_file, std::move(printed_skp_),
                                             regime2022});
    }

    const PreparedMonth& month_;
    const DataSet& data_;
    const RunOptions& options_;
    const DocumentEngine& engine_;
    const Checkpoints& checkpoints_;
    const InterruptGuard& interrupt_;
    Diagnostics& diags_;
    MonthCounts counts_;
    std::vector<archive::FileRecord> staged_;       // every file staged, in the register's order
    std::vector<archive::FileRecord> sop_records_;  // the SOPs', joined to staged_ after rekap.csv
    std::vector<archive::Filing> filings_;          // the pengukuran documents to file
    std::vector<RekapRow> rekap_;
    std::vector<RekapRow2022> rekap2022_;
    std::vector<archive::PrintedSkp> printed_skp_;  // the SKPs staged, for the register
    // Destroyed in reverse order: the spool, then the staging folder (unless committed), then
    // the register's lock, so that no other run can start before the folder is gone.
    std::optional<MonthArchive> archive_;
    std::optional<MonthStaging> staging_;
    std::optional<StreamedPrintFile> cetak_;  // cetak.pdf while it is written; reset before filing
};

// The warnings, then the problems (DESIGN section 8.5: warnings count for nothing).
void print_problems(const Diagnostics& diags, std::ostream& err) {
    for (const Diagnostic& d : diags.sorted_warnings()) err << d.str() << '\n';
    for (const Diagnostic& d : diags.sorted()) err << d.str() << '\n';
}

// A month that cannot be made as a whole (a file could not be used, or --strict and any
// problem): every problem, and nothing written.
int refuse_month(const Diagnostics& diags, const RunOptions& options, bool strict, std::ostream& out,
                 std::ostream& err) {
    print_problems(diags, err);
    if (strict) {
        out << diags.size() << " masalah ditemukan; dengan --strict tidak ada yang ditulis\n";
    } else {
        out << diags.size() << " masalah; ada berkas yang tidak dapat dipakai (lihat di atas), jadi tidak ada yang "
            << "ditulis: " << (options.out_dir / options.period.iso()).string() << " tidak diubah\n";
    }
    return exit_problems;
}

// Under PermenPANRB 6/2022: each evaluation period's distribution (DESIGN 8.3, printed also
// under --quiet), and how many of the staff have no plan for the year.
void print_distribusi(const PreparedMonth& month, std::ostream& out) {
    if (!month.built.data || month.built.data->regulasi != Regulasi::permenpanrb_6_2022) return;
    for (const Distribusi& d : month.month2022.distribusi) out << ringkasan_distribusi(d) << '\n';
    const DataSet& data = *month.built.data;
    const std::size_t without_plan = data.regime2022.tanpa_skp;
    if (without_plan > 0) {
        out << without_plan << " pegawai tanpa SKP tahun " << data.regime2022.tahun << " (lihat peringatan di atas)\n";
    }
}

void print_summary(const MonthCounts& c, const RunOptions& options, bool regime2022, std::size_t problems,
                   double seconds, std::ostream& out) {
    const std::string month_dir = (options.out_dir / options.period.iso()).string();
    if (!c.made_something()) {
        out << "tidak ada dokumen yang dapat dibuat; " << month_dir << " tidak diubah; " << problems << " masalah; "
            << decimal_seconds(seconds) << " detik\n";
        return;
    }
    if (regime2022) {
        out << c.sop_documents << " SOP (" << c.sop_pages << " halaman), " << c.skp_documents << " SKP (" << c.skp_pages
            << " halaman), " << c.evaluasi_documents << " evaluasi kinerja (" << c.evaluasi_pages << " halaman), "
            << c.dokumen_documents << " dokumen evaluasi kinerja (" << c.dokumen_pages << " halaman), "
            << c.distribusi_documents << " distribusi, cetak.pdf (" << c.print_pages << " halaman) dan rekap di "
            << month_dir << "; " << problems << " masalah; " << decimal_seconds(seconds) << " detik\n";
        return;
    }
    out << c.sop_documents << " SOP (" << c.sop_pages << " halaman), " << c.documents << " formulir kinerja ("
        << c.pages << " halaman), " << c.pengukuran_documents << " dokumen pengukuran kinerja ("
        << c.pengukuran_pages << " halaman), cetak.pdf (" << c.print_pages << " halaman) dan rekap.csv/.xlsx di "
        << month_dir << "; " << problems << " masalah; " << decimal_seconds(seconds) << " detik\n";
}

}  // namespace

int run_month(const RunOptions& options, std::ostream& out, std::ostream& err) {
    const auto started = std::chrono::steady_clock::now();
    const InterruptGuard interrupt;
    const Checkpoints checkpoints(options.checkpoint);
    const DiskFileSource files(options.data_dir);
    Diagnostics diags;
    const fs::path resources = resource_dir();
    const BundledFonts fonts = load_bundled_fonts(resources);
    PreparedMonth month;
    prepare_month(month, files, options.period.iso(), resources, fonts, diags, options.date);
    checkpoints.at("after-load");
    try {
        interrupt.check();
        if (month.file_problem) return refuse_month(diags, options, false, out, err);
        if (options.strict && !diags.empty()) return refuse_month(diags, options, true, out, err);
        MonthCounts counts;
        if (month.built.data) {
            const DocumentEngine engine{month.tools, *fonts.book, fonts.files,
                                        layout::FileInfo{"kinerja " KINERJA_VERSION, month.tanggal.iso()},
                                        options.period, month.tanggal};
            counts = MonthRun(month, options, engine, checkpoints, interrupt, diags).run(err);
        }
        print_problems(diags, err);
        if (const std::optional<Interrupted> late = interrupt.received_signal()) {
            err << "kinerja: " << late->name() << " diterima saat bulan diarsipkan; pengarsipan diselesaikan dulu\n";
        }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        print_distribusi(month, out);
        const bool regime2022 = month.built.data && month.built.data->regulasi == Regulasi::permenpanrb_6_2022;
        print_summary(counts, options, regime2022, diags.size(), seconds, out);
        return counts.made_something() && diags.empty() ? exit_ok : exit_problems;
    } catch (const Interrupted& stop) {
        print_problems(diags, err);
        err << "kinerja: dihentikan (" << stop.name() << "); folder sementara dihapus, "
            << (options.out_dir / options.period.iso()).string() << " tetap seperti sebelumnya\n";
        return stop.exit_code();
    } catch (...) {
        print_problems(diags, err);  // found before the failure: still the user's to fix
        throw;
    }
}

}  // namespace kinerja
