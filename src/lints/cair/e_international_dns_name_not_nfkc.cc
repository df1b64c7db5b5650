// IDNA2003 (RFC 3490 4.1 ToASCII, with Nameprep, RFC 3491 section 4 and
// 6: NFKC) is the IDNA that RFC 5280 7.2 names, and so the one the BRs
// required of internationalized dNSNames until Ballot SC083 (BR 2.1.3,
// 2025-02-24) let P-Labels depart from IDNA2003. An xn-- label whose decoded
// form is not NFKC-stable could not have come out of ToASCII. This is the
// defect of Let's Encrypt's August 2017 incident (req §6.1); zlint's
// e_international_dns_name_not_nfc checks NFC only, and only from RFC 8399.
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
    .name = "e_international_dns_name_not_nfkc",
    .description = "Before Ballot SC083, the Unicode form of every xn-- label in subjectAltName dNSNames must be "
                   "in Normalization Form KC, as IDNA2003 Nameprep produces.",
    .citation = "RFC 3490: 4.1; RFC 3491: 6; RFC 5280: 7.2; BRs: 7.1.4.2.1 (until Ballot SC083)",
    .source = lint::Source::kCair,
    .effective = lint::dates::kCABEffectiveDate,
    .ineffective = lint::dates::kCABFBallotSC083Date,
    .requires_facts = lint::fact::kSubjectAltName,
};

class IdnNotNfkc final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    // Some SAN dNSName has an "xn--" label.
    return c.HasExtension(oid::kSubjectAltName) &&
           util::dns::SanDnsNamesOf(c).any_has(util::dns::kFactXnLabel);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    std::string bad;
    std::u32string text;
    for (const util::dns::SanDnsName& d : util::dns::SanDnsNamesOf(c).names) {
      if ((d.facts & util::dns::kFactXnLabel) == 0) continue;
      util::dns::ForEachLabel(d.name, [&](std::string_view label) {
        if (!util::dns::HasXnPrefix(label)) return true;
        // A label that does not decode at all is another lint's finding.
        if (util::dns::ALabelToUnicode(label, &text) && !util::dns::IsNfkc(text)) bad = std::string(label);
        return bad.empty();
      });
      if (!bad.empty()) break;
    }
    if (bad.empty()) return lint::Pass();
    return lint::Error("dNSName label " + bad + " decodes to text that is not in NFKC (IDNA2003 Nameprep)");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IdnNotNfkc);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
