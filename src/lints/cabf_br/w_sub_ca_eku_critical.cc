// BRs 7.1.2.2 (Subordinate CA Certificate), extKeyUsage: if present, the
// extension SHOULD be marked non-critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_ext_zcrypto.h"
#include "lints/util/cert_class.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "w_sub_ca_eku_critical",
    .description = "A subordinate CA certificate's extKeyUsage extension should not be critical.",
    .citation = "BRs: 7.1.2.2",
    .source = Source::kCabfBr,
    .effective = dates::kCABV116Date,
    .peers = "pkilint:cabf.serverauth.ca.critical_extended_key_usage_extension",
};

class SubCaEkuCritical final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::IsSubCa(c) && c.HasExtension(oid::kExtKeyUsage);
  }
  Result Execute(const x509::Certificate& c) const override {
    return util::BrExtLastExtension(c, oid::kExtKeyUsage)->critical ? Warn() : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCaEkuCritical);
}  // namespace cair::lints
