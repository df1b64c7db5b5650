#include "lints/util/cs/policies.h"

#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints::util::cs {

bool IsCodeSigning(const x509::Certificate& c) {
  bool found = false;
  zcrypto::ForEachPolicyOid(c, [&](der::Input p) {
    found = found || p == oid::kCabfCodeSigningEv || p == oid::kCabfCodeSigningOv;
  });
  return found;
}

bool IsEvCodeSigning(const x509::Certificate& c) {
  bool found = false;
  zcrypto::ForEachPolicyOid(c, [&](der::Input p) { found = found || p == oid::kCabfCodeSigningEv; });
  return found;
}

}  // namespace cair::lints::util::cs
