#include "layout/layout_engine.hpp"

#include "layout/flow.hpp"
#include "layout/text_lines.hpp"

#include <algorithm>
#include <iterator>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string_view>
#include <type_traits>
#include <variant>

namespace kinerja::layout {
namespace {

using detail::Context;
using detail::Flow;
using detail::Frame;
using detail::Piece;
using detail::PieceKind;

constexpr double epsilon = 1e-6;  // points: absorbs rounding when comparing positions

// "12,50": numbers in messages, Indonesian style, independent of the C locale.
std::string points_text(double value) {
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 2);
    std::string text(buffer, result.ptr);
    std::replace(text.begin(), text.end(), '.', ',');
    return text + " pt";
}

void check_style(const doc::TextStyle& style) {
    if (!(style.size > 0) || !std::isfinite(style.size)) {
        throw std::invalid_argument("tata letak: ukuran huruf harus lebih dari 0");
    }
    if (!(style.leading >= 1) || !std::isfinite(style.leading)) {
        throw std::invalid_argument("tata letak: jarak baris harus paling sedikit 1");
    }
}

void check_space(double value, const char* what) {
    if (!(value >= 0) || !std::isfinite(value)) {
        throw std::invalid_argument(std::string("tata letak: ") + what + " tidak boleh negatif");
    }
}

void push_gap(Flow& out, double height) {
    if (height <= 0) return;
    Piece gap;
    gap.kind = PieceKind::gap;
    gap.frame.height = height;
    out.pieces.push_back(std::move(gap));
}

using detail::baseline_in_line;
using detail::emit_line;
using detail::emit_strikes;

void layout_one(const doc::Paragraph& paragraph, double width, Context& context, Flow& out, bool) {
    const doc::TextStyle& style = paragraph.style;
    check_style(style);
    check_space(paragraph.space_before, "jarak sebelum paragraf");
    check_space(paragraph.space_after, "jarak sesudah paragraf");
    const Face face = face_for(style);
    const double box = line_height(style, context.fonts);
    const double baseline = baseline_in_line(face, style.size, box, context.fonts);
    const std::vector<BrokenLine> lines =
        paragraph.no_runt ? break_lines_without_runt(paragraph.text, face, style.size, width, style.align, context.fonts)
                          : break_lines(paragraph.text, face, style.size, width, style.align, context.fonts);

    push_gap(out, paragraph.space_before);
    const std::size_t first = out.pieces.size();
    for (const BrokenLine& line : lines) {
        Piece piece;
        piece.what = "baris teks";
        piece.frame.height = box;
        emit_line(line, paragraph.text, style, face, 0, baseline, context.fonts, 0, piece.frame.items);
        emit_strikes(line, paragraph.text, paragraph.strike, style, face, 0, baseline, context.fonts, 0,
                     piece.frame.items);
        out.pieces.push_back(std::move(piece));
    }
    // No orphan or widow: the first two lines stay together, and the last two.
    if (lines.size() >= 2) {
        out.pieces.at(first).keep_with_next = true;
        out.pieces.at(first + lines.size() - 2).keep_with_next = true;
    }
    push_gap(out, paragraph.space_after);
}

void layout_one(const doc::Spacer& spacer, double, Context&, Flow& out, bool) {
    check_space(spacer.height, "tinggi spasi");
    push_gap(out, spacer.height);
}

void layout_one(const doc::Rule& rule, double width, Context&, Flow& out, bool) {
    if (!(rule.thickness > 0) || !std::isfinite(rule.thickness)) {
        throw std::invalid_argument("tata letak: tebal garis harus lebih dari 0");
    }
    check_space(rule.space_before, "jarak sebelum garis");
    check_space(rule.space_after, "jarak sesudah garis");
    push_gap(out, rule.space_before);
    Piece piece;
    piece.what = "garis";
    piece.frame.height = rule.thickness;
    const double y = rule.thickness / 2;
    piece.frame.items.emplace_back(Line{{0, y}, {width, y}, rule.thickness});
    out.pieces.push_back(std::move(piece));
    push_gap(out, rule.space_after);
}

void layout_one(const doc::Image& image, double width, Context& context, Flow& out, bool) {
    auto found = context.images.find(image.id);
    if (found == context.images.end()) {
        throw std::invalid_argument("tata letak: gambar \"" + image.id + "\" tidak ada di dokumen");
    }
    if (!(image.width > 0) || !(image.height > 0)) {
        throw std::invalid_argument("tata letak: kotak gambar \"" + image.id + "\" harus lebih dari 0");
    }
    const doc::ImageData& data = *found->second;
    // Fitted into its box, the box first narrowed to the column and the page.
    const double box_width = std::min(image.width, width);
    const double box_height = std::min(image.height, context.max_height);
    const double scale = std::min(box_width / data.pixel_width, box_height / data.pixel_height);
    ImageItem item;
    item.width = std::min(width, data.pixel_width * scale);
    item.height = std::min(box_height, data.pixel_height * scale);
    item.id = image.id;
    double x = 0;
    if (image.align == doc::Align::center) x = (width - item.width) / 2;
    if (image.align == doc::Align::right) x = width - item.width;
    item.origin = {std::max(0.0, x), 0};
    context.used_images.insert(image.id);

    Piece piece;
    piece.what = "gambar";
    piece.frame.height = item.height;
    piece.frame.items.emplace_back(std::move(item));
    out.pieces.push_back(std::move(piece));
}

void layout_one(const doc::Table& table, double width, Context& context, Flow& out, bool) {
    detail::layout_table(table, width, context, out);
}

void layout_one(const doc::Columns& columns, double width, Context& context, Flow& out, bool) {
    const std::size_t count = columns.columns.size();
    if (count == 0 || columns.weights.size() != count) {
        throw std::invalid_argument("tata letak: jumlah bobot kolom tidak sama dengan jumlah kolom");
    }
    check_space(columns.gap, "jarak antarkolom");
    double total = 0;
    for (double weight : columns.weights) {
        if (!(weight > 0) || !std::isfinite(weight)) {
            throw std::invalid_argument("tata letak: bobot kolom harus lebih dari 0");
        }
        total += weight;
    }
    const double usable = width - columns.gap * static_cast<double>(count - 1);
    if (!(usable > 0)) throw std::runtime_error("tata letak: kolom lebih sempit dari jaraknya");

    Piece piece;
    piece.what = "blok kolom";
    double prefix = 0;
    for (std::size_t k = 0; k < count; ++k) {
        const double left = usable * prefix / total + columns.gap * static_cast<double>(k);
        prefix += columns.weights.at(k);
        const double right = k + 1 == count
                                 ? width
                                 : usable * prefix / total + columns.gap * static_cast<double>(k);
        Flow flow;
        detail::layout_blocks(columns.columns.at(k), right - left, context, flow, false);
        Frame frame = detail::stack(std::move(flow));
        piece.frame.height = std::max(piece.frame.height, frame.height);
        detail::append_shifted(piece.frame.items, std::move(frame.items), left, 0);
    }
    out.pieces.push_back(std::move(piece));
}

void layout_one(const doc::KeepTogether& keep, double width, Context& context, Flow& out,
                bool paged) {
    const std::size_t first = out.pieces.size();
    if (keep.with_previous) {
        // The frame before it (the gaps between are cut at a page break anyway) keeps with it.
        for (std::size_t i = first; i-- > 0;) {
            if (out.pieces[i].kind == PieceKind::gap) continue;
            if (out.pieces[i].kind == PieceKind::frame) {
                out.pieces[i].keep_with_next = true;
                out.pieces[i].kept_with_next_block = true;
            }
            break;
        }
    }
    detail::layout_blocks(keep.blocks, width, context, out, paged);
    std::size_t last_frame = out.pieces.size();
    for (std::size_t i = first; i < out.pieces.size(); ++i) {
        if (out.pieces[i].kind == PieceKind::frame) last_frame = i;
        if (out.pieces[i].kind == PieceKind::gap) out.pieces[i].elastic = false;  // e.g. room to sign in
    }
    for (std::size_t i = first; i < last_frame && last_frame < out.pieces.size(); ++i) {
        if (out.pieces[i].kind == PieceKind::frame) out.pieces[i].keep_with_next = true;
    }
}

void layout_one(const doc::Flowchart& chart, double width, Context& context, Flow& out,
                bool paged) {
    if (!paged) {
        throw std::invalid_argument("tata letak: bagan alir di dalam sel tabel atau kolom");
    }
    detail::layout_flowchart(chart, width, context, out);
}

void layout_one(const doc::PageBreak&, double, Context&, Flow& out, bool paged) {
    if (!paged) {
        throw std::invalid_argument("tata letak: pemisah halaman di dalam sel tabel atau kolom");
    }
    Piece piece;
    piece.kind = PieceKind::page_break;
    out.pieces.push_back(std::move(piece));
}

// Cuts a flow into pages of the content box.
class Paginator {
public:
    // `gap_scale`: the elastic gaps' heights are multiplied by it. `dry`: only counts the pages
    // (no item is moved or copied: the flow stays as it was; a flow with regions is never dry).
    Paginator(const doc::PageSetup& setup, Flow& flow, double gap_scale = 1, bool dry = false)
        : setup_(setup), flow_(flow), top_(setup.margin_top),
          bottom_(setup.height - setup.margin_bottom), gap_scale_(gap_scale), dry_(dry) {}

