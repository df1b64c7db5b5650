// File: the validity-period checks that lint families share, parameterised by
// the maximum they enforce, so that each lint file holds only its metadata and
// the one constructor call that says which maximum.
#ifndef CAIR_LINTS_UTIL_FAMILIES_VALIDITY_H_
#define CAIR_LINTS_UTIL_FAMILIES_VALIDITY_H_

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>

#include "lint/lint.h"
#include "lints/util/cert/class.h"
#include "lints/util/time/validity.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints::families {

// ServerValidityAtMost flags a TLS server (serverAuth, not CA) certificate
// whose validity period (notBefore through notAfter inclusive, RFC 5280
// 4.1.2.5) is longer than `max_days` days, with `status`. The details are
// `details` when given, else zlint's "Certificate is issued on or after
// <issued_from> and has a validity of N days" with N rounded up; with neither,
// none.
class ServerValidityAtMost : public lint::CertificateLint {
 public:
  ServerValidityAtMost(int64_t max_days, lint::Status status, const char* issued_from,
                       const char* details = nullptr)
      : max_days_(max_days), status_(status), issued_from_(issued_from), details_(details) {}
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.IsServerAuth() && !c.IsCa();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const int64_t seconds = util::time::ValiditySeconds(c);
    if (seconds <= max_days_ * 86400) return lint::Pass();
    if (details_ != nullptr) return {status_, details_};
    if (issued_from_ == nullptr) return {status_, {}};
    char details[128];
    std::snprintf(details, sizeof(details),
                  "Certificate is issued on or after %s and has a validity of %.0f days",
                  issued_from_, std::ceil(static_cast<double>(seconds) / 86400.0));
    return {status_, details};
  }

 private:
  const int64_t max_days_;
  const lint::Status status_;
  const char* const issued_from_;
  const char* const details_;
};

// SubscriberValidityAtMost is an error when a subscriber certificate's
// notAfter is later than notBefore plus `months` months and `days` days (Go's
// time.AddDate, as zlint computes it).
class SubscriberValidityAtMost : public lint::CertificateLint {
 public:
  SubscriberValidityAtMost(int months, int days) : months_(months), days_(days) {}
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::time::AddDate(c.not_before.unix, 0, months_, days_) < c.not_after.unix ? lint::Error()
                                                                                   : lint::Pass();
  }

 private:
  const int months_;
  const int days_;
};

}  // namespace cair::lints::families

#endif  // CAIR_LINTS_UTIL_FAMILIES_VALIDITY_H_
