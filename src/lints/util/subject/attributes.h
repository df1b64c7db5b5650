// File: lints/util/subject/attributes.h
// Subject-name helpers for the CA/B Forum BR subject lints (BRs 7.1.2.7,
// 7.1.2.10.2, 7.1.4.2). zlint reads a subject through zcrypto's pkix.Name,
// which differs from the raw RDNSequence in ways that decide verdicts:
//   - `Names` holds every attribute, whatever its value type;
//   - the per-type slices (Organization, Country, CommonNames, ...) hold only
//     attributes whose value zcrypto's encoding/asn1 decodes to a Go string
//     when read as ANY: universal primitive PrintableString, NumericString,
//     IA5String, TeletexString (raw bytes), UTF8String, BMPString (UTF-16,
//     a trailing U+0000 dropped). UniversalString, VisibleString,
//     GeneralString and the rest are not strings there;
//   - CommonName is the LAST such commonName.
#ifndef CAIR_LINTS_UTIL_SUBJECT_ATTRIBUTES_H_
#define CAIR_LINTS_UTIL_SUBJECT_ATTRIBUTES_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "der/input.h"
#include "lint/config.h"
#include "lints/util/subject/values.h"
#include "x509/name.h"

namespace cair::lints::util::subject {

// The value is one that zcrypto decodes to a Go string (see above): the
// same test as values.h's IsGoStringValue.
inline bool IsZcryptoString(const x509::Attribute& a) { return IsGoStringValue(a); }
// The Go string zcrypto makes of the value (bytes, not necessarily UTF-8:
// TeletexString bytes are copied as they are). Meaningful when
// IsZcryptoString(a).
std::string ZcryptoString(const x509::Attribute& a);

// Number of attributes of type `oid` with a string value: the length of the
// matching pkix.Name slice (Organization, GivenName, Country, ...).
size_t CountZcryptoStrings(const x509::Name& name, der::Input oid);
inline bool HasZcryptoString(const x509::Name& name, der::Input oid) {
  return CountZcryptoStrings(name, oid) > 0;
}
// The last string value of type `oid` ("" when none): pkix.Name.CommonName
// for oid::kCommonName.
std::string LastZcryptoString(const x509::Name& name, der::Input oid);
// LastZcryptoString(name, oid).empty(), without building the string.
bool LastZcryptoStringEmpty(const x509::Name& name, der::Input oid);

// zlint's notion of "organizationName, givenName or surname present" used by
// the BR 7.1.4.2.2 subscriber subject rules: a string value of any of them.
bool HasOrgOrPersonalName(const x509::Name& name);

// A two-letter ISO 3166-1 alpha-2 code, compared without regard to ASCII
// case, or the BR's "XX" (no country). The list is ICU's
// (uloc_getISOCountries) with zlint's differences applied so that verdicts
// agree: ICU's non-ISO extras DG, EA, IC and XK are refused, and the deleted
// code AN (Netherlands Antilles) is still accepted, as zlint does.
bool IsIsoCountryCode(std::string_view code);

// The text Go's net.IP.String() gives for an iPAddress GeneralName value:
// dotted quad for 4 bytes and for IPv4-mapped IPv6, RFC 5952 form for other
// 16-byte values, "?" + hex otherwise.
std::string GoIpString(der::Input ip);

// Reads zlint's shared `[CABFBaselineRequirementsConfig] CrossSignedCa`
// (default false) into `*cross_signed`. Returns "" or the error text.
std::string ReadCrossSignedCa(const lint::Config& config, bool* cross_signed);

}  // namespace cair::lints::util::subject

#endif  // CAIR_LINTS_UTIL_SUBJECT_ATTRIBUTES_H_
