#include "lints/util/br_ext_zcrypto.h"

#include <algorithm>
#include <cstring>

namespace cair::lints::util {
namespace {

struct OidBytes {
  const char* bytes;
  size_t size;
};

// zcrypto's generated table of named extended key purposes (contents octets).
constexpr OidBytes kKnownEkus[] = {
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x01", 9},  // 1.2.840.113635.100.4.1
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x01\x01", 10},  // 1.2.840.113635.100.4.1.1
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x01\x02", 10},  // 1.2.840.113635.100.4.1.2
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x01\x03", 10},  // 1.2.840.113635.100.4.1.3
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x01\x04", 10},  // 1.2.840.113635.100.4.1.4
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x02", 9},  // 1.2.840.113635.100.4.2
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x03", 9},  // 1.2.840.113635.100.4.3
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x04", 9},  // 1.2.840.113635.100.4.4
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x05", 9},  // 1.2.840.113635.100.4.5
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x05\x01", 10},  // 1.2.840.113635.100.4.5.1
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x05\x02", 10},  // 1.2.840.113635.100.4.5.2
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x05\x03", 10},  // 1.2.840.113635.100.4.5.3
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x05\x04", 10},  // 1.2.840.113635.100.4.5.4
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x06", 9},  // 1.2.840.113635.100.4.6
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x06\x01", 10},  // 1.2.840.113635.100.4.6.1
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x06\x02", 10},  // 1.2.840.113635.100.4.6.2
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x06\x03", 10},  // 1.2.840.113635.100.4.6.3
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x06\x04", 10},  // 1.2.840.113635.100.4.6.4
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x01", 10},  // 1.3.6.1.4.1.311.10.3.1
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x0a", 10},  // 1.3.6.1.4.1.311.10.3.10
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x0b", 10},  // 1.3.6.1.4.1.311.10.3.11
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x0c", 10},  // 1.3.6.1.4.1.311.10.3.12
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x0d", 10},  // 1.3.6.1.4.1.311.10.3.13
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x0e", 10},  // 1.3.6.1.4.1.311.10.3.14
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x0f", 10},  // 1.3.6.1.4.1.311.10.3.15
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x10", 10},  // 1.3.6.1.4.1.311.10.3.16
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x02", 10},  // 1.3.6.1.4.1.311.10.3.2
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x03", 10},  // 1.3.6.1.4.1.311.10.3.3
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x03\x01", 11},  // 1.3.6.1.4.1.311.10.3.3.1
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x04", 10},  // 1.3.6.1.4.1.311.10.3.4
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x04\x01", 11},  // 1.3.6.1.4.1.311.10.3.4.1
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x05", 10},  // 1.3.6.1.4.1.311.10.3.5
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x06", 10},  // 1.3.6.1.4.1.311.10.3.6
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x07", 10},  // 1.3.6.1.4.1.311.10.3.7
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x08", 10},  // 1.3.6.1.4.1.311.10.3.8
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x09", 10},  // 1.3.6.1.4.1.311.10.3.9
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x05\x01", 10},  // 1.3.6.1.4.1.311.10.5.1
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x05\x02", 10},  // 1.3.6.1.4.1.311.10.5.2
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x05\x03", 10},  // 1.3.6.1.4.1.311.10.5.3
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x05\x04", 10},  // 1.3.6.1.4.1.311.10.5.4
    {"\x2b\x06\x01\x04\x01\x82\x37\x14\x02\x01", 10},  // 1.3.6.1.4.1.311.20.2.1
    {"\x2b\x06\x01\x04\x01\x82\x37\x14\x02\x02", 10},  // 1.3.6.1.4.1.311.20.2.2
    {"\x2b\x06\x01\x04\x01\x82\x37\x15\x05", 9},  // 1.3.6.1.4.1.311.21.5
    {"\x2b\x06\x01\x04\x01\x82\x37\x15\x06", 9},  // 1.3.6.1.4.1.311.21.6
    {"\x2b\x06\x01\x04\x01\x82\x37\x2f\x01\x01", 10},  // 1.3.6.1.4.1.311.47.1.1
    {"\x2b\x06\x01\x04\x01\x82\x37\x2f\x01\x03", 10},  // 1.3.6.1.4.1.311.47.1.3
    {"\x2b\x06\x01\x04\x01\x82\x37\x3d\x01\x01", 10},  // 1.3.6.1.4.1.311.61.1.1
    {"\x2b\x06\x01\x05\x05\x07\x03\x01", 8},  // 1.3.6.1.5.5.7.3.1
    {"\x2b\x06\x01\x05\x05\x07\x03\x0a", 8},  // 1.3.6.1.5.5.7.3.10
    {"\x2b\x06\x01\x05\x05\x07\x03\x0b", 8},  // 1.3.6.1.5.5.7.3.11
    {"\x2b\x06\x01\x05\x05\x07\x03\x0d", 8},  // 1.3.6.1.5.5.7.3.13
    {"\x2b\x06\x01\x05\x05\x07\x03\x0e", 8},  // 1.3.6.1.5.5.7.3.14
    {"\x2b\x06\x01\x05\x05\x07\x03\x02", 8},  // 1.3.6.1.5.5.7.3.2
    {"\x2b\x06\x01\x05\x05\x07\x03\x03", 8},  // 1.3.6.1.5.5.7.3.3
    {"\x2b\x06\x01\x05\x05\x07\x03\x04", 8},  // 1.3.6.1.5.5.7.3.4
    {"\x2b\x06\x01\x05\x05\x07\x03\x05", 8},  // 1.3.6.1.5.5.7.3.5
    {"\x2b\x06\x01\x05\x05\x07\x03\x06", 8},  // 1.3.6.1.5.5.7.3.6
    {"\x2b\x06\x01\x05\x05\x07\x03\x07", 8},  // 1.3.6.1.5.5.7.3.7
    {"\x2b\x06\x01\x05\x05\x07\x03\x08", 8},  // 1.3.6.1.5.5.7.3.8
    {"\x2b\x06\x01\x05\x05\x07\x03\x09", 8},  // 1.3.6.1.5.5.7.3.9
    {"\x60\x86\x48\x01\x86\xf8\x42\x04\x01", 9},  // 2.16.840.1.113730.4.1
    {"\x55\x1d\x25\x00", 4},  // 2.5.29.37.0
};

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

bool BrExtIsKnownEku(der::Input oid) {
  for (const OidBytes& k : kKnownEkus)
    if (k.size == oid.size() && std::memcmp(k.bytes, oid.data(), k.size) == 0) return true;
  return false;
}

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
