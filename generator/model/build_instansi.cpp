// instansi.xml: the office. One record, so what is valid is kept and the rest reported.
#include "model/build_parts.hpp"

#include <string>
#include <utility>

namespace kinerja {

namespace {

// The place of a child element, or of <instansi> when the reader did not see the element.
SourceLoc element_loc(const SourceLoc& element, const SourceLoc& instansi) {
    return element.line != 0 ? element : instansi;
}

// The place of the child element named `name`, from InstansiRecord::lines.
SourceLoc child_loc(const InstansiRecord& record, const std::string& name) {
    auto it = record.lines.find(name);
    if (it == record.lines.end()) return record.loc;
    return element_loc(SourceLoc{record.loc.file, it->second}, record.loc);
}

// <arsip>: what is valid is kept, the defaults of ArsipSetting stand for the rest.
ArsipSetting build_arsip(const InstansiRecord& record, Diagnostics& diags) {
    ArsipSetting out;
    RecordCheck arsip(diags, element_loc(record.arsip_loc, record.loc));
    arsip.required("kode-klasifikasi", record.arsip_kode_klasifikasi);
    out.kode_klasifikasi = record.arsip_kode_klasifikasi;
    out.kapasitas_box = arsip.whole("kapasitas-box", record.arsip_kapasitas_box, 1).value_or(out.kapasitas_box);
    out.retensi_aktif = arsip.whole("retensi-aktif", record.arsip_retensi_aktif, 0).value_or(out.retensi_aktif);
    out.retensi_inaktif =
        arsip.whole("retensi-inaktif", record.arsip_retensi_inaktif, 0).value_or(out.retensi_inaktif);
    out.unit_pengolah = record.arsip_unit_pengolah;
    if (!record.arsip_nasib_akhir.empty()) {  // ANRI's words; Musnah when not given
        out.nasib_akhir = arsip
                              .choice<NasibAkhir>("nasib-akhir", record.arsip_nasib_akhir, "nasib akhir",
                                                  {{"Musnah", NasibAkhir::musnah},
                                                   {"Permanen", NasibAkhir::permanen},
                                                   {"Dinilai Kembali", NasibAkhir::dinilai_kembali}})
                              .value_or(out.nasib_akhir);
    }
    return out;
}

}  // namespace

Instansi build_instansi(const InstansiRecord& record, Diagnostics& diags) {
    Instansi out;
    out.loc = record.loc;

    RecordCheck root(diags, record.loc);
    root.refused(record.refused);
    root.required("kode", record.kode);  // an attribute of <instansi>
    const std::pair<std::string, const std::string*> texts[] = {{"pemerintah", &record.pemerintah},
                                                                {"nama", &record.nama},
                                                                {"alamat", &record.alamat},
                                                                {"tempat", &record.tempat}};
    for (const auto& [element, value] : texts) {
        RecordCheck check(diags, child_loc(record, element));
        check.required(element, *value);
    }
    out.kode = record.kode;
    out.pemerintah = record.pemerintah;
    out.nama = record.nama;
    out.alamat = record.alamat;
    out.kode_pos = record.kode_pos;
    out.tempat = record.tempat;
    out.logo = record.logo;
    RecordCheck kertas(diags, child_loc(record, "kertas"));
    out.kertas = kertas
                     .choice<Kertas>("kertas", record.kertas, "kertas",
                                     {{"A4", Kertas::a4}, {"F4", Kertas::f4}})
                     .value_or(Kertas::a4);

    RecordCheck pimpinan(diags, element_loc(record.pimpinan_loc, record.loc));
    if (std::optional<Nip> nip = pimpinan.nip("pimpinan", record.pimpinan_nip)) out.pimpinan = *nip;

    RecordCheck salinan(diags, element_loc(record.salinan_loc, record.loc));
    if (record.salinan.empty()) salinan.fail("salinan", "paling sedikit satu lembar");
    for (const std::string& lembar : record.salinan) {
        if (salinan.required("lembar", lembar)) out.salinan.push_back(lembar);
    }

    out.arsip = build_arsip(record, diags);
    if (!record.cetak_sisi.empty()) {  // <cetak/> without sisi: the default
        RecordCheck cetak(diags, element_loc(record.cetak_loc, record.loc));
        out.cetak = cetak
                        .choice<SisiCetak>("cetak", record.cetak_sisi, "sisi cetak",
                                           {{"dua", SisiCetak::dua}, {"satu", SisiCetak::satu}})
                        .value_or(out.cetak);
    }
    out.arsip.sisi_cetak = out.cetak;  // the filing records how its copies were printed

    if (!record.tanda_tangan_pindaian.empty()) {
        RecordCheck tanda_tangan(diags, element_loc(record.tanda_tangan_loc, record.loc));
        out.tanda_tangan_pindaian = tanda_tangan
                                        .choice<bool>("pindaian", record.tanda_tangan_pindaian,
                                                      "pilihan tanda tangan pindaian",
                                                      {{"ya", true}, {"tidak", false}})
                                        .value_or(false);
    }
    return out;
}

void check_pimpinan(const InstansiRecord& record, const Nip& pimpinan, const Roster& roster,
                    Diagnostics& diags) {
    RecordCheck check(diags, element_loc(record.pimpinan_loc, record.loc));
    roster.member(check, "pimpinan", pimpinan, "pegawai");
}

}  // namespace kinerja
