#include "batch/archive_commands.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <fstream>
#include <iterator>
#include <optional>
#include <ostream>
#include <set>
#include <variant>

#include "archive/file_hash.hpp"
#include "archive/rebuild.hpp"
#include "batch/cli.hpp"
#include "batch/csv_writer.hpp"
#include "batch/disk_file_source.hpp"
#include "load/data_readers.hpp"
#include "load/io_error.hpp"
#include "load/text_encoding.hpp"
#include "model/build_parts.hpp"

namespace kinerja {

namespace {

template <typename Number>
std::optional<Number> whole_number(const std::string& text) {
    Number value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

using compose::ArsipEntry;

// One column of indeks.csv (and of `archive list`): its name, how an entry's field is written,
// and how the written text is read back into an entry (false when it is not such a text).
struct IndeksColumn {
    const char* name;
    xlsx::Kind kind;  // how indeks.xlsx writes it
    std::string (*write)(const ArsipEntry& entry);
    bool (*read)(const std::string& text, ArsipEntry& entry);
};

template <int ArsipEntry::*field>
constexpr IndeksColumn number_column(const char* name) {
    return {name, xlsx::Kind::whole, [](const ArsipEntry& e) { return std::to_string(e.*field); },
            [](const std::string& text, ArsipEntry& e) {
                const std::optional<int> number = whole_number<int>(text);
                if (number) e.*field = *number;
                return number.has_value();
            }};
}

template <std::string ArsipEntry::*field>
constexpr IndeksColumn text_column(const char* name) {
    return {name, xlsx::Kind::text, [](const ArsipEntry& e) { return e.*field; },
            [](const std::string& text, ArsipEntry& e) {
                e.*field = text;
                return true;
            }};
}

// The indeks record's fields, in the order of its columns: the one list of them.
constexpr IndeksColumn indeks_table[] = {
    number_column<&ArsipEntry::no>("no"),
    text_column<&ArsipEntry::kode_klasifikasi>("kode_klasifikasi"),
    number_column<&ArsipEntry::box>("box"),
    number_column<&ArsipEntry::berkas>("berkas"),
    number_column<&ArsipEntry::item>("item"),
    text_column<&ArsipEntry::uraian>("uraian"),
    {"nip", xlsx::Kind::verbatim, [](const ArsipEntry& e) { return e.nip.digits; },
     [](const std::string& text, ArsipEntry& e) {
         e.nip = Nip{text};
         return true;
     }},
    text_column<&ArsipEntry::nama>("nama"),
    {"tanggal", xlsx::Kind::date, [](const ArsipEntry& e) { return e.tanggal.iso(); },
     [](const std::string& text, ArsipEntry& e) {
         const std::optional<Date> date = parse_iso_date(text);
         if (date) e.tanggal = *date;
         return date.has_value();
     }},
    number_column<&ArsipEntry::halaman>("halaman"),
    number_column<&ArsipEntry::retensi_aktif>("retensi_aktif"),
    number_column<&ArsipEntry::retensi_inaktif>("retensi_inaktif"),
    text_column<&ArsipEntry::file>("file"),
    text_column<&ArsipEntry::sha256>("sha256"),
};

std::vector<std::string> indeks_header() {
    std::vector<std::string> names;
    for (const IndeksColumn& c : indeks_table) names.emplace_back(c.name);
    return names;
}

std::vector<std::string> indeks_fields(const ArsipEntry& e) {
    std::vector<std::string> fields;
    for (const IndeksColumn& c : indeks_table) fields.push_back(c.write(e));
    return fields;
}

// One indeks.csv row of the month `period`, when it is what indeks_fields() writes.
std::optional<ArsipEntry> indeks_entry(const std::vector<std::string>& fields, Period period) {
    if (fields.size() != std::size(indeks_table)) return std::nullopt;
    ArsipEntry entry;
    entry.periode = period;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (!indeks_table[i].read(fields[i], entry)) return std::nullopt;
    }
    return entry;
}

// One line of a message on the terminal: paths and what the data says may hold control
// characters (a file named with ESC in a month folder), which are shown escaped.
void say(std::ostream& stream, std::string_view line) { stream << escape_controls(line) << '\n'; }

// A pending filing left by a killed run, which a read-only command leaves for the next run.
void note_pending(const archive::Register& reg, const std::filesystem::path& out_dir, std::ostream& err) {
    for (const std::string& periode : reg.pending_months()) {
        say(err, (out_dir / archive::register_file_name).string() + ": pengarsipan bulan " + periode +
                     " terputus dan belum dipulihkan; yang tercantum untuk bulan itu isinya sebelum pengarsipan"
                     " tersebut ('kinerja run' berikutnya memulihkannya)");
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

// manifest.csv's rows, when they are exactly what manifest_csv() writes.
std::optional<std::vector<archive::FileRecord>> read_manifest(const std::string& bytes) {
    const std::optional<CsvRows> rows = read_own_csv(bytes);
    if (!rows || rows->empty()) return std::nullopt;
    std::vector<archive::FileRecord> files;
    for (std::size_t i = 1; i < rows->size(); ++i) {
        const std::vector<std::string>& f = rows->at(i);
        if (f.size() != 4) return std::nullopt;
        const auto size = whole_number<std::uint64_t>(f[1]);
        const auto pages = whole_number<int>(f[2]);
        if (!size || !pages) return std::nullopt;
        files.push_back(archive::FileRecord{f[0], *size, *pages, f[3]});
    }
    if (manifest_csv(files) != bytes) return std::nullopt;
    return files;
}

// indeks.csv's rows, when they are exactly what indeks_csv() writes.
std::optional<std::vector<compose::ArsipEntry>> read_indeks(const std::string& bytes, Period period) {
    const std::optional<CsvRows> rows = read_own_csv(bytes);
    if (!rows || rows->empty() || rows->front() != indeks_header()) return std::nullopt;
    std::vector<compose::ArsipEntry> entries;
    for (std::size_t i = 1; i < rows->size(); ++i) {
        std::optional<compose::ArsipEntry> e = indeks_entry(rows->at(i), period);
        if (!e) return std::nullopt;
        entries.push_back(std::move(*e));
    }
    if (indeks_csv(entries) != bytes) return std::nullopt;
    return entries;
}

std::optional<std::string> read_bytes(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw io_error("tidak dapat membaca", path, errno);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The date a PDF of this program was signed (its /CreationDate comes from --date).
std::optional<Date> pdf_creation_date(const std::string& pdf) {
    const std::string key = "/CreationDate (D:";
    const std::size_t at = pdf.find(key);
    if (at == std::string::npos || at + key.size() + 8 > pdf.size()) return std::nullopt;
    const std::string d = pdf.substr(at + key.size(), 8);
    return parse_iso_date(d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2));
}

// The signing date of a month without documents: from arsip/indeks.pdf, when it is the one
// the manifest names.
std::optional<Date> empty_month_date(const std::filesystem::path& folder,
                                     const std::vector<archive::FileRecord>& files) {
    const std::optional<std::string> pdf = read_bytes(folder / std::string(indeks_pdf_path));
    const auto record = std::find_if(files.begin(), files.end(),
                                     [](const archive::FileRecord& f) { return f.path == indeks_pdf_path; });
    if (!pdf || record == files.end() || record->sha256 != archive::sha256_hex(*pdf)) return std::nullopt;
    return pdf_creation_date(*pdf);
}

// A month folder read back for the rebuild, or why it cannot be.
std::variant<archive::FiledMonth, std::string> read_filed_month(const std::filesystem::path& out_dir,
                                                                const std::string& periode) {
    const std::filesystem::path folder = out_dir / periode;
    if (!archive::read_month_marker(folder)) {
        return "tidak ada penanda " + std::string(archive::marker_file_name) +
               ": bulan ini tidak terbukti pernah diarsipkan";
    }
    const std::optional<std::string> manifest = read_bytes(folder / std::string(manifest_path));
    if (!manifest) return std::string(manifest_path) + " tidak ada";
    archive::FiledMonth month{*parse_period(periode), {}, "", {}, std::nullopt};
    std::optional<std::vector<archive::FileRecord>> files = read_manifest(*manifest);
    if (!files) return std::string(manifest_path) + " bukan manifest yang ditulis kinerja";
    month.files = std::move(*files);
    month.files.push_back(archive::describe_file(std::string(manifest_path), *manifest, 0));
    const std::optional<std::string> indeks = read_bytes(folder / std::string(indeks_csv_path));
    if (!indeks) return std::string(indeks_csv_path) + " tidak ada";
    std::optional<std::vector<compose::ArsipEntry>> entries = read_indeks(*indeks, month.period);
    if (!entries) return std::string(indeks_csv_path) + " bukan indeks yang ditulis kinerja";
    month.entries = std::move(*entries);
    month.indeks_sha256 = archive::sha256_hex(*indeks);
    if (month.entries.empty()) month.tanggal = empty_month_date(folder, month.files);
    return month;
}

// The settings the month folders do not hold (archive/rebuild.hpp), from DATA_DIR/instansi.xml;
// nullopt, after saying why on err, when it cannot give them.
std::optional<archive::RebuildSettings> rebuild_settings(const std::filesystem::path& data_dir, std::ostream& err) {
    const std::string shown = (data_dir / "instansi.xml").string();
    const DiskFileSource source(data_dir);
    const std::optional<std::string> bytes = source.read("instansi.xml");
    if (!bytes) {
        const std::string why = source.unreadable("instansi.xml");
        say(err, shown + ": " + (why.empty() ? "berkas tidak ditemukan" : why) +
                     "; rebuild memerlukannya untuk unit pengolah dan kapasitas box, yang tidak disimpan folder bulan");
        return std::nullopt;
    }
    Diagnostics diags;
    const std::optional<InstansiRecord> record = read_instansi_xml(*bytes, shown, diags);
    const Instansi instansi = record ? build_instansi(*record, diags) : Instansi{};
    static const std::set<std::string> arsip_fields{"kode-klasifikasi", "kapasitas-box", "retensi-aktif",
                                                    "retensi-inaktif", "nasib-akhir", "cetak"};
    bool usable = record.has_value();
    for (const Diagnostic& d : diags.sorted()) {
        if (record && !arsip_fields.count(d.field)) continue;  // not what the rebuild takes
        say(err, d.str());
        usable = false;
    }
    if (!usable) return std::nullopt;
    return archive::RebuildSettings{instansi.arsip, shown};
}

// Reads every month folder of OUT for the rebuild; the ones that cannot be read go to `unread`.
std::vector<archive::FiledMonth> read_month_folders(const std::filesystem::path& out_dir,
                                                    std::vector<archive::MonthNotRebuilt>& unread) {
    std::vector<archive::FiledMonth> months;
    for (const std::string& periode : archive::month_folder_names(out_dir)) {
        std::variant<archive::FiledMonth, std::string> read = read_filed_month(out_dir, periode);
        if (auto* month = std::get_if<archive::FiledMonth>(&read)) {
            months.push_back(std::move(*month));
        } else {
            unread.push_back({periode, std::get<std::string>(read)});
        }
    }
    return months;
}

// Why OUT/arsip.db is not rebuilt, when it is a register this program can use; "" otherwise.
std::string refusal(const std::filesystem::path& out_dir) {
    const archive::RegisterCondition c = archive::inspect_register(out_dir);
    const std::string db = (out_dir / archive::register_file_name).string();
    if (c.state == archive::RegisterCondition::State::newer) return archive::newer_register_message(out_dir, c.detail);
    if (c.state != archive::RegisterCondition::State::healthy) return "";
    return db + ": register arsip utuh, tidak dibangun ulang; bila isinya memang harus diganti, pindahkan dulu"
                " berkas itu (mis. ke arsip.db.lama) lalu jalankan lagi";
}

void print_rebuild(const archive::RebuildReport& report, std::vector<archive::MonthNotRebuilt> left_out,
                   const std::filesystem::path& out_dir, std::ostream& out, std::ostream& err) {
    for (const std::filesystem::path& p : report.set_aside) {
        say(out, p.string() + ": register yang ada sebelumnya disimpan dengan nama ini");
    }
    left_out.insert(left_out.end(), report.not_rebuilt.begin(), report.not_rebuilt.end());
    std::sort(left_out.begin(), left_out.end(),
              [](const archive::MonthNotRebuilt& a, const archive::MonthNotRebuilt& b) {
                  return a.periode < b.periode;
              });
    for (const archive::MonthNotRebuilt& m : left_out) {
        say(err, (out_dir / m.periode).string() + ": tidak dibangun ulang: " + m.reason);
    }
    for (const archive::VerifyProblem& p : report.problems) say(err, p.message());
    std::string summary = (out_dir / archive::register_file_name).string() + ": register arsip dibangun ulang dari " +
                          std::to_string(report.rebuilt.size()) + " folder bulan";
    if (!left_out.empty()) {
        summary += "; " + std::to_string(left_out.size()) + " folder bulan tidak dapat dibangun ulang";
    }
    if (!report.problems.empty()) {
        summary += "; " + std::to_string(report.problems.size()) + " berkas hilang atau berubah";
    }
    say(out, summary);
}

}  // namespace

std::string indeks_csv(const std::vector<compose::ArsipEntry>& entries) {
    std::string csv = csv_line(indeks_header());
    for (const compose::ArsipEntry& e : entries) csv += csv_line(indeks_fields(e));
    return csv;
}

std::string indeks_xlsx(const std::vector<compose::ArsipEntry>& entries, const xlsx::Properties& properties) {
    std::vector<xlsx::Column> columns;
    for (const IndeksColumn& c : indeks_table) columns.push_back(xlsx::Column{c.name, c.kind, 0, false, {}});
    std::vector<std::vector<std::string>> rows;
    for (const compose::ArsipEntry& e : entries) rows.push_back(indeks_fields(e));
    return xlsx::workbook_bytes({xlsx::sheet_from_text("indeks", std::move(columns), rows)}, properties);
}

std::string register_csv(const std::vector<compose::ArsipEntry>& entries) {
    std::vector<std::string> header = indeks_header();
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

archive::FileRecord stage_file(MonthStaging& staging, const std::string& path, const RenderedDocument& document) {
    return stage_file(staging, path, document.pdf, static_cast<int>(document.pages));
}

MonthArchive MonthArchive::open(const std::filesystem::path& out_dir) {
    return MonthArchive(archive::Register::open(out_dir));
}

ArchiveOutcome MonthArchive::file_month(MonthStaging& staging, const ArchiveMonthInput& in) {
    ArchiveOutcome done;
    done.plan = register_.plan_month(in.period, in.tanggal, in.data.instansi.arsip, in.filings);
    done.files = in.files;
    done.files.push_back(stage_file(staging, std::string(indeks_csv_path), indeks_csv(done.plan.entries), 0));
    const xlsx::Properties properties =
        xlsx::month_properties(in.data.instansi, "Daftar Arsip Aktif", in.period, in.tanggal);
    done.files.push_back(
        stage_file(staging, std::string(indeks_xlsx_path), indeks_xlsx(done.plan.entries, properties), 0));
    // The indeks and labels are kept past staging only when the caller prints them (cetak.pdf of
    // a PermenPANRB 6/2022 month): a month of thousands holds its indeks PDF no longer than needed.
    std::vector<RenderedDocument> printed;
    const auto stage_archive_pdf = [&](std::string_view path, doc::Document document, const char* title) {
        RenderedDocument made = render_document(std::move(document), in.tools);
        done.files.push_back(stage_file(staging, std::string(path), made));
        if (!in.print_archive_documents) return;
        made.marks = {layout::Bookmark{title, 0, std::move(made.marks)}};
        printed.push_back(std::move(made));
    };
    stage_archive_pdf(indeks_pdf_path, archive::indeks_document(done.plan, in.data, in.indeks, in.logo),
                      "Daftar Arsip Aktif");
    stage_archive_pdf(label_pdf_path, archive::label_document(done.plan, in.data, in.label), "Label Boks Arsip");
    if (in.finish_files) in.finish_files(done.files, printed);
    done.files.push_back(stage_file(staging, std::string(manifest_path), manifest_csv(done.files), 0));

    const archive::PendingMonth pending = register_.stage_month(done.plan, done.files, staging.staging(), in.printed_skp);
    try {
        staging.commit();
    } catch (...) {
        // Once the new month is in place its filing must not be forgotten: left pending, it is
        // finished when the register is next opened (the folder's marker is its own).
        if (!staging.committed()) register_.drop_month(pending);
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
    } catch (const IoError&) {  // "gagal baca/tulis" with its cause (run_cli)
        throw;
    } catch (const std::runtime_error& e) {  // RegisterUnusable; a register SQLite cannot read
        say(err, e.what());
        return exit_failure;
    }
}

int archive_verify(const std::filesystem::path& out_dir, std::ostream& out, std::ostream& err) {
    archive::VerifyReport report;
    try {
        report = archive::Register::open_read_only(out_dir).verify();
    } catch (const archive::RegisterUnusable& e) {
        say(err, e.what());
        if (e.reason() == archive::RegisterUnusable::Reason::not_found) return exit_failure;
        out << "register arsip tidak dapat dipakai; berkas tidak diperiksa\n";
        return exit_problems;
    } catch (const IoError&) {  // "gagal baca/tulis" with its cause (run_cli)
        throw;
    } catch (const std::runtime_error& e) {  // a register SQLite cannot read
        say(err, e.what());
        return exit_failure;
    }
    for (const archive::VerifyProblem& p : report.problems) say(err, p.message());
    out << verify_summary(report);  // numbers only
    return report.problems.empty() ? exit_ok : exit_problems;
}

int archive_rebuild(const std::filesystem::path& data_dir, const std::filesystem::path& out_dir, std::ostream& out,
                    std::ostream& err) {
    const std::optional<archive::RebuildSettings> settings = rebuild_settings(data_dir, err);
    if (!settings) return exit_problems;
    try {
        std::error_code ec;
        if (!std::filesystem::is_directory(out_dir, ec)) {
            say(err, out_dir.string() + ": folder tidak ada; tidak ada yang dapat dibangun ulang");
            return exit_failure;
        }
        const archive::OutLock lock = archive::OutLock::take(out_dir, archive::OutLock::Mode::exclusive);
        if (const std::string why = refusal(out_dir); !why.empty()) {
            say(err, why);
            return exit_problems;
        }
        std::vector<archive::MonthNotRebuilt> unread;
        std::vector<archive::FiledMonth> months = read_month_folders(out_dir, unread);
        const archive::RebuildReport report = archive::rebuild_register(lock, std::move(months), *settings);
        print_rebuild(report, unread, out_dir, out, err);
        return unread.empty() && report.not_rebuilt.empty() && report.problems.empty() ? exit_ok : exit_problems;
    } catch (const IoError&) {  // "gagal baca/tulis" with its cause (run_cli)
        throw;
    } catch (const std::runtime_error& e) {  // a register SQLite cannot read or write
        say(err, e.what());
        return exit_failure;
    }
}

}  // namespace kinerja
