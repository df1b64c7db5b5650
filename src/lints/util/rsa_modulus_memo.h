// File: lints/util/rsa_modulus_memo.h
// The RSA modulus checks of the key lints -- a factor below 752
// (w_rsa_mod_factors_smaller_than_752), the ROCA fingerprint
// (e_rsa_roca_vulnerable_key), Fermat's method (e_rsa_fermat_factorization) --
// remembered per thread in ONE table keyed by the modulus, where each check
// used to keep its own memo (util/memo.h): corpora repeat the same keys (a
// CA's intermediates, renewals, re-issues), and three memos hashed the same
// 256+ octets three times, probed three multi-megabyte tables and compared
// the key three times per certificate.
//
// A slot holds, per check, whether it was decided and its answer (two bits),
// the rounds Fermat's answer is for, and where Fermat's factors are kept
// (out of line: almost no modulus has them). Each check is computed the
// first time a lint asks for it, so a check that does not apply to a
// certificate (the small-factor lint's effective date) costs nothing. The
// slot of the last modulus looked up is kept: the lints of one certificate
// run one after the other, so only the first of them hashes and probes, the
// others compare the modulus with that slot's key. On a miss the modulus is
// converted to a GMP integer once, for whichever checks that certificate asks.
//
// Bounded like util/memo.h: moduli up to 1024 octets (8192 bits) are
// remembered, at most 16,384 of them (then the table is emptied), a probe
// sequence is at most 32 slots (a modulus that finds no free slot is checked
// and not remembered). Per thread: lints on several threads share no lock.
#ifndef CAIR_LINTS_UTIL_RSA_MODULUS_MEMO_H_
#define CAIR_LINTS_UTIL_RSA_MODULUS_MEMO_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "der/input.h"

namespace cair::lints::util::rsa_memo {

// Each takes the modulus as a big-endian magnitude (leading zero bytes are
// ignored) and gives the same answer as the check it remembers:
// math::ForEachResidueBelow752 finding a zero residue; util::HasRocaFingerprint;
// math::FermatFactor (setting *p and *q in decimal when it factors n).
bool HasFactorBelow752(der::Input modulus);
bool HasRocaFingerprint(der::Input modulus);
bool FermatFactor(der::Input modulus, int64_t rounds, std::string* p, std::string* q);

// For tests: how many moduli this thread's table holds, and how many checks
// it has computed (not answered from the table) since the thread started.
size_t RememberedModuli();
size_t ComputedChecks();

inline constexpr size_t kMaxModuli = 1 << 14;
inline constexpr size_t kMaxModulusBytes = 1024;

}  // namespace cair::lints::util::rsa_memo

#endif  // CAIR_LINTS_UTIL_RSA_MODULUS_MEMO_H_
