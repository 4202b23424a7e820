#include "archive/register.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <stdexcept>
#include <system_error>
#include <vector>

#include <Poco/Data/Session.h>
#include <Poco/Exception.h>

#include "archive/file_hash.hpp"
#include "archive/filing_text.hpp"
#include "archive/migrations.hpp"
#include "archive/numbering.hpp"
#include "archive/out_lock.hpp"
#include "archive/register_rows.hpp"
#include "archive/write_behind.hpp"
#include "load/io_error.hpp"

namespace kinerja::archive {

namespace fs = std::filesystem;
using namespace Poco::Data::Keywords;
using Poco::Data::Session;

namespace {

// A failure of the disk or of another program as IoError with its cause (register_file.hpp);
// any other keeps the database's own message, which Poco gives only through displayText().
[[noreturn]] void rethrow_database_error(const Poco::Exception& e, const fs::path& db) {
    throw_if_io_failure(e, db);
    throw std::runtime_error("register arsip " + db.string() + ": " + e.displayText());
}

// BEGIN IMMEDIATE … COMMIT, rolled back unless committed.
class Transaction {
public:
    explicit Transaction(Session& session) : session_(session) { session_ << "BEGIN IMMEDIATE", now; }
    ~Transaction() {
        if (done_) return;
        try {
            session_ << "ROLLBACK", now;
        } catch (...) {
            // The database closes the transaction itself when the connection goes.
        }
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit() {
        session_ << "COMMIT", now;
        done_ = true;
    }

private:
    Session& session_;
    bool done_ = false;
};

bool is_sha256(const std::string& s) {
    return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

Period checked_period(const std::string& text) {
    auto p = parse_period(text);
    if (!p) throw std::runtime_error("register arsip rusak: periode \"" + text + "\"");
    return *p;
}

Date checked_date(const std::string& text) {
    auto d = parse_iso_date(text);
    if (!d) throw std::runtime_error("register arsip rusak: tanggal \"" + text + "\"");
    return *d;
}

NasibAkhir checked_nasib_akhir(const std::string& text) {
    auto n = parse_nasib_akhir(text);
    if (!n) throw std::runtime_error("register arsip rusak: nasib akhir \"" + text + "\"");
    return *n;
}

SisiCetak checked_sisi_cetak(const std::string& text) {
    auto s = parse_sisi_cetak(text);
    if (!s) throw std::runtime_error("register arsip rusak: sisi cetak \"" + text + "\"");
    return *s;
}

compose::JenisArsip checked_jenis(const std::string& text) {
    auto j = parse_jenis_arsip_kode(text);
    if (!j) throw std::runtime_error("register arsip rusak: jenis item \"" + text + "\"");
    return *j;
}

// Checks the month's filings and puts them in filing order: the NIPs in the order they first
// come, each NIP's documents by filing_rank. Throws std::invalid_argument (see plan_month).
std::vector<const Filing*> filing_order(const Period& month, const std::vector<Filing>& filings) {
    std::map<std::string, std::size_t> first_seen;
    std::set<std::pair<std::string, int>> kinds;
    std::set<std::string> files;
    for (const Filing& f : filings) {
        if (!parse_nip(f.nip.digits).nip) throw std::invalid_argument("arsip: NIP tidak valid: " + f.nip.digits);
        if (f.file.empty() || !is_sha256(f.sha256) || f.halaman < 0) {
            throw std::invalid_argument("arsip: dokumen " + f.nip.digits + " tanpa berkas, sha256 atau halaman");
        }
        if (f.evaluasi && periode_evaluasi(f.evaluasi->jenis, month) != f.evaluasi) {
            throw std::invalid_argument("arsip: dokumen evaluasi " + f.evaluasi->nama() + " " + f.nip.digits +
                                        " bukan evaluasi bulan " + month.iso());
        }
        // One pengukuran, or one Dokumen Evaluasi of each jenis, per NIP: never both kinds.
        const int kind = f.evaluasi ? 1 : 0;
        const bool other_kind = kinds.count({f.nip.digits, 1 - kind}) > 0;
        if (!files.insert(f.file).second || other_kind) {
            throw std::invalid_argument("arsip: NIP " + f.nip.digits + " (" + f.file + ") diarsipkan dua kali");
        }
        kinds.insert({f.nip.digits, kind});
        first_seen.try_emplace(f.nip.digits, first_seen.size());
    }
    std::vector<const Filing*> ordered;
    for (const Filing& f : filings) ordered.push_back(&f);
    std::stable_sort(ordered.begin(), ordered.end(), [&](const Filing* a, const Filing* b) {
        return std::pair(first_seen.at(a->nip.digits), filing_rank(*a)) <
               std::pair(first_seen.at(b->nip.digits), filing_rank(*b));
    });
    for (std::size_t i = 1; i < ordered.size(); ++i) {
        if (ordered[i]->nip == ordered[i - 1]->nip && filing_rank(*ordered[i]) == filing_rank(*ordered[i - 1])) {
            throw std::invalid_argument("arsip: NIP " + ordered[i]->nip.digits + " diarsipkan dua kali");
        }
    }
    return ordered;
}

// The Daftar Berkas once `plan`'s entries are filed: `earlier` (earlier_berkas) with this
// month's items added, a berkas opened now titled as the register will title it.
std::vector<compose::ArsipBerkas> year_berkas(std::map<int, compose::ArsipBerkas> earlier, const MonthPlan& plan) {
    for (const compose::ArsipEntry& e : plan.entries) {
        auto [it, opened] = earlier.try_emplace(e.berkas);
        compose::ArsipBerkas& b = it->second;
        if (opened) {
            b.berkas = e.berkas;
            b.box = e.box;
            b.nip = e.nip;
            b.awal = plan.period;
        }
        if (opened || e.item == 1) b.uraian = berkas_uraian(plan.period.year, e.nama, e.jenis);
        b.akhir = plan.period;
        b.halaman.push_back(e.halaman);
        b.lembar.push_back(compose::lembar(e.halaman, plan.arsip.sisi_cetak == SisiCetak::dua));
        b.jenis.push_back(e.jenis);
        b.kode_klasifikasi = e.kode_klasifikasi;
        b.retensi_aktif = e.retensi_aktif;
        b.retensi_inaktif = e.retensi_inaktif;
        b.nasib_akhir = plan.arsip.nasib_akhir;
    }
    std::vector<compose::ArsipBerkas> out;
    for (auto& [nomor, b] : earlier) out.push_back(std::move(b));
    return out;
}

// Each box's kinds of documents (ArsipBox::jenis), from the items of the year's berkas in it.
void fill_box_kinds(std::vector<compose::ArsipBox>& boxes, const std::vector<compose::ArsipBerkas>& berkas) {
    for (compose::ArsipBox& box : boxes) {
        std::set<compose::JenisArsip> kinds;
        for (const compose::ArsipBerkas& b : berkas) {
            if (b.box == box.box) kinds.insert(b.jenis.begin(), b.jenis.end());
        }
        box.jenis.assign(kinds.begin(), kinds.end());
    }
}

}  // namespace

// What a month folder's marker says: the SHA-256 of the month's content (its periode and the
// path, size, pages and hash of every file, by path). It depends on nothing else: the same
// content filed again, or filed into another OUT, gives the same marker, so a re-run whose
// documents did not change changes no byte of the folder and two runs of the same inputs give
// the same folder. The generation's own number stays in the database. Two generations of a
// month with the same marker hold the same files, so recovery may take either for the other,
// and a rebuild can prove from the marker that a month's manifest.csv is the one filed.
std::string month_marker(const std::string& periode, std::vector<FileRecord> files) {
    std::sort(files.begin(), files.end(), [](const FileRecord& a, const FileRecord& b) { return a.path < b.path; });
    std::string content = periode + "\n";
    for (const FileRecord& f : files) {
        content += f.path + '\t' + std::to_string(f.bytes) + '\t' + std::to_string(f.pages) + '\t' + f.sha256 + '\n';
    }
    return sha256_hex(content);
}

std::optional<std::string> read_month_marker(const fs::path& folder) {
    std::ifstream in(folder / marker_file_name, std::ios::binary);
    if (!in) return std::nullopt;
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.pop_back();
    return text;
}

MonthFolders month_folders(const fs::path& out_dir, const std::string& periode) {
    return MonthFolders{out_dir / periode, out_dir / ("." + periode + ".tmp"), out_dir / ("." + periode + ".old")};
}

FileRecord describe_file(std::string path, std::string_view bytes, int pages) {
    return FileRecord{std::move(path), static_cast<std::uint64_t>(bytes.size()), pages, sha256_hex(bytes)};
}

std::string Recovery::message() const {
    switch (action) {
        case Action::finished:
            return "arsip: pengarsipan bulan " + periode + " yang terputus telah diselesaikan";
        case Action::dropped:
            return "arsip: pengarsipan bulan " + periode +
                   " yang terputus dibatalkan; isi bulan itu tetap yang sebelumnya";
        case Action::restored:
            return "arsip: folder bulan " + periode + " yang sempat dipindahkan telah dikembalikan";
    }
    return "";
}

std::string VerifyProblem::message() const {
    static const std::map<Kind, std::string> text = {
        {Kind::missing, "berkas hilang"},
        {Kind::changed, "berkas berubah"},
        {Kind::unregistered_file, "berkas tidak tercatat di register arsip"},
        {Kind::unregistered_month, "folder bulan tidak tercatat di register arsip"},
        {Kind::damaged_register, "register arsip rusak: "},
        {Kind::pending_month, "pengarsipan bulan "},
    };
    std::string line = path.generic_string() + ": " + text.at(kind) + detail;
    if (kind == Kind::pending_month) {
        line += " terputus dan belum dipulihkan, jadi bulan itu tidak diperiksa (verify hanya membaca);"
                " 'kinerja run' berikutnya memulihkannya";
    }
    return line;
}

std::size_t VerifyReport::file_problems() const {
    return static_cast<std::size_t>(std::count_if(problems.begin(), problems.end(), [](const VerifyProblem& p) {
        return p.kind == VerifyProblem::Kind::missing || p.kind == VerifyProblem::Kind::changed;
    }));
}

struct Register::Impl {
    fs::path out_dir;
    fs::path db_path;
    OutLock lock;                    // held while the register is open
    bool read_only = false;
    std::optional<Session> session;  // closed before the lock is released
    std::vector<Recovery> recovered;

