// File: lints/util/subject/values.h
// Helpers for the lints on the attribute values of a distinguished name
// (RFC 5280 4.1.2.4, 4.1.2.6, Appendix A). zlint reads a Name through
// zcrypto, and its verdicts depend on what zcrypto makes of each value:
//   - pkix.Name's per-type lists (Country, Organization, CommonNames, ...)
//     hold every attribute of every RDN, multi-valued RDNs flattened, but
//     only those whose value zcrypto's encoding/asn1 turns into a Go string
//     when read as ANY: universal, primitive PrintableString, NumericString,
//     IA5String, TeletexString (bytes copied as they are, NOT read as
//     Latin-1), UTF8String and BMPString (UTF-16, a trailing U+0000
//     dropped). UniversalString, VisibleString, GeneralString and the rest
//     are not strings there;
//   - CommonName and SerialNumber are the LAST such value of their type;
//   - lengths are counted in runes the way Go's unicode/utf8 counts them
//     (each byte of an invalid sequence is one rune).
// The functions on runes follow Go's unicode/utf8 and unicode exactly.
#ifndef CAIR_LINTS_UTIL_SUBJECT_VALUES_H_
#define CAIR_LINTS_UTIL_SUBJECT_VALUES_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "der/input.h"
#include "x509/certificate.h"
#include "x509/name.h"
#include "x509/oids.h"

namespace cair::lints::util::subject {

// ---- Go's unicode/utf8 and unicode.IsSpace -----------------------------------

inline constexpr uint32_t kGoRuneError = 0xfffd;

// utf8.DecodeRuneInString: the first rune of `s` and its size in bytes; an
// invalid or truncated sequence is (U+FFFD, 1); empty input is (U+FFFD, 0).
uint32_t GoDecodeRune(std::string_view s, size_t* size);
// utf8.DecodeLastRuneInString: the last rune of `s`, same conventions.
uint32_t GoDecodeLastRune(std::string_view s, size_t* size);
// utf8.RuneCountInString.
size_t GoRuneCount(std::string_view s);
// unicode.IsSpace: Latin-1 \t \n \v \f \r space U+0085 U+00A0, and the other
// White_Space code points.
bool GoIsSpace(uint32_t r);
// GoIsSpace of an ASCII rune (r < 0x80): \t \n \v \f \r and space.
inline bool GoIsAsciiSpace(uint32_t r) { return r == ' ' || (r >= '\t' && r <= '\r'); }

// ---- Bytes of values, eight at a time -------------------------------------------

// The length of the longest prefix of `s` made of printable ASCII bytes
// (0x20..0x7e): most subject text, skipped a 64-bit word at a time.
inline size_t PrintableAsciiPrefix(std::string_view s) {
  constexpr uint64_t kOnes = 0x0101010101010101u, kHigh = 0x8080808080808080u;
  const char* p = s.data();
  const size_t n = s.size();
  size_t i = 0;
  // A byte >= 0x80; a byte < 0x20 (the borrow test is exact for "some
  // byte": a borrow only starts at such a byte); a byte equal to 0x7f.
  auto clean = [&](size_t at) {
    uint64_t x;
    std::memcpy(&x, p + at, 8);
    const uint64_t y = x ^ (kOnes * 0x7f);
    return ((x & kHigh) | ((x - kOnes * 0x20) & ~x & kHigh) | ((y - kOnes) & ~y & kHigh)) == 0;
  };
  for (; i + 8 <= n; i += 8)
    if (!clean(i)) break;
  // The last (overlapping) word covers a tail after clean words.
  if (i < n && i + 8 > n && n >= 8 && clean(n - 8)) return n;
  while (i < n && static_cast<uint8_t>(p[i]) >= 0x20 && static_cast<uint8_t>(p[i]) < 0x7f) ++i;
  return i;
}

// der::IsPrintableString by a table of the 256 bytes (X.680 41.4: A-Z a-z
// 0-9 space ' ( ) + , - . / : = ?): the subject PrintableString lint asks it
// of ~3.5 values per certificate. Values_test checks the table against
// der::IsPrintableChar.
inline constexpr std::array<bool, 256> kPrintableStringBytes = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[c] = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           std::string_view(" '()+,-./:=?").find(static_cast<char>(c)) != std::string_view::npos;
  return t;
}();
inline bool IsPrintableStringValue(der::Input v) {
  for (uint8_t c : v)
    if (!kPrintableStringBytes[c]) return false;
  return true;
}

// ---- Attribute values as zcrypto sees them ------------------------------------

// The value decodes to a Go string in zcrypto (see the file comment):
// universal, primitive, tag number 12, 18, 19, 20, 22 or 30. Inline: the DN
// lints ask it of every attribute.
inline bool IsGoStringValue(const x509::Attribute& a) {
  constexpr uint32_t kGoStringTags = 1u << 12 | 1u << 18 | 1u << 19 | 1u << 20 | 1u << 22 | 1u << 30;
  return a.value_tag.cls == der::TagClass::kUniversal && !a.value_tag.constructed &&
         a.value_tag.number < 32 && (kGoStringTags >> a.value_tag.number & 1);
}
// GoStringValue of a BMPString (UTF-16 decoded into `*scratch`).
std::string_view BmpGoStringValue(const x509::Attribute& a, std::string* scratch);
// The Go string of a value for which IsGoStringValue holds: a view of the
// value's bytes, or of `*scratch` (overwritten) for a BMPString.
inline std::string_view GoStringValue(const x509::Attribute& a, std::string* scratch) {
  if (a.value_tag.number != 30) return a.value.AsStringView();
  return BmpGoStringValue(a, scratch);
}

