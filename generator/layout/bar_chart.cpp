// A doc::BarChart as one frame: the vertical axis (0–100%, a tick and label every 20%) at the
// left after the tick labels, one slot per bar across the rest; in each slot the band (shaded,
// 84% of the slot wide) and over it the bar (40% wide), its value above it; under the axis each
// bar's name and note, wrapped to the slot, and the base title under all. The plot takes what
// the labels leave of the chart's height.
#include "layout/bar_chart.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "layout/flow.hpp"
#include "layout/layout_engine.hpp"

namespace kinerja::layout::detail {

namespace {

constexpr double band_part = 0.84;  // of the slot's width
constexpr double bar_part = 0.40;
constexpr double label_gap = 2;     // points between a bar's top and its value, the axis and the names
constexpr double slot_pad = 2;      // points each side of a name in its slot

bool is_share(double v) { return std::isfinite(v) && v >= 0 && v <= 1; }

void check(const doc::BarChart& chart) {
    if (chart.bars.empty()) throw std::invalid_argument("tata letak: bagan batang tanpa batang");
    if (!(chart.height > 0) || !std::isfinite(chart.height)) {
        throw std::invalid_argument("tata letak: tinggi bagan batang harus lebih dari 0");
    }
    if (!(chart.line_width > 0) || !std::isfinite(chart.line_width)) {
        throw std::invalid_argument("tata letak: tebal garis bagan batang harus lebih dari 0");
    }
    if (!(chart.style.size > 0) || !std::isfinite(chart.style.size)) {
        throw std::invalid_argument("tata letak: ukuran huruf harus lebih dari 0");
    }
    for (const doc::ChartBar& bar : chart.bars) {
        if (!is_share(bar.share) || !is_share(bar.band_low) || !is_share(bar.band_high) ||
            bar.band_low > bar.band_high) {
            throw std::invalid_argument("tata letak: batang \"" + bar.name + "\" di luar 0-100%");
        }
    }
}

// One line of text centred on x, its baseline at `baseline`.
TextRun centred(std::string text, Face face, double size, double x, double baseline, const FontBook& fonts) {
    const double w = fonts.width(face, size, text);
    return TextRun{{x - w / 2, baseline}, face, size, std::move(text), w};
}

// A label broken into lines (centred in its slot) and the text the lines index into.
struct Wrapped {
    std::vector<BrokenLine> lines;
    std::string_view text;
};

class ChartDrawer {
public:
    ChartDrawer(const doc::BarChart& chart, double width, const FontBook& fonts)
        : chart_(chart), width_(width), fonts_(fonts) {
        face_ = face_for(chart.style);
        bold_ = face_for(doc::TextStyle{chart.style.family, true, false, false, chart.style.size, 1, doc::Align::center});
        note_style_ = chart.style;
        note_style_.italic = true;
        note_style_.size = chart.style.size * 0.9;
        note_face_ = face_for(note_style_);
        line_ = line_height(chart.style, fonts);
        note_line_ = line_height(note_style_, fonts);
        axis_x_ = fonts.width(face_, chart.style.size, "100%") + 3 * label_gap + 3;
        slot_ = (width - axis_x_) / static_cast<double>(chart.bars.size());
        if (!(slot_ > 2 * slot_pad + chart.style.size)) {
            throw std::runtime_error("tata letak: bagan batang terlalu sempit untuk " +
                                     std::to_string(chart.bars.size()) + " batang");
        }
    }

    Frame draw() {
        wrap_labels();
        plot_top_ = 2 * line_;  // the axis title, then room for a full bar's value
        plot_bottom_ = chart_.height - labels_height();
        if (plot_bottom_ - plot_top_ < 4 * line_) {
            throw std::runtime_error("tata letak: bagan batang terlalu pendek untuk labelnya");
        }
        frame_.height = chart_.height;
        if (!chart_.axis_title.empty()) text_line(chart_.axis_title, face_, chart_.style.size, 0, 0, line_);
        for (std::size_t i = 0; i < chart_.bars.size(); ++i) band(i);
        axis();
        for (std::size_t i = 0; i < chart_.bars.size(); ++i) bar(i);
        names();
        return std::move(frame_);
    }

private:
    double y_of(double share) const { return plot_bottom_ - share * (plot_bottom_ - plot_top_); }
    double slot_left(std::size_t i) const { return axis_x_ + slot_ * static_cast<double>(i); }
    double centre(std::size_t i) const { return slot_left(i) + slot_ / 2; }

    void wrap_labels() {
        const double w = slot_ - 2 * slot_pad;
        for (const doc::ChartBar& bar : chart_.bars) {
            names_.push_back(Wrapped{break_lines(bar.name, face_, chart_.style.size, w, doc::Align::center, fonts_), bar.name});
            notes_.push_back(Wrapped{bar.note.empty() ? std::vector<BrokenLine>{}
                                                      : break_lines(bar.note, note_face_, note_style_.size, w,
                                                                    doc::Align::center, fonts_),
                                     bar.note});
        }
    }

