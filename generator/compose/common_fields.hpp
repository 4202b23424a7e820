// The schema fields several document types share (instansi.*, periode.* and tanggal, one
// person's identity) and the code that fills them, so that every template sees the same
// names with the same values. Each group adds its fields where the document's schema is built
// and keeps their indexes for filling a record.
#pragma once

#include <string>

#include "compose/fields.hpp"
#include "model/calendar.hpp"
#include "model/dataset.hpp"

namespace kinerja::compose {

// Sets values[index]; the index comes from a schema built by the caller.
void set(Record& r, int index, Value v);

// A record for `s` with every value absent and every list empty.
Record empty_record(const Schema& s);

// Indexes of the office's fields: instansi.kode … instansi.logo.
struct InstansiFields {
    int kode, nama, pemerintah, alamat, kode_pos, tempat, logo;

    static InstansiFields add(Schema& s);
    // instansi.logo is "logo" (the image id in Document::images) when there is one, else "".
    void fill(Record& r, const Instansi& instansi, bool has_logo) const;
};

// Indexes of the month assessed (periode, periode.rentang/awal/akhir/tahun) and the signing
// date (tanggal).
struct PeriodeFields {
    int periode, rentang, awal, akhir, tahun, tanggal;

    static PeriodeFields add(Schema& s);
    void fill(Record& r, const Period& period, const Date& tanggal) const;
};

// The person fields only some documents offer; each adds its fields where the order of the
// templates' field list has them.
struct PersonOptions {
    bool tmt_golongan = false;   // P.tmt_golongan (after P.pangkat_golongan)
    bool jenis_jabatan = false;  // P.jenis_jabatan and P.struktural (after P.jabatan)
    bool ttd = false;            // P.ttd (last); the caller fills it
};

// Indexes of one person's fields under a prefix (pegawai, penilai, disahkan_oleh, …);
// `none` for a field its PersonOptions leave out.
struct PersonFields {
    static constexpr int none = -1;
    int ada, nama_lengkap, nama, nip, golongan, pangkat, pangkat_golongan;
    int tmt_golongan = none;  // absent when pegawai.csv leaves it empty
    int jabatan;
    int jenis_jabatan = none, struktural = none;
    int unit_kerja;
    int ttd = none;

    static PersonFields add(Schema& s, const std::string& prefix, PersonOptions options = {});
    // All absent (and ada false) when there is nobody; ttd is left to the caller.
    void fill(Record& r, const Pegawai* p) const;
};

}  // namespace kinerja::compose