    std::vector<Page> run() {
        start_page(false, -1);
        std::size_t chain_end = 0;  // pieces before this were already checked as a chain
        for (std::size_t i = 0; i < flow_.pieces.size(); ++i) {
            Piece& piece = flow_.pieces[i];
            if (piece.kind == PieceKind::page_break) {
                start_page(false, -1);
                continue;
            }
            if (piece.kind == PieceKind::regions) {
                place_regions(piece);
                continue;
            }
            if (piece.kind == PieceKind::gap) {
                // Space that does not fit ends the page: what follows starts the next one.
                cursor_ = std::min(cursor_ + gap_height(piece), bottom_);
                continue;
            }
            if (i >= chain_end || piece.kept_with_next_block) {
                // Frames kept together move to a new page whole when they fit one. Inside a
                // chain taller than a page, a block kept with what precedes it (a signature)
                // still moves with the frame before it.
                auto [last, height] = chain(i);
                chain_end = std::max(chain_end, last + 1);
                if (last > i && !fits(height) && used() &&
                    height <= bottom_ - top_ - header_height(piece.header) + epsilon) {
                    start_page(true, piece.header);
                }
            }
            if (!fits(piece.frame.height) && used()) start_page(true, piece.header);
            if (!fits(piece.frame.height)) {
                throw std::runtime_error("tata letak: " + std::string(piece.what) + " setinggi " +
                                         points_text(piece.frame.height) +
                                         " tidak muat di satu halaman (ruang " +
                                         points_text(bottom_ - cursor_) + ")");
            }
            place(piece);
        }
        pages_.back().items.shrink_to_fit();
        return std::move(pages_);
    }

private:
    double gap_height(const Piece& gap) const { return gap.frame.height * (gap.elastic ? gap_scale_ : 1.0); }
    bool fits(double height) const { return cursor_ + height <= bottom_ + epsilon; }
    bool used() const { return cursor_ > body_top_ + epsilon; }

