// RFC 5280 4.2.1.6: a domain name in the subject alternative name is stored
// in the dNSName, an IA5String, so it may only hold 7-bit characters.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/names.h"
#include "lints/util/dns/san_walk.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_san_dns_not_ia5_string",
    .description = "Every dNSName in the subjectAltName extension must be an IA5String (7-bit characters only).",
    .citation = "RFC 5280: 4.2.1.6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .requires_facts = lint::fact::kSubjectAltName,
};

class SanDnsNotIa5String final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectAltName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    // The walk shared with e_ext_san_empty_name (util::dns::SanWalkOf): the
    // first dNSName that is not an IA5String, unless the walk broke first.
    const util::dns::SanWalk& walk = util::dns::SanWalkOf(c);
    const bool ia5 = walk.first_non_ia5_dns == util::dns::SanWalk::kNone;
    if (ia5 && walk.end != util::dns::GeneralNamesWalk::kComplete)
      return lint::Fatal("subjectAltName is not a well-formed GeneralNames SEQUENCE");
    return ia5 ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SanDnsNotIa5String);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
