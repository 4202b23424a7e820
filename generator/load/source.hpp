// Where input came from, and the problems found in it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

// A place in an input file.
struct SourceLoc {
    std::string file;  // as the user named it, or relative to DATA_DIR ("pegawai.csv", "sop/x.xml")
    int line = 0;      // 1-based line of the CSV row or XML element; 0 = the file as a whole

    // Where a value came from is not part of its identity: the same data read from CSV or
    // from XML compares equal.
    friend bool operator==(const SourceLoc&, const SourceLoc&) { return true; }
};

// One input problem: printed as `FILE:LINE: field: message`, message in Bahasa Indonesia.
struct Diagnostic {
    std::string file;
    int line = 0;
    std::string field;    // column or attribute name, or a word for the whole record ("baris")
    std::string message;  // Bahasa Indonesia, no trailing period

    // "pegawai.csv:4: nip: ...", one line: control characters escaped (\x1b, text_encoding.hpp),
    // so that no text quoted from the input can ring the bell or move the cursor.
    std::string str() const;
    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

// Every problem of a run, collected rather than thrown (a bad record is reported and skipped).
class Diagnostics {
public:
    void add(const SourceLoc& at, std::string field, std::string message);
    void add(std::string file, int line, std::string field, std::string message);
    // A problem with a whole file (missing, unreadable, wrong encoding, not XML, no header with
    // the required columns, cut short): reported like any other, and counted, since `run` then
    // writes nothing (DESIGN section 3).
    void add_file_problem(std::string file, int line, std::string field, std::string message);
    void add_file_problem(const SourceLoc& at, std::string field, std::string message);
    std::size_t file_problems() const { return file_problems_; }
    // Whether a problem with the whole of `file` was reported: what refers to its records is then
    // left out without a message of its own (the file's problem is the cause).
    bool has_file_problem(std::string_view file) const;

    // A warning (DESIGN section 8.5): printed as `FILE:LINE: field: peringatan: message`, never
    // a problem: it changes no exit code and --strict does not stop on it.
    void add_warning(std::string file, int line, std::string field, std::string message);
    // The warnings, ordered as sorted() orders problems.
    std::vector<Diagnostic> sorted_warnings() const;

    bool empty() const { return items_.empty(); }
    std::size_t size() const { return items_.size(); }
    const std::vector<Diagnostic>& items() const { return items_; }

    // Problems ordered by file, then line, keeping the order they were found within a line; the
    // problems with whole files come first (the root cause, before what it causes).
    std::vector<Diagnostic> sorted() const;
    // Number of problems reported for one file at one line (used to skip bad records).
    std::size_t count_at(const std::string& file, int line) const;

private:
    std::vector<Diagnostic> items_;
    std::vector<bool> whole_file_;   // per item of items_: added by add_file_problem
    std::size_t file_problems_ = 0;  // of items_, those added by add_file_problem
    std::vector<Diagnostic> warnings_;
};

}  // namespace kinerja