    Impl(fs::path out, OutLock held) : out_dir(out), db_path(out / register_file_name), lock(std::move(held)) {}
    ~Impl() { session.reset(); }

    Session& db() { return *session; }

    void require_writable() const {
        if (read_only) throw std::logic_error("arsip: register dibuka hanya untuk dibaca");
    }

    // The marker of a generation recorded in the register (see marker_text).
    std::string marker_of(std::int64_t generation) {
        std::vector<std::string> periode, path, sha256;
        std::vector<Poco::Int64> bytes;
        std::vector<int> pages;
        db() << "SELECT periode FROM generation WHERE id = ?", into(periode), bind(generation), now;
        if (periode.size() != 1) throw std::logic_error("arsip: generasi " + std::to_string(generation) + " tidak ada");
        db() << "SELECT path, bytes, pages, sha256 FROM file WHERE generation = ?", into(path), into(bytes),
            into(pages), into(sha256), bind(generation), now;
        std::vector<FileRecord> files;
        for (std::size_t i = 0; i < path.size(); ++i) {
            files.push_back(FileRecord{path.at(i), static_cast<std::uint64_t>(bytes.at(i)), pages.at(i), sha256.at(i)});
        }
        return month_marker(periode.front(), std::move(files));
    }

    NumberingState load_state(int tahun, const std::string& periode, int kapasitas) {
        NumberingState state;
        state.kapasitas_box = kapasitas;
        std::vector<int> nomor, box, terakhir;
        std::vector<std::string> nip;
        db() << "SELECT nomor, nip, box, item_terakhir FROM berkas WHERE tahun = ?", into(nomor), into(nip),
            into(box), into(terakhir), bind(tahun), now;
        for (std::size_t i = 0; i < nomor.size(); ++i) {
            state.berkas.push_back(KnownBerkas{nomor.at(i), nip.at(i), box.at(i), terakhir.at(i)});
        }
        // A document of the month is known by its file (month_documents()).
        std::vector<std::string> item_nip, item_file;
        std::vector<int> item_nomor;
        db() << "SELECT b.nip, f.path, i.nomor FROM item i JOIN berkas b ON b.id = i.berkas"
                " JOIN file f ON f.id = i.file"
                " JOIN generation g ON g.id = i.generation WHERE g.periode = ? AND g.state = 'current'",
            into(item_nip), into(item_file), into(item_nomor), bind(periode), now;
        for (std::size_t i = 0; i < item_nip.size(); ++i) {
            state.month_documents[{item_nip.at(i), item_file.at(i)}] = item_nomor.at(i);
        }
        return state;
    }

