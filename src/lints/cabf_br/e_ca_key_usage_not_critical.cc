// BRs 7.1.2.1 (and the CA profiles after it): the keyUsage extension of a root
// or subordinate CA certificate must be marked critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_ext_zcrypto.h"
#include "lints/util/cert_class.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_ca_key_usage_not_critical",
    .description = "A CA certificate's keyUsage extension must be critical.",
    .citation = "BRs: 7.1.2.1",
    .source = Source::kCabfBr,
    .effective = dates::kCABEffectiveDate,
    .peers = "certlint:CA certificates must set keyUsage extension as critical;x509lint:Key usage not critical",
};

class CaKeyUsageNotCritical final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.IsCa() && c.HasExtension(oid::kKeyUsage);
  }
  Result Execute(const x509::Certificate& c) const override {
    return util::BrExtLastExtension(c, oid::kKeyUsage)->critical ? Pass() : Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CaKeyUsageNotCritical);
}  // namespace cair::lints
