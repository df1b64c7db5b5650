// File: lints/util/zcrypto/reader.h
// The one strict element reader of the zcrypto view: ASN.1 read the way Go's
// encoding/asn1 (which zcrypto forks, and zlint's lints use for their ad-hoc
// walks) reads it, so that a lint re-decoding an extension value accepts and
// rejects what zlint does. Minimal lengths and tags, no indefinite length,
// BOOLEAN only 00/FF, minimal INTEGERs, BIT STRING padding bits zero.
#ifndef CAIR_LINTS_UTIL_ZCRYPTO_READER_H_
#define CAIR_LINTS_UTIL_ZCRYPTO_READER_H_

#include <cstddef>
#include <cstdint>
#include <optional>

#include "der/input.h"
#include "der/parser.h"

namespace cair::lints::util::zcrypto {

// ReadStrict reads one element from the start of `in` (src/der's reader)
// and refuses what Go refuses: nullopt for anything src/der flags as not DER
// (non-minimal length or tag, indefinite length, ...). `*rest`, when given,
// receives the bytes after the element; it aliases `in`.
// Inline: ~5 calls per certificate (CRL distribution points, basic
// constraints, key usage, policy qualifiers).
inline std::optional<der::Element> ReadStrict(der::Input in, der::Input* rest = nullptr) {
  auto el = der::ReadElement(in);
  if (!el || el->flags != 0) return std::nullopt;
  if (rest) *rest = in.sub(el->full.size());
  return el;
}

// OidOk is true when `v` is an OBJECT IDENTIFIER body Go's encoding/asn1
// accepts (non-empty, minimal base-128 arcs, each arc fitting in 31 bits).
bool OidOk(der::Input v);

// One element header as Go's asn1 reader sees it, for walks that must tell a
// truncated element (Go reports it only when it goes on to decode it) from a
// malformed header.
struct Tlv {
  uint8_t cls = 0;  // 0 universal, 1 application, 2 context, 3 private
  bool compound = false;
  uint32_t tag = 0;
  der::Input value;
  der::Input full;
  bool truncated = false;
};

// ReadTlv reads the element at `*offset` in `bytes` with Go's rules; false
// when the header is malformed. When the contents run past the end,
// `truncated` is set and `*offset` is left unchanged; otherwise `*offset`
// moves past the element. The header comes from src/der (der::ReadHeader,
// which also describes a truncated element); this adds Go's limits.
// Inline: the catalogue reads ~17 headers per certificate through it.
inline bool ReadTlv(der::Input bytes, size_t* offset, Tlv* out) {
  if (*offset >= bytes.size()) return false;
  const der::Input in = bytes.sub(*offset);
  const auto h = der::ReadHeader(in);
  // Go refuses what DER's minimal rules refuse (src/der flags it), tag
  // numbers above int32 or of more than five base-128 digits, and lengths
  // of 2^31 or more (its reader stops at 1<<23 before each further octet).
  if (!h || h->flags != 0 || h->tag.number > INT32_MAX || h->tag_size > 6 ||
      h->length >= (size_t{1} << 31))
    return false;
  out->cls = static_cast<uint8_t>(h->tag.cls);
  out->compound = h->tag.constructed;
  out->tag = h->tag.number;
  out->truncated = h->length > in.size() - h->header_size;
  if (out->truncated) {
    out->value = der::Input();
    out->full = in.sub(0, h->header_size);
    return true;
  }
  out->value = in.sub(h->header_size, h->length);
  out->full = in.sub(0, h->header_size + h->length);
  *offset += h->header_size + h->length;
  return true;
}

// CountTlvs reads `contents` as consecutive elements with ReadTlv's rules
// (Go's SEQUENCE OF walk): their number, or -1 when one has a malformed
// header or runs past the end. The common header form (src/der's fast path:
// one-octet tag, length of up to two octets) is read in place.
inline long CountTlvs(der::Input contents) {
  const uint8_t* p = contents.data();
  size_t left = contents.size();
  long n = 0;
  while (left > 0) {
    der::Header h;
    size_t size = 0;
    if (der::ReadCommonHeader(p, left, &h)) {
      // Tag number below 31, length below 2^16: within Go's limits.
      if (h.flags != 0 || h.length > left - h.header_size) return -1;
      size = h.header_size + h.length;
    } else {
      Tlv t;
      if (!ReadTlv(der::Input(p, left), &size, &t) || t.truncated) return -1;
    }
    p += size;
    left -= size;
    ++n;
  }
  return n;
}

// Int64 is Go's INTEGER into int64: non-empty, minimal, at most 8 bytes.
std::optional<int64_t> Int64(der::Input v);
// Bool is Go's BOOLEAN: exactly one byte, 00 or FF.
std::optional<bool> Bool(der::Input v);
// BitStringLength is Go's BIT STRING: the bit length, or nullopt when the
// unused-bit count is above 7, non-zero on an empty string, or the padding is
// not zero.
std::optional<size_t> BitStringLength(der::Input v);

}  // namespace cair::lints::util::zcrypto

#endif  // CAIR_LINTS_UTIL_ZCRYPTO_READER_H_
