// templates/regulasi-2022.xml: each part of the rules is typed, checked for unknown values, and
// checked to be given exactly once per key (a matrix cell, a capaian, a predikat, a core value).
#include "model/build_regulasi2022.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/build_check.hpp"

namespace kinerja {

namespace {

// The problems of the rules file: all are reported, and any one makes the rules unusable.
class RulesCheck {
public:
    explicit RulesCheck(Diagnostics& diags) : diags_(diags) {}
    bool ok() const { return ok_; }
    void fail(const SourceLoc& at, std::string_view field, std::string message) {
        diags_.add(at, std::string(field), std::move(message));
        ok_ = false;
    }
    void refused(const RefusedFields& fields) {
        for (const Diagnostic& d : fields) diags_.add(d.file, d.line, d.field, d.message);
        if (!fields.empty()) ok_ = false;
    }

private:
    Diagnostics& diags_;
    bool ok_ = true;
};

// The canonical names of every value of an enum, in the order the file writes them.
template <class E, std::size_t N>
std::vector<std::string_view> names(std::string_view (*text)(E), const std::array<E, N>& order) {
    std::vector<std::string_view> out;
    for (E e : order) out.push_back(text(e));
    return out;
}

const std::array<Rating, kRatingCount> kRatingOrder{Rating::di_atas, Rating::sesuai, Rating::di_bawah};
const std::array<Predikat, kPredikatCount> kPredikatOrder{Predikat::sangat_baik, Predikat::baik,
                                                          Predikat::butuh_perbaikan, Predikat::kurang_misconduct,
                                                          Predikat::sangat_kurang};
const std::array<CapaianOrganisasi, kCapaianCount> kCapaianOrder{
    CapaianOrganisasi::istimewa, CapaianOrganisasi::baik, CapaianOrganisasi::butuh_perbaikan,
    CapaianOrganisasi::kurang, CapaianOrganisasi::sangat_kurang};
const std::array<NilaiDasar, kNilaiDasarCount> kNilaiDasarOrder{
    NilaiDasar::berorientasi_pelayanan, NilaiDasar::akuntabel, NilaiDasar::kompeten, NilaiDasar::harmonis,
    NilaiDasar::loyal, NilaiDasar::adaptif, NilaiDasar::kolaboratif};

// `text` parsed by `parse`; else "<what> tidak dikenal: "x" (pilih: …)" ("wajib diisi" when empty).
template <class E, std::size_t N>
std::optional<E> known(RulesCheck& check, const SourceLoc& at, std::string_view field, const std::string& text,
                       std::optional<E> (*parse)(std::string_view), std::string_view what,
                       std::string_view (*name)(E), const std::array<E, N>& order) {
    if (text.empty()) {
        check.fail(at, field, "wajib diisi");
        return std::nullopt;
    }
    std::optional<E> value = parse(text);
    if (!value) {
        check.fail(at, field,
                   std::string(what) + " tidak dikenal: " + quoted(text) + " (pilih: " + joined(names(name, order)) +
                       ")");
    }
    return value;
}

std::optional<Rating> known_rating(RulesCheck& check, const SourceLoc& at, std::string_view field,
                                   const std::string& text) {
    return known(check, at, field, text, &parse_rating, "rating", &rating_text, kRatingOrder);
}
std::optional<Predikat> known_predikat(RulesCheck& check, const SourceLoc& at, std::string_view field,
                                       const std::string& text) {
    return known(check, at, field, text, &parse_predikat, "predikat", &predikat_text, kPredikatOrder);
}
std::optional<CapaianOrganisasi> known_capaian(RulesCheck& check, const SourceLoc& at, std::string_view field,
                                               const std::string& text) {
    return known(check, at, field, text, &parse_capaian, "capaian", &capaian_text, kCapaianOrder);
}
std::optional<NilaiDasar> known_nilai(RulesCheck& check, const SourceLoc& at, std::string_view field,
                                      const std::string& text) {
    return known(check, at, field, text, &parse_nilai_dasar, "perilaku", &nilai_dasar_kode, kNilaiDasarOrder);
}

// Where each key of one part of the file was first given (line 0: not yet): a repeat is
// reported at the repeat, naming the first line; a key never given is reported at the root.
template <std::size_t N>
class Once {
public:
    // True the first time `key` is given.
    bool first(RulesCheck& check, std::size_t key, const SourceLoc& at, std::string_view field,
               const std::string& what) {
        if (lines_.at(key) != 0) {
            check.fail(at, field, what + " disebut lebih dari sekali (pertama di baris " +
                                      std::to_string(lines_.at(key)) + ")");
            return false;
        }
        lines_.at(key) = at.line > 0 ? at.line : -1;
        return true;
    }
    bool given(std::size_t key) const { return lines_.at(key) != 0; }

private:
    std::array<int, N> lines_{};
};

// A pola bound, an angka-kredit persen: a whole number >= 0, optionally followed by '%'.
struct Bound {
    bool persen = false;
    int value = 0;
};
std::optional<Bound> parse_bound(RulesCheck& check, const SourceLoc& at, std::string_view field,
                                 const std::string& text) {
    std::string_view digits = text;
    Bound out;
    if (!digits.empty() && digits.back() == '%') {
        out.persen = true;
        digits.remove_suffix(1);
        while (!digits.empty() && (digits.back() == ' ' || digits.back() == '\t')) digits.remove_suffix(1);
    }
    if (!digits.empty() && digits.front() == '-') {
        check.fail(at, field, "tidak boleh negatif: " + quoted(text));
        return std::nullopt;
    }
    bool whole = !digits.empty() && digits.size() <= 9;
    for (char c : digits) whole = whole && c >= '0' && c <= '9';
    if (!whole) {
        check.fail(at, field, "bukan bilangan bulat: " + quoted(text) + " (contoh: 70% atau 1)");
        return std::nullopt;
    }
    for (char c : digits) out.value = out.value * 10 + (c - '0');
    return out;
}

// The key of one matrix cell in Once.
std::size_t cell_key(Rating hasil_kerja, Rating perilaku) {
    return static_cast<std::size_t>(hasil_kerja) * kRatingCount + static_cast<std::size_t>(perilaku);
}

void build_matriks(const RegulasiRecord& record, RulesCheck& check, Regulasi2022& out) {
    Once<kRatingCount * kRatingCount> once;
    for (const SelRecord& sel : record.sel) {
        const std::optional<Rating> hk = known_rating(check, sel.loc, "hasil-kerja", sel.hasil_kerja);
        const std::optional<Rating> pk = known_rating(check, sel.loc, "perilaku", sel.perilaku);
        const std::optional<Predikat> predikat = known_predikat(check, sel.loc, "sel", sel.predikat);
        if (!hk || !pk) continue;
        const std::string what = "sel hasil kerja " + std::string(rating_text(*hk)) + ", perilaku " +
                                 std::string(rating_text(*pk));
        if (!once.first(check, cell_key(*hk, *pk), sel.loc, "sel", what) || !predikat) continue;
        out.matriks.at(static_cast<std::size_t>(*hk)).at(static_cast<std::size_t>(*pk)) = *predikat;
    }
    for (Rating hk : kRatingOrder) {
        for (Rating pk : kRatingOrder) {
            if (once.given(cell_key(hk, pk))) continue;
            check.fail(record.loc, "sel",
                       "sel hasil kerja " + std::string(rating_text(hk)) + ", perilaku " +
                           std::string(rating_text(pk)) + " tidak ada");
        }
    }
}

// The predikat of a rule: names separated by commas, each known and named once.
std::vector<Predikat> aturan_predikat(const AturanRecord& aturan, RulesCheck& check) {
    std::vector<Predikat> out;
    if (aturan.predikat.empty()) {
        check.fail(aturan.loc, "predikat", "wajib diisi");
        return out;
    }
    std::string_view rest = aturan.predikat;
    while (true) {
        const std::size_t comma = rest.find(',');
        std::string_view part = rest.substr(0, comma);
        while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
        while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
        const std::optional<Predikat> p = known_predikat(check, aturan.loc, "predikat", std::string(part));
        if (p && std::find(out.begin(), out.end(), *p) != out.end()) {
            check.fail(aturan.loc, "predikat", "predikat " + std::string(predikat_text(*p)) + " disebut dua kali");
        } else if (p) {
            out.push_back(*p);
        }
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
    }
    return out;
}

std::optional<AturanPola> build_aturan(const AturanRecord& aturan, RulesCheck& check) {
    AturanPola out;
    out.loc = aturan.loc;
    out.predikat = aturan_predikat(aturan, check);
    const bool banyak = !aturan.paling_banyak.empty();
    const bool sedikit = !aturan.paling_sedikit.empty();
    if (banyak == sedikit) {
        check.fail(aturan.loc, "aturan",
                   banyak ? "paling-banyak dan paling-sedikit tidak boleh dipakai bersama dalam satu aturan"
                          : "isi paling-banyak atau paling-sedikit (contoh: paling-banyak=\"70%\")");
        return std::nullopt;
    }
    const std::string_view field = banyak ? "paling-banyak" : "paling-sedikit";
    const std::string& text = banyak ? aturan.paling_banyak : aturan.paling_sedikit;
    const std::optional<Bound> bound = parse_bound(check, aturan.loc, field, text);
    if (!bound) return std::nullopt;
    if (bound->persen && bound->value > 100) {
        check.fail(aturan.loc, field, "persentase harus 0 sampai 100: " + quoted(text));
        return std::nullopt;
    }
    if (out.predikat.empty()) return std::nullopt;
    out.paling_banyak = banyak;
    out.persen = bound->persen;
    out.batas = bound->value;
    return out;
}

void build_pola(const RegulasiRecord& record, RulesCheck& check, Regulasi2022& out) {
    Once<kCapaianCount> once;
    for (const PolaRecord& pola : record.pola) {
        const std::optional<CapaianOrganisasi> capaian = known_capaian(check, pola.loc, "capaian", pola.capaian);
        std::vector<AturanPola> aturan;
        for (const AturanRecord& a : pola.aturan) {
            if (std::optional<AturanPola> built = build_aturan(a, check)) aturan.push_back(std::move(*built));
        }
        if (!capaian) continue;
        const std::size_t key = static_cast<std::size_t>(*capaian);
        if (!once.first(check, key, pola.loc, "pola", "pola " + std::string(capaian_text(*capaian)))) continue;
        out.pola.at(key) = Pola{pola.loc, *capaian, std::move(aturan)};
    }
    for (CapaianOrganisasi c : kCapaianOrder) {
        if (!once.given(static_cast<std::size_t>(c))) {
            check.fail(record.loc, "pola", "pola " + std::string(capaian_text(c)) + " tidak ada");
        }
    }
}

void build_angka_kredit(const RegulasiRecord& record, RulesCheck& check, Regulasi2022& out) {
    Once<kPredikatCount> once;
    for (const AngkaKreditRecord& ak : record.angka_kredit) {
        const std::optional<Predikat> predikat = known_predikat(check, ak.loc, "predikat", ak.predikat);
        std::optional<Bound> persen;
        if (ak.persen.empty()) {
            check.fail(ak.loc, "persen", "wajib diisi");
        } else {
            persen = parse_bound(check, ak.loc, "persen", ak.persen);
        }
        if (!predikat) continue;
        const std::size_t key = static_cast<std::size_t>(*predikat);
        const std::string what = "angka-kredit " + std::string(predikat_text(*predikat));
        if (!once.first(check, key, ak.loc, "angka-kredit", what) || !persen) continue;
        out.persen_angka_kredit.at(key) = persen->value;
    }
    for (Predikat p : kPredikatOrder) {
        if (!once.given(static_cast<std::size_t>(p))) {
            check.fail(record.loc, "angka-kredit", "angka-kredit " + std::string(predikat_text(p)) + " tidak ada");
        }
    }
}

void build_pimpinan(const RegulasiRecord& record, RulesCheck& check, Regulasi2022& out) {
    Once<kCapaianCount> once;
    for (const PimpinanRecord& p : record.pimpinan) {
        const std::optional<CapaianOrganisasi> capaian = known_capaian(check, p.loc, "capaian", p.capaian);
        const std::optional<Rating> rating = known_rating(check, p.loc, "rating-hasil-kerja", p.rating_hasil_kerja);
        if (!capaian) continue;
        const std::size_t key = static_cast<std::size_t>(*capaian);
        const std::string what = "pimpinan " + std::string(capaian_text(*capaian));
        if (!once.first(check, key, p.loc, "pimpinan", what) || !rating) continue;
        out.pimpinan.at(key) = *rating;
    }
    for (CapaianOrganisasi c : kCapaianOrder) {
        if (!once.given(static_cast<std::size_t>(c))) {
            check.fail(record.loc, "pimpinan", "pimpinan " + std::string(capaian_text(c)) + " tidak ada");
        }
    }
}

void build_perilaku(const RegulasiRecord& record, RulesCheck& check, Regulasi2022& out) {
    Once<kNilaiDasarCount> once;
    for (const PerilakuPanduanRecord& p : record.perilaku) {
        const std::optional<NilaiDasar> nilai = known_nilai(check, p.loc, "kode", p.kode);
        if (p.nama.empty()) check.fail(p.loc, "nama", "wajib diisi");
        for (const std::string& panduan : p.panduan) {
            if (panduan.empty()) check.fail(p.loc, "panduan", "panduan kosong");
        }
        if (!nilai) continue;
        const std::size_t key = static_cast<std::size_t>(*nilai);
        if (!once.first(check, key, p.loc, "perilaku", "perilaku " + std::string(nilai_dasar_kode(*nilai)))) continue;
        out.perilaku.at(key) = PanduanPerilaku{p.loc, *nilai, p.nama, p.panduan};
    }
    for (NilaiDasar n : kNilaiDasarOrder) {
        if (!once.given(static_cast<std::size_t>(n))) {
            check.fail(record.loc, "perilaku", "perilaku " + std::string(nilai_dasar_kode(n)) + " tidak ada");
        }
    }
}

}  // namespace

std::optional<Regulasi2022> build_regulasi2022(const RegulasiRecord& record, Diagnostics& diags) {
    RulesCheck check(diags);
    check.refused(record.refused);
    Regulasi2022 out;
    out.file = record.file;
    build_matriks(record, check, out);
    build_pola(record, check, out);
    build_angka_kredit(record, check, out);
    build_pimpinan(record, check, out);
    build_perilaku(record, check, out);
    if (!check.ok()) return std::nullopt;
    return out;
}

}  // namespace kinerja
