#pragma once
// Numbers in page operators, as libharu writes them.

#include <string>

namespace kinerja::render {

// `value` as libharu 2.3.0's HPDF_FToA writes it: clamped to ±32767, rounded to five decimals
// in its float arithmetic, trailing zeros and a bare point left off ("609.44879", "0.5", "-3",
// "0"). Appended to `out`. The same characters (tests/render/pdf_real_test.cpp holds it to
// libharu's own over millions of values), in a fraction of the time.
void append_real(std::string& out, float value);

}  // namespace kinerja::render
