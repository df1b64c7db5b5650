// File: der/strings.h
// The X.680 character string types: which tag is which, whether contents are
// valid for their type, and decoding to UTF-8.
#ifndef CAIR_DER_STRINGS_H_
#define CAIR_DER_STRINGS_H_

#include <string>

#include "der/input.h"
#include "der/parser.h"

namespace cair::der {

// True for the universal string tags (UTF8String .. BMPString).
bool IsStringTag(Tag t);
// Human name of a string tag ("PrintableString"); "" for non-string tags.
const char* StringTagName(Tag t);

// X.680 41.4 PrintableString alphabet: A-Z a-z 0-9 space ' ( ) + , - . / : = ?
bool IsPrintableChar(uint8_t c);
bool IsPrintableString(Input v);
bool IsIa5String(Input v);       // all bytes < 0x80
bool IsNumericString(Input v);   // digits and space
bool IsVisibleString(Input v);   // 0x20..0x7e
bool IsValidUtf8(Input v);       // RFC 3629, no surrogates, no overlongs

// Decodes `v`, a value of string type `t`, to UTF-8 in `*out`. Returns false
// (with a best-effort `*out`) when the bytes are invalid for the type.
// TeletexString and VideotexString are read as ISO 8859-1, as most
// implementations do; BMPString as UCS-2 big-endian; UniversalString as
// UCS-4 big-endian.
bool DecodeString(Tag t, Input v, std::string* out);

// Appends the UTF-8 encoding of code point `cp` to `out`.
void AppendUtf8(uint32_t cp, std::string* out);

}  // namespace cair::der

#endif  // CAIR_DER_STRINGS_H_
