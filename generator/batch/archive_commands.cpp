#include "batch/archive_commands.hpp"

#include <algorithm>
#include <ostream>

#include "batch/cli.hpp"
#include "batch/csv_writer.hpp"

namespace kinerja {

namespace {

const std::vector<std::string> indeks_columns{"no",      "kode_klasifikasi", "box",           "berkas", "item",
                                              "uraian",  "nip",              "nama",          "tanggal",
                                              "halaman", "retensi_aktif",    "retensi_inaktif", "file", "sha256"};

std::vector<std::string> indeks_fields(const compose::ArsipEntry& e) {
    return {std::to_string(e.no),
            e.kode_klasifikasi,
            std::to_string(e.box),
            std::to_string(e.berkas),
            std::to_string(e.item),
            e.uraian,
            e.nip.digits,
            e.nama,
            e.tanggal.iso(),
            std::to_string(e.halaman),
            std::to_string(e.retensi_aktif),
            std::to_string(e.retensi_inaktif),
            e.file,
            e.sha256};
}

// A pending filing left by a killed run, which a read-only command leaves for the next run.
void note_pending(const archive::Register& reg, const std::filesystem::path& out_dir, std::ostream& err) {
    for (const std::string& periode : reg.pending_months()) {
        err << (out_dir / archive::register_file_name).string() << ": pengarsipan bulan " << periode
            << " terputus dan belum dipulihkan; yang tercantum untuk bulan itu isinya sebelum pengarsipan"
               " tersebut ('kinerja run' berikutnya memulihkannya)\n";
    }
}

// verify's last line, on out.
std::string verify_summary(const archive::VerifyReport& report) {
    if (report.problems.empty()) {
        return "semua " + std::to_string(report.files) + " berkas terdaftar (" + std::to_string(report.months) +
               " bulan) utuh\n";
    }
    const bool damaged = std::any_of(report.problems.begin(), report.problems.end(), [](const auto& p) {
        return p.kind == archive::VerifyProblem::Kind::damaged_register;
    });
    if (damaged) return "register arsip rusak; berkas tidak diperiksa\n";
    const std::size_t files = report.file_problems();
    const std::size_t others = report.problems.size() - files;
    return std::to_string(files) + " dari " + std::to_string(report.files) + " berkas terdaftar (" +
           std::to_string(report.months) + " bulan) hilang atau berubah" +
           (others ? "; " + std::to_string(others) + " masalah lain" : "") + "\n";
}

}  // namespace

std::string indeks_csv(const std::vector<compose::ArsipEntry>& entries) {
    std::string csv = csv_line(indeks_columns);
    for (const compose::ArsipEntry& e : entries) csv += csv_line(indeks_fields(e));
    return csv;
}

std::string register_csv(const std::vector<compose::ArsipEntry>& entries) {
    std::vector<std::string> header = indeks_columns;
    header.push_back("periode");
    std::string csv = csv_line(header);
    for (const compose::ArsipEntry& e : entries) {
        std::vector<std::string> fields = indeks_fields(e);
        fields.push_back(e.periode.iso());
        csv += csv_line(fields);
    }
    return csv;
}

std::string manifest_csv(std::vector<archive::FileRecord> files) {
    std::sort(files.begin(), files.end(),
              [](const archive::FileRecord& a, const archive::FileRecord& b) { return a.path < b.path; });
    std::string csv = csv_line({"path", "bytes", "pages", "sha256"});
    for (const archive::FileRecord& f : files) {
        csv += csv_line({f.path, std::to_string(f.bytes), std::to_string(f.pages), f.sha256});
    }
    return csv;
}

archive::FileRecord stage_file(MonthStaging& staging, const std::string& path, std::string_view bytes,
                               int pages) {
    staging.write(path, bytes);
    return archive::describe_file(path, bytes, pages);
}

MonthArchive MonthArchive::open(const std::filesystem::path& out_dir) {
    return MonthArchive(archive::Register::open(out_dir));
}

ArchiveOutcome MonthArchive::file_month(MonthStaging& staging, const ArchiveMonthInput& in) {
    ArchiveOutcome done;
    done.plan = register_.plan_month(in.period, in.tanggal, in.data.instansi.arsip, in.filings);
    done.files = in.files;
    done.files.push_back(stage_file(staging, std::string(indeks_csv_path), indeks_csv(done.plan.entries), 0));
    const archive::PdfFile indeks = archive::make_indeks_pdf(done.plan, in.data, in.indeks, in.tools, in.logo);
    done.files.push_back(stage_file(staging, std::string(indeks_pdf_path), indeks.bytes, indeks.pages));
    const archive::PdfFile labels = archive::make_label_pdf(done.plan, in.data, in.label, in.tools);
    done.files.push_back(stage_file(staging, std::string(label_pdf_path), labels.bytes, labels.pages));
    if (in.finish_files) in.finish_files(done.files);
    done.files.push_back(stage_file(staging, std::string(manifest_path), manifest_csv(done.files), 0));

    const archive::PendingMonth pending = register_.stage_month(done.plan, done.files, staging.staging());
    try {
        staging.commit();
    } catch (...) {
        register_.drop_month(pending);
        throw;
    }
    register_.commit_month(pending);
    return done;
}

int archive_list(const std::filesystem::path& out_dir, std::optional<Period> period, std::ostream& out,
                 std::ostream& err) {
    try {
        const archive::Register reg = archive::Register::open_read_only(out_dir);
        note_pending(reg, out_dir, err);
        out << register_csv(reg.list(period));
        return exit_ok;
    } catch (const std::runtime_error& e) {  // RegisterUnusable, busy, unreadable
        err << e.what() << '\n';
        return exit_failure;
    }
}

int archive_verify(const std::filesystem::path& out_dir, std::ostream& out, std::ostream& err) {
    archive::VerifyReport report;
    try {
        report = archive::Register::open_read_only(out_dir).verify();
    } catch (const archive::RegisterUnusable& e) {
        err << e.what() << '\n';
        if (e.reason() == archive::RegisterUnusable::Reason::not_found) return exit_failure;
        out << "register arsip tidak dapat dipakai; berkas tidak diperiksa\n";
        return exit_problems;
    } catch (const std::runtime_error& e) {  // busy, unreadable
        err << e.what() << '\n';
        return exit_failure;
    }
    for (const archive::VerifyProblem& p : report.problems) err << p.message() << '\n';
    out << verify_summary(report);
    return report.problems.empty() ? exit_ok : exit_problems;
}

}  // namespace kinerja
