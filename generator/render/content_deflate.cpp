#include "render/content_deflate.hpp"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <deque>
#include <memory>
#include <stdexcept>

#include <zlib.h>

namespace kinerja::render {

namespace {

// libharu's HPDF_STREAM_BUF_SIZ: how much of a stream it gives zlib at a time. zlib decides
// what to emit from the input it holds, so the same pieces give the same bytes.
constexpr std::size_t piece = 4096;

[[noreturn]] void zlib_failed(int code) {
    throw std::runtime_error("pembuatan PDF gagal: zlib gagal memampatkan isi halaman (kode " +
                             std::to_string(code) + ")");
}

// zlib compressors at rest, kept by each thread for the next content: deflateReset clears one
// for a new stream, which costs less than allocating and freeing its quarter megabyte.
struct StreamEnd {
    void operator()(z_stream* stream) const {
        deflateEnd(stream);
        delete stream;
    }
};
using Stream = std::unique_ptr<z_stream, StreamEnd>;
constexpr std::size_t max_resting = 4;  // about 270 KB each
thread_local std::vector<Stream> resting;

// A zlib compressor and what it has written so far. Moving it moves the compressor (zlib's
// state points back at its z_stream, which therefore stays where it is).
class Deflater {
public:
    Deflater() {
        if (!resting.empty()) {
            stream_ = std::move(resting.back());
            resting.pop_back();
            if (const int code = deflateReset(stream_.get()); code != Z_OK) zlib_failed(code);
            return;
        }
        stream_.reset(new z_stream{});
        if (const int code = deflateInit(stream_.get(), Z_DEFAULT_COMPRESSION); code != Z_OK) {
            stream_.release();  // nothing to end
            zlib_failed(code);
        }
    }
    // The compressor in the same state, to go on with other input.
    Deflater(const Deflater& other) : written_(other.written_), failed_(other.failed_) {
        auto copy = std::make_unique<z_stream>();
        if (const int code = deflateCopy(copy.get(), other.stream_.get()); code != Z_OK) zlib_failed(code);
        stream_.reset(copy.release());
    }
    Deflater(Deflater&&) noexcept = default;
    Deflater& operator=(const Deflater&) = delete;
    Deflater& operator=(Deflater&&) = delete;
    ~Deflater() {
        if (stream_ && !failed_ && resting.size() < max_resting) resting.push_back(std::move(stream_));
    }

    // `bytes`, which must start at a multiple of `piece` in the stream, in pieces of `piece`.
    void feed(std::string_view bytes) {
        for (std::size_t at = 0; at < bytes.size(); at += piece) {
            const std::string_view part = bytes.substr(at, piece);
            stream_->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(part.data()));
            stream_->avail_in = static_cast<uInt>(part.size());
            while (stream_->avail_in > 0) run(Z_NO_FLUSH);
        }
    }

    std::string finish() {
        while (run(Z_FINISH) != Z_STREAM_END) {
        }
        return std::move(written_);
    }

private:
    int run(int flush) {
        Bytef out[16384];
        stream_->next_out = out;
        stream_->avail_out = sizeof out;
        const int code = deflate(stream_.get(), flush);
        if (code != Z_OK && code != Z_STREAM_END) {
            failed_ = true;  // not to be used again
            zlib_failed(code);
        }
        written_.append(reinterpret_cast<const char*>(out), sizeof out - stream_->avail_out);
        return code;
    }

    Stream stream_;
    std::string written_;
    bool failed_ = false;
};

// How many bytes a and b begin with alike: whole blocks by memcmp, then byte by byte.
std::size_t common_beginning(std::string_view a, std::string_view b) {
    constexpr std::size_t block = 256;
    const std::size_t size = std::min(a.size(), b.size());
    std::size_t at = 0;
    while (at + block <= size && std::memcmp(a.data() + at, b.data() + at, block) == 0) at += block;
    while (at < size && a[at] == b[at]) ++at;
    return at;
}

}  // namespace

std::vector<std::string> deflate_contents(const std::vector<std::string_view>& contents) {
    struct Saved {
        std::size_t content;  // whose beginning it has taken in
        std::size_t at;       // how much of it, a multiple of `piece`
        Deflater state;
    };
    constexpr std::size_t max_saved = 8;  // about 256 KB each
    constexpr std::size_t look_ahead = 8;
    std::deque<Saved> saved;
    std::vector<std::string> deflated;
    deflated.reserve(contents.size());
    for (std::size_t i = 0; i < contents.size(); ++i) {
        const std::string_view content = contents[i];
        if (content.empty()) {  // libharu writes nothing at all for it, not even zlib's header
            deflated.emplace_back();
            continue;
        }
        const Saved* from = nullptr;
        for (const Saved& state : saved) {
            if (state.at > (from ? from->at : 0) && common_beginning(content, contents[state.content]) >= state.at) {
                from = &state;
            }
        }
        // The longest beginning one of the next few contents shares, in pieces (copies come
        // close together; a long document is not compared page with page throughout).
        std::size_t shared_later = 0;
        for (std::size_t j = i + 1; j < std::min(contents.size(), i + 1 + look_ahead); ++j) {
            shared_later = std::max(shared_later, common_beginning(content, contents[j]) / piece * piece);
        }
        Deflater deflater = from ? Deflater(from->state) : Deflater();
        std::size_t at = from ? from->at : 0;
        if (shared_later > at) {
            deflater.feed(content.substr(at, shared_later - at));
            at = shared_later;
            if (saved.size() == max_saved) saved.pop_front();
            saved.push_back(Saved{i, at, Deflater(deflater)});
        }
        deflater.feed(content.substr(at));
        deflated.push_back(deflater.finish());
    }
    return deflated;
}

}  // namespace kinerja::render
