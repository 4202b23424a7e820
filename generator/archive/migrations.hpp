// The register's schema and how an older register file is brought up to date. The version is
// SQLite's `PRAGMA user_version`: 0 for a new (empty) file, n once the first n steps are applied.
// To change the schema, append one step; never edit a step that has shipped.
#pragma once

#include <string>
#include <vector>

namespace Poco::Data {
class Session;
}

namespace kinerja::archive {

struct Migration {
    int version = 0;                      // the version after this step: 1, 2, … in order
    std::string description;              // what it changes, for people reading the code
    std::vector<std::string> statements;  // SQL, run in order inside one transaction
};

// The register's steps: version 1 creates every table; 2 adds each filing's nasib akhir; 3 its
// print sides; 4 lets a berkas hold several items of one month and keeps each item's kind; 5
// keeps the SKPs each filing printed (PermenPANRB 6/2022).
const std::vector<Migration>& register_migrations();

// The version the database is at.
int schema_version(Poco::Data::Session& session);

// Applies the steps the database lacks, each in its own transaction together with the new
// version number, so a failure or kill leaves the previous version intact. Returns the
// version reached. Throws std::invalid_argument when `steps` is not numbered 1, 2, … and
// std::runtime_error (Bahasa Indonesia) when the database is newer than the steps know.
int migrate(Poco::Data::Session& session, const std::vector<Migration>& steps);

}  // namespace kinerja::archive
