// S/MIME BRs 7.1.3.1: the SubjectPublicKeyInfo AlgorithmIdentifier is one of
// the listed byte-exact encodings (RSA, P-256/384/521, Ed25519, Ed448). This
// is the rule as it stood before version 1.0.11 (which added ML-DSA and
// ML-KEM). Note: zlint registers this lint with the implementation of
// e_invalid_spki_algoid, so the PQC encodings pass here too; we agree with
// zlint's verdicts (see the report).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/ext_zcrypto.h"
#include "lints/util/policy_zcrypto.h"
#include "lints/util/smime_policy.h"
#include "lints/util/smime_spki.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_invalid_legacy_spki_algoid",
    .description = "The subjectPublicKeyInfo algorithm identifier must be one of the exact encodings the S/MIME BRs allow.",
    .citation = "CABF S/MIME BR 7.1.3.1",
    .source = Source::kCabfSmimeBr,
    .effective = dates::kCABF_SMIME_BRs_1_0_0_Date,
    .ineffective = dates::kCABF_SMIME_BRs_1_0_11_Date,
    .peers = "pkilint:cabf.smime.prohibited_spki_algorithm_encoding",
};

class InvalidLegacySpkiAlgoId final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  Result Execute(const x509::Certificate& c) const override {
    // SubjectPublicKeyInfo ::= SEQUENCE { algorithm ANY, subjectPublicKey BIT STRING },
    // read with Go's DER rules.
    auto spki = util::PolicyGoReadElement(c.spki.full);
    der::Input rest;
    std::optional<der::Element> alg, key;
    if (spki && spki->tag == der::kSequence) alg = util::PolicyGoReadElement(spki->value, &rest);
    if (alg) key = util::PolicyGoReadElement(rest);
    if (!key || key->tag != der::Universal(3) || !util::ExtGoBitString(key->value))
      return Fatal("Cannot decode SubjectPublicKeyInfo");
    return util::SmimeSpkiAlgorithmAllowed(alg->full)
               ? Pass()
               : Error("Invalid Subject Public Key Algorithm Identifier: " + util::SmimeUpperHex(alg->full));
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, InvalidLegacySpkiAlgoId);
}  // namespace cair::lints
