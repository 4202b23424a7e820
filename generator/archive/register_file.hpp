// OUT/arsip.db as a file, and the month folders beside it: whether the register is there and
// is one, what to tell the office when it is not, and opening its database to read only or to
// write. Register (register.hpp) and the rebuild (rebuild.hpp) open the database through here.
//
// An office's filed months are its legal record, and the register is what numbers them: a
// register that is missing, empty or damaged while month folders exist must never be replaced
// silently by a new one (earlier months forgotten, berkas numbers starting again at 1). Only a
// brand-new OUT, without month folders, gets a new register.
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <Poco/Data/Session.h>

namespace kinerja::archive {

// A register that cannot be used as it is. what(): one line in Bahasa Indonesia,
// "OUT/arsip.db: <what happened>; <what to do>".
class RegisterUnusable : public std::runtime_error {
public:
    enum class Reason {
        not_found,    // no register and no month folder: nothing filed here (or a wrong --out)
        lost,         // missing or empty while OUT holds month folders
        damaged,      // damaged, or not a register, while OUT holds month folders
        newer,        // made by a newer kinerja
        interrupted,  // a transaction a killed process left in arsip.db-journal (read-only open)
    };
    RegisterUnusable(Reason reason, const std::string& message) : std::runtime_error(message), reason_(reason) {}
    Reason reason() const { return reason_; }

private:
    Reason reason_;
};

// The names of OUT's month folders: folders named YYYY-MM (a valid period), ascending. Empty
// when OUT does not exist. Throws std::runtime_error when OUT cannot be read.
std::vector<std::string> month_folder_names(const std::filesystem::path& out_dir);

// What OUT holds where the register should be.
struct RegisterCondition {
    enum class State {
        absent,   // no OUT/arsip.db
        empty,    // 0 bytes
        damaged,       // not an SQLite database, or SQLite finds it damaged
        not_register,  // an SQLite database without the register's schema (version 0)
        newer,         // a register of a later schema than this program knows
        healthy,       // a register this program can use (it may hold a filing a killed run left)
    };
    State state = State::absent;
    std::string detail;  // damaged: what is wrong (SQLite's words); newer: the version
};

// The register's file without opening it: absent, empty, damaged (not a regular file), or
// healthy meaning only that it has bytes to look at. Throws IoError when its size cannot be
// read.
RegisterCondition look_at_register_file(const std::filesystem::path& db);

// Looks at OUT/arsip.db thoroughly (PRAGMA integrity_check), as the rebuild must before it
// sets a register aside. Opens it to write, so SQLite rolls back what a killed process left
// in its journal (a journal beside a register found damaged is left as it was found): call
// only while holding the exclusive OutLock. Throws IoError when the file cannot be read at
// all, or SQLite cannot for a cause database_io_cause names.
RegisterCondition inspect_register(const std::filesystem::path& out_dir);

enum class Access {
    read_only,   // SQLite's mode=ro: no file is created or written, no journal rolled back
    read_write,  // created when missing
};

// The database at `db` (a Poco::Data SQLite session through a file: URI). Throws
// Poco::Exception when SQLite cannot open it.
Poco::Data::Session open_database(const std::filesystem::path& db, Access access);

// The cause, in Bahasa Indonesia, of a database failure that lies with the disk or with another
// program rather than with the register or this one: disk full, read-only, a device error,
// locked by another program, cannot be opened. nullopt for any other failure.
std::optional<std::string> database_io_cause(const Poco::Exception& e);

// Throws IoError (load/io_error.hpp) "register arsip DB: <cause>" when database_io_cause(e)
// names a cause; returns otherwise.
void throw_if_io_failure(const Poco::Exception& e, const std::filesystem::path& db);

// What SQLite finds wrong with the database, one line each; empty when nothing. `quick`: PRAGMA
// quick_check (the b-trees, linear in the file's size: what a run affords at every start);
// else PRAGMA integrity_check (indexes against their tables too) and PRAGMA foreign_key_check.
// A database SQLite cannot read at all gives one line with its error; a failure
// database_io_cause names (locked, disk full, a device error) is no damage and is rethrown.
std::vector<std::string> database_problems(Poco::Data::Session& session, bool quick);

// The database as a register: damaged when database_problems(session, quick) finds anything
// or it has no register_id, not_register when its schema version is 0, newer when its version
// is above this program's; else healthy. Throws Poco::Exception when
// the database cannot be read.
RegisterCondition check_register(Poco::Data::Session& session, bool quick);

// The register's file is missing or empty while OUT holds filed months (`months`, ascending).
std::string lost_register_message(const std::filesystem::path& out_dir, RegisterCondition::State state,
                                  const std::vector<std::string>& months);
// The register's file is damaged (`detail`: what SQLite said).
std::string damaged_register_message(const std::filesystem::path& out_dir, const std::string& detail);
// OUT holds neither a register nor a month folder.
std::string register_not_found_message(const std::filesystem::path& out_dir);
// A register newer than this program (`detail`: "versi N").
std::string newer_register_message(const std::filesystem::path& out_dir, const std::string& detail);

}  // namespace kinerja::archive
