#include "render/print_file_writer.hpp"

#include <algorithm>
#include <functional>
#include <optional>
#include <set>
#include <stdexcept>
#include <utility>

#include "render/pdf_reader.hpp"
#include "render/pdf_text.hpp"

namespace kinerja::render {
namespace {

constexpr int catalog_id = 1, pages_id = 2, info_id = 3;  // the spooled objects follow from 4 on

[[noreturn]] void not_ours(const std::string& why) {
    throw std::invalid_argument("PDF bukan buatan render_pdf: " + why);
}

bool has_type(const pdf::Dict& dict, std::string_view key, std::string_view value) {
    const pdf::Name* name = pdf::name_at(dict, key);
    return name && name->text == value;
}

// Every reference in `object` replaced by `number(ref)`.
void renumber(pdf::Object& object, const std::function<int(const pdf::Ref&)>& number) {
    if (pdf::Ref* ref = object.get<pdf::Ref>()) {
        *ref = pdf::Ref{number(*ref), 0};
    } else if (pdf::Array* array = object.get<pdf::Array>()) {
        for (pdf::Object& item : *array) renumber(item, number);
    } else if (pdf::Dict* dict = object.get<pdf::Dict>()) {
        for (auto& [key, value] : dict->entries) renumber(value, number);
    }
}

// The font's name without its subset tag "ABCDEF+".
std::string untagged(const pdf::Dict& font) {
    const pdf::Name* base = pdf::name_at(font, "BaseFont");
    if (!base) not_ours("fon tanpa /BaseFont");
    const std::string& name = base->text;
    return name.size() > 7 && name[6] == '+' ? name.substr(7) : name;
}

// `into`'s /Widths with those `from` gives for codes `into` gives none (0) or lacks: each
// document lists the widths of the characters it shows.
void merge_widths(pdf::Dict& into, const pdf::Dict& from) {
    const auto range = [](const pdf::Dict& d) {
        const std::int64_t* first = pdf::integer_at(d, "FirstChar");
        const pdf::Object* widths = d.find("Widths");
        const pdf::Array* array = widths ? widths->get<pdf::Array>() : nullptr;
        if (!first || !array || *first < 0 || *first + static_cast<std::int64_t>(array->size()) > 256) {
            not_ours("/FirstChar atau /Widths fon tidak sah");
        }
        return std::pair{*first, array};
    };
    const auto [first_a, widths_a] = range(into);
    const auto [first_b, widths_b] = range(from);
    const std::int64_t first = std::min(first_a, first_b);
    const std::int64_t last = std::max(first_a + std::ssize(*widths_a), first_b + std::ssize(*widths_b)) - 1;
    pdf::Array merged(static_cast<std::size_t>(last - first + 1), pdf::Object(0));
    for (const auto& [start, widths] : {std::pair{first_b, widths_b}, std::pair{first_a, widths_a}}) {
        for (std::size_t i = 0; i < widths->size(); ++i) {
            if ((*widths)[i] != pdf::Object(0)) merged[static_cast<std::size_t>(start - first) + i] = (*widths)[i];
        }
    }
    into.set("FirstChar", first);
    into.set("LastChar", last);
    into.set("Widths", std::move(merged));
}

// The document information dictionary (14.3.3) of `meta`: text strings in UTF-16BE, the dates
// at midnight. Throws std::invalid_argument for text or a date render_pdf refuses.
pdf::Dict info_dict(const layout::Metadata& meta) {
    pdf::Dict info;
    const std::pair<const char*, const std::string*> fields[] = {
        {"Title", &meta.title}, {"Author", &meta.author}, {"Subject", &meta.subject},
        {"Keywords", &meta.keywords}, {"Creator", &meta.creator},
    };
    for (const auto& [key, value] : fields) {
        if (!value->empty()) info.set(key, pdf::String{utf16_text_string(*value)});
    }
    info.set("Producer", pdf::String{"kinerja"});
    if (!meta.date.empty()) {
        const std::string date = pdf_date_string(parse_date(meta.date));
        info.set("CreationDate", pdf::String{date});
        info.set("ModDate", pdf::String{date});
    }
    return info;
}

// The outline (12.3.3): the root, then each bookmark in document order, all closed, each
// opening its page whole (/Fit).
struct OutlineWriter {
    const std::vector<int>& kids;
    int next;
    std::vector<std::pair<int, std::string>> objects;  // number, the item's body (written, a
                                                       // month's outline being tens of thousands)

