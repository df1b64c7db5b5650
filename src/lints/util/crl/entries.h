// File: lints/util/crl/entries.h
// Helpers for the CRL lints (RFC 5280 5.1-5.3): INTEGER values compared and
// printed the way zlint shows them (Go big.Int: value equality, "%x"
// formatting), the CRLReason of an entry, and duplicate extension OIDs.
#ifndef CAIR_LINTS_UTIL_CRL_ENTRIES_H_
#define CAIR_LINTS_UTIL_CRL_ENTRIES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "der/input.h"
#include "x509/crl.h"

namespace cair::lints::util::crl {

// The INTEGER contents with redundant sign-extension octets removed, so that
// two encodings of one value compare equal byte for byte.
der::Input MinimalInteger(der::Input integer);
// The value in lower-case hexadecimal without leading zeros, "-" before a
// negative value, "0" for zero (Go's fmt "%x" of a big.Int).
std::string IntegerHex(der::Input integer);

// CRLReason of a revoked-certificate entry (RFC 5280 5.3.1): the value of
// its last reasonCode extension that holds an ENUMERATED; nullopt if none.
std::optional<int64_t> EntryReasonCode(const x509::RevokedCertificate& entry);

// The first extension whose OID occurred earlier in `extensions`, or nullptr.
const x509::Extension* FirstDuplicateExtension(const std::vector<x509::Extension>& extensions);

}  // namespace cair::lints::util::crl

#endif  // CAIR_LINTS_UTIL_CRL_ENTRIES_H_
