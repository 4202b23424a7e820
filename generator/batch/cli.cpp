#include "batch/cli.hpp"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <thread>
#include <exception>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <ostream>

#include "archive/register_file.hpp"
#include "batch/archive_commands.hpp"
#include "batch/check_job.hpp"
#include "batch/data_folder_commands.hpp"
#include "batch/disk_file_source.hpp"
#include "batch/resources.hpp"
#include "batch/run_job.hpp"
#include "batch/sop_job.hpp"
#include "load/io_error.hpp"
#include "load/text_encoding.hpp"
#include "model/calendar.hpp"

#ifndef KINERJA_VERSION
#define KINERJA_VERSION "0.0.0"
#endif

namespace kinerja {
namespace {

// The words of one subcommand's command line: positionals and --name value / --name=value.
struct ParsedArgs {
    std::vector<std::string> positional;
    std::map<std::string, std::string> options;  // by name without dashes; flags map to ""

    std::optional<std::string> get(const std::string& name) const {
        auto it = options.find(name);
        if (it == options.end()) return std::nullopt;
        return it->second;
    }
};

struct OptionSpec {
    std::string name;  // without dashes
    bool takes_value;
};

ParsedArgs parse_args(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs) {
    ParsedArgs parsed;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.size() < 2 || arg.compare(0, 2, "--") != 0) {
            if (arg.size() > 1 && arg[0] == '-' && arg != "-o") {
                throw UsageError{"opsi tidak dikenal: " + arg};
            }
            if (arg == "-o") {  // short form of --output
                if (i + 1 >= args.size()) throw UsageError{"opsi -o memerlukan nilai"};
                parsed.options["o"] = args[++i];
                continue;
            }
            parsed.positional.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> value;
        if (auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        auto spec = std::find_if(specs.begin(), specs.end(),
                                 [&](const OptionSpec& s) { return s.name == name; });
        if (spec == specs.end()) throw UsageError{"opsi tidak dikenal: --" + name};
        if (spec->takes_value && !value) {
            if (i + 1 >= args.size()) throw UsageError{"opsi --" + name + " memerlukan nilai"};
            value = args[++i];
        }
        if (!spec->takes_value && value) throw UsageError{"opsi --" + name + " tidak memakai nilai"};
        if (parsed.options.count(name)) throw UsageError{"opsi --" + name + " diberikan dua kali"};
        parsed.options[name] = value.value_or("");
    }
    return parsed;
}

std::string checked_period(const ParsedArgs& parsed) {
    std::string p = *parsed.get("period");
    if (!parse_period(p)) throw UsageError{"periode tidak valid: \"" + p + "\" (format: TTTT-BB, mis. 2024-03)"};
    return p;
}

std::filesystem::path data_dir_of(const ParsedArgs& parsed) {
    if (parsed.positional.size() != 1) throw UsageError{"sebutkan satu folder data"};
    std::filesystem::path dir(parsed.positional.front());
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        throw UsageError{"folder data tidak ditemukan: " + dir.string()};
    }
    return dir;
}

int command_check(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const RunCheckpoint&) {
    ParsedArgs parsed = parse_args(args, {{"period", true}});
    std::filesystem::path dir = data_dir_of(parsed);
    std::optional<std::string> period;
    if (parsed.get("period")) period = checked_period(parsed);

    DiskFileSource files(dir);
    CheckOutcome outcome = check_data(files, period);
    for (const Diagnostic& d : outcome.warnings) err << d.str() << '\n';
    for (const Diagnostic& d : outcome.problems) err << d.str() << '\n';
    out << summary_line(outcome) << '\n';
    return outcome.problems.empty() ? exit_ok : exit_problems;
}

}  // namespace

