#include "render/pdf_writer.hpp"

#include <algorithm>
#include <atomic>
#include <bitset>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <deque>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <span>
#include <sstream>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_fontdef.h>
#include <hpdf_utils.h>

#include "layout/utf8.hpp"
#include "render/content_deflate.hpp"
#include "render/pdf_objects.hpp"
#include "render/pdf_real.hpp"
#include "render/pdf_text.hpp"
#include "render/image_check.hpp"
#include "render/truetype_subset.hpp"
#include "render/winansi.hpp"

// libharu 2.3.0 clears a 512-byte buffer with a byte-by-byte loop (HPDF_MemSet) in every
// path and text operator it writes, and copies its stream buffers byte by byte (HPDF_MemCpy):
// a tenth of the time of a run. The library calls both through its PLT, so these definitions,
// exported by the program, take their place: the same results (each returns the end of what
// it wrote, as libharu's do) with the C library's vectorised memset and memcpy.
extern "C" void* HPDF_MemSet(void* s, HPDF_BYTE c, HPDF_UINT n) {
    std::memset(s, c, n);
    return static_cast<HPDF_BYTE*>(s) + n;
}

extern "C" HPDF_BYTE* HPDF_MemCpy(HPDF_BYTE* out, const HPDF_BYTE* in, HPDF_UINT n) {
    // libharu's forward copy when the two overlap, and for a few bytes (most calls: the 2- and
    // 4-byte numbers of a TrueType font), which a loop copies faster than a call of memcpy.
    if (n <= 16 || (out < in + n && in < out + n)) {
        for (HPDF_UINT i = 0; i < n; ++i) out[i] = in[i];
    } else {
        std::memcpy(out, in, n);
    }
    return out + n;
}

namespace kinerja::render {

void FontFiles::set(layout::Face face, std::string path) {
    paths.at(static_cast<std::size_t>(face)) = std::move(path);
}

const std::string& FontFiles::path(layout::Face face) const {
    return paths.at(static_cast<std::size_t>(face));
}

FontFiles bundled_font_files(std::string_view dir) {
    static constexpr std::array<std::pair<layout::Face, const char*>, layout::face_count> names{{
        {layout::Face::sans_regular, "KinerjaSans-Regular.ttf"},
        {layout::Face::sans_bold, "KinerjaSans-Bold.ttf"},
        {layout::Face::sans_italic, "KinerjaSans-Italic.ttf"},
        {layout::Face::sans_bold_italic, "KinerjaSans-BoldItalic.ttf"},
        {layout::Face::serif_regular, "KinerjaSerif-Regular.ttf"},
        {layout::Face::serif_bold, "KinerjaSerif-Bold.ttf"},
        {layout::Face::serif_italic, "KinerjaSerif-Italic.ttf"},
        {layout::Face::serif_bold_italic, "KinerjaSerif-BoldItalic.ttf"},
    }};
    std::string prefix(dir);
    if (!prefix.empty() && prefix.back() != '/') {
        prefix.push_back('/');
    }
    FontFiles files;
    for (const auto& [face, name] : names) {
        files.set(face, prefix + name);
    }
    return files;
}

namespace {

constexpr const char* producer = "kinerja";
constexpr const char* text_encoding = "WinAnsiEncoding";

// The first error libharu reported. libharu's demos longjmp out of the handler; we only
// record, and check after each call. After an error libharu refuses further work on the
// document, so the first error is the one that explains the failure.
struct HaruError {
    HPDF_STATUS code = HPDF_OK;
    HPDF_STATUS detail = 0;
};

void record_error(HPDF_STATUS code, HPDF_STATUS detail, void* user_data) noexcept {
    auto* error = static_cast<HaruError*>(user_data);
    if (error->code == HPDF_OK) {
        error->code = code;
        error->detail = detail;
    }
}

const char* describe(HPDF_STATUS code) {
    switch (code) {
        case HPDF_FAILD_TO_ALLOC_MEM: return "memori tidak cukup";
        case HPDF_FILE_IO_ERROR: return "galat baca/tulis berkas";
        case HPDF_FILE_OPEN_ERROR: return "berkas tidak dapat dibuka";
        case HPDF_INVALID_DATE_TIME: return "tanggal tidak sah";
        case HPDF_INVALID_FONT_NAME: return "nama fon tidak dikenal";
        case HPDF_INVALID_IMAGE:
        case HPDF_INVALID_PNG_IMAGE: return "gambar PNG tidak sah";
        case HPDF_LIBPNG_ERROR: return "galat libpng";
        case HPDF_INVALID_JPEG_DATA: return "data JPEG tidak sah";
        case HPDF_UNSUPPORTED_JPEG_FORMAT: return "jenis JPEG tidak didukung";
        case HPDF_INVALID_PARAMETER: return "parameter tidak sah";
        case HPDF_PAGE_INVALID_SIZE: return "ukuran halaman di luar batas";
        case HPDF_PAGE_INVALID_FONT_SIZE: return "ukuran huruf di luar batas";
        case HPDF_REAL_OUT_OF_RANGE: return "bilangan di luar batas";
        case HPDF_PAGE_INVALID_GMODE: return "operator grafis pada keadaan yang salah";
        case HPDF_EXCEED_GSTATE_LIMIT: return "tumpukan keadaan grafis penuh";
        case HPDF_TTF_CANNOT_EMBEDDING_FONT: return "lisensi fon melarang penyematan";
        case HPDF_TTF_INVALID_CMAP:
        case HPDF_TTF_INVALID_FOMAT:
        case HPDF_TTF_MISSING_TABLE:
        case HPDF_INVALID_FONTDEF_DATA: return "berkas TrueType tidak sah";
        case HPDF_ZLIB_ERROR: return "galat zlib";
        default: return "galat libharu";
    }
}

struct DocFree {
    void operator()(HPDF_Doc doc) const { HPDF_Free(doc); }
};

// The subset tag after `tag` as libharu counts them in a document: HPDFAA, HPDFAB, ..., HPDFAZ,
// HPDFBA, ...
void next_subset_tag(char* tag) {
    for (int i = 5; i >= 0; --i) {
        if (++tag[i] <= 'Z') return;
        tag[i] = 'A';
    }
}

// libharu reads an embedded TrueType file again for every document it saves (the glyphs shown)
// through stdio, a seek and a read per glyph, each a system call. Once a font is loaded, its
// stream reads the file's bytes from memory instead, with FileReader's results: the buffer
// zeroed first, HPDF_STREAM_EOF and the count read when the file ends short of the request.
struct FontFileBytes {
    std::string bytes;
    std::size_t at = 0;
};
HPDF_STATUS font_file_read(HPDF_Stream stream, HPDF_BYTE* out, HPDF_UINT* size) {
    auto& file = *static_cast<FontFileBytes*>(stream->attr);
    std::memset(out, 0, *size);
    const std::size_t left = file.at < file.bytes.size() ? file.bytes.size() - file.at : 0;
    const std::size_t count = std::min<std::size_t>(*size, left);
    std::memcpy(out, file.bytes.data() + file.at, count);
    file.at += count;
    if (count == *size) return HPDF_OK;
    *size = static_cast<HPDF_UINT>(count);
    return HPDF_STREAM_EOF;
}
HPDF_STATUS font_file_seek(HPDF_Stream stream, HPDF_INT pos, HPDF_WhenceMode mode) {
    auto& file = *static_cast<FontFileBytes*>(stream->attr);
    const long long base = mode == HPDF_SEEK_SET ? 0 : mode == HPDF_SEEK_CUR ? static_cast<long long>(file.at)
                                                                             : static_cast<long long>(file.bytes.size());
    if (base + pos < 0) return HPDF_SetError(stream->error, HPDF_FILE_IO_ERROR, 0);
    file.at = static_cast<std::size_t>(base + pos);
    return HPDF_OK;
}
HPDF_INT32 font_file_tell(HPDF_Stream stream) {
    return static_cast<HPDF_INT32>(static_cast<FontFileBytes*>(stream->attr)->at);
}
HPDF_UINT32 font_file_size(HPDF_Stream stream) {
    return static_cast<HPDF_UINT32>(static_cast<FontFileBytes*>(stream->attr)->bytes.size());
}
void font_file_free(HPDF_Stream stream) {
    delete static_cast<FontFileBytes*>(stream->attr);
    stream->attr = nullptr;
}

// Points the file stream libharu keeps for an embedded font at the file's bytes in memory;
// leaves it as it is when the file cannot be read again.
void read_font_from_memory(HPDF_Doc pdf, const char* name, const std::string& path) {
    HPDF_FontDef def = HPDF_Doc_FindFontDef(pdf, name);
    if (!def || def->type != HPDF_FONTDEF_TYPE_TRUETYPE || !def->attr) return;
    HPDF_Stream stream = static_cast<HPDF_TTFontDefAttr>(def->attr)->stream;
    if (!stream || stream->type != HPDF_STREAM_FILE || !stream->free_fn || !stream->size_fn || !stream->tell_fn) return;
    std::ifstream in(path, std::ios::binary);
    if (!in) return;
    auto file = std::make_unique<FontFileBytes>();
    file->bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad() || file->bytes.size() != stream->size_fn(stream)) return;  // the file changed
    file->at = static_cast<std::size_t>(stream->tell_fn(stream));
    stream->free_fn(stream);  // closes the file
    stream->attr = file.release();
    stream->read_fn = font_file_read;
    stream->seek_fn = font_file_seek;
    stream->tell_fn = font_file_tell;
    stream->size_fn = font_file_size;
    stream->free_fn = font_file_free;
}

// A libharu handle kept by each thread for the documents it renders, one after another:
// HPDF_NewDoc starts each document afresh (objects, fonts in use, subset tags, errors) but keeps
// the TrueType files already parsed (libharu's font definitions, their glyph marks cleared),
// so that a run of thousands of documents parses each font file once per thread, not once per
// document. The documents come out byte for byte as from a fresh handle (the golden tests).
struct HaruContext {
    HaruError error;  // before doc: the handler's user_data outlives the document
    std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, DocFree> doc;
    std::map<std::string, std::string> font_names;  // file path → libharu font name, loaded in doc
    bool used = false;                              // a document was begun with it

