// S/MIME BRs 7.1.4.2.2 (d) with Appendix A: subject:organizationIdentifier is a
// 3-character Registration Scheme identifier (e.g. NTR, VAT, LEI, or two letters
// and ':' for a national scheme), a 2-letter ISO 3166 country code, optionally
// '+' and a state or province code, then '-' and the Registration Reference
// (absent for GOV and INT). The syntax accepted is pkilint's (state or province
// of 1 to 3 letters or digits).
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
    .name = "e_smime_organization_identifier_format",
    .description = "Every organizationIdentifier in an S/MIME subscriber certificate subject must have the scheme, country, optional state and reference form of Appendix A.",
    .citation = "S/MIME BRs: 7.1.4.2.2",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.invalid_subject_organization_identifier_format",
    .requires_facts = lint::fact::kNotCa | lint::fact::kCertificatePolicies |
                      lint::fact::kSubjectOrganizationIdentifier,
};

class SmimeOrganizationIdentifierFormat final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return smime_br::SubscriberProfile(c).has_value() && c.subject.Has(oid::kOrganizationIdentifier);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const auto* a : c.subject.Find(oid::kOrganizationIdentifier)) {
      const std::string value = a->Utf8();
      if (!WellFormed(value)) return lint::Error("organizationIdentifier \"" + value + "\" is not of the form SSSCC[+SP][-reference]");
    }
    return lint::Pass();
  }

 private:
  static bool Upper(char ch) { return ch >= 'A' && ch <= 'Z'; }
  static bool Letter(char ch) { return Upper(ch) || (ch >= 'a' && ch <= 'z'); }
  static bool Alnum(char ch) { return Letter(ch) || (ch >= '0' && ch <= '9'); }
  // ^[A-Z]{2}[A-Z:][a-zA-Z]{2}(\+[a-zA-Z0-9]{1,3})?(-.+)?$
  static bool WellFormed(std::string_view v) {
    if (v.size() < 5 || !Upper(v[0]) || !Upper(v[1]) || !(Upper(v[2]) || v[2] == ':') || !Letter(v[3]) || !Letter(v[4]))
      return false;
    size_t i = 5;
    if (i < v.size() && v[i] == '+') {
      size_t n = 0;
      for (++i; i < v.size() && Alnum(v[i]); ++i) ++n;
      if (n < 1 || n > 3) return false;
    }
    if (i == v.size()) return true;
    return v[i] == '-' && i + 1 < v.size();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeOrganizationIdentifierFormat);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
