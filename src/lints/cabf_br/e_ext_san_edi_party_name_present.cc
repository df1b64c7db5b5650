// CA/B Forum BRs 7.1.4.2.1: each subjectAltName entry must be a dNSName or an
// iPAddress; a ediPartyName [5] entry is an error. As in zlint, names are
// classified by the tag number of the extension zcrypto reads (the last
// subjectAltName extension).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_san_edi_party_name_present",
    .description = "A subjectAltName extension must not contain an ediPartyName.",
    .citation = "BRs: 7.1.4.2.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .requires_facts = lint::fact::kSubjectAltName,
};

class SanEdiPartyNamePresent final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectAltName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::dns::AltNameView(c, oid::kSubjectAltName).Count(5) > 0 ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SanEdiPartyNamePresent);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