    HaruContext() : doc(HPDF_NewEx(record_error, nullptr, nullptr, 0, &error)) {
        if (!doc) throw std::runtime_error("pembuatan PDF gagal: libharu tidak dapat membuat dokumen");
        // Info strings and bookmark titles go through the UTF-8 encoder (see write_info); it is
        // registered once per handle.
        HPDF_UseUTFEncodings(doc.get());
        if (error.code != HPDF_OK) throw std::runtime_error("pembuatan PDF gagal: pengode UTF-8 libharu");
    }
};

// [0]: fonts embedded (every document as it is saved); [1]: fonts not embedded (a document whose
// embedded fonts all come from the font cache, see render_pdf).
thread_local std::array<std::unique_ptr<HaruContext>, 2> haru_contexts;

// One document in this thread's libharu handle. A document left by an exception (a libharu
// error or a broken display list) takes the handle with it: the next one starts a new handle.
class Document {
public:
    explicit Document(bool embed_fonts) : embed_fonts_(embed_fonts), unwinding_(std::uncaught_exceptions()) {
        std::unique_ptr<HaruContext>& context = haru_contexts[embed_fonts ? 0 : 1];
        if (!context) context = std::make_unique<HaruContext>();
        context_ = context.get();
        if (context_->used) HPDF_NewDoc(context_->doc.get());
        context_->used = true;
        context_->error = HaruError{};
    }
    ~Document() {
        if (std::uncaught_exceptions() > unwinding_) haru_contexts[embed_fonts_ ? 0 : 1].reset();
    }
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    HPDF_Doc get() const { return context_->doc.get(); }
    bool embeds_fonts() const { return embed_fonts_; }

    // Whether the font file at `path` is loaded into the handle.
    bool has_font(const std::string& path) const { return context_->font_names.count(path) != 0; }
    // The libharu name of the font file at `path`, loaded into the handle first if need be
    // (embedded or not as the handle's documents are).
    const std::string& load_font(const std::string& path) {
        if (const auto found = context_->font_names.find(path); found != context_->font_names.end()) {
            return found->second;
        }
        const char* loaded = HPDF_LoadTTFontFromFile(get(), path.c_str(), embed_fonts_ ? HPDF_TRUE : HPDF_FALSE);
        check([&] { return "memuat fon \"" + path + "\""; });
        if (embed_fonts_) read_font_from_memory(get(), loaded, path);
        return context_->font_names.emplace(path, loaded).first->second;
    }

    // A font file loaded for an earlier document of the handle and first used in this one
    // gets the subset tag libharu would give it if it were loaded now: libharu tags the
    // embedded TrueType files of a document HPDFAA, HPDFAB, ... in the order they are loaded,
    // counting in the document (HPDF_NewDoc starts the count again), and keeps a file's tag in
    // its font definition.
    void retag_font(const std::string& name) {
        HPDF_Doc pdf = get();
        HPDF_FontDef def = HPDF_Doc_FindFontDef(pdf, name.c_str());
        if (!def) throw std::logic_error("definisi fon " + name + " hilang dari libharu");
        char tag[7] = "HPDFAA";  // the first of a document (libharu's count is zeroed)
        if (pdf->ttfont_tag[0] != 0) {
            std::memcpy(tag, pdf->ttfont_tag, 6);
            next_subset_tag(tag);
        }
        std::memcpy(pdf->ttfont_tag, tag, 6);
        HPDF_TTFontDef_SetTagName(def, tag);
    }

    // Throws when libharu reported an error; `what` says what we were doing (called only then).
    template <typename What>
    void check(What&& what) const {
        const HaruError& error = context_->error;
        if (error.code == HPDF_OK) {
            return;
        }
        char code[48];
        std::snprintf(code, sizeof code, "libharu 0x%04X, detail %u",
                      static_cast<unsigned>(error.code), static_cast<unsigned>(error.detail));
        throw std::runtime_error("pembuatan PDF gagal saat " + std::string(what()) + ": " +
                                 describe(error.code) + " (" + code + ")");
    }

private:
    bool embed_fonts_;
    int unwinding_;  // exceptions in flight when it began
    HaruContext* context_ = nullptr;
};

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

// A length or coordinate for libharu, which takes float.
HPDF_REAL real(double value) {
    if (!std::isfinite(value)) {
        throw std::invalid_argument(
            "bilangan tidak sah (NaN atau tak hingga) dalam daftar tampilan");
    }
    return static_cast<HPDF_REAL>(value);
}

double positive(double value, const char* what) {
    if (!(value > 0) || !std::isfinite(value)) {
        throw std::invalid_argument(std::string(what) + " harus > 0, bukan " +
                                    std::to_string(value));
    }
    return value;
}

HPDF_REAL gray(double value) {
    if (!(value >= 0 && value <= 1)) {
        throw std::invalid_argument("nilai abu-abu di luar 0..1: " + std::to_string(value));
    }
    return static_cast<HPDF_REAL>(value);
}

// "YYYY-MM-DD" at midnight, with no UT offset: a signing date, not an instant.
HPDF_Date pdf_date(std::string_view text) {
    const auto bad = [&] {
        return std::invalid_argument("tanggal metadata bukan YYYY-MM-DD yang sah: " + quoted(text));
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        throw bad();
    }
    const auto number = [&](std::size_t from, std::size_t count) {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            const char c = text[i];
            if (c < '0' || c > '9') {
                throw bad();
            }
            value = value * 10 + (c - '0');
        }
        return value;
    };
    HPDF_Date date{};
    date.year = number(0, 4);
    date.month = number(5, 2);
    date.day = number(8, 2);
    date.ind = ' ';
    const bool leap = (date.year % 4 == 0 && date.year % 100 != 0) || date.year % 400 == 0;
    static constexpr int days_in_month[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (date.year < 1 || date.month < 1 || date.month > 12 || date.day < 1 ||
        date.day > days_in_month[date.month - 1] + (date.month == 2 && leap ? 1 : 0)) {
        throw bad();
    }
    return date;
}

// The document as libharu saves it.
std::string saved(const Document& doc) {
    HPDF_Doc pdf = doc.get();
    HPDF_SaveToStream(pdf);
    doc.check([] { return "menyimpan PDF"; });
    const HPDF_UINT32 size = HPDF_GetStreamSize(pdf);
    std::string bytes(size, '\0');
    HPDF_UINT32 read = size;
    HPDF_ReadFromStream(pdf, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &read);
    doc.check([] { return "membaca PDF dari memori"; });
    if (read != size) {
        throw std::runtime_error("pembuatan PDF gagal: hanya " + std::to_string(read) +
                                 " dari " + std::to_string(size) + " bait terbaca");
    }
    return bytes;
}

// A page's operators: given to libharu to write (a document as libharu makes it, fonts
// embedded) or written here as libharu 2.3.0 writes them (a draft for with_fonts, which costs
// a fraction: libharu writes through many small buffered calls). The bytes are the same
// (tests/render/pdf_writer_test.cpp renders both ways).
class Painter {
public:
    explicit Painter(bool by_libharu) : by_libharu_(by_libharu) {}

