#include "batch/rendered_document.hpp"

#include <utility>

namespace kinerja {

RenderedDocument render_document(const doc::Document& document, const PdfTools& tools) {
    const layout::DisplayList list = layout::layout_document(document, tools.fonts, tools.info);
    return render_document(list, tools.font_files, list.bookmarks);
}

RenderedDocument render_document(const layout::DisplayList& list, const render::FontFiles& font_files,
                                 std::vector<layout::Bookmark> marks) {
    RenderedDocument document;
    document.pdf = render::render_pdf(list, font_files, document.info);
    document.pages = list.pages.size();
    for (std::size_t i = 0; i < list.pages.size(); ++i) {
        if (list.pages[i].left_blank) document.blank_pages.insert(i);
    }
    document.last_page.width = list.pages.back().width;
    document.last_page.height = list.pages.back().height;
    document.marks = std::move(marks);
    return document;
}

}  // namespace kinerja
