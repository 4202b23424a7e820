#include "render/flate.hpp"

#include <zlib.h>

#include <stdexcept>

namespace kinerja::render {
namespace {

constexpr int level = 1;

// A zlib stream kept for the thread's life: deflateInit allocates and clears a quarter of a
// megabyte, deflateReset only resets it.
class Deflater {
public:
    Deflater() {
        if (deflateInit(&z_, level) != Z_OK) throw std::runtime_error("galat zlib: deflateInit");
    }
    ~Deflater() { deflateEnd(&z_); }
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;

    std::string deflate(std::string_view data) {
        if (deflateReset(&z_) != Z_OK) throw std::runtime_error("galat zlib: deflateReset");
        std::string out(deflateBound(&z_, static_cast<uLong>(data.size())), '\0');
        z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
        z_.avail_in = static_cast<uInt>(data.size());
        z_.next_out = reinterpret_cast<Bytef*>(out.data());
        z_.avail_out = static_cast<uInt>(out.size());
        if (::deflate(&z_, Z_FINISH) != Z_STREAM_END) throw std::runtime_error("galat zlib: deflate");
        out.resize(z_.total_out);
        return out;
    }

private:
    z_stream z_{};
};

}  // namespace

std::string flate(std::string_view data) {
    thread_local Deflater deflater;
    return deflater.deflate(data);
}

}  // namespace kinerja::render
