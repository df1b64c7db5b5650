// RFC 5280 4.2.1.6: conforming CAs must not issue certificates whose subject
// alternative names contain an empty GeneralName (an empty IA5String is a
// valid IA5String, but not a valid name here).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/names.h"
#include "lints/util/dns/san_walk.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_san_empty_name",
    .description = "No GeneralName in the subjectAltName extension may have empty contents.",
    .citation = "RFC 5280: 4.2.1.6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .peers = "certlint:DNSName is empty",
    .requires_facts = lint::fact::kSubjectAltName,
};

class SanEmptyName final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectAltName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    // The walk shared with e_ext_san_dns_not_ia5_string (util::dns::SanWalkOf):
    // an empty element before the walk broke is the finding.
    const util::dns::SanWalk& walk = util::dns::SanWalkOf(c);
    if (walk.first_empty != util::dns::SanWalk::kNone) return lint::Error();
    if (walk.end == util::dns::GeneralNamesWalk::kBadSequence)
      return lint::Fatal("subjectAltName is not a GeneralNames SEQUENCE");
    if (walk.end == util::dns::GeneralNamesWalk::kBadElement) return lint::NA();
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SanEmptyName);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
