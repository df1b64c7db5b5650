// RFC 3490 / RFC 5280 7.2: an internationalized label in a dNSName is an ACE
// ("xn--" + Punycode) label, which must decode to Unicode. Flagged: a SAN
// dNSName label with the ACE prefix (any case) whose Punycode is malformed.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/idna.h"
#include "lints/util/dns/label_facts.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_international_dns_name_not_unicode",
    .description = "Every xn-- label in subjectAltName dNSNames must be valid Punycode that decodes to Unicode.",
    .citation = "RFC 3490: entire document",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC3490Date,
    .requires_facts = lint::fact::kSubjectAltName,
};

class IdnNotUnicode final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectAltName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    // Only the names with an "xn--" label are read.
    const util::dns::SanDnsNames& san = util::dns::SanDnsNamesOf(c);
    if (!san.any_has(util::dns::kFactXnLabel)) return lint::Pass();
    std::u32string text;
    for (const util::dns::SanDnsName& d : san.names) {
      if ((d.facts & util::dns::kFactXnLabel) == 0) continue;
      const bool ok = util::dns::ForEachLabel(d.name, [&](std::string_view label) {
        return !util::dns::HasXnPrefix(label) || util::dns::ALabelToUnicode(label, &text);
      });
      if (!ok) return lint::Error();
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IdnNotUnicode);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
