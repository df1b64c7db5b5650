// RFC 5280 4.2.1.1: conforming CAs MUST mark the authority key identifier
// extension as non-critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_ext_authority_key_identifier_critical",
    .description = "The authorityKeyIdentifier extension must not be marked critical.",
    .citation = "RFC 5280: 4.2.1.1",
    .source = Source::kRfc5280,
    .effective = dates::kRFC2459Date,
};

class AuthorityKeyIdentifierCritical final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kAuthorityKeyIdentifier);
  }
  Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kAuthorityKeyIdentifier)->critical ? Error() : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, AuthorityKeyIdentifierCritical);
}  // namespace cair::lints
