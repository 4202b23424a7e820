// Joins PDFs made by render_pdf into one print file without holding its pages in memory.
//
// render_pdf keeps a whole document in libharu until it is saved: for a month of thousands of
// employees (cetak.pdf, tens of thousands of pages) that is gigabytes. PrintFileWriter takes
// the documents one by one, as already rendered, reads each with the PDF reader
// (pdf_reader.hpp) and copies its pages, renumbered, into a spool the caller supplies (a file:
// batch opens it); finish() then writes the file (pdf_object.hpp's FileWriter): the catalog and
// page tree, the document information, the pages, the outline, and each font file embedded once
// as a subset of every character the file shows with it; each image once.
//
// The print file may also ask the viewer's print dialog for duplex or simplex printing without
// page scaling (PrintPreference), and append() may leave pages of a document out (the blank
// backs of a file printed on one side).
#pragma once

#include <cstddef>
#include <cstdint>
#include <bitset>
#include <iostream>
#include <memory>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "layout/display_list.hpp"
#include "render/font_embedding.hpp"
#include "render/pdf_object.hpp"
#include "render/pdf_writer.hpp"

namespace kinerja::render {

// What the file asks of a viewer's print dialog: the catalog's /ViewerPreferences (PDF 1.7,
// section 12.2), which a viewer takes as the dialog's initial settings.
enum class PrintPreference {
    none,              // nothing: the file is PDF 1.4, as render_pdf's
    duplex_long_edge,  // /Duplex /DuplexFlipLongEdge and /PrintScaling /None; the file is PDF 1.7
    simplex,           // /Duplex /Simplex and /PrintScaling /None; the file is PDF 1.7
};

class PrintFileWriter {
public:
    // `spool`: an empty stream open for reading and writing, binary, that outlives the writer
    // (the pages wait there). `meta`: the file's document information; `fonts`: the FontFiles
    // render_pdf was given; `print` what the file asks of the print dialog.
    PrintFileWriter(std::iostream& spool, layout::Metadata meta, const FontFiles& fonts,
                    PrintPreference print = PrintPreference::none);
    PrintFileWriter(const PrintFileWriter&) = delete;
    PrintFileWriter& operator=(const PrintFileWriter&) = delete;

    // Appends every page of `pdf`, made by render_pdf(list, fonts, info) with the FontFiles
    // given above, but those whose indexes `leave_out` lists. Returns the index in the file of
    // its first page appended. Throws std::invalid_argument when `pdf` is not such a PDF (not a
    // PDF the reader reads, a font or an image `info` does not list) or every page of it is
    // left out. A font's subset keeps the characters `info` lists for it, those of pages left
    // out too.
    std::size_t append(std::string_view pdf, const RenderInfo& info, const std::set<std::size_t>& leave_out = {});

    std::size_t pages() const { return kids_.size(); }

    // Writes the file to `out`: the pages appended, in order, with `bookmarks` (page indexes
    // into them) as its outline. Throws std::invalid_argument for no page, metadata or a
    // bookmark render_pdf would refuse, std::runtime_error when the spool cannot be read back or
    // a font file cannot be read.
    void finish(const std::vector<layout::Bookmark>& bookmarks, std::ostream& out);

private:
    struct Spooled {  // one object of the file, in number order from 4 on
        std::uint64_t offset = 0;  // into the spool
        std::uint64_t size = 0;    // bytes of its body in the spool (0 for a font)
        int font = -1;             // >= 0: the font dictionary fonts_[font], written at finish
    };
    struct Font {
        std::string name;        // the /BaseFont after the subset tag
        std::string path;        // its font file
        int id = 0;              // its dictionary's object number in the file
        std::bitset<256> bytes;  // the WinAnsi bytes the file shows with it
        pdf::Dict dict;          // the dictionary of its first document, /Widths of all
        pdf::Dict descriptor;    // its /FontDescriptor
        int descriptor_id = 0, program_id = 0;          // numbered by number_fonts
        std::shared_ptr<const FontProgram> program;     // made by number_fonts
    };
    struct Copy;  // the state of copying one document (print_file_writer.cpp)

    int new_object();
    void spool(int id, const pdf::Indirect& object);
    int copy(Copy& from, const pdf::Ref& ref);
    int font_object(Copy& from, const pdf::Dict& dict);
    void write_header_objects(pdf::FileWriter& file, const pdf::Dict& info, int outline_root) const;
    void write_spooled(pdf::FileWriter& file);
    int number_fonts(int next);
    void write_fonts(pdf::FileWriter& file) const;

    std::iostream& spool_;
    std::uint64_t spool_size_ = 0;
    layout::Metadata meta_;
    const FontFiles& files_;
    PrintPreference print_;
    std::vector<Spooled> objects_;                 // objects 4, 5, ... in order
    std::vector<int> kids_;                        // page object numbers, in order
    std::vector<Font> fonts_;                      // in the order they entered the file
    std::map<std::string, int> font_index_;        // name → index into fonts_
    std::map<std::string, int> images_;            // DisplayList image id → object number
};

}  // namespace kinerja::render
