#include "load/io_error.hpp"

#include <cerrno>
#include <cstring>
#include <utility>

namespace kinerja {
namespace {

struct Cause {
    int error_number;
    const char* words;
};

// The causes a clerk can act on; everything else is said in the system's words.
constexpr Cause causes[] = {
    {ENOSPC, "disk penuh; kosongkan ruang disk lalu jalankan lagi"},
    {EDQUOT, "kuota disk habis; kosongkan ruang lalu jalankan lagi"},
    {EROFS, "sistem berkas hanya-baca; pilih folder lain dengan --out"},
    {EACCES, "izin ditolak; periksa hak akses folder itu"},
    {EPERM, "izin ditolak; periksa hak akses folder itu"},
    {EIO, "kesalahan perangkat (I/O); periksa disk atau media penyimpanan"},
    {ENOENT, "folder atau berkas tidak ada"},
    {ENOTDIR, "bagian jalurnya bukan folder"},
    {EISDIR, "berupa folder, bukan berkas"},
    {EEXIST, "sudah ada"},
    {ENAMETOOLONG, "nama terlalu panjang"},
    {EMFILE, "terlalu banyak berkas terbuka"},
    {EWOULDBLOCK, "sedang dipakai proses kinerja lain; coba lagi setelah proses itu selesai"},
    {EBUSY, "sedang dipakai"},
};

}  // namespace

std::string io_cause(int error_number) {
    for (const Cause& c : causes) {
        if (c.error_number == error_number) return c.words;
    }
    return std::strerror(error_number);
}

std::string io_cause(const std::error_code& ec) {
    if (ec.category() == std::generic_category() || ec.category() == std::system_category()) {
        return io_cause(ec.value());
    }
    return ec.message();
}

IoError io_error(const std::string& what, const std::filesystem::path& path, int error_number) {
    return IoError(what + " " + path.string() + ": " + io_cause(error_number));
}

IoError io_error(const std::string& what, const std::filesystem::path& path, const std::error_code& ec) {
    return IoError(what + " " + path.string() + ": " + io_cause(ec));
}

}  // namespace kinerja
