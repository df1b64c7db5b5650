// BRs 7.1.2.8.2 (OCSP Responder Extensions): the table lists
// authorityKeyIdentifier, extKeyUsage, id-pkix-ocsp-nocheck, keyUsage,
// basicConstraints, nameConstraints, subjectAltName, subjectKeyIdentifier,
// authorityInformationAccess, certificatePolicies, cRLDistributionPoints and
// the SCT list; any other extension is NOT RECOMMENDED.
#include <string>

#include "der/values.h"
#include "lint/registry.h"
#include "lints/util/br_profile.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_br_ocsp_responder_extension_unlisted",
    .description = "An OCSP responder certificate should carry only the extensions BR 7.1.2.8.2 lists.",
    .citation = "BRs: 7.1.2.8.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    // An OCSP responder certificate is not serverAuth-capable; the profile
    // applies to it all the same (BRs 7.1.2.8).
    .override_framework_filter = true,
    .peers = "pkilint:cabf.serverauth.ocsp_responder.unknown_extension_present",
    .requires_facts = lint::fact::kEkuOcspSigning | lint::fact::kNotCa | lint::fact::kExtKeyUsage,
};

class OcspResponderExtensionUnlisted final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return br_profile::Detect(c) == br_profile::Type::kOcspResponder;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const x509::Extension* e = br_profile::FirstUnlistedExtension(c);
    return e ? lint::Warn("extension " + der::OidToString(e->oid)) : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, OcspResponderExtensionUnlisted);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
