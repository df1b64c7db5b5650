// BRs 7.2.2 (CRL entry extensions): the reasonCode extension, when present,
// MUST NOT be marked critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cab_crl_reason_code_not_critical",
    .description = "A CRL entry's reasonCode extension must not be marked critical.",
    .citation = "BRs: 7.2.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .type = lint::ObjectType::kCrl,
};

class CabCrlReasonCodeNotCritical final : public lint::CrlLint {
 public:
  bool CheckApplies(const x509::Crl& c) const override {
    for (const x509::RevokedCertificate& r : c.revoked)
      if (r.reason_code >= 0) return true;
    return false;
  }
  lint::Result Execute(const x509::Crl& c) const override {
    for (const x509::RevokedCertificate& r : c.revoked) {
      if (r.reason_code < 0) continue;
      for (const x509::Extension& e : r.extensions)
        if (e.oid == oid::kReasonCode && e.critical)
          return lint::Error("CRL Reason Code extension MUST NOT be marked as critical.");
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CabCrlReasonCodeNotCritical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
