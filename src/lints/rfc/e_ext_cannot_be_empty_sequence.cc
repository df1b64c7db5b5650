// RFC 5280 4.2.1.4-4.2.1.14, 4.2.2.1-4.2.2.2: the values of certificate
// policies, policy mappings, subject/issuer alternative names, subject
// directory attributes, extended key usage, CRL distribution points, freshest
// CRL, authority and subject information access are each defined as
// SEQUENCE SIZE (1..MAX) OF ..., so the SEQUENCE must not be empty.
#include <cstdint>
#include <string>
#include <string_view>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/reader.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_cannot_be_empty_sequence",
    .description = "Extensions whose value is a SEQUENCE SIZE (1..MAX) OF something must contain at least one element.",
    .citation = "RFC 5280: entire document",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
};

struct Target {
  der::Input oid;
  std::string_view name;
  uint32_t bit;  // x509::ExtensionBit of its slot
};
constexpr Target Make(der::Input oid, std::string_view name) {
  return {oid, name, uint32_t{1} << x509::KnownExtensionSlot(oid)};
}
constexpr Target kTargets[] = {
    Make(oid::kCertificatePolicies, "certificatePolicies"),
    Make(oid::kPolicyMappings, "policyMappings"),
    Make(oid::kSubjectAltName, "subjectAltName"),
    Make(oid::kIssuerAltName, "issuerAltName"),
    Make(oid::kSubjectDirectoryAttributes, "subjectDirectoryAttributes"),
    Make(oid::kExtKeyUsage, "extKeyUsage"),
    Make(oid::kCrlDistributionPoints, "cRLDistributionPoints"),
    Make(oid::kAuthorityInfoAccess, "authorityInfoAccess"),
    Make(oid::kSubjectInfoAccess, "subjectInfoAccess"),
    Make(oid::kFreshestCrl, "freshestCRL"),
};

class ExtCannotBeEmptySequence final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    // The extensions present, from the certificate's index: a target absent
    // there has no extension to look up.
    const uint32_t present = c.KnownExtensionsPresent();
    for (const Target& t : kTargets) {
      if (!(present & t.bit)) continue;
      const x509::Extension* e = util::zcrypto::LastExtension(c, t.oid);
      if (!e) continue;
      // A SEQUENCE OF any element, every element well-formed.
      util::zcrypto::Tlv seq;
      size_t off = 0;
      long n = -1;
      if (util::zcrypto::ReadTlv(e->value, &off, &seq) && !seq.truncated && seq.cls == 0 &&
          seq.tag == 16 && seq.compound)
        n = util::zcrypto::CountTlvs(seq.value);
      if (n < 0)
        return lint::Fatal("cannot decode the " + std::string(t.name) + " extension as a SEQUENCE OF");
      if (n == 0)
        return lint::Error("the " + std::string(t.name) + " extension is an empty SEQUENCE; at least one element is required");
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtCannotBeEmptySequence);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
