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

void no_register(const std::filesystem::path& out_dir, std::ostream& err) {
    err << "kinerja: register arsip tidak ditemukan: " << (out_dir / archive::register_file_name).string()
        << " (periksa --out, atau jalankan 'kinerja run' dulu)\n";
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
    if (!archive::Register::exists(out_dir)) {
        no_register(out_dir, err);
        return exit_failure;
    }
    archive::Register reg = archive::Register::open(out_dir);
    for (const archive::Recovery& r : reg.recovered()) err << r.message() << '\n';
    out << register_csv(reg.list(period));
    return exit_ok;
}

int archive_verify(const std::filesystem::path& out_dir, std::ostream& out, std::ostream& err) {
    if (!archive::Register::exists(out_dir)) {
        no_register(out_dir, err);
        return exit_failure;
    }
    archive::Register reg = archive::Register::open(out_dir);
    for (const archive::Recovery& r : reg.recovered()) err << r.message() << '\n';
    const archive::VerifyReport report = reg.verify();
    for (const archive::VerifyProblem& p : report.problems) err << p.message() << '\n';
    if (report.problems.empty()) {
        out << "semua " << report.files << " berkas terdaftar (" << report.months << " bulan) utuh\n";
        return exit_ok;
    }
    out << report.problems.size() << " dari " << report.files << " berkas terdaftar (" << report.months
        << " bulan) hilang atau berubah\n";
    return exit_problems;
}

}  // namespace kinerja
