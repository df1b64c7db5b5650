// BRs 7.1.2.1 and RFC 5280 4.2.1.3: a CA certificate, whose key validates
// signatures on certificates or CRLs, must include the keyUsage extension.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_ext_zcrypto.h"
#include "lints/util/cert_class.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_ca_key_usage_missing",
    .description = "A CA certificate must carry a keyUsage extension with at least one usage bit set.",
    .citation = "BRs: 7.1.2.1, RFC 5280: 4.2.1.3",
    .source = Source::kCabfBr,
    .effective = dates::kRFC3280Date,
    .peers = "pkilint:cabf.serverauth.ca.key_usage_extension_absent;pkilint:pkix.ca_certificate_no_ku_extension",
};

class CaKeyUsageMissing final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.IsCa();
  }
  Result Execute(const x509::Certificate& c) const override {
    return util::BrExtAnyKeyUsageBit(util::BrExtKeyUsage(c)) ? Pass() : Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CaKeyUsageMissing);
}  // namespace cair::lints
