// RFC 5280 4.2.1.7 (with 4.2.1.6): conforming CAs must not issue
// certificates whose issuer alternative names contain an empty GeneralName
// (for example an rfc822Name that is an empty IA5String).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_ian_empty_name",
    .description = "No GeneralName in the issuerAltName extension may have empty contents.",
    .citation = "RFC 5280: 4.2.1.7",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .requires_facts = lint::fact::kIssuerAltName,
};

class IanEmptyName final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kIssuerAltName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    util::dns::AltNameView ian(c, oid::kIssuerAltName);
    bool empty = false;
    const auto walk = util::dns::WalkGeneralNames(ian.extension()->value, [&](const der::Element& el) {
      empty = el.value.empty();
      return !empty;
    });
    if (empty) return lint::Error();
    if (walk == util::dns::GeneralNamesWalk::kBadSequence)
      return lint::Fatal("issuerAltName is not a GeneralNames SEQUENCE");
    if (walk == util::dns::GeneralNamesWalk::kBadElement) return lint::NA();
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IanEmptyName);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
