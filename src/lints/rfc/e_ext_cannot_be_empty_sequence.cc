// RFC 5280 4.2.1.4-4.2.1.14, 4.2.2.1-4.2.2.2: the values of certificate
// policies, policy mappings, subject/issuer alternative names, subject
// directory attributes, extended key usage, CRL distribution points, freshest
// CRL, authority and subject information access are each defined as
// SEQUENCE SIZE (1..MAX) OF ..., so the SEQUENCE must not be empty.
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
};
const Target kTargets[] = {
    {oid::kCertificatePolicies, "certificatePolicies"},
    {oid::kPolicyMappings, "policyMappings"},
    {oid::kSubjectAltName, "subjectAltName"},
    {oid::kIssuerAltName, "issuerAltName"},
    {oid::kSubjectDirectoryAttributes, "subjectDirectoryAttributes"},
    {oid::kExtKeyUsage, "extKeyUsage"},
    {oid::kCrlDistributionPoints, "cRLDistributionPoints"},
    {oid::kAuthorityInfoAccess, "authorityInfoAccess"},
    {oid::kSubjectInfoAccess, "subjectInfoAccess"},
    {oid::kFreshestCrl, "freshestCRL"},
};

class ExtCannotBeEmptySequence final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const Target& t : kTargets) {
      const x509::Extension* e = util::zcrypto::LastExtension(c, t.oid);
      if (!e) continue;
      // A SEQUENCE OF any element, every element well-formed.
      util::zcrypto::Tlv seq, el;
      size_t off = 0;
      if (!util::zcrypto::ReadTlv(e->value, &off, &seq) || seq.truncated || seq.cls != 0 ||
          seq.tag != 16 || !seq.compound)
        return lint::Fatal("cannot decode the " + std::string(t.name) + " extension as a SEQUENCE OF");
      size_t n = 0;
      for (size_t pos = 0; pos < seq.value.size(); ++n) {
        if (!util::zcrypto::ReadTlv(seq.value, &pos, &el) || el.truncated)
          return lint::Fatal("cannot decode the " + std::string(t.name) + " extension as a SEQUENCE OF");
      }
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
