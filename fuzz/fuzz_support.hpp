// What every fuzz target checks besides "no crash": the contracts of load/ that later stages
// rely on. A broken contract aborts with a message, which libFuzzer records as a finding.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "load/records.hpp"
#include "load/source.hpp"
#include "load/text_encoding.hpp"

namespace kinerja::fuzz {

[[noreturn]] inline void fail(const std::string& what) {
    std::fprintf(stderr, "kontrak dilanggar: %s\n", what.c_str());
    std::abort();
}

inline void require(bool ok, const std::string& what) {
    if (!ok) fail(what);
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// Lines in the input as the readers count them (LF, CRLF or a lone CR end a line).
inline int line_count(std::string_view bytes) {
    int lines = 1;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n'))) {
            ++lines;
        }
    }
    return lines;
}

// Every diagnostic names a file, a line within it and a message; text is valid UTF-8 (it is
// printed to the terminal and, for some, into documents).
inline void check_diagnostics(const Diagnostics& diags, int max_line) {
    for (const Diagnostic& d : diags.items()) {
        require(!d.file.empty(), "diagnostik tanpa berkas: " + d.str());
        require(!d.message.empty(), "diagnostik tanpa pesan: " + d.str());
        require(!d.field.empty(), "diagnostik tanpa field: " + d.str());
        require(d.line >= 0 && d.line <= max_line,
                "baris di luar berkas (" + std::to_string(max_line) + " baris): " + d.str());
        require(is_valid_utf8(d.message) && is_valid_utf8(d.field),
                "diagnostik bukan UTF-8: " + d.str());
    }
}

inline void check_loc(const SourceLoc& loc, int max_line, const char* what) {
    require(!loc.file.empty(), std::string(what) + ": lokasi tanpa berkas");
    require(loc.line >= 1 && loc.line <= max_line,
            std::string(what) + ": baris " + std::to_string(loc.line) + " di luar 1.." +
                std::to_string(max_line));
}

// Every text a reader hands on is valid UTF-8: layout and the PDF encoder decode it.
inline void check_text(std::string_view text, const char* what) {
    require(is_valid_utf8(text), std::string(what) + ": teks bukan UTF-8 yang valid");
}

inline void check_texts(std::initializer_list<const std::string*> texts, const char* what) {
    for (const std::string* t : texts) check_text(*t, what);
}

inline void check_record(const PegawaiRecord& r, int max_line) {
    check_loc(r.loc, max_line, "pegawai");
    check_texts({&r.nip, &r.nama, &r.gelar_depan, &r.gelar_belakang, &r.golongan, &r.tmt_golongan,
                 &r.jabatan, &r.jenis_jabatan, &r.unit_kerja, &r.nip_atasan},
                "pegawai");
}

inline void check_record(const SkpRecord& r, int max_line) {
    check_loc(r.loc, max_line, "skp");
    check_texts({&r.nip, &r.jenis, &r.uraian, &r.ak, &r.satuan, &r.target_kuantitas,
                 &r.target_kualitas, &r.target_waktu, &r.target_biaya, &r.realisasi_kuantitas,
                 &r.realisasi_kualitas, &r.realisasi_waktu, &r.realisasi_biaya, &r.nilai},
                "skp");
}

inline void check_record(const PerilakuRecord& r, int max_line) {
    check_loc(r.loc, max_line, "perilaku");
    check_texts({&r.nip, &r.orientasi_pelayanan, &r.integritas, &r.komitmen, &r.disiplin,
                 &r.kerja_sama, &r.kepemimpinan},
                "perilaku");
}

inline void check_record(const InstansiRecord& r, int max_line) {
    check_loc(r.loc, max_line, "instansi");
    check_texts({&r.kode, &r.pemerintah, &r.nama, &r.alamat, &r.kode_pos, &r.tempat, &r.logo,
                 &r.kertas, &r.pimpinan_nip, &r.arsip_kode_klasifikasi, &r.arsip_kapasitas_box,
                 &r.arsip_retensi_aktif, &r.arsip_retensi_inaktif, &r.arsip_unit_pengolah},
                "instansi");
    for (const std::string& s : r.salinan) check_text(s, "instansi salinan");
    for (const auto& [name, line] : r.lines) {
        require(line >= 1 && line <= max_line, "instansi: baris elemen <" + name + "> di luar berkas");
    }
}

inline void check_record(const SopRecord& r, int max_line) {
    check_loc(r.loc, max_line, "sop");
    check_texts({&r.nomor, &r.nama, &r.tanggal_pembuatan, &r.tanggal_revisi, &r.tanggal_efektif,
                 &r.disahkan_oleh},
                "sop");
    for (const auto* list : {&r.dasar_hukum, &r.kualifikasi_pelaksana, &r.keterkaitan,
                             &r.peralatan, &r.peringatan, &r.pencatatan}) {
        for (const std::string& s : *list) check_text(s, "sop butir");
    }
    for (const LaneRecord& l : r.lanes) {
        check_loc(l.loc, max_line, "lane");
        check_texts({&l.id, &l.nama}, "lane");
    }
    for (const LangkahRecord& l : r.langkah) {
        check_loc(l.loc, max_line, "langkah");
        check_texts({&l.pelaksana, &l.simbol, &l.kelengkapan, &l.waktu, &l.output, &l.keterangan,
                     &l.ya, &l.tidak, &l.uraian},
                    "langkah");
    }
}

template <typename Record>
void check_records(const std::vector<Record>& records, int max_line) {
    int previous = 0;
    for (const Record& r : records) {
        check_record(r, max_line);
        require(r.loc.line >= previous, "rekaman tidak urut baris");
        previous = r.loc.line;
    }
}

}  // namespace kinerja::fuzz
