// RFC 5280 4.2.1.4 as updated by RFC 6818 section 3: conforming CAs SHOULD use
// the UTF8String encoding for explicitText.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/policy_zcrypto.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "w_ext_cert_policy_explicit_text_not_utf8",
    .description = "A user notice explicitText should be encoded as a UTF8String.",
    .citation = "RFC 6818: 3",
    .source = Source::kRfc5280,
    .effective = dates::kRFC6818Date,
    .peers = "x509lint:explicitText is not using a UTF8String",
};

class ExtCertPolicyExplicitTextNotUtf8 final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::PolicyCertView(c).HasExplicitText();
  }
  Result Execute(const x509::Certificate& c) const override {
    for (const auto& p : util::PolicyCertView(c).policies)
      for (const auto& t : p.explicit_texts)
        if (t.tag_number != 12) return Warn();
    return Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtCertPolicyExplicitTextNotUtf8);
}  // namespace cair::lints
