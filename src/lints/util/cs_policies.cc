#include "lints/util/cs_policies.h"

#include "lints/util/br_dns_zcrypto.h"
#include "x509/oids.h"

namespace cair::lints::util {

bool CsIsCodeSigning(const x509::Certificate& c) {
  bool found = false;
  BrDnsForEachPolicyOid(c, [&](der::Input p) {
    found = found || p == oid::kCabfCodeSigningEv || p == oid::kCabfCodeSigningOv;
  });
  return found;
}

bool CsIsEvCodeSigning(const x509::Certificate& c) {
  bool found = false;
  BrDnsForEachPolicyOid(c, [&](der::Input p) { found = found || p == oid::kCabfCodeSigningEv; });
  return found;
}

}  // namespace cair::lints::util
