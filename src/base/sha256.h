// File: base/sha256.h
// SHA-256 fingerprints as hex text (OpenSSL's libcrypto).
#ifndef CAIR_BASE_SHA256_H_
#define CAIR_BASE_SHA256_H_

#include <string>
#include <string_view>

namespace cair::base {

// SHA-256 of `bytes` as 64 lower-case hex digits (cair lint's JSON, the
// corpus comparison).
std::string Sha256Hex(std::string_view bytes);
// The same in upper case (crt.sh's and the incident store's spelling).
std::string Sha256HexUpper(std::string_view bytes);

}  // namespace cair::base

#endif  // CAIR_BASE_SHA256_H_
