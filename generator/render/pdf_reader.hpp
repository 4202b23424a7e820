// A reader of PDF files for ISO 32000-1 sections 7.2-7.5: the lexical conventions, the
// objects, streams, and the file structure of a classic cross-reference table and trailer,
// following /Prev through incremental updates. render_pdf reads what libharu saved with it,
// PrintFileWriter the documents render_pdf made.
//
// Not supported, and refused with a SyntaxError naming it: cross-reference streams and object
// streams (PDF 1.5), encryption. Any input, however damaged, ends in a SyntaxError, never in a
// crash or a loop: offsets are checked, nesting is bounded, /Prev chains may not revisit an
// offset.
#pragma once

#include <cstddef>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

#include "render/pdf_object.hpp"

namespace kinerja::render::pdf {

// What is wrong with the input, and where (a byte offset into it).
class SyntaxError : public std::runtime_error {
public:
    SyntaxError(std::size_t offset, const std::string& what);
    std::size_t offset() const { return offset_; }

private:
    std::size_t offset_;
};

// One object read from `bytes` at `offset` ("N G obj ... endobj"), for tests and for the file
// reader. A stream's /Length may be an indirect reference only when `offsets` (object number →
// offset, 0 for a free one) is given.
Indirect read_object(std::string_view bytes, std::size_t offset, int number,
                     const std::map<int, std::size_t>* offsets = nullptr);

// A direct object from the start of `text` (tests: the lexer and parser on their own).
Object parse_object(std::string_view text);

class File {
public:
    // Reads the header, the cross-reference sections and trailers, and every object in use.
    explicit File(std::string_view bytes);

    // The version of the header ("1.3").
    const std::string& version() const { return version_; }
    // The trailer (of the last update: the one startxref points at).
    const Dict& trailer() const { return trailer_; }
    // The objects in use, by number (to change or move out: the file is read whole once).
    const std::map<int, Indirect>& objects() const { return objects_; }
    std::map<int, Indirect>& objects() { return objects_; }
    // Object `ref`; throws SyntaxError when the file has no such object.
    const Indirect& at(const Ref& ref) const;
    // The dictionary of object `ref` (a stream's too); throws when it is not one.
    const Dict& dict(const Ref& ref) const;
    // The objects of the page tree under /Root /Pages, in page order.
    std::vector<Ref> pages() const;

private:
    void read_xref(std::string_view bytes, std::size_t offset, std::map<int, std::size_t>& offsets);
    void page_leaves(const Ref& node, std::vector<Ref>& out, int depth) const;

    std::string version_;
    Dict trailer_;
    std::map<int, Indirect> objects_;
};

}  // namespace kinerja::render::pdf
