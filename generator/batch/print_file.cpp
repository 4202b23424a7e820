#include "batch/print_file.hpp"

#include <iterator>
#include <stdexcept>
#include <utility>

namespace kinerja {

layout::Page blank_page(const layout::Page& like, const layout::FontBook& fonts) {
    constexpr layout::Face face = layout::Face::serif_italic;
    constexpr double size = 8;  // points
    layout::Page page;
    page.width = like.width;
    page.height = like.height;
    page.left_blank = true;
    layout::TextRun note;
    note.face = face;
    note.size = size;
    note.text = std::string(blank_page_note);
    note.width = fonts.width(face, size, note.text);
    note.origin = {(page.width - note.width) / 2, page.height / 2};
    page.items.emplace_back(std::move(note));
    return page;
}

std::size_t append_on_odd_page(layout::DisplayList& into, layout::DisplayList&& next,
                               const layout::FontBook& fonts) {
    if (next.pages.empty()) {
        throw std::invalid_argument("dokumen cetak tanpa halaman");
    }
    if (into.pages.size() % 2 == 1) {
        into.pages.push_back(blank_page(into.pages.back(), fonts));
    }
    const std::size_t first = into.pages.size();
    layout::append_pages(into, std::move(next));
    return first;
}

layout::DisplayList assemble_print_file(std::vector<PrintSection> sections, layout::Metadata meta,
                                        const layout::FontBook& fonts) {
    layout::DisplayList out;
    out.meta = std::move(meta);
    for (PrintSection& section : sections) {
        if (section.documents.empty()) continue;
        std::vector<layout::Bookmark> marks;
        std::size_t section_start = 0;
        for (std::size_t i = 0; i < section.documents.size(); ++i) {
            PrintDocument& document = section.documents[i];
            if (document.title.empty()) {
                throw std::invalid_argument("dokumen cetak tanpa judul");
            }
            // Its bookmark first, over its own ones, so that append_pages moves them together.
            std::vector<layout::Bookmark> own = std::move(document.pages.bookmarks);
            document.pages.bookmarks = {layout::Bookmark{std::move(document.title), 0, std::move(own)}};
            const std::size_t start = append_on_odd_page(out, std::move(document.pages), fonts);
            if (i == 0) section_start = start;
            marks.push_back(std::move(out.bookmarks.back()));
            out.bookmarks.pop_back();
        }
        if (section.title.empty()) {
            for (layout::Bookmark& mark : marks) out.bookmarks.push_back(std::move(mark));
        } else {
            out.bookmarks.push_back(layout::Bookmark{std::move(section.title), section_start, std::move(marks)});
        }
    }
    return out;
}

namespace {
std::fstream open_spool(const std::filesystem::path& path) {
    std::fstream spool(path, std::ios::in | std::ios::out | std::ios::binary | std::ios::trunc);
    if (!spool) throw std::runtime_error("berkas sementara tidak dapat dibuat: " + path.string());
    return spool;
}

render::PrintPreference print_preference(SisiCetak sisi) {
    return sisi == SisiCetak::satu ? render::PrintPreference::simplex : render::PrintPreference::duplex_long_edge;
}
}  // namespace

StreamedPrintFile::StreamedPrintFile(std::filesystem::path spool, layout::Metadata meta,
                                     const layout::FontBook& fonts, const render::FontFiles& font_files,
                                     SisiCetak sisi)
    : spool_path_(std::move(spool)),
      sisi_(sisi),
      spool_(open_spool(spool_path_)),
      writer_(spool_, std::move(meta), font_files, print_preference(sisi)),
      fonts_(fonts),
      font_files_(font_files) {}

StreamedPrintFile::~StreamedPrintFile() {
    spool_.close();
    std::error_code ignored;
    std::filesystem::remove(spool_path_, ignored);
}

void StreamedPrintFile::begin_section(std::string title) {
    section_ = std::move(title);
    section_open_ = false;
}

namespace {
// Moves each mark from its page in a document to that page in the file: the document's first
// page is `start` there, and the pages `left_out` are not; a mark on such a page goes to the
// next page kept.
void shift(std::vector<layout::Bookmark>& marks, std::size_t start, const std::set<std::size_t>& left_out) {
    for (layout::Bookmark& mark : marks) {
        const auto before = static_cast<std::size_t>(
            std::distance(left_out.begin(), left_out.lower_bound(mark.page)));
        mark.page = start + mark.page - before;
        shift(mark.children, start, left_out);
    }
}
}  // namespace

void StreamedPrintFile::add(const RenderedDocument& document) {
    for (const layout::Bookmark& mark : document.marks) {
        if (mark.title.empty()) throw std::invalid_argument("dokumen cetak tanpa judul");
    }
    if (sisi_ == SisiCetak::satu) {
        append(document, document.blank_pages);
        return;
    }
    if (writer_.pages() % 2 == 1) {
        auto blank = blanks_.find({last_page_.width, last_page_.height});
        if (blank == blanks_.end()) {
            layout::DisplayList list;
            list.pages.push_back(blank_page(last_page_, fonts_));
            blank = blanks_.emplace(std::pair{last_page_.width, last_page_.height},
                                    render_document(std::move(list), font_files_, {})).first;
        }
        writer_.append(blank->second.pdf, blank->second.info);
    }
    append(document, {});
}

void StreamedPrintFile::append(const RenderedDocument& document, const std::set<std::size_t>& leave_out) {
    const std::size_t start = writer_.append(document.pdf, document.info, leave_out);
    last_page_ = document.last_page;
    std::vector<layout::Bookmark> marks = document.marks;
    shift(marks, start, leave_out);
    if (section_.empty()) {
        for (layout::Bookmark& mark : marks) bookmarks_.push_back(std::move(mark));
        return;
    }
    if (!section_open_) {
        bookmarks_.push_back(layout::Bookmark{section_, start, {}});
        section_open_ = true;
    }
    for (layout::Bookmark& mark : marks) bookmarks_.back().children.push_back(std::move(mark));
}

void StreamedPrintFile::finish(std::ostream& out) { writer_.finish(bookmarks_, out); }

}  // namespace kinerja
