#include "lints/util/cert_class.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace cair::lints::util {

bool IsSelfSigned(const x509::Certificate& c) {
  if (c.issuer.value != c.subject.value) return false;
  if (c.tbs_only) return true;
  // Let OpenSSL verify the signature with the certificate's own key. A
  // certificate OpenSSL cannot read is not treated as self-signed.
  const unsigned char* p = c.raw.data();
  X509* x = d2i_X509(nullptr, &p, static_cast<long>(c.raw.size()));
  if (!x) return false;
  bool ok = false;
  if (EVP_PKEY* key = X509_get0_pubkey(x)) ok = X509_verify(x, key) == 1;
  X509_free(x);
  return ok;
}

}  // namespace cair::lints::util
