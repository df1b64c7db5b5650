// S/MIME BRs 7.1.4.2.2 (d): when the Organization is registered in Germany,
// the Registration Reference of an NTR organizationIdentifier SHOULD be the
// EUID (European Unique Identifier: country code, register, '.', number, as
// DEK1101R.HRB12345). As pkilint reads it: NTRDE with no state or province,
// and a reference of two capital letters, the register, '.' and the number.
#include <string>
#include <string_view>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_smime_organization_identifier_de_ntr_not_euid",
    .description = "A German NTR organizationIdentifier in an S/MIME certificate should give the EUID as its reference.",
    .citation = "S/MIME BRs: 7.1.4.2.2",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.german_ntr_registration_reference_not_euid",
    .requires_facts =
        lint::fact::kNotCa | lint::fact::kCertificatePolicies | lint::fact::kSubjectOrganizationIdentifier,
};

bool IsEuid(std::string_view ref) {
  if (ref.size() < 5 || ref[0] < 'A' || ref[0] > 'Z' || ref[1] < 'A' || ref[1] > 'Z') return false;
  const size_t dot = ref.find('.', 3);  // after the country and at least one character of register
  return dot != std::string_view::npos && dot + 1 < ref.size();
}

class SmimeOrganizationIdentifierDeNtrNotEuid final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    if (!c.subject.Has(oid::kOrganizationIdentifier) || !smime_br::SubscriberProfile(c).has_value()) return false;
    for (const auto* a : c.subject.Find(oid::kOrganizationIdentifier))
      if (a->Utf8().starts_with("NTRDE")) return true;
    return false;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const auto* a : c.subject.Find(oid::kOrganizationIdentifier)) {
      const std::string value = a->Utf8();
      if (!value.starts_with("NTRDE") || value.size() < 6 || (value[5] != '+' && value[5] != '-')) continue;
      const size_t dash = value.find('-', 5);
      if (dash == std::string::npos || dash + 1 == value.size()) continue;  // no reference: the scheme lint's
      if (value[5] == '+')
        return lint::Warn("\"" + value + "\" names a state or province where the EUID is expected");
      if (!IsEuid(std::string_view(value).substr(dash + 1)))
        return lint::Warn("registration reference of \"" + value + "\" is not an EUID");
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeOrganizationIdentifierDeNtrNotEuid);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
