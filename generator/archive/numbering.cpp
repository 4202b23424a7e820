#include "archive/numbering.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace kinerja::archive {

std::vector<Numbers> assign_numbers(const NumberingState& state, const std::vector<std::string>& nips) {
    if (state.kapasitas_box < 1) throw std::invalid_argument("arsip: kapasitas box harus paling sedikit 1");
    std::map<std::string, const KnownBerkas*> by_nip;
    int last_nomor = 0, last_box = 0;
    std::map<int, int> per_box;  // box -> berkas in it
    for (const KnownBerkas& b : state.berkas) {
        by_nip[b.nip] = &b;
        ++per_box[b.box];
        if (b.nomor > last_nomor) {
            last_nomor = b.nomor;
            last_box = b.box;
        }
    }
    std::set<std::string> seen;
    std::vector<Numbers> out;
    out.reserve(nips.size());
    for (const std::string& nip : nips) {
        if (!seen.insert(nip).second) throw std::invalid_argument("arsip: NIP " + nip + " diarsipkan dua kali");
        Numbers n;
        auto known = by_nip.find(nip);
        auto filed = state.month_items.find(nip);
        if (known != by_nip.end()) {
            n.berkas = known->second->nomor;
            n.box = known->second->box;
            n.item = filed != state.month_items.end() ? filed->second : known->second->item_terakhir + 1;
        } else {
            if (filed != state.month_items.end()) {
                throw std::logic_error("arsip: item bulan ini untuk NIP " + nip + " tanpa berkas");
            }
            n.new_berkas = true;
            n.berkas = ++last_nomor;
            if (last_box == 0 || per_box[last_box] >= state.kapasitas_box) ++last_box;
            n.box = last_box;
            ++per_box[last_box];
            n.item = 1;
        }
        out.push_back(n);
    }
    return out;
}

std::vector<compose::ArsipBox> boxes_used(int tahun, const NumberingState& state,
                                          const std::vector<Numbers>& numbers) {
    std::map<int, compose::ArsipBox> boxes;
    for (const Numbers& n : numbers) boxes[n.box] = compose::ArsipBox{tahun, n.box, n.berkas, n.berkas, 0};
    auto count = [&](int box, int berkas) {
        auto it = boxes.find(box);
        if (it == boxes.end()) return;
        compose::ArsipBox& b = it->second;
        b.berkas_awal = std::min(b.berkas_awal, berkas);
        b.berkas_akhir = std::max(b.berkas_akhir, berkas);
        ++b.jumlah_berkas;
    };
    for (const KnownBerkas& b : state.berkas) count(b.box, b.nomor);
    for (const Numbers& n : numbers) {
        if (n.new_berkas) count(n.box, n.berkas);
    }
    std::vector<compose::ArsipBox> out;
    for (const auto& [box, contents] : boxes) out.push_back(contents);
    return out;
}

}  // namespace kinerja::archive
