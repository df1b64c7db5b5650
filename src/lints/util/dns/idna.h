// File: lints/util/dns/idna.h
// Internationalized labels (RFC 3490 / RFC 5891 A-labels): Punycode decoding
// (RFC 3492 6.2) and the Unicode NFC check RFC 8399 asks of U-labels.
//
// Decoding follows the decoder zlint relies on (golang.org/x/net/idna with its
// plain Punycode profile, through zlint's util.IdnaToUnicode): only the
// Punycode itself is validated - no IDNA2008 code point rules, no bidi or
// hyphen checks. The per-label result is therefore "does this xn-- label
// decode", not "is this a valid A-label"; LabelIsValidALabel below gives the
// stricter IDNA2008 answer (libidn2) for lints that need it.
#ifndef CAIR_LINTS_UTIL_DNS_IDNA_H_
#define CAIR_LINTS_UTIL_DNS_IDNA_H_

#include <string>
#include <string_view>

namespace cair::lints::util::dns {

// Decodes the Punycode string `encoded` (the part after "xn--") into code
// points. False on malformed input: a delimiter as first character, a
// non-alphanumeric digit, a truncated delta, overflow, a code point above
// U+10FFFF, or more than 1023 output characters. Surrogate code points decode
// to U+FFFD. A trailing '-' means "all basic" and yields the text before it.
bool PunycodeDecode(std::string_view encoded, std::u32string* out);

// For a label starting with "xn--" (any case): decodes the rest. False if the
// label lacks the prefix or does not decode.
bool ALabelToUnicode(std::string_view label, std::u32string* out);

// Lower-cases UTF-8 text code point by code point with the simple Unicode
// case mapping (as Go's strings.ToLower does); each invalid byte becomes
// U+FFFD. ASCII input takes a fast path.
std::string UnicodeLower(std::string_view utf8);
// UnicodeLower(a) == UnicodeLower(b), without allocating for ASCII input.
bool EqualIgnoringCase(std::string_view a, std::string_view b);

// The code points are in Unicode Normalization Form C (ICU).
bool IsNfc(const std::u32string& text);
// The code points are in Normalization Form KC (ICU), as IDNA2003's Nameprep
// (RFC 3491 via RFC 3490) leaves every label.
bool IsNfkc(const std::u32string& text);

// The label is a valid IDNA2008 A-label (libidn2 lookup rules, no
// transitional mapping). For lints beyond zlint's Punycode-only check.
bool LabelIsValidALabel(std::string_view label);

}  // namespace cair::lints::util::dns

#endif  // CAIR_LINTS_UTIL_DNS_IDNA_H_
