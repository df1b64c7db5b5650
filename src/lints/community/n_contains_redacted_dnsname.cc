// draft-strad-trans-redaction-00: a CT precertificate may redact labels of
// its names, writing each as "?" ("?.?.example.com", "*.?.example.com").
// Reported for subscriber certificates whose subject CN or a SAN dNSName
// (after an optional leading "*.") starts with a "?" label.
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/dns/domains.h"
#include "lints/util/dns/label_facts.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "n_contains_redacted_dnsname",
    .description = "Reports subscriber certificates whose subject CN or a subjectAltName dNSName has redacted ('?') labels.",
    .citation = "IETF draft: draft-strad-trans-redaction-00",
    .source = lint::Source::kCommunity,
    .requires_facts = lint::fact::kNotCa,
};

class ContainsRedactedDnsName final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    auto redacted = [](std::string_view name) {
      return util::dns::RemovePrependedWildcard(name).substr(0, 2) == "?.";
    };
    // A redacted name holds a '?' (kFactOther): only those are read.
    const util::dns::CommonName& cn = util::dns::CommonNameOf(c);
    if ((cn.facts & util::dns::kFactOther) != 0 && redacted(cn.cn)) return lint::Info();
    for (const util::dns::SanDnsName& d : util::dns::SanDnsNamesOf(c).names)
      if ((d.facts & util::dns::kFactOther) != 0 && redacted(d.name)) return lint::Info();
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ContainsRedactedDnsName);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
