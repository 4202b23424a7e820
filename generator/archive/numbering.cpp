#include "archive/numbering.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace kinerja::archive {

namespace {

// The box a new berkas goes into, counting it in.
int box_for_new_berkas(int& last_box, std::map<int, int>& per_box, int kapasitas) {
    if (last_box == 0 || per_box[last_box] >= kapasitas) ++last_box;
    ++per_box[last_box];
    return last_box;
}

}  // namespace

std::vector<Numbers> assign_document_numbers(const NumberingState& state, const std::vector<MonthDocument>& documents) {
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
    std::set<std::pair<std::string, std::string>> seen;
    std::map<std::string, Numbers> last_given;  // by NIP: the berkas and highest new item number so far
    std::vector<Numbers> out;
    out.reserve(documents.size());
    for (const MonthDocument& d : documents) {
        if (!seen.insert({d.nip, d.key}).second) {
            throw std::invalid_argument("arsip: NIP " + d.nip + (d.key.empty() ? "" : " (" + d.key + ")") +
                                        " diarsipkan dua kali");
        }
        auto known = by_nip.find(d.nip);
        auto filed = state.month_documents.find({d.nip, d.key});
        if (known == by_nip.end() && filed != state.month_documents.end()) {
            throw std::logic_error("arsip: item bulan ini untuk NIP " + d.nip + " tanpa berkas");
        }
        auto [given, first] = last_given.try_emplace(d.nip);
        Numbers& last = given->second;
        if (first && known != by_nip.end()) {
            last = Numbers{known->second->box, known->second->nomor, known->second->item_terakhir, false};
        } else if (first) {
            last = Numbers{box_for_new_berkas(last_box, per_box, state.kapasitas_box), ++last_nomor, 0, true};
        }
        Numbers n{last.box, last.berkas, 0, first && last.new_berkas};
        n.item = filed != state.month_documents.end() ? filed->second : ++last.item;
        out.push_back(n);
    }
    return out;
}

std::vector<Numbers> assign_numbers(const NumberingState& state, const std::vector<std::string>& nips) {
    NumberingState by_document = state;
    for (const auto& [nip, item] : state.month_items) by_document.month_documents[{nip, ""}] = item;
    std::vector<MonthDocument> documents;
    documents.reserve(nips.size());
    for (const std::string& nip : nips) documents.push_back(MonthDocument{nip, ""});
    return assign_document_numbers(by_document, documents);
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
