#include "lints/util/mozilla/encodings.h"
#include "lints/util/zcrypto/reader.h"

#include <array>
#include <cstdint>

#include "lints/util/encodings/spki.h"
#include "lints/util/zcrypto/extensions.h"

namespace cair::lints::util::mozilla {
namespace {

using der::Input;

// MRSP 5.1.2, signature algorithm: ecdsa-with-SHA256/384/512, no parameters.
constexpr uint8_t kEcdsaSigP256[] = {0x30, 0x0a, 0x06, 0x08, 0x2a, 0x86,
                                     0x48, 0xce, 0x3d, 0x04, 0x03, 0x02};
constexpr uint8_t kEcdsaSigP384[] = {0x30, 0x0a, 0x06, 0x08, 0x2a, 0x86,
                                     0x48, 0xce, 0x3d, 0x04, 0x03, 0x03};
constexpr uint8_t kEcdsaSigP521[] = {0x30, 0x0a, 0x06, 0x08, 0x2a, 0x86,
                                     0x48, 0xce, 0x3d, 0x04, 0x03, 0x04};

// MRSP 5.1.1: RSASSA-PSS-params { hashAlgorithm [0] sha-N with NULL,
// maskGenAlgorithm [1] MGF1(sha-N with NULL), saltLength [2] N/8 }. The three
// allowed encodings differ only in the hash OID's last arc (twice) and the
// salt length.
using PssEncoding = std::array<uint8_t, 67>;
constexpr PssEncoding PssFor(uint8_t sha2_arc, uint8_t salt) {
  PssEncoding e{
      0x30, 0x41,                                                        // AlgorithmIdentifier
      0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0a,  // id-RSASSA-PSS
      0x30, 0x34,                                                        // RSASSA-PSS-params
      0xa0, 0x0f, 0x30, 0x0d,                                            // [0] hashAlgorithm
      0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x00, 0x05, 0x00,
      0xa1, 0x1c, 0x30, 0x1a,                                            // [1] maskGenAlgorithm
      0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x08,  // id-mgf1
      0x30, 0x0d,
      0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x00, 0x05, 0x00,
      0xa2, 0x03, 0x02, 0x01, 0x00,                                      // [2] saltLength
  };
  e[29] = sha2_arc;
  e[59] = sha2_arc;
  e[66] = salt;
  return e;
}
constexpr std::array<PssEncoding, kAllowedPssEncodings> kPss{
    PssFor(0x01, 32), PssFor(0x02, 48), PssFor(0x03, 64)};

}  // namespace

bool IsAllowedEcSpkiAlgorithm(Input aid) { return encodings::IsNistEcSpki(aid); }

bool IsAllowedPssAlgorithm(Input aid) {
  for (const PssEncoding& e : kPss)
    if (aid == Input(e.data(), e.size())) return true;
  return false;
}

std::optional<EcCurve> CurveForSignatureLength(size_t n) {
  // SEQUENCE header 2 + two INTEGER headers 2 each + r and s of at most
  // (field size + 1) bytes each.
  if (n <= 2 + 2 + 2 + 33 + 33) return EcCurve::kP256;
  if (n <= 2 + 2 + 2 + 49 + 49) return EcCurve::kP384;
  if (n <= 2 + 2 + 2 + 67 + 67) return EcCurve::kP521;
  return std::nullopt;
}

const char* CurveName(EcCurve curve) {
  switch (curve) {
    case EcCurve::kP256: return "P-256";
    case EcCurve::kP384: return "P-384";
    case EcCurve::kP521: return "P-521";
  }
  return "";
}

der::Input EcdsaSignatureAlgorithm(EcCurve curve) {
  switch (curve) {
    case EcCurve::kP256: return Input(kEcdsaSigP256, sizeof(kEcdsaSigP256));
    case EcCurve::kP384: return Input(kEcdsaSigP384, sizeof(kEcdsaSigP384));
    case EcCurve::kP521: return Input(kEcdsaSigP521, sizeof(kEcdsaSigP521));
  }
  return {};
}

AkiFields DecodeAki(Input value) {
  AkiFields out;
  size_t off = 0;
  zcrypto::Tlv seq;
  if (value.empty()) {
    out.error = "sequence truncated";
    return out;
  }
  if (!zcrypto::ReadTlv(value, &off, &seq)) {
    out.error = "malformed element header";
    return out;
  }
  if (seq.cls != 0 || seq.tag != 16 || !seq.compound) {
    out.error = "not a SEQUENCE";
    return out;
  }
  if (seq.truncated) {
    out.error = "data truncated";
    return out;
  }
  // Three optional fields [0], [1], [2] in order; an element with another
  // tag leaves the field absent and is offered to the next one; whatever is
  // left over at the end is ignored.
  bool* content[3] = {&out.key_id_content, &out.issuer_content, &out.serial_content};
  const Input body = seq.value;
  size_t pos = 0;
  for (uint32_t field = 0; field < 3; ++field) {
    if (pos == body.size()) break;
    size_t next = pos;
    zcrypto::Tlv el;
    if (!zcrypto::ReadTlv(body, &next, &el)) {
      out.error = "malformed element header";
      return out;
    }
    if (el.cls != 2 || el.tag != field) continue;
    if (el.truncated) {
      out.error = "data truncated";
      return out;
    }
    *content[field] = !el.value.empty();
    pos = next;
  }
  out.ok = true;
  return out;
}

}  // namespace cair::lints::util::mozilla
