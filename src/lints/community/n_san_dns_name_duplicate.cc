// awslabs certlint: the same DNS name should not be listed twice in the
// subject alternative name; names compare case-insensitively (RFC 4343).
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "base/strings.h"
#include "lint/registry.h"
#include "lints/util/dns/idna.h"
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

// No byte has its top bit set (eight at a time).
bool IsAscii(std::string_view s) {
  uint64_t bits = 0;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    bits |= w;
  }
  for (; i < s.size(); ++i) bits |= static_cast<unsigned char>(s[i]);
  return (bits & 0x8080808080808080ull) == 0;
}

// A total order in which names equal ignoring ASCII case are neighbours:
// shorter first, then by ASCII-lower-cased bytes.
bool ShorterOrLessIgnoringAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return a.size() < b.size();
  for (size_t i = 0; i < a.size(); ++i) {
    unsigned char x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
    if (x >= 'A' && x <= 'Z') x = static_cast<unsigned char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<unsigned char>(y - 'A' + 'a');
    if (x != y) return x < y;
  }
  return false;
}

class SanDnsNameDuplicate final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectAltName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    util::dns::AltNameView san(c, oid::kSubjectAltName);
    // Views sorted by length, then case-insensitively: a duplicate is two
    // neighbours equal ignoring ASCII case, found in O(n log n) without
    // copying a name (some certificates carry hundreds). A non-ASCII name
    // can lower-case onto an ASCII one (U+212A KELVIN SIGN is 'k'): then the
    // names are compared as Unicode lower-cased copies.
    std::vector<std::string_view> names;
    bool ascii = true;
    san.ForEach(util::dns::kTagDnsName, [&](std::string_view d) {
      ascii = ascii && IsAscii(d);
      return names.push_back(d), true;
    });
    if (names.size() < 2) return lint::Pass();
    if (!ascii) return HasUnicodeDuplicate(names) ? lint::Info() : lint::Pass();
    std::sort(names.begin(), names.end(), ShorterOrLessIgnoringAsciiCase);
    const auto dup = std::adjacent_find(names.begin(), names.end(), base::EqualsIgnoringAsciiCase);
    return dup != names.end() ? lint::Info() : lint::Pass();
  }

 private:
  static bool HasUnicodeDuplicate(const std::vector<std::string_view>& views) {
    std::vector<std::string> names;
    names.reserve(views.size());
    for (std::string_view d : views) names.push_back(util::dns::UnicodeLower(d));
    std::sort(names.begin(), names.end());
    return std::adjacent_find(names.begin(), names.end()) != names.end();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SanDnsNameDuplicate);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
