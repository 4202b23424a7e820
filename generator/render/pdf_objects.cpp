#include "render/pdf_objects.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <stdexcept>

namespace kinerja::render::pdf {

void not_ours(const std::string& why) {
    throw std::invalid_argument("PDF yang digabung bukan buatan render_pdf: " + why);
}

SourcePdf::SourcePdf(std::string_view bytes) : bytes_(bytes) {
    const std::size_t start = bytes.rfind("startxref\n");
    if (start == std::string_view::npos) not_ours("tanpa startxref");
    const std::size_t xref = number_at(start + 10);
    if (bytes.substr(xref, 7) != "xref\n0 ") not_ours("tabel xref tidak dikenal");
    const std::size_t count = number_at(xref + 7);
    std::size_t entry = bytes.find('\n', xref + 7);
    if (entry == std::string_view::npos || count < 2) not_ours("tabel xref kosong");
    entry += 1 + 20;  // past the free entry of object 0
    offsets_.assign(count + 1, 0);
    for (std::size_t id = 1; id < count; ++id, entry += 20) {
        offsets_[id] = number_at(entry);
        if (offsets_[id] <= offsets_[id - 1] || offsets_[id] >= xref) not_ours("objek tidak berurutan");
    }
    offsets_[count] = xref;
}

std::string_view SourcePdf::body(int id) const {
    if (id < 1 || id >= count()) not_ours("rujukan ke objek " + std::to_string(id) + " yang tidak ada");
    const auto at = static_cast<std::size_t>(id);
    const std::string_view span = bytes_.substr(offsets_[at], offsets_[at + 1] - offsets_[at]);
    const std::string header = std::to_string(id) + " 0 obj\n";
    if (span.substr(0, header.size()) != header || span.size() < header.size() + 7 ||
        span.substr(span.size() - 7) != "endobj\n") {
        not_ours("objek " + std::to_string(id) + " tidak dikenal");
    }
    return span.substr(header.size(), span.size() - header.size() - 7);
}

std::size_t SourcePdf::number_at(std::size_t pos) const {
    std::size_t value = 0;
    const char* first = bytes_.data() + std::min(pos, bytes_.size());
    const auto [end, error] = std::from_chars(first, bytes_.data() + bytes_.size(), value);
    if (error != std::errc() || end == first) not_ours("bilangan tidak terbaca pada bait " + std::to_string(pos));
    return value;
}

// The dictionary of an object's body: all of it, or what precedes its stream.
std::string_view dictionary(std::string_view body) {
    const std::size_t stream = body.find(">>\nstream\r\n");
    return stream == std::string_view::npos ? body : body.substr(0, stream + 2);
}

std::string_view stream_data(std::string_view body) {
    const std::size_t start = body.find(">>\nstream\r\n");
    constexpr std::string_view end = "\nendstream\n";
    if (start == std::string_view::npos || body.size() < start + 11 + end.size() ||
        body.substr(body.size() - end.size()) != end) {
        not_ours("aliran tidak dikenal");
    }
    return body.substr(start + 11, body.size() - end.size() - start - 11);
}

std::vector<Ref> refs_in(std::string_view dict) {
    std::vector<Ref> refs;
    for (std::size_t at = dict.find(" 0 R"); at != std::string_view::npos; at = dict.find(" 0 R", at + 4)) {
        std::size_t from = at;
        while (from > 0 && dict[from - 1] >= '0' && dict[from - 1] <= '9') --from;
        if (from == at) continue;
        int id = 0;
        std::from_chars(dict.data() + from, dict.data() + at, id);
        refs.push_back(Ref{from, at - from, id});
    }
    return refs;
}

// The object `key` refers to ("/Key N 0 R" on a line of its own), or 0.
int ref_of(std::string_view dict, std::string_view key) {
    const std::string needle = "\n/" + std::string(key) + " ";
    const std::size_t at = dict.find(needle);
    if (at == std::string_view::npos) return 0;
    int id = 0;
    const char* first = dict.data() + at + needle.size();
    const auto [end, error] = std::from_chars(first, dict.data() + dict.size(), id);
    if (error != std::errc() || std::string_view(end, 4) != " 0 R") return 0;
    return id;
}

// `body` with every reference of its dictionary renumbered through `ids` (source → file);
// the stream, if any, is copied as it is.
std::string renumbered(std::string_view body, const std::map<int, int>& ids) {
    const std::string_view dict = dictionary(body);
    std::string out;
    out.reserve(body.size() + 16);
    std::size_t copied = 0;
    for (const Ref& ref : refs_in(dict)) {
        const auto to = ids.find(ref.id);
        if (to == ids.end()) not_ours("rujukan ke objek " + std::to_string(ref.id) + " yang tidak terpetakan");
        out.append(dict.substr(copied, ref.pos - copied));
        out += std::to_string(to->second);
        copied = ref.pos + ref.size;
    }
    out.append(body.substr(copied));
    return out;
}

// The objects `id` refers to, directly or through others, with itself; ascending.
std::set<int> closure(const SourcePdf& pdf, int id) {
    std::set<int> seen{id};
    std::vector<int> todo{id};
    while (!todo.empty()) {
        const int next = todo.back();
        todo.pop_back();
        for (const Ref& ref : refs_in(dictionary(pdf.body(next)))) {
            if (seen.insert(ref.id).second) todo.push_back(ref.id);
        }
    }
    return seen;
}

bool is_font(std::string_view dict) { return dict.find("\n/Type /Font\n") != std::string_view::npos; }
bool is_image(std::string_view dict) { return dict.find("\n/Subtype /Image\n") != std::string_view::npos; }

// libharu's name of the font of a font dictionary: its /BaseFont without the subset tag.
std::string font_name(std::string_view dict) {
    const std::string_view key = "\n/BaseFont /";
    const std::size_t at = dict.find(key);
    if (at == std::string_view::npos) not_ours("fon tanpa /BaseFont");
    std::string_view name = dict.substr(at + key.size());
    name = name.substr(0, name.find('\n'));
    if (name.size() > 7 && name[6] == '+') name.remove_prefix(7);
    return std::string(name);
}

// The pages of a PDF, in order (the /Kids of its page tree, which libharu keeps flat).
std::vector<int> page_ids(const SourcePdf& pdf) {
    const std::string_view pages = pdf.body(ref_of(pdf.body(1), "Pages"));
    const std::size_t open = pages.find("/Kids [ ");
    const std::size_t close = pages.find(']', open);
    if (open == std::string_view::npos || close == std::string_view::npos) not_ours("pohon halaman tidak dikenal");
    std::vector<int> ids;
    for (const Ref& ref : refs_in(pages.substr(open, close - open))) ids.push_back(ref.id);
    if (ids.empty()) not_ours("tanpa halaman");
    return ids;
}

std::string ref(int id) { return std::to_string(id) + " 0 R"; }

void Output::put(std::string_view bytes) {
    out_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    at_ += bytes.size();
}

void Output::object(int id, std::string_view body) {
    if (offsets_.size() <= static_cast<std::size_t>(id)) offsets_.resize(static_cast<std::size_t>(id) + 1, 0);
    offsets_[static_cast<std::size_t>(id)] = at_;
    put(std::to_string(id) + " 0 obj\n");
    put(body);
    put("endobj\n");
}

void Output::finish(int size) {
    const std::uint64_t xref = at_;
    std::string table = "xref\n0 " + std::to_string(size) + "\n0000000000 65535 f\r\n";
    for (int id = 1; id < size; ++id) {
        char entry[32];
        std::snprintf(entry, sizeof entry, "%010llu 00000 n\r\n",
                      static_cast<unsigned long long>(offsets_.at(static_cast<std::size_t>(id))));
        table += entry;
    }
    put(table);
    put("trailer\n<<\n/Root 1 0 R\n/Info 3 0 R\n/Size " + std::to_string(size) + "\n>>\nstartxref\n" +
        std::to_string(xref) + "\n%%EOF\n");
}

}  // namespace kinerja::render::pdf