    // The year's berkas as filed in the months of `tahun` before `periode`: their items in
    // month order, each item's lembar as its month was printed, the settings of each berkas's
    // latest filing.
    std::map<int, compose::ArsipBerkas> earlier_berkas(int tahun, const std::string& periode) {
        std::vector<int> nomor, box, halaman, aktif, inaktif;
        std::vector<std::string> uraian, nip, bulan, kode, nasib, sisi, jenis;
        db() << "SELECT b.nomor, b.box, b.uraian, b.nip, g.periode, i.halaman, g.kode_klasifikasi,"
                " g.retensi_aktif, g.retensi_inaktif, g.nasib_akhir, g.sisi_cetak, i.jenis"
                " FROM item i JOIN berkas b ON b.id = i.berkas JOIN generation g ON g.id = i.generation"
                " WHERE g.state = 'current' AND b.tahun = ? AND g.periode < ? ORDER BY b.nomor, i.nomor",
            into(nomor), into(box), into(uraian), into(nip), into(bulan), into(halaman), into(kode), into(aktif),
            into(inaktif), into(nasib), into(sisi), into(jenis), bind(tahun), bind(periode), now;
        std::map<int, compose::ArsipBerkas> out;
        for (std::size_t i = 0; i < nomor.size(); ++i) {
            const Period month = checked_period(bulan.at(i));
            auto [it, opened] = out.try_emplace(nomor.at(i));
            compose::ArsipBerkas& b = it->second;
            if (opened) {
                b.berkas = nomor.at(i);
                b.box = box.at(i);
                b.uraian = uraian.at(i);
                b.nip = Nip{nip.at(i)};
                b.awal = month;
                b.akhir = month;
            }
            b.awal = std::min(b.awal, month);
            b.akhir = std::max(b.akhir, month);
            b.halaman.push_back(halaman.at(i));
            b.lembar.push_back(compose::lembar(halaman.at(i), checked_sisi_cetak(sisi.at(i)) == SisiCetak::dua));
            b.jenis.push_back(checked_jenis(jenis.at(i)));
            b.kode_klasifikasi = kode.at(i);
            b.retensi_aktif = aktif.at(i);
            b.retensi_inaktif = inaktif.at(i);
            b.nasib_akhir = checked_nasib_akhir(nasib.at(i));
        }
        return out;
    }