RunOptions run_options(const std::vector<std::string>& args) {
    ParsedArgs parsed = parse_args(args, {{"period", true}, {"out", true}, {"date", true}, {"jobs", true},
                                          {"quiet", false}, {"strict", false}, {"all-skp", false}});
    RunOptions options;
    options.data_dir = data_dir_of(parsed);
    if (!parsed.get("period")) throw UsageError{"opsi --period YYYY-MM wajib untuk run"};
    options.period = *parse_period(checked_period(parsed));
    // DESIGN section 3: beside the data, wherever the command is typed, so that an office's
    // register stays with its data.
    options.out_dir = parsed.get("out") ? std::filesystem::path(*parsed.get("out")) : options.data_dir / "hasil";
    if (auto date = parsed.get("date")) {
        auto parsed_date = parse_iso_date(*date);
        if (!parsed_date) throw UsageError{"tanggal tidak valid: \"" + *date + "\" (format: TTTT-BB-HH)"};
        options.date = *parsed_date;
    }
    options.jobs = std::max(1u, std::thread::hardware_concurrency());
    if (auto jobs = parsed.get("jobs")) {
        char* end = nullptr;
        long n = std::strtol(jobs->c_str(), &end, 10);
        if (jobs->empty() || *end != '\0' || n < 1 || n > 256) {
            throw UsageError{"--jobs harus bilangan bulat 1..256, bukan \"" + *jobs + "\""};
        }
        options.jobs = static_cast<unsigned>(n);
    }
    options.quiet = parsed.get("quiet").has_value();
    options.strict = parsed.get("strict").has_value();
    options.all_skp = parsed.get("all-skp").has_value();
    return options;
}

namespace {

int command_run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
                const RunCheckpoint& checkpoint) {
    RunOptions options = run_options(args);
    options.checkpoint = checkpoint;
    return run_month(options, out, err);
}

int command_sop(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const RunCheckpoint&) {
    ParsedArgs parsed = parse_args(args, {{"data", true}, {"output", true}});
    if (parsed.positional.size() != 1) throw UsageError{"sebutkan satu berkas SOP (SOP.xml)"};
    SopOptions options;
    options.sop_file = parsed.positional.front();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(options.sop_file, ec)) {
        throw UsageError{"berkas SOP tidak ditemukan: " + options.sop_file.string()};
    }
    if (!parsed.get("data")) throw UsageError{"opsi --data DATA_DIR wajib untuk sop"};
    options.data_dir = *parsed.get("data");
    if (!std::filesystem::is_directory(options.data_dir, ec)) {
        throw UsageError{"folder data tidak ditemukan: " + options.data_dir.string()};
    }
    if (parsed.get("o") && parsed.get("output")) throw UsageError{"opsi -o diberikan dua kali"};
    std::optional<std::string> output = parsed.get("o") ? parsed.get("o") : parsed.get("output");
    if (!output || output->empty()) throw UsageError{"opsi -o FILE.pdf wajib untuk sop"};
    options.output = *output;
    return make_sop_document(options, out, err);
}

// The OUT of an archive command: --out, else DATA_DIR/hasil, DATA_DIR being the one positional
// or the current folder (DESIGN section 3). A DATA_DIR given must exist.
std::filesystem::path archive_out_dir(const ParsedArgs& parsed, const std::string& action) {
    if (parsed.positional.size() > 1) {
        throw UsageError{"archive " + action + " memakai paling banyak satu folder data, bukan juga " +
                         parsed.positional.at(1)};
    }
    if (!parsed.positional.empty()) data_dir_of(parsed);
    if (auto out = parsed.get("out")) return *out;
    return parsed.positional.empty() ? std::filesystem::path("hasil")
                                     : std::filesystem::path(parsed.positional.front()) / "hasil";
}

std::filesystem::path archive_data_dir(const ParsedArgs& parsed) {
    return parsed.positional.empty() ? std::filesystem::path(".") : data_dir_of(parsed);
}

struct ArchiveAction {
    std::string name;
    std::vector<OptionSpec> options;
    std::function<int(const ParsedArgs&, const std::filesystem::path& out_dir, std::ostream&, std::ostream&)> run;
};

