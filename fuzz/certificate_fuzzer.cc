// Parses arbitrary bytes as a certificate and as a TBSCertificate.
// Invariant: a fatal diagnostic is recorded if and only if parsing failed.
#include <cstdlib>

#include "x509/certificate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  cair::der::Input in(data, size);
  for (auto c : {cair::x509::ParseCertificate(in), cair::x509::ParseTbsCertificate(in)}) {
    if (c.ok() == c.diagnostics.HasFatal()) std::abort();
    if (c.ok() && !in.Contains(c.tbs)) std::abort();
    (void)c.IsServerAuth();
    (void)c.IsEmailProtection();
    (void)c.diagnostics.Summary();
  }
  return 0;
}
