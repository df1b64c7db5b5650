// File: lints/util/zcrypto/extensions.cc
#include "lints/util/zcrypto/extensions.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "lints/util/cert/class.h"
#include "lints/util/subject/values.h"
#include "lints/util/zcrypto/reader.h"

namespace cair::lints::util::zcrypto {

using der::Element;
using der::Input;
using der::Parser;
namespace {

struct OidBytes {
  const char* bytes;
  size_t size;
};

// The extended key purposes zcrypto has a name for (its generated table, in
// the version zlint v3.7 builds with: it includes ipsecIntermediateSystemUsage
// 1.3.6.1.5.5.8.2.2), as OBJECT IDENTIFIER contents octets.
constexpr OidBytes kKnownEkus[] = {
    {"\x2a\x86\x48\x86\xf7\x2f\x01\x01\x05", 9},           // 1.2.840.113583.1.1.5 Adobe Authentic Documents Trust
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x01", 9},           // 1.2.840.113635.100.4.1
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x01\x01", 10},      // 1.2.840.113635.100.4.1.1
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x01\x02", 10},      // 1.2.840.113635.100.4.1.2
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x01\x03", 10},      // 1.2.840.113635.100.4.1.3
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x01\x04", 10},      // 1.2.840.113635.100.4.1.4
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x02", 9},           // 1.2.840.113635.100.4.2
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x03", 9},           // 1.2.840.113635.100.4.3
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x04", 9},           // 1.2.840.113635.100.4.4
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x05", 9},           // 1.2.840.113635.100.4.5
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x05\x01", 10},      // 1.2.840.113635.100.4.5.1
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x05\x02", 10},      // 1.2.840.113635.100.4.5.2
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x05\x03", 10},      // 1.2.840.113635.100.4.5.3
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x05\x04", 10},      // 1.2.840.113635.100.4.5.4
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x06", 9},           // 1.2.840.113635.100.4.6
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x06\x01", 10},      // 1.2.840.113635.100.4.6.1
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x06\x02", 10},      // 1.2.840.113635.100.4.6.2
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x06\x03", 10},      // 1.2.840.113635.100.4.6.3
    {"\x2a\x86\x48\x86\xf7\x63\x64\x04\x06\x04", 10},      // 1.2.840.113635.100.4.6.4
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x01", 10},      // 1.3.6.1.4.1.311.10.3.1
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x0a", 10},      // 1.3.6.1.4.1.311.10.3.10
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x0b", 10},      // 1.3.6.1.4.1.311.10.3.11
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x0c", 10},      // 1.3.6.1.4.1.311.10.3.12
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x0d", 10},      // 1.3.6.1.4.1.311.10.3.13
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x0e", 10},      // 1.3.6.1.4.1.311.10.3.14
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x0f", 10},      // 1.3.6.1.4.1.311.10.3.15
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x10", 10},      // 1.3.6.1.4.1.311.10.3.16
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x02", 10},      // 1.3.6.1.4.1.311.10.3.2
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x03", 10},      // 1.3.6.1.4.1.311.10.3.3
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x03\x01", 11},  // 1.3.6.1.4.1.311.10.3.3.1
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x04", 10},      // 1.3.6.1.4.1.311.10.3.4
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x04\x01", 11},  // 1.3.6.1.4.1.311.10.3.4.1
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x05", 10},      // 1.3.6.1.4.1.311.10.3.5
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x06", 10},      // 1.3.6.1.4.1.311.10.3.6
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x07", 10},      // 1.3.6.1.4.1.311.10.3.7
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x08", 10},      // 1.3.6.1.4.1.311.10.3.8
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x09", 10},      // 1.3.6.1.4.1.311.10.3.9
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x05\x01", 10},      // 1.3.6.1.4.1.311.10.5.1
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x05\x02", 10},      // 1.3.6.1.4.1.311.10.5.2
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x05\x03", 10},      // 1.3.6.1.4.1.311.10.5.3
    {"\x2b\x06\x01\x04\x01\x82\x37\x0a\x05\x04", 10},      // 1.3.6.1.4.1.311.10.5.4
    {"\x2b\x06\x01\x04\x01\x82\x37\x14\x02\x01", 10},      // 1.3.6.1.4.1.311.20.2.1
    {"\x2b\x06\x01\x04\x01\x82\x37\x14\x02\x02", 10},      // 1.3.6.1.4.1.311.20.2.2
    {"\x2b\x06\x01\x04\x01\x82\x37\x15\x05", 9},           // 1.3.6.1.4.1.311.21.5
    {"\x2b\x06\x01\x04\x01\x82\x37\x15\x06", 9},           // 1.3.6.1.4.1.311.21.6
    {"\x2b\x06\x01\x04\x01\x82\x37\x2f\x01\x01", 10},      // 1.3.6.1.4.1.311.47.1.1
    {"\x2b\x06\x01\x04\x01\x82\x37\x2f\x01\x03", 10},      // 1.3.6.1.4.1.311.47.1.3
    {"\x2b\x06\x01\x04\x01\x82\x37\x3d\x01\x01", 10},      // 1.3.6.1.4.1.311.61.1.1
    {"\x2b\x06\x01\x05\x05\x07\x03\x01", 8},               // 1.3.6.1.5.5.7.3.1
    {"\x2b\x06\x01\x05\x05\x07\x03\x0a", 8},               // 1.3.6.1.5.5.7.3.10
    {"\x2b\x06\x01\x05\x05\x07\x03\x0b", 8},               // 1.3.6.1.5.5.7.3.11
    {"\x2b\x06\x01\x05\x05\x07\x03\x0d", 8},               // 1.3.6.1.5.5.7.3.13
    {"\x2b\x06\x01\x05\x05\x07\x03\x0e", 8},               // 1.3.6.1.5.5.7.3.14
    {"\x2b\x06\x01\x05\x05\x07\x03\x02", 8},               // 1.3.6.1.5.5.7.3.2
    {"\x2b\x06\x01\x05\x05\x07\x03\x03", 8},               // 1.3.6.1.5.5.7.3.3
    {"\x2b\x06\x01\x05\x05\x07\x03\x04", 8},               // 1.3.6.1.5.5.7.3.4
    {"\x2b\x06\x01\x05\x05\x07\x03\x05", 8},               // 1.3.6.1.5.5.7.3.5
    {"\x2b\x06\x01\x05\x05\x07\x03\x06", 8},               // 1.3.6.1.5.5.7.3.6
    {"\x2b\x06\x01\x05\x05\x07\x03\x07", 8},               // 1.3.6.1.5.5.7.3.7
    {"\x2b\x06\x01\x05\x05\x07\x03\x08", 8},               // 1.3.6.1.5.5.7.3.8
    {"\x2b\x06\x01\x05\x05\x07\x03\x09", 8},               // 1.3.6.1.5.5.7.3.9
    {"\x2b\x06\x01\x05\x05\x08\x02\x02", 8},               // 1.3.6.1.5.5.8.2.2
    {"\x60\x86\x48\x01\x86\xf8\x42\x04\x01", 9},           // 2.16.840.1.113730.4.1
    {"\x55\x1d\x25\x00", 4},                               // 2.5.29.37.0
};

constexpr uint8_t kUniversal = 0;

// Decodes `value` as a top-level element of universal tag `tag` with the
// given constructed bit, as Go's Unmarshal into a fixed type does.
bool ExpectTopLevel(der::Input value, uint32_t tag, bool compound, Tlv* out) {
  size_t off = 0;
  if (!ReadTlv(value, &off, out)) return false;
  return out->cls == kUniversal && out->tag == tag && out->compound == compound && !out->truncated;
}

// One optional struct field of universal tag `tag` (primitive) at `*off`:
// returns 1 when decoded into `*field`, 0 when absent (another tag, or the
// end of the contents), -1 on a decoding error.
int OptionalPrimitive(der::Input contents, size_t* off, uint32_t tag, Tlv* field) {
  if (*off == contents.size()) return 0;
  size_t next = *off;
  if (!ReadTlv(contents, &next, field)) return -1;
  if (field->cls != kUniversal || field->tag != tag || field->compound) return 0;
  if (field->truncated) return -1;
  *off = next;
  return 1;
}

x509::CertificatePolicies LastPolicies(const x509::Certificate& c) {
  const x509::Extension* e = LastExtension(c, oid::kCertificatePolicies);
  return e ? x509::ParseCertificatePolicies(*e) : x509::CertificatePolicies{};
}

}  // namespace

EkuCounts CountEkus(const x509::Certificate& c) {
  EkuCounts n;
  ForEachEku(c, [&](der::Input p) {
    ++(IsKnownEku(p) ? n.known : n.unknown);
    return true;
  });
  return n;
}

bool HasEku(const x509::Certificate& c, der::Input purpose) {
  bool found = false;
  ForEachEku(c, [&](der::Input p) {
    found = p == purpose;
    return !found;
  });
  return found;
}

bool HasAiaUrl(const x509::Certificate& c, der::Input method) {
  bool found = false;
  ForEachAiaUrl(c, method, [&](std::string_view) {
    found = true;
    return false;
  });
  return found;
}

bool HasStringAttribute(const x509::Name& name, der::Input oid) {
  for (const x509::Attribute& a : name.attributes) {
    if (!subject::SameOid(a.oid, oid)) continue;
    const der::Tag t = a.value_tag;
    if (t == der::kPrintableString || t == der::kNumericString || t == der::kIa5String ||
        t == der::kTeletexString || t == der::kUtf8String || t == der::kBmpString)
      return true;
  }
  return false;
}

const x509::CertificatePolicies& Policies(const x509::Certificate& c) {
  if (c.CountExtension(oid::kCertificatePolicies) <= 1) return c.policies;
  return c.Derived(&LastPolicies);
}

namespace {

PoliciesView ComputePolicies(const x509::Certificate& c) {
  PoliciesView view;
  view.ext = LastExtension(c, oid::kCertificatePolicies);
  if (!view.ext) return view;
  // The certificate's parsed copy is of the FIRST such extension.
  std::optional<x509::CertificatePolicies> own;
  if (view.ext != c.FindExtension(oid::kCertificatePolicies))
    own = x509::ParseCertificatePolicies(*view.ext);
  const x509::CertificatePolicies& cp = own ? *own : c.policies;
  view.policies.reserve(cp.policies.size());
  for (const auto& info : cp.policies) {
    PolicyView pv;
    pv.oid = info.oid;
    for (const auto& q : info.qualifiers) {
      // zcrypto decodes a UserNotice only under the id-qt-unotice qualifier id.
      if (q.id != oid::kQtUnotice || !q.has_qualifier || q.qualifier.tag != der::kSequence)
        continue;
      if (q.has_explicit_text && !q.explicit_text.value.empty())
        pv.explicit_texts.push_back({q.explicit_text.tag.number, q.explicit_text.value});
      if (q.has_notice_ref) pv.has_notice_ref = true;
    }
    view.policies.push_back(std::move(pv));
  }
  return view;
}

bool IsUniversalSequence(const Element& el) { return el.tag == der::kSequence; }

}  // namespace

const PoliciesView& PoliciesOf(const x509::Certificate& c) {
  return c.Derived<PoliciesView>(&ComputePolicies);
}

std::optional<std::vector<std::pair<Input, Input>>> PolicyMappingPairs(const x509::Extension& e) {
  Input rest;
  auto outer = ReadStrict(e.value, &rest);
  if (!outer || !rest.empty() || !IsUniversalSequence(*outer)) return std::nullopt;
  std::vector<std::pair<Input, Input>> out;
  Input items = outer->value;
  // SEQUENCE SIZE (1..MAX): an empty outer SEQUENCE fails like a bad item.
  do {
    auto inner = ReadStrict(items, &items);
    if (!inner || !IsUniversalSequence(*inner)) return std::nullopt;
    Input after_first;
    auto issuer = ReadStrict(inner->value, &after_first);
    if (!issuer || issuer->tag != der::kOid || !OidOk(issuer->value) || after_first.empty())
      return std::nullopt;
    Input after_second;
    auto subject = ReadStrict(after_first, &after_second);
    if (!subject || subject->tag != der::kOid || !OidOk(subject->value) ||
        !after_second.empty())
      return std::nullopt;
    out.emplace_back(issuer->value, subject->value);
  } while (!items.empty());
  return out;
}

namespace {
BasicConstraints ComputeBasicConstraints(const x509::Certificate& c) {
  BasicConstraints bc;
  if (c.CountExtension(oid::kBasicConstraints) == 0) return bc;
  for (const x509::Extension& e : c.extensions) {
    if (!subject::SameOid(e.oid, oid::kBasicConstraints)) continue;
    Tlv seq;
    if (!ExpectTopLevel(e.value, 16, true, &seq)) continue;
    size_t off = 0;
    Tlv field;
    bool is_ca = false;
    const int ca = OptionalPrimitive(seq.value, &off, 1, &field);
    if (ca < 0) continue;
    if (ca == 1) {
      const std::optional<bool> v = Bool(field.value);
      if (!v) continue;
      is_ca = *v;
    }
    int64_t path_len = -1;
    const int pl = OptionalPrimitive(seq.value, &off, 2, &field);
    if (pl < 0) continue;
    if (pl == 1) {
      const std::optional<int64_t> v = Int64(field.value);
      if (!v) continue;
      path_len = *v;
    }
    bc.valid = true;
    bc.is_ca = is_ca;
    bc.max_path_len = path_len;
  }
  return bc;
}
}  // namespace

// Once per certificate: ~40 lints ask.
BasicConstraints BasicConstraintsOf(const x509::Certificate& c) {
  return c.Derived<BasicConstraints>(&ComputeBasicConstraints);
}

bool IsSubscriber(const x509::Certificate& c) {
  return !BasicConstraintsOf(c).is_ca && !cert::IsSelfSigned(c);
}

// id-kp (1.3.6.1.5.5.7.3.x), the arc of nearly every EKU a certificate lists
// and the 49th entry of the table on: the known ones with a one-octet x, as a
// bitmap of x.
constexpr char kIdKp[] = "\x2b\x06\x01\x05\x05\x07\x03";
constexpr auto kKnownIdKp = [] {
  std::array<uint64_t, 4> bits{};
  for (const OidBytes& k : kKnownEkus)
    if (k.size == 8 && std::string_view(k.bytes, 7) == std::string_view(kIdKp, 7)) {
      const auto x = static_cast<unsigned char>(k.bytes[7]);
      bits[x / 64] |= uint64_t{1} << (x % 64);
    }
  return bits;
}();

bool IsKnownEku(der::Input oid) {
  if (oid.size() == 8 && std::memcmp(oid.data(), kIdKp, 7) == 0) {
    const unsigned x = oid[7];
    return (kKnownIdKp[x / 64] >> (x % 64)) & 1;
  }
  for (const OidBytes& k : kKnownEkus)
    if (k.size == oid.size() && std::memcmp(k.bytes, oid.data(), k.size) == 0) return true;
  return false;
}

std::optional<bool> BasicConstraintsCa(der::Input value) {
  auto seq = ReadStrict(value);
  if (!seq || seq->tag != der::kSequence) return std::nullopt;
  Input rest = seq->value;
  bool ca = false;
  if (!rest.empty()) {
    auto el = ReadStrict(rest);
    if (!el) return std::nullopt;
    if (el->tag == der::kBoolean) {
      if (el->value.size() != 1 || (el->value[0] != 0 && el->value[0] != 0xff)) return std::nullopt;
      ca = el->value[0] == 0xff;
      rest = rest.sub(el->full.size());
    }
  }
  if (!rest.empty()) {
    auto el = ReadStrict(rest);
    if (!el) return std::nullopt;
    if (el->tag == der::kInteger && !Int64(el->value)) return std::nullopt;
  }
  return ca;
}

namespace {
std::vector<der::Input> ComputeCrlDistributionUris(const x509::Certificate& c) {
  std::vector<Input> uris;
  for (const x509::Extension& e : c.extensions) {
    if (!subject::SameOid(e.oid, oid::kCrlDistributionPoints)) continue;
    auto outer = der::ReadElement(e.value);
    if (!outer || outer->tag != der::kSequence) continue;
    Parser dps(outer->value);
    while (auto dp = dps.Next()) {
      if (dp->tag != der::kSequence) continue;
      Parser fields(dp->value);
      auto name = fields.Optional(der::ContextConstructed(0));
      if (!name) continue;
      auto full = der::ReadElement(name->value);
      if (!full || full->tag.cls != der::TagClass::kContextSpecific || full->tag.number != 0)
        continue;
      Parser names(full->value);
      while (auto n = names.Next())
        if (n->tag.number == 6) uris.push_back(n->value);
    }
  }
  return uris;
}
}  // namespace

const std::vector<der::Input>& CrlDistributionUris(const x509::Certificate& c) {
  return c.Derived(&ComputeCrlDistributionUris);
}

size_t OcspServerCount(const x509::Certificate& c) {
  size_t count = 0;
  for (const x509::Extension& e : c.extensions) {
    if (!subject::SameOid(e.oid, oid::kAuthorityInfoAccess)) continue;
    auto outer = der::ReadElement(e.value);
    if (!outer || outer->tag != der::kSequence) continue;
    Parser ads(outer->value);
    while (auto ad = ads.Next()) {
      if (ad->tag != der::kSequence) continue;
      Parser fields(ad->value);
      auto method = fields.Expect(der::kOid);
      auto location = fields.Next();
      if (method && location && method->value == oid::kAdOcsp && location->tag.number == 6) ++count;
    }
  }
  return count;
}

}  // namespace cair::lints::util::zcrypto
