// Applying a compiled template to one record (Template::apply).
#include "compose/template.hpp"

#include <stdexcept>

#include "compose/template_program.hpp"
#include "scoring/scoring.hpp"

namespace kinerja::compose {

namespace {

using doc::points_per_mm;

using program::Block;
using program::RowItem;

class Applier {
public:
    explicit Applier(const Record& record) {
        records_.push_back(&record);
        positions_.push_back(0);
    }

    std::string text(const program::Text& t) const {
        std::string out;
        for (const program::Piece& piece : t.pieces) {
            if (piece.field) {
                out += field(*piece.field);
            } else {
                out += piece.literal;
            }
        }
        return out;
    }

    // A paragraph's text, and the parts its <s> strike through (merged where they touch).
    std::string text(const program::Text& t, std::vector<doc::TextSpan>& strike) const {
        std::string out;
        for (const program::Piece& piece : t.pieces) {
            const std::size_t begin = out.size();
            out += piece.field ? field(*piece.field) : piece.literal;
            if (piece.strike == 0 || out.size() == begin) continue;
            if (piece.strike_if && !holds(*piece.strike_if)) continue;
            if (!strike.empty() && strike.back().end == begin) {
                strike.back().end = out.size();
            } else {
                strike.push_back(doc::TextSpan{begin, out.size()});
            }
        }
        // A space at either end of a struck part is left unstruck.
        for (doc::TextSpan& span : strike) {
            while (span.begin < span.end && out[span.begin] == ' ') ++span.begin;
            while (span.end > span.begin && out[span.end - 1] == ' ') --span.end;
        }
        std::erase_if(strike, [](const doc::TextSpan& span) { return span.begin == span.end; });
        return out;
    }

    void blocks(const std::vector<Block>& in, std::vector<doc::Block>& out) {
        for (const Block& b : in) block(b, out);
    }

private:
    std::vector<const Record*> records_;     // [0] the record, [k] the k-th enclosing element
    std::vector<std::int64_t> positions_;    // [k] 1-based position of records_[k] in its list

    const Value& value(const program::FieldRef& ref, Value& scratch) const {
        const auto depth = static_cast<std::size_t>(ref.depth);
        if (ref.position) {
            scratch = positions_.at(depth);
            return scratch;
        }
        return records_.at(depth)->values.at(static_cast<std::size_t>(ref.index));
    }

    static Rational number(const Value& v) {
        if (const auto* i = std::get_if<std::int64_t>(&v)) return Rational(*i);
        return std::get<Rational>(v);
    }

    std::string field(const program::Field& f) const {
        Value scratch;
        const Value& raw = value(f.ref, scratch);
        if (f.formatters.empty()) return format_default(raw, f.ref.def);
        const bool absent = std::holds_alternative<std::monostate>(raw);
        std::string s;
        bool formatted = false;
        for (const program::Formatter& fmt : f.formatters) {
            using program::FormatterKind;
            switch (fmt.kind) {
                case FormatterKind::tanggal:
                    s = absent ? "" : format_tanggal(std::get<Date>(raw));
                    break;
                case FormatterKind::angka:
                    s = absent ? "" : format_number(number(raw), fmt.places, false);
                    break;
                case FormatterKind::ringkas:
                    s = absent ? "" : format_number(number(raw), fmt.places, true);
                    break;
                case FormatterKind::nip:
                    s = absent ? "" : std::get<Nip>(raw).printed();
                    break;
                case FormatterKind::sebutan:
                    s = absent ? "" : sebutan(number(raw));
                    break;
                case FormatterKind::upper:
                    s = upper_case(formatted ? s : format_default(raw, f.ref.def));
                    break;
                case FormatterKind::lower:
                    s = lower_case(formatted ? s : format_default(raw, f.ref.def));
                    break;
                case FormatterKind::atau: {
                    std::string current = formatted ? s : format_default(raw, f.ref.def);
                    s = current.empty() ? fmt.text : std::move(current);
                    break;
                }
            }
            formatted = true;
        }
        return s;
    }

    bool holds(const program::Condition& c) const {
        bool result = false;
        if (c.list) {
            const auto depth = static_cast<std::size_t>(c.list->depth);
            result = !records_.at(depth)->lists.at(static_cast<std::size_t>(c.list->index)).empty();
        } else {
            Value scratch;
            const Value& v = value(*c.field, scratch);
            if (std::holds_alternative<std::monostate>(v)) {
                result = false;
            } else if (const auto* s = std::get_if<std::string>(&v)) {
                result = !s->empty();
            } else if (const auto* b = std::get_if<bool>(&v)) {
                result = *b;
            } else {
                result = true;
            }
        }
        return c.negate ? !result : result;
    }

    const std::vector<Record>& list(const program::ListRef& ref) const {
        const auto depth = static_cast<std::size_t>(ref.depth);
        return records_.at(depth)->lists.at(static_cast<std::size_t>(ref.index));
    }

