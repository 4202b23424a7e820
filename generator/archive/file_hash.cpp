#include "archive/file_hash.hpp"

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <streambuf>
#include <fstream>
#include <stdexcept>
#include <system_error>
#include <vector>

#include <Poco/Crypto/Crypto.h>
#include <Poco/Crypto/DigestEngine.h>
#include <Poco/DigestEngine.h>

#include "archive/write_behind.hpp"
#include "load/io_error.hpp"

namespace kinerja::archive {

namespace {

// Poco::Crypto counts the users of OpenSSL: when the count returns to zero it tears down the
// locks it made, and the next user makes them again. A hash finished on one thread (cetak.pdf's,
// once written beside the archive work) while another thread starts one races that teardown:
// its lock array deleted twice, a segfault in pthread_mutex_destroy seen under AddressSanitizer.
// Initialized once for the whole process, as Poco's documentation advises
// (Poco::Crypto::initializeCrypto, "at application startup"), the count never returns to zero.
// Every function here that makes an engine calls this first.
void keep_crypto_initialized() {
    static const bool initialized = (Poco::Crypto::initializeCrypto(), true);
    (void)initialized;
}

}  // namespace

// Poco::Crypto's engine is OpenSSL's SHA-256 (with the CPU's SHA instructions where it has
// them), several times faster than Poco::SHA2Engine: every output file of a run is hashed.
std::string sha256_hex(std::string_view bytes) {
    keep_crypto_initialized();
    Poco::Crypto::DigestEngine engine("SHA256");
    engine.update(bytes.data(), bytes.size());
    return Poco::DigestEngine::digestToHex(engine.digest());
}

std::optional<FileHash> hash_file(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw io_error("tidak dapat membaca", path, errno);
    keep_crypto_initialized();
    Poco::Crypto::DigestEngine engine("SHA256");
    FileHash result;
    std::array<char, 1 << 16> buffer{};
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        const auto n = static_cast<std::size_t>(in.gcount());
        engine.update(buffer.data(), n);
        result.bytes += n;
    }
    if (in.bad()) throw io_error("gagal membaca", path, errno);
    result.sha256 = Poco::DigestEngine::digestToHex(engine.digest());
    return result;
}

namespace {

// A stream buffer that hashes and writes what goes through it a megabyte at a time (Poco's
// DigestOutputStream goes 256 bytes at a time: a million calls for cetak.pdf), each megabyte
// then left to WriteBehind.
class HashingFileBuf : public std::streambuf {
public:
    HashingFileBuf(WriteBehind::File& file, Poco::DigestEngine& engine) : file_(file), engine_(engine), buffer_(1 << 20) {
        setp(buffer_.data(), buffer_.data() + buffer_.size());
    }
    std::uint64_t written() const { return written_ + static_cast<std::uint64_t>(pptr() - pbase()); }

protected:
    int_type overflow(int_type c) override {
        if (!drain()) return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    std::streamsize xsputn(const char* data, std::streamsize count) override {
        if (count >= epptr() - pptr()) {  // does not fit: what is buffered, then this, go out now
            if (!drain() || !put(data, count)) return 0;
            return count;
        }
        std::memcpy(pptr(), data, static_cast<std::size_t>(count));
        pbump(static_cast<int>(count));
        return count;
    }
    int sync() override { return drain() ? 0 : -1; }

private:
    bool put(const char* data, std::streamsize count) {
        const auto size = static_cast<std::size_t>(count);
        engine_.update(data, static_cast<unsigned>(size));
        written_ += size;
        return file_.write(std::string_view(data, size));
    }
    bool drain() {
        const std::streamsize count = pptr() - pbase();
        setp(buffer_.data(), buffer_.data() + buffer_.size());
        return count == 0 || put(buffer_.data(), count);
    }

    WriteBehind::File& file_;
    Poco::DigestEngine& engine_;
    std::vector<char> buffer_;
    std::uint64_t written_ = 0;
};

}  // namespace

FileHash write_hashed_file(const std::filesystem::path& path, const std::function<void(std::ostream&)>& write) {
    WriteBehind behind;
    WriteBehind::File file(behind, path);
    keep_crypto_initialized();
    Poco::Crypto::DigestEngine engine("SHA256");
    std::uint64_t bytes = 0;
    {
        HashingFileBuf buffer(file, engine);
        std::ostream hashing(&buffer);
        write(hashing);
        hashing.flush();
        if (!hashing) {
            file.close();  // throws the cause when a write failed
            throw IoError("gagal menulis " + path.string());
        }
        bytes = buffer.written();
    }
    file.close();
    return FileHash{Poco::DigestEngine::digestToHex(engine.digest()), bytes};
}

}  // namespace kinerja::archive
