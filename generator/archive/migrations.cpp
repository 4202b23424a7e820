#include "archive/migrations.hpp"

#include <stdexcept>

#include <Poco/Data/Session.h>

namespace kinerja::archive {

using namespace Poco::Data::Keywords;

const std::vector<Migration>& register_migrations() {
    static const std::vector<Migration> steps = {
        {1,
         "generations of months (pending or current), berkas, their items and the files of each month",
         {
             // key/value facts about the register: 'register_id' names this register file.
             "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
             "INSERT INTO meta (key, value) VALUES ('register_id', lower(hex(randomblob(16))))",
             // One filing of a month. 'pending' while its folder is being put in place, then
             // 'current'; at most one current per month and one pending in all. Ids are never
             // reused (AUTOINCREMENT), so a month folder's marker names exactly one generation.
             "CREATE TABLE generation ("
             " id INTEGER PRIMARY KEY AUTOINCREMENT,"
             " periode TEXT NOT NULL CHECK (periode GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),"
             " state TEXT NOT NULL CHECK (state IN ('pending', 'current')),"
             " tanggal TEXT NOT NULL,"            // signing date of the documents, YYYY-MM-DD
             " kode_klasifikasi TEXT NOT NULL,"
             " retensi_aktif INTEGER NOT NULL CHECK (retensi_aktif >= 0),"
             " retensi_inaktif INTEGER NOT NULL CHECK (retensi_inaktif >= 0),"
             " unit_pengolah TEXT NOT NULL,"
             " kapasitas_box INTEGER NOT NULL CHECK (kapasitas_box >= 1))",
             "CREATE UNIQUE INDEX generation_current ON generation (periode) WHERE state = 'current'",
             "CREATE UNIQUE INDEX generation_pending ON generation (state) WHERE state = 'pending'",
             // One folder per employee per year. Numbers are permanent once committed;
             // dibuka_oleh names the pending generation that opened it (NULL once committed),
             // so dropping that generation removes it.
             "CREATE TABLE berkas ("
             " id INTEGER PRIMARY KEY,"
             " tahun INTEGER NOT NULL,"
             " nomor INTEGER NOT NULL CHECK (nomor >= 1),"
             " nip TEXT NOT NULL CHECK (length(nip) = 18),"
             " nama TEXT NOT NULL,"
             " uraian TEXT NOT NULL,"             // 'Pengukuran Kinerja Tahun YYYY a.n. NAMA'
             " box INTEGER NOT NULL CHECK (box >= 1),"
             " item_terakhir INTEGER NOT NULL DEFAULT 0 CHECK (item_terakhir >= 0),"
             " dibuka_oleh INTEGER REFERENCES generation (id) ON DELETE CASCADE,"
             " UNIQUE (tahun, nomor),"
             " UNIQUE (tahun, nip))",
             // Every file of a month's folder, path relative to OUT/YYYY-MM.
             "CREATE TABLE file ("
             " id INTEGER PRIMARY KEY,"
             " generation INTEGER NOT NULL REFERENCES generation (id) ON DELETE CASCADE,"
             " path TEXT NOT NULL,"
             " bytes INTEGER NOT NULL CHECK (bytes >= 0),"
             " pages INTEGER NOT NULL CHECK (pages >= 0),"
             " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
             " UNIQUE (generation, path))",
             // A filed document: an item of a berkas, one per berkas per month.
             "CREATE TABLE item ("
             " id INTEGER PRIMARY KEY,"
             " generation INTEGER NOT NULL REFERENCES generation (id) ON DELETE CASCADE,"
             " berkas INTEGER NOT NULL REFERENCES berkas (id),"
             " nomor INTEGER NOT NULL CHECK (nomor >= 1),"
             " uraian TEXT NOT NULL,"
             " nama TEXT NOT NULL,"
             " tanggal TEXT NOT NULL,"
             " halaman INTEGER NOT NULL CHECK (halaman >= 0),"
             " file INTEGER NOT NULL REFERENCES file (id) ON DELETE CASCADE,"
             " UNIQUE (generation, berkas))",
             "CREATE INDEX item_berkas ON item (berkas)",
             "CREATE INDEX file_generation ON file (generation)",
         }},
        {2,
         "nasib akhir of each filing (instansi.xml <arsip nasib-akhir>), Musnah for those filed before",
         {
             "ALTER TABLE generation ADD COLUMN nasib_akhir TEXT NOT NULL DEFAULT 'Musnah'"
             " CHECK (nasib_akhir IN ('Musnah', 'Permanen', 'Dinilai Kembali'))",
         }},
        {3,
         "how each filing's copies were printed (instansi.xml <cetak sisi>), both sides for those filed before",
         {
             "ALTER TABLE generation ADD COLUMN sisi_cetak TEXT NOT NULL DEFAULT 'dua'"
             " CHECK (sisi_cetak IN ('dua', 'satu'))",
         }},
        {4,
         "several items per berkas in one month (the Dokumen Evaluasi bulanan, triwulanan, tahunan),"
         " numbered within it, and the kind of each item, which titles a berkas it opens;"
         " items filed before are pengukuran",
         {
             // SQLite cannot drop the constraint UNIQUE (generation, berkas): the table is made
             // again (nothing refers to item), with its rows and ids.
             "CREATE TABLE item_v4 ("
             " id INTEGER PRIMARY KEY,"
             " generation INTEGER NOT NULL REFERENCES generation (id) ON DELETE CASCADE,"
             " berkas INTEGER NOT NULL REFERENCES berkas (id),"
             " nomor INTEGER NOT NULL CHECK (nomor >= 1),"
             " uraian TEXT NOT NULL,"
             " nama TEXT NOT NULL,"
             " tanggal TEXT NOT NULL,"
             " halaman INTEGER NOT NULL CHECK (halaman >= 0),"
             " file INTEGER NOT NULL REFERENCES file (id) ON DELETE CASCADE,"
             " jenis TEXT NOT NULL DEFAULT 'pengukuran' CHECK (jenis IN ('pengukuran', 'dokumen-evaluasi')),"
             " UNIQUE (generation, berkas, nomor))",
             "INSERT INTO item_v4 (id, generation, berkas, nomor, uraian, nama, tanggal, halaman, file)"
             " SELECT id, generation, berkas, nomor, uraian, nama, tanggal, halaman, file FROM item",
             "DROP TABLE item",
             "ALTER TABLE item_v4 RENAME TO item",
             "CREATE INDEX item_berkas ON item (berkas)",
         }},
        {5,
         "the SKPs of PermenPANRB 6/2022 each filing printed, to print an SKP again only when it changed",
         {
             // One SKP printed in a month (OUT/YYYY-MM/skp/<NIP>.pdf): the NIP, the year of the
             // plan and the SHA-256 of its content (the plan rows and the printed identities,
             // not the file: the file also holds the signing date). NULL when not known: a
             // register rebuilt from the month folders, which hold only the file's hash. The
             // rows live and die with their generation, like the items.
             "CREATE TABLE skp_dicetak ("
             " id INTEGER PRIMARY KEY,"
             " generation INTEGER NOT NULL REFERENCES generation (id) ON DELETE CASCADE,"
             " nip TEXT NOT NULL CHECK (length(nip) = 18),"
             " tahun INTEGER NOT NULL,"
             " sha256 TEXT CHECK (sha256 IS NULL OR length(sha256) = 64),"
             " file INTEGER NOT NULL REFERENCES file (id) ON DELETE CASCADE,"
             " UNIQUE (generation, nip, tahun))",
             "CREATE INDEX skp_dicetak_nip ON skp_dicetak (nip, tahun)",
             "CREATE INDEX skp_dicetak_file ON skp_dicetak (file)",
         }},
    };
    return steps;
}

int schema_version(Poco::Data::Session& session) {
    int version = 0;
    session << "PRAGMA user_version", into(version), now;
    return version;
}

int migrate(Poco::Data::Session& session, const std::vector<Migration>& steps) {
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].version != static_cast<int>(i) + 1) {
            throw std::invalid_argument("arsip: langkah migrasi harus bernomor 1, 2, … berurutan");
        }
    }
    const int latest = static_cast<int>(steps.size());
    int version = schema_version(session);
    if (version > latest) {
        throw std::runtime_error("register arsip versi " + std::to_string(version) +
                                 " dibuat oleh kinerja yang lebih baru (versi ini mengenal sampai " +
                                 std::to_string(latest) + ")");
    }
    for (; version < latest; ++version) {
        const Migration& step = steps.at(static_cast<std::size_t>(version));
        session << "BEGIN IMMEDIATE", now;
        try {
            for (const std::string& sql : step.statements) session << sql, now;
            session << "PRAGMA user_version = " + std::to_string(step.version), now;
            session << "COMMIT", now;
        } catch (...) {
            session << "ROLLBACK", now;
            throw;
        }
    }
    return version;
}

}  // namespace kinerja::archive
