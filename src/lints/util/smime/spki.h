// File: lints/util/smime/spki.h
// The SubjectPublicKeyInfo AlgorithmIdentifier encodings that S/MIME BRs
// 7.1.3.1 allows, compared byte for byte with the certificate's.
#ifndef CAIR_LINTS_UTIL_SMIME_SPKI_H_
#define CAIR_LINTS_UTIL_SMIME_SPKI_H_

#include "der/input.h"

namespace cair::lints::util::smime {

// `algorithm_identifier` (the whole DER element) is one of: rsaEncryption
// with NULL parameters; id-ecPublicKey with the named curve P-256, P-384 or
// P-521; Ed25519 or Ed448 without parameters; ML-DSA-44/65/87 or
// ML-KEM-512/768/1024 without parameters.
bool SpkiAlgorithmAllowed(der::Input algorithm_identifier);

}  // namespace cair::lints::util::smime

#endif  // CAIR_LINTS_UTIL_SMIME_SPKI_H_
