// X.690 11.6 (DER SET OF): "The encodings of the component values of a
// set-of value shall appear in ascending order, the encodings being compared
// as octet strings with the shorter components being padded at their
// trailing end with 0-octets." In a certificate the SET OFs are the
// multi-valued RDNs of the issuer and subject names (RFC 5280 4.1.2.4).
#include <algorithm>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/subject/values.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_der_set_of_not_sorted",
    .description = "The attributes of a multi-valued RDN must appear in ascending DER order.",
    .citation = "X.690: 11.6; RFC 5280: 4.1.2.4",
    .source = lint::Source::kCair,
    .effective = lint::dates::kRFC2459Date,
};

// a <= b under X.690 11.6 ordering (shorter padded with zero octets).
bool InOrder(der::Input a, der::Input b) {
  size_t n = std::max(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    uint8_t x = i < a.size() ? a[i] : 0, y = i < b.size() ? b[i] : 0;
    if (x != y) return x < y;
  }
  return true;
}

// Counts unsorted SETs in a Name's RDNSequence contents.
// A well-formed Name (x509::Name::ok) lists every member of every SET as an
// attribute: with no two in one RDN, no SET has two members to misorder.
size_t UnsortedSets(const x509::Name& name) {
  if (name.ok && !util::subject::HasMultiValuedRdn(name)) return 0;
  const der::Input rdn_sequence = name.value;
  size_t bad = 0;
  der::Parser rdns(rdn_sequence);
  while (auto set = rdns.Next()) {
    if (set->tag != der::kSet) continue;
    der::Parser members(set->value);
    der::Input prev;
    bool first = true;
    while (auto m = members.Next()) {
      if (!first && !InOrder(prev, m->full)) {
        ++bad;
        break;
      }
      prev = m->full;
      first = false;
    }
  }
  return bad;
}

class DerSetOfNotSorted final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    size_t issuer = UnsortedSets(c.issuer), subject = UnsortedSets(c.subject);
    if (!issuer && !subject) return lint::Pass();
    std::string d;
    if (subject) d = "subject has " + std::to_string(subject) + " unsorted multi-valued RDN(s)";
    if (issuer) d += std::string(d.empty() ? "" : "; ") + "issuer has " + std::to_string(issuer) + " unsorted multi-valued RDN(s)";
    return lint::Error(d);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DerSetOfNotSorted);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
