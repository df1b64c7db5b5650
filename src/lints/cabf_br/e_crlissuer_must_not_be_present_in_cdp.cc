// BRs 7.1.2.11.2 (CRL Distribution Points, ballot SC-062): the cRLIssuer
// field of a DistributionPoint MUST NOT be present.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/keys.h"
#include "lints/util/zcrypto/reader.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_crlissuer_must_not_be_present_in_cdp",
    .description = "No distribution point in the cRLDistributionPoints extension may name a cRLIssuer.",
    .citation = "BRs: 7.1.2.11.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kSC62EffectiveDate,
    .requires_facts = lint::fact::kCrlDistributionPoints,
};

class CrlIssuerMustNotBePresentInCdp final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return !util::zcrypto::CrlDistributionUris(c).empty();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const x509::Extension& e : c.extensions) {
      if (e.oid != oid::kCrlDistributionPoints) continue;
      auto outer = util::zcrypto::ReadStrict(e.value);
      if (!outer || outer->tag != der::kSequence) return lint::Fatal("cRLDistributionPoints could not be decoded");
      der::Parser dps(outer->value);
      while (dps.HasMore()) {
        auto dp = dps.Next();
        if (!dp || dp->tag != der::kSequence) return lint::Fatal("cRLDistributionPoints could not be decoded");
        der::Parser fields(dp->value);
        while (auto f = fields.Next()) {
          // cRLIssuer [2], whether or not it is encoded as constructed.
          if (f->tag.cls == der::TagClass::kContextSpecific && f->tag.number == 2 && !f->value.empty())
            return lint::Error();
        }
      }
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrlIssuerMustNotBePresentInCdp);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
