#include "lints/util/dns/gtld.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>

#include "lint/lint.h"
#include "lints/util/dns/domains.h"

namespace cair::lints::util::dns {
namespace {

constexpr GtldPeriod kTlds[] = {
#include "lints/util/dns/gtld_table.inc"
};

}  // namespace

// Three lints ask for every dNSName: a hash probe, not a binary search of
// ~1,500 strings.
const GtldPeriod* FindTld(std::string_view label) {
  static const auto* const kIndex = [] {
    auto* index = new std::unordered_map<std::string_view, const GtldPeriod*>;
    index->reserve(std::size(kTlds));
    for (const GtldPeriod& p : kTlds) index->emplace(p.tld, &p);
    return index;
  }();
  const auto it = kIndex->find(label);
  return it == kIndex->end() ? nullptr : it->second;
}

namespace {

constexpr size_t kLongestTld = [] {
  size_t n = 0;
  for (const GtldPeriod& p : kTlds) n = std::max(n, p.tld.size());
  return n;
}();

bool IsAscii(std::string_view s) {
  for (char ch : s)
    if (static_cast<unsigned char>(ch) >= 0x80) return false;
  return true;
}

// FindTld of the ASCII `s` lower-cased (as GoLower does ASCII), without
// building a string.
const GtldPeriod* FindAsciiTld(std::string_view s) {
  if (s.size() > kLongestTld) return nullptr;
  char buf[kLongestTld];
  for (size_t i = 0; i < s.size(); ++i) {
    const char ch = s[i];
    buf[i] = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
  return FindTld(std::string_view(buf, s.size()));
}

}  // namespace

bool IsInTldMap(std::string_view name) {
  if (IsAscii(name)) return FindAsciiTld(name) != nullptr;
  return FindTld(GoLower(name)) != nullptr;
}

bool HasValidTld(std::string_view name, int64_t when) {
  const GtldPeriod* p = nullptr;
  if (IsAscii(name)) {
    const size_t dot = name.rfind('.');
    p = FindAsciiTld(dot == std::string_view::npos ? name : name.substr(dot + 1));
  } else {
    const std::string lower = GoLower(name);
    const size_t dot = lower.rfind('.');
    const std::string_view right =
        dot == std::string::npos ? std::string_view(lower) : std::string_view(lower).substr(dot + 1);
    p = FindTld(right);
  }
  return p != nullptr && p->ValidAt(when);
}

}  // namespace cair::lints::util::dns