const std::vector<ArchiveAction>& archive_actions() {
    static const std::vector<ArchiveAction> table = {
        {"list", {{"out", true}, {"period", true}},
         [](const ParsedArgs& parsed, const std::filesystem::path& out_dir, std::ostream& out, std::ostream& err) {
             std::optional<Period> period;
             if (parsed.get("period")) period = parse_period(checked_period(parsed));
             return archive_list(out_dir, period, out, err);
         }},
        {"verify", {{"out", true}},
         [](const ParsedArgs&, const std::filesystem::path& out_dir, std::ostream& out, std::ostream& err) {
             return archive_verify(out_dir, out, err);
         }},
        {"rebuild", {{"out", true}},
         [](const ParsedArgs& parsed, const std::filesystem::path& out_dir, std::ostream& out, std::ostream& err) {
             return archive_rebuild(archive_data_dir(parsed), out_dir, out, err);
         }},
    };
    return table;
}

// `archive list|verify|rebuild [DATA_DIR] [--out DIR] …` (the actions above).
int command_archive(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const RunCheckpoint&) {
    if (args.empty()) throw UsageError{"sebutkan list, verify atau rebuild setelah archive"};
    const std::string& name = args.front();
    const auto& actions = archive_actions();
    auto action = std::find_if(actions.begin(), actions.end(), [&](const ArchiveAction& a) { return a.name == name; });
    if (action == actions.end()) {
        throw UsageError{"perintah archive tidak dikenal: " + name + " (pilih: list, verify, rebuild)"};
    }
    const ParsedArgs parsed = parse_args(std::vector<std::string>(args.begin() + 1, args.end()), action->options);
    return action->run(parsed, archive_out_dir(parsed, name), out, err);
}

// The month of today by this computer's clock: init's period when --period is not given.
Period current_period() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Period{local.tm_year + 1900, local.tm_mon + 1};
}

int command_init(const std::vector<std::string>& args, std::ostream& out, std::ostream&, const RunCheckpoint&) {
    const ParsedArgs parsed = parse_args(args, {{"period", true}});
    if (parsed.positional.size() != 1) throw UsageError{"sebutkan satu folder untuk data baru"};
    const Period period = parsed.get("period") ? *parse_period(checked_period(parsed)) : current_period();
    return init_data_folder(parsed.positional.front(), period, out);
}

int command_next_month(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
                       const RunCheckpoint&) {
    const ParsedArgs parsed = parse_args(args, {{"period", true}});
    const std::filesystem::path dir = data_dir_of(parsed);
    if (!parsed.get("period")) throw UsageError{"opsi --period YYYY-MM wajib untuk next-month"};
    return prepare_next_month(dir, *parse_period(checked_period(parsed)), out, err);
}

// `template copy NAME DATA_DIR`.
int command_template(const std::vector<std::string>& args, std::ostream& out, std::ostream&, const RunCheckpoint&) {
    if (args.empty() || args.front() != "copy") {
        throw UsageError{"sebutkan copy setelah template (kinerja template copy NAME DATA_DIR)"};
    }
    const ParsedArgs parsed = parse_args(std::vector<std::string>(args.begin() + 1, args.end()), {});
    if (parsed.positional.size() != 2) throw UsageError{"sebutkan nama templat dan folder data"};
    const std::filesystem::path dir = data_dir_of(ParsedArgs{{parsed.positional.at(1)}, {}});
    return copy_template(parsed.positional.front(), dir, resource_dir(), out);
}

struct Command {
    std::string name;
    std::string synopsis;
    std::string description;
    // args after the command's name, out, err, and the test hook `kinerja run` passes on
    std::function<int(const std::vector<std::string>&, std::ostream&, std::ostream&, const RunCheckpoint&)> run;
};

