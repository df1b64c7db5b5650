// File: the algorithm checks shared by the TLS BR lints and their code
// signing BR counterparts (BRs 6.1.5 / CS BRs 6.1.5.2: the ECDSA curves;
// BRs 6.1.5 / CS BRs 7.1.3.2: the signature algorithms): each pair differs in
// the list it allows and in what it says about the rest.
#ifndef CAIR_LINTS_UTIL_FAMILIES_ALGORITHMS_H_
#define CAIR_LINTS_UTIL_FAMILIES_ALGORITHMS_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>

#include "der/input.h"
#include "lint/lint.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints::families {

// EcdsaCurveCheck applies to certificates whose key zcrypto calls ECDSA; a
// key on P-256, P-384 or P-521 passes, a key on another curve gets
// `other(curve)`.
class EcdsaCurveCheck : public lint::CertificateLint {
 public:
  using Other = lint::Result (*)(der::Input curve);
  explicit EcdsaCurveCheck(Other other) : other_(other) {}
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::KeyAlgorithm(c) == util::zcrypto::KeyAlg::kEcdsa;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const der::Input curve = c.spki.ec_curve;
    if (curve == oid::kSecp256r1 || curve == oid::kSecp384r1 || curve == oid::kSecp521r1)
      return lint::Pass();
    return other_(curve);
  }

 private:
  const Other other_;
};

// A set of signature algorithms (zcrypto's names).
class SigAlgs {
 public:
  SigAlgs(std::initializer_list<util::zcrypto::SigAlg> algs) {
    for (util::zcrypto::SigAlg a : algs) bits_ |= Bit(a);
  }
  bool Has(util::zcrypto::SigAlg a) const { return bits_ & Bit(a); }

 private:
  static uint32_t Bit(util::zcrypto::SigAlg a) { return uint32_t{1} << static_cast<unsigned>(a); }
  uint32_t bits_ = 0;
};

// SignatureAlgorithmCheck applies to every certificate: a signature
// algorithm in `allowed` passes, one in `discouraged` is a warning, any other
// an error with `refusal` as its details.
class SignatureAlgorithmCheck : public lint::CertificateLint {
 public:
  SignatureAlgorithmCheck(SigAlgs allowed, SigAlgs discouraged, std::string refusal)
      : allowed_(allowed), discouraged_(discouraged), refusal_(std::move(refusal)) {}
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    const util::zcrypto::SigAlg a = util::zcrypto::SignatureAlgorithm(c);
    if (allowed_.Has(a)) return lint::Pass();
    if (discouraged_.Has(a)) return lint::Warn();
    return lint::Error(refusal_);
  }

 private:
  const SigAlgs allowed_, discouraged_;
  const std::string refusal_;
};

}  // namespace cair::lints::families

#endif  // CAIR_LINTS_UTIL_FAMILIES_ALGORITHMS_H_
