// S/MIME BRs 7.1.2.3 (m): the Adobe time-stamp (1.2.840.113583.1.1.9.1) and
// ArchiveRevInfo (1.2.840.113583.1.1.9.2) extensions may appear in a legacy or
// multipurpose subscriber certificate, but never as critical extensions.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/policy.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_adobe_extensions_legacy_multipurpose_criticality",
    .description = "Legacy and multipurpose S/MIME subscriber certificates must not mark the Adobe time-stamp or ArchiveRevInfo extension critical.",
    .citation = "S/MIME BRs: 7.1.2.3.m",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.adobe_timestamp_extension_critical;pkilint:cabf.smime.adobe_archive_revinfo_extension_critical",
};

class AdobeExtensionsLegacyMultipurposeCriticality final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const auto& p = util::smime::ProfileOf(c);
    return util::zcrypto::IsSubscriber(c) && (p.legacy() || p.multipurpose()) &&
           (c.HasExtension(oid::kAdobeTimestamp) || c.HasExtension(oid::kAdobeArchiveRevInfo));
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (der::Input id : {oid::kAdobeTimestamp, oid::kAdobeArchiveRevInfo}) {
      const x509::Extension* e = c.FindExtension(id);
      if (e != nullptr && e->critical) return lint::Error();
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, AdobeExtensionsLegacyMultipurposeCriticality);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
