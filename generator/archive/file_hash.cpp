#include "archive/file_hash.hpp"

#include <array>
#include <fstream>
#include <stdexcept>
#include <system_error>

#include <Poco/Crypto/DigestEngine.h>
#include <Poco/DigestEngine.h>
#include <Poco/DigestStream.h>

namespace kinerja::archive {

// Poco::Crypto's engine is OpenSSL's SHA-256 (with the CPU's SHA instructions where it has
// them), several times faster than Poco::SHA2Engine: every output file of a run is hashed.
std::string sha256_hex(std::string_view bytes) {
    Poco::Crypto::DigestEngine engine("SHA256");
    engine.update(bytes.data(), bytes.size());
    return Poco::DigestEngine::digestToHex(engine.digest());
}

std::optional<FileHash> hash_file(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("tidak dapat membaca " + path.string());
    Poco::Crypto::DigestEngine engine("SHA256");
    FileHash result;
    std::array<char, 1 << 16> buffer{};
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        const auto n = static_cast<std::size_t>(in.gcount());
        engine.update(buffer.data(), n);
        result.bytes += n;
    }
    if (in.bad()) throw std::runtime_error("gagal membaca " + path.string());
    result.sha256 = Poco::DigestEngine::digestToHex(engine.digest());
    return result;
}

FileHash write_hashed_file(const std::filesystem::path& path, const std::function<void(std::ostream&)>& write) {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    if (!file) throw std::runtime_error("tidak dapat menulis " + path.string());
    Poco::Crypto::DigestEngine engine("SHA256");
    Poco::DigestOutputStream hashing(engine, file);
    write(hashing);
    hashing.flush();
    file.close();
    if (!hashing || !file) throw std::runtime_error("gagal menulis " + path.string());
    return FileHash{Poco::DigestEngine::digestToHex(engine.digest()), std::filesystem::file_size(path)};
}

}  // namespace kinerja::archive
