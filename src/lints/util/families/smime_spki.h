// File: the SubjectPublicKeyInfo check of S/MIME BRs 7.1.3.1 shared by the
// lint of each version of the rule (e_invalid_legacy_spki_algoid before
// 1.0.11, e_invalid_spki_algoid from it): zlint registers both with one
// implementation, so they differ in their effective window only.
#ifndef CAIR_LINTS_UTIL_FAMILIES_SMIME_SPKI_H_
#define CAIR_LINTS_UTIL_FAMILIES_SMIME_SPKI_H_

#include <optional>

#include "lint/lint.h"
#include "lints/util/smime/spki.h"
#include "lints/util/zcrypto/reader.h"

namespace cair::lints::families {

// SmimeSpkiAlgorithmCheck applies to every certificate; a
// SubjectPublicKeyInfo that does not read as SEQUENCE { algorithm,
// subjectPublicKey BIT STRING } with Go's DER rules is Fatal; an algorithm
// identifier that is none of the allowed byte-exact encodings is an error
// showing it in hex.
class SmimeSpkiAlgorithmCheck : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    auto spki = util::zcrypto::ReadStrict(c.spki.full);
    der::Input rest;
    std::optional<der::Element> alg, key;
    if (spki && spki->tag == der::kSequence) alg = util::zcrypto::ReadStrict(spki->value, &rest);
    if (alg) key = util::zcrypto::ReadStrict(rest);
    if (!key || key->tag != der::Universal(3) || !util::zcrypto::BitStringLength(key->value))
      return lint::Fatal("Cannot decode SubjectPublicKeyInfo");
    return util::smime::SpkiAlgorithmAllowed(alg->full)
               ? lint::Pass()
               : lint::Error("Invalid Subject Public Key Algorithm Identifier: " + der::HexUpper(alg->full));
  }
};

}  // namespace cair::lints::families

#endif  // CAIR_LINTS_UTIL_FAMILIES_SMIME_SPKI_H_
