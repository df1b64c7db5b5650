// awslabs certlint: a dNSName should not be a bare public suffix ("co.uk",
// "com"), which no single subscriber can control. Names are split at their
// public suffix (ICANN section of the Public Suffix List); every name that is
// itself a suffix is listed in the details.
#include "lint/registry.h"
#include "lints/util/dns/names.h"
#include "lints/util/dns/public_suffix.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "n_san_iana_pub_suffix_empty",
    .description = "subjectAltName dNSNames should not be bare public suffixes.",
    .citation = "certlint: awslabs/certlint",
    .source = lint::Source::kCommunity,
    .requires_facts = lint::fact::kSubjectAltName,
};

class SanIanaPubSuffixEmpty final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectAltName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    size_t count = 0;
    std::string list;
    for (const util::dns::ParsedDomain& p : util::dns::SanDomains(c)) {
      if (p.error != util::dns::DomainError::kIsSuffix) continue;
      if (count++ > 0) list += ", ";
      list.append(p.name);
    }
    if (count == 0) return lint::Pass();
    return lint::Info(std::to_string(count) + " DNS name(s) are bare public suffixes: " + list);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SanIanaPubSuffixEmpty);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
