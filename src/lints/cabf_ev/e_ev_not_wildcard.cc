// EVGs 9.8.1: EV certificates do not contain wildcard domain names; the
// only exception is a name under the .onion top-level domain.
#include <string>
#include <string_view>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/domains.h"
#include "lints/util/dns/names.h"
#include "lints/util/dns/public_suffix.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ev_not_wildcard",
    .description = "An EV certificate must not contain a wildcard domain name unless the name is under .onion.",
    .citation = "EVGs v1.7.8: 9.8.1",
    .source = lint::Source::kCabfEv,
    .effective = lint::dates::kOnionOnlyEVDate,
    .peers = "pkilint:cabf.ev_guidelines.ev_wildcard_san_present",
    .requires_facts = lint::fact::kNonBrPolicy | lint::fact::kCertificatePolicies,
};

bool IsNonOnionWildcard(std::string_view name) {
  constexpr std::string_view kOnion = ".onion";
  const bool onion = name.size() >= kOnion.size() && name.substr(name.size() - kOnion.size()) == kOnion;
  return name.find('*') != std::string_view::npos && !onion;
}

class EvNotWildcard final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::dns::IsEvCert(c); }
  lint::Result Execute(const x509::Certificate& c) const override {
    // zlint checks the SAN dNSNames, then the subject CN, skipping any name
    // that cannot be split at a public suffix; the test is on the name as
    // written.
    const auto& parsed = util::dns::SanDomains(c);
    util::dns::AltNameView san(c, oid::kSubjectAltName);
    size_t i = 0;
    std::string hit;
    san.ForEach(util::dns::kTagDnsName, [&](std::string_view name) {
      const bool ok = i < parsed.size() && parsed[i].ok();
      ++i;
      if (ok && IsNonOnionWildcard(name)) hit = std::string(name);
      return hit.empty();
    });
    if (hit.empty() && util::dns::CommonNameDomain(c).ok() && IsNonOnionWildcard(util::dns::CommonNameOf(c).cn))
      hit = util::dns::CommonNameOf(c).cn;
    if (!hit.empty()) return lint::Error("'" + hit + "' appears to be a wildcard domain");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EvNotWildcard);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
