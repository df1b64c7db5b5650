// File: server/tokens.h
// API bearer tokens: 256 random bits from OpenSSL's CSPRNG, shown once; the
// store keeps only SHA-256 of the token text (store migration 4).
#ifndef CAIR_SERVER_TOKENS_H_
#define CAIR_SERVER_TOKENS_H_

#include <optional>
#include <string>

namespace cair::server {

// "cair_" + 64 lower-case hex digits; nullopt when the CSPRNG fails.
std::optional<std::string> NewToken();
// Lower-case hex SHA-256 of the token text.
std::string HashToken(const std::string& token);
// The token of an "Authorization: Bearer TOKEN" header value; "" otherwise.
std::string BearerToken(const std::string& authorization);

}  // namespace cair::server

#endif  // CAIR_SERVER_TOKENS_H_
