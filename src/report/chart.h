// File: report/chart.h
// The HTML report's chart: affected certificates over issuance time
// (notBefore), one cumulative step line per problem, as inline SVG (no
// script). Deterministic: the same input gives the same bytes.
#ifndef CAIR_REPORT_CHART_H_
#define CAIR_REPORT_CHART_H_

#include <cstdint>
#include <string>
#include <vector>

namespace cair::report {

struct ChartSeries {
  std::string name;
  std::vector<int64_t> not_before;  // one per affected object, any order
};

// An <svg> element (width 720, height 300) with axes, date labels (UTC),
// a legend and one <path> per series; "no certificates" text when empty.
std::string IssuanceChartSvg(const std::vector<ChartSeries>& series);

}  // namespace cair::report

#endif  // CAIR_REPORT_CHART_H_
