// File: the checks shared by the lints that require something of a class of
// certificates (BRs 7.1.2.x, RFC 5280 4.2.1.x): an extension
// (`RequiredExtensionCheck`), or an http:// URL among the CRL distribution
// points or the AIA entries of one access method (`HttpUrlCheck`). Each lint
// names the class it applies to by overriding CheckApplies.
#ifndef CAIR_LINTS_UTIL_FAMILIES_REQUIRED_EXTENSION_H_
#define CAIR_LINTS_UTIL_FAMILIES_REQUIRED_EXTENSION_H_

#include <string_view>

#include "der/input.h"
#include "lint/lint.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints::families {

// RequiredExtensionCheck returns `kStatus` when the certificate lacks
// extension `kExt` (an oid:: constant), else Pass.
template <const der::Input& kExt, lint::Status kStatus>
class RequiredExtensionCheck : public lint::CertificateLint {
 public:
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.HasExtension(kExt) ? lint::Pass() : lint::Result{kStatus, {}};
  }
};

// Where HttpUrlCheck looks for a URL: zcrypto's CRLDistributionPoints, or
// the AIA entries with access method `aia_method` (oid::kAdCaIssuers,
// oid::kAdOcsp).
struct UrlList {
  bool crl_distribution_points = false;
  der::Input aia_method;
};
inline constexpr UrlList kCrlUrls{.crl_distribution_points = true, .aia_method = {}};
inline constexpr UrlList kCaIssuersUrls{.crl_distribution_points = false, .aia_method = oid::kAdCaIssuers};
inline constexpr UrlList kOcspUrls{.crl_distribution_points = false, .aia_method = oid::kAdOcsp};

// HttpUrlCheck returns `status` when no URL of `list` starts with
// "http://", else Pass.
class HttpUrlCheck : public lint::CertificateLint {
 public:
  HttpUrlCheck(UrlList list, lint::Status status) : list_(list), status_(status) {}
  lint::Result Execute(const x509::Certificate& c) const override {
    bool found = false;
    auto http = [&](std::string_view url) {
      found = url.substr(0, 7) == "http://";
      return !found;
    };
    if (list_.crl_distribution_points) util::zcrypto::ForEachCrlUrl(c, http);
    else util::zcrypto::ForEachAiaUrl(c, list_.aia_method, http);
    return found ? lint::Pass() : lint::Result{status_, {}};
  }

 private:
  const UrlList list_;
  const lint::Status status_;
};

}  // namespace cair::lints::families

#endif  // CAIR_LINTS_UTIL_FAMILIES_REQUIRED_EXTENSION_H_
