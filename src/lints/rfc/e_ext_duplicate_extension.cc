// RFC 5280 4.2: a certificate MUST NOT include more than one instance of a
// particular extension.
#include <cstdint>
#include <string>
#include <vector>

#include "der/values.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_duplicate_extension",
    .description = "No extension may appear more than once in a certificate.",
    .citation = "RFC 5280: 4.2",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
};

// Whether two extensions share an OID: each pair once, lengths and last
// octets before the bytes (the common answer is no, after ~n^2/2 cheap tests).
bool AnyRepeated(const std::vector<x509::Extension>& exts) {
  // First a 64-bit mask of (length, last octet) fingerprints: two extensions
  // with one OID share a fingerprint, and the usual extensions' are all
  // distinct, so no bit set twice proves there is no repeat.
  uint64_t seen = 0;
  bool collided = false;
  for (const x509::Extension& e : exts) {
    const der::Input o = e.oid;
    const uint64_t bit = uint64_t{1} << ((o.size() * 7 + (o.empty() ? 0 : o[o.size() - 1])) & 63);
    collided |= (seen & bit) != 0;
    seen |= bit;
  }
  if (!collided) return false;
  for (size_t i = 0; i < exts.size(); ++i) {
    const der::Input a = exts[i].oid;
    for (size_t j = i + 1; j < exts.size(); ++j) {
      const der::Input b = exts[j].oid;
      if (a.size() == b.size() && (a.empty() || a[a.size() - 1] == b[b.size() - 1]) && a == b) return true;
    }
  }
  return false;
}

class ExtDuplicateExtension final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return c.version == 2; }
  lint::Result Execute(const x509::Certificate& c) const override {
    const auto& exts = c.extensions;
    if (!AnyRepeated(exts)) return lint::Pass();
    std::string dups;
    for (size_t i = 0; i < exts.size(); ++i) {
      bool seen_before = false, repeated = false;
      for (size_t j = 0; j < exts.size() && !seen_before; ++j) {
        if (j == i || exts[j].oid != exts[i].oid) continue;
        if (j < i) seen_before = true;
        else repeated = true;
      }
      // Report each duplicated OID once, at its first occurrence.
      if (seen_before || !repeated) continue;
      if (!dups.empty()) dups += ", ";
      dups += der::OidToString(exts[i].oid);
    }
    if (dups.empty()) return lint::Pass();
    return lint::Error("extensions present more than once: " + dups);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtDuplicateExtension);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
