// S/MIME BRs 7.1.2.3 (m): the strict profiles do not permit the Adobe
// time-stamp or ArchiveRevInfo extensions at all.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/policy.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_adobe_extensions_strict_presence",
    .description = "Strict S/MIME subscriber certificates must not carry the Adobe time-stamp or ArchiveRevInfo extension.",
    .citation = "S/MIME BRs: 7.1.2.3.m",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.adobe_timestamp_extension_prohibited;pkilint:cabf.smime.adobe_archive_revinfo_extension_prohibited",
    .requires_facts = lint::fact::kCertificatePolicies,
};

class AdobeExtensionsStrictPresence final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::IsSubscriber(c) && util::smime::ProfileOf(c).strict();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (c.HasExtension(oid::kAdobeTimestamp) || c.HasExtension(oid::kAdobeArchiveRevInfo)) return lint::Error();
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, AdobeExtensionsStrictPresence);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
