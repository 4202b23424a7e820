// The month's archive documents, composed: the indeks (the Daftar Arsip Aktif, indeks.pdf) and
// the box labels (label-box.pdf, one spine label per box used), made from a MonthPlan. The
// archive builds them as documents only; batch lays them out and renders them
// (batch/rendered_document.hpp).
#pragma once

#include "archive/register.hpp"
#include "compose/arsip.hpp"
#include "compose/document.hpp"
#include "model/dataset.hpp"

namespace kinerja::archive {

// The Daftar Arsip Aktif of the month: the Daftar Berkas (plan.berkas) and the Daftar Isi
// Berkas (plan.entries), handed over on plan.tanggal. The month's items count their lembar as
// plan.arsip.sisi_cetak says the copies were printed (two pages a sheet on both sides: every
// document starts on a right-hand page, batch/print_file.hpp), the earlier months' items as
// theirs were (ArsipBerkas::lembar).
doc::Document indeks_document(const MonthPlan& plan, const DataSet& data, const compose::ArsipIndeksTemplate& templ,
                              const doc::ImageData* logo = nullptr);

// A label for each of plan.boxes.
doc::Document label_document(const MonthPlan& plan, const DataSet& data, const compose::ArsipLabelTemplate& templ);

}  // namespace kinerja::archive
