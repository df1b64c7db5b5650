// RFC 8399 (updating RFC 5280 7.2) with RFC 5891 5.2: the U-label behind an
// internationalized dNSName must be in Unicode Normalization Form C. Each
// "xn--" label of a SAN dNSName is decoded and checked; a label that does not
// decode makes the lint not applicable (as in zlint).
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
    .name = "e_international_dns_name_not_nfc",
    .description = "The Unicode form of every xn-- label in subjectAltName dNSNames must be in Normalization Form C.",
    .citation = "RFC 8399: entire document",
    .source = lint::Source::kRfc5891,
    .effective = lint::dates::kRFC8399Date,
    .requires_facts = lint::fact::kSubjectAltName,
};

class IdnNotNfc final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectAltName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    // Only the names with an "xn--" label are read.
    const util::dns::SanDnsNames& san = util::dns::SanDnsNamesOf(c);
    if (!san.any_has(util::dns::kFactXnLabel)) return lint::Pass();
    enum { kOk, kUndecodable, kNotNfc } state = kOk;
    std::u32string text;
    for (const util::dns::SanDnsName& d : san.names) {
      if ((d.facts & util::dns::kFactXnLabel) == 0) continue;
      util::dns::ForEachLabel(d.name, [&](std::string_view label) {
        if (!util::dns::HasXnPrefix(label)) return true;
        if (!util::dns::ALabelToUnicode(label, &text)) state = kUndecodable;
        else if (!util::dns::IsNfc(text)) state = kNotNfc;
        return state == kOk;
      });
      if (state != kOk) break;
    }
    if (state == kUndecodable) return lint::NA();
    return state == kNotNfc ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IdnNotNfc);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
