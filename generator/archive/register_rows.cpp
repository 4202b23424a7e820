#include "archive/register_rows.hpp"

#include "archive/filing_text.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>

#include "model/nip.hpp"

namespace kinerja::archive::rows {

using namespace Poco::Data::Keywords;

namespace {

bool is_sha256(const std::string& s) {
    return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

}  // namespace

void check_month_content(const std::vector<compose::ArsipEntry>& entries, const std::vector<FileRecord>& files) {
    std::set<std::string> paths;
    for (const FileRecord& f : files) {
        const std::filesystem::path relative(f.path);
        const bool inside = relative.is_relative() &&
                            std::none_of(relative.begin(), relative.end(), [](const std::filesystem::path& part) {
                                return part == ".." || part == ".";
                            });
        if (!inside) throw std::invalid_argument("arsip: berkas di luar folder bulan: " + f.path);
        if (f.path.empty() || !paths.insert(f.path).second) {
            throw std::invalid_argument("arsip: berkas bulan ini kosong namanya atau tercatat dua kali: " + f.path);
        }
        if (!is_sha256(f.sha256) || f.pages < 0) {
            throw std::invalid_argument("arsip: data berkas tidak valid: " + f.path);
        }
    }
    for (const compose::ArsipEntry& e : entries) {
        if (!paths.count(e.file)) {
            throw std::invalid_argument("arsip: berkas dokumen tidak ada di bulan ini: " + e.file);
        }
    }
}

std::int64_t insert_generation(Poco::Data::Session& db, const std::string& periode, const std::string& state,
                               const Date& tanggal, const ArsipSetting& arsip) {
    const std::string iso = tanggal.iso();
    const std::string nasib(nasib_akhir_text(arsip.nasib_akhir));
    const std::string sisi(sisi_cetak_text(arsip.sisi_cetak));
    db << "INSERT INTO generation (periode, state, tanggal, kode_klasifikasi, retensi_aktif,"
          " retensi_inaktif, unit_pengolah, kapasitas_box, nasib_akhir, sisi_cetak)"
          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        bind(periode), bind(state), bind(iso), bind(arsip.kode_klasifikasi), bind(arsip.retensi_aktif),
        bind(arsip.retensi_inaktif), bind(arsip.unit_pengolah), bind(arsip.kapasitas_box), bind(nasib), bind(sisi),
        now;
    Poco::Int64 generation = 0;
    db << "SELECT last_insert_rowid()", into(generation), now;
    return generation;
}

void insert_berkas(Poco::Data::Session& db, int tahun, std::int64_t generation,
                   const std::vector<const compose::ArsipEntry*>& opening) {
    if (opening.empty()) return;
    std::vector<Poco::Int64> nomor, box;
    std::vector<std::string> nip, nama, uraian;
    for (const compose::ArsipEntry* e : opening) {
        nomor.push_back(e->berkas);
        nip.push_back(e->nip.digits);
        nama.push_back(e->nama);
        uraian.push_back(berkas_uraian(tahun, e->nama, e->jenis));
        box.push_back(e->box);
    }
    std::vector<Poco::Int64> years(nomor.size(), tahun), generations(nomor.size(), generation);
    db << "INSERT INTO berkas (tahun, nomor, nip, nama, uraian, box, dibuka_oleh) VALUES (?, ?, ?, ?, ?, ?, ?)",
        use(years), use(nomor), use(nip), use(nama), use(uraian), use(box), use(generations), now;
}

void insert_files(Poco::Data::Session& db, std::int64_t generation, const std::vector<FileRecord>& files) {
    if (files.empty()) return;
    std::vector<std::string> paths, sha256s;
    std::vector<Poco::Int64> sizes, pages;
    for (const FileRecord& f : files) {
        paths.push_back(f.path);
        sizes.push_back(static_cast<Poco::Int64>(f.bytes));
        pages.push_back(f.pages);
        sha256s.push_back(f.sha256);
    }
    std::vector<Poco::Int64> generations(files.size(), generation);
    db << "INSERT INTO file (generation, path, bytes, pages, sha256) VALUES (?, ?, ?, ?, ?)", use(generations),
        use(paths), use(sizes), use(pages), use(sha256s), now;
}

void insert_items(Poco::Data::Session& db, std::int64_t generation, int tahun,
                  const std::vector<compose::ArsipEntry>& entries) {
    if (entries.empty()) return;
    std::vector<Poco::Int64> ids;
    std::vector<std::string> id_paths;
    db << "SELECT id, path FROM file WHERE generation = ?", bind(generation), into(ids), into(id_paths), now;
    std::map<std::string, Poco::Int64> file_ids;
    for (std::size_t i = 0; i < ids.size(); ++i) file_ids[id_paths.at(i)] = ids.at(i);
    std::vector<Poco::Int64> berkas, nomor, halaman, file;
    std::vector<std::string> uraian, nama, tanggal, jenis;
    for (const compose::ArsipEntry& e : entries) {
        jenis.emplace_back(jenis_arsip_kode(e.jenis));
        berkas.push_back(e.berkas);
        nomor.push_back(e.item);
        uraian.push_back(e.uraian);
        nama.push_back(e.nama);
        tanggal.push_back(e.tanggal.iso());
        halaman.push_back(e.halaman);
        file.push_back(file_ids.at(e.file));
    }
    std::vector<Poco::Int64> years(entries.size(), tahun), generations(entries.size(), generation);
    db << "INSERT INTO item (generation, berkas, nomor, uraian, nama, tanggal, halaman, file, jenis)"
          " VALUES (?, (SELECT id FROM berkas WHERE tahun = ? AND nomor = ?), ?, ?, ?, ?, ?, ?, ?)",
        use(generations), use(years), use(berkas), use(nomor), use(uraian), use(nama), use(tanggal), use(halaman),
        use(file), use(jenis), now;
}

void title_berkas(Poco::Data::Session& db, std::int64_t generation) {
    std::vector<Poco::Int64> ids;
    std::vector<int> tahun;
    std::vector<std::string> nama, jenis;
    db << "SELECT b.id, b.tahun, i.nama, i.jenis FROM berkas b JOIN item i ON i.berkas = b.id"
          " WHERE (? = 0 AND i.nomor = (SELECT min(j.nomor) FROM item j WHERE j.berkas = b.id))"
          " OR (i.generation = ? AND i.nomor = 1)",
        bind(generation), bind(generation), into(ids), into(tahun), into(nama), into(jenis), now;
    if (ids.empty()) return;
    std::vector<std::string> uraian;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const std::optional<compose::JenisArsip> kind = parse_jenis_arsip_kode(jenis.at(i));
        if (!kind) throw std::runtime_error("register arsip rusak: jenis item \"" + jenis.at(i) + "\"");
        uraian.push_back(berkas_uraian(tahun.at(i), nama.at(i), *kind));
    }
    db << "UPDATE berkas SET nama = ?, uraian = ? WHERE id = ?", use(nama), use(uraian), use(ids), now;
}

void check_printed_skp(const std::vector<PrintedSkp>& skp, int tahun, const std::vector<FileRecord>& files,
                       bool allow_unknown) {
    std::set<std::string> paths, nips;
    for (const FileRecord& f : files) paths.insert(f.path);
    for (const PrintedSkp& s : skp) {
        const std::optional<Nip> nip = parse_nip(s.nip.digits).nip;
        if (!nip || nip->digits != s.nip.digits || !nips.insert(s.nip.digits).second) {
            throw std::invalid_argument("arsip: SKP dengan NIP tidak valid atau tercatat dua kali: " + s.nip.digits);
        }
        if (s.tahun != tahun) {
            throw std::invalid_argument("arsip: SKP " + s.nip.digits + " tahun " + std::to_string(s.tahun) +
                                        " bukan tahun bulan ini (" + std::to_string(tahun) + ")");
        }
        if (!(is_sha256(s.sha256) || (allow_unknown && s.sha256.empty()))) {
            throw std::invalid_argument("arsip: SKP " + s.nip.digits + " tanpa sha256 isinya");
        }
        if (!paths.count(s.file)) throw std::invalid_argument("arsip: berkas SKP tidak ada di bulan ini: " + s.file);
    }
}

void insert_printed_skp(Poco::Data::Session& db, std::int64_t generation, const std::vector<PrintedSkp>& skp) {
    if (skp.empty()) return;
    std::vector<Poco::Int64> ids;
    std::vector<std::string> id_paths;
    db << "SELECT id, path FROM file WHERE generation = ?", bind(generation), into(ids), into(id_paths), now;
    std::map<std::string, Poco::Int64> file_ids;
    for (std::size_t i = 0; i < ids.size(); ++i) file_ids[id_paths.at(i)] = ids.at(i);
    std::vector<std::string> nip, sha256;
    std::vector<Poco::Int64> tahun, file;
    for (const PrintedSkp& s : skp) {
        nip.push_back(s.nip.digits);
        tahun.push_back(s.tahun);
        sha256.push_back(s.sha256);
        file.push_back(file_ids.at(s.file));
    }
    std::vector<Poco::Int64> generations(skp.size(), generation);
    db << "INSERT INTO skp_dicetak (generation, nip, tahun, sha256, file) VALUES (?, ?, ?, NULLIF(?, ''), ?)",
        use(generations), use(nip), use(tahun), use(sha256), use(file), now;
}

}  // namespace kinerja::archive::rows
