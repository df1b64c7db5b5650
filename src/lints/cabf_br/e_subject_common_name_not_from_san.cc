// BRs 7.1.4.2.2 (before BR 1.8.0): if present, subject commonName MUST
// contain a single IP address or fully-qualified domain name that is one of
// the values in the certificate's subjectAltName extension.
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/idna.h"
#include "lints/util/dns/names.h"
#include "lints/util/subject/attributes.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_common_name_not_from_san",
    .description = "A non-CA certificate's subject commonName must match a SAN dNSName (ignoring case) or the text of a SAN iPAddress.",
    .citation = "BRs: 7.1.4.2.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .ineffective = lint::dates::kCABFBRs_1_8_0_Date,
    .peers = "certlint:commonNames in BR certificates must be from SAN entries",
    .requires_facts = lint::fact::kNotCa,
};

class SubjectCommonNameNotFromSan final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return !c.IsCa() && !util::subject::LastZcryptoString(c.subject, oid::kCommonName).empty();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    // zcrypto's Subject.CommonName: the last commonName.
    const std::string cn = util::subject::LastZcryptoString(c.subject, oid::kCommonName);
    util::dns::AltNameView san(c, oid::kSubjectAltName);
    if (!san.ForEach(util::dns::kTagDnsName, [&](std::string_view dns) { return !util::dns::EqualIgnoringCase(cn, dns); }))
      return lint::Pass();
    for (const auto& g : san.names().names)
      if (g.tag.number == util::dns::kTagIpAddress && util::subject::GoIpString(g.value) == cn) return lint::Pass();
    return lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectCommonNameNotFromSan);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