    double header_height(int header) const {
        return header < 0 ? 0 : flow_.headers.at(static_cast<std::size_t>(header)).height;
    }

    // The last frame kept with frame `first` and the height from its top to that frame's end.
    std::pair<std::size_t, double> chain(std::size_t first) const {
        std::size_t last = first;
        double height = flow_.pieces[first].frame.height;
        while (flow_.pieces[last].keep_with_next) {
            double gaps = 0;
            std::size_t next = last + 1;
            while (next < flow_.pieces.size() && flow_.pieces[next].kind == PieceKind::gap) {
                gaps += gap_height(flow_.pieces[next]);
                ++next;
            }
            if (next >= flow_.pieces.size() || flow_.pieces[next].kind != PieceKind::frame) break;
            height += gaps + flow_.pieces[next].frame.height;
            last = next;
        }
        return {last, height};
    }

    void start_page(bool automatic, int header) {
        // A page's items grew by doubling: the finished page gives its spare room back before
        // the next begins (a month's indeks has hundreds of pages; add_page_furniture grows
        // each by exactly what it adds).
        if (!pages_.empty()) pages_.back().items.shrink_to_fit();
        pages_.push_back(Page{setup_.width, setup_.height, {}});
        cursor_ = top_;
        if (automatic && header >= 0) {
            const detail::HeaderRef& ref = flow_.headers.at(static_cast<std::size_t>(header));
            for (std::size_t k = 0; k < ref.count; ++k) {
                const Piece& row = flow_.pieces.at(ref.first + k);
                if (!dry_) {
                    detail::append_shifted_copy(pages_.back().items, row.frame.items, setup_.margin_left, cursor_);
                }
                cursor_ += row.frame.height;
            }
        }
        body_top_ = cursor_;
    }

