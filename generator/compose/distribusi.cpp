#include "compose/distribusi.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

#include "compose/fields.hpp"
#include "compose/template.hpp"

namespace kinerja::compose {

namespace {

constexpr std::array<Predikat, kPredikatCount> kUrutan{Predikat::sangat_kurang, Predikat::kurang_misconduct,
                                                      Predikat::butuh_perbaikan, Predikat::baik,
                                                      Predikat::sangat_baik};
constexpr const char* kTitikTitik = "..............................................";

doc::TextStyle sans(double size, bool bold = false, doc::Align align = doc::Align::left) {
    return doc::TextStyle{doc::Family::sans, bold, false, false, size, 1.2, align};
}

doc::Block paragraph(std::string text, doc::TextStyle style, double before = 0, double after = 0) {
    return doc::Block{doc::Paragraph{std::move(text), style, before, after}};
}

// The rule's bound as a share of N, or nullopt for a count bound when N is 0.
std::optional<double> batas_share(const AturanPola& a, int n) {
    if (a.persen) return std::clamp(a.batas / 100.0, 0.0, 1.0);
    if (n <= 0) return std::nullopt;
    return std::clamp(static_cast<double>(a.batas) / n, 0.0, 1.0);
}

doc::ChartBar bar_of(const Distribusi& d, Predikat p) {
    doc::ChartBar bar;
    const int jumlah = d.jumlah.at(static_cast<std::size_t>(p));
    bar.name = std::string(predikat_text(p));
    bar.value = std::to_string(jumlah) + " (" + persen_text(jumlah, d.n) + ")";
    bar.share = d.n > 0 ? std::clamp(static_cast<double>(jumlah) / d.n, 0.0, 1.0) : 0.0;
    if (!d.capaian) return bar;
    bar.band = true;
    for (const HasilAturan& h : d.aturan) {
        if (!h.aturan || h.aturan->predikat != std::vector<Predikat>{p}) continue;
        bar.note += (bar.note.empty() ? "" : ", ") + batas_text(*h.aturan, true);
        const std::optional<double> share = batas_share(*h.aturan, d.n);
        if (!share) continue;
        if (h.aturan->paling_banyak) {
            bar.band_high = std::min(bar.band_high, *share);
        } else {
            bar.band_low = std::max(bar.band_low, *share);
        }
    }
    // Contradictory rules allow nothing: an empty band at the lower bound.
    bar.band_high = std::max(bar.band_high, bar.band_low);
    return bar;
}

std::vector<doc::Block> heading(const DistribusiInput& in) {
    const Distribusi& d = in.distribusi;
    std::vector<doc::Block> out;
    out.push_back(paragraph("DISTRIBUSI PREDIKAT KINERJA PEGAWAI", sans(12, true, doc::Align::center)));
    out.push_back(paragraph(upper_case(in.instansi.nama), sans(10.5, true, doc::Align::center), 2));
    out.push_back(paragraph("PERIODE: " + upper_case(d.periode.nama()), sans(10, true, doc::Align::center), 2, 10));
    const std::string capaian = d.capaian ? upper_case(capaian_text(*d.capaian)) : "BELUM DITETAPKAN";
    out.push_back(paragraph("CAPAIAN KINERJA ORGANISASI: " + capaian, sans(9.5, true)));
    out.push_back(paragraph("JUMLAH PEGAWAI YANG DINILAI (N): " + std::to_string(d.n) + " pegawai, tanpa pimpinan",
                            sans(9.5), 1, 8));
    return out;
}

doc::Cell cell(std::string text, doc::TextStyle style, double shade = 1.0) {
    doc::Cell c;
    c.content.push_back(paragraph(std::move(text), style));
    c.valign = doc::VAlign::middle;
    c.shade = shade;
    return c;
}

// ATURAN | JUMLAH | SESUAI/TIDAK SESUAI: one row per rule of the pola, in its order.
doc::Table aturan_table(const Distribusi& d) {
    doc::Table t;
    t.columns = {55, 25, 20};
    t.header_rows = 1;
    t.padding = 2.5;
    doc::Row head;
    for (const char* h : {"ATURAN", "JUMLAH", "SESUAI/TIDAK SESUAI"}) {
        head.cells.push_back(cell(h, sans(8.5, true, doc::Align::center), 0.9));
    }
    t.rows.push_back(std::move(head));
    for (const HasilAturan& h : d.aturan) {
        doc::Row row;
        row.cells.push_back(cell(h.aturan ? aturan_text(*h.aturan) : "", sans(9)));
        row.cells.push_back(cell(std::to_string(h.jumlah) + " dari " + std::to_string(d.n) + " (" +
                                     persen_text(h.jumlah, d.n) + ")",
                                 sans(9, false, doc::Align::center)));
        row.cells.push_back(cell(h.sesuai ? "SESUAI" : "TIDAK SESUAI", sans(9, true, doc::Align::center)));
        t.rows.push_back(std::move(row));
    }
    return t;
}

std::vector<doc::Block> pola(const Distribusi& d) {
    std::vector<doc::Block> out;
    if (!d.capaian) {
        out.push_back(paragraph("Pola tidak diperiksa: capaian kinerja organisasi belum ditetapkan.",
                                sans(9.5, true), 6));
        return out;
    }
    const std::string name = upper_case(capaian_text(*d.capaian));
    out.push_back(paragraph("POLA DISTRIBUSI CAPAIAN KINERJA ORGANISASI " + name, sans(9.5, true), 8, 4));
    out.push_back(doc::Block{aturan_table(d)});
    const int broken = d.tidak_terpenuhi();
    out.push_back(paragraph(broken == 0 ? "Distribusi sesuai pola."
                                        : "Distribusi tidak sesuai pola: " + std::to_string(broken) +
                                              " aturan tidak terpenuhi.",
                            sans(9.5, true), 4));
    return out;
}

doc::Cell plain(std::string text, doc::TextStyle style) {
    doc::Cell c;
    if (!text.empty()) c.content.push_back(paragraph(std::move(text), style));
    return c;
}

// The pimpinan's signature at the right: place and date, jabatan, room to sign (or the scan),
// name, pangkat, NIP; kept on the page of what precedes it.
doc::Block signature(const DistribusiInput& in) {
    const Pegawai* p = in.pimpinan;
    const doc::TextStyle style = sans(9.5, false, doc::Align::center);
    doc::TextStyle name_style = sans(9.5, true, doc::Align::center);
    name_style.underline = true;
    doc::Table t;
    t.columns = {1, 1};
    t.line_width = 0;
    t.padding = 0.5;
    const auto row = [&](std::string text, const doc::TextStyle& s) {
        doc::Row r;
        r.cells.push_back(plain("", s));
        r.cells.push_back(plain(std::move(text), s));
        t.rows.push_back(std::move(r));
    };
    row(in.instansi.tempat + ", " + format_tanggal(in.tanggal), style);
    row((p ? p->jabatan : std::string(kTitikTitik)) + ",", style);
    doc::Row space;
    space.cells.push_back(plain("", style));
    doc::Cell room;
    if (scanned_signature(in.instansi, in.signatures, p) != nullptr) {
        const std::string id = signature_image_id(p->nip);
        room.content.push_back(doc::Block{doc::Image{id, 50 * doc::points_per_mm, 20 * doc::points_per_mm, doc::Align::center}});
    } else {
        room.content.push_back(doc::Block{doc::Spacer{20 * doc::points_per_mm}});
    }
    space.cells.push_back(std::move(room));
    t.rows.push_back(std::move(space));
    row(p ? p->nama_lengkap() : kTitikTitik, name_style);
    if (p) row(p->golongan.pangkat() + ", " + p->golongan.str(), style);
    row("NIP. " + (p ? p->nip.printed() : std::string(kTitikTitik)), style);

    doc::KeepTogether keep;
    keep.with_previous = true;
    keep.blocks.push_back(doc::Block{doc::Spacer{10 * doc::points_per_mm}});
    keep.blocks.push_back(doc::Block{std::move(t)});
    return doc::Block{std::move(keep)};
}

}  // namespace

doc::BarChart distribusi_chart(const Distribusi& distribusi) {
    doc::BarChart chart;
    for (const Predikat p : kUrutan) chart.bars.push_back(bar_of(distribusi, p));
    chart.axis_title = "Persentase pegawai (dari N)";
    chart.base_title = "Predikat Kinerja Pegawai";
    chart.height = 95 * doc::points_per_mm;
    return chart;
}

doc::Document distribusi_document(const DistribusiInput& in) {
    const Distribusi& dist = in.distribusi;
    doc::Document d;
    d.page = page_setup(in.instansi.kertas, false);
    d.page.margin_top = 15 * doc::points_per_mm;
    d.page.margin_right = 15 * doc::points_per_mm;
    d.page.margin_bottom = 15 * doc::points_per_mm;
    d.page.margin_left = 20 * doc::points_per_mm;
    const std::string nama = dist.periode.nama();
    d.page.footer = "Distribusi Predikat Kinerja Pegawai " + nama + " \u2014 Halaman {halaman} dari {jumlah}";
    d.page.footer_style = doc::TextStyle{doc::Family::sans, false, true, false, 7.5, 1.2, doc::Align::right};
    d.title = "Distribusi Predikat Kinerja Pegawai " + nama;
    d.author = in.instansi.nama;
    d.subject = "Distribusi predikat kinerja pegawai " + nama + " terhadap pola capaian kinerja organisasi";
    d.keywords = "distribusi predikat kinerja, SE MenPANRB 3/2023, " + nama;

    d.body = heading(in);
    d.body.push_back(paragraph(dist.capaian ? "Batang: jumlah pegawai per predikat dan persentasenya dari N. "
                                              "Arsiran: rentang persentase yang dibolehkan aturan pola untuk "
                                              "predikat itu sendiri."
                                            : "Batang: jumlah pegawai per predikat dan persentasenya dari N.",
                               doc::TextStyle{doc::Family::sans, false, true, false, 8, 1.2, doc::Align::left}, 0, 4));
    d.body.push_back(doc::Block{distribusi_chart(dist)});
    for (doc::Block& b : pola(dist)) d.body.push_back(std::move(b));
    d.body.push_back(signature(in));
    add_signature_images(d, in.instansi, in.signatures, {in.pimpinan});
    return d;
}

}  // namespace kinerja::compose
