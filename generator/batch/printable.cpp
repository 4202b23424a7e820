#include "batch/printable.hpp"

#include <cstdio>
#include <utility>
#include <vector>

#include "layout/utf8.hpp"
#include "render/winansi.hpp"

namespace kinerja {
namespace {

using Field = std::pair<const char*, const std::string*>;

// Reports each unprintable field of one record; true when all are printable.
bool check_fields(const SourceLoc& loc, const std::vector<Field>& fields,
                  const layout::FontBook& fonts, Diagnostics& diags) {
    bool ok = true;
    for (const auto& [name, text] : fields) {
        if (auto cp = first_unprintable(*text, fonts)) {
            diags.add(loc, name, unprintable_message(*cp));
            ok = false;
        }
    }
    return ok;
}

// The texts of a 2022 plan (DESIGN 8.2).
bool check_plan(const Skp2022& skp, const layout::FontBook& fonts, Diagnostics& diags) {
    bool ok = true;
    for (const auto* list : {&skp.utama, &skp.tambahan}) {
        for (const RencanaHasilKerja& r : *list) {
            ok = check_fields(r.loc, {{"rhk_atasan", &r.rhk_atasan}, {"rhk", &r.rhk}}, fonts, diags) && ok;
            for (const Indikator& i : r.indikator) {
                ok = check_fields(i.loc, {{"indikator", &i.indikator}, {"target", &i.target}}, fonts, diags) && ok;
            }
        }
    }
    for (const Ekspektasi& e : skp.ekspektasi) ok = check_fields(e.loc, {{"uraian", &e.uraian}}, fonts, diags) && ok;
    for (const auto* list : {&skp.dukungan, &skp.skema, &skp.konsekuensi}) {
        for (const std::string& item : *list) ok = check_fields(skp.loc, {{"uraian", &item}}, fonts, diags) && ok;
    }
    return ok;
}

// The texts of one 2022 evaluation: its penilaian row and its realisasi rows.
bool check_evaluasi(const Evaluasi& e, const layout::FontBook& fonts, Diagnostics& diags) {
    bool ok = check_fields(e.loc, {{"catatan", &e.catatan}}, fonts, diags);
    for (std::size_t n = 0; n < kNilaiDasarCount; ++n) {
        if (auto cp = first_unprintable(e.umpan_balik[n], fonts)) {
            diags.add(e.loc, "umpan_balik_" + std::string(nilai_dasar_kode(static_cast<NilaiDasar>(n))),
                      unprintable_message(*cp));
            ok = false;
        }
    }
    for (const Realisasi& r : e.realisasi) {
        ok = check_fields(r.loc,
                          {{"realisasi", &r.realisasi}, {"bukti_dukung", &r.bukti_dukung},
                           {"umpan_balik", &r.umpan_balik}},
                          fonts, diags) &&
             ok;
    }
    return ok;
}

}  // namespace

std::optional<char32_t> first_unprintable(std::string_view utf8, const layout::FontBook& fonts) {
    for (std::size_t i = 0; i < utf8.size();) {
        char32_t cp = layout::next_code_point(utf8, i);
        if (cp == '\n') continue;
        if (!render::winansi_byte(cp) || !fonts.covers(layout::Face::serif_regular, cp) ||
            !fonts.covers(layout::Face::sans_regular, cp)) {
            return cp;
        }
    }
    return std::nullopt;
}

std::string unprintable_message(char32_t cp) {
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
    std::string glyph;
    if (cp >= 0x20 && cp != 0xfffd) {
        layout::append_utf8(glyph, cp);  // the character itself, so that the user sees it
        return "huruf \"" + glyph + "\" (" + code + ") tidak dapat dicetak dengan fon dokumen";
    }
    return std::string("karakter ") + code + " tidak dapat dicetak dengan fon dokumen";
}

std::set<std::string> check_printable(const DataSet& data, const layout::FontBook& fonts,
                                      Diagnostics& diags, bool& instansi_ok) {
    const Instansi& in = data.instansi;
    instansi_ok = check_fields(in.loc,
                               {{"pemerintah", &in.pemerintah}, {"nama", &in.nama}, {"alamat", &in.alamat},
                                {"kode-pos", &in.kode_pos}, {"tempat", &in.tempat},
                                {"unit-pengolah", &in.arsip.unit_pengolah}},
                               fonts, diags);
    for (const std::string& lembar : in.salinan) {
        instansi_ok = check_fields(in.loc, {{"lembar", &lembar}}, fonts, diags) && instansi_ok;
    }

    std::set<std::string> bad;
    for (const Pegawai& p : data.pegawai) {
        bool ok = check_fields(p.loc,
                               {{"nama", &p.nama}, {"gelar_depan", &p.gelar_depan},
                                {"gelar_belakang", &p.gelar_belakang}, {"jabatan", &p.jabatan},
                                {"unit_kerja", &p.unit_kerja}},
                               fonts, diags);
        auto skp = data.skp.find(p.nip.digits);
        if (skp != data.skp.end()) {
            for (const KegiatanTugas& k : skp->second.tugas) {
                ok = check_fields(k.loc, {{"uraian", &k.uraian}, {"satuan", &k.satuan}}, fonts, diags) && ok;
            }
            for (const TugasTambahan& t : skp->second.tambahan) {
                ok = check_fields(t.loc, {{"uraian", &t.uraian}}, fonts, diags) && ok;
            }
            for (const Kreativitas& k : skp->second.kreativitas) {
                ok = check_fields(k.loc, {{"uraian", &k.uraian}}, fonts, diags) && ok;
            }
        }
        if (const Skp2022* plan = data.regime2022.skp_of(p.nip)) ok = check_plan(*plan, fonts, diags) && ok;
        if (!ok) bad.insert(p.nip.digits);
    }
    for (const Evaluasi& e : data.regime2022.evaluasi) {
        if (!check_evaluasi(e, fonts, diags)) bad.insert(e.nip.digits);
    }
    return bad;
}

}  // namespace kinerja
