#include "lints/util/br_ext_zcrypto.h"

#include <algorithm>
#include <cstring>

#include "lints/util/ext_zcrypto.h"

namespace cair::lints::util {
namespace {

x509::CertificatePolicies LastPolicies(const x509::Certificate& c) {
  const x509::Extension* e = BrExtLastExtension(c, oid::kCertificatePolicies);
  return e ? x509::ParseCertificatePolicies(*e) : x509::CertificatePolicies{};
}

}  // namespace

const x509::Extension* BrExtLastExtension(const x509::Certificate& c, der::Input oid) {
  const x509::Extension* last = nullptr;
  for (const x509::Extension& e : c.extensions)
    if (e.oid == oid) last = &e;
  return last;
}

bool BrExtIsKnownEku(der::Input oid) { return ExtIsKnownEku(oid); }  // one table: ext_zcrypto.cc

BrExtEkuCounts BrExtCountEkus(const x509::Certificate& c) {
  BrExtEkuCounts n;
  BrExtForEachEku(c, [&](der::Input p) {
    ++(BrExtIsKnownEku(p) ? n.known : n.unknown);
    return true;
  });
  return n;
}

bool BrExtHasEku(const x509::Certificate& c, der::Input purpose) {
  bool found = false;
  BrExtForEachEku(c, [&](der::Input p) {
    found = p == purpose;
    return !found;
  });
  return found;
}

bool BrExtHasAiaUrl(const x509::Certificate& c, der::Input method) {
  bool found = false;
  BrExtForEachAiaUrl(c, method, [&](std::string_view) {
    found = true;
    return false;
  });
  return found;
}

x509::KeyUsage BrExtKeyUsage(const x509::Certificate& c) {
  if (c.CountExtension(oid::kKeyUsage) <= 1) return c.key_usage;
  return x509::ParseKeyUsage(*BrExtLastExtension(c, oid::kKeyUsage));
}

bool BrExtAnyKeyUsageBit(const x509::KeyUsage& ku, int except) {
  if (!ku.present) return false;
  for (int i = 0; i <= 8; ++i)
    if (i != except && ku.Has(static_cast<x509::KeyUsageBit>(i))) return true;
  return false;
}

bool BrExtHasStringAttribute(const x509::Name& name, der::Input oid) {
  for (const x509::Attribute& a : name.attributes) {
    if (a.oid != oid) continue;
    const der::Tag t = a.value_tag;
    if (t == der::kPrintableString || t == der::kNumericString || t == der::kIa5String ||
        t == der::kTeletexString || t == der::kUtf8String || t == der::kBmpString)
      return true;
  }
  return false;
}

const x509::CertificatePolicies& BrExtPolicies(const x509::Certificate& c) {
  if (c.CountExtension(oid::kCertificatePolicies) <= 1) return c.policies;
  return c.Derived(&LastPolicies);
}

}  // namespace cair::lints::util
