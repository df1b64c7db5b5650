// File: lints/util/encodings/spki.h
// The byte-exact SubjectPublicKeyInfo AlgorithmIdentifier encodings that the
// policies list (BRs 7.1.3.1, MRSP 5.1.2, S/MIME BRs 7.1.3.1): each policy
// allows a set of these, compared byte for byte with the whole DER element.
#ifndef CAIR_LINTS_UTIL_ENCODINGS_SPKI_H_
#define CAIR_LINTS_UTIL_ENCODINGS_SPKI_H_

#include "der/input.h"

namespace cair::lints::util::encodings {

// rsaEncryption with NULL parameters.
bool IsRsaSpki(der::Input aid);
// id-ecPublicKey with the named curve P-256, P-384 or P-521 as parameters.
bool IsNistEcSpki(der::Input aid);

}  // namespace cair::lints::util::encodings

#endif  // CAIR_LINTS_UTIL_ENCODINGS_SPKI_H_
