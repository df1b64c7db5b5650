// RFC 5280 4.2.1.4 as updated by RFC 6818 section 3: conforming CAs SHOULD use
// the UTF8String encoding for explicitText.
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
    .name = "w_ext_cert_policy_explicit_text_not_utf8",
    .description = "A user notice explicitText should be encoded as a UTF8String.",
    .citation = "RFC 6818: 3",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC6818Date,
    .peers = "x509lint:explicitText is not using a UTF8String",
    .requires_facts = lint::fact::kCertificatePolicies,
};

class ExtCertPolicyExplicitTextNotUtf8 final : public families::ExplicitTextCheck {
  std::optional<lint::Result> Check(const util::zcrypto::ExplicitText& t) const override {
    if (t.tag_number != 12) return lint::Warn();
    return std::nullopt;
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtCertPolicyExplicitTextNotUtf8);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
