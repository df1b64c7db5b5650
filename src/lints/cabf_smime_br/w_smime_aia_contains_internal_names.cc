// S/MIME BRs 7.1.2.3 (c) as zlint reads it: an id-ad-ocsp or id-ad-caIssuers
// URL's host should be an IP address or a name under a TLD delegated at the
// time of the run (not an internal name). A URL that does not parse is
// reported as an error, as zlint does.
#include <chrono>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_dns_gtld.h"
#include "lints/util/br_dns_ip.h"
#include "lints/util/br_dns_names.h"
#include "lints/util/br_dns_zcrypto.h"
#include "lints/util/smime_policy.h"
#include "lints/util/uri_parse.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "w_smime_aia_contains_internal_names",
    .description = "The OCSP and caIssuers URLs in the AIA of an S/MIME certificate should not use internal names as host.",
    .citation = "BRs: 7.1.2.3c",
    .source = Source::kCabfSmimeBr,
    .effective = dates::kCABF_SMIME_BRs_1_0_0_Date,
};

class SmimeAiaContainsInternalNames final : public CertificateLint {
 public:
  // zlint compares the TLDs with the time of the run (time.Now()); it is read
  // once, when the run is configured.
  std::string Configure(const Config&) override {
    now_ = std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
               .count();
    return "";
  }
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::SmimeIsSubscriber(c) && c.HasExtension(oid::kAuthorityInfoAccess) &&
           util::SmimeProfileOf(c).any();
  }
  Result Execute(const x509::Certificate& c) const override {
    Status status = Status::kPass;
    auto check = [&](std::string_view url) {
      util::ParsedUri u;
      if (!util::ParseUri(url, &u)) {
        status = Status::kError;
        return false;
      }
      if (util::GoParseIp(u.host)) return true;
      if (!util::HasValidTld(util::GoUrlHostname(u.host), now_)) {
        status = Status::kWarn;
        return false;
      }
      return true;
    };
    util::BrDnsForEachAiaUrl(c, oid::kAdOcsp, check);
    if (status == Status::kPass) util::BrDnsForEachAiaUrl(c, oid::kAdCaIssuers, check);
    return Result{status, {}};
  }

 private:
  int64_t now_ = 0;
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeAiaContainsInternalNames);
}  // namespace cair::lints
