// BRs 7.1.2.7.12 (Subscriber Certificate Subject Alternative Name): the
// subjectAltName of a subscriber certificate holds dNSName and iPAddress
// entries only; every other GeneralName type MUST NOT be present. (EV
// certificates are narrower still, EVGs 9.8.1: e_ev_san_ip_address_present.)
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/general_name.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_subscriber_san_type_prohibited",
    .description = "A subscriber certificate's subjectAltName may hold only dNSName and iPAddress entries.",
    .citation = "BRs: 7.1.2.7.12",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.prohibited_san_type",
    .requires_facts = lint::fact::kNotCa | lint::fact::kSubjectAltName,
};

class SubscriberSanTypeProhibited final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    if (!c.san.present) return false;
    const br_profile::Type t = br_profile::Detect(c);
    return br_profile::IsSubscriber(t) && t != br_profile::Type::kSubscriberEv;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const x509::GeneralName& g : c.san.names.names)
      if (g.type != x509::GeneralNameType::kDnsName && g.type != x509::GeneralNameType::kIpAddress)
        return lint::Error(TypeName(g.type));
    return lint::Pass();
  }

 private:
  static const char* TypeName(x509::GeneralNameType t) {
    switch (t) {
      case x509::GeneralNameType::kOtherName: return "otherName present";
      case x509::GeneralNameType::kRfc822Name: return "rfc822Name present";
      case x509::GeneralNameType::kX400Address: return "x400Address present";
      case x509::GeneralNameType::kDirectoryName: return "directoryName present";
      case x509::GeneralNameType::kEdiPartyName: return "ediPartyName present";
      case x509::GeneralNameType::kUri: return "uniformResourceIdentifier present";
      case x509::GeneralNameType::kRegisteredId: return "registeredID present";
      default: return "a GeneralName of unknown type present";
    }
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubscriberSanTypeProhibited);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
