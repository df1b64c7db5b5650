// S/MIME BRs 7.1.4.2.1: the subjectAltName of an S/MIME subscriber
// certificate holds rfc822Name, otherName and directoryName entries only;
// the CA SHALL NOT include others (dNSName, iPAddress, URI, ...).
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_br_profile.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_smime_san_general_name_type_prohibited",
    .description = "The subjectAltName of an S/MIME subscriber certificate must hold only rfc822Name, otherName and directoryName entries.",
    .citation = "S/MIME BRs: 7.1.4.2.1",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.prohibited_generalname_type_present",
    .requires_facts = lint::fact::kNotCa | lint::fact::kCertificatePolicies | lint::fact::kSubjectAltName,
};

class SmimeSanGeneralNameTypeProhibited final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return smime_br::SubscriberProfile(c).has_value() && c.san.present;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const auto& g : c.san.names.names)
      if (g.type != x509::GeneralNameType::kRfc822Name && g.type != x509::GeneralNameType::kOtherName &&
          g.type != x509::GeneralNameType::kDirectoryName)
        return lint::Error("subjectAltName holds a " + std::string(smime_br::GeneralNameTypeName(g.type)));
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeSanGeneralNameTypeProhibited);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
