#include "render/pdf_writer.hpp"

#include <algorithm>
#include <bitset>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <exception>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include <hpdf.h>

#include "render/image_check.hpp"
#include "render/pdf_finish.hpp"
#include "render/pdf_text.hpp"
#include "render/winansi.hpp"

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


// A libharu handle kept by each thread for the documents it renders, one after another:
// HPDF_NewDoc starts each document afresh (objects, fonts in use, errors) but keeps the
// TrueType files already parsed (libharu's font definitions, found again by name with
// HPDF_GetFont), so that a run of thousands of documents parses each font file once per thread.
// Fonts are loaded not embedded: libharu would deflate each font program again in every
// document; kinerja embeds them itself (pdf_finish.hpp, docs/RENDER.md).
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

thread_local std::unique_ptr<HaruContext> haru_context;

// One document in this thread's libharu handle. A document left by an exception (a libharu
// error or a broken display list) takes the handle with it: the next one starts a new handle.
class Document {
public:
    Document() : unwinding_(std::uncaught_exceptions()) {
        if (!haru_context) haru_context = std::make_unique<HaruContext>();
        context_ = haru_context.get();
        context_->error = HaruError{};
        if (context_->used) HPDF_NewDoc(context_->doc.get());
        context_->used = true;
        if (context_->error.code != HPDF_OK) {
            const HaruError error = context_->error;
            haru_context.reset();  // a handle that could not start a document is not kept
            throw std::runtime_error(std::string("pembuatan PDF gagal saat menyiapkan dokumen: ") + describe(error.code));
        }
    }
    ~Document() {
        if (std::uncaught_exceptions() > unwinding_) haru_context.reset();
    }
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    HPDF_Doc get() const { return context_->doc.get(); }

