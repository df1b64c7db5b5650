#include "lints/util/ext_zcrypto.h"

#include <cstring>

#include "lints/util/cert_class.h"

namespace cair::lints::util {
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
bool ExpectTopLevel(der::Input value, uint32_t tag, bool compound, ExtGoTlv* out) {
  size_t off = 0;
  if (!ExtGoReadTlv(value, &off, out)) return false;
  return out->cls == kUniversal && out->tag == tag && out->compound == compound && !out->truncated;
}

// One optional struct field of universal tag `tag` (primitive) at `*off`:
// returns 1 when decoded into `*field`, 0 when absent (another tag, or the
// end of the contents), -1 on a decoding error.
int OptionalPrimitive(der::Input contents, size_t* off, uint32_t tag, ExtGoTlv* field) {
  if (*off == contents.size()) return 0;
  size_t next = *off;
  if (!ExtGoReadTlv(contents, &next, field)) return -1;
  if (field->cls != kUniversal || field->tag != tag || field->compound) return 0;
  if (field->truncated) return -1;
  *off = next;
  return 1;
}

}  // namespace

bool ExtGoReadTlv(der::Input bytes, size_t* offset, ExtGoTlv* out) {
  size_t pos = *offset;
  if (pos >= bytes.size()) return false;
  uint8_t b = bytes[pos++];
  out->cls = b >> 6;
  out->compound = (b & 0x20) != 0;
  uint32_t tag = b & 0x1f;
  if (tag == 0x1f) {
    // Base-128 tag number: at most four digits, minimal, fits in int32.
    int64_t v = 0;
    bool done = false;
    for (int digits = 0; pos < bytes.size(); ++digits) {
      if (digits == 5) return false;
      const uint8_t d = bytes[pos];
      if (digits == 0 && d == 0x80) return false;
      v = (v << 7) | (d & 0x7f);
      ++pos;
      if (!(d & 0x80)) {
        if (v > INT32_MAX) return false;
        done = true;
        break;
      }
    }
    if (!done || v < 0x1f) return false;
    tag = static_cast<uint32_t>(v);
  }
  out->tag = tag;
  if (pos >= bytes.size()) return false;
  b = bytes[pos++];
  size_t length = 0;
  if (!(b & 0x80)) {
    length = b;
  } else {
    const size_t n = b & 0x7f;
    if (n == 0) return false;  // indefinite length
    for (size_t i = 0; i < n; ++i) {
      if (pos >= bytes.size()) return false;
      if (length >= (size_t{1} << 23)) return false;
      length = (length << 8) | bytes[pos++];
      if (length == 0) return false;  // leading zero octet
    }
    if (length < 0x80) return false;  // long form where short form fits
  }
  out->truncated = length > bytes.size() - pos;
  if (out->truncated) {
    out->value = der::Input();
    out->full = bytes.sub(*offset, pos - *offset);
    return true;
  }
  out->value = bytes.sub(pos, length);
  out->full = bytes.sub(*offset, pos + length - *offset);
  *offset = pos + length;
  return true;
}

std::optional<int64_t> ExtGoInt64(der::Input v) {
  if (v.empty() || v.size() > 8) return std::nullopt;
  if (v.size() > 1 && ((v[0] == 0x00 && !(v[1] & 0x80)) || (v[0] == 0xff && (v[1] & 0x80))))
    return std::nullopt;
  uint64_t u = (v[0] & 0x80) ? ~uint64_t{0} : 0;
  for (uint8_t byte : v) u = (u << 8) | byte;
  return static_cast<int64_t>(u);
}

std::optional<bool> ExtGoBool(der::Input v) {
  if (v.size() != 1) return std::nullopt;
  if (v[0] == 0x00) return false;
  if (v[0] == 0xff) return true;
  return std::nullopt;
}

std::optional<size_t> ExtGoBitString(der::Input v) {
  if (v.empty()) return std::nullopt;
  const unsigned pad = v[0];
  if (pad > 7 || (v.size() == 1 && pad > 0)) return std::nullopt;
  if (v[v.size() - 1] & ((1u << pad) - 1)) return std::nullopt;
  return (v.size() - 1) * 8 - pad;
}

const x509::Extension* ExtLast(const x509::Certificate& c, der::Input oid) {
  const x509::Extension* last = nullptr;
  for (const x509::Extension& e : c.extensions)
    if (e.oid == oid) last = &e;
  return last;
}

uint16_t ExtZcryptoKeyUsage(const x509::Certificate& c) {
  uint16_t usage = 0;
  for (const x509::Extension& e : c.extensions) {
    if (e.oid != oid::kKeyUsage) continue;
    ExtGoTlv el;
    if (!ExpectTopLevel(e.value, 3, false, &el)) continue;
    const std::optional<size_t> bit_length = ExtGoBitString(el.value);
    if (!bit_length) continue;
    const der::Input bits = el.value.sub(1);
    uint16_t u = 0;
    for (size_t i = 0; i < 9 && i < *bit_length; ++i)
      if ((bits[i / 8] >> (7 - i % 8)) & 1) u |= uint16_t{1} << i;
    usage = u;
  }
  return usage;
}

ExtZcryptoBasicConstraints ExtZcryptoBc(const x509::Certificate& c) {
  ExtZcryptoBasicConstraints bc;
  for (const x509::Extension& e : c.extensions) {
    if (e.oid != oid::kBasicConstraints) continue;
    ExtGoTlv seq;
    if (!ExpectTopLevel(e.value, 16, true, &seq)) continue;
    size_t off = 0;
    ExtGoTlv field;
    bool is_ca = false;
    const int ca = OptionalPrimitive(seq.value, &off, 1, &field);
    if (ca < 0) continue;
    if (ca == 1) {
      const std::optional<bool> v = ExtGoBool(field.value);
      if (!v) continue;
      is_ca = *v;
    }
    int64_t path_len = -1;
    const int pl = OptionalPrimitive(seq.value, &off, 2, &field);
    if (pl < 0) continue;
    if (pl == 1) {
      const std::optional<int64_t> v = ExtGoInt64(field.value);
      if (!v) continue;
      path_len = *v;
    }
    bc.valid = true;
    bc.is_ca = is_ca;
    bc.max_path_len = path_len;
  }
  return bc;
}

bool ExtIsSubscriber(const x509::Certificate& c) {
  return !ExtZcryptoBc(c).is_ca && !IsSelfSigned(c);
}

bool ExtIsKnownEku(der::Input oid) {
  for (const OidBytes& k : kKnownEkus)
    if (k.size == oid.size() && std::memcmp(k.bytes, oid.data(), k.size) == 0) return true;
  return false;
}

}  // namespace cair::lints::util
