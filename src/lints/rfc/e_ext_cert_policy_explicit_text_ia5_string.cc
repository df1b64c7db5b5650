// RFC 5280 4.2.1.4 as updated by RFC 6818 section 3: conforming CAs MUST NOT
// encode explicitText as IA5String.
#include <optional>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/explicit_text.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_cert_policy_explicit_text_ia5_string",
    .description = "A user notice explicitText must not be encoded as an IA5String.",
    .citation = "RFC 6818: 3",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC6818Date,
    .peers = "pkilint:pkix.rfc6818_certificate_policies_invalid_explicit_text_encoding;certlint:Certificate Policy explicit text must not be IA5String",
    .requires_facts = lint::fact::kCertificatePolicies,
};

class ExtCertPolicyExplicitTextIa5String final : public families::ExplicitTextCheck {
  std::optional<lint::Result> Check(const util::zcrypto::ExplicitText& t) const override {
    if (t.tag_number == 22) return lint::Error();
    return std::nullopt;
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtCertPolicyExplicitTextIa5String);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