    // Content that breaks itself: frame 0 here (nothing when it is empty), each further frame
    // at the top of a new page.
    void place_regions(Piece& piece) {
        std::vector<Frame> frames = piece.regions(std::max(0.0, bottom_ - cursor_), bottom_ - top_);
        for (std::size_t k = 0; k < frames.size(); ++k) {
            Frame& frame = frames[k];
            if (k > 0) start_page(true, -1);
            if (k == 0 && frame.height <= 0 && frame.items.empty()) continue;
            if (!fits(frame.height)) {
                throw std::logic_error("tata letak: bagian " + std::string(piece.what) +
                                       " lebih tinggi dari ruang halaman");
            }
            detail::append_shifted(pages_.back().items, std::move(frame.items), setup_.margin_left,
                                   cursor_);
            cursor_ += frame.height;
        }
    }

    void place(Piece& piece) {
        std::vector<Item>& items = pages_.back().items;
        if (!dry_ && piece.header_row) {
            detail::append_shifted_copy(items, piece.frame.items, setup_.margin_left, cursor_);
        } else if (!dry_) {
            detail::append_shifted(items, std::move(piece.frame.items), setup_.margin_left, cursor_);
            // Its items live on the page now: the emptied vector gives its memory back at once,
            // not when the whole flow goes (a table of thousands of rows would be held twice).
            std::vector<Item>().swap(piece.frame.items);
        }
        cursor_ += piece.frame.height;
    }

    const doc::PageSetup& setup_;
    Flow& flow_;
    double top_, bottom_;    // the content box's top and bottom edges
    double gap_scale_;
    bool dry_;
    double cursor_ = 0;      // where the next piece goes
    double body_top_ = 0;    // below the repeated header rows, if any
    std::vector<Page> pages_;
};

void check_page(const doc::PageSetup& page) {
    for (double margin : {page.margin_top, page.margin_right, page.margin_bottom, page.margin_left}) {
        check_space(margin, "margin halaman");
    }
    if (!(page.width > page.margin_left + page.margin_right) ||
        !(page.height > page.margin_top + page.margin_bottom) || !std::isfinite(page.width) ||
        !std::isfinite(page.height)) {
        throw std::invalid_argument("tata letak: halaman lebih kecil dari marginnya");
    }
}

// Lines of `text` centred vertically in the band [band_top, band_top + band_height).
void place_in_margin(const std::vector<BrokenLine>& lines, std::string_view text,
                     const doc::TextStyle& style, double band_top, double band_height,
                     const doc::PageSetup& setup, const FontBook& fonts, const char* what,
                     std::vector<Item>& items) {
    const Face face = face_for(style);
    const double box = line_height(style, fonts);
    const double height = box * static_cast<double>(lines.size());
    if (height > band_height + epsilon) {
        throw std::runtime_error(std::string("tata letak: ") + what + " setinggi " +
                                 points_text(height) + " tidak muat di margin (" +
                                 points_text(band_height) + ")");
    }
    const double baseline = baseline_in_line(face, style.size, box, fonts);
    double top = band_top + (band_height - height) / 2;
    for (const BrokenLine& line : lines) {
        emit_line(line, text, style, face, top, baseline, fonts, setup.margin_left, items);
        top += box;
    }
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

// The label and footer of every page of `pages`: page i is page before + i + 1 of `total`.
void add_page_furniture(std::vector<Page>& pages, std::size_t before, std::size_t total, const doc::PageSetup& setup,
                        const FontBook& fonts) {
    const double width = setup.width - setup.margin_left - setup.margin_right;
    std::vector<BrokenLine> label_lines;
    if (!setup.label.empty()) {
        check_style(setup.label_style);
        label_lines = break_lines(setup.label, face_for(setup.label_style), setup.label_style.size,
                                  width, setup.label_style.align, fonts);
    }
    if (!setup.footer.empty()) check_style(setup.footer_style);
    const std::string of = std::to_string(total);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        std::vector<Item> items;  // the page's label and footer, added to it at the end
        if (!setup.label.empty()) {
            place_in_margin(label_lines, setup.label, setup.label_style, 0, setup.margin_top,
                            setup, fonts, "label halaman", items);
        }
        if (!setup.footer.empty()) {
            const std::string footer = replace_all(
                replace_all(setup.footer, "{halaman}", std::to_string(before + i + 1)), "{jumlah}", of);
            const doc::TextStyle& style = setup.footer_style;
            const auto lines = break_lines(footer, face_for(style), style.size, width, style.align, fonts);
            place_in_margin(lines, footer, style, setup.height - setup.margin_bottom,
                            setup.margin_bottom, setup, fonts, "kaki halaman", items);
        }
        std::vector<Item>& page = pages[i].items;
        page.reserve(page.size() + items.size());  // exactly: the page was shrunk to fit
        std::move(items.begin(), items.end(), std::back_inserter(page));
    }
}

}  // namespace