    // The libharu name of the font file at `path`, loaded into the handle first if need be.
    const std::string& load_font(const std::string& path) {
        if (const auto found = context_->font_names.find(path); found != context_->font_names.end()) {
            return found->second;
        }
        const char* loaded = HPDF_LoadTTFontFromFile(get(), path.c_str(), HPDF_FALSE);
        check([&] { return "memuat fon \"" + path + "\""; });
        return context_->font_names.emplace(path, loaded).first->second;
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
    const Date parsed = parse_date(text);
    HPDF_Date date{};
    date.year = parsed.year;
    date.month = parsed.month;
    date.day = parsed.day;
    date.ind = ' ';
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

// `lines` (of one width) as the fewest segments covering the same: horizontal ones at one y
// and vertical ones at one x joined where they touch or overlap, each drawn once, from the
// smaller coordinate; the others (slanted, or a single point) as they are. Sorted, so the same
// lines give the same path.
std::vector<layout::Line> merged_lines(const std::vector<layout::Line>& lines) {
    std::map<double, std::vector<std::pair<double, double>>> rows, columns;  // y → x spans, x → y spans
    std::vector<layout::Line> out;
    for (const layout::Line& line : lines) {
        const bool point = line.from == line.to;
        if (!point && line.from.y == line.to.y) {
            rows[line.from.y].emplace_back(std::min(line.from.x, line.to.x), std::max(line.from.x, line.to.x));
        } else if (!point && line.from.x == line.to.x) {
            columns[line.from.x].emplace_back(std::min(line.from.y, line.to.y), std::max(line.from.y, line.to.y));
        } else {
            out.push_back(line);
        }
    }
    const auto join = [&](auto& groups, bool horizontal) {
        for (auto& [at, spans] : groups) {
            std::sort(spans.begin(), spans.end());
            std::pair<double, double> open = spans.front();
            const auto emit = [&] {
                out.push_back(horizontal ? layout::Line{{open.first, at}, {open.second, at}, lines.front().width}
                                         : layout::Line{{at, open.first}, {at, open.second}, lines.front().width});
            };
            for (const auto& span : spans) {
                if (span.first <= open.second) {
                    open.second = std::max(open.second, span.second);
                } else {
                    emit();
                    open = span;
                }
            }
            emit();
        }
    };
    join(rows, true);
    join(columns, false);
    return out;
}

class Renderer {
public:
    // `owned`: the same list, when its pages may be emptied as they are drawn (render_pdf given
    // the list to keep); null otherwise.
    Renderer(const layout::DisplayList& list, const FontFiles& files, layout::DisplayList* owned = nullptr)
        : list_(list), owned_(owned), files_(files) {
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

    // The document as libharu saves it: fonts not embedded, images compressed, page contents
    // not (finished() compresses them, at a level of its choosing).
    std::string run() {
        if (list_.pages.empty()) {
            throw std::invalid_argument("daftar tampilan tanpa halaman");
        }
        HPDF_SetCompressionMode(doc_.get(), HPDF_COMP_IMAGE);
        doc_.check([] { return "menyiapkan dokumen"; });
        write_info();
        for (std::size_t i = 0; i < list_.pages.size(); ++i) {
            render_page(list_.pages.at(i), i + 1);
            // Drawn into libharu: a list given to keep lets its items go page by page, so that a
            // long document (a month's indeks: hundreds of pages) is not held twice.
            if (owned_) std::vector<layout::Item>().swap(owned_->pages.at(i).items);
        }
        write_outline();
        std::string bytes = saved(doc_);
        // The bytes are ours now: libharu's copy of the document (its objects, the page contents,
        // the saved stream) goes at once rather than when the thread's next document begins.
        // HPDF_FreeDoc keeps the handle and its parsed fonts, as HPDF_NewDoc does.
        page_ = nullptr;
        pages_.clear();
        HPDF_FreeDoc(doc_.get());
        return bytes;
    }

    // The fonts the document showed, in the order first used; after run().
    const std::vector<ShownFont>& shown_fonts() const { return shown_; }

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
        in_text_ = false;
        for (std::size_t i = 0; i < page.items.size(); ++i) {
            std::visit([this](const auto& item) { draw(item); }, page.items[i]);
            doc_.check([&] {
                return "menggambar unsur " + std::to_string(i + 1) + " halaman " + std::to_string(number);
            });
        }
        begin_other();
        doc_.check([&] { return "menutup halaman " + std::to_string(number); });
    }

    HPDF_REAL x(double value) const { return real(value); }
    HPDF_REAL y(double value) const { return real(page_height_ - value); }

    // Consecutive runs share one text object (lines waiting do not close it); any other item
    // closes it.
    void begin_text() {
        if (!in_text_) {
            HPDF_Page_BeginText(page_);
            in_text_ = true;
            text_font_ = nullptr;
            text_size_ = 0;
        }
    }

    void end_text() {
        if (in_text_) {
            HPDF_Page_EndText(page_);
            in_text_ = false;
        }
    }

    // Lines wait until an item that is neither text nor a line (or the page's end), and are
    // then drawn as one path per width, their segments merged (merged_lines): a ruled table
    // is hundreds of cell borders, most shared by two cells or continuing one another across
    // the rows' text, and libharu's cost is per operator (docs/RENDER.md). The picture is the
    // same: lines and text are opaque black, so where they overlap the order changes nothing,
    // and two collinear segments that touch, with square caps, cover what the one joining them
    // does.
    void add_line(const layout::Line& line) { lines_[line.width].push_back(line); }

    void end_lines() {
        if (lines_.empty()) return;
        end_text();
        for (const auto& [width, lines] : lines_) {
            HPDF_Page_GSave(page_);
            HPDF_Page_SetLineWidth(page_, real(width));
            HPDF_Page_SetLineCap(page_, HPDF_PROJECTING_SCUARE_END);
            HPDF_Page_SetGrayStroke(page_, 0);
            for (const layout::Line& line : merged_lines(lines)) {
                HPDF_Page_MoveTo(page_, x(line.from.x), y(line.from.y));
                HPDF_Page_LineTo(page_, x(line.to.x), y(line.to.y));
            }
            HPDF_Page_Stroke(page_);
            HPDF_Page_GRestore(page_);
        }
        lines_.clear();
    }

    // Ends a text object and draws the lines waiting before any other item.
    void begin_other() {
        end_lines();
        end_text();
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
        std::bitset<256>& shown = shown_[font_uses_[static_cast<std::size_t>(run.face)]].bytes;
        for (const char byte : encoded) shown.set(static_cast<unsigned char>(byte));
        begin_text();
        if (font != text_font_ || run.size != text_size_) {
            HPDF_Page_SetFontAndSize(page_, font, real(run.size));
            text_font_ = font;
            text_size_ = run.size;
        }
        // Absolute placement per run: relative moves would accumulate float rounding.
        HPDF_Page_SetTextMatrix(page_, 1, 0, 0, 1, x(run.origin.x), y(run.origin.y));
        HPDF_Page_ShowText(page_, encoded.c_str());
    }

    void draw(const layout::Line& line) {
        positive(line.width, "tebal garis");
        for (const double v : {line.from.x, line.from.y, line.to.x, line.to.y}) real(v);
        add_line(line);
    }

    void draw(const layout::Rect& rect) {
        begin_other();
        const bool stroked = rect.stroke_width > 0;
        const bool filled = rect.fill_gray >= 0;
        if (!(rect.width >= 0) || !(rect.height >= 0)) {
            throw std::invalid_argument("ukuran persegi panjang negatif");
        }
        if (!stroked && !filled) {
            return;
        }
        HPDF_Page_GSave(page_);
        set_paint(stroked, rect.stroke_width, filled, rect.fill_gray);
        HPDF_Page_Rectangle(page_, x(rect.origin.x), y(rect.origin.y + rect.height), real(rect.width), real(rect.height));
        paint(stroked, filled);
        HPDF_Page_GRestore(page_);
    }

    void draw(const layout::Polygon& polygon) {
        begin_other();
        if (polygon.points.size() < 2) {
            throw std::invalid_argument("poligon dengan kurang dari 2 titik");
        }
        const bool stroked = polygon.stroke_width > 0;
        const bool filled = polygon.fill_gray >= 0;
        if (!stroked && !filled) {
            return;
        }
        HPDF_Page_GSave(page_);
        set_paint(stroked, polygon.stroke_width, filled, polygon.fill_gray);
        HPDF_Page_MoveTo(page_, x(polygon.points.front().x), y(polygon.points.front().y));
        for (std::size_t i = 1; i < polygon.points.size(); ++i) {
            HPDF_Page_LineTo(page_, x(polygon.points[i].x), y(polygon.points[i].y));
        }
        if (polygon.closed) {
            HPDF_Page_ClosePath(page_);
        }
        paint(stroked, filled);
        HPDF_Page_GRestore(page_);
    }

    void draw(const layout::Arrow& arrow) {
        begin_other();
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

        HPDF_Page_GSave(page_);
        HPDF_Page_SetLineWidth(page_, real(positive(arrow.stroke_width, "tebal garis panah")));
        HPDF_Page_SetGrayStroke(page_, 0);
        HPDF_Page_SetGrayFill(page_, 0);
        draw_shaft(points, from, length > head ? &base : nullptr);
        HPDF_Page_MoveTo(page_, x(tip.x), y(tip.y));
        HPDF_Page_LineTo(page_, x(base.x - uy * half), y(base.y + ux * half));
        HPDF_Page_LineTo(page_, x(base.x + uy * half), y(base.y - ux * half));
        HPDF_Page_ClosePath(page_);
        HPDF_Page_Fill(page_);
        HPDF_Page_GRestore(page_);
    }

    // An arrow's shaft: its points before `end` (the tip's index), and on to the head's `base`
    // when the last segment is longer than the head. It stops at the base, so a thick line
    // cannot poke out past the tip; a shorter last segment ends at its start, which the head
    // covers.
    void draw_shaft(const std::vector<layout::Point>& points, std::size_t end, const layout::Point* base) {
        HPDF_Page_MoveTo(page_, x(points.front().x), y(points.front().y));
        for (std::size_t i = 1; i < end; ++i) {
            HPDF_Page_LineTo(page_, x(points[i].x), y(points[i].y));
        }
        if (base) {
            HPDF_Page_LineTo(page_, x(base->x), y(base->y));
        }
        if (end > 1 || base) {
            HPDF_Page_Stroke(page_);
        } else {
            HPDF_Page_EndPath(page_);
        }
    }

    void draw(const layout::ImageItem& item) {
        begin_other();
        const double width = positive(item.width, "lebar gambar");
        const double height = positive(item.height, "tinggi gambar");
        HPDF_Image image = image_for(item.id);
        HPDF_Page_DrawImage(page_, image, x(item.origin.x), y(item.origin.y + height), real(width), real(height));
    }

    // Colours and line width for a path; libharu (like PDF) takes them only before the path.
    void set_paint(bool stroked, double stroke_width, bool filled, double fill_gray) {
        if (filled) {
            HPDF_Page_SetGrayFill(page_, gray(fill_gray));
        }
        if (stroked) {
            HPDF_Page_SetLineWidth(page_, real(stroke_width));
            HPDF_Page_SetGrayStroke(page_, 0);
        }
    }

    // Fills and/or strokes the path just built.
    void paint(bool stroked, bool filled) {
        if (filled && stroked) {
            HPDF_Page_FillStroke(page_);
        } else if (filled) {
            HPDF_Page_Fill(page_);
        } else {
            HPDF_Page_Stroke(page_);
        }
    }

    // The face's font, loaded on first use; one font file is loaded once however many faces
    // share it, and shown_ lists it once.
    HPDF_Font font_for(layout::Face face) {
        const auto index = static_cast<std::size_t>(face);
        if (HPDF_Font font = fonts_.at(index)) {
            return font;
        }
        const std::string& path = files_.path(face);
        if (path.empty()) {
            throw std::invalid_argument("tidak ada berkas fon untuk " + std::string(layout::face_name(face)));
        }
        const std::string& name = doc_.load_font(path);
        HPDF_Font font = HPDF_GetFont(doc_.get(), name.c_str(), text_encoding);
        doc_.check([&] { return "memuat fon " + quoted(path); });
        auto shown = std::find_if(shown_.begin(), shown_.end(), [&](const ShownFont& f) { return f.name == name; });
        if (shown == shown_.end()) shown = shown_.insert(shown_.end(), ShownFont{name, path, face, {}});
        font_uses_[index] = static_cast<std::size_t>(shown - shown_.begin());
        fonts_[index] = font;
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
        image_order_.push_back(id);
        return image;
    }

public:
    // The images embedded, in order; after run().
    const std::vector<std::string>& image_ids() const { return image_order_; }

private:
    const layout::DisplayList& list_;
    layout::DisplayList* owned_;  // list_ when its pages' items may go once drawn; else null
    const FontFiles& files_;
    Document doc_;
    std::map<std::string, const std::string*> image_bytes_;  // id → PNG or JPEG bytes in list_
    std::map<std::string, HPDF_Image> images_;                // id → embedded image
    std::vector<std::string> image_order_;                    // ids in the order embedded
    std::array<HPDF_Font, layout::face_count> fonts_{};      // by Face; null until used
    std::array<std::size_t, layout::face_count> font_uses_{};  // by Face: its font in shown_
    std::vector<ShownFont> shown_;
    HPDF_Page page_ = nullptr;
    std::vector<HPDF_Page> pages_;  // every page added, in order (bookmark destinations)
    double page_height_ = 0;  // points, of the page being drawn
    bool in_text_ = false;    // inside BT … ET
    HPDF_Font text_font_ = nullptr;
    double text_size_ = 0;
    std::map<double, std::vector<layout::Line>> lines_;  // by width: lines not drawn yet (add_line)
};

std::string render(const layout::DisplayList& list, const FontFiles& files, RenderInfo* info,
                   layout::DisplayList* owned = nullptr) {
    Renderer renderer(list, files, owned);
    const std::string saved = renderer.run();
    if (info) {
        for (const ShownFont& font : renderer.shown_fonts()) info->fonts[font.name] = RenderInfo::FontUse{font.face, font.bytes};
        info->image_ids = renderer.image_ids();
    }
    return finished(saved, renderer.shown_fonts());
}

}  // namespace

std::string render_pdf(const layout::DisplayList& list, const FontFiles& fonts) {
    return render(list, fonts, nullptr);
}

std::string render_pdf(const layout::DisplayList& list, const FontFiles& fonts, RenderInfo& info) {
    info = RenderInfo{};
    return render(list, fonts, &info);
}

std::string render_pdf(layout::DisplayList&& list, const FontFiles& fonts, RenderInfo& info) {
    info = RenderInfo{};
    return render(list, fonts, &info, &list);
}

}  // namespace kinerja::render
