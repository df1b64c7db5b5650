// BRs 7.1.2.7.7 (Subscriber Certificate Authority Information Access): each
// AccessDescription may only use a permitted accessMethod (id-ad-ocsp or id-
// ad-caIssuers), and each accessLocation must be a uniformResourceIdentifier.
#include "der/values.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_aia_must_contain_permitted_access_method",
    .description = "A subscriber certificate's AIA may only hold id-ad-ocsp and id-ad-caIssuers descriptions whose locations are URIs.",
    .citation = "BRs: 7.1.2.7.7",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kSC62EffectiveDate,
    .requires_facts = lint::fact::kNotCa | lint::fact::kAuthorityInfoAccess,
};

class AiaPermittedAccessMethod final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c) && c.HasExtension(oid::kAuthorityInfoAccess);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const bool single = c.CountExtension(oid::kAuthorityInfoAccess) == 1;
    for (const x509::Extension& e : c.extensions) {
      if (e.oid != oid::kAuthorityInfoAccess) continue;
      x509::InfoAccess parsed;
      if (!single) parsed = x509::ParseInfoAccess(e);
      const x509::InfoAccess& ia = single ? c.aia : parsed;
      if (!ia.ok) return lint::Fatal("the authorityInfoAccess extension could not be parsed");
      for (const x509::AccessDescription& d : ia.descriptions) {
        if (d.location.tag.number != 6)
          return lint::Error("Certificate has an invalid GeneralName with tag " +
                       std::to_string(d.location.tag.number) + " in an accessLocation.");
        if (d.method != oid::kAdOcsp && d.method != oid::kAdCaIssuers)
          return lint::Error("Certificate has an invalid accessMethod with OID " +
                       der::OidToString(d.method) + ".");
      }
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, AiaPermittedAccessMethod);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
