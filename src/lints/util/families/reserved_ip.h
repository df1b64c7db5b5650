// File: the check shared by the BR lints on IANA reserved IP addresses
// (BRs 7.1.4.2.1: no Reserved IP Address in subjectAltName or the subject
// commonName; BRs 7.1.5: nor in a permitted iPAddress name constraint): they
// differ only in where they look for the address.
#ifndef CAIR_LINTS_UTIL_FAMILIES_RESERVED_IP_H_
#define CAIR_LINTS_UTIL_FAMILIES_RESERVED_IP_H_

#include <cstdint>

#include "der/input.h"
#include "lint/lint.h"
#include "x509/certificate.h"

namespace cair::lints::families {

// BRs 7.1.4.2.1: the ban applies to certificates expiring after this date.
inline constexpr int64_t kReservedIpBanFrom = lint::Date(2015, 11, 1);

// ReservedIpCheck applies to certificates expiring after kReservedIpBanFrom
// (that also carry extension `required`, when it is not empty) and is an
// error when `reserved` finds a reserved address in them.
class ReservedIpCheck : public lint::CertificateLint {
 public:
  using Finder = bool (*)(const x509::Certificate&);
  explicit ReservedIpCheck(Finder reserved, der::Input required = {}) : reserved_(reserved), required_(required) {}
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.not_after.unix > kReservedIpBanFrom && (required_.empty() || c.HasExtension(required_));
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return reserved_(c) ? lint::Error() : lint::Pass();
  }

 private:
  const Finder reserved_;
  const der::Input required_;
};

}  // namespace cair::lints::families

#endif  // CAIR_LINTS_UTIL_FAMILIES_RESERVED_IP_H_
