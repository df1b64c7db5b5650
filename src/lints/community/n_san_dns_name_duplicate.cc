// awslabs certlint: the same DNS name should not be listed twice in the
// subject alternative name; names compare case-insensitively (RFC 4343).
#include <algorithm>
#include <string>
#include <vector>

#include "lint/registry.h"
#include "lints/util/dns/idna.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "n_san_dns_name_duplicate",
    .description = "subjectAltName dNSNames should not repeat (compared case-insensitively).",
    .citation = "certlint: awslabs/certlint",
    .source = lint::Source::kCommunity,
    .peers = "certlint:Duplicate SAN entry;x509lint:Duplicate SAN entry",
    .requires_facts = lint::fact::kSubjectAltName,
};

class SanDnsNameDuplicate final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectAltName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    util::dns::AltNameView san(c, oid::kSubjectAltName);
    // Sorting lower-cased copies finds a duplicate in O(n log n); some
    // certificates carry hundreds of names.
    std::vector<std::string> names;
    san.ForEach(util::dns::kTagDnsName, [&](std::string_view d) { return names.push_back(util::dns::UnicodeLower(d)), true; });
    std::sort(names.begin(), names.end());
    return std::adjacent_find(names.begin(), names.end()) != names.end() ? lint::Info() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SanDnsNameDuplicate);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