    std::size_t most_lines(const std::vector<Wrapped>& w) const {
        std::size_t most = 0;
        for (const Wrapped& x : w) most = std::max(most, x.lines.size());
        return most;
    }

    double labels_height() const {
        double h = label_gap + line_ * static_cast<double>(most_lines(names_)) +
                   note_line_ * static_cast<double>(most_lines(notes_));
        if (!chart_.base_title.empty()) h += 2 * label_gap + line_;
        return h;
    }

    // One unwrapped line of `text` from x = left, its line box's top at `top`.
    void text_line(const std::string& text, Face face, double size, double left, double top, double box) {
        const double baseline = top + baseline_in_line(face, size, box, fonts_);
        frame_.items.emplace_back(TextRun{{left, baseline}, face, size, text, fonts_.width(face, size, text)});
    }

    void band(std::size_t i) {
        const doc::ChartBar& b = chart_.bars[i];
        if (!b.band || b.band_high <= b.band_low) return;
        Rect r;
        r.origin = {centre(i) - slot_ * band_part / 2, y_of(b.band_high)};
        r.width = slot_ * band_part;
        r.height = y_of(b.band_low) - y_of(b.band_high);
        r.fill_gray = bar_chart_band_gray;
        frame_.items.emplace_back(r);
    }

    // The axes, and a tick with its label every 20%.
    void axis() {
        const double lw = chart_.line_width;
        frame_.items.emplace_back(Line{{axis_x_, plot_top_}, {axis_x_, plot_bottom_}, lw});
        frame_.items.emplace_back(Line{{axis_x_, plot_bottom_}, {width_, plot_bottom_}, lw});
        const double size = chart_.style.size;
        const double middle = (fonts_.ascent(face_, size) - fonts_.descent(face_, size)) / 2;
        for (int percent = 0; percent <= 100; percent += 20) {
            const double y = y_of(percent / 100.0);
            frame_.items.emplace_back(Line{{axis_x_ - 3, y}, {axis_x_, y}, lw});
            const std::string text = std::to_string(percent) + "%";
            const double w = fonts_.width(face_, size, text);
            frame_.items.emplace_back(TextRun{{axis_x_ - 3 - label_gap - w, y + middle}, face_, size, text, w});
        }
    }

    void bar(std::size_t i) {
        const doc::ChartBar& b = chart_.bars[i];
        Rect r;
        r.origin = {centre(i) - slot_ * bar_part / 2, y_of(b.share)};
        r.width = slot_ * bar_part;
        r.height = plot_bottom_ - y_of(b.share);
        r.stroke_width = chart_.line_width;
        r.fill_gray = bar_chart_bar_gray;
        frame_.items.emplace_back(r);
        if (b.value.empty()) return;
        const double baseline = y_of(b.share) - label_gap - fonts_.descent(bold_, chart_.style.size);
        frame_.items.emplace_back(centred(b.value, bold_, chart_.style.size, centre(i), baseline, fonts_));
    }

    void wrapped(const Wrapped& w, const doc::TextStyle& style, Face face, double box, std::size_t slot,
                 double top) {
        const double baseline = baseline_in_line(face, style.size, box, fonts_);
        for (const BrokenLine& l : w.lines) {
            emit_line(l, w.text, style, face, top, baseline, fonts_, slot_left(slot) + slot_pad, frame_.items);
            top += box;
        }
    }

    void names() {
        const double names_top = plot_bottom_ + label_gap;
        const double notes_top = names_top + line_ * static_cast<double>(most_lines(names_));
        for (std::size_t i = 0; i < chart_.bars.size(); ++i) {
            wrapped(names_[i], chart_.style, face_, line_, i, names_top);
            wrapped(notes_[i], note_style_, note_face_, note_line_, i, notes_top);
        }
        if (chart_.base_title.empty()) return;
        const double top = notes_top + note_line_ * static_cast<double>(most_lines(notes_)) + 2 * label_gap;
        const double baseline = top + baseline_in_line(bold_, chart_.style.size, line_, fonts_);
        frame_.items.emplace_back(
            centred(chart_.base_title, bold_, chart_.style.size, (axis_x_ + width_) / 2, baseline, fonts_));
    }

    const doc::BarChart& chart_;
    double width_;
    const FontBook& fonts_;
    Face face_{}, bold_{}, note_face_{};
    doc::TextStyle note_style_;
    double line_ = 0, note_line_ = 0, axis_x_ = 0, slot_ = 0, plot_top_ = 0, plot_bottom_ = 0;
    std::vector<Wrapped> names_, notes_;
    Frame frame_;
};

}  // namespace

void layout_bar_chart(const doc::BarChart& chart, double width, Context& context, Flow& out) {
    check(chart);
    Piece piece;
    piece.what = "bagan batang";
    piece.frame = ChartDrawer(chart, width, context.fonts).draw();
    out.pieces.push_back(std::move(piece));
}

}  // namespace kinerja::layout::detail
