// awslabs certlint: the same DNS name should not be listed twice in the
// subject alternative name; names compare case-insensitively (RFC 4343).
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "base/strings.h"
#include "lint/registry.h"
#include "lints/util/dns/idna.h"
#include "lints/util/dns/label_facts.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "n_san_dns_name_duplicate",
    .description = "subjectAltName dNSNames should not repeat (compared case-insensitively).",
    .citation = "certlint: awslabs/certlint",
    .source = lint::Source::kCommunity,
    .peers = "certlint:Duplicate SAN entry;x509lint:Duplicate SAN entry",
    .requires_facts = lint::fact::kSubjectAltName,
};

constexpr uint64_t kTop = 0x8080808080808080ull, kOnes = 0x0101010101010101ull;

// `w`'s ASCII letters lower-cased, eight octets at a time (octets with the
// top bit set are left alone: their top bit keeps them out of 'A'..'Z').
uint64_t LowerWord(uint64_t w) {
  const uint64_t low = w & ~kTop;
  const uint64_t upper = (low + 0x3f * kOnes) & ~(low + 0x25 * kOnes) & ~w & kTop;
  return w | (upper >> 2);
}

// A 64-bit hash of `s` ASCII-lower-cased (names equal ignoring ASCII case
// hash alike): its words, the last one the word ending at its end when
// there is one (a function of the bytes all the same, without a loop over
// the last octets).
uint64_t HashIgnoringAsciiCase(std::string_view s) {
  constexpr uint64_t kMul = 0x9e3779b97f4a7c15ull;
  uint64_t h = (s.size() + 1) * 0xff51afd7ed558ccdull;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ LowerWord(w)) * kMul;
    h ^= h >> 32;
  }
  if (i < s.size()) {
    uint64_t w = 0;
    if (s.size() >= 8) {
      std::memcpy(&w, s.data() + s.size() - 8, 8);
    } else {
      for (size_t k = 0; i + k < s.size(); ++k) w |= uint64_t{static_cast<unsigned char>(s[i + k])} << (8 * k);
    }
    h = (h ^ LowerWord(w)) * kMul;
    h ^= h >> 32;
  }
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  return h ^ (h >> 33);
}

class SanDnsNameDuplicate final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectAltName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const util::dns::SanDnsNames& san = util::dns::SanDnsNamesOf(c);
    // Each name goes into a table by its case-insensitive hash; a duplicate
    // is an equal hash whose names are equal ignoring ASCII case: one pass,
    // no copy of a name (some certificates carry hundreds). A non-ASCII
    // name can lower-case onto an ASCII one (U+212A KELVIN SIGN is 'k'):
    // then the names are compared as Unicode lower-cased copies.
    const size_t count = san.names.size();
    if (count < 2) return lint::Pass();
    if (san.any_has(util::dns::kFactNonAscii)) return HasUnicodeDuplicate(san) ? lint::Info() : lint::Pass();
    size_t slots = 16;
    while (slots < 2 * count) slots *= 2;
    // Trivial (no constructor): the inline table is not initialised but for
    // the slots the name count needs.
    struct Slot {
      uint64_t hash;
      const char* data;
      size_t size;
    };
    Slot inline_table[128];
    std::vector<Slot> heap_table;
    Slot* table = inline_table;
    if (slots > std::size(inline_table)) {
      heap_table.resize(slots);
      table = heap_table.data();
    }
    std::fill(table, table + slots, Slot{0, nullptr, 0});
    bool duplicate = false;
    for (const util::dns::SanDnsName& n : san.names) {
      const std::string_view d = n.name;
      const uint64_t h = HashIgnoringAsciiCase(d) | 1;  // 0 marks a free slot
      for (size_t at = h & (slots - 1);; at = (at + 1) & (slots - 1)) {
        if (table[at].hash == 0) {
          table[at] = {h, d.data(), d.size()};
          break;
        }
        const Slot& slot = table[at];
        if (slot.hash == h && base::EqualsIgnoringAsciiCase(std::string_view(slot.data, slot.size), d)) {
          duplicate = true;
          break;
        }
      }
      if (duplicate) break;
    }
    return duplicate ? lint::Info() : lint::Pass();
  }

 private:
  static bool HasUnicodeDuplicate(const util::dns::SanDnsNames& san) {
    std::vector<std::string> names;
    for (const util::dns::SanDnsName& n : san.names) names.push_back(util::dns::UnicodeLower(n.name));
    std::sort(names.begin(), names.end());
    return std::adjacent_find(names.begin(), names.end()) != names.end();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SanDnsNameDuplicate);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