    void start(HPDF_Page page) {
        page_ = page;
        content_.clear();  // its room kept for the next page: a document's pages are much alike
        named_.clear();
    }
    // What was written for the page (nothing when libharu writes).
    const std::string& content() const { return content_; }

    // A font or image the page's operators have named, in the order named (a draft's).
    struct Resource {
        HPDF_Dict object;  // an HPDF_Font or an HPDF_Image (both are HPDF_Dict)
        bool image = false;
    };
    const std::vector<Resource>& named() const { return named_; }
    // Goes on from `content`, written for an earlier page of the document naming `named` (a
    // draft's): the page names them in the same order, which fixes its resource dictionary.
    void resume(std::string_view content, std::span<const Resource> named) {
        content_.assign(content);
        for (const Resource& resource : named) {
            resource.image ? name_image(resource.object) : name_font(resource.object);
        }
    }

    void begin_text() { by_libharu_ ? void(HPDF_Page_BeginText(page_)) : put({}, "BT"); }
    void end_text() { by_libharu_ ? void(HPDF_Page_EndText(page_)) : put({}, "ET"); }
    void font_and_size(HPDF_Font font, HPDF_REAL size) {
        if (by_libharu_) {
            HPDF_Page_SetFontAndSize(page_, font, size);
            return;
        }
        const char* name = name_font(font);
        if (!name) return;  // libharu has recorded why
        content_ += '/';
        content_ += name;
        content_ += ' ';
        put({size}, "Tf");
    }
    void text_matrix(HPDF_REAL x, HPDF_REAL y) {
        if (by_libharu_) {
            HPDF_Page_SetTextMatrix(page_, 1, 0, 0, 1, x, y);
            return;
        }
        content_ += "1 0 0 1 ";  // what the first four numbers come to
        put({x, y}, "Tm");
    }
    void show_text(const std::string& encoded) {
        if (by_libharu_) {
            HPDF_Page_ShowText(page_, encoded.c_str());
            return;
        }
        content_ += '(';
        for (const char c : encoded) {
            const auto byte = static_cast<unsigned char>(c);
            if (HPDF_NEEDS_ESCAPE(byte)) {
                content_ += '\\';
                content_ += static_cast<char>('0' + (byte >> 6));
                content_ += static_cast<char>('0' + ((byte >> 3) & 7));
                content_ += static_cast<char>('0' + (byte & 7));
            } else {
                content_ += c;
            }
        }
        content_ += ") Tj\n";
    }
    void gsave() { by_libharu_ ? void(HPDF_Page_GSave(page_)) : put({}, "q"); }
    void grestore() { by_libharu_ ? void(HPDF_Page_GRestore(page_)) : put({}, "Q"); }
    void line_width(HPDF_REAL width) { by_libharu_ ? void(HPDF_Page_SetLineWidth(page_, width)) : put({width}, "w"); }
    void projecting_square_cap() {
        by_libharu_ ? void(HPDF_Page_SetLineCap(page_, HPDF_PROJECTING_SCUARE_END)) : put({}, "2 J");
    }
    void gray_stroke(HPDF_REAL gray) { by_libharu_ ? void(HPDF_Page_SetGrayStroke(page_, gray)) : put({gray}, "G"); }
    void gray_fill(HPDF_REAL gray) { by_libharu_ ? void(HPDF_Page_SetGrayFill(page_, gray)) : put({gray}, "g"); }
    void move_to(HPDF_REAL x, HPDF_REAL y) { by_libharu_ ? void(HPDF_Page_MoveTo(page_, x, y)) : put({x, y}, "m"); }
    void line_to(HPDF_REAL x, HPDF_REAL y) { by_libharu_ ? void(HPDF_Page_LineTo(page_, x, y)) : put({x, y}, "l"); }
    void rectangle(HPDF_REAL x, HPDF_REAL y, HPDF_REAL width, HPDF_REAL height) {
        by_libharu_ ? void(HPDF_Page_Rectangle(page_, x, y, width, height)) : put({x, y, width, height}, "re");
    }
    void close_path() { by_libharu_ ? void(HPDF_Page_ClosePath(page_)) : put({}, "h"); }
    void stroke() { by_libharu_ ? void(HPDF_Page_Stroke(page_)) : put({}, "S"); }
    void fill() { by_libharu_ ? void(HPDF_Page_Fill(page_)) : put({}, "f"); }
    void fill_stroke() { by_libharu_ ? void(HPDF_Page_FillStroke(page_)) : put({}, "B"); }
    void end_path() { by_libharu_ ? void(HPDF_Page_EndPath(page_)) : put({}, "n"); }
    void image(HPDF_Image image, HPDF_REAL x, HPDF_REAL y, HPDF_REAL width, HPDF_REAL height) {
        if (by_libharu_) {
            HPDF_Page_DrawImage(page_, image, x, y, width, height);
            return;
        }
        const char* name = name_image(image);
        if (!name) return;
        put({}, "q");
        put({width, 0, 0, height, x, y}, "cm");
        content_ += '/';
        content_ += name;
        content_ += " Do\n";
        put({}, "Q");
    }

private:
    // The font's or image's name in the page's resources, which it joins if it is not there yet.
    const char* name_font(HPDF_Font font) {
        named_.push_back(Resource{font, false});
        return HPDF_Page_GetLocalFontName(page_, font);
    }
    const char* name_image(HPDF_Image image) {
        named_.push_back(Resource{image, true});
        return HPDF_Page_GetXObjectName(page_, image);
    }

    // The numbers, each followed by a space, the operator and a line feed.
    void put(std::initializer_list<HPDF_REAL> numbers, std::string_view op) {
        for (const HPDF_REAL number : numbers) {
            append_real(content_, number);
            content_ += ' ';
        }
        content_ += op;
        content_ += '\n';
    }

    bool by_libharu_;
    HPDF_Page page_ = nullptr;
    std::string content_;
    std::vector<Resource> named_;
};

class Renderer {
public:
    Renderer(const layout::DisplayList& list, const FontFiles& files, RenderInfo* info, bool embed_fonts)
        : list_(list), files_(files), info_(info), doc_(embed_fonts), paint_(embed_fonts) {
        for (const auto& [id, png] : list.images) {
            if (!image_bytes_.emplace(id, &png).second) {
                throw std::invalid_argument("id gambar ganda dalam daftar tampilan: " + quoted(id));
            }
        }
    }

    Renderer(const Renderer&) = delete;
    Renderer& operator=(const Renderer&) = delete;

