#include "archive/filing_text.hpp"

#include <algorithm>
#include <iterator>

namespace kinerja::archive {

namespace {

using compose::JenisArsip;

struct JenisText {
    JenisArsip jenis;
    std::string_view kode;    // item.jenis
    std::string_view item;    // item uraian, before the period
    std::string_view berkas;  // berkas uraian, before the year
};

constexpr JenisText jenis_table[] = {
    {JenisArsip::pengukuran, "pengukuran", "Pengukuran Kinerja ", "Pengukuran Kinerja Tahun "},
    {JenisArsip::dokumen_evaluasi, "dokumen-evaluasi", "Dokumen Evaluasi Kinerja ", "Evaluasi Kinerja Tahun "},
};

const JenisText& text_of(JenisArsip jenis) {
    return *std::find_if(std::begin(jenis_table), std::end(jenis_table),
                         [&](const JenisText& t) { return t.jenis == jenis; });
}

}  // namespace

std::string_view jenis_arsip_kode(JenisArsip jenis) { return text_of(jenis).kode; }

std::optional<JenisArsip> parse_jenis_arsip_kode(std::string_view kode) {
    for (const JenisText& t : jenis_table) {
        if (t.kode == kode) return t.jenis;
    }
    return std::nullopt;
}

JenisArsip jenis_of(const Filing& filing) {
    return filing.evaluasi ? JenisArsip::dokumen_evaluasi : JenisArsip::pengukuran;
}

int filing_rank(const Filing& filing) {
    return filing.evaluasi ? 1 + static_cast<int>(filing.evaluasi->jenis) : 0;
}

std::string item_uraian(const Filing& filing, const Period& month) {
    const std::string periode = filing.evaluasi ? filing.evaluasi->nama() : month.bulan_tahun();
    return std::string(text_of(jenis_of(filing)).item) + periode + " a.n. " + filing.nama;
}

JenisArsip jenis_of_uraian(std::string_view uraian) {
    for (const JenisText& t : jenis_table) {
        if (uraian.substr(0, t.item.size()) == t.item) return t.jenis;
    }
    return JenisArsip::pengukuran;
}

std::string berkas_uraian(int tahun, const std::string& nama, JenisArsip first_item) {
    return std::string(text_of(first_item).berkas) + std::to_string(tahun) + " a.n. " + nama;
}

}  // namespace kinerja::archive
