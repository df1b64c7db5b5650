// File: lints/util/dns/san_walk.h
// One walk, once per certificate, over the GeneralName elements of the
// subjectAltName zcrypto reads, as zlint's RFC 5280 lints on the SAN's
// encoding walk them with encoding/asn1 (WalkGeneralNames, names.h): the
// empty-name lint (RFC 5280 4.2.1.6) and the IA5String lint on dNSNames
// each walked it on their own.
#ifndef CAIR_LINTS_UTIL_DNS_SAN_WALK_H_
#define CAIR_LINTS_UTIL_DNS_SAN_WALK_H_

#include <cstddef>

#include "lints/util/dns/names.h"
#include "x509/certificate.h"

namespace cair::lints::util::dns {

struct SanWalk {
  static constexpr size_t kNone = static_cast<size_t>(-1);
  // How the walk over every element ended (kComplete, kBadSequence or
  // kBadElement; never kStopped).
  GeneralNamesWalk end = GeneralNamesWalk::kComplete;
  // The index of the first element with empty contents, and of the first
  // dNSName ([2], any class) whose contents have an octet of 0x80 or above
  // (not an IA5String): kNone when there is none before the walk ended.
  size_t first_empty = kNone;
  size_t first_non_ia5_dns = kNone;
};

// The walk of the last subjectAltName of `c`, which must have one.
const SanWalk& SanWalkOf(const x509::Certificate& c);

}  // namespace cair::lints::util::dns

#endif  // CAIR_LINTS_UTIL_DNS_SAN_WALK_H_
