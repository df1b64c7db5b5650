// File: the public-key checks shared by the RSA and DSA key lints (Mozilla
// Root Store Policy 5.1, BRs 6.1.5 / 6.1.6): they differ only in the
// property of the key they refuse.
#ifndef CAIR_LINTS_UTIL_FAMILIES_KEY_CHECKS_H_
#define CAIR_LINTS_UTIL_FAMILIES_KEY_CHECKS_H_

#include "lint/lint.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints::families {

// RsaKeyCheck applies to certificates whose key zcrypto calls RSA; a key
// that does not parse is Fatal (zlint's lints assume it parses); otherwise
// an error when `Refuses` the key.
class RsaKeyCheck : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::KeyAlgorithm(c) == util::zcrypto::KeyAlg::kRsa;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const util::zcrypto::RsaKey key = util::zcrypto::ParsedRsaKey(c);
    if (!key.ok) return lint::Fatal("the RSA public key could not be parsed");
    return Refuses(key) ? lint::Error() : lint::Pass();
  }

 protected:
  virtual bool Refuses(const util::zcrypto::RsaKey& key) const = 0;
};

// DsaKeyCheck applies to certificates whose key zcrypto calls DSA; a key
// that does not parse is NA; otherwise an error when `Refuses` the key.
class DsaKeyCheck : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::KeyAlgorithm(c) == util::zcrypto::KeyAlg::kDsa;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const util::zcrypto::DsaKey key = util::zcrypto::ParsedDsaKey(c);
    if (!key.ok) return lint::NA();
    return Refuses(key) ? lint::Error() : lint::Pass();
  }

 protected:
  virtual bool Refuses(const util::zcrypto::DsaKey& key) const = 0;
};

}  // namespace cair::lints::families

#endif  // CAIR_LINTS_UTIL_FAMILIES_KEY_CHECKS_H_
