#include "lints/util/dns/gtld.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>

#include "lint/lint.h"
#include "lints/util/dns/domains.h"
#include "lints/util/memo.h"

namespace cair::lints::util::dns {
namespace {

constexpr GtldPeriod kTlds[] = {
#include "lints/util/dns/gtld_table.inc"
};

}  // namespace

// Three lints ask for every dNSName: a probe of a flat open-addressing table
// (util::MemoHash, a word at a time), not a binary search of ~1,500 strings
// nor a node map's byte-wise hash.
namespace {
struct TldIndex {
  static constexpr size_t kSlots = 4096;  // a power of two, under half full
  static_assert(std::size(kTlds) * 2 <= kSlots);
  std::array<const GtldPeriod*, kSlots> slot{};
  TldIndex() {
    for (const GtldPeriod& p : kTlds) {
      size_t at = util::MemoHash(p.tld) & (kSlots - 1);
      while (slot[at] != nullptr) at = (at + 1) & (kSlots - 1);
      slot[at] = &p;
    }
  }
};
}  // namespace

const GtldPeriod* FindTld(std::string_view label) {
  static const TldIndex* const kIndex = new TldIndex;
  for (size_t at = util::MemoHash(label) & (TldIndex::kSlots - 1);; at = (at + 1) & (TldIndex::kSlots - 1)) {
    const GtldPeriod* p = kIndex->slot[at];
    if (p == nullptr || p->tld == label) return p;
  }
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
// building a string. The last label asked about and its answer are kept per
// thread: a certificate's names mostly share their TLD ("com"), and a match
// of the few octets costs less than a hash and a probe of the index (whose
// slots and strings are often out of the cache).
const GtldPeriod* FindAsciiTld(std::string_view s) {
  if (s.size() > kLongestTld) return nullptr;
  struct LastAnswer {
    char label[kLongestTld];
    size_t size = kLongestTld + 1;  // none yet
    const GtldPeriod* period = nullptr;
  };
  thread_local LastAnswer last;
  if (s.size() == last.size && std::equal(s.begin(), s.end(), last.label)) return last.period;
  char buf[kLongestTld];
  for (size_t i = 0; i < s.size(); ++i) {
    const char ch = s[i];
    buf[i] = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
  const GtldPeriod* p = FindTld(std::string_view(buf, s.size()));
  std::copy(s.begin(), s.end(), last.label);
  last.size = s.size();
  last.period = p;
  return p;
}

}  // namespace

bool IsInTldMap(std::string_view name) {
  // No TLD holds a '.', and lower-casing neither makes nor removes one.
  if (name.find('.') != std::string_view::npos) return false;
  if (IsAscii(name)) return FindAsciiTld(name) != nullptr;
  return FindTld(GoLower(name)) != nullptr;
}

namespace {

// FindAsciiTld of a label of 1 to 8 ASCII octets given as the little-endian
// word `w` (octets past `len` zero). The answers for such labels are kept
// per thread in a small direct-mapped table keyed by the lower-cased word
// and the length (exact: the word holds every octet): names end in a few
// TLDs, and a probe costs less than matching the label, hashing it and
// probing the index.
const GtldPeriod* FindShortAsciiTld(uint64_t w, size_t len) {
  constexpr uint64_t kTop = 0x8080808080808080ull, kOnes = 0x0101010101010101ull;
  const uint64_t upper = ((w + 0x3f * kOnes) & ~(w + 0x25 * kOnes) & kTop);  // ASCII only: no carries
  const uint64_t lower = w | (upper >> 2);
  struct Entry {
    uint64_t word;
    size_t len;  // 0: empty
    const GtldPeriod* period;
  };
  thread_local Entry table[64];
  Entry& e = table[(lower * 0x9e3779b97f4a7c15ull) >> 58];
  if (e.len == len && e.word == lower) return e.period;
  char buf[8];
  for (size_t i = 0; i < len; ++i) buf[i] = static_cast<char>(lower >> (8 * i));
  e = {lower, len, FindTld(std::string_view(buf, len))};
  return e.period;
}

}  // namespace

// Only the right-most label is read: lower-casing works rune by rune and
// keeps every '.', so the last label of the lower-cased name is the
// lower-cased last label (an ASCII one needs no copy).
const GtldPeriod* LastLabelTld(std::string_view name) {
  const size_t dot = name.rfind('.');
  const std::string_view last = dot == std::string_view::npos ? name : name.substr(dot + 1);
  if (!last.empty() && last.size() <= 8) {
    // The label as one word: the word ending at the name's end when there
    // is one, else octet by octet.
    uint64_t w = 0;
    if (name.size() >= 8) {
      std::memcpy(&w, name.data() + name.size() - 8, 8);
      w >>= 8 * (8 - last.size());
    } else {
      for (size_t i = 0; i < last.size(); ++i) w |= uint64_t{static_cast<unsigned char>(last[i])} << (8 * i);
    }
    if ((w & 0x8080808080808080ull) == 0) return FindShortAsciiTld(w, last.size());
  }
  return IsAscii(last) ? FindAsciiTld(last) : FindTld(GoLower(last));
}

bool HasValidTld(std::string_view name, int64_t when) {
  const GtldPeriod* p = LastLabelTld(name);
  return p != nullptr && p->ValidAt(when);
}

}  // namespace cair::lints::util::dns
