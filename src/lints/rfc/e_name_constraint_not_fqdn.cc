// RFC 5280 4.2.1.10 Name Constraints: for URIs the constraint applies to the
// host part and MUST be specified as a fully qualified domain name, naming a
// host or (with a leading period) a domain.
#include <string>
#include <string_view>
#include <vector>
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/names.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_name_constraint_not_fqdn",
    .description = "Each uniformResourceIdentifier name constraint must be a fully qualified domain name, optionally with a leading period.",
    .citation = "RFC 5280: 4.2.1.10",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .requires_facts = lint::fact::kNameConstraints,
};

// "certificate contained an inclusion name constraint that is not a fully
// qualified domain name: X" or, for several, "... multiple inclusion name
// constraints that are not fully qualified domain names: X; Y".
std::string Describe(const std::vector<std::string_view>& hosts, const char* kind) {
  std::string s = "certificate contained ";
  if (hosts.size() > 1) {
    s += "multiple ";
    s += kind;
    s += " name constraints that are not fully qualified domain names: ";
  } else {
    s += "an ";
    s += kind;
    s += " name constraint that is not a fully qualified domain name: ";
  }
  for (size_t i = 0; i < hosts.size(); ++i) {
    if (i > 0 && !hosts[i].empty()) s += "; ";
    s += hosts[i];
  }
  return s;
}

class NameConstraintNotFqdn final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kNameConstraints) != nullptr;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    std::vector<std::string_view> bad_permitted, bad_excluded;
    util::zcrypto::ForEachNameSubtree(c, [&](bool permitted, const x509::GeneralSubtree& s) {
      if (s.base.tag.number != 6) return;
      std::string_view host = s.base.value.AsStringView();
      if (!host.empty() && host.front() == '.') host.remove_prefix(1);
      if (!util::dns::IsFqdn(host)) (permitted ? bad_permitted : bad_excluded).push_back(host);
    });
    if (bad_permitted.empty() && bad_excluded.empty()) return lint::Pass();
    std::string details;
    if (!bad_permitted.empty()) details = Describe(bad_permitted, "inclusion");
    if (!bad_excluded.empty()) {
      if (!details.empty()) details += "; ";
      details += Describe(bad_excluded, "exclusion");
    }
    return lint::Error(std::move(details));
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, NameConstraintNotFqdn);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