namespace detail {

namespace {

void shift(Item& item, double dx, double dy) {
    const auto move = [&](Point& p) {
        p.x += dx;
        p.y += dy;
    };
    std::visit(
        [&](auto& value) {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, Line>) {
                move(value.from);
                move(value.to);
            } else if constexpr (std::is_same_v<T, Polygon> || std::is_same_v<T, Arrow>) {
                for (Point& p : value.points) move(p);
            } else {
                move(value.origin);
            }
        },
        item);
}

// Room for `more` items at the end of `out`, growing geometrically: a list that is appended to
// block by block would otherwise be moved whole at every block (quadratic in its length).
void reserve_more(std::vector<Item>& out, std::size_t more) {
    if (out.capacity() < out.size() + more) out.reserve(std::max(out.size() + more, 2 * out.capacity()));
}

}  // namespace

void append_shifted(std::vector<Item>& out, std::vector<Item>&& items, double dx, double dy) {
    reserve_more(out, items.size());
    for (Item& item : items) {
        shift(item, dx, dy);
        out.push_back(std::move(item));
    }
}

void append_shifted_copy(std::vector<Item>& out, const std::vector<Item>& items, double dx,
                         double dy) {
    reserve_more(out, items.size());
    for (const Item& item : items) {
        out.push_back(item);
        shift(out.back(), dx, dy);
    }
}

double baseline_in_line(Face face, double size, double box, const FontBook& fonts) {
    const double ascent = fonts.ascent(face, size);
    return (box - ascent - fonts.descent(face, size)) / 2 + ascent;
}

void emit_line(const BrokenLine& line, std::string_view text, const doc::TextStyle& style,
               Face face, double top, double baseline, const FontBook& fonts, double dx,
               std::vector<Item>& items) {
    for (const LineRun& run : line.runs) {
        TextRun item;
        item.origin = {dx + run.x, top + baseline};
        item.face = face;
        item.size = style.size;
        item.text = std::string(text.substr(run.begin, run.end - run.begin));
        item.width = run.width;
        items.emplace_back(std::move(item));
    }
    if (style.underline && !line.runs.empty()) {
        const double y = top + baseline + fonts.underline_offset(face, style.size);
        const double from = dx + line.runs.front().x;
        const double to = dx + line.runs.back().x + line.runs.back().width;
        items.emplace_back(Line{{from, y}, {to, y}, fonts.underline_thickness(face, style.size)});
    }
}

