#include "render/print_file_writer.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>
#include <utility>

#include "layout/utf8.hpp"
#include "render/pdf_objects.hpp"
#include "render/pdf_text.hpp"
#include "render/winansi.hpp"

namespace kinerja::render {
namespace {

using pdf::SourcePdf;
using pdf::Ref;
using pdf::closure;
using pdf::dictionary;
using pdf::font_name;
using pdf::is_font;
using pdf::is_image;
using pdf::not_ours;
using pdf::page_ids;
using pdf::ref;
using pdf::ref_of;
using pdf::refs_in;
using pdf::renumbered;

// The outline as render_pdf's libharu writes it: the root, then each bookmark (and its /Fit
// destination) in document order, all closed.
struct OutlineWriter {
    const std::vector<int>& kids;
    std::vector<std::pair<int, std::string>> objects;  // number, body
    int next;

    // Numbers the bookmarks from `next` on (item, then its destination, then its children).
    struct Node {
        int id, dest;
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
            Node node{next, next + 1, {}};
            next += 2;
            node.children = number(mark.children);
            nodes.push_back(std::move(node));
        }
        return nodes;
    }

    void write(const std::vector<layout::Bookmark>& marks, const std::vector<Node>& nodes, int parent) {
        for (std::size_t i = 0; i < marks.size(); ++i) {
            const Node& node = nodes[i];
            std::string body = "<<\n/Title " + utf16_hex_string(marks[i].title) + "\n/Type /Outlines\n";
            if (i > 0) body += "/Prev " + ref(nodes[i - 1].id) + "\n";
            body += "/Parent " + ref(parent) + "\n/Dest " + ref(node.dest) + "\n";
            if (!node.children.empty()) {
                body += "/First " + ref(node.children.front().id) + "\n/Last " + ref(node.children.back().id) + "\n";
            }
            if (i + 1 < marks.size()) body += "/Next " + ref(nodes[i + 1].id) + "\n";
            if (!node.children.empty()) body += "/Count -" + std::to_string(node.children.size()) + "\n";
            body += ">>\n";
            objects.emplace_back(node.id, std::move(body));
            objects.emplace_back(node.dest, "[ " + ref(kids.at(marks[i].page)) + " /Fit ]\n");
            write(marks[i].children, node.children, node.id);
        }
    }
};

// The catalog's /ViewerPreferences entry for `print` (PDF 1.7, table 150): /Duplex is PDF 1.7,
// /PrintScaling PDF 1.6. None for PrintPreference::none.
std::string viewer_preferences(PrintPreference print) {
    if (print == PrintPreference::none) return "";
    const char* duplex = print == PrintPreference::simplex ? "/Simplex" : "/DuplexFlipLongEdge";
    return std::string("/ViewerPreferences << /Duplex ") + duplex + " /PrintScaling /None >>\n";
}

// libharu's header ("%PDF-1.4" and a binary comment), declaring PDF 1.7 when the file asks
// for print preferences: their keys are PDF 1.6 and 1.7. Nothing else in the file is newer
// than 1.4, and a 1.7 file may hold anything a 1.4 file holds.
std::string print_header(std::string_view header, PrintPreference print) {
    constexpr std::string_view libharu = "%PDF-1.4";
    if (header.substr(0, libharu.size()) != libharu) not_ours("kepala berkas bukan PDF 1.4");
    std::string out(header);
    if (print != PrintPreference::none) out.replace(0, libharu.size(), "%PDF-1.7");
    return out;
}

}  // namespace

PrintFileWriter::PrintFileWriter(std::iostream& spool, layout::Metadata meta, const FontFiles& fonts,
                                 PrintPreference print)
    : spool_(spool), meta_(std::move(meta)), files_(fonts), print_(print) {}

int PrintFileWriter::new_object() {
    objects_.emplace_back();
    return static_cast<int>(objects_.size()) + 3;
}

void PrintFileWriter::spool(int id, std::string_view body) {
    Spooled& object = objects_.at(static_cast<std::size_t>(id) - 4);
    object.offset = spool_size_;
    object.size = body.size();
    spool_.write(body.data(), static_cast<std::streamsize>(body.size()));
    if (!spool_) throw std::runtime_error("berkas sementara halaman cetak tidak dapat ditulis");
    spool_size_ += body.size();
}