// `a` and `b` are the same OID; lengths and last octets (where the 2.5.4.x
// attribute types differ) compared before the bytes: ~100 look-ups per
// certificate.
inline bool SameOid(der::Input a, der::Input b) {
  return a.size() == b.size() && (a.empty() || a[a.size() - 1] == b[b.size() - 1]) && a == b;
}

// Calls f(std::string_view) for each string value of type `oid` in `name`, in
// order; stops early and returns false when f returns false.
template <typename F>
bool ForEachGoString(const x509::Name& name, der::Input oid, F&& f) {
  std::string scratch;
  for (const auto& a : name.attributes) {
    if (!SameOid(a.oid, oid) || !IsGoStringValue(a)) continue;
    if (!f(GoStringValue(a, &scratch))) return false;
  }
  return true;
}

// Number of string values of type `oid`: the length of pkix.Name's list.
size_t CountGoStrings(const x509::Name& name, der::Input oid);
// The first / last string value of type `oid`, if any.
std::optional<std::string> FirstGoString(const x509::Name& name, der::Input oid);
std::optional<std::string> LastGoString(const x509::Name& name, der::Input oid);
// LastGoString without the copy: a view of the value's bytes, or of
// `*scratch` (overwritten) for a BMPString.
std::optional<std::string_view> LastGoStringView(const x509::Name& name, der::Input oid,
                                                 std::string* scratch);
// More than `max_runes` runes (a rune is at least one byte: a short string is
// not counted).
inline bool GoRuneCountAbove(std::string_view s, size_t max_runes) {
  return s.size() > max_runes && GoRuneCount(s) > max_runes;
}
// Some string value of type `oid` is longer than `max_runes` runes.
bool AnyGoStringLongerThan(const x509::Name& name, der::Input oid, size_t max_runes);

// CountGoStrings(c.subject, oid) > 0 and AnyGoStringLongerThan(c.subject,
// oid, max_runes), answered for the id-at types 2.5.4.x (x < 64) from a
// summary of the subject made once per certificate (which types have a
// string value, and each type's longest value in bytes: a bound on its
// runes); values that may be too long are counted as AnyGoStringLongerThan
// does. Other OIDs go to those functions. ~20 length and type lints ask.
bool SubjectHasGoString(const x509::Certificate& c, der::Input oid);
bool SubjectGoStringLongerThan(const x509::Certificate& c, der::Input oid, size_t max_runes);

// Cheap preconditions of the content lints, over the raw value bytes of
// every attribute (a superset of the string values they decode): a decoded
// string value holds '&' only if some raw value holds the byte 0x26 (a
// BMPString's U+0026 is 00 26), and a byte >= 0x80 only if some raw value
// does (a BMPString unit >= 0x80 has such a byte).
bool AnyValueHasByte(const x509::Name& name, char byte);
bool AllValuesAscii(const x509::Name& name);

// The subject fields that zlint's community content lints (HTML entities,
// UTF-8/Latin-1 mix-ups) read, by their pkix.Name field name, in zlint's
// order. Those lints look at the FIRST string value of each.
struct SubjectTextField {
  std::string_view go_name;
  der::Input oid;
};
inline constexpr SubjectTextField kSubjectTextFields[] = {
    {"GivenName", oid::kGivenName},
    {"Surname", oid::kSurname},
    {"CommonNames", oid::kCommonName},
    {"OrganizationalUnit", oid::kOrganizationalUnitName},
    {"Organization", oid::kOrganizationName},
    {"Locality", oid::kLocalityName},
    {"Province", oid::kStateOrProvinceName},
    {"StreetAddress", oid::kStreetAddress},
    {"PostalCode", oid::kPostalCode},
    {"OrganizationIDs", oid::kOrganizationIdentifier},
    {"JurisdictionLocality", oid::kJurisdictionLocality},
    {"JurisdictionProvince", oid::kJurisdictionStateOrProvince},
};

// ---- Raw RDNSequence checks -----------------------------------------------------

// zlint's util.IsNameAttribute: the RFC 5280 Appendix A naming attributes
// id-at 3-8, 10-12, 41-44 and 46, plus street (9) and postalCode (17).
inline bool IsPkixNameAttribute(der::Input oid) {
  // id-at = 2.5.4 = 55 04; the leaf fits in one byte for every member.
  constexpr uint64_t kLeaves = uint64_t{0x1ff8} /* 3..12 */ | uint64_t{1} << 17 | uint64_t{0xf} << 41 |
                               uint64_t{1} << 46;
  return oid.size() == 3 && oid[0] == 0x55 && oid[1] == 0x04 && oid[2] < 64 && (kLeaves >> oid[2] & 1);
}

// Some naming attribute (IsPkixNameAttribute) with a string value starts
// (`leading`) or ends (`trailing`) with a Unicode space.
struct DnWhitespace {
  bool leading = false;
  bool trailing = false;
};
DnWhitespace FindDnWhitespace(const x509::Name& name);
// FindDnWhitespace of the subject and of the issuer, once per certificate
// (a leading and a trailing lint ask of each).
DnWhitespace SubjectDnWhitespace(const x509::Certificate& c);
DnWhitespace IssuerDnWhitespace(const x509::Certificate& c);

// Some RDN (SET) holds more than one attribute.
bool HasMultiValuedRdn(const x509::Name& name);

// Some attribute of type `oid` has a value whose tag NUMBER (any class, as
// encoding/asn1's RawValue.Tag) differs from `tag_number`.
bool AnyValueTagNumberOtherThan(const x509::Name& name, der::Input oid, uint32_t tag_number);

}  // namespace cair::lints::util::subject

#endif  // CAIR_LINTS_UTIL_SUBJECT_VALUES_H_