void emit_strikes(const BrokenLine& line, std::string_view text, const std::vector<doc::TextSpan>& strike,
                  const doc::TextStyle& style, Face face, double top, double baseline,
                  const FontBook& fonts, double dx, std::vector<Item>& items) {
    // Half the height of a lower-case letter above the baseline (about 0.52 em in the bundled
    // faces); as thick as the underline.
    const double y = top + baseline - 0.26 * style.size;
    const double thickness = fonts.underline_thickness(face, style.size);
    for (const doc::TextSpan& span : strike) {
        if (span.begin >= span.end || span.end > text.size()) {
            throw std::invalid_argument("tata letak: bagian coret di luar teks paragraf");
        }
        double from = 0, to = 0;
        bool any = false;
        for (const LineRun& run : line.runs) {
            const std::size_t b = std::max(span.begin, run.begin);
            const std::size_t e = std::min(span.end, run.end);
            if (b >= e) continue;
            const double x0 = dx + run.x + fonts.width(face, style.size, text.substr(run.begin, b - run.begin));
            const double x1 = dx + run.x + fonts.width(face, style.size, text.substr(run.begin, e - run.begin));
            from = any ? std::min(from, x0) : x0;
            to = any ? std::max(to, x1) : x1;
            any = true;
        }
        if (any && to > from) items.emplace_back(Line{{from, y}, {to, y}, thickness});
    }
}

void layout_blocks(const std::vector<doc::Block>& blocks, double width, Context& context,
                   Flow& out, bool paged) {
    for (const doc::Block& block : blocks) {
        std::visit([&](const auto& value) { layout_one(value, width, context, out, paged); },
                   block.v);
    }
}

Frame stack(Flow&& flow) {
    Frame frame;
    for (Piece& piece : flow.pieces) {
        if (piece.kind == PieceKind::page_break) {
            throw std::invalid_argument("tata letak: pemisah halaman di dalam sel tabel atau kolom");
        }
        if (piece.kind == PieceKind::regions) {
            throw std::invalid_argument("tata letak: bagan alir di dalam sel tabel atau kolom");
        }
        if (piece.kind == PieceKind::frame) {
            append_shifted(frame.items, std::move(piece.frame.items), 0, frame.height);
        }
        frame.height += piece.frame.height;
    }
    return frame;
}

}  // namespace detail

Face face_for(const doc::TextStyle& style) {
    const int base = style.family == doc::Family::serif ? 4 : 0;
    return static_cast<Face>(base + (style.bold ? 1 : 0) + (style.italic ? 2 : 0));
}

double line_height(const doc::TextStyle& style, const FontBook& fonts) {
    const Face face = face_for(style);
    return std::max(style.size * style.leading,
                    fonts.ascent(face, style.size) + fonts.descent(face, style.size));
}

