#include "batch/employee_documents.hpp"

#include <Poco/String.h>

#include <exception>
#include <utility>

#include "batch/print_file.hpp"
#include "compose/formulir.hpp"
#include "compose/pengukuran.hpp"
#include "layout/layout_engine.hpp"

namespace kinerja {
namespace {

void lay_out_formulir(LaidOutEmployee& out, const Assessed& employee, const DocumentEngine& engine,
                      const DataSet& data) {
    try {
        out.nilai = nilai_prestasi(*employee.skp);
        compose::FormulirInput input{data,          *employee.pegawai, *employee.skp,           *out.nilai,
                                     engine.period, engine.tanggal,    engine.logo(), &engine.tools.signatures};
        doc::Document document = engine.tools.formulir->compose(input);
        out.formulir = layout::layout_document(document, engine.fonts, engine.info);
    } catch (const std::exception& e) {
        out.formulir_error = e.what();
        out.formulir.reset();
    }
}

// The copy the archive files: the lembar named "Arsip", else the last.
bool is_arsip(const compose::Lembar& lembar) { return Poco::icompare(lembar.untuk, std::string("Arsip")) == 0; }

void lay_out_pengukuran(LaidOutEmployee& out, const Assessed& employee, const DocumentEngine& engine,
                        const DataSet& data) {
    if (!engine.tools.pengukuran || !out.nilai) return;
    try {
        compose::PengukuranInput input{data,          *employee.pegawai, *employee.skp,           *out.nilai,
                                       engine.period, engine.tanggal,    engine.logo(), &engine.tools.signatures};
        CollatedCopies collated =
            collate_copies(engine.tools.pengukuran->compose_copies(input), data.instansi, "Pengukuran Kinerja", engine);
        out.pengukuran = std::move(collated.pages);
        out.pengukuran_marks = std::move(collated.marks);
        out.arsip_pages = collated.arsip_pages;
    } catch (const std::exception& e) {
        out.pengukuran_error = e.what();
        out.pengukuran.reset();
    }
}

}  // namespace

CollatedCopies collate_copies(std::vector<doc::Document> copies, const Instansi& instansi, const std::string& title,
                              const DocumentEngine& engine) {
    CollatedCopies out;
    std::vector<PrintDocument> documents;
    const std::vector<compose::Lembar> lembar_list = compose::lembar_list(instansi);
    std::vector<layout::DisplayList> laid_out = layout::layout_copies(std::move(copies), engine.fonts, engine.info);
    for (std::size_t i = 0; i < lembar_list.size(); ++i) {
        const compose::Lembar& lembar = lembar_list[i];
        layout::DisplayList& pages = laid_out.at(i);
        if (is_arsip(lembar) || lembar.nomor == lembar.jumlah) {
            if (out.arsip_pages == 0 || is_arsip(lembar)) out.arsip_pages = static_cast<int>(pages.pages.size());
        }
        documents.push_back(PrintDocument{compose::lembar_label(lembar), std::move(pages)});
    }
    layout::Metadata meta = documents.at(0).pages.meta;
    out.pages = assemble_print_file({PrintSection{"", std::move(documents)}}, std::move(meta), engine.fonts);
    out.marks = out.pages.bookmarks;
    for (std::size_t i = 0; i < out.marks.size(); ++i) {
        out.marks[i].title = title + " \u2014 Lembar " + std::to_string(i + 1) + " (" + lembar_list.at(i).untuk + ")";
    }
    return out;
}

LaidOutEmployee lay_out_employee(const Assessed& employee, const DocumentEngine& engine, const DataSet& data) {
    LaidOutEmployee out;
    lay_out_formulir(out, employee, engine, data);
    lay_out_pengukuran(out, employee, engine, data);
    return out;
}

void report_document_problems(const Assessed& employee, const LaidOutEmployee& laid_out, Diagnostics& diags) {
    if (!laid_out.formulir_error.empty()) {
        diags.add(employee.pegawai->loc, "formulir", "formulir tidak dapat dibuat: " + laid_out.formulir_error);
        return;
    }
    if (!laid_out.pengukuran_error.empty()) {
        diags.add(employee.pegawai->loc, "pengukuran",
                  "dokumen pengukuran kinerja tidak dapat dibuat: " + laid_out.pengukuran_error);
    }
}

}  // namespace kinerja