const std::vector<Command>& commands() {
    static const std::vector<Command> table = {
        {"run",
         "run DATA_DIR --period YYYY-MM [--out DIR] [--date YYYY-MM-DD] [--jobs N] [--quiet] [--strict] [--all-skp]",
         "buat semua dokumen satu bulan dan arsipkan bulan itu di register OUT/arsip.db:\n"
         "          DATA_DIR            folder data kantor: instansi.xml, pegawai, sop/ dan berkas bulan itu:\n"
         "                              skp-YYYY-MM, perilaku-YYYY-MM (PP 46/2011), atau skp-YYYY, realisasi-YYYY-MM,\n"
         "                              penilaian-YYYY-MM (PermenPANRB 6/2022: <regulasi> di instansi.xml)\n"
         "          --period YYYY-MM    bulan yang dibuat, mis. 2024-03 (wajib); hasilnya di OUT/YYYY-MM/\n"
         "          --out DIR           folder hasil OUT; bawaan DATA_DIR/hasil, di folder mana pun perintah diketik\n"
         "          --date YYYY-MM-DD   tanggal penandatanganan yang dicetak; bawaan hari kerja terakhir bulan itu\n"
         "                              (bukan Sabtu, Minggu, libur nasional, atau cuti bersama templates/libur.csv)\n"
         "          --jobs N            jumlah dokumen yang dibuat bersamaan, 1..256; bawaan jumlah inti prosesor\n"
         "          --quiet             tanpa tampilan kemajuan: hanya masalah dan satu baris ringkasan\n"
         "          --strict            masalah data apa pun menghentikan run sebelum satu berkas pun ditulis\n"
         "          --all-skp           (PermenPANRB 6/2022) cetak SKP setiap pegawai; tanpa opsi ini SKP dicetak\n"
         "                              hanya bila baru atau berubah sejak dicetak di bulan sebelumnya tahun itu",
         command_run},
        {"check", "check DATA_DIR [--period YYYY-MM]",
         "periksa data tanpa menulis apa pun; setiap masalah ditampilkan, persis seperti yang akan dilaporkan run:\n"
         "          --period YYYY-MM    bulan yang diperiksa; tanpa opsi ini pegawai, SOP, dan setiap bulan yang\n"
         "                              punya berkas bulan (skp-, perilaku-, realisasi-, penilaian-YYYY-MM) diperiksa",
         command_check},
        {"sop", "sop SOP.xml --data DATA_DIR -o FILE.pdf",
         "buat satu dokumen SOP (halaman identitas dan bagan alir) dari satu berkas SOP.xml:\n"
         "          --data DATA_DIR     folder data yang memuat instansi.xml dan pegawai (kop, logo, pengesah SOP)\n"
         "          -o FILE.pdf         berkas PDF yang ditulis (bentuk panjang: --output FILE.pdf)",
         command_sop},
        {"archive",
         "archive list    [DATA_DIR] [--out DIR] [--period YYYY-MM]\n"
         "          kinerja archive verify  [DATA_DIR] [--out DIR]\n"
         "          kinerja archive rebuild [DATA_DIR] [--out DIR]",
         "register arsip OUT/arsip.db (bawaan OUT: DATA_DIR/hasil, DATA_DIR: folder ini):\n"
         "          list    dokumen terdaftar sebagai CSV (indeks.csv + periode)\n"
         "          verify  periksa register itu sendiri, hitung ulang sha256 setiap berkas terdaftar, dan sebutkan\n"
         "                  berkas atau folder bulan yang hilang, berubah, atau tidak tercatat (hanya membaca)\n"
         "          rebuild bangun ulang register yang hilang atau rusak dari folder bulan (yang rusak disimpan\n"
         "                  sebagai arsip.db.rusak-N; unit pengolah dan kapasitas box dari DATA_DIR/instansi.xml)\n"
         "          DATA_DIR            folder data kantor; bawaan folder tempat perintah diketik\n"
         "          --out DIR           folder hasil yang memuat arsip.db; bawaan DATA_DIR/hasil\n"
         "          --period YYYY-MM    (list) hanya dokumen bulan itu; bawaan semua bulan",
         command_archive},
        {"init", "init DIR [--period YYYY-MM]",
         "buat folder data baru: instansi.xml untuk diisi (petunjuknya di dalam), pegawai.xlsx,\n"
         "          skp-YYYY-MM.xlsx dan perilaku-YYYY-MM.xlsx kosong dengan lembar Petunjuk:\n"
         "          DIR                 folder baru; tidak menimpa: DIR harus belum ada atau kosong\n"
         "          --period YYYY-MM    bulan workbook SKP dan perilaku; bawaan bulan ini menurut jam komputer",
         command_init},
        {"next-month", "next-month DATA_DIR --period YYYY-MM",
         "buat skp-YYYY-MM.xlsx dan perilaku-YYYY-MM.xlsx bulan itu dari bulan sebelumnya: NIP, jenis,\n"
         "          uraian, ak, satuan dan target disalin; realisasi, nilai dan nilai perilaku kosong, setiap\n"
         "          pegawai tercantum di perilaku:\n"
         "          DATA_DIR            folder data kantor yang memuat berkas bulan sebelumnya\n"
         "          --period YYYY-MM    bulan yang disiapkan (wajib); berkas bulan itu yang sudah ada tidak ditimpa",
         command_next_month},
        {"template", "template copy NAME DATA_DIR",
         "salin templat bawaan NAME (mis. pengukuran-kinerja; .xml boleh tidak ditulis) ke\n"
         "          DATA_DIR/templates/ untuk diubah; sejak itu salinan itulah yang dipakai. Tidak menimpa",
         command_template},
    };
    return table;
}