    // After an exception mid-item, closes the open path or text object and pops every saved
    // graphics state: libharu frees only the page's current state, so a state left pushed
    // would leak. A no-op after a complete render.
    ~Renderer() {
        if (!page_) {
            return;
        }
        const HPDF_UINT16 mode = HPDF_Page_GetGMode(page_);
        if (mode == HPDF_GMODE_PATH_OBJECT) {
            HPDF_Page_EndPath(page_);
        } else if (mode == HPDF_GMODE_TEXT_OBJECT) {
            HPDF_Page_EndText(page_);
        }
        while (HPDF_Page_GetGStateDepth(page_) > 1) {
            if (HPDF_Page_GRestore(page_) != HPDF_OK) {
                break;
            }
        }
    }

    std::string run() {
        if (list_.pages.empty()) {
            throw std::invalid_argument("daftar tampilan tanpa halaman");
        }
        HPDF_Doc pdf = doc_.get();
        // A draft for with_fonts (fonts not embedded) leaves its page contents to it (contents()),
        // which deflates them, pages that begin alike together.
        HPDF_SetCompressionMode(pdf, doc_.embeds_fonts() ? HPDF_COMP_ALL : HPDF_COMP_ALL & ~HPDF_COMP_TEXT);
        // libharu writes "%PDF-1.3" even when a PNG with alpha becomes an /SMask, a PDF 1.4
        // feature, and has no call to raise it: the field is public in hpdf_doc.h.
        pdf->pdf_version = HPDF_VER_14;
        doc_.check([] { return "menyiapkan dokumen"; });
        write_info();
        for (std::size_t i = 0; i < list_.pages.size(); ++i) {
            render_page(list_.pages.at(i), i + 1);
        }
        write_outline();
        return saved(doc_);
    }

    // A draft's page contents, as libharu would have written them; after run().
    const std::vector<std::string>& contents() const { return contents_; }

private:
    void write_info() {
        HPDF_Doc pdf = doc_.get();
        // Info strings go through the current encoder, which turns them into UTF-16BE. With
        // none, the bytes would be read as PDFDocEncoding (cp1252's "’" as "™"); with the
        // UTF-8 encoder any character of the Basic Multilingual Plane comes out right, while
        // the fonts are still asked for with WinAnsiEncoding and stay simple TrueType fonts.
        // (The encoder is registered with the handle: HaruContext.)
        HPDF_SetCurrentEncoder(pdf, "UTF-8");
        const std::pair<HPDF_InfoType, const std::string*> fields[] = {
            {HPDF_INFO_TITLE, &list_.meta.title},
            {HPDF_INFO_AUTHOR, &list_.meta.author},
            {HPDF_INFO_SUBJECT, &list_.meta.subject},
            {HPDF_INFO_KEYWORDS, &list_.meta.keywords},
            {HPDF_INFO_CREATOR, &list_.meta.creator},
        };
        for (const auto& [type, value] : fields) {
            if (!value->empty()) {
                check_info_text(*value);
                HPDF_SetInfoAttr(pdf, type, value->c_str());
            }
        }
        // Replaces libharu's own "Haru Free PDF Library 2.3.0".
        HPDF_SetInfoAttr(pdf, HPDF_INFO_PRODUCER, producer);
        if (!list_.meta.date.empty()) {
            const HPDF_Date date = pdf_date(list_.meta.date);
            HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, date);
            HPDF_SetInfoDateAttr(pdf, HPDF_INFO_MOD_DATE, date);
        }
        doc_.check([] { return "menulis metadata"; });
    }

    // The bookmarks, nested as in the list; each opens its page whole (/Fit), entries with
    // children start collapsed. Titles go through the UTF-8 encoder write_info enabled.
    void write_outline() {
        if (list_.bookmarks.empty()) {
            return;
        }
        HPDF_Doc pdf = doc_.get();
        HPDF_Encoder utf8 = HPDF_GetEncoder(pdf, "UTF-8");
        doc_.check([] { return "menyiapkan penanda buku"; });
        add_bookmarks(list_.bookmarks, nullptr, utf8);
        HPDF_SetPageMode(pdf, HPDF_PAGE_MODE_USE_OUTLINE);
        doc_.check([] { return "menulis penanda buku"; });
    }

    void add_bookmarks(const std::vector<layout::Bookmark>& marks, HPDF_Outline parent,
                       HPDF_Encoder encoder) {
        for (const layout::Bookmark& mark : marks) {
            if (mark.title.empty()) {
                throw std::invalid_argument("penanda buku tanpa judul");
            }
            check_info_text(mark.title);
            if (mark.page >= pages_.size()) {
                throw std::invalid_argument("penanda buku " + quoted(mark.title) + " menunjuk halaman " +
                                            std::to_string(mark.page + 1) + " dari " +
                                            std::to_string(pages_.size()));
            }
            HPDF_Outline outline = HPDF_CreateOutline(doc_.get(), parent, mark.title.c_str(), encoder);
            doc_.check([&] { return "membuat penanda buku " + quoted(mark.title); });
            HPDF_Outline_SetOpened(outline, HPDF_FALSE);
            HPDF_Destination destination = HPDF_Page_CreateDestination(pages_.at(mark.page));
            HPDF_Outline_SetDestination(outline, destination);
            doc_.check([&] { return "membuat penanda buku " + quoted(mark.title); });
            add_bookmarks(mark.children, outline, encoder);
        }
    }

    void render_page(const layout::Page& page, std::size_t number) {
        page_height_ = positive(page.height, "tinggi halaman");
        positive(page.width, "lebar halaman");
        page_ = HPDF_AddPage(doc_.get());
        pages_.push_back(page_);
        HPDF_Page_SetWidth(page_, real(page.width));
        HPDF_Page_SetHeight(page_, real(page.height));
        doc_.check([&] { return "membuat halaman " + std::to_string(number); });
        paint_.start(page_);
        in_text_ = false;
        const bool draft = !doc_.embeds_fonts();
        DrawnPage drawn{&page, {}, {}, 0};
        const std::size_t first = draft ? resume_like_earlier(drawn) : 0;
        for (std::size_t i = first; i < page.items.size(); ++i) {
            std::visit([this](const auto& item) { draw(item); }, page.items.at(i));
            doc_.check([&] {
                return "menggambar unsur " + std::to_string(i + 1) + " halaman " +
                       std::to_string(number);
            });
            if (draft) drawn.after.push_back(state_after());
        }
        end_text();
        doc_.check([&] { return "menutup halaman " + std::to_string(number); });
        if (draft) {
            drawn.contents = contents_.size();
            contents_.push_back(paint_.content());
            drawn.named = paint_.named();
            if (drawn_.size() == max_drawn) drawn_.pop_front();
            drawn_.push_back(std::move(drawn));
        }
    }

    // A draft's pages often begin as an earlier page of the document did (the labelled copies
    // of a document: the same body, another label): what those items wrote, and the state they
    // left, are taken from it instead of drawn again. The bytes are the same as drawn.
    struct After {
        std::size_t content = 0;  // bytes of the page's content written after the item
        std::size_t named = 0;    // resources named by then
        bool in_text = false;
        HPDF_Font text_font = nullptr;
        double text_size = 0;
    };
    struct DrawnPage {
        const layout::Page* page;
        std::vector<After> after;  // after each item
        std::vector<Painter::Resource> named;
        std::size_t contents = 0;  // its index in contents_
    };
    static constexpr std::size_t max_drawn = 4;  // the pages compared with

    After state_after() const {
        return After{paint_.content().size(), paint_.named().size(), in_text_, text_font_, text_size_};
    }

