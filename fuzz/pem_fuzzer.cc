// Decodes arbitrary text as PEM / DER / base64 input.
#include <string_view>

#include "x509/input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto r = cair::x509::DecodeObjects(text, cair::x509::InputFormat::kDetect);
  (void)r;
  return 0;
}