std::size_t PrintFileWriter::append(std::string_view pdf, const RenderInfo& info,
                                    const std::set<std::size_t>& leave_out) {
    const SourcePdf source(pdf);
    const std::vector<int> all_pages = page_ids(source);

    // The images of the source, by object number: libharu embeds them in the order
    // RenderInfo::image_ids lists them, so ascending numbers match that order.
    std::set<int> image_objects;
    for (const int page : all_pages) {
        for (const Ref& r : refs_in(source.body(page))) {
            if (is_image(dictionary(source.body(r.id)))) image_objects.insert(r.id);
        }
    }
    if (image_objects.size() != info.image_ids.size()) not_ours("jumlah gambar tidak sesuai RenderInfo");
    std::map<int, std::string> image_id;
    for (std::size_t i = 0; const int object : image_objects) image_id.emplace(object, info.image_ids[i++]);

    std::vector<int> pages;
    for (std::size_t i = 0; i < all_pages.size(); ++i) {
        if (!leave_out.count(i)) pages.push_back(all_pages[i]);
    }
    if (pages.empty()) throw std::invalid_argument("dokumen cetak tanpa halaman yang dicetak");
    const std::size_t first = kids_.size();
    for (const int page : pages) {
        const std::string_view page_dict = source.body(page);
        const int contents = ref_of(page_dict, "Contents");
        const int length = ref_of(dictionary(source.body(contents)), "Length");
        const int parent = ref_of(page_dict, "Parent");
        if (contents == 0 || length == 0 || parent == 0) not_ours("halaman tidak dikenal");

        // libharu numbers a page, its contents and their length when the page is added, then
        // each font and image the first time the file uses it, in the order the page draws
        // them, which is the order the source numbered those new to it.
        std::map<int, int> ids{{parent, 2}};
        std::vector<int> own{page, contents, length};
        std::sort(own.begin(), own.end());
        for (const int id : own) ids[id] = new_object();
        kids_.push_back(ids[page]);

        std::set<int> resources;
        for (const Ref& r : refs_in(page_dict)) {
            if (r.id != contents && r.id != parent) resources.insert(r.id);
        }
        std::vector<std::pair<int, std::string>> new_objects;  // file number, body (images)
        for (const int id : resources) {
            const std::string_view dict = dictionary(source.body(id));
            if (is_font(dict)) {
                const std::string name = font_name(dict);
                const auto use = info.fonts.find(name);
                if (use == info.fonts.end()) not_ours("fon " + name + " tidak ada dalam RenderInfo");
                auto [known, added] = font_index_.try_emplace(name, static_cast<int>(fonts_.size()));
                if (added) {
                    fonts_.push_back(Font{name, new_object(), use->second.face, {}});
                    objects_.back().font = known->second;
                }
                Font& font = fonts_[static_cast<std::size_t>(known->second)];
                font.bytes |= use->second.bytes;
                ids[id] = font.id;
            } else if (is_image(dict)) {
                const std::string& key = image_id.at(id);
                auto [known, added] = images_.try_emplace(key, 0);
                if (added) {
                    const std::set<int> parts = closure(source, id);
                    std::map<int, int> image_ids;
                    for (const int part : parts) image_ids[part] = new_object();
                    for (const int part : parts) {
                        new_objects.emplace_back(image_ids[part], renumbered(source.body(part), image_ids));
                    }
                    known->second = image_ids[id];
                }
                ids[id] = known->second;
            } else {
                not_ours("sumber daya halaman yang bukan fon atau gambar");
            }
        }
        for (const int id : own) spool(ids[id], renumbered(source.body(id), ids));
        for (const auto& [id, body] : new_objects) spool(id, body);
    }
    return first;
}

