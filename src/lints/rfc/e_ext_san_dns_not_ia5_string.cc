// RFC 5280 4.2.1.6: a domain name in the subject alternative name is stored
// in the dNSName, an IA5String, so it may only hold 7-bit characters.
#include <cstdint>
#include <cstring>

#include "der/strings.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_san_dns_not_ia5_string",
    .description = "Every dNSName in the subjectAltName extension must be an IA5String (7-bit characters only).",
    .citation = "RFC 5280: 4.2.1.6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .requires_facts = lint::fact::kSubjectAltName,
};

// der::IsIa5String (every octet below 0x80), eight octets at a time: the
// lint reads every dNSName of every certificate with a SAN. The last octets
// are the word ending at the end (octets read twice are asked about twice).
bool Ia5Octets(der::Input v) {
  constexpr uint64_t kTop = 0x8080808080808080ull;
  const size_t n = v.size();
  if (n < 8) return der::IsIa5String(v);
  uint64_t bits = 0;
  for (size_t i = 0; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, v.data() + i, 8);
    bits |= w;
  }
  uint64_t w;
  std::memcpy(&w, v.data() + n - 8, 8);
  return ((bits | w) & kTop) == 0;
}

class SanDnsNotIa5String final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectAltName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    util::dns::AltNameView san(c, oid::kSubjectAltName);
    bool ia5 = true;
    const auto walk = util::dns::WalkGeneralNames(san.extension()->value, [&](const der::Element& el) {
      if (el.tag.number == util::dns::kTagDnsName && !Ia5Octets(el.value)) ia5 = false;
      return ia5;
    });
    if (walk == util::dns::GeneralNamesWalk::kBadSequence || walk == util::dns::GeneralNamesWalk::kBadElement)
      return lint::Fatal("subjectAltName is not a well-formed GeneralNames SEQUENCE");
    return ia5 ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SanDnsNotIa5String);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
