#include "compose/common_fields.hpp"

#include <stdexcept>

#include <cstdint>
#include <utility>

namespace kinerja::compose {

namespace {

std::string jenis_jabatan_text(JenisJabatan j) {
    switch (j) {
        case JenisJabatan::struktural: return "struktural";
        case JenisJabatan::fungsional: return "fungsional";
        case JenisJabatan::pelaksana: return "pelaksana";
    }
    return "";
}

}  // namespace

void set(Record& r, int index, Value v) { r.values.at(static_cast<std::size_t>(index)) = std::move(v); }

Record empty_record(const Schema& s) {
    Record r;
    r.values.resize(s.fields().size());
    r.lists.resize(s.lists().size());
    return r;
}

InstansiFields InstansiFields::add(Schema& s) {
    InstansiFields f{};
    f.kode = s.add_field("instansi.kode", FieldType::text);
    f.nama = s.add_field("instansi.nama", FieldType::text);
    f.pemerintah = s.add_field("instansi.pemerintah", FieldType::text);
    f.alamat = s.add_field("instansi.alamat", FieldType::text);
    f.kode_pos = s.add_field("instansi.kode_pos", FieldType::text);
    f.tempat = s.add_field("instansi.tempat", FieldType::text);
    f.logo = s.add_field("instansi.logo", FieldType::text);
    return f;
}

void InstansiFields::fill(Record& r, const Instansi& instansi, bool has_logo) const {
    set(r, kode, instansi.kode);
    set(r, nama, instansi.nama);
    set(r, pemerintah, instansi.pemerintah);
    set(r, alamat, instansi.alamat);
    set(r, kode_pos, instansi.kode_pos);
    set(r, tempat, instansi.tempat);
    set(r, logo, std::string(has_logo ? "logo" : ""));
}

PeriodeFields PeriodeFields::add(Schema& s) {
    PeriodeFields f{};
    f.periode = s.add_field("periode", FieldType::text);
    f.rentang = s.add_field("periode.rentang", FieldType::text);
    f.awal = s.add_field("periode.awal", FieldType::date);
    f.akhir = s.add_field("periode.akhir", FieldType::date);
    f.tahun = s.add_field("periode.tahun", FieldType::integer);
    f.tanggal = s.add_field("tanggal", FieldType::date);
    return f;
}

void PeriodeFields::fill(Record& r, const Period& period, const Date& date) const {
    set(r, periode, period.bulan_tahun());
    set(r, rentang, format_rentang(period.first_day(), period.last_day()));
    set(r, awal, period.first_day());
    set(r, akhir, period.last_day());
    set(r, tahun, static_cast<std::int64_t>(period.year));
    set(r, tanggal, date);
}

PersonFields PersonFields::add(Schema& s, const std::string& prefix, PersonOptions options) {
    PersonFields f{};
    f.ada = s.add_field(prefix + ".ada", FieldType::flag);
    f.nama_lengkap = s.add_field(prefix + ".nama_lengkap", FieldType::text);
    f.nama = s.add_field(prefix + ".nama", FieldType::text);
    f.nip = s.add_field(prefix + ".nip", FieldType::nip);
    f.golongan = s.add_field(prefix + ".golongan", FieldType::text);
    f.pangkat = s.add_field(prefix + ".pangkat", FieldType::text);
    f.pangkat_golongan = s.add_field(prefix + ".pangkat_golongan", FieldType::text);
    if (options.tmt_golongan) f.tmt_golongan = s.add_field(prefix + ".tmt_golongan", FieldType::date);
    f.jabatan = s.add_field(prefix + ".jabatan", FieldType::text);
    if (options.jenis_jabatan) {
        f.jenis_jabatan = s.add_field(prefix + ".jenis_jabatan", FieldType::text);
        f.struktural = s.add_field(prefix + ".struktural", FieldType::flag);
    }
    f.unit_kerja = s.add_field(prefix + ".unit_kerja", FieldType::text);
    if (options.ttd) f.ttd = s.add_field(prefix + ".ttd", FieldType::text);
    return f;
}

namespace {

// A document that would print a field whose cell was reported unusable is not made: it says
// whose field, and where it was written.
void refuse_unusable(const Pegawai& p, std::string_view field) {
    if (!p.is_unusable(field)) return;
    throw std::runtime_error(std::string(field) + " " + p.nama_lengkap() + " (" + p.loc.file + " baris " +
                             std::to_string(p.loc.line) + ") tidak valid");
}

}  // namespace

void PersonFields::fill(Record& r, const Pegawai* p) const {
    set(r, ada, p != nullptr);
    if (!p) return;
    set(r, nama_lengkap, p->nama_lengkap());
    set(r, nama, p->nama);
    set(r, nip, p->nip);
    set(r, golongan, p->golongan.str());
    set(r, pangkat, p->golongan.pangkat());
    set(r, pangkat_golongan, p->golongan.pangkat() + ", " + p->golongan.str());
    if (tmt_golongan != none) {
        refuse_unusable(*p, "tmt_golongan");
        if (p->tmt_golongan) set(r, tmt_golongan, *p->tmt_golongan);
    }
    set(r, jabatan, p->jabatan);
    if (jenis_jabatan != none) set(r, jenis_jabatan, jenis_jabatan_text(p->jenis_jabatan));
    if (struktural != none) set(r, struktural, p->jenis_jabatan == JenisJabatan::struktural);
    set(r, unit_kerja, p->unit_kerja);
}

}  // namespace kinerja::compose
