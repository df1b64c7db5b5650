// S/MIME BRs 7.1.4.2.1: legacy and multipurpose certificates MAY carry
// otherName entries of any validated type; in the strict generation the only
// otherName allowed is id-on-SmtpUTF8Mailbox.
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_br_profile.h"
#include "der/values.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_smime_strict_other_name_prohibited",
    .description = "A strict S/MIME subscriber certificate's subjectAltName must hold no otherName other than SmtpUTF8Mailbox.",
    .citation = "S/MIME BRs: 7.1.4.2.1",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.prohibited_othername_type_present",
};

class SmimeStrictOtherNameProhibited final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const auto& p = smime_br::SubscriberProfile(c);
    return p && p->strict() && c.san.present;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const auto& g : c.san.names.names)
      if (g.type == x509::GeneralNameType::kOtherName && !(g.other_type_id == oid::kSmtpUtf8Mailbox))
        return lint::Error("strict subjectAltName holds an otherName of type " +
                           (g.other_ok ? der::OidToString(g.other_type_id) : std::string("(unreadable)")));
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeStrictOtherNameProhibited);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
