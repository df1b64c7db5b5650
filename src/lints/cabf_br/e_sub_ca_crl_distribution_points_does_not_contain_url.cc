// BRs 7.1.2.2 (Subordinate CA Certificate), cRLDistributionPoints: it must
// contain the HTTP URL of the CA's CRL service.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/required_extension.h"
#include "lints/util/cert/class.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_sub_ca_crl_distribution_points_does_not_contain_url",
    .description = "A subordinate CA certificate's cRLDistributionPoints must include an http:// URL.",
    .citation = "BRs: 7.1.2.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .requires_facts = lint::fact::kCa | lint::fact::kCrlDistributionPoints,
};

class SubCaCrlDpNoUrl final : public families::HttpUrlCheck {
 public:
  SubCaCrlDpNoUrl() : HttpUrlCheck(families::kCrlUrls, lint::Status::kError) {}
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubCa(c) && c.HasExtension(oid::kCrlDistributionPoints);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCaCrlDpNoUrl);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
