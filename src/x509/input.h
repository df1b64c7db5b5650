// File: x509/input.h
// Turning files into DER objects: PEM (several blocks, leading text such as
// `openssl x509 -text` output allowed), raw DER, or base64 of DER.
#ifndef CAIR_X509_INPUT_H_
#define CAIR_X509_INPUT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cair::x509 {

enum class InputFormat { kDetect, kPem, kDer, kBase64 };

// Parses "pem" / "der" / "base64" / "detect"; nullopt otherwise.
std::optional<InputFormat> ParseInputFormat(std::string_view s);

struct DerObject {
  std::string label;   // PEM label ("CERTIFICATE", "X509 CRL"), "" for DER/base64
  std::string der;     // the decoded bytes (owned)
  size_t line = 0;     // 1-based line of the BEGIN marker (PEM), else 0
};

struct DecodeResult {
  std::vector<DerObject> objects;
  std::vector<std::string> errors;  // "line 12: bad base64 in CERTIFICATE block"
};

// Decodes `data` in format `format` (detecting it when kDetect).
DecodeResult DecodeObjects(std::string_view data, InputFormat format);

// Decodes RFC 4648 base64, ignoring ASCII whitespace. nullopt on a bad
// character or bad padding.
std::optional<std::string> DecodeBase64(std::string_view text);

}  // namespace cair::x509

#endif  // CAIR_X509_INPUT_H_
