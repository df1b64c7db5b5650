// Parses arbitrary bytes as an OCSP response.
#include <cstdlib>

#include "x509/ocsp.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto r = cair::x509::ParseOcspResponse(cair::der::Input(data, size));
  if (r.ok() == r.diagnostics.HasFatal()) std::abort();
  return 0;
}
