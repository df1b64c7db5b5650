#include "lints/util/dns/gtld.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "lint/lint.h"
#include "lints/util/dns/domains.h"

namespace cair::lints::util::dns {
namespace {

constexpr GtldPeriod kTlds[] = {
#include "lints/util/dns/gtld_table.inc"
};

}  // namespace

const GtldPeriod* FindTld(std::string_view label) {
  const auto* end = std::end(kTlds);
  const auto* it = std::lower_bound(std::begin(kTlds), end, label,
                                    [](const GtldPeriod& p, std::string_view l) { return p.tld < l; });
  return it != end && it->tld == label ? it : nullptr;
}

bool IsInTldMap(std::string_view name) { return FindTld(GoLower(name)) != nullptr; }

bool HasValidTld(std::string_view name, int64_t when) {
  const std::string lower = GoLower(name);
  const size_t dot = lower.rfind('.');
  const std::string_view right =
      dot == std::string::npos ? std::string_view(lower) : std::string_view(lower).substr(dot + 1);
  const GtldPeriod* p = FindTld(right);
  return p != nullptr && p->ValidAt(when);
}

}  // namespace cair::lints::util::dns