    template <typename F>
    void for_each(const program::ListRef& ref, F&& body) {
        const std::vector<Record>& elements = list(ref);
        std::int64_t position = 0;
        for (const Record& element : elements) {
            records_.push_back(&element);
            positions_.push_back(++position);
            body();
            records_.pop_back();
            positions_.pop_back();
        }
    }

    static doc::Block paragraph(std::string s, const doc::TextStyle& style, double before = 0,
                                double after = 0) {
        return doc::Block{doc::Paragraph{std::move(s), style, before, after}};
    }

    void block(const Block& b, std::vector<doc::Block>& out) {
        std::visit(
            [&](const auto& node) {
                using T = std::decay_t<decltype(node)>;
                if constexpr (std::is_same_v<T, program::Paragraph>) {
                    std::vector<doc::TextSpan> strike;
                    doc::Block p = paragraph(text(node.text, strike), node.style, node.space_before, node.space_after);
                    std::get<doc::Paragraph>(p.v).strike = std::move(strike);
                    out.push_back(std::move(p));
                } else if constexpr (std::is_same_v<T, doc::Spacer> || std::is_same_v<T, doc::Rule> ||
                                     std::is_same_v<T, doc::PageBreak>) {
                    out.push_back(doc::Block{node});
                } else if constexpr (std::is_same_v<T, program::Kop>) {
                    kop(node, out);
                } else if constexpr (std::is_same_v<T, program::Table>) {
                    table(node, out);
                } else if constexpr (std::is_same_v<T, program::Columns>) {
                    doc::Columns c;
                    c.weights = node.weights;
                    c.gap = node.gap;
                    for (const auto& column : node.columns) {
                        c.columns.emplace_back();
                        blocks(column, c.columns.back());
                    }
                    out.push_back(doc::Block{std::move(c)});
                } else if constexpr (std::is_same_v<T, program::Keep>) {
                    doc::KeepTogether k;
                    blocks(node.blocks, k.blocks);
                    k.with_previous = node.with_previous;
                    out.push_back(doc::Block{std::move(k)});
                } else if constexpr (std::is_same_v<T, program::If>) {
                    if (holds(node.condition)) blocks(node.blocks, out);
                } else if constexpr (std::is_same_v<T, program::Each>) {
                    for_each(node.list, [&]() { blocks(node.blocks, out); });
                } else if constexpr (std::is_same_v<T, program::Ttd>) {
                    ttd(node, out);
                } else if constexpr (std::is_same_v<T, program::ImageBox>) {
                    image_box(node, out);
                } else {
                    static_assert(sizeof(T) == 0, "every block kind is handled");
                }
            },
            b.v);
    }

    void kop(const program::Kop& k, std::vector<doc::Block>& out) {
        Value scratch;
        auto get = [&](const program::FieldRef& ref) { return format_default(value(ref, scratch), ref.def); };
        doc::TextStyle style;
        style.family = k.family;
        style.align = doc::Align::center;
        style.leading = 1.15;
        std::vector<doc::Block> lines;
        style.bold = true;
        style.size = 14;
        lines.push_back(paragraph(get(k.pemerintah), style));
        style.size = 16;
        lines.push_back(paragraph(get(k.nama), style));
        style.bold = false;
        style.size = 10;
        std::string alamat = get(k.alamat);
        if (k.kode_pos) {
            const std::string kode_pos = get(*k.kode_pos);
            // No-break spaces: "Kode Pos 71661" is never split over two lines.
            if (!kode_pos.empty()) alamat += " Kode\u00a0Pos\u00a0" + kode_pos;
        }
        lines.push_back(paragraph(std::move(alamat), style, 2));
        for (doc::Block& line : lines) std::get<doc::Paragraph>(line.v).no_runt = true;  // no "71661" alone

        const std::string logo = k.logo ? get(*k.logo) : std::string();
        if (logo.empty()) {
            for (doc::Block& line : lines) out.push_back(std::move(line));
        } else {
            // Logo at the left; an empty column of the same width at the right keeps the
            // lines centred on the page.
            doc::Table t;
            t.columns = {25, 130, 25};
            t.padding = 0;
            t.line_width = 0;
            doc::Row row;
            doc::Cell image;
            image.valign = doc::VAlign::middle;
            image.content.push_back(
                doc::Block{doc::Image{logo, 22 * points_per_mm, 22 * points_per_mm, doc::Align::center}});
            doc::Cell middle;
            middle.valign = doc::VAlign::middle;
            middle.content = std::move(lines);
            row.cells.push_back(std::move(image));
            row.cells.push_back(std::move(middle));
            row.cells.push_back(doc::Cell{});
            t.rows.push_back(std::move(row));
            out.push_back(doc::Block{std::move(t)});
        }
        out.push_back(doc::Block{doc::Rule{2.25, 4, 0}});
        out.push_back(doc::Block{doc::Rule{0.75, 1.5, 12}});
    }