    // Starts `drawn`'s page as the earlier page beginning with the most of its items did, and
    // takes their states; returns how many items that covers.
    std::size_t resume_like_earlier(DrawnPage& drawn) {
        const layout::Page& page = *drawn.page;
        const DrawnPage* best = nullptr;
        std::size_t shared = 0;
        for (const DrawnPage& earlier : drawn_) {
            const layout::Page& other = *earlier.page;
            if (other.width != page.width || other.height != page.height) continue;
            const std::size_t limit = std::min(other.items.size(), page.items.size());
            std::size_t n = 0;
            while (n < limit && other.items[n] == page.items[n]) ++n;
            if (n > shared) {
                shared = n;
                best = &earlier;
            }
        }
        if (!best) return 0;
        drawn.after.assign(best->after.begin(), best->after.begin() + static_cast<std::ptrdiff_t>(shared));
        const After& state = drawn.after.back();
        const std::string& content = contents_.at(best->contents);
        paint_.resume(std::string_view(content).substr(0, state.content),
                      std::span(best->named).first(state.named));
        in_text_ = state.in_text;
        text_font_ = state.text_font;
        text_size_ = state.text_size;
        return shared;
    }

    HPDF_REAL x(double value) const { return real(value); }
    HPDF_REAL y(double value) const { return real(page_height_ - value); }

    // Consecutive runs share one text object; any other item closes it.
    void begin_text() {
        if (!in_text_) {
            paint_.begin_text();
            in_text_ = true;
            text_font_ = nullptr;
            text_size_ = 0;
        }
    }

    void end_text() {
        if (in_text_) {
            paint_.end_text();
            in_text_ = false;
        }
    }

    void draw(const layout::TextRun& run) {
        if (run.text.empty()) {
            return;
        }
        positive(run.size, "ukuran huruf");
        const std::string encoded = to_winansi(run.text);
        if (encoded.size() > HPDF_LIMIT_MAX_STRING_LEN) {  // libharu would cut it short
            throw std::invalid_argument("teks lebih dari " + std::to_string(HPDF_LIMIT_MAX_STRING_LEN) +
                                        " huruf dalam satu baris");
        }
        HPDF_Font font = font_for(run.face);
        if (info_) {
            RenderInfo::FontUse& use = *font_uses_.at(static_cast<std::size_t>(run.face));
            for (const char byte : encoded) use.bytes.set(static_cast<unsigned char>(byte));
        }
        begin_text();
        if (font != text_font_ || run.size != text_size_) {
            paint_.font_and_size(font, real(run.size));
            text_font_ = font;
            text_size_ = run.size;
        }
        // Absolute placement per run: relative moves would accumulate float rounding.
        paint_.text_matrix(x(run.origin.x), y(run.origin.y));
        paint_.show_text(encoded);
    }

    void draw(const layout::Line& line) {
        end_text();
        paint_.gsave();
        paint_.line_width(real(positive(line.width, "tebal garis")));
        paint_.projecting_square_cap();
        paint_.gray_stroke(0);
        paint_.move_to(x(line.from.x), y(line.from.y));
        paint_.line_to(x(line.to.x), y(line.to.y));
        paint_.stroke();
        paint_.grestore();
    }

    void draw(const layout::Rect& rect) {
        end_text();
        const bool stroked = rect.stroke_width > 0;
        const bool filled = rect.fill_gray >= 0;
        if (!(rect.width >= 0) || !(rect.height >= 0)) {
            throw std::invalid_argument("ukuran persegi panjang negatif");
        }
        if (!stroked && !filled) {
            return;
        }
        paint_.gsave();
        set_paint(stroked, rect.stroke_width, filled, rect.fill_gray);
        paint_.rectangle(x(rect.origin.x), y(rect.origin.y + rect.height),
                            real(rect.width), real(rect.height));
        paint(stroked, filled);
        paint_.grestore();
    }

    void draw(const layout::Polygon& polygon) {
        end_text();
        if (polygon.points.size() < 2) {
            throw std::invalid_argument("poligon dengan kurang dari 2 titik");
        }
        const bool stroked = polygon.stroke_width > 0;
        const bool filled = polygon.fill_gray >= 0;
        if (!stroked && !filled) {
            return;
        }
        paint_.gsave();
        set_paint(stroked, polygon.stroke_width, filled, polygon.fill_gray);
        paint_.move_to(x(polygon.points.front().x), y(polygon.points.front().y));
        for (std::size_t i = 1; i < polygon.points.size(); ++i) {
            paint_.line_to(x(polygon.points.at(i).x), y(polygon.points.at(i).y));
        }
        if (polygon.closed) {
            paint_.close_path();
        }
        paint(stroked, filled);
        paint_.grestore();
    }

    void draw(const layout::Arrow& arrow) {
        end_text();
        const auto& points = arrow.points;
        if (points.size() < 2) {
            throw std::invalid_argument("panah dengan kurang dari 2 titik");
        }
        const double head = positive(arrow.head_length, "panjang kepala panah");
        const layout::Point tip = points.back();
        // The last point before the tip that differs from it fixes the direction.
        std::size_t from = points.size() - 1;
        while (from > 0 && points.at(from - 1) == tip) {
            --from;
        }
        if (from == 0) {
            throw std::invalid_argument("panah tanpa panjang: semua titiknya sama");
        }
        const layout::Point before = points.at(from - 1);
        const double dx = tip.x - before.x;
        const double dy = tip.y - before.y;
        const double length = std::hypot(dx, dy);
        const double ux = dx / length;
        const double uy = dy / length;
        const layout::Point base{tip.x - ux * head, tip.y - uy * head};
        const double half = head * arrow_head_half_width;

        paint_.gsave();
        paint_.line_width(real(positive(arrow.stroke_width, "tebal garis panah")));
        paint_.gray_stroke(0);
        paint_.gray_fill(0);
        // The shaft ends at the head's base, so a thick line cannot poke out past the tip; a
        // last segment shorter than the head ends at its start, which the head covers.
        paint_.move_to(x(points.front().x), y(points.front().y));
        for (std::size_t i = 1; i < from; ++i) {
            paint_.line_to(x(points.at(i).x), y(points.at(i).y));
        }
        if (length > head) {
            paint_.line_to(x(base.x), y(base.y));
        }
        if (from > 1 || length > head) {
            paint_.stroke();
        } else {
            paint_.end_path();
        }
        paint_.move_to(x(tip.x), y(tip.y));
        paint_.line_to(x(base.x - uy * half), y(base.y + ux * half));
        paint_.line_to(x(base.x + uy * half), y(base.y - ux * half));
        paint_.close_path();
        paint_.fill();
        paint_.grestore();
    }

    void draw(const layout::ImageItem& item) {
        end_text();
        const double width = positive(item.width, "lebar gambar");
        const double height = positive(item.height, "tinggi gambar");
        HPDF_Image image = image_for(item.id);
        paint_.image(image, x(item.origin.x), y(item.origin.y + height),
                            real(width), real(height));
    }

    // Colours and line width for a path; libharu (like PDF) takes them only before the path.
    void set_paint(bool stroked, double stroke_width, bool filled, double fill_gray) {
        if (filled) {
            paint_.gray_fill(gray(fill_gray));
        }
        if (stroked) {
            paint_.line_width(real(stroke_width));
            paint_.gray_stroke(0);
        }
    }

    // Fills and/or strokes the path just built.
    void paint(bool stroked, bool filled) {
        if (filled && stroked) {
            paint_.fill_stroke();
        } else if (filled) {
            paint_.fill();
        } else {
            paint_.stroke();
        }
    }

    // The face's font, embedded on first use; one font file is loaded once however many faces
    // share it.
    HPDF_Font font_for(layout::Face face) {
        HPDF_Font& font = fonts_.at(static_cast<std::size_t>(face));
        if (font) {
            return font;
        }
        const std::string& path = files_.path(face);
        if (path.empty()) {
            throw std::invalid_argument("tidak ada berkas fon untuk " +
                                        std::string(layout::face_name(face)));
        }
        const bool first_in_document = paths_used_.insert(path).second;
        const bool loaded_before = doc_.has_font(path);
        const std::string& name = doc_.load_font(path);
        if (loaded_before && first_in_document && doc_.embeds_fonts()) {
            doc_.retag_font(name);
            doc_.check([&] { return "memuat fon " + quoted(path); });
        }
        font = HPDF_GetFont(doc_.get(), name.c_str(), text_encoding);
        doc_.check([&] { return "memuat fon " + quoted(path); });
        if (info_) {
            auto use = info_->fonts.try_emplace(name, RenderInfo::FontUse{face, {}}).first;
            font_uses_.at(static_cast<std::size_t>(face)) = &use->second;
        }
        return font;
    }

