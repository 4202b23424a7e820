// The steps of build_dataset, one per kind of input file, and the staff list they share.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/records.hpp"
#include "load/source.hpp"
#include "model/build_check.hpp"
#include "model/dataset.hpp"

namespace kinerja {

// The staff list as written, for the references other records make to it.
struct Roster {
    std::string file;                              // the pegawai file's name, for messages
    std::vector<SourceLoc> locs;                   // per pegawai record, file order
    std::vector<std::optional<Pegawai>> kept;      // per record: set when the row is valid
    std::map<std::string, std::size_t> first_row;  // NIP digits -> first record with that NIP
    bool unread = false;  // the pegawai file is missing or could not be read (reported for the file)

    // The record `nip` names; else reports "<role> <NIP> tidak ada di <file>" at `field` (when
    // the file could not be read, the record is left out without a message: that is the cause).
    std::optional<std::size_t> row_of(RecordCheck& check, std::string_view field, const Nip& nip,
                                      std::string_view role) const;
    // The kept Pegawai `nip` names; else reports as row_of does, or fail_left_out.
    const Pegawai* member(RecordCheck& check, std::string_view field, const Nip& nip,
                          std::string_view role) const;
    // "<role> (baris N) tidak valid", naming the pegawai file when `check` is in another file.
    void fail_left_out(RecordCheck& check, std::string_view field, std::string_view role,
                       std::size_t row) const;
};

// Fills what is valid of instansi.xml and reports the rest (pimpinan left empty when invalid).
Instansi build_instansi(const InstansiRecord& record, Diagnostics& diags);
// The pimpinan of instansi.xml must be a kept pegawai (reported at <pimpinan>).
void check_pimpinan(const InstansiRecord& record, const Nip& pimpinan, const Roster& roster,
                    Diagnostics& diags);

// Checks every pegawai record, the atasan chain included. `pimpinan` is instansi's, when
// known: the one employee allowed an empty nip_atasan.
Roster build_pegawai(const RawData& raw, const Nip* pimpinan, Diagnostics& diags);

// The SKP of every kept employee whose rows for the period are all valid.
struct SkpBuild {
    std::map<std::string, Skp> skp;  // by NIP digits
    std::size_t kegiatan_count = 0;  // tugas rows kept
};
SkpBuild build_skp(const RawData& raw, const Period& period, const Roster& roster,
                   Diagnostics& diags);

// <regulasi> and <capaian-organisasi> of instansi.xml (DESIGN 8.1). nullopt when the regime of a
// period cannot be decided (regulasi or mulai unusable, reported): nothing of the run is then
// made, as when instansi.xml is unusable.
std::optional<RegimeSetting> build_regime(const RegimeRecord& record, Diagnostics& diags);

// The period's data under PermenPANRB 6/2022 (DESIGN 8.5): the year's valid plans of kept
// pegawai, and the period's valid evaluations. `pimpinan` is instansi's, when known.
Data2022 build_regime2022(const RawData& raw, const Period& period, const RegimeSetting& regime,
                          const Nip* pimpinan, const Roster& roster, Diagnostics& diags);

// The valid SOPs, in raw order.
std::vector<Sop> build_sops(const RawData& raw, const Roster& roster, Diagnostics& diags);

}  // namespace kinerja
