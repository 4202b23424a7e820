// The rows of one month in the register's tables (migrations.cpp), written the same way when
// a run files the month (register.cpp) and when a rebuild restores it (rebuild.cpp). Each
// function binds columns of values and runs one statement for them all: thousands of rows a
// month, and Poco::Data compiles a statement once per execute. Inside the caller's
// transaction; Poco::Exception on failure.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <Poco/Data/Session.h>

#include "archive/register.hpp"
#include "compose/arsip.hpp"
#include "model/dataset.hpp"

namespace kinerja::archive::rows {

// A month's files and documents as the register takes them: every path relative, inside the
// month folder, given once, with a SHA-256 and pages >= 0; every document's file among them.
// Throws std::invalid_argument (Bahasa Indonesia) naming the first that is not.
void check_month_content(const std::vector<compose::ArsipEntry>& entries, const std::vector<FileRecord>& files);

// A new generation of `periode` ('pending' or 'current'); returns its id.
std::int64_t insert_generation(Poco::Data::Session& db, const std::string& periode, const std::string& state,
                               const Date& tanggal, const ArsipSetting& arsip);

// New berkas of year `tahun`, one per entry given (its berkas number, box, nip and nama; titled
// after its kind), opened by `generation`.
void insert_berkas(Poco::Data::Session& db, int tahun, std::int64_t generation,
                   const std::vector<const compose::ArsipEntry*>& opening);

// Every file of the generation.
void insert_files(Poco::Data::Session& db, std::int64_t generation, const std::vector<FileRecord>& files);

// The generation's items: each entry in the berkas (tahun, entry.berkas), its file the
// generation's file at entry.file (which must be inserted first).
void insert_items(Poco::Data::Session& db, std::int64_t generation, int tahun,
                  const std::vector<compose::ArsipEntry>& entries);

// Titles berkas after their first item (its nama and kind, archive/filing_text.hpp): with
// `generation` > 0 the berkas whose item 1 that generation holds, with 0 every berkas, after
// its lowest item.
void title_berkas(Poco::Data::Session& db, std::int64_t generation);

// The SKPs a month printed as the register takes them: a valid NIP, each NIP once, `tahun` the
// month's year, a SHA-256 (or empty when `allow_unknown`: a rebuild), the file among `files`.
// Throws std::invalid_argument (Bahasa Indonesia) naming the first that is not.
void check_printed_skp(const std::vector<PrintedSkp>& skp, int tahun, const std::vector<FileRecord>& files,
                       bool allow_unknown);

// The generation's printed SKPs, an empty sha256 stored as NULL; each one's file the
// generation's file at skp.file (which must be inserted first).
void insert_printed_skp(Poco::Data::Session& db, std::int64_t generation, const std::vector<PrintedSkp>& skp);

}  // namespace kinerja::archive::rows
