// A failure to read or write the disk, named with its cause (DESIGN section 3: exit 3, "I/O or
// internal failure"). The command line prints it as "kinerja: gagal baca/tulis: …" rather
// than as an internal failure, so that a clerk reads "disk penuh" or "folder hanya-baca" and
// knows what to do.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <system_error>

namespace kinerja {

class IoError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The cause of an error number in Bahasa Indonesia, with what to do where there is something
// to do: "disk penuh; kosongkan ruang disk lalu jalankan lagi". Unknown numbers give the
// system's own words.
std::string io_cause(int error_number);
std::string io_cause(const std::error_code& ec);

// "<what> <path>: <cause>", e.g. io_error("gagal menulis", path, errno).
IoError io_error(const std::string& what, const std::filesystem::path& path, int error_number);
IoError io_error(const std::string& what, const std::filesystem::path& path, const std::error_code& ec);

}  // namespace kinerja
