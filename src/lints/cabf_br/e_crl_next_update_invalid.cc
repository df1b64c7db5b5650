// BRs 4.9.7 (v1.8.7; section 7.2 from v2.0.0): a CRL covering subscriber
// certificates must have nextUpdate at most 10 days after thisUpdate; one
// covering CA certificates at most 12 months after. Which kind of CRL is
// linted comes from the configuration: [e_crl_next_update_invalid]
// SubscriberCRL (default true).
#include <string>

#include "lint/config.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/time/validity.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_crl_next_update_invalid",
    .description = "A CRL's nextUpdate must be no later than 10 days (subscriber CRLs) or 12 months (CA CRLs) after thisUpdate.",
    .citation = "BRs v1.8.7: 4.9.7; BRs v2.0.0: 7.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_1_8_7_Date,
    .type = lint::ObjectType::kCrl,
};

class CrlNextUpdateInvalid final : public lint::CrlLint {
 public:
  std::string Configure(const lint::Config& config) override {
    std::string error;
    auto v = config.GetBool("e_crl_next_update_invalid", "SubscriberCRL", true, &error);
    if (!v) return error.empty() ? "e_crl_next_update_invalid.SubscriberCRL: not a boolean" : error;
    subscriber_crl_ = *v;
    return "";
  }
  bool CheckApplies(const x509::Crl& c) const override { return c.has_next_update; }
  lint::Result Execute(const x509::Crl& c) const override {
    const int64_t this_update = c.this_update.unix, next_update = c.next_update.unix;
    if (subscriber_crl_) {
      if (next_update > util::time::AddDate(this_update, 0, 0, 10))
        return lint::Error("For CRLs covering Subscriber Certificates, nextUpdate must be at most 10 days after thisUpdate");
    } else if (next_update > util::time::AddDate(this_update, 0, 12, 0)) {
      return lint::Error("For CRLs covering CA Certificates, nextUpdate must be at most 12 months after thisUpdate");
    }
    return lint::Pass();
  }

 private:
  bool subscriber_crl_ = true;
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrlNextUpdateInvalid);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