    void commit(std::int64_t generation) {
        Transaction t(db());
        std::vector<std::string> periode;
        db() << "SELECT periode FROM generation WHERE id = ? AND state = 'pending'", into(periode), bind(generation),
            now;
        if (periode.empty()) {
            throw std::logic_error("arsip: generasi " + std::to_string(generation) + " tidak sedang menunggu");
        }
        db() << "DELETE FROM generation WHERE periode = ? AND state = 'current'", bind(periode.front()), now;
        db() << "UPDATE generation SET state = 'current' WHERE id = ?", bind(generation), now;
        db() << "UPDATE berkas SET dibuka_oleh = NULL WHERE dibuka_oleh = ?", bind(generation), now;
        db() << "UPDATE berkas SET item_terakhir = max(item_terakhir,"
                " (SELECT max(i.nomor) FROM item i WHERE i.berkas = berkas.id AND i.generation = ?))"
                " WHERE id IN (SELECT berkas FROM item WHERE generation = ?)",
            bind(generation), bind(generation), now;
        // A berkas is titled after its first document: re-filing that month may correct the name.
        rows::title_berkas(db(), generation);
        t.commit();
    }

    void drop(std::int64_t generation) {
        Transaction t(db());
        db() << "DELETE FROM generation WHERE id = ? AND state = 'pending'", bind(generation), now;
        t.commit();
    }

