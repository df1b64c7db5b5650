// RFC 5280 5.1.2.4 and 5.1.2.6: thisUpdate is the issue date of the CRL and
// revocationDate the date a certificate was revoked, so no entry of a CRL
// can be revoked later than the CRL's own thisUpdate.
#include "der/values.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/crl/entries.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_crl_revocation_time_after_this_update",
    .description = "No revokedCertificates entry may have a revocationDate later than the CRL's thisUpdate.",
    .citation = "RFC 5280: 5.1.2.4 & 5.1.2.6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .type = lint::ObjectType::kCrl,
};

class CrlRevocationTimeAfterThisUpdate final : public lint::CrlLint {
 public:
  bool CheckApplies(const x509::Crl& c) const override { return !c.revoked.empty(); }
  lint::Result Execute(const x509::Crl& c) const override {
    for (const auto& entry : c.revoked) {
      if (entry.revocation_date.unix <= c.this_update.unix) continue;
      return lint::Error(std::string("revoked certificate with serial number ") + util::crl::IntegerHex(entry.serial) +
                   " has a revocation time (" + der::FormatRfc3339(entry.revocation_date.unix) +
                   ") after the CRL's thisUpdate time (" + der::FormatRfc3339(c.this_update.unix) + ")");
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrlRevocationTimeAfterThisUpdate);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
