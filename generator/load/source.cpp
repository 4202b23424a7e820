#include "load/source.hpp"

#include <algorithm>

#include "load/text_encoding.hpp"

namespace kinerja {

std::string Diagnostic::str() const {
    // Whatever of the input the parts quote, none reaches a terminal as a control character.
    return escape_controls(file + ":" + std::to_string(line) + ": " + field + ": " + message);
}

void Diagnostics::add(const SourceLoc& at, std::string field, std::string message) {
    add(at.file, at.line, std::move(field), std::move(message));
}

void Diagnostics::add(std::string file, int line, std::string field, std::string message) {
    items_.push_back(Diagnostic{std::move(file), line, std::move(field), std::move(message)});
    whole_file_.push_back(false);
}

void Diagnostics::add_file_problem(std::string file, int line, std::string field, std::string message) {
    add(std::move(file), line, std::move(field), std::move(message));
    whole_file_.back() = true;
    ++file_problems_;
}

bool Diagnostics::has_file_problem(std::string_view file) const {
    for (std::size_t i = 0; i < items_.size(); ++i) {
        if (whole_file_[i] && items_[i].file == file) return true;
    }
    return false;
}

void Diagnostics::add_file_problem(const SourceLoc& at, std::string field, std::string message) {
    add_file_problem(at.file, at.line, std::move(field), std::move(message));
}

namespace {

std::vector<Diagnostic> by_file_and_line(std::vector<Diagnostic> out) {
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.file != b.file) return a.file < b.file;
        return a.line < b.line;
    });
    return out;
}

}  // namespace

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> files;
    std::vector<Diagnostic> records;
    for (std::size_t i = 0; i < items_.size(); ++i) (whole_file_[i] ? files : records).push_back(items_[i]);
    files = by_file_and_line(std::move(files));
    records = by_file_and_line(std::move(records));
    files.insert(files.end(), records.begin(), records.end());
    return files;
}

void Diagnostics::add_warning(std::string file, int line, std::string field, std::string message) {
    warnings_.push_back(Diagnostic{std::move(file), line, std::move(field), "peringatan: " + std::move(message)});
}

std::vector<Diagnostic> Diagnostics::sorted_warnings() const { return by_file_and_line(warnings_); }

std::size_t Diagnostics::count_at(const std::string& file, int line) const {
    return static_cast<std::size_t>(std::count_if(items_.begin(), items_.end(), [&](const Diagnostic& d) {
        return d.file == file && d.line == line;
    }));
}

}  // namespace kinerja
