// File: x509/test_files.h
// For tests only: the certificates of a PEM (or DER) file, as DER bytes, and
// elements written with a chosen length form.
#ifndef CAIR_X509_TEST_FILES_H_
#define CAIR_X509_TEST_FILES_H_

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "base/files.h"
#include "x509/input.h"

namespace cair::x509::testing {

// The CERTIFICATE objects of `path`; none when it cannot be read.
inline std::vector<std::string> CertificatesIn(const std::string& path) {
  std::vector<std::string> out;
  for (auto& o : DecodeObjects(base::ReadFile(path).value_or(""), InputFormat::kDetect).objects)
    if (o.label == "CERTIFICATE") out.push_back(std::move(o.der));
  return out;
}

// How TlvOfForm writes an element's length.
enum class LengthForm { kMinimal, kLongForm, kOverrun };

// The element `id` `value` with its length in `form`: minimal (short below
// 128 octets, then 0x82); 0x81 and one octet (non-minimal below 128; as
// minimal when the value is 256 octets or more); or one more than the value
// holds, so that it overruns whatever follows or encloses it.
inline std::string TlvOfForm(uint8_t id, const std::string& value, LengthForm form) {
  const size_t n = value.size();
  std::string len;
  if (form == LengthForm::kLongForm && n < 0x100) {
    len = std::string("\x81", 1) + static_cast<char>(n);
  } else if (form == LengthForm::kOverrun) {
    len = std::string(1, static_cast<char>(n + 1));
  } else if (n < 0x80) {
    len = std::string(1, static_cast<char>(n));
  } else {
    len = std::string("\x82", 1) + static_cast<char>(n >> 8) + static_cast<char>(n & 0xff);
  }
  return std::string(1, static_cast<char>(id)) + len + value;
}

// Mostly minimal; one in ten long-form, one in twenty-five overrunning.
inline LengthForm SomeLengthForm(std::mt19937& rng) {
  return rng() % 10 == 0 ? LengthForm::kLongForm : rng() % 25 == 0 ? LengthForm::kOverrun : LengthForm::kMinimal;
}

}  // namespace cair::x509::testing

#endif  // CAIR_X509_TEST_FILES_H_
