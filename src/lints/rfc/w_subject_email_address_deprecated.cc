// RFC 5280 4.1.2.6: a certificate naming an email address carries it as an
// rfc822Name in subjectAltName; repeating it as an emailAddress attribute of
// the subject DN, for legacy software, is deprecated (still permitted).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_subject_email_address_deprecated",
    .description = "The subject should not carry the deprecated emailAddress attribute; the address "
                   "belongs in a subjectAltName rfc822Name.",
    .citation = "RFC 5280: 4.1.2.6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .peers = "certlint:Name has deprecated attribute emailAddress",
};

class SubjectEmailAddressDeprecated final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return !c.subject.empty(); }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.subject.Has(oid::kEmailAddress) ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectEmailAddressDeprecated);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