    void recover() {
        std::vector<Poco::Int64> ids;
        std::vector<std::string> periodes;
        db() << "SELECT id, periode FROM generation WHERE state = 'pending' ORDER BY id", into(ids), into(periodes),
            now;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const std::string& periode = periodes.at(i);
            const MonthFolders f = month_folders(out_dir, periode);
            const std::string expected = marker_of(ids.at(i));
            std::error_code ec;
            if (read_month_marker(f.month) == expected) {
                commit(ids.at(i));
                recovered.push_back({periode, Recovery::Action::finished});
            } else if (!fs::exists(f.month, ec) && read_month_marker(f.staging) == expected) {
                // Killed between moving the old month aside and moving the new one in: the staged
                // month is complete (it was recorded only once everything was written).
                fs::rename(f.staging, f.month, ec);
                if (ec) throw io_error("gagal memindahkan", f.staging, ec);
                commit(ids.at(i));
                recovered.push_back({periode, Recovery::Action::finished});
            } else {
                drop(ids.at(i));
                recovered.push_back({periode, Recovery::Action::dropped});
            }
        }
        std::vector<std::string> filed;
        db() << "SELECT periode FROM generation WHERE state = 'current' ORDER BY periode", into(filed), now;
        for (const std::string& periode : filed) {
            const MonthFolders f = month_folders(out_dir, periode);
            std::error_code ec;
            const bool has_month = fs::exists(f.month, ec);
            if (!fs::exists(f.previous, ec)) continue;
            if (has_month) {
                fs::remove_all(f.previous, ec);  // left over once the new month was in place
                continue;
            }
            fs::rename(f.previous, f.month, ec);
            if (ec) throw io_error("gagal memindahkan", f.previous, ec);
            recovered.push_back({periode, Recovery::Action::restored});
        }
    }
};

Register::Register(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Register::Register(Register&&) noexcept = default;
Register& Register::operator=(Register&&) noexcept = default;
Register::~Register() = default;

namespace {

using State = RegisterCondition::State;

// Refuses a database open() must not use: a damaged one, and a database that is not a register
// while OUT holds filed months (an empty or new database becomes a register only in a new OUT).
void refuse_unusable(Session& db, const fs::path& out_dir, bool has_months) {
    const RegisterCondition c = check_register(db, true);
    if (c.state == State::damaged || (c.state == State::not_register && has_months)) {
        throw RegisterUnusable(RegisterUnusable::Reason::damaged, damaged_register_message(out_dir, c.detail));
    }
    if (c.state == State::newer) {
        throw RegisterUnusable(RegisterUnusable::Reason::newer, newer_register_message(out_dir, c.detail));
    }
}

// A transaction a killed process left: SQLite rolls it back on the next open to write; one
// opened read-only cannot (and must not) do that.
bool has_hot_journal(const fs::path& db) {
    std::error_code ec;
    const fs::path journal = db.string() + "-journal";
    return fs::is_regular_file(journal, ec) && fs::file_size(journal, ec) > 0;
}

}  // namespace

Register Register::open(const fs::path& out_dir) {
    std::error_code ec;
    fs::create_directories(out_dir, ec);
    if (ec) throw io_error("tidak dapat membuat folder", out_dir, ec);
    auto impl = std::make_unique<Impl>(out_dir, OutLock::take(out_dir, OutLock::Mode::exclusive));
    fs::remove(out_dir / old_lock_file_name, ec);  // a lock of older versions, locking nothing now
    const std::vector<std::string> months = month_folder_names(out_dir);
    const RegisterCondition file = look_at_register_file(impl->db_path);
    if (file.state == State::damaged) {
        throw RegisterUnusable(RegisterUnusable::Reason::damaged, damaged_register_message(out_dir, file.detail));
    }
    if (file.state != State::healthy && !months.empty()) {
        throw RegisterUnusable(RegisterUnusable::Reason::lost, lost_register_message(out_dir, file.state, months));
    }
    try {
        impl->session.emplace(open_database(impl->db_path, Access::read_write));
        if (file.state == State::healthy) refuse_unusable(impl->db(), out_dir, !months.empty());
        impl->db() << "PRAGMA foreign_keys = ON", now;
        impl->db() << "PRAGMA synchronous = FULL", now;
        migrate(impl->db(), register_migrations());
        std::vector<std::string> id;
        impl->db() << "SELECT value FROM meta WHERE key = 'register_id'", into(id), now;
        if (id.size() != 1 || id.front().empty()) throw std::runtime_error("register arsip tanpa identitas");
        impl->recover();
    } catch (const Poco::Exception& e) {
        throw_if_io_failure(e, impl->db_path);
        throw std::runtime_error(impl->db_path.string() + " bukan register arsip kinerja yang dapat dipakai: " +
                                 e.displayText());
    }
    return Register(std::move(impl));
}

Register Register::open_read_only(const fs::path& out_dir) {
    using Reason = RegisterUnusable::Reason;
    std::error_code ec;
    if (!fs::is_directory(out_dir, ec)) throw RegisterUnusable(Reason::not_found, register_not_found_message(out_dir));
    auto impl = std::make_unique<Impl>(out_dir, OutLock::take(out_dir, OutLock::Mode::shared));
    impl->read_only = true;
    const RegisterCondition file = look_at_register_file(impl->db_path);
    if (file.state == State::absent || file.state == State::empty) {
        const std::vector<std::string> months = month_folder_names(out_dir);
        if (months.empty()) throw RegisterUnusable(Reason::not_found, register_not_found_message(out_dir));
        throw RegisterUnusable(Reason::lost, lost_register_message(out_dir, file.state, months));
    }
    if (file.state == State::damaged) {
        throw RegisterUnusable(Reason::damaged, damaged_register_message(out_dir, file.detail));
    }
    if (has_hot_journal(impl->db_path)) {
        throw RegisterUnusable(Reason::interrupted,
                               impl->db_path.string() + ": transaksi register yang terputus belum dipulihkan (" +
                                   register_file_name.data() + "-journal); perintah ini hanya membaca; 'kinerja run'"
                                   " berikutnya memulihkannya");
    }
    try {
        impl->session.emplace(open_database(impl->db_path, Access::read_only));
        refuse_unusable(impl->db(), out_dir, true);
    } catch (const Poco::Exception& e) {
        throw_if_io_failure(e, impl->db_path);
        throw RegisterUnusable(Reason::damaged, damaged_register_message(out_dir, e.displayText()));
    }
    return Register(std::move(impl));
}

const std::vector<Recovery>& Register::recovered() const { return impl_->recovered; }

int Register::schema_version() const {
    try {
        return archive::schema_version(impl_->db());
    } catch (const Poco::Exception& e) {
        rethrow_database_error(e, impl_->db_path);
    }
}

MonthPlan Register::plan_month(Period period, Date tanggal, const ArsipSetting& arsip,
                               const std::vector<Filing>& filings) const {
    const std::vector<const Filing*> ordered = filing_order(period, filings);
    std::vector<MonthDocument> documents;
    for (const Filing* f : ordered) documents.push_back(MonthDocument{f->nip.digits, f->file});
    NumberingState state;
    std::map<int, compose::ArsipBerkas> earlier;
    try {
        state = impl_->load_state(period.year, period.iso(), arsip.kapasitas_box);
        earlier = impl_->earlier_berkas(period.year, period.iso());
    } catch (const Poco::Exception& e) {
        rethrow_database_error(e, impl_->db_path);
    }
    const std::vector<Numbers> numbers = assign_document_numbers(state, documents);

    MonthPlan plan{period, tanggal, arsip, {}, boxes_used(period.year, state, numbers), {}};
    for (std::size_t i = 0; i < ordered.size(); ++i) {
        const Filing& f = *ordered[i];
        const Numbers& n = numbers.at(i);
        plan.entries.push_back(compose::ArsipEntry{period, 0, arsip.kode_klasifikasi, n.box, n.berkas, n.item,
                                                   item_uraian(f, period), f.nip, f.nama, tanggal, f.halaman,
                                                   arsip.retensi_aktif, arsip.retensi_inaktif, f.file, f.sha256,
                                                   jenis_of(f)});
    }
    std::stable_sort(plan.entries.begin(), plan.entries.end(),
                     [](const compose::ArsipEntry& a, const compose::ArsipEntry& b) {
                         return std::pair(a.berkas, a.item) < std::pair(b.berkas, b.item);
                     });
    for (std::size_t i = 0; i < plan.entries.size(); ++i) plan.entries[i].no = static_cast<int>(i) + 1;
    plan.berkas = year_berkas(std::move(earlier), plan);
    fill_box_kinds(plan.boxes, plan.berkas);
    return plan;
}

PendingMonth Register::stage_month(const MonthPlan& plan, const std::vector<FileRecord>& files,
                                   const fs::path& staging_dir, const std::vector<PrintedSkp>& printed_skp) {
    rows::check_month_content(plan.entries, files);
    rows::check_printed_skp(printed_skp, plan.period.year, files, false);
    Impl& m = *impl_;
    m.require_writable();
    const std::string periode = plan.period.iso();
    const int tahun = plan.period.year;
    std::int64_t generation = 0;
    try {
        Transaction t(m.db());
        Poco::Int64 pending = 0;
        m.db() << "SELECT count(*) FROM generation WHERE state = 'pending'", into(pending), now;
        if (pending != 0) throw std::logic_error("arsip: masih ada pengarsipan lain yang menunggu");

        // The plan was made from the register as it was; it must still hold.
        std::vector<MonthDocument> documents;
        for (const compose::ArsipEntry& e : plan.entries) documents.push_back(MonthDocument{e.nip.digits, e.file});
        const std::vector<Numbers> numbers =
            assign_document_numbers(m.load_state(tahun, periode, plan.arsip.kapasitas_box), documents);
        for (std::size_t i = 0; i < numbers.size(); ++i) {
            const compose::ArsipEntry& e = plan.entries.at(i);
            const Numbers& n = numbers[i];
            if (n.box != e.box || n.berkas != e.berkas || n.item != e.item) {
                throw std::logic_error("arsip: register berubah sejak nomor dokumen bulan " + periode + " dibagikan");
            }
        }

        generation = rows::insert_generation(m.db(), periode, "pending", plan.tanggal, plan.arsip);
        std::vector<const compose::ArsipEntry*> opening;
        for (std::size_t i = 0; i < numbers.size(); ++i) {
            if (numbers[i].new_berkas) opening.push_back(&plan.entries.at(i));
        }
        rows::insert_berkas(m.db(), tahun, generation, opening);
        rows::insert_files(m.db(), generation, files);
        rows::insert_items(m.db(), generation, tahun, plan.entries);
        rows::insert_printed_skp(m.db(), generation, printed_skp);
        t.commit();
    } catch (const Poco::Exception& e) {
        rethrow_database_error(e, m.db_path);
    }

    PendingMonth pending{generation, periode};
    try {
        WriteBehind().write_file(staging_dir / marker_file_name, month_marker(periode, files) + '\n');
    } catch (...) {  // IoError, with its cause
        drop_month(pending);
        throw;
    }
    return pending;
}

void Register::commit_month(const PendingMonth& pending) {
    impl_->require_writable();
    try {
        impl_->commit(pending.generation);
    } catch (const Poco::Exception& e) {
        rethrow_database_error(e, impl_->db_path);
    }
}

void Register::drop_month(const PendingMonth& pending) {
    impl_->require_writable();
    try {
        impl_->drop(pending.generation);
    } catch (const Poco::Exception& e) {
        rethrow_database_error(e, impl_->db_path);
    }
}

std::vector<compose::ArsipEntry> Register::list(std::optional<Period> period) const {
    Impl& m = *impl_;
    std::vector<compose::ArsipEntry> out;
    try {
        std::vector<Poco::Int64> ids;
        std::vector<std::string> periodes, kode;
        std::vector<int> aktif, inaktif;
        const std::string wanted = period ? period->iso() : std::string();
        m.db() << "SELECT id, periode, kode_klasifikasi, retensi_aktif, retensi_inaktif FROM generation"
                  " WHERE state = 'current' AND (? = '' OR periode = ?) ORDER BY periode",
            into(ids), into(periodes), into(kode), into(aktif), into(inaktif), bind(wanted), bind(wanted), now;
        for (std::size_t g = 0; g < ids.size(); ++g) {
            const Period p = checked_period(periodes.at(g));
            std::vector<int> box, berkas, item, halaman;
            std::vector<std::string> uraian, nip, nama, tanggal, file, sha256, jenis;
            m.db() << "SELECT b.box, b.nomor, i.nomor, i.uraian, b.nip, i.nama, i.tanggal, i.halaman, f.path, f.sha256,"
                      " i.jenis FROM item i JOIN berkas b ON b.id = i.berkas JOIN file f ON f.id = i.file"
                      " WHERE i.generation = ? ORDER BY b.nomor, i.nomor",
                into(box), into(berkas), into(item), into(uraian), into(nip), into(nama), into(tanggal),
                into(halaman), into(file), into(sha256), into(jenis), bind(ids.at(g)), now;
            for (std::size_t i = 0; i < box.size(); ++i) {
                out.push_back(compose::ArsipEntry{p, static_cast<int>(i) + 1, kode.at(g), box.at(i), berkas.at(i),
                                                  item.at(i), uraian.at(i), Nip{nip.at(i)}, nama.at(i),
                                                  checked_date(tanggal.at(i)), halaman.at(i), aktif.at(g),
                                                  inaktif.at(g), file.at(i), sha256.at(i),
                                                  checked_jenis(jenis.at(i))});
            }
        }
    } catch (const Poco::Exception& e) {
        rethrow_database_error(e, m.db_path);
    }
    return out;
}

std::vector<bool> Register::skp_to_print(Period period, const std::vector<SkpContent>& skps) const {
    Impl& m = *impl_;
    // The content of each NIP's SKP as the latest earlier month of the year printed it ("" when
    // not known); months ascending, so a later one overwrites.
    std::map<std::string, std::string> last;
    try {
        std::vector<std::string> nip, sha256;
        m.db() << "SELECT s.nip, ifnull(s.sha256, '') FROM skp_dicetak s JOIN generation g ON g.id = s.generation"
                  " WHERE g.state = 'current' AND s.tahun = ? AND g.periode < ? ORDER BY g.periode",
            into(nip), into(sha256), bind(period.year), bind(period.iso()), now;
        for (std::size_t i = 0; i < nip.size(); ++i) last[nip.at(i)] = sha256.at(i);
    } catch (const Poco::Exception& e) {
        rethrow_database_error(e, m.db_path);
    }
    std::vector<bool> print;
    for (const SkpContent& s : skps) {
        const auto found = last.find(s.nip.digits);
        print.push_back(found == last.end() || found->second.empty() || found->second != s.sha256);
    }
    return print;
}

std::vector<PrintedSkp> Register::printed_skp(Period period) const {
    Impl& m = *impl_;
    std::vector<PrintedSkp> out;
    try {
        std::vector<std::string> nip, path, sha256;
        std::vector<int> tahun;
        m.db() << "SELECT s.nip, s.tahun, f.path, ifnull(s.sha256, '') FROM skp_dicetak s"
                  " JOIN generation g ON g.id = s.generation JOIN file f ON f.id = s.file"
                  " WHERE g.state = 'current' AND g.periode = ? ORDER BY s.nip",
            into(nip), into(tahun), into(path), into(sha256), bind(period.iso()), now;
        for (std::size_t i = 0; i < nip.size(); ++i) {
            out.push_back(PrintedSkp{Nip{nip.at(i)}, tahun.at(i), path.at(i), sha256.at(i)});
        }
    } catch (const Poco::Exception& e) {
        rethrow_database_error(e, m.db_path);
    }
    return out;
}

std::vector<FileRecord> Register::files(Period period) const {
    Impl& m = *impl_;
    std::vector<FileRecord> out;
    try {
        std::vector<std::string> path, sha256;
        std::vector<Poco::Int64> bytes;
        std::vector<int> pages;
        m.db() << "SELECT f.path, f.bytes, f.pages, f.sha256 FROM file f JOIN generation g ON g.id = f.generation"
                  " WHERE g.state = 'current' AND g.periode = ? ORDER BY f.path",
            into(path), into(bytes), into(pages), into(sha256), bind(period.iso()), now;
        for (std::size_t i = 0; i < path.size(); ++i) {
            out.push_back(FileRecord{path.at(i), static_cast<std::uint64_t>(bytes.at(i)), pages.at(i), sha256.at(i)});
        }
    } catch (const Poco::Exception& e) {
        rethrow_database_error(e, m.db_path);
    }
    return out;
}

namespace {

// The months with a generation in `state` ("pending", "current"), ascending.
std::vector<std::string> months_in_state(Session& db, const fs::path& db_path, const std::string& state) {
    std::vector<std::string> periodes;
    try {
        db << "SELECT DISTINCT periode FROM generation WHERE state = ? ORDER BY periode", into(periodes), bind(state),
            now;
    } catch (const Poco::Exception& e) {
        rethrow_database_error(e, db_path);
    }
    return periodes;
}

}  // namespace

std::vector<std::string> Register::pending_months() const {
    return months_in_state(impl_->db(), impl_->db_path, "pending");
}

std::vector<std::string> Register::filed_months() const {
    return months_in_state(impl_->db(), impl_->db_path, "current");
}

namespace {

// The files under `folder` (any depth; a symbolic link counted as a file, never followed), as
// '/'-separated paths relative to it. Throws IoError when the folder cannot be read.
std::vector<std::string> files_under(const fs::path& folder) {
    std::vector<std::string> found;
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) return found;
    fs::recursive_directory_iterator it(folder, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        if (it->is_symlink(ec) || !it->is_directory(ec)) {
            found.push_back(it->path().lexically_relative(folder).generic_string());
        }
    }
    if (ec) throw io_error("tidak dapat membaca folder", folder, ec);
    return found;
}

}  // namespace

void Register::verify_month(const std::string& periode, VerifyReport& report) const {
    using Kind = VerifyProblem::Kind;
    const fs::path folder = impl_->out_dir / periode;
    std::vector<VerifyProblem> found;
    std::set<std::string> known{std::string(marker_file_name)};
    for (const FileRecord& f : files(checked_period(periode))) {
        ++report.files;
        known.insert(f.path);
        const fs::path path = folder / fs::path(f.path);
        const std::optional<FileHash> now_hash = hash_file(path);
        if (!now_hash) {
            found.push_back(VerifyProblem{path, Kind::missing, ""});
        } else if (now_hash->sha256 != f.sha256 || now_hash->bytes != f.bytes) {
            found.push_back(VerifyProblem{path, Kind::changed, ""});
        }
    }
    for (const std::string& path : files_under(folder)) {
        if (!known.count(path)) found.push_back(VerifyProblem{folder / fs::path(path), Kind::unregistered_file, ""});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const VerifyProblem& a, const VerifyProblem& b) { return a.path < b.path; });
    report.problems.insert(report.problems.end(), found.begin(), found.end());
}

VerifyReport Register::verify() const {
    using Kind = VerifyProblem::Kind;
    Impl& m = *impl_;
    VerifyReport report;
    std::vector<std::string> damage;
    try {
        damage = database_problems(m.db(), false);
    } catch (const Poco::Exception& e) {  // locked, or the disk failed: no damage
        rethrow_database_error(e, m.db_path);
    }
    for (const std::string& line : damage) {
        report.problems.push_back(VerifyProblem{m.db_path, Kind::damaged_register, line});
    }
    if (!report.problems.empty()) return report;  // nothing the register says can be trusted
    std::vector<std::string> filed;
    try {
        m.db() << "SELECT periode FROM generation WHERE state = 'current' ORDER BY periode", into(filed), now;
    } catch (const Poco::Exception& e) {
        rethrow_database_error(e, m.db_path);
    }
    const std::vector<std::string> pending = pending_months();
    for (const std::string& periode : pending) {
        report.problems.push_back(VerifyProblem{m.db_path, Kind::pending_month, periode});
    }
    std::set<std::string> months(filed.begin(), filed.end());
    for (const std::string& folder : month_folder_names(m.out_dir)) months.insert(folder);
    for (const std::string& periode : months) {
        if (std::find(pending.begin(), pending.end(), periode) != pending.end()) continue;
        if (std::binary_search(filed.begin(), filed.end(), periode)) {
            ++report.months;
            verify_month(periode, report);
        } else {
            report.problems.push_back(VerifyProblem{m.out_dir / periode, Kind::unregistered_month, ""});
        }
    }
    return report;
}

}  // namespace kinerja::archive