    // The image with this id, checked and embedded on first use.
    HPDF_Image image_for(const std::string& id) {
        if (const auto found = images_.find(id); found != images_.end()) {
            return found->second;
        }
        const auto bytes = image_bytes_.find(id);
        if (bytes == image_bytes_.end()) {
            throw std::invalid_argument("gambar tidak ada dalam daftar tampilan: " + quoted(id));
        }
        const std::string& file = *bytes->second;
        const std::variant<ImageInfo, std::string> checked = check_image(file);
        if (const std::string* problem = std::get_if<std::string>(&checked)) {
            throw std::runtime_error("gambar " + quoted(id) + " tidak dapat dipakai: " + *problem);
        }
        const auto* data = reinterpret_cast<const HPDF_BYTE*>(file.data());
        const auto size = static_cast<HPDF_UINT>(file.size());
        HPDF_Image image = std::get<ImageInfo>(checked).format == ImageFormat::jpeg
                               ? HPDF_LoadJpegImageFromMem(doc_.get(), data, size)
                               : HPDF_LoadPngImageFromMem(doc_.get(), data, size);
        doc_.check([&] { return "memuat gambar " + quoted(id); });
        images_.emplace(id, image);
        if (info_) info_->image_ids.push_back(id);
        return image;
    }

    const layout::DisplayList& list_;
    const FontFiles& files_;
    RenderInfo* info_;  // null: not asked for
    std::array<RenderInfo::FontUse*, layout::face_count> font_uses_{};  // by Face, into info_
    Document doc_;
    std::map<std::string, const std::string*> image_bytes_;  // id → PNG or JPEG bytes in list_
    std::map<std::string, HPDF_Image> images_;                // id → embedded image
    std::array<HPDF_Font, layout::face_count> fonts_{};      // by Face; null until used
    std::set<std::string> paths_used_;                       // font files used in this document
    Painter paint_;
    std::vector<std::string> contents_;  // a draft's, by page
    std::deque<DrawnPage> drawn_;        // a draft's last pages, see resume_like_earlier
    HPDF_Page page_ = nullptr;
    std::vector<HPDF_Page> pages_;  // every page added, in order (bookmark destinations)
    double page_height_ = 0;  // points, of the page being drawn
    bool in_text_ = false;    // inside BT … ET
    HPDF_Font text_font_ = nullptr;
    double text_size_ = 0;
};

// Embedded fonts, made once. What libharu writes for an embedded TrueType font (its dictionary
// with the /Widths of the characters shown, its descriptor, the subset of the font file,
// deflated) depends only on the file, the subset tag and the characters shown with it, and
// costs more than all the pages of a short document. So render_pdf renders the pages with
// fonts not embedded (the same objects, numbered alike, up to the descriptors libharu adds when
// saving) and puts in their place the objects of each font embedded with its tag and
// characters: kept from an earlier document that showed the same, or made by libharu in a
// document of one page showing just those characters in that font under that tag. The bytes
// are those of the document with libharu embedding the fonts itself
// (tests/render/pdf_writer_test.cpp renders both ways; the golden tests check whole months).
struct CachedFont {
    std::string dict;                 // the font dictionary's body
    int dict_id = 0;                  // its number in the PDF it came from
    std::vector<int> ids;             // the descriptor and the objects it refers to, ascending
    std::vector<std::string> bodies;  // their bodies, same order
};

class FontCache {
public:
    std::shared_ptr<const CachedFont> find(const std::string& key) const {
        std::lock_guard lock(mutex_);
        const auto found = entries_.find(key);
        return found == entries_.end() ? nullptr : found->second;
    }
    // Kept while the fonts kept hold at most max_bytes; once full, what is kept stays (a month
    // shows the same few character sets over and over, each first shown early on).
    void add(const std::string& key, std::shared_ptr<const CachedFont> font) {
        const std::size_t size = bytes_of(key, *font);
        std::lock_guard lock(mutex_);
        if (bytes_ + size > max_bytes) return;
        if (entries_.try_emplace(key, std::move(font)).second) bytes_ += size;
    }

private:
    static std::size_t bytes_of(const std::string& key, const CachedFont& font) {
        std::size_t size = key.size() + font.dict.size() + 256;  // 256: the entry, the strings' own
        for (const std::string& body : font.bodies) size += body.size() + 64;
        return size;
    }
    // About 7.6 KB a font (a subset of 8-11 KB deflated, the /Widths): some 17,000 fonts. A
    // month of 5,000 employees shows 8,241 different ones (63 MB), 10,000 employees 12,313
    // (94 MB); a font not kept is written again each time it is shown (a quarter of a
    // millisecond, most of it deflating). Before, at most 4,096 were kept: 9,669 fonts were
    // made for 5,000 employees, 17,985 for 10,000.
    static constexpr std::size_t max_bytes = std::size_t{128} << 20;
    mutable std::mutex mutex_;
    std::unordered_map<std::string, std::shared_ptr<const CachedFont>> entries_;
    std::size_t bytes_ = 0;
};

FontCache& font_cache() {
    static FontCache cache;
    return cache;
}

std::atomic<std::size_t> fonts_made{0};

// The font files a list uses, in the order render_pdf first uses them (which is the order
// libharu tags and numbers them), with the WinAnsi bytes shown with each; nullopt when the list
// has text render_pdf would refuse (render_pdf then reports it).
struct PlannedFont {
    std::string path;
    std::bitset<256> bytes;
};
std::optional<std::vector<PlannedFont>> plan_fonts(const layout::DisplayList& list, const FontFiles& files) {
    std::vector<PlannedFont> plan;
    for (const layout::Page& page : list.pages) {
        for (const layout::Item& item : page.items) {
            const auto* run = std::get_if<layout::TextRun>(&item);
            if (!run || run->text.empty()) continue;
            const std::string& path = files.path(run->face);
            if (path.empty()) return std::nullopt;
            std::string converted;
            std::string_view encoded = run->text;  // printable ASCII is its own WinAnsi
            if (!is_printable_ascii(encoded)) {
                try {
                    converted = to_winansi(run->text);
                } catch (const std::exception&) {
                    return std::nullopt;
                }
                encoded = converted;
            }
            auto found = std::find_if(plan.begin(), plan.end(), [&](const PlannedFont& f) { return f.path == path; });
            if (found == plan.end()) found = plan.insert(plan.end(), PlannedFont{path, {}});
            for (const char byte : encoded) found->bytes.set(static_cast<unsigned char>(byte));
        }
    }
    return plan;
}

// The subset tag of the n-th embedded font file of a document (from 0: HPDFAA).
std::string subset_tag(std::size_t n) {
    char tag[7] = "HPDFAA";
    for (; n > 0; --n) next_subset_tag(tag);
    return tag;
}

// The font dictionaries of a PDF libharu made, ascending.
std::vector<int> font_dicts(const pdf::SourcePdf& source) {
    std::vector<int> ids;
    for (int id = 1; id < source.count(); ++id) {
        if (pdf::is_font(pdf::dictionary(source.body(id)))) ids.push_back(id);
    }
    return ids;
}