    // Numbers `marks` from `next` on, children after their parent; returns the numbers.
    struct Node {
        int id;
        std::vector<Node> children;
    };
    std::vector<Node> number(const std::vector<layout::Bookmark>& marks) {
        std::vector<Node> nodes;
        for (const layout::Bookmark& mark : marks) {
            if (mark.title.empty()) throw std::invalid_argument("penanda buku tanpa judul");
            check_info_text(mark.title);
            if (mark.page >= kids.size()) {
                throw std::invalid_argument("penanda buku \"" + mark.title + "\" menunjuk halaman " +
                                            std::to_string(mark.page + 1) + " dari " + std::to_string(kids.size()));
            }
            Node node{next++, {}};
            node.children = number(mark.children);
            nodes.push_back(std::move(node));
        }
        return nodes;
    }

    // The items of `marks` (numbered `nodes`) under `parent`.
    void write(const std::vector<layout::Bookmark>& marks, const std::vector<Node>& nodes, int parent) {
        for (std::size_t i = 0; i < marks.size(); ++i) {
            const Node& node = nodes[i];
            pdf::Dict item;
            item.set("Title", pdf::String{utf16_text_string(marks[i].title)});
            item.set("Parent", pdf::Ref{parent, 0});
            if (i > 0) item.set("Prev", pdf::Ref{nodes[i - 1].id, 0});
            if (i + 1 < marks.size()) item.set("Next", pdf::Ref{nodes[i + 1].id, 0});
            if (!node.children.empty()) {
                item.set("First", pdf::Ref{node.children.front().id, 0});
                item.set("Last", pdf::Ref{node.children.back().id, 0});
                item.set("Count", -static_cast<std::int64_t>(node.children.size()));  // closed
            }
            item.set("Dest", pdf::Array{pdf::Ref{kids.at(marks[i].page), 0}, pdf::Name{"Fit"}});
            objects.emplace_back(node.id, pdf::body(pdf::Object(std::move(item))));
            write(marks[i].children, node.children, node.id);
        }
    }

    // The whole outline; returns its root's number (0: no bookmarks, no outline).
    int build(const std::vector<layout::Bookmark>& marks) {
        if (marks.empty()) return 0;
        const int root = next++;
        const std::vector<Node> nodes = number(marks);
        pdf::Dict dict;
        dict.set("Type", pdf::Name{"Outlines"});
        dict.set("First", pdf::Ref{nodes.front().id, 0});
        dict.set("Last", pdf::Ref{nodes.back().id, 0});
        dict.set("Count", static_cast<std::int64_t>(marks.size()));
        objects.emplace_back(root, pdf::body(pdf::Object(std::move(dict))));
        write(marks, nodes, root);
        return root;
    }
};

// The catalog's /ViewerPreferences entry for `print` (PDF 1.7, table 150): /Duplex is PDF 1.7,
// /PrintScaling PDF 1.6.
pdf::Dict viewer_preferences(PrintPreference print) {
    pdf::Dict preferences;
    preferences.set("Duplex", pdf::Name{print == PrintPreference::simplex ? "Simplex" : "DuplexFlipLongEdge"});
    preferences.set("PrintScaling", pdf::Name{"None"});
    return preferences;
}

}  // namespace

// One document being appended: its objects and what they became in the file.
struct PrintFileWriter::Copy {
    pdf::File& source;  // its objects are moved out as they are copied
    const RenderInfo& info;
    std::map<int, int> ids;                // source object → file object
    std::map<int, std::string> image_ids;  // source image object → DisplayList image id
};

PrintFileWriter::PrintFileWriter(std::iostream& spool, layout::Metadata meta, const FontFiles& fonts,
                                 PrintPreference print)
    : spool_(spool), meta_(std::move(meta)), files_(fonts), print_(print) {}

int PrintFileWriter::new_object() {
    objects_.emplace_back();
    return static_cast<int>(objects_.size()) + info_id;
}

void PrintFileWriter::spool(int id, const pdf::Indirect& object) {
    const std::string bytes = pdf::body(object);
    Spooled& spooled = objects_.at(static_cast<std::size_t>(id - info_id - 1));
    spooled.offset = spool_size_;
    spooled.size = bytes.size();
    spool_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!spool_) throw std::runtime_error("berkas sementara halaman cetak tidak dapat ditulis");
    spool_size_ += bytes.size();
}

