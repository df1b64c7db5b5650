// File: the check shared by the X.690 11.2.2 lints on how the keyUsage BIT
// STRING is encoded (unused-bits count, superfluous trailing octet): they
// differ only in what they find wrong with the extension's value.
#ifndef CAIR_LINTS_UTIL_FAMILIES_KEY_USAGE_ENCODING_H_
#define CAIR_LINTS_UTIL_FAMILIES_KEY_USAGE_ENCODING_H_

#include "der/input.h"
#include "lint/lint.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints::families {

// KeyUsageEncodingCheck applies when the keyUsage extension zcrypto reads
// (the last one) has a non-empty value, which `Check` judges.
class KeyUsageEncodingCheck : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const x509::Extension* e = util::zcrypto::LastExtension(c, oid::kKeyUsage);
    return e && !e->value.empty();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return Check(util::zcrypto::LastExtension(c, oid::kKeyUsage)->value);
  }

 protected:
  virtual lint::Result Check(der::Input value) const = 0;
};

}  // namespace cair::lints::families

#endif  // CAIR_LINTS_UTIL_FAMILIES_KEY_USAGE_ENCODING_H_
