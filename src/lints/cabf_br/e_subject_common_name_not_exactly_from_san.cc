// BRs 7.1.4.2.2 (BR 1.8.0 on; 7.1.4.3 in 2.0.0): if present, subject
// commonName MUST hold exactly one of the subjectAltName values, and a
// domain name in it MUST be a character-for-character copy of the dNSName
// entry (no case folding).
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/names.h"
#include "lints/util/subject/attributes.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_common_name_not_exactly_from_san",
    .description = "Every subject commonName of a non-CA certificate must equal, byte for byte, a SAN dNSName or the text of a SAN iPAddress.",
    .citation = "BRs: 7.1.4.2.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_1_8_0_Date,
    .peers = "certlint:commonNames in BR certificates must be from SAN entries;pkilint:cabf.serverauth.subscriber_common_name_unknown_source",
    .requires_facts = lint::fact::kNotCa | lint::fact::kSubjectCommonName,
};

class SubjectCommonNameNotExactlyFromSan final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::subject::HasZcryptoString(c.subject, oid::kCommonName) && !c.IsCa();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    util::dns::AltNameView san(c, oid::kSubjectAltName);
    for (const auto& a : c.subject.attributes) {
      if (a.oid != oid::kCommonName || !util::subject::IsZcryptoString(a)) continue;
      const std::string cn = util::subject::ZcryptoString(a);
      bool found = !san.ForEach(util::dns::kTagDnsName, [&](std::string_view dns) { return dns != cn; });
      if (!found) {
        for (const auto& g : san.names().names) {
          if (g.tag.number == util::dns::kTagIpAddress && util::subject::GoIpString(g.value) == cn) {
            found = true;
            break;
          }
        }
      }
      if (!found) return lint::Error("Missing common name, '" + cn + "'");
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectCommonNameNotExactlyFromSan);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
