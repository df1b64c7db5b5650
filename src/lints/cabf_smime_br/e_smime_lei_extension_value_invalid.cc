// S/MIME BRs 7.1.2.3 (l): the Legal Entity Identifier extension
// (1.3.6.1.4.1.52266.1) holds the Organization's LEI, a PrintableString of
// SIZE (20) whose value is an ISO 17442 identifier: 18 digits or capital
// letters, then two check digits, the whole read as a number (letters A-Z as
// 10-35) being 1 modulo 97 (ISO 7064 MOD 97-10). pkilint checks the same:
// iso.lei.invalid_lei_format, iso.lei.invalid_lei_checksum.
#include <string>
#include <string_view>

#include "der/parser.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_smime_lei_extension_value_invalid",
    .description = "The Legal Entity Identifier extension must hold a well-formed ISO 17442 LEI with valid check digits.",
    .citation = "S/MIME BRs: 7.1.2.3",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:iso.lei.invalid_lei_format;pkilint:iso.lei.invalid_lei_checksum",
    .requires_facts = lint::fact::kNotCa | lint::fact::kCertificatePolicies,
};

bool Digit(char ch) { return ch >= '0' && ch <= '9'; }
bool Capital(char ch) { return ch >= 'A' && ch <= 'Z'; }

// "" when `lei` is a valid LEI, else what is wrong with it.
std::string LeiProblem(std::string_view lei) {
  if (lei.size() != 20) return "is not 20 characters long";
  for (size_t i = 0; i < 20; ++i)
    if (!(Digit(lei[i]) || (i < 18 && Capital(lei[i])))) return "is not 18 digits or capitals and 2 check digits";
  unsigned remainder = 0;  // ISO 7064 MOD 97-10 over the digits, a letter standing for two
  for (char ch : lei) {
    if (Digit(ch)) {
      remainder = (remainder * 10 + static_cast<unsigned>(ch - '0')) % 97;
    } else {
      remainder = (remainder * 100 + static_cast<unsigned>(ch - 'A' + 10)) % 97;
    }
  }
  return remainder == 1 ? "" : "has wrong check digits";
}

class SmimeLeiExtensionValueInvalid final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.FindExtension(oid::kLegalEntityIdentifier) != nullptr &&
           smime_br::SubscriberProfile(c).has_value();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const x509::Extension* e = c.FindExtension(oid::kLegalEntityIdentifier);
    der::Parser p(e->value);
    const auto value = p.Expect(der::kPrintableString);
    if (!value || p.HasMore()) return lint::Error("the extension value is not one PrintableString");
    const std::string lei = value->value.AsString();
    const std::string problem = LeiProblem(lei);
    return problem.empty() ? lint::Pass() : lint::Error("LEI \"" + lei + "\" " + problem);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeLeiExtensionValueInvalid);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
