#include "archive/month_documents.hpp"

namespace kinerja::archive {

namespace {

PdfFile render(const doc::Document& document, const DocumentTools& tools) {
    layout::DisplayList pages = layout::layout_document(document, tools.fonts, tools.info);
    PdfFile file;
    file.pages = static_cast<int>(pages.pages.size());
    file.bytes = render::render_pdf(pages, tools.font_files);
    return file;
}

}  // namespace

PdfFile make_indeks_pdf(const MonthPlan& plan, const DataSet& data, const compose::ArsipIndeksTemplate& templ,
                        const DocumentTools& tools, const doc::ImageData* logo) {
    const compose::ArsipIndeksInput input{data, plan.period, plan.tanggal, plan.entries, plan.berkas,
                                          plan.arsip.sisi_cetak == SisiCetak::dua, logo};
    return render(templ.compose(input), tools);
}

PdfFile make_label_pdf(const MonthPlan& plan, const DataSet& data, const compose::ArsipLabelTemplate& templ,
                       const DocumentTools& tools) {
    const compose::ArsipLabelInput input{data, plan.period, plan.boxes};
    return render(templ.compose(input), tools);
}

}  // namespace kinerja::archive