// A font file as libharu sees it: its bytes (the copy libharu reads from memory, see
// read_font_from_memory; empty when it reads the file itself), and for each byte shown in its
// WinAnsi encoding the glyph of the byte's character in the font's cmap and the width the font
// dictionary gives it (libharu's HPDF_TTFontDef_GetCharWidth: the glyph's advance in
// thousandths of the em, or the font's missing width when the glyph is not in the font).
struct ShownGlyphs {
    std::string bytes;
    std::array<std::uint16_t, 256> glyph{};
    std::array<int, 256> width{};
};
ShownGlyphs shown_glyphs(HPDF_Doc pdf, HPDF_FontDef def) {
    HPDF_Encoder encoder = HPDF_GetEncoder(pdf, text_encoding);
    if (!encoder || !def->attr) throw std::logic_error("pengode WinAnsi atau fon libharu hilang");
    const auto* attr = static_cast<HPDF_TTFontDefAttr>(def->attr);
    ShownGlyphs shown;
    if (attr->stream && attr->stream->read_fn == font_file_read) {
        shown.bytes = static_cast<const FontFileBytes*>(attr->stream->attr)->bytes;
    }
    for (std::size_t byte = 0; byte < 256; ++byte) {
        const HPDF_UNICODE unicode = HPDF_Encoder_ToUnicode(encoder, static_cast<HPDF_UINT16>(byte));
        const HPDF_UINT16 glyph = HPDF_TTFontDef_GetGlyphid(def, unicode);
        shown.glyph[byte] = glyph;
        shown.width[byte] = glyph < attr->num_glyphs ? HPDF_TTFontDef_GetGidWidth(def, glyph) : def->missing_width;
    }
    return shown;
}

// The embedded font of `font` tagged `tag`: a document of one page showing its characters.
// Sets `glyphs` (when given) to what the font file shows for each byte.
CachedFont make_font(const PlannedFont& font, const std::string& tag, ShownGlyphs* glyphs) {
    std::string shown;
    for (std::size_t byte = 1; byte < font.bytes.size(); ++byte) {
        if (font.bytes.test(byte)) shown += static_cast<char>(byte);
    }
    if (font.bytes.test(0) || shown.empty()) pdf::not_ours("huruf fon tidak dapat ditampilkan");
    Document doc(true);
    HPDF_Doc pdf = doc.get();
    HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
    const std::string& name = doc.load_font(font.path);
    HPDF_FontDef def = HPDF_Doc_FindFontDef(pdf, name.c_str());
    if (!def) throw std::logic_error("definisi fon " + name + " hilang dari libharu");
    if (glyphs) *glyphs = shown_glyphs(pdf, def);
    HPDF_TTFontDef_SetTagName(def, const_cast<char*>(tag.c_str()));
    HPDF_Font handle = HPDF_GetFont(pdf, name.c_str(), text_encoding);
    HPDF_Page page = HPDF_AddPage(pdf);
    HPDF_Page_BeginText(page);
    HPDF_Page_SetFontAndSize(page, handle, 10);
    HPDF_Page_ShowText(page, shown.c_str());
    HPDF_Page_EndText(page);
    doc.check([&] { return "menyematkan fon \"" + font.path + "\""; });
    const std::string bytes = saved(doc);

    const pdf::SourcePdf source(bytes);
    const std::vector<int> dicts = font_dicts(source);
    if (dicts.size() != 1) pdf::not_ours("jumlah fon berbeda");
    CachedFont made;
    made.dict_id = dicts[0];
    made.dict = std::string(source.body(dicts[0]));
    if (made.dict.find("/BaseFont /" + tag + "+") == std::string::npos) pdf::not_ours("tag fon tidak dikenal");
    const int descriptor = pdf::ref_of(pdf::dictionary(made.dict), "FontDescriptor");
    if (descriptor == 0) pdf::not_ours("fon tanpa deskriptor");
    for (const int id : pdf::closure(source, descriptor)) {
        made.ids.push_back(id);
        made.bodies.emplace_back(source.body(id));
    }
    ++fonts_made;
    return made;
}

// A font file's fonts made without libharu: a font for other characters under the same tag
// differs from one libharu made only in its /Widths, its font program (written by
// TrueTypeSubsetter, deflated as libharu does) and that program's lengths. So the first font
// libharu makes of a file under a tag is kept as the model of the others: kept only when the
// font made from it for the same characters comes out the very bytes libharu wrote, and a
// file whose fonts do not is left to libharu for good.
class FontDeriver {
public:
    // The font of `font` tagged `tag`, from the model of its file and tag; null when there is none.
    std::shared_ptr<const CachedFont> derive(const PlannedFont& font, const std::string& tag) const {
        std::shared_ptr<const FontFile> file;
        std::shared_ptr<const CachedFont> model;
        {
            std::lock_guard lock(mutex_);
            const auto found = models_.find({font.path, tag});
            if (found == models_.end()) return nullptr;
            model = found->second;
            file = files_.at(font.path);
        }
        if (!file) return nullptr;  // a later model of the file failed its check: none is used
        return std::make_shared<const CachedFont>(derived(*model, *file, font.bytes, tag));
    }

    // Learns from a font libharu made (`glyphs`: what its file shows for each byte).
    void learn(const PlannedFont& font, const std::string& tag, const std::shared_ptr<const CachedFont>& made,
               const ShownGlyphs& glyphs) {
        std::shared_ptr<const FontFile> file;
        {
            std::lock_guard lock(mutex_);
            if (models_.count({font.path, tag})) return;
            if (const auto found = files_.find(font.path); found != files_.end()) {
                file = found->second;
                if (!file) return;  // not derivable
            }
        }
        if (!file) file = file_of(glyphs);
        bool same = false;
        if (file) {
            try {
                const CachedFont again = derived(*made, *file, font.bytes, tag);
                same = again.dict == made->dict && again.dict_id == made->dict_id && again.ids == made->ids &&
                       again.bodies == made->bodies;
            } catch (const std::exception&) {
                same = false;
            }
        }
        std::lock_guard lock(mutex_);
        if (!same) {
            files_[font.path] = nullptr;
            return;
        }
        files_.try_emplace(font.path, file);
        models_.try_emplace({font.path, tag}, made);
    }

private:
    struct FontFile {
        TrueTypeSubsetter subsetter;
        std::array<int, 256> width;
    };

    static std::shared_ptr<const FontFile> file_of(const ShownGlyphs& glyphs) {
        try {
            return std::make_shared<const FontFile>(FontFile{TrueTypeSubsetter(glyphs.bytes, glyphs.glyph), glyphs.width});
        } catch (const std::exception&) {
            return nullptr;
        }
    }

    // `text` with its `count` bytes from `at` replaced by `with`, in a string of just its size
    // (the font cache holds thousands; std::string's replace and + may double the capacity).
    static std::string spliced(std::string_view text, std::size_t at, std::size_t count, std::string_view with) {
        std::string out;
        out.reserve(text.size() - count + with.size());
        out.append(text.substr(0, at)).append(with).append(text.substr(at + count));
        return out;
    }

