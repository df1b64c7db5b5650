// File: the "AIA URL host is an internal name" check shared by the BR and
// S/MIME BR lints (BRs 7.1.2.10.3 / 7.1.2.7.7, S/MIME BRs 7.1.2.3 (c)).
#ifndef CAIR_LINTS_UTIL_FAMILIES_AIA_INTERNAL_NAMES_H_
#define CAIR_LINTS_UTIL_FAMILIES_AIA_INTERNAL_NAMES_H_

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "lint/lint.h"
#include "lints/util/dns/domains.h"
#include "lints/util/dns/gtld.h"
#include "lints/util/dns/ip.h"
#include "lints/util/uri/parse.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints::families {

// AiaInternalNames checks the id-ad-ocsp URLs, then (when those pass) the
// id-ad-caIssuers URLs of the authorityInformationAccess: a URL that does not
// parse is an error; a host that is neither an IP address nor a name under a
// TLD delegated at the time of the run is a warning. Subclasses say which
// certificates it applies to (`Applies`); it never applies without an AIA.
class AiaInternalNames : public lint::CertificateLint {
 public:
  // zlint compares the TLDs with the time of the run (time.Now()); it is read
  // once, when the run is configured.
  std::string Configure(const lint::Config&) override {
    now_ = std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
               .count();
    return "";
  }
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kAuthorityInfoAccess) && Applies(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    lint::Status status = lint::Status::kPass;
    util::uri::ParsedUri u;  // one for every URL: its buffers are reused
    auto check = [&](std::string_view url) {
      if (!util::uri::ParseUri(url, &u)) {
        status = lint::Status::kError;
        return false;
      }
      if (util::dns::GoParseIp(u.host)) return true;
      if (!util::dns::HasValidTld(util::dns::GoUrlHostname(u.host), now_)) {
        status = lint::Status::kWarn;
        return false;
      }
      return true;
    };
    util::zcrypto::ForEachAiaUrl(c, oid::kAdOcsp, check);
    if (status == lint::Status::kPass) util::zcrypto::ForEachAiaUrl(c, oid::kAdCaIssuers, check);
    return lint::Result{status, {}};
  }

 protected:
  virtual bool Applies(const x509::Certificate& c) const = 0;

 private:
  int64_t now_ = 0;
};

}  // namespace cair::lints::families

#endif  // CAIR_LINTS_UTIL_FAMILIES_AIA_INTERNAL_NAMES_H_
