// Joins PDFs made by render_pdf into one print file without holding its pages in memory.
//
// render_pdf keeps a whole document in libharu until it is saved: for a month of thousands of
// employees (cetak.pdf, tens of thousands of pages) that is gigabytes. PrintFileWriter takes
// the documents one by one, as already rendered, and writes the same file render_pdf would have
// written from all their pages at once, byte for byte: the same object numbers, each font
// embedded once with every character the file shows, each image once, the outline. Pages wait
// in a spool the caller supplies (a file: batch opens it), not in memory, until finish() writes
// the file in object order.
//
// It reads only what libharu 2.3.0 writes (a classic xref table, objects in number order, no
// object streams) and what RenderInfo says about it; tests/render/print_file_writer_test.cpp
// compares its output with render_pdf's for the same pages.
//
// Two things render_pdf does not do: the file may ask the viewer's print dialog for duplex or
// simplex printing without page scaling (PrintPreference), and append() may leave pages of a
// document out (the blank backs of a file printed on one side).
#pragma once

#include <cstddef>
#include <cstdint>
#include <bitset>
#include <iostream>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "layout/display_list.hpp"
#include "render/pdf_writer.hpp"

namespace kinerja::render {

// What the file asks of a viewer's print dialog: the catalog's /ViewerPreferences (PDF 1.7,
// section 12.2), which a viewer takes as the dialog's initial settings.
enum class PrintPreference {
    none,              // nothing: the file is render_pdf's, PDF 1.4
    duplex_long_edge,  // /Duplex /DuplexFlipLongEdge and /PrintScaling /None; the file is PDF 1.7
    simplex,           // /Duplex /Simplex and /PrintScaling /None; the file is PDF 1.7
};

class PrintFileWriter {
public:
    // `spool`: an empty stream open for reading and writing, binary, that outlives the writer
    // (the pages wait there). `meta` and `fonts` are what render_pdf would have been given for
    // the whole file; `print` what the file asks of the print dialog.
    PrintFileWriter(std::iostream& spool, layout::Metadata meta, const FontFiles& fonts,
                    PrintPreference print = PrintPreference::none);
    PrintFileWriter(const PrintFileWriter&) = delete;
    PrintFileWriter& operator=(const PrintFileWriter&) = delete;

    // Appends every page of `pdf`, made by render_pdf(list, fonts, info) with the FontFiles
    // given above, but those whose indexes `leave_out` lists. Returns the index in the file of
    // its first page appended. Throws std::invalid_argument when `pdf` is not such a PDF or
    // every page of it is left out.
    //
    // With pages left out, the file holds the pages kept and what they draw, each font and
    // image once; it is not byte for byte what render_pdf makes of the pages kept: a font's
    // subset keeps the characters `info` lists for it, those of the pages left out too.
    std::size_t append(std::string_view pdf, const RenderInfo& info, const std::set<std::size_t>& leave_out = {});

    std::size_t pages() const { return kids_.size(); }

    // Writes the file to `out`: the pages appended, in order, with `bookmarks` (page indexes
    // into them) as its outline. Throws std::invalid_argument for no page or a bookmark
    // render_pdf would refuse, std::runtime_error when the spool cannot be read back.
    void finish(const std::vector<layout::Bookmark>& bookmarks, std::ostream& out);

private:
    struct Spooled {  // one object of the file, in number order from 4 on
        std::uint64_t offset = 0;  // into the spool
        std::uint64_t size = 0;    // bytes of its body in the spool (0 for a font)
        int font = -1;             // >= 0: the font dictionary fonts_[font], written at finish
    };
    struct Font {
        std::string name;        // libharu's name: the /BaseFont after "XXXXXX+"
        int id = 0;              // its object number in the file
        layout::Face face{};     // a face drawn with it
        std::bitset<256> bytes;  // the WinAnsi bytes the file shows with it
    };

    int new_object();
    void spool(int id, std::string_view body);

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
