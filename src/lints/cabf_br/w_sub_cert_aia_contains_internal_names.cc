// CA/B Forum BRs 7.1.2.10.3 / 7.1.2.7.7: a subscriber certificate's
// authorityInformationAccess carries HTTP URLs of the issuing CA's OCSP
// responder and certificate; for a publicly-trusted certificate their host
// should not be an Internal Name, i.e. it should be an IP address or end in a
// TLD that is delegated now. A URL that does not parse is an error.
#include <chrono>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_dns_gtld.h"
#include "lints/util/br_dns_names.h"
#include "lints/util/br_dns_ip.h"
#include "lints/util/br_dns_zcrypto.h"
#include "lints/util/cert_class.h"
#include "lints/util/uri_parse.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "w_sub_cert_aia_contains_internal_names",
    .description = "AIA URLs of subscriber certificates should not use internal names as their host.",
    .citation = "BRs: 7.1.2.10.3",
    .source = Source::kCabfBr,
    .effective = dates::kCABEffectiveDate,
};

class SubCertAiaInternalName final : public CertificateLint {
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
    return util::IsSubscriberCert(c) && c.HasExtension(oid::kAuthorityInfoAccess);
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
CAIR_REGISTER_LINT(kMetadata, SubCertAiaInternalName);
}  // namespace cair::lints
