// RFC 5280 4.2.1.1: the authorityKeyIdentifier extension MUST be included in
// every certificate a conforming CA generates; the one exception is a CA's
// self-signed certificate (self-issued: issuer and subject names identical,
// RFC 5280 3.2), where it MAY be omitted. (Whether a present extension carries
// keyIdentifier is e_ext_authority_key_identifier_no_key_identifier.)
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_authority_key_identifier_missing",
    .description = "Every certificate except a CA's self-issued certificate must include the authorityKeyIdentifier extension.",
    .citation = "RFC 5280: 4.2.1.1",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .peers = "pkilint:pkix.authority_key_identifier_extension_absent",
};

class AuthorityKeyIdentifierMissing final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return !(c.IsCa() && c.IsSelfIssued());
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kAuthorityKeyIdentifier) ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, AuthorityKeyIdentifierMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
