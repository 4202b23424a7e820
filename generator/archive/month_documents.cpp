#include "archive/month_documents.hpp"

namespace kinerja::archive {

namespace {

PdfFile render(const layout::DisplayList& pages, const DocumentTools& tools) {
    PdfFile file;
    file.pages = static_cast<int>(pages.pages.size());
    file.bytes = render::render_pdf(pages, tools.font_files);
    return file;
}

}  // namespace

layout::DisplayList lay_out_indeks(const MonthPlan& plan, const DataSet& data,
                                   const compose::ArsipIndeksTemplate& templ, const DocumentTools& tools,
                                   const doc::ImageData* logo) {
    const compose::ArsipIndeksInput input{data, plan.period, plan.tanggal, plan.entries, plan.berkas,
                                          plan.arsip.sisi_cetak == SisiCetak::dua, logo};
    return layout::layout_document(templ.compose(input), tools.fonts, tools.info);
}

layout::DisplayList lay_out_labels(const MonthPlan& plan, const DataSet& data,
                                   const compose::ArsipLabelTemplate& templ, const DocumentTools& tools) {
    const compose::ArsipLabelInput input{data, plan.period, plan.boxes};
    return layout::layout_document(templ.compose(input), tools.fonts, tools.info);
}

PdfFile make_indeks_pdf(const MonthPlan& plan, const DataSet& data, const compose::ArsipIndeksTemplate& templ,
                        const DocumentTools& tools, const doc::ImageData* logo) {
    return render(lay_out_indeks(plan, data, templ, tools, logo), tools);
}

PdfFile make_label_pdf(const MonthPlan& plan, const DataSet& data, const compose::ArsipLabelTemplate& templ,
                       const DocumentTools& tools) {
    return render(lay_out_labels(plan, data, templ, tools), tools);
}

}  // namespace kinerja::archive
