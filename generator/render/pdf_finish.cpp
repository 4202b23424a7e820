#include "render/pdf_finish.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <utility>

#include "render/flate.hpp"
#include "render/font_embedding.hpp"
#include "render/pdf_object.hpp"
#include "render/pdf_reader.hpp"

namespace kinerja::render {
namespace {

bool is_truetype_font(const pdf::Dict& dict) {
    const pdf::Name* type = pdf::name_at(dict, "Type");
    const pdf::Name* subtype = pdf::name_at(dict, "Subtype");
    return type && type->text == "Font" && subtype && subtype->text == "TrueType";
}

// Gives each TrueType font of `objects` (the fonts libharu wrote, not embedded) its subset
// program, numbered from `next` on; returns the programs' objects.
std::map<int, pdf::Indirect> embed_fonts(std::map<int, pdf::Indirect>& objects, int next,
                                         const std::vector<ShownFont>& shown) {
    std::map<int, pdf::Indirect> programs;
    for (auto& [number, object] : objects) {
        pdf::Dict* font = object.object.get<pdf::Dict>();
        if (!font || !is_truetype_font(*font)) continue;
        const pdf::Name* base = pdf::name_at(*font, "BaseFont");
        const pdf::Ref* descriptor_ref = pdf::ref_at(*font, "FontDescriptor");
        const auto found = std::find_if(shown.begin(), shown.end(), [&](const ShownFont& f) { return base && f.name == base->text; });
        const auto descriptor = descriptor_ref ? objects.find(descriptor_ref->number) : objects.end();
        if (found == shown.end() || descriptor == objects.end() || !descriptor->second.object.get<pdf::Dict>()) {
            throw std::runtime_error("pembuatan PDF gagal: fon TrueType tak dikenal dalam PDF libharu (objek " +
                                     std::to_string(number) + ")");
        }
        const std::shared_ptr<const FontProgram> program = font_program(found->path, found->bytes);
        embed_font(*font, *descriptor->second.object.get<pdf::Dict>(), *program, pdf::Ref{next, 0});
        programs.emplace(next++, program_stream(*program));
    }
    return programs;
}

// Pages of a document that begin alike, as the labelled copies of a form do (all but the label
// and footer: 10.7 KB of an 11 KB page), get /Contents [shared own]: the bytes they have in
// common, up to the end of a line (so between two tokens, 7.8.2), are one stream, deflated and
// written once; the rest is each page's own. A page is compared with the last few pages before
// it and with the shared beginnings made so far; one shorter than min_shared bytes in common
// keeps its stream whole. Returns the new streams, numbered from `next` on.
std::map<int, pdf::Indirect> share_beginnings(std::map<int, pdf::Indirect>& objects, const std::vector<pdf::Ref>& pages,
                                              int next) {
    constexpr std::size_t min_shared = 2048, compared = 4;
    std::map<int, pdf::Indirect> shared;      // number → a shared beginning
    std::vector<std::pair<int, int>> whole;   // earlier pages still whole: page, content stream
    const auto split = [&](int page, int content, int beginning) {
        pdf::Indirect& stream = objects.at(content);
        stream.data.erase(0, shared.at(beginning).data.size());
        objects.at(page).object.get<pdf::Dict>()->set("Contents", pdf::Array{pdf::Ref{beginning, 0}, pdf::Ref{content, 0}});
    };
    for (const pdf::Ref& page : pages) {
        const pdf::Ref* contents = pdf::ref_at(*objects.at(page.number).object.get<pdf::Dict>(), "Contents");
        const auto stream = contents ? objects.find(contents->number) : objects.end();
        if (stream == objects.end() || !stream->second.is_stream || stream->second.object.get<pdf::Dict>()->find("Filter")) continue;
        const std::string& data = stream->second.data;
        const auto known = std::find_if(shared.begin(), shared.end(), [&](const auto& entry) {
            return data.size() >= entry.second.data.size() && data.compare(0, entry.second.data.size(), entry.second.data) == 0;
        });
        if (known != shared.end()) {
            split(page.number, contents->number, known->first);
            continue;
        }
        for (auto other = whole.begin(); other != whole.end(); ++other) {
            const std::string& earlier = objects.at(other->second).data;
            const auto differ = std::mismatch(data.begin(), data.begin() + static_cast<std::ptrdiff_t>(std::min(data.size(), earlier.size())), earlier.begin());
            const std::size_t line_end = std::string_view(data).substr(0, static_cast<std::size_t>(differ.first - data.begin())).rfind('\n');
            if (line_end == std::string_view::npos || line_end + 1 < min_shared) continue;
            pdf::Dict dict;
            dict.set("Length", 0);
            shared.emplace(next, pdf::Indirect{std::move(dict), true, data.substr(0, line_end + 1)});
            split(other->first, other->second, next);
            split(page.number, contents->number, next);
            whole.erase(other);
            ++next;
            break;
        }
        if (!objects.at(page.number).object.get<pdf::Dict>()->find("Contents")->get<pdf::Array>()) {
            whole.emplace_back(page.number, contents->number);
            if (whole.size() > compared) whole.erase(whole.begin());
        }
    }
    return shared;
}

// Each stream of `objects` libharu left uncompressed (the page contents) deflated: libharu
// would deflate them at zlib's default level, which costs twice the time of level 1 for a few
// per cent of size (docs/RENDER.md). An empty stream stays empty.
void compress_streams(std::map<int, pdf::Indirect>& objects) {
    for (auto& [number, object] : objects) {
        pdf::Dict* dict = object.object.get<pdf::Dict>();
        if (!object.is_stream || !dict || dict->find("Filter") || object.data.empty()) continue;
        object.data = flate(object.data);
        dict->set("Filter", pdf::Name{"FlateDecode"});
    }
}

}  // namespace

std::string finished(std::string_view saved, const std::vector<ShownFont>& shown) {
    std::optional<pdf::File> file;
    try {
        file.emplace(saved);
    } catch (const pdf::SyntaxError& e) {
        throw std::runtime_error(std::string("pembuatan PDF gagal: keluaran libharu tidak terbaca: ") + e.what());
    }
    std::map<int, pdf::Indirect>& objects = file->objects();
    objects.merge(share_beginnings(objects, file->pages(), objects.empty() ? 1 : objects.rbegin()->first + 1));
    compress_streams(objects);
    objects.merge(embed_fonts(objects, objects.rbegin()->first + 1, shown));
    std::ostringstream bytes;
    pdf::FileWriter out(bytes, "1.4");
    for (auto& [number, object] : objects) out.object(number, pdf::body(std::move(object)));
    pdf::Dict trailer;
    trailer.set("Root", *pdf::ref_at(file->trailer(), "Root"));
    if (const pdf::Ref* info = pdf::ref_at(file->trailer(), "Info")) trailer.set("Info", *info);
    out.finish(std::move(trailer));
    return std::move(bytes).str();
}

}  // namespace kinerja::render