void print_help(std::ostream& out) {
    out << "kinerja " KINERJA_VERSION " - dokumen kinerja pegawai siap cetak\n\n"
        << "Pemakaian:\n";
    for (const Command& c : commands()) {
        out << "  " << c.name << std::string(c.name.size() < 8 ? 8 - c.name.size() : 1, ' ')
            << "kinerja " << c.synopsis << "\n          " << c.description << "\n";
    }
    out << "  kinerja --help | --version\n"
        << "          tampilkan bantuan ini, atau nomor versi program\n\n"
        << "Kode keluar: 0 berhasil, 1 ada masalah data (dilaporkan sebagai BERKAS:BARIS: kolom: pesan),\n"
        << "2 salah pemakaian, 3 kegagalan baca/tulis atau internal, 130/143 dihentikan (Ctrl-C/SIGTERM)\n"
        << "sebelum bulan itu diarsipkan. Bila ada berkas yang tidak dapat dipakai, run tidak menulis apa pun.\n"
        << "Panduan lengkap: man kinerja, dan /usr/share/doc/kinerja/panduan.md bila dipasang dari paket .deb.\n";
}

}  // namespace

int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
            const RunCheckpoint& checkpoint) {
    try {
        if (args.empty()) {
            print_help(err);
            return exit_usage;
        }
        const std::string& first = args.front();
        if (first == "--help" || first == "-h" || first == "help") {
            print_help(out);
            return exit_ok;
        }
        if (first == "--version") {
            out << "kinerja " KINERJA_VERSION "\n";
            return exit_ok;
        }
        for (const Command& c : commands()) {
            if (c.name == first) {
                return c.run(std::vector<std::string>(args.begin() + 1, args.end()), out, err, checkpoint);
            }
        }
        throw UsageError{"perintah tidak dikenal: " + first};
    } catch (const UsageError& e) {
        err << "kinerja: " << escape_controls(e.message) << "\nLihat 'kinerja --help'.\n";
        return exit_usage;
    } catch (const archive::RegisterUnusable& e) {  // says what happened and what to do
        err << "kinerja: " << escape_controls(e.what()) << '\n';
        return exit_failure;
    } catch (const IoError& e) {
        err << "kinerja: gagal baca/tulis: " << escape_controls(e.what()) << '\n';
        return exit_failure;
    } catch (const std::exception& e) {
        err << "kinerja: kegagalan internal: " << escape_controls(e.what()) << '\n';
        return exit_failure;
    }
}

}  // namespace kinerja