    // `model` with the widths and font program of `shown` (the same file and tag).
    static CachedFont derived(const CachedFont& model, const FontFile& file, const std::bitset<256>& shown,
                              const std::string& tag) {
        CachedFont font;
        font.dict_id = model.dict_id;
        font.ids = model.ids;
        // libharu's /Widths: FirstChar 32 to LastChar 255, 0 for a byte not shown, 16 a line.
        const std::string widths_key = "/Widths [\n";
        const std::size_t widths_at = model.dict.find(widths_key);
        const std::size_t widths_end = widths_at == std::string::npos ? widths_at : model.dict.find(']', widths_at);
        if (widths_end == std::string::npos) pdf::not_ours("lebar huruf fon tidak dikenal");
        std::string widths;
        for (std::size_t byte = 32; byte < 256; ++byte) {
            widths += std::to_string(shown.test(byte) ? file.width[byte] : 0);
            widths += (byte - 32) % 16 == 15 ? " \n" : " ";
        }
        font.dict = spliced(model.dict, widths_at + widths_key.size(), widths_end - widths_at - widths_key.size(), widths);

        // The font program (the body with /Length1) with the subset, and its /Length object.
        const auto program = std::find_if(model.bodies.begin(), model.bodies.end(),
                                           [](const std::string& body) { return body.find("\n/Length1 ") != std::string::npos; });
        if (program == model.bodies.end()) pdf::not_ours("program fon tidak ada");
        const std::string subset = file.subsetter.subset(shown, tag);
        const std::string deflated = deflate_contents({subset}).at(0);
        const std::string_view data = pdf::stream_data(*program);
        const std::string with_data = spliced(*program, static_cast<std::size_t>(data.data() - program->data()),
                                              data.size(), deflated);
        const std::size_t length1 = with_data.find("\n/Length1 ") + 10;
        std::string program_body =
            spliced(with_data, length1, with_data.find('\n', length1) - length1, std::to_string(subset.size()));
        const auto length = std::find(model.ids.begin(), model.ids.end(),
                                      pdf::ref_of(pdf::dictionary(program_body), "Length"));
        if (length == model.ids.end()) pdf::not_ours("panjang program fon tidak ada");
        const auto program_at = static_cast<std::size_t>(program - model.bodies.begin());
        const auto length_at = static_cast<std::size_t>(length - model.ids.begin());
        for (std::size_t i = 0; i < model.bodies.size(); ++i) {
            if (i == program_at) {
                font.bodies.push_back(std::move(program_body));
            } else if (i == length_at) {
                font.bodies.push_back(std::to_string(deflated.size()) + "\n");
            } else {
                font.bodies.push_back(model.bodies[i]);
            }
        }
        return font;
    }

    mutable std::mutex mutex_;
    std::map<std::string, std::shared_ptr<const FontFile>> files_;  // null: its fonts are libharu's to make
    std::map<std::pair<std::string, std::string>, std::shared_ptr<const CachedFont>> models_;  // by file, tag
};

FontDeriver& font_deriver() {
    static FontDeriver deriver;
    return deriver;
}

std::atomic<std::size_t> fonts_derived{0};

// The embedded fonts of a document rendered with `plan`, in its order.
std::vector<std::shared_ptr<const CachedFont>> embedded_fonts(const std::vector<PlannedFont>& plan) {
    std::vector<std::shared_ptr<const CachedFont>> fonts;
    for (std::size_t n = 0; n < plan.size(); ++n) {
        const std::string tag = subset_tag(n);
        const std::string key = plan[n].path + '\n' + tag + '\n' + plan[n].bytes.to_string();
        std::shared_ptr<const CachedFont> font = font_cache().find(key);
        if (!font) {
            font = font_deriver().derive(plan[n], tag);
            if (font) {
                ++fonts_derived;
            } else {
                ShownGlyphs glyphs;
                font = std::make_shared<const CachedFont>(make_font(plan[n], tag, &glyphs));
                font_deriver().learn(plan[n], tag, font, glyphs);
            }
            font_cache().add(key, font);
        }
        fonts.push_back(std::move(font));
    }
    return fonts;
}

// The page contents of a draft (`drawn`, see Renderer::contents) and their /Length objects as
// libharu writes them deflated: by object number, the new bodies.
std::map<int, std::string> deflated_contents(const pdf::SourcePdf& source, const std::vector<std::string>& drawn) {
    std::vector<int> ids;
    std::vector<std::string_view> dicts;
    for (const int page : pdf::page_ids(source)) {
        const int id = pdf::ref_of(pdf::dictionary(source.body(page)), "Contents");
        if (id == 0 || !pdf::stream_data(source.body(id)).empty()) pdf::not_ours("isi halaman tidak dikenal");
        ids.push_back(id);
        dicts.push_back(pdf::dictionary(source.body(id)));
    }
    if (ids.size() != drawn.size()) pdf::not_ours("jumlah halaman berbeda");
    const std::vector<std::string> deflated = deflate_contents({drawn.begin(), drawn.end()});
    std::map<int, std::string> bodies;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const std::string_view dict = dicts[i];
        const int length = pdf::ref_of(dict, "Length");
        if (length == 0 || dict != "<<\n/Length " + pdf::ref(length) + "\n>>") pdf::not_ours("isi halaman tidak dikenal");
        std::string body = "<<\n/Length " + pdf::ref(length) + "\n/Filter [ /FlateDecode ]\n>>\nstream\r\n";
        body += deflated[i];
        body += "\nendstream\n";
        bodies[ids[i]] = std::move(body);
        bodies[length] = std::to_string(deflated[i].size()) + "\n";
    }
    return bodies;
}

// `plain` (a draft: fonts not embedded, pages empty) with its pages' `contents` deflated and the
// embedded fonts in place of its own: its objects up to the first font descriptor as they are
// but for the fonts' dictionaries and the pages' contents, then each font's descriptor and
// program.
std::string with_fonts(std::string_view plain, const std::vector<std::string>& contents,
                       const std::vector<std::shared_ptr<const CachedFont>>& fonts) {
    const pdf::SourcePdf source(plain);
    const std::vector<int> dicts = font_dicts(source);
    if (dicts.size() != fonts.size()) pdf::not_ours("jumlah fon berbeda");
    int tail = source.count();  // the first descriptor libharu added when saving
    for (const int id : dicts) tail = std::min(tail, pdf::ref_of(pdf::dictionary(source.body(id)), "FontDescriptor"));
    if (source.count() - tail != static_cast<int>(fonts.size())) pdf::not_ours("deskriptor fon tidak dikenal");
    std::vector<std::map<int, int>> numbers(fonts.size());
    int next = tail;
    for (std::size_t n = 0; n < fonts.size(); ++n) {
        numbers[n][fonts[n]->dict_id] = dicts[n];
        for (const int id : fonts[n]->ids) numbers[n][id] = next++;
    }
    const std::map<int, std::string> deflated = deflated_contents(source, contents);
    std::ostringstream bytes;
    pdf::Output out(bytes);
    out.put(source.header());
    for (int id = 1, n = 0; id < tail; ++id) {
        if (n < static_cast<int>(dicts.size()) && id == dicts[static_cast<std::size_t>(n)]) {
            out.object(id, pdf::renumbered(fonts[static_cast<std::size_t>(n)]->dict, numbers[static_cast<std::size_t>(n)]));
            ++n;
        } else if (const auto content = deflated.find(id); content != deflated.end()) {
            out.object(id, content->second);
        } else {
            out.object(id, source.body(id));
        }
    }
    for (std::size_t n = 0; n < fonts.size(); ++n) {
        for (std::size_t i = 0; i < fonts[n]->ids.size(); ++i) {
            out.object(numbers[n].at(fonts[n]->ids[i]), pdf::renumbered(fonts[n]->bodies[i], numbers[n]));
        }
    }
    out.finish(next);
    return std::move(bytes).str();
}

std::string render(const layout::DisplayList& list, const FontFiles& files, RenderInfo* info) {
    const std::optional<std::vector<PlannedFont>> plan = plan_fonts(list, files);
    if (plan && !plan->empty()) {
        try {
            const std::vector<std::shared_ptr<const CachedFont>> fonts = embedded_fonts(*plan);
            Renderer draft(list, files, info, false);
            const std::string plain = draft.run();
            return with_fonts(plain, draft.contents(), fonts);
        } catch (const std::exception&) {
            // Whatever went wrong, the document made as always says it (or is made).
            if (info) *info = RenderInfo{};
        }
    }
    return Renderer(list, files, info, true).run();
}

}  // namespace

std::string render_pdf(const layout::DisplayList& list, const FontFiles& fonts) {
    return render(list, fonts, nullptr);
}

std::size_t fonts_embedded_alone() { return fonts_made.load() + fonts_derived.load(); }

std::size_t fonts_derived_from_earlier() { return fonts_derived.load(); }

std::string render_pdf_embedding_fonts(const layout::DisplayList& list, const FontFiles& fonts) {
    return Renderer(list, fonts, nullptr, true).run();
}

std::string render_pdf(const layout::DisplayList& list, const FontFiles& fonts, RenderInfo& info) {
    info = RenderInfo{};
    return render(list, fonts, &info);
}

}  // namespace kinerja::render
