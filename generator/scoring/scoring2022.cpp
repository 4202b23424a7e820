// The computation of the 2022 regime (DESIGN 8.3) by the rules of templates/regulasi-2022.xml.
// persen_text, shared with the documents, is in persen_text.cpp.
#include "scoring/scoring2022.hpp"

#include <cstddef>
#include <stdexcept>
#include <string_view>

namespace kinerja {

namespace {

std::size_t index_of(Rating r) { return static_cast<std::size_t>(r); }
std::size_t index_of(Predikat p) { return static_cast<std::size_t>(p); }
std::size_t index_of(CapaianOrganisasi c) { return static_cast<std::size_t>(c); }

// Whether `jumlah` of `n` keeps the bound of `aturan`, compared exactly: a percentage bound p
// as jumlah × 100 against p × n, a count bound as it stands.
bool memenuhi(const AturanPola& aturan, int jumlah, int n) {
    const long long left = aturan.persen ? 100LL * jumlah : jumlah;
    const long long right = aturan.persen ? static_cast<long long>(aturan.batas) * n : aturan.batas;
    return aturan.paling_banyak ? left <= right : left >= right;
}

// The predikat in the order the summary lists them: best first.
constexpr Predikat kRingkasanOrder[] = {Predikat::sangat_baik, Predikat::baik, Predikat::butuh_perbaikan,
                                        Predikat::kurang_misconduct, Predikat::sangat_kurang};

}  // namespace

Predikat predikat_kinerja(const Regulasi2022& rules, Rating hasil_kerja, Rating perilaku) {
    return rules.matriks.at(index_of(hasil_kerja)).at(index_of(perilaku));
}

Rating rating_pimpinan(const Regulasi2022& rules, CapaianOrganisasi capaian) {
    return rules.pimpinan.at(index_of(capaian));
}

std::optional<int> persen_angka_kredit(const Regulasi2022& rules, Predikat predikat, JenisJabatan jenis) {
    if (jenis != JenisJabatan::fungsional) return std::nullopt;
    return rules.persen_angka_kredit.at(index_of(predikat));
}

HasilEvaluasi hasil_evaluasi(const Regulasi2022& rules, const Evaluasi& evaluasi, const Pegawai& pegawai,
                             const std::optional<CapaianOrganisasi>& capaian) {
    HasilEvaluasi out;
    out.evaluasi = &evaluasi;
    out.pegawai = &pegawai;
    if (evaluasi.rating_hasil_kerja) {
        out.rating_hasil_kerja = *evaluasi.rating_hasil_kerja;
    } else if (capaian) {
        out.rating_hasil_kerja = rating_pimpinan(rules, *capaian);
        out.rating_dari_capaian = true;
    } else {
        throw std::invalid_argument("hasil_evaluasi: rating hasil kerja kosong tanpa capaian organisasi");
    }
    out.predikat = predikat_kinerja(rules, out.rating_hasil_kerja, evaluasi.rating_perilaku);
    out.persen_angka_kredit = persen_angka_kredit(rules, out.predikat, pegawai.jenis_jabatan);
    return out;
}

std::string nama_predikat(const AturanPola& aturan) {
    std::string out;
    for (Predikat p : aturan.predikat) {
        if (!out.empty()) out += " + ";
        out += predikat_text(p);
    }
    return out;
}

std::string batas_text(const AturanPola& aturan, bool pegawai) {
    return std::string(aturan.paling_banyak ? "paling banyak " : "paling sedikit ") + std::to_string(aturan.batas) +
           (aturan.persen ? "%" : pegawai ? " pegawai" : "");
}

std::string aturan_text(const AturanPola& aturan) { return nama_predikat(aturan) + " " + batas_text(aturan, true); }

int Distribusi::tidak_terpenuhi() const {
    int broken = 0;
    for (const HasilAturan& h : aturan) broken += h.sesuai ? 0 : 1;
    return broken;
}

Distribusi periksa_distribusi(const Regulasi2022& rules, const PeriodeEvaluasi& periode,
                              const std::optional<CapaianOrganisasi>& capaian,
                              const std::vector<HasilEvaluasi>& hasil, const Nip& pimpinan) {
    Distribusi out;
    out.periode = periode;
    out.capaian = capaian;
    for (const HasilEvaluasi& h : hasil) {
        const Nip& nip = h.pegawai ? h.pegawai->nip : h.evaluasi->nip;
        if (nip == pimpinan) continue;
        ++out.n;
        ++out.jumlah.at(index_of(h.predikat));
    }
    if (!capaian) return out;
    for (const AturanPola& aturan : rules.pola.at(index_of(*capaian)).aturan) {
        HasilAturan checked;
        checked.aturan = &aturan;
        for (Predikat p : aturan.predikat) checked.jumlah += out.jumlah.at(index_of(p));
        checked.sesuai = memenuhi(aturan, checked.jumlah, out.n);
        out.aturan.push_back(checked);
    }
    return out;
}

std::string ringkasan_distribusi(const Distribusi& d) {
    std::string out = "distribusi " + d.periode.nama() + " (";
    if (d.capaian) out += "capaian organisasi " + std::string(capaian_text(*d.capaian)) + ", ";
    out += std::to_string(d.n) + " pegawai):";
    const char* separator = " ";
    for (Predikat p : kRingkasanOrder) {
        out += separator;
        out += std::string(predikat_text(p)) + " " + std::to_string(d.jumlah.at(index_of(p)));
        separator = ", ";
    }
    if (!d.capaian) return out + ": tidak diperiksa (capaian organisasi belum ditetapkan)";
    const int broken = d.tidak_terpenuhi();
    if (broken == 0) return out + ": sesuai pola";
    return out + ": " + std::to_string(broken) + " aturan tidak terpenuhi";
}

std::string pesan_aturan(const Distribusi& d, const HasilAturan& h) {
    if (!h.aturan || !d.capaian) throw std::invalid_argument("pesan_aturan: aturan tanpa pola");
    return "distribusi " + d.periode.nama() + " tidak sesuai pola " + std::string(capaian_text(*d.capaian)) + ": " +
           nama_predikat(*h.aturan) + " " + std::to_string(h.jumlah) + " dari " + std::to_string(d.n) +
           " pegawai (" + persen_text(h.jumlah, d.n) + "), " + batas_text(*h.aturan);
}

}  // namespace kinerja
