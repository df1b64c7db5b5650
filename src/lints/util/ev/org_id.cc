#include "lints/util/ev/org_id.h"
#include "lints/util/zcrypto/reader.h"

#include "der/parser.h"
#include "lints/util/subject/values.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints::util::ev {
namespace {

using der::Input;

bool IsUpper(char ch) { return ch >= 'A' && ch <= 'Z'; }

bool GoPrintableChar(uint8_t b) {
  if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) return true;
  switch (b) {
    case ' ': case '\'': case '(': case ')': case '+': case ',': case '-': case '.':
    case '/': case ':': case '=': case '?':
    case '*': case '&':  // Go accepts these two although X.680 does not
      return true;
    default:
      return false;
  }
}

// utf8.Valid: no overlong forms, no surrogates, nothing above U+10FFFF.
bool GoValidUtf8(Input v) {
  size_t i = 0;
  while (i < v.size()) {
    const uint8_t b = v[i];
    if (b < 0x80) { ++i; continue; }
    size_t n;
    uint32_t lo = 0x80, hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b == 0xe0) { n = 2; lo = 0xa0; }
    else if (b == 0xed) { n = 2; hi = 0x9f; }
    else if (b >= 0xe1 && b <= 0xef) n = 2;
    else if (b == 0xf0) { n = 3; lo = 0x90; }
    else if (b == 0xf4) { n = 3; hi = 0x8f; }
    else if (b >= 0xf1 && b <= 0xf3) n = 3;
    else return false;
    if (i + n >= v.size()) return false;  // truncated sequence
    if (v[i + 1] < lo || v[i + 1] > hi) return false;
    for (size_t k = 2; k <= n; ++k)
      if (v[i + k] < 0x80 || v[i + k] > 0xbf) return false;
    i += n + 1;
  }
  return true;
}

// The checks Go's encoding/asn1 makes when it decodes a universal string
// type (tag number `tag`); false for a malformed value.
bool GoStringOk(uint32_t tag, Input v) {
  switch (tag) {
    case 19:
      for (uint8_t b : v)
        if (!GoPrintableChar(b)) return false;
      return true;
    case 18:
      for (uint8_t b : v)
        if (!((b >= '0' && b <= '9') || b == ' ')) return false;
      return true;
    case 22:
      for (uint8_t b : v)
        if (b >= 0x80) return false;
      return true;
    case 12:
      return GoValidUtf8(v);
    case 30:
      return v.size() % 2 == 0;
    default:  // TeletexString, GeneralString: bytes as they are
      return true;
  }
}

// A universal string type that Go's asn1 maps to a Go string field.
bool IsGoStringFieldTag(const der::Tag& t) {
  if (t.cls != der::TagClass::kUniversal || t.constructed) return false;
  switch (t.number) {
    case 12: case 18: case 19: case 20: case 22: case 27: case 30:
      return true;
    default:
      return false;
  }
}

std::string GoString(uint32_t tag, Input v) {
  x509::Attribute a;
  a.value_tag = der::Universal(tag);
  a.value = v;
  std::string scratch;
  return std::string(subject::GoStringValue(a, &scratch));
}

// Decodes one Go string field at the start of `*in`.
bool ReadStringField(Input* in, std::string* out) {
  Input rest;
  auto el = zcrypto::ReadStrict(*in, &rest);
  if (!el || !IsGoStringFieldTag(el->tag) || !GoStringOk(el->tag.number, el->value)) return false;
  *out = GoString(el->tag.number, el->value);
  *in = rest;
  return true;
}

// Go's checks on an ANY value decoded into interface{}.
bool GoAnyValueOk(const der::Element& el) {
  if (el.tag.cls != der::TagClass::kUniversal || el.tag.constructed) return true;
  const Input v = el.value;
  switch (el.tag.number) {
    case 12: case 18: case 19: case 20: case 22: case 30:
      return GoStringOk(el.tag.number, v);
    case 2:  // INTEGER into int64: non-empty, minimal, at most 8 bytes
      if (v.empty() || v.size() > 8) return false;
      if (v.size() > 1 && ((v[0] == 0 && !(v[1] & 0x80)) || (v[0] == 0xff && (v[1] & 0x80))))
        return false;
      return true;
    case 3: {  // BIT STRING
      if (v.empty()) return false;
      const uint8_t pad = v[0];
      if (pad > 7 || (v.size() == 1 && pad > 0)) return false;
      return (v[v.size() - 1] & ((1u << pad) - 1)) == 0;
    }
    case 6:
      return zcrypto::OidOk(v);
    default:
      return true;
  }
}

}  // namespace

