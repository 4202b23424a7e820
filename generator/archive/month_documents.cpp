#include "archive/month_documents.hpp"

namespace kinerja::archive {

doc::Document indeks_document(const MonthPlan& plan, const DataSet& data, const compose::ArsipIndeksTemplate& templ,
                              const doc::ImageData* logo) {
    const compose::ArsipIndeksInput input{data, plan.period, plan.tanggal, plan.entries, plan.berkas,
                                          plan.arsip.sisi_cetak == SisiCetak::dua, logo};
    return templ.compose(input);
}

doc::Document label_document(const MonthPlan& plan, const DataSet& data, const compose::ArsipLabelTemplate& templ) {
    return templ.compose(compose::ArsipLabelInput{data, plan.period, plan.boxes});
}

}  // namespace kinerja::archive
