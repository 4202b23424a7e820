#include "batch/skp_content.hpp"

#include "archive/file_hash.hpp"

namespace kinerja {

namespace {

// Fields written as LENGTH:BYTES, so that no two different lists of fields write the same
// bytes ("ab","c" and "a","bc" differ).
class ContentWriter {
public:
    ContentWriter& field(std::string_view text) {
        bytes_ += std::to_string(text.size());
        bytes_ += ':';
        bytes_ += text;
        return *this;
    }
    ContentWriter& list(std::string_view tag, const std::vector<std::string>& items) {
        field(tag).field(std::to_string(items.size()));
        for (const std::string& item : items) field(item);
        return *this;
    }
    const std::string& bytes() const { return bytes_; }

private:
    std::string bytes_;
};

void write_identity(ContentWriter& w, std::string_view role, const Pegawai* p) {
    w.field(role);
    if (!p) {
        w.field("-");
        return;
    }
    w.field(p->nama_lengkap()).field(p->nip.digits).field(p->golongan.str()).field(p->jabatan).field(p->unit_kerja);
}

void write_rhk(ContentWriter& w, std::string_view part, const std::vector<RencanaHasilKerja>& list) {
    w.field(part).field(std::to_string(list.size()));
    for (const RencanaHasilKerja& r : list) {
        w.field(r.rhk_atasan).field(r.rhk).field(std::to_string(r.indikator.size()));
        for (const Indikator& i : r.indikator) {
            w.field(i.aspek ? aspek_text(*i.aspek) : "-").field(i.indikator).field(i.target);
        }
    }
}

}  // namespace

std::string skp_content_sha256(const Skp2022& skp, const Pegawai& pegawai, const Pegawai* penilai,
                               const Instansi& instansi) {
    ContentWriter w;
    w.field("skp-2022").field(std::to_string(skp.tahun)).field(skp.kualitatif ? "kualitatif" : "kuantitatif");
    w.field(instansi.pemerintah).field(instansi.nama);
    write_identity(w, "pegawai", &pegawai);
    write_identity(w, "penilai", penilai);
    write_rhk(w, "utama", skp.utama);
    write_rhk(w, "tambahan", skp.tambahan);
    w.field("ekspektasi").field(std::to_string(skp.ekspektasi.size()));
    for (const Ekspektasi& e : skp.ekspektasi) w.field(nilai_dasar_kode(e.nilai)).field(e.uraian);
    w.list("dukungan", skp.dukungan).list("skema", skp.skema).list("konsekuensi", skp.konsekuensi);
    return archive::sha256_hex(w.bytes());
}

}  // namespace kinerja
