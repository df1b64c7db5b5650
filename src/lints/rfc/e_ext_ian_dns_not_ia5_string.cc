// RFC 5280 4.2.1.7 (by reference to 4.2.1.6): a DNS name in the issuer
// alternative name is a dNSName, an IA5String, so it may only hold 7-bit
// characters.
#include "der/strings.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_ian_dns_not_ia5_string",
    .description = "Every dNSName in the issuerAltName extension must be an IA5String (7-bit characters only).",
    .citation = "RFC 5280: 4.2.1.7",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .requires_facts = lint::fact::kIssuerAltName,
};

class IanDnsNotIa5String final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kIssuerAltName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    util::dns::AltNameView ian(c, oid::kIssuerAltName);
    bool ia5 = true;
    const auto walk = util::dns::WalkGeneralNames(ian.extension()->value, [&](const der::Element& el) {
      if (el.tag.number == util::dns::kTagDnsName && !der::IsIa5String(el.value)) ia5 = false;
      return ia5;
    });
    if (walk == util::dns::GeneralNamesWalk::kBadSequence || walk == util::dns::GeneralNamesWalk::kBadElement)
      return lint::Fatal("issuerAltName is not a well-formed GeneralNames SEQUENCE");
    return ia5 ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IanDnsNotIa5String);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