namespace {

// The spacing a document is set with: as designed, unless its elastic gaps (the space around
// paragraphs, rules and spacers, not inside a kept block such as the room for a signature)
// set a little tighter save a page: a document that fits on one sheet with slightly tighter
// spacing then does so, and a last page holding only a few lines is avoided. Returns the
// factor for the gaps' heights.
double tightest_spacing_needed(const doc::PageSetup& setup, Flow& flow) {
    const bool regions = std::any_of(flow.pieces.begin(), flow.pieces.end(),
                                     [](const Piece& p) { return p.kind == PieceKind::regions; });
    if (regions) return 1;  // laid out by the paginator itself: counted only by laying it out
    const std::size_t pages = Paginator(setup, flow, 1, true).run().size();
    if (pages <= 1) return 1;
    for (const double scale : {0.85, 0.7}) {
        if (Paginator(setup, flow, scale, true).run().size() < pages) return scale;
    }
    return 1;
}

// A document's body laid out on pages, without the label and footer.
struct LaidOutBody {
    std::vector<Page> pages;
    std::set<std::string> used_images;
};

// `let_go`: the document itself, when its tables may be emptied row by row as they are laid
// out (layout_document given the document to keep); null otherwise. Nothing else of it is
// touched: a flowchart must outlive the pagination.
LaidOutBody lay_out_body(const doc::Document& document, const FontBook& fonts, doc::Document* let_go = nullptr) {
    const doc::PageSetup& setup = document.page;
    check_page(setup);

    std::map<std::string, const doc::ImageData*, std::less<>> images;
    for (const auto& [id, data] : document.images) {
        if (data.pixel_width <= 0 || data.pixel_height <= 0) {
            throw std::invalid_argument("tata letak: ukuran piksel gambar \"" + id + "\" tidak sah");
        }
        if (!images.emplace(id, &data).second) {
            throw std::invalid_argument("tata letak: gambar \"" + id + "\" ada dua kali");
        }
    }
    LaidOutBody body;
    Context context{fonts, images, body.used_images, setup.height - setup.margin_top - setup.margin_bottom};

    Flow flow;
    const double width = setup.width - setup.margin_left - setup.margin_right;
    if (let_go) {
        for (doc::Block& block : let_go->body) {
            if (auto* table = std::get_if<doc::Table>(&block.v)) {
                detail::layout_table(std::move(*table), width, context, flow);
            } else {
                std::visit([&](const auto& value) { layout_one(value, width, context, flow, true); }, block.v);
            }
        }
    } else {
        detail::layout_blocks(document.body, width, context, flow, true);
    }
    body.pages = Paginator(setup, flow, tightest_spacing_needed(setup, flow)).run();
    return body;
}

// The display list of `document` from its body's pages: label, footer, metadata, images. Its
// pages are numbered from before + 1 of `total` (0: of its own pages).
DisplayList finish(const doc::Document& document, std::vector<Page> pages, const std::set<std::string>& used_images,
                   const FontBook& fonts, const FileInfo& info, std::size_t before = 0, std::size_t total = 0) {
    DisplayList list;
    list.pages = std::move(pages);
    add_page_furniture(list.pages, before, total == 0 ? list.pages.size() : total, document.page, fonts);
    list.meta = {document.title, document.author, document.subject, document.keywords,
                 info.creator, info.date};
    for (const std::string& id : used_images) {
        const auto image = std::find_if(document.images.begin(), document.images.end(),
                                        [&](const auto& entry) { return entry.first == id; });
        list.images.emplace_back(id, image->second.bytes);
    }
    return list;
}

// Whether `copy` is `first` but for its page label.
bool same_but_label(const doc::Document& copy, const doc::Document& first) {
    doc::PageSetup page = copy.page;
    page.label = first.page.label;
    return page == first.page && copy.body == first.body && copy.title == first.title &&
           copy.author == first.author && copy.subject == first.subject && copy.keywords == first.keywords &&
           copy.images == first.images;
}

}  // namespace

DisplayList layout_document(const doc::Document& document, const FontBook& fonts,
                            const FileInfo& info) {
    LaidOutBody body = lay_out_body(document, fonts);
    return finish(document, std::move(body.pages), body.used_images, fonts, info);
}

DisplayList layout_document(doc::Document&& document, const FontBook& fonts, const FileInfo& info) {
    LaidOutBody body = lay_out_body(document, fonts, &document);
    return finish(document, std::move(body.pages), body.used_images, fonts, info);
}

DisplayList layout_parts(const std::vector<DocumentPart>& parts, const FontBook& fonts, const FileInfo& info) {
    if (parts.empty()) throw std::invalid_argument("tata letak: dokumen tanpa bagian");
    std::vector<LaidOutBody> bodies;
    std::size_t total = 0;
    for (const DocumentPart& part : parts) {
        bodies.push_back(lay_out_body(*part.document, fonts));
        total += bodies.back().pages.size();
    }
    DisplayList whole;
    std::size_t before = 0;
    for (std::size_t k = 0; k < parts.size(); ++k) {
        const doc::Document& document = *parts[k].document;
        DisplayList part = finish(document, std::move(bodies[k].pages), bodies[k].used_images, fonts, info, before, total);
        part.bookmarks.push_back(Bookmark{parts[k].bookmark, 0, {}});
        before += part.pages.size();
        if (k == 0) {
            whole = std::move(part);
        } else {
            append_pages(whole, std::move(part));
        }
    }
    return whole;
}

std::vector<DisplayList> layout_copies(const std::vector<doc::Document>& copies, const FontBook& fonts,
                                       const FileInfo& info) {
    std::vector<DisplayList> lists;
    std::optional<LaidOutBody> first;
    for (const doc::Document& copy : copies) {
        if (!first || !same_but_label(copy, copies.front())) {
            LaidOutBody body = lay_out_body(copy, fonts);
            if (!first) first = body;
            lists.push_back(finish(copy, std::move(body.pages), body.used_images, fonts, info));
        } else {
            lists.push_back(finish(copy, first->pages, first->used_images, fonts, info));
        }
    }
    return lists;
}

}  // namespace kinerja::layout
