#include "archive/register_file.hpp"

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <iterator>
#include <mutex>
#include <optional>
#include <system_error>

#include <Poco/Data/DataException.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/SQLite/SQLiteException.h>
#include <Poco/Exception.h>

#include "archive/migrations.hpp"
#include "archive/register.hpp"
#include "load/io_error.hpp"
#include "model/calendar.hpp"

namespace kinerja::archive {

namespace fs = std::filesystem;
using namespace Poco::Data::Keywords;

namespace {

// Seconds SQLite retries an open that fails and waits on a database another connection has
// locked. The OutLock keeps other kinerja processes out, so this only bounds how long a
// register that cannot be opened at all (no permission) takes to say so.
constexpr std::size_t open_timeout_seconds = 2;

// A path as an SQLite URI (https://sqlite.org/uri.html): absolute, every byte but the
// unreserved ones and '/' percent-encoded, so that '?', '#' and '%' in a folder name stay
// part of the name.
std::string sqlite_uri(const fs::path& db, Access access) {
    static const char hex[] = "0123456789ABCDEF";
    std::string uri = "file://";
    for (unsigned char c : fs::absolute(db).lexically_normal().string()) {
        const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                           c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
        if (plain) {
            uri += static_cast<char>(c);
        } else {
            uri += '%';
            uri += hex[c >> 4];
            uri += hex[c & 0xF];
        }
    }
    return uri + (access == Access::read_only ? "?mode=ro" : "?mode=rwc");
}

// "2024-03, 2024-04" or, for more than three, "2024-01 … 2025-06 (18 bulan)".
std::string months_text(const std::vector<std::string>& months) {
    if (months.size() > 3) {
        return months.front() + " \u2026 " + months.back() + " (" + std::to_string(months.size()) + " bulan)";
    }
    std::string text;
    for (const std::string& m : months) text += (text.empty() ? "" : ", ") + m;
    return text;
}

std::string rebuild_hint(const fs::path& out_dir) {
    return "kembalikan arsip.db dari cadangan, atau jalankan 'kinerja archive rebuild DATA_DIR --out " +
           out_dir.string() + "' untuk membangunnya ulang dari folder bulan";
}

std::string joined(const std::vector<std::string>& lines) {
    std::string text;
    const std::size_t shown = std::min<std::size_t>(lines.size(), 3);
    for (std::size_t i = 0; i < shown; ++i) text += (i ? "; " : "") + lines[i];
    if (lines.size() > shown) text += "; \u2026";
    return text;
}

template <typename Kind>
bool is(const Poco::Exception& e) {
    return dynamic_cast<const Kind*>(&e) != nullptr;
}

// The bytes of a regular file; nullopt when there is none.
std::optional<std::string> read_whole(const fs::path& path) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

std::vector<std::string> month_folder_names(const fs::path& out_dir) {
    std::vector<std::string> months;
    std::error_code ec;
    fs::directory_iterator it(out_dir, ec);
    if (ec == std::errc::no_such_file_or_directory) return months;
    if (ec) throw io_error("tidak dapat membaca folder", out_dir, ec);
    for (const fs::directory_entry& entry : it) {
        const std::string name = entry.path().filename().string();
        const std::optional<Period> period = parse_period(name);
        if (period && period->iso() == name && entry.is_directory(ec)) months.push_back(name);
    }
    std::sort(months.begin(), months.end());
    return months;
}

Poco::Data::Session open_database(const fs::path& db, Access access) {
    static std::once_flag once;
    std::call_once(once, [] { Poco::Data::SQLite::Connector::registerConnector(); });
    return Poco::Data::Session("SQLite", sqlite_uri(db, access), open_timeout_seconds);
}

std::optional<std::string> database_io_cause(const Poco::Exception& e) {
    namespace sqlite = Poco::Data::SQLite;
    if (is<sqlite::DatabaseFullException>(e)) return io_cause(ENOSPC);
    if (is<sqlite::IOErrorException>(e)) return io_cause(EIO);
    if (is<sqlite::ReadOnlyException>(e)) {
        return "tidak dapat ditulis: berkas atau sistem berkasnya hanya-baca; periksa hak aksesnya, atau pilih"
               " folder lain dengan --out";
    }
    if (is<sqlite::DBAccessDeniedException>(e)) return io_cause(EACCES);
    if (is<sqlite::DBLockedException>(e) || is<sqlite::TableLockedException>(e) ||
        is<sqlite::LockProtocolException>(e)) {
        return "sedang dikunci program lain (mis. aplikasi pembuka basis data); tutup program itu lalu jalankan lagi";
    }
    if (is<sqlite::CantOpenDBFileException>(e) || is<Poco::Data::ConnectionFailedException>(e)) {
        return "tidak dapat dibuka: foldernya tidak ada atau tidak dapat dibaca, atau izin ditolak";
    }
    return std::nullopt;
}

void throw_if_io_failure(const Poco::Exception& e, const fs::path& db) {
    if (const std::optional<std::string> cause = database_io_cause(e)) {
        throw IoError("register arsip " + db.string() + ": " + *cause);
    }
}

std::vector<std::string> database_problems(Poco::Data::Session& session, bool quick) {
    std::vector<std::string> lines;
    try {
        session << (quick ? "PRAGMA quick_check" : "PRAGMA integrity_check"), into(lines), now;
        if (lines == std::vector<std::string>{"ok"}) lines.clear();
        if (!lines.empty() || quick) return lines;
        session << "SELECT 'tabel ' || \"table\" || ' baris ' || ifnull(rowid, '?') || ' merujuk ' || parent ||"
                   " ' yang tidak ada' FROM pragma_foreign_key_check",
            into(lines), now;
    } catch (const Poco::Exception& e) {
        if (database_io_cause(e)) throw;
        lines = {e.displayText()};
    }
    return lines;
}

RegisterCondition check_register(Poco::Data::Session& session, bool quick) {
    const std::vector<std::string> problems = database_problems(session, quick);
    if (!problems.empty()) return {RegisterCondition::State::damaged, joined(problems)};
    const int version = schema_version(session);
    const int latest = static_cast<int>(register_migrations().size());
    if (version == 0) return {RegisterCondition::State::not_register, "bukan register arsip kinerja (versi skema 0)"};
    if (version > latest) return {RegisterCondition::State::newer, "versi " + std::to_string(version)};
    std::vector<std::string> id;
    session << "SELECT value FROM meta WHERE key = 'register_id'", into(id), now;
    if (id.size() != 1 || id.front().empty()) return {RegisterCondition::State::damaged, "register tanpa identitas"};
    return {RegisterCondition::State::healthy, ""};
}

RegisterCondition look_at_register_file(const fs::path& db) {
    std::error_code ec;
    const fs::file_status status = fs::status(db, ec);
    if (!fs::exists(status)) return {RegisterCondition::State::absent, ""};
    if (!fs::is_regular_file(status)) return {RegisterCondition::State::damaged, "bukan berkas biasa"};
    const std::uintmax_t size = fs::file_size(db, ec);
    if (ec) throw io_error("tidak dapat membaca", db, ec);
    if (size == 0) return {RegisterCondition::State::empty, ""};
    return {RegisterCondition::State::healthy, ""};
}

RegisterCondition inspect_register(const fs::path& out_dir) {
    const fs::path db = out_dir / register_file_name;
    const RegisterCondition file = look_at_register_file(db);
    if (file.state != RegisterCondition::State::healthy) return file;
    // SQLite rolls a hot journal back, and deletes one it finds stale. Beside a register that
    // turns out damaged, the journal is part of the evidence: it is put back as it was found.
    const fs::path journal = db.string() + "-journal";
    const std::optional<std::string> journal_bytes = read_whole(journal);
    RegisterCondition condition;
    try {
        Poco::Data::Session session = open_database(db, Access::read_write);
        condition = check_register(session, false);
    } catch (const Poco::Exception& e) {
        throw_if_io_failure(e, db);
        condition = {RegisterCondition::State::damaged, e.displayText()};
    }
    std::error_code ec;
    const bool usable = condition.state == RegisterCondition::State::healthy ||
                        condition.state == RegisterCondition::State::newer;
    if (!usable && journal_bytes && !fs::exists(journal, ec)) {
        std::ofstream(journal, std::ios::binary) << *journal_bytes;
    }
    return condition;
}

std::string lost_register_message(const fs::path& out_dir, RegisterCondition::State state,
                                  const std::vector<std::string>& months) {
    const std::string what =
        state == RegisterCondition::State::empty ? "register arsip kosong (0 byte)" : "register arsip tidak ada";
    return (out_dir / register_file_name).string() + ": " + what + ", padahal " + out_dir.string() +
           " berisi folder bulan yang sudah diarsipkan (" + months_text(months) +
           "); tanpa register bulan-bulan itu terlupakan dan nomor berkas mulai lagi dari 1; " +
           rebuild_hint(out_dir);
}

std::string register_not_found_message(const fs::path& out_dir) {
    return (out_dir / register_file_name).string() +
           ": register arsip tidak ditemukan (periksa --out, atau jalankan 'kinerja run' dulu)";
}

std::string newer_register_message(const fs::path& out_dir, const std::string& detail) {
    return (out_dir / register_file_name).string() + ": register arsip " + detail +
           " dibuat oleh kinerja yang lebih baru; pakai kinerja versi itu";
}

std::string damaged_register_message(const fs::path& out_dir, const std::string& detail) {
    return (out_dir / register_file_name).string() + ": register arsip rusak (" + detail + "); " +
           rebuild_hint(out_dir) + " (yang rusak disimpan sebagai arsip.db.rusak-N)";
}

}  // namespace kinerja::archive
