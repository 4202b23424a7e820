#include "batch/data_folder_commands.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <ostream>
#include <set>
#include <utility>

#include "batch/cli.hpp"
#include "batch/disk_file_source.hpp"
#include "batch/input_workbooks.hpp"
#include "batch/output_folder.hpp"
#include "batch/resources.hpp"
#include "load/data_folder.hpp"
#include "load/io_error.hpp"
#include "load/text_encoding.hpp"

namespace kinerja {

namespace {

namespace fs = std::filesystem;

using NamedFiles = std::vector<std::pair<std::string, std::string>>;  // name in the folder, bytes

constexpr const char* instansi_xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- Identitas instansi untuk kinerja. Isi setiap nilai yang masih kosong (di antara > dan <, atau
     di antara tanda petik), ubah yang lain bila perlu, lalu periksa dengan
     kinerja check FOLDER_INI. Yang tertulis di antara tanda komentar seperti ini tidak dibaca. -->
<!-- kode: singkatan instansi, mis. KEC-LPHG -->
<instansi kode="">
  <!-- pemerintah daerah, huruf besar, mis. PEMERINTAH KABUPATEN BALANGAN -->
  <pemerintah></pemerintah>
  <!-- nama instansi, huruf besar, mis. KECAMATAN LAMPIHONG -->
  <nama></nama>
  <!-- alamat kantor, mis. Jl. Amuntai Paringin Km 18.5 Kecamatan Lampihong Kabupaten Balangan -->
  <alamat></alamat>
  <kode-pos></kode-pos>                     <!-- kode pos kantor, mis. 71661 -->
  <tempat></tempat>                         <!-- tempat pada "Lampihong, 31 Maret 2024" -->
  <!-- <logo>logo.png</logo>                     opsional: berkas PNG logo di folder ini; buang
       tanda komentar di sekelilingnya untuk memakainya -->
  <kertas>F4</kertas>                       <!-- A4 atau F4 -->
  <pimpinan nip=""/>                        <!-- NIP kepala instansi, 18 digit; ia juga ada di pegawai -->
  <salinan>                                 <!-- satu salinan berlabel untuk setiap lembar, dalam urutan ini -->
    <lembar>Pegawai yang bersangkutan</lembar>
    <lembar>Pejabat Penilai</lembar>
    <lembar>Arsip</lembar>
  </salinan>
  <!-- arsip: kode klasifikasi arsip, jumlah berkas dalam satu boks, retensi aktif dan inaktif
       (tahun), nasib akhir (Musnah, Permanen atau Dinilai Kembali) dan unit pengolah arsip,
       mis. Subbagian Perencanaan dan Keuangan -->
  <arsip kode-klasifikasi="800.1.4.4" kapasitas-box="10" retensi-aktif="2" retensi-inaktif="3"
         nasib-akhir="Musnah" unit-pengolah=""/>
  <!-- cetak: dua (bolak-balik, halaman belakang kosong disisipkan agar setiap dokumen mulai di
       halaman kanan) atau satu (printer satu sisi: tanpa halaman kosong) -->
  <cetak sisi="dua"/>
  <tanda-tangan pindaian="tidak"/>          <!-- ya: tanda tangan pindaian ttd/NIP.png atau .jpg dicetak di setiap dokumen dan salinan -->
</instansi>
)";

Period previous_month(Period period) {
    return period.month == 1 ? Period{period.year - 1, 12} : Period{period.year, period.month - 1};
}

// A folder that does not exist, or exists and holds nothing.
bool absent_or_empty(const fs::path& dir) {
    std::error_code ec;
    const fs::file_status status = fs::symlink_status(dir, ec);
    if (status.type() == fs::file_type::not_found) return true;
    if (status.type() != fs::file_type::directory) {
        throw UsageError{dir.string() + " sudah ada dan bukan folder; sebutkan folder baru untuk data"};
    }
    const bool empty = fs::is_empty(dir, ec);
    if (ec) throw io_error("tidak dapat membaca folder", dir, ec);
    return empty;
}

// Writes `files` into a new folder `dir` whole or not at all: into a fresh folder beside it,
// then renamed to `dir`.
void write_new_folder(const fs::path& dir, const NamedFiles& files) {
    std::error_code ec;
    const fs::path parent = dir.has_parent_path() ? dir.parent_path() : fs::path(".");
    fs::create_directories(parent, ec);
    if (ec) throw io_error("tidak dapat membuat folder", parent, ec);
    std::string pattern = (parent / ("." + dir.filename().string() + ".init-XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr) throw io_error("tidak dapat membuat folder", pattern, errno);
    const fs::path staging(pattern);
    try {
        for (const auto& [name, bytes] : files) write_file_atomically(staging / name, bytes);
        fs::rename(staging, dir, ec);
        if (ec) throw io_error("tidak dapat membuat folder", dir, ec);
    } catch (...) {
        fs::remove_all(staging, ec);
        throw;
    }
}

// Writes `files` into the existing folder `dir`, each file whole; when one fails, the ones
// written are removed again.
void write_into_folder(const fs::path& dir, const NamedFiles& files) {
    std::vector<fs::path> written;
    try {
        for (const auto& [name, bytes] : files) {
            write_file_atomically(dir / name, bytes);
            written.push_back(dir / name);
        }
    } catch (...) {
        std::error_code ignored;
        for (const fs::path& path : written) fs::remove(path, ignored);
        throw;
    }
}

// The files of the month before that next-month reads: the staff and the SKP in every form.
bool read_for_next_month(const std::string& file, Period before) {
    const std::string skp = "skp-" + before.iso() + ".";
    return file.rfind("pegawai.", 0) == 0 || file.rfind(skp, 0) == 0;
}

// The records next-month leaves out: a field a reader refused (a control character in it).
template <typename Record>
std::vector<Record> usable_records(const std::vector<Record>& records, std::vector<Diagnostic>& problems) {
    std::vector<Record> kept;
    for (const Record& r : records) {
        if (r.refused.empty()) {
            kept.push_back(r);
        } else {
            problems.insert(problems.end(), r.refused.begin(), r.refused.end());
        }
    }
    return kept;
}

std::string shown_path(const fs::path& dir, const std::string& name) { return (dir / name).string(); }

}  // namespace

std::string instansi_template() { return instansi_xml; }

int init_data_folder(fs::path dir, Period period, std::ostream& out) {
    if (!dir.has_filename()) dir = dir.parent_path();  // "baru/" is "baru"
    if (dir.empty()) throw UsageError{"sebutkan folder data yang akan dibuat"};
    const bool exists = fs::exists(fs::symlink_status(dir));
    if (!absent_or_empty(dir)) {
        throw UsageError{"folder " + dir.string() +
                         " sudah berisi; init hanya membuat folder data baru (atau mengisi folder kosong) dan "
                         "tidak menimpa apa pun"};
    }
    const NamedFiles files = {
        {"instansi.xml", instansi_template()},
        {input_workbook_name(InputFile::pegawai, period), input_workbook(InputFile::pegawai, period, {})},
        {input_workbook_name(InputFile::skp, period), input_workbook(InputFile::skp, period, {})},
        {input_workbook_name(InputFile::perilaku, period), input_workbook(InputFile::perilaku, period, {})},
    };
    if (exists) {
        write_into_folder(dir, files);
    } else {
        write_new_folder(dir, files);
    }
    out << "folder data " << escape_controls(dir.string()) << " dibuat untuk " << period.bulan_tahun() << ":";
    for (const auto& [name, bytes] : files) out << ' ' << name;
    out << "\nisi instansi.xml (petunjuk ada di dalamnya) dan ketiga workbook (lihat lembar Petunjuk), lalu periksa "
           "dengan: kinerja check "
        << escape_controls(dir.string()) << " --period " << period.iso() << '\n';
    return exit_ok;
}

int prepare_next_month(const fs::path& data_dir, Period period, std::ostream& out, std::ostream& err) {
    for (const std::string& name : {"skp-" + period.iso() + ".csv", "skp-" + period.iso() + ".xml",
                                    "skp-" + period.iso() + ".xlsx", "perilaku-" + period.iso() + ".csv",
                                    "perilaku-" + period.iso() + ".xlsx"}) {
        if (fs::exists(fs::symlink_status(data_dir / name))) {
            throw UsageError{shown_path(data_dir, name) + " sudah ada; next-month tidak menimpa data bulan " +
                             period.iso() + " (pindahkan atau hapus dulu berkas itu)"};
        }
    }
    const Period before = previous_month(period);
    Diagnostics diags;
    const RawData raw = load_data_folder(DiskFileSource(data_dir), before.iso(), diags);
    std::vector<Diagnostic> problems;
    bool whole_file = false;
    for (const Diagnostic& d : diags.sorted()) {
        if (!read_for_next_month(d.file, before)) continue;  // instansi.xml, sop/, perilaku: not needed here
        problems.push_back(d);
        whole_file = whole_file || d.line == 0;
    }
    if (raw.pegawai_file.empty() || raw.skp_file.empty() || whole_file) {
        for (const Diagnostic& d : problems) err << d.str() << '\n';
        out << problems.size() << " masalah pada data bulan " << before.iso()
            << " (lihat di atas); tidak ada yang ditulis\n";
        return exit_problems;
    }
    const std::vector<SkpRecord> skp = usable_records(raw.skp, problems);
    const std::vector<PegawaiRecord> pegawai = usable_records(raw.pegawai, problems);
    const std::string nama = raw.instansi ? raw.instansi->nama : "";
    const NamedFiles files = {
        {input_workbook_name(InputFile::skp, period),
         input_workbook(InputFile::skp, period, next_month_skp_rows(skp), nama)},
        {input_workbook_name(InputFile::perilaku, period),
         input_workbook(InputFile::perilaku, period, next_month_perilaku_rows(pegawai), nama)},
    };
    write_into_folder(data_dir, files);
    for (const Diagnostic& d : problems) err << d.str() << '\n';
    out << files.at(0).first << ": " << skp.size() << " baris dari " << raw.skp_file
        << " (target disalin, realisasi dan nilai kosong); " << files.at(1).first << ": "
        << next_month_perilaku_rows(pegawai).size() << " pegawai dari " << raw.pegawai_file << " (nilai kosong)";
    if (!problems.empty()) out << "; " << problems.size() << " masalah, barisnya tidak disalin";
    out << '\n';
    return problems.empty() ? exit_ok : exit_problems;
}

std::vector<std::string> shipped_template_names(const fs::path& resources) {
    std::vector<std::string> names;
    std::error_code ec;
    for (const fs::directory_entry& entry : fs::directory_iterator(resources / "templates", ec)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file(ec) && name != "README.md") names.push_back(name);
    }
    if (ec) throw io_error("tidak dapat membaca folder", resources / "templates", ec);
    std::sort(names.begin(), names.end());
    return names;
}

int copy_template(const std::string& name, const fs::path& data_dir, const fs::path& resources, std::ostream& out) {
    const std::vector<std::string> names = shipped_template_names(resources);
    std::vector<std::string> matches;
    for (const std::string& shipped : names) {
        if (shipped == name || fs::path(shipped).stem().string() == name) matches.push_back(shipped);
    }
    if (matches.size() != 1) {
        std::string list;
        for (const std::string& n : names) list += (list.empty() ? "" : ", ") + n;
        throw UsageError{"templat tidak dikenal: " + name + " (pilih: " + list + ")"};
    }
    const std::string& file = matches.front();
    const fs::path target = data_dir / "templates" / file;
    if (fs::exists(fs::symlink_status(target))) {
        throw UsageError{target.string() + " sudah ada; template copy tidak menimpanya (pindahkan atau hapus dulu)"};
    }
    write_file_atomically(target, read_resource(resources / "templates" / file));
    out << "templates/" << file << " disalin ke " << escape_controls(target.string())
        << ": ubah di sana; kinerja memakainya sebagai ganti templat bawaan (isinya dijelaskan di "
           "templates/README.md)\n";
    return exit_ok;
}

}  // namespace kinerja