// The file's object for source object `ref`: a font's dictionary (font_object), an image seen
// before, or a copy made now of it and, first, of what it refers to.
int PrintFileWriter::copy(Copy& from, const pdf::Ref& ref) {
    if (const auto found = from.ids.find(ref.number); found != from.ids.end()) return found->second;
    const auto source = from.source.objects().find(ref.number);
    if (source == from.source.objects().end()) not_ours("objek " + std::to_string(ref.number) + " tidak ada");
    pdf::Indirect& object = source->second;
    const pdf::Dict* dict = object.object.get<pdf::Dict>();
    if (dict && has_type(*dict, "Type", "Font")) return from.ids[ref.number] = font_object(from, *dict);
    int* image = nullptr;
    if (const auto found = from.image_ids.find(ref.number); found != from.image_ids.end()) {
        const auto [known, added] = images_.try_emplace(found->second, 0);
        if (!added) return from.ids[ref.number] = known->second;
        image = &known->second;
    }
    const int id = new_object();
    from.ids[ref.number] = id;
    if (image) *image = id;
    pdf::Indirect copied = std::move(object);  // each object is copied once (from.ids)
    renumber(copied.object, [&](const pdf::Ref& r) { return copy(from, r); });
    spool(id, copied);
    return id;
}

// The file's dictionary of the font `dict` shows: one per font file, its /Widths and the bytes
// its subset keeps those of every document showing it.
int PrintFileWriter::font_object(Copy& from, const pdf::Dict& dict) {
    const std::string name = untagged(dict);
    const auto use = from.info.fonts.find(name);
    if (use == from.info.fonts.end()) not_ours("fon " + name + " tidak ada dalam RenderInfo");
    const auto [known, added] = font_index_.try_emplace(name, static_cast<int>(fonts_.size()));
    if (added) {
        const pdf::Ref* descriptor = pdf::ref_at(dict, "FontDescriptor");
        if (!descriptor) not_ours("fon " + name + " tanpa /FontDescriptor");
        const std::string& path = files_.path(use->second.face);
        if (path.empty()) throw std::invalid_argument("tidak ada berkas fon untuk " + std::string(layout::face_name(use->second.face)));
        // Named untagged until finish() makes its subset and tag.
        Font font{name, path, new_object(), {}, dict, from.source.dict(*descriptor), 0, 0, nullptr};
        font.dict.set("BaseFont", pdf::Name{name});
        font.descriptor.set("FontName", pdf::Name{name});
        fonts_.push_back(std::move(font));
        objects_.back().font = known->second;
    } else {
        merge_widths(fonts_[static_cast<std::size_t>(known->second)].dict, dict);
    }
    Font& font = fonts_[static_cast<std::size_t>(known->second)];
    font.bytes |= use->second.bytes;
    return font.id;
}

std::size_t PrintFileWriter::append(std::string_view pdf, const RenderInfo& info,
                                    const std::set<std::size_t>& leave_out) {
    std::optional<pdf::File> source;
    try {
        source.emplace(pdf);
    } catch (const pdf::SyntaxError& e) {
        not_ours(e.what());
    }
    const std::vector<pdf::Ref> all_pages = source->pages();
    Copy from{*source, info, {}, {}};
    // The images, by object number: render_pdf embeds them in the order RenderInfo::image_ids
    // lists them, so ascending numbers match that order.
    std::set<int> images;
    for (const pdf::Ref& page : all_pages) {
        const pdf::Dict* resources = pdf::dict_at(source->dict(page), "Resources");
        const pdf::Dict* xobjects = resources ? pdf::dict_at(*resources, "XObject") : nullptr;
        for (const auto& [key, value] : xobjects ? xobjects->entries : decltype(xobjects->entries){}) {
            const pdf::Ref* ref = value.get<pdf::Ref>();
            if (!ref || !has_type(source->dict(*ref), "Subtype", "Image")) not_ours("XObject yang bukan gambar");
            images.insert(ref->number);
        }
    }
    if (images.size() != info.image_ids.size()) not_ours("jumlah gambar tidak sesuai RenderInfo");
    for (std::size_t i = 0; const int object : images) from.image_ids.emplace(object, info.image_ids[i++]);

    const std::size_t first = kids_.size();
    for (std::size_t i = 0; i < all_pages.size(); ++i) {
        if (leave_out.count(i)) continue;
        const pdf::Ref* parent = pdf::ref_at(source->dict(all_pages[i]), "Parent");
        if (!parent) not_ours("halaman tanpa /Parent");
        from.ids[parent->number] = pages_id;
        kids_.push_back(copy(from, all_pages[i]));
    }
    if (kids_.size() == first) throw std::invalid_argument("dokumen cetak tanpa halaman yang dicetak");
    return first;
}

