// File: base/strings.h
// Small string helpers shared by every layer above der (ASCII only; bytes
// outside ASCII pass through unchanged).
#ifndef CAIR_BASE_STRINGS_H_
#define CAIR_BASE_STRINGS_H_

#include <string>
#include <string_view>
#include <vector>

namespace cair::base {

// `s` with ASCII letters in lower case.
std::string Lower(std::string_view s);

// Whether a and b are equal when ASCII letters are compared without case
// (other bytes, UTF-8 included, must match exactly).
bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b);

// `s` without leading and trailing characters from `chars`.
std::string Trim(std::string_view s, std::string_view chars = " \t\r\n");
// The same as a view into `s`.
std::string_view TrimView(std::string_view s, std::string_view chars = " \t\r\n");

// `bytes` in base64 (RFC 4648 section 4, padded, no line breaks).
std::string Base64Encode(std::string_view bytes);

// The fields of one CSV line (RFC 4180 quoting: "a ""b""" is `a "b"`; a
// comma inside quotes is data; a CR outside quotes is dropped). An empty
// line is one empty field.
std::vector<std::string> SplitCsvLine(std::string_view line);

// `field` as one CSV field: unchanged unless it holds a comma, a quote, CR
// or LF, else quoted with inner quotes doubled.
std::string CsvField(std::string_view field);

// The non-empty items of comma-separated lists ("a,,b" and "c" -> a, b, c).
std::vector<std::string> SplitCommaList(std::string_view list);
std::vector<std::string> SplitCommaLists(const std::vector<std::string>& lists);

}  // namespace cair::base

#endif  // CAIR_BASE_STRINGS_H_
