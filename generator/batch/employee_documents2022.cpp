#include "batch/employee_documents2022.hpp"

#include <exception>
#include <utility>

#include "layout/layout_engine.hpp"

namespace kinerja {

namespace {

void lay_out_skp(LaidOut2022& out, const Planned2022& employee, const DocumentEngine& engine, const DataSet& data) {
    try {
        const compose::Skp2022Input input{data,           *employee.pegawai, *employee.skp, *engine.tools.regulasi2022,
                                          engine.tanggal, engine.logo(),     &engine.tools.signatures};
        out.skp = layout::layout_document(engine.tools.skp2022->compose(input), engine.fonts, engine.info);
    } catch (const std::exception& e) {
        out.skp_error = e.what();
        out.skp.reset();
    }
}

LaidOutEvaluasi lay_out_evaluasi(const Planned2022& employee, const HasilEvaluasi& hasil,
                                 const DocumentEngine& engine, const DataSet& data) {
    LaidOutEvaluasi out;
    out.hasil = &hasil;
    const Evaluasi& evaluasi = *hasil.evaluasi;
    const std::optional<CapaianOrganisasi> capaian = capaian_of(data, evaluasi.periode);
    try {
        const compose::Evaluasi2022Input input{
            data,    *employee.pegawai, *employee.skp, evaluasi, hasil, *engine.tools.regulasi2022,
            capaian, engine.tanggal,    engine.logo(), &engine.tools.signatures};
        out.evaluasi = layout::layout_document(engine.tools.evaluasi2022->compose(input), engine.fonts, engine.info);
        const compose::DokumenEvaluasiInput copies{data,    *employee.pegawai, *employee.skp,
                                                   evaluasi, hasil,            capaian,
                                                   engine.tanggal, engine.logo(), &engine.tools.signatures};
        out.dokumen = collate_copies(engine.tools.dokumen_evaluasi->compose_copies(copies), data.instansi,
                                     "Dokumen Evaluasi Kinerja " + evaluasi.periode.nama(), engine);
    } catch (const std::exception& e) {
        out.error = e.what();
        out.evaluasi.reset();
        out.dokumen.reset();
    }
    return out;
}

}  // namespace

LaidOut2022 lay_out_employee2022(const Planned2022& employee, bool print_skp, const DocumentEngine& engine,
                                 const DataSet& data) {
    LaidOut2022 out;
    if (print_skp) lay_out_skp(out, employee, engine, data);
    for (const HasilEvaluasi* hasil : employee.hasil) {
        out.evaluasi.push_back(lay_out_evaluasi(employee, *hasil, engine, data));
    }
    return out;
}

void report_document_problems(const Planned2022& employee, const LaidOut2022& laid_out, Diagnostics& diags) {
    if (!laid_out.skp_error.empty()) {
        diags.add(employee.pegawai->loc, "skp", "SKP tidak dapat dibuat: " + laid_out.skp_error);
    }
    for (const LaidOutEvaluasi& e : laid_out.evaluasi) {
        if (e.error.empty()) continue;
        diags.add(employee.pegawai->loc, "evaluasi",
                  "evaluasi kinerja " + e.hasil->evaluasi->periode.nama() + " tidak dapat dibuat: " + e.error);
    }
}

void report_distribusi_problem(const DataSet& data, const Distribusi& d, const std::exception& e, Diagnostics& diags) {
    const CapaianOrganisasiEntry* entry = data.instansi.regime.capaian_for(d.periode);
    diags.add(entry ? entry->loc : data.instansi.loc, "distribusi",
              "distribusi " + d.periode.nama() + " tidak dapat dibuat: " + e.what());
}

}  // namespace kinerja
