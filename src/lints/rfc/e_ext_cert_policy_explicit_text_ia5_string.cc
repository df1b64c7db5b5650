// RFC 5280 4.2.1.4 as updated by RFC 6818 section 3: conforming CAs MUST NOT
// encode explicitText as IA5String.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/policy_zcrypto.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_ext_cert_policy_explicit_text_ia5_string",
    .description = "A user notice explicitText must not be encoded as an IA5String.",
    .citation = "RFC 6818: 3",
    .source = Source::kRfc5280,
    .effective = dates::kRFC6818Date,
    .peers = "certlint:Certificate Policy explicit text must not be IA5String",
};

class ExtCertPolicyExplicitTextIa5String final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::PolicyCertView(c).HasExplicitText();
  }
  Result Execute(const x509::Certificate& c) const override {
    for (const auto& p : util::PolicyCertView(c).policies)
      for (const auto& t : p.explicit_texts)
        if (t.tag_number == 22) return Error();
    return Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtCertPolicyExplicitTextIa5String);
}  // namespace cair::lints