    // A signature block: kept whole, and with what comes before it (never alone on a page).
    void ttd(const program::Ttd& t, std::vector<doc::Block>& out) {
        doc::KeepTogether k;
        k.with_previous = true;
        if (t.above) {
            std::string above = text(*t.above);
            if (above.empty()) {
                k.blocks.push_back(doc::Block{doc::Spacer{t.style.size * t.style.leading}});
            } else {
                k.blocks.push_back(paragraph(std::move(above), t.style));
            }
        }
        k.blocks.push_back(paragraph(text(t.title), t.style));
        const doc::Align image_align = t.style.align == doc::Align::justify ? doc::Align::center : t.style.align;
        image_box(program::ImageBox{t.image.value_or(program::Text{}), 0, t.space, image_align}, k.blocks);
        doc::TextStyle name_style = t.style;
        name_style.bold = true;
        name_style.underline = true;
        k.blocks.push_back(paragraph(text(t.name), name_style));
        if (t.rank) {
            std::string rank = text(*t.rank);
            if (!rank.empty()) k.blocks.push_back(paragraph(std::move(rank), t.style));
        }
        k.blocks.push_back(paragraph("NIP. " + text(t.nip), t.style));
        out.push_back(doc::Block{std::move(k)});
    }

    // The image fitted into a box exactly `height` tall, so that what follows stays where it
    // would be without it (a scanned signature above the name line): a borderless one-row table
    // whose hair-thin second column holds the height, the image centred vertically in the first.
    // An empty id leaves the box empty.
    void image_box(const program::ImageBox& b, std::vector<doc::Block>& out) {
        const std::string id = text(b.src);
        if (id.empty()) {
            out.push_back(doc::Block{doc::Spacer{b.height}});
            return;
        }
        constexpr double wider_than_any_page = 1e6;  // points; layout narrows it to the column
        doc::Table t;
        t.columns = {1, 1e-4};
        t.padding = 0;
        t.line_width = 0;
        doc::Row row;
        doc::Cell picture;
        picture.valign = doc::VAlign::middle;
        picture.content.push_back(
            doc::Block{doc::Image{id, b.width > 0 ? b.width : wider_than_any_page, b.height, b.align}});
        doc::Cell strut;
        strut.content.push_back(doc::Block{doc::Spacer{b.height}});
        row.cells.push_back(std::move(picture));
        row.cells.push_back(std::move(strut));
        t.rows.push_back(std::move(row));
        out.push_back(doc::Block{std::move(t)});
    }

    void rows(const std::vector<RowItem>& items, std::vector<doc::Row>& out) {
        for (const RowItem& item : items) {
            if (const auto* r = std::get_if<program::Row>(&item.v)) {
                doc::Row row;
                row.keep_with_next = r->keep_with_next;
                for (const program::Cell& c : r->cells) {
                    doc::Cell cell;
                    cell.colspan = c.colspan;
                    cell.valign = c.valign;
                    cell.shade = c.shade;
                    cell.border = c.border;
                    cell.open_top = c.open_top;
                    cell.open_bottom = c.open_bottom;
                    blocks(c.content, cell.content);
                    row.cells.push_back(std::move(cell));
                }
                out.push_back(std::move(row));
            } else if (const auto* each = std::get_if<program::EachRows>(&item.v)) {
                for_each(each->list, [&]() { rows(each->rows, out); });
            } else if (const auto* cond = std::get_if<program::IfRows>(&item.v)) {
                if (holds(cond->condition)) rows(cond->rows, out);
            }
        }
    }

    void table(const program::Table& t, std::vector<doc::Block>& out) {
        doc::Table table;
        table.columns = t.columns;
        table.header_rows = t.header_rows;
        table.padding = t.padding;
        table.line_width = t.line_width;
        rows(t.rows, table.rows);
        if (table.rows.empty()) return;  // every row conditional and none taken
        out.push_back(doc::Block{std::move(table)});
    }
};

}  // namespace

doc::PageSetup page_setup(Kertas kertas, bool landscape) {
    doc::PageSetup page;
    const double width_mm = kertas == Kertas::f4 ? 215 : 210;
    const double height_mm = kertas == Kertas::f4 ? 330 : 297;
    page.width = (landscape ? height_mm : width_mm) * points_per_mm;
    page.height = (landscape ? width_mm : height_mm) * points_per_mm;
    return page;
}

doc::Document Template::apply(const Record& record, Kertas kertas) const {
    const program::Program& p = *program_;
    Applier applier(record);
    doc::Document d;
    d.page = page_setup(kertas, p.landscape);
    d.page.margin_top = p.margin_top;
    d.page.margin_right = p.margin_right;
    d.page.margin_bottom = p.margin_bottom;
    d.page.margin_left = p.margin_left;
    d.page.footer = applier.text(p.footer);
    d.page.footer_style = p.footer_style;
    d.title = applier.text(p.title);
    d.author = applier.text(p.author);
    d.subject = applier.text(p.subject);
    d.keywords = applier.text(p.keywords);
    applier.blocks(p.body, d.body);
    return d;
}

}  // namespace kinerja::compose