void PrintFileWriter::finish(const std::vector<layout::Bookmark>& bookmarks, std::ostream& out) {
    if (kids_.empty()) throw std::invalid_argument("daftar tampilan tanpa halaman");

    // Info, font dictionaries and the embedded font programs come from a one-page PDF that
    // libharu makes with the same metadata and, font by font in the file's order, every
    // character the file shows: libharu subsets a font by the characters shown with it.
    layout::DisplayList side;
    side.meta = meta_;
    layout::Page page;
    page.width = 595;
    page.height = 842;
    for (std::size_t i = 0; i < fonts_.size(); ++i) {
        layout::TextRun run;
        run.face = fonts_[i].face;
        run.size = 10;
        run.origin = {20, 20 + 12.0 * static_cast<double>(i)};
        for (std::size_t b = 0; b < 256; ++b) {
            if (!fonts_[i].bytes.test(b)) continue;
            if (auto character = winansi_character(static_cast<unsigned char>(b))) layout::append_utf8(run.text, *character);
        }
        page.items.emplace_back(std::move(run));
    }
    side.pages.push_back(std::move(page));
    const std::string side_pdf = render_pdf(side, files_);
    const SourcePdf source(side_pdf);
    std::map<std::string, int> side_fonts;  // name → its dictionary in the side PDF
    for (int id = 1; id < source.count(); ++id) {
        const std::string_view dict = dictionary(source.body(id));
        if (is_font(dict)) side_fonts.emplace(font_name(dict), id);
    }

    int next = static_cast<int>(objects_.size()) + 4;
    OutlineWriter outline{kids_, {}, next};
    int outline_root = 0;
    if (!bookmarks.empty()) {
        outline_root = outline.next++;
        const std::vector<OutlineWriter::Node> nodes = outline.number(bookmarks);
        outline.objects.emplace_back(outline_root, "<<\n/Type /Outlines\n/First " + ref(nodes.front().id) +
                                                       "\n/Last " + ref(nodes.back().id) + "\n/Count " +
                                                       std::to_string(bookmarks.size()) + "\n>>\n");
        outline.write(bookmarks, nodes, outline_root);
        std::sort(outline.objects.begin(), outline.objects.end());
    }
    next = outline.next;

    // Each font's descriptor and program, numbered when libharu writes the fonts: after all else.
    std::map<int, int> side_ids;  // side PDF → file
    std::vector<int> side_order;  // side objects of the descriptors, in file order
    for (const Font& font : fonts_) {
        const auto found = side_fonts.find(font.name);
        if (found == side_fonts.end()) throw std::logic_error("fon " + font.name + " hilang dari PDF pembantu");
        side_ids[found->second] = font.id;
        std::set<int> parts = closure(source, found->second);
        parts.erase(found->second);
        for (const int part : parts) {
            side_ids[part] = next++;
            side_order.push_back(part);
        }
    }

    pdf::Output file(out);
    file.put(print_header(source.header(), print_));
    std::string catalog = "<<\n/Type /Catalog\n/Pages 2 0 R\n";
    if (outline_root) catalog += "/Outlines " + ref(outline_root) + "\n/PageMode /UseOutlines\n";
    catalog += viewer_preferences(print_);
    file.object(1, catalog + ">>\n");
    std::string kids = "<<\n/Type /Pages\n/Kids [ ";
    for (const int kid : kids_) kids += ref(kid) + " ";
    file.object(2, kids + "]\n/Count " + std::to_string(kids_.size()) + "\n>>\n");
    file.object(3, source.body(3));

    spool_.flush();
    spool_.seekg(0);
    std::uint64_t position = 0;  // of the spool's reading
    std::string buffer;
    for (std::size_t i = 0; i < objects_.size(); ++i) {
        const Spooled& object = objects_[i];
        const int id = static_cast<int>(i) + 4;
        if (object.font >= 0) {
            const Font& font = fonts_[static_cast<std::size_t>(object.font)];
            file.object(id, renumbered(source.body(side_fonts.at(font.name)), side_ids));
            continue;
        }
        buffer.resize(object.size);
        if (object.offset != position) spool_.seekg(static_cast<std::streamoff>(object.offset));
        spool_.read(buffer.data(), static_cast<std::streamsize>(object.size));
        position = object.offset + object.size;
        if (!spool_) throw std::runtime_error("berkas sementara halaman cetak tidak dapat dibaca");
        file.object(id, buffer);
    }
    for (const auto& [id, body] : outline.objects) file.object(id, body);
    for (const int part : side_order) file.object(side_ids.at(part), renumbered(source.body(part), side_ids));

    file.finish(next);
    out.flush();
    if (!out) throw std::runtime_error("berkas cetak tidak dapat ditulis");
}

}  // namespace kinerja::render
