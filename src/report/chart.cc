#include "report/chart.h"

#include <algorithm>
#include <cstdio>

#include "incident/rules.h"
#include "report/mustache.h"

namespace cair::report {
namespace {

constexpr int kW = 720, kH = 300, kLeft = 60, kRight = 20, kTop = 20, kBottom = 70;
const char* const kColors[] = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"};

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

}  // namespace

std::string IssuanceChartSvg(const std::vector<ChartSeries>& series) {
  int64_t lo = INT64_MAX, hi = INT64_MIN;
  size_t max_count = 0;
  for (const auto& s : series) {
    for (int64_t t : s.not_before) {
      lo = std::min(lo, t);
      hi = std::max(hi, t);
    }
    max_count = std::max(max_count, s.not_before.size());
  }
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(kW) + "\" height=\"" + std::to_string(kH) +
                    "\" viewBox=\"0 0 " + std::to_string(kW) + " " + std::to_string(kH) +
                    "\" role=\"img\" aria-label=\"Affected certificates over issuance time (notBefore), per problem\">\n";
  if (max_count == 0) return svg + "<text x=\"20\" y=\"40\">No affected certificates.</text>\n</svg>\n";
  if (hi == lo) {  // one instant: widen to a day either side
    lo -= incident::kDay;
    hi += incident::kDay;
  }
  const double pw = kW - kLeft - kRight, ph = kH - kTop - kBottom;
  auto X = [&](int64_t t) { return kLeft + pw * static_cast<double>(t - lo) / static_cast<double>(hi - lo); };
  auto Y = [&](size_t n) { return kTop + ph - ph * static_cast<double>(n) / static_cast<double>(max_count); };
  // Axes, y ticks at 0 / half / max, x labels at both ends and the middle.
  svg += "<g stroke=\"#333\" stroke-width=\"1\"><line x1=\"" + Num(kLeft) + "\" y1=\"" + Num(kTop + ph) + "\" x2=\"" + Num(kLeft + pw) +
         "\" y2=\"" + Num(kTop + ph) + "\"/><line x1=\"" + Num(kLeft) + "\" y1=\"" + Num(kTop) + "\" x2=\"" + Num(kLeft) + "\" y2=\"" +
         Num(kTop + ph) + "\"/></g>\n";
  svg += "<g font-family=\"sans-serif\" font-size=\"11\" fill=\"#333\">\n";
  for (size_t v : {size_t{0}, max_count / 2, max_count}) {
    if (v == max_count / 2 && (v == 0 || v == max_count)) continue;
    svg += "<text x=\"" + Num(kLeft - 6) + "\" y=\"" + Num(Y(v) + 4) + "\" text-anchor=\"end\">" + std::to_string(v) + "</text>\n";
  }
  for (int64_t t : {lo, lo + (hi - lo) / 2, hi}) {
    std::string anchor = t == lo ? "start" : t == hi ? "end" : "middle";
    svg += "<text x=\"" + Num(X(t)) + "\" y=\"" + Num(kTop + ph + 16) + "\" text-anchor=\"" + anchor + "\">" +
           incident::FormatRfc3339(t).substr(0, 10) + "</text>\n";
  }
  svg += "<text x=\"" + Num(kLeft + pw / 2) + "\" y=\"" + Num(kTop + ph + 32) +
         "\" text-anchor=\"middle\">Issuance (notBefore, UTC); cumulative affected objects</text>\n</g>\n";
  // One cumulative step line per series, and its legend entry.
  for (size_t i = 0; i < series.size(); ++i) {
    std::vector<int64_t> ts = series[i].not_before;
    std::sort(ts.begin(), ts.end());
    const char* color = kColors[i % (sizeof kColors / sizeof kColors[0])];
    if (!ts.empty()) {
      std::string d = "M" + Num(X(ts.front())) + " " + Num(Y(0));
      for (size_t k = 0; k < ts.size(); ++k) {
        if (k + 1 < ts.size() && ts[k + 1] == ts[k]) continue;  // one step per instant
        d += " H" + Num(X(ts[k])) + " V" + Num(Y(k + 1));
      }
      d += " H" + Num(X(hi));
      svg += "<path fill=\"none\" stroke=\"" + std::string(color) + "\" stroke-width=\"2\" d=\"" + d + "\"><title>" +
             HtmlEscape(series[i].name) + ": " + std::to_string(ts.size()) + "</title></path>\n";
    }
    const double lx = kLeft + static_cast<double>(i % 3) * 220, ly = kH - 22 + static_cast<double>(i / 3) * 14;
    svg += "<rect x=\"" + Num(lx) + "\" y=\"" + Num(ly - 9) + "\" width=\"10\" height=\"10\" fill=\"" + color + "\"/><text x=\"" +
           Num(lx + 14) + "\" y=\"" + Num(ly) + "\" font-family=\"sans-serif\" font-size=\"11\">" + HtmlEscape(series[i].name) + " (" +
           std::to_string(ts.size()) + ")</text>\n";
  }
  return svg + "</svg>\n";
}

}  // namespace cair::report
