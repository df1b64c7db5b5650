// File: lints/util/cs/policies.h
// Code-signing classification for the CA/B Forum Code Signing BR lints,
// as zlint's util.IsCodeSigning / util.IsEVCodeSigning see it: on zcrypto's
// PolicyIdentifiers, i.e. the policy OIDs of the LAST certificatePolicies
// extension.
#ifndef CAIR_LINTS_UTIL_CS_POLICIES_H_
#define CAIR_LINTS_UTIL_CS_POLICIES_H_

#include "x509/certificate.h"

namespace cair::lints::util::cs {

// The EV code signing policy (2.23.140.1.3) or the non-EV one
// (2.23.140.1.4.1) is asserted.
bool IsCodeSigning(const x509::Certificate& c);
// The EV code signing policy (2.23.140.1.3) is asserted.
bool IsEvCodeSigning(const x509::Certificate& c);

}  // namespace cair::lints::util::cs

#endif  // CAIR_LINTS_UTIL_CS_POLICIES_H_