std::optional<OrgId> DecodeCabfOrgId(Input value) {
  auto seq = zcrypto::ReadStrict(value);
  if (!seq || seq->tag != der::kSequence) return std::nullopt;
  Input in = seq->value;
  OrgId id;
  if (!ReadStringField(&in, &id.scheme) || !ReadStringField(&in, &id.country)) return std::nullopt;
  // [0] IMPLICIT PrintableString OPTIONAL: present when the next element
  // carries the context tag 0; its contents are then read as PrintableString.
  if (!in.empty()) {
    Input rest;
    auto el = zcrypto::ReadStrict(in, &rest);
    if (!el) return std::nullopt;
    if (el->tag.cls == der::TagClass::kContextSpecific && el->tag.number == 0) {
      if (el->tag.constructed || !GoStringOk(19, el->value)) return std::nullopt;
      id.state = el->value.AsString();
      in = rest;
    }
  }
  if (!ReadStringField(&in, &id.reference)) return std::nullopt;
  return id;
}

std::optional<OrgId> CabfOrgIdExtension(const x509::Certificate& c) {
  const x509::Extension* e = zcrypto::LastExtension(c, oid::kCabfOrganizationIdentifier);
  if (e == nullptr) return std::nullopt;
  return DecodeCabfOrgId(e->value);
}

std::optional<OrgId> ParseSubjectOrgId(std::string_view s, bool psd) {
  // scheme (3) and country (2) upper-case letters
  if (s.size() < 5) return std::nullopt;
  for (size_t i = 0; i < 5; ++i)
    if (!IsUpper(s[i])) return std::nullopt;
  OrgId id;
  id.scheme = std::string(s.substr(0, 3));
  id.country = std::string(s.substr(3, 2));
  size_t pos = 5;
  if (pos < s.size() && s[pos] == '+') {
    if (pos + 3 > s.size() || !IsUpper(s[pos + 1]) || !IsUpper(s[pos + 2])) return std::nullopt;
    id.state = std::string(s.substr(pos + 1, 2));
    pos += 3;
  }
  if (pos >= s.size() || s[pos] != '-') return std::nullopt;
  ++pos;
  if (psd) {
    while (pos < s.size() && IsUpper(s[pos])) ++pos;
    if (pos >= s.size() || s[pos] != '-') return std::nullopt;
    ++pos;
  }
  // reference: one or more characters, none of them a newline ('.' does not
  // match "\n" and '$' is the end of the text)
  const std::string_view ref = s.substr(pos);
  if (ref.empty() || ref.find('\n') != std::string_view::npos) return std::nullopt;
  id.reference = std::string(ref);
  return id;
}

bool GoDecodesRdnSequence(const x509::Name& name) {
  auto seq = zcrypto::ReadStrict(name.full);
  if (!seq || seq->tag != der::kSequence) return false;
  Input rdns = seq->value;
  while (!rdns.empty()) {
    auto set = zcrypto::ReadStrict(rdns, &rdns);
    if (!set || set->tag != der::kSet) return false;
    Input atvs = set->value;
    while (!atvs.empty()) {
      auto atv = zcrypto::ReadStrict(atvs, &atvs);
      if (!atv || atv->tag != der::kSequence) return false;
      Input rest;
      auto type = zcrypto::ReadStrict(atv->value, &rest);
      if (!type || type->tag != der::kOid || !zcrypto::OidOk(type->value)) return false;
      auto value = zcrypto::ReadStrict(rest);
      if (!value || !GoAnyValueOk(*value)) return false;
    }
  }
  return true;
}

}  // namespace cair::lints::util::ev
