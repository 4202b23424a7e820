#include "batch/rendered_document.hpp"

#include <utility>

namespace kinerja {

RenderedDocument render_document(doc::Document document, const PdfTools& tools) {
    layout::DisplayList list = layout::layout_document(std::move(document), tools.fonts, tools.info);
    document = doc::Document{};  // laid out: what layout kept of it goes too
    std::vector<layout::Bookmark> marks = list.bookmarks;
    return render_document(std::move(list), tools.font_files, std::move(marks));
}

RenderedDocument render_document(layout::DisplayList list, const render::FontFiles& font_files,
                                 std::vector<layout::Bookmark> marks) {
    RenderedDocument document;
    document.pages = list.pages.size();
    for (std::size_t i = 0; i < list.pages.size(); ++i) {
        if (list.pages[i].left_blank) document.blank_pages.insert(i);
    }
    if (!list.pages.empty()) {
        document.last_page.width = list.pages.back().width;
        document.last_page.height = list.pages.back().height;
    }
    document.marks = std::move(marks);
    document.pdf = render::render_pdf(std::move(list), font_files, document.info);  // lets its pages go
    return document;
}

}  // namespace kinerja
