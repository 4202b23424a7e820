// How layout draws a doc::BarChart (bar_chart.cpp), for the tests and anyone reading a dump: the
// band is an unstroked rectangle of band_gray, the bar a stroked rectangle of bar_gray on top.
#pragma once

namespace kinerja::layout {

inline constexpr double bar_chart_band_gray = 0.9;    // fill of a bar's allowed band
inline constexpr double bar_chart_bar_gray = 0.45;   // fill of a bar

}  // namespace kinerja::layout
