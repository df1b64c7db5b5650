// RFC 5280 5.2.1: conforming CRL issuers MUST use the authority key
// identifier extension in all CRLs they issue.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_crl_has_authority_key_identifier",
    .description = "Every CRL must carry the authorityKeyIdentifier extension.",
    .citation = "RFC 5280: 5.2.1",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .type = lint::ObjectType::kCrl,
};

class CrlHasAuthorityKeyIdentifier final : public lint::CrlLint {
 public:
  bool CheckApplies(const x509::Crl&) const override { return true; }
  lint::Result Execute(const x509::Crl& c) const override {
    if (c.FindExtension(oid::kAuthorityKeyIdentifier)) return lint::Pass();
    return lint::Error("The CRL lacks the mandatory Authority Key Identifier extension.");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrlHasAuthorityKeyIdentifier);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
