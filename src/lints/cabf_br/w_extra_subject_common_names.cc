// BRs 7.1.4.2.2: if present, subject:commonName contains a single IP address
// or FQDN. Several commonName attributes are not expressly forbidden but go
// against that intent, hence a warning.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/subject/attributes.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_extra_subject_common_names",
    .description = "A subscriber certificate's subject should not hold more than one commonName.",
    .citation = "BRs: 7.1.4.2.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .peers = "certlint:Name has multiple commonName attributes",
    .requires_facts = lint::fact::kNotCa,
};

class ExtraSubjectCommonNames final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::cert::IsSubscriberCert(c); }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::subject::CountZcryptoStrings(c.subject, oid::kCommonName) > 1 ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtraSubjectCommonNames);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
