// RFC 5280 4.2.1.15: the freshest CRL (delta CRL distribution point)
// extension MUST be marked non-critical by conforming CAs.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_freshest_crl_marked_critical",
    .description = "The freshestCRL extension must not be marked critical.",
    .citation = "RFC 5280: 4.2.1.15",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC3280Date,
    .requires_facts = lint::fact::kFreshestCrl,
};

class ExtFreshestCrlMarkedCritical final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kFreshestCrl);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.FindExtension(oid::kFreshestCrl)->critical ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtFreshestCrlMarkedCritical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
