// Parses arbitrary bytes as a CRL. Invariant: every revoked entry lies inside the input.
#include <cstdlib>

#include "x509/crl.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  cair::der::Input in(data, size);
  auto crl = cair::x509::ParseCrl(in);
  if (crl.ok() == crl.diagnostics.HasFatal()) std::abort();
  for (const auto& r : crl.revoked)
    if (!in.Contains(r.full)) std::abort();
  return 0;
}