void PrintFileWriter::write_header_objects(pdf::FileWriter& file, const pdf::Dict& info, int outline_root) const {
    pdf::Dict catalog;
    catalog.set("Type", pdf::Name{"Catalog"});
    catalog.set("Pages", pdf::Ref{pages_id, 0});
    if (outline_root) {
        catalog.set("Outlines", pdf::Ref{outline_root, 0});
        catalog.set("PageMode", pdf::Name{"UseOutlines"});
    }
    if (print_ != PrintPreference::none) catalog.set("ViewerPreferences", viewer_preferences(print_));
    file.object(catalog_id, pdf::body(pdf::Object(catalog)));
    pdf::Array kids;
    for (const int kid : kids_) kids.emplace_back(pdf::Ref{kid, 0});
    pdf::Dict pages;
    pages.set("Type", pdf::Name{"Pages"});
    pages.set("Kids", std::move(kids));
    pages.set("Count", static_cast<std::int64_t>(kids_.size()));
    file.object(pages_id, pdf::body(pdf::Object(pages)));
    file.object(info_id, pdf::body(pdf::Object(info)));
}

// The spooled objects in number order, and the font dictionaries among them.
void PrintFileWriter::write_spooled(pdf::FileWriter& file) {
    spool_.flush();
    spool_.seekg(0);
    std::uint64_t position = 0;  // of the spool's reading
    std::string buffer;
    for (std::size_t i = 0; i < objects_.size(); ++i) {
        const Spooled& object = objects_[i];
        const int id = static_cast<int>(i) + info_id + 1;
        if (object.font >= 0) {
            file.object(id, pdf::body(pdf::Object(fonts_[static_cast<std::size_t>(object.font)].dict)));
            continue;
        }
        buffer.resize(object.size);
        if (object.offset != position) spool_.seekg(static_cast<std::streamoff>(object.offset));
        spool_.read(buffer.data(), static_cast<std::streamsize>(object.size));
        position = object.offset + object.size;
        if (!spool_) throw std::runtime_error("berkas sementara halaman cetak tidak dapat dibaca");
        file.object(id, buffer);
    }
}

// Makes each font's subset of every character the file shows with it, numbers its descriptor
// and program from `next` on and names them in its dictionary; returns the next number free.
int PrintFileWriter::number_fonts(int next) {
    for (Font& font : fonts_) {
        font.program = font_program(font.path, font.bytes);
        font.descriptor_id = next++;
        font.program_id = next++;
        font.dict.set("FontDescriptor", pdf::Ref{font.descriptor_id, 0});
        embed_font(font.dict, font.descriptor, *font.program, pdf::Ref{font.program_id, 0});
    }
    return next;
}

void PrintFileWriter::write_fonts(pdf::FileWriter& file) const {
    for (const Font& font : fonts_) {
        file.object(font.descriptor_id, pdf::body(pdf::Object(font.descriptor)));
        file.object(font.program_id, pdf::body(program_stream(*font.program)));
    }
}

void PrintFileWriter::finish(const std::vector<layout::Bookmark>& bookmarks, std::ostream& out) {
    if (kids_.empty()) throw std::invalid_argument("daftar tampilan tanpa halaman");
    const pdf::Dict info = info_dict(meta_);
    OutlineWriter outline{kids_, static_cast<int>(objects_.size()) + info_id + 1, {}};
    const int outline_root = outline.build(bookmarks);
    const int next = number_fonts(outline.next);

    pdf::FileWriter file(out, print_ == PrintPreference::none ? "1.4" : "1.7");
    write_header_objects(file, info, outline_root);
    write_spooled(file);
    for (const auto& [id, body] : outline.objects) file.object(id, body);
    write_fonts(file);
    pdf::Dict trailer;
    trailer.set("Root", pdf::Ref{catalog_id, 0});
    trailer.set("Info", pdf::Ref{info_id, 0});
    file.finish(std::move(trailer));
    out.flush();
    if (!out) throw std::runtime_error("berkas cetak tidak dapat ditulis");
    (void)next;
}

}  // namespace kinerja::render
