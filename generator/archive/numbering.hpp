// The box, berkas and item numbers of a month's documents (DESIGN section 7), worked out from
// what the register already holds. Pure: no database, no files; the register feeds it.
//
// - One berkas per employee per year, numbered 1, 2, … in the order employees are first filed
//   that year (within a month in the order given); a berkas is never renumbered or reused.
// - A new berkas goes into the year's last box while that box holds fewer than kapasitas_box
//   berkas, else into the next box: with a constant capacity, box k holds berkas
//   (k−1)×capacity+1 … k×capacity. A box, once given, never changes.
// - Each of a month's documents is an item of its berkas, numbered after the highest item
//   number the berkas has ever had, in the order given; one employee may file several documents
//   in a month (under the 2022 regime: bulanan, triwulanan, tahunan). A document already filed
//   for this month (a re-run; the same NIP and key) keeps its number.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "compose/arsip.hpp"

namespace kinerja::archive {

// A berkas already in the register for the year.
struct KnownBerkas {
    int nomor = 0;          // >= 1, unique within the year
    std::string nip;        // 18 digits, unique within the year
    int box = 0;            // >= 1
    int item_terakhir = 0;  // highest item number ever committed in it, >= 0
};

// What the register holds for the year and month being filed.
struct NumberingState {
    int kapasitas_box = 10;                  // berkas per box, >= 1, for new berkas
    std::vector<KnownBerkas> berkas;         // every berkas of the year, any order
    // By NIP: item number in the month's current filing, for assign_numbers(nips) (one
    // document per NIP).
    std::map<std::string, int> month_items;
    // By (NIP, key): item number in the month's current filing, for assign_document_numbers.
    std::map<std::pair<std::string, std::string>, int> month_documents;
};

// One document of the month to number.
struct MonthDocument {
    std::string nip;  // 18 digits
    std::string key;  // tells one NIP's documents of the month apart: the register uses the file
};

// The numbers of one document.
struct Numbers {
    int box = 0, berkas = 0, item = 0;  // >= 1
    bool new_berkas = false;            // this document opens the berkas: the first given in a berkas new this month
    friend bool operator==(const Numbers&, const Numbers&) = default;
};

// Numbers for the documents of one month, in the order given (pegawai-file order; one NIP's
// documents in the order they go into the berkas), from state.month_documents. Throws
// std::invalid_argument for a repeated (NIP, key) or a capacity below 1, std::logic_error
// when the state contradicts itself (a month item without its berkas).
std::vector<Numbers> assign_document_numbers(const NumberingState& state, const std::vector<MonthDocument>& documents);

// The same for one document per NIP, from state.month_items: a repeated NIP is an
// std::invalid_argument.
std::vector<Numbers> assign_numbers(const NumberingState& state, const std::vector<std::string>& nips);

// The boxes that hold this month's documents, ascending, each with the berkas it holds once
// the month is filed (the known berkas and the new ones).
std::vector<compose::ArsipBox> boxes_used(int tahun, const NumberingState& state,
                                          const std::vector<Numbers>& numbers);

}  // namespace kinerja::archive
