// Community rule (ISO/IEC 8859-1 and Windows-1252): a letter with a diacritic
// encoded in UTF-8 and then misread as Latin-1/Windows-1252 and re-encoded
// turns into "Ã" followed by a second character ("é" becomes "Ã©"). Such
// mojibake in the subject text fields (first value of each) is an encoding
// error. Only the pairs that cannot be genuine text are matched.
#include <string>
#include <string_view>

#include "lint/registry.h"
#include "lints/util/subject/values.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_utf8_latin1_mixup",
    .description = "Subject text fields must not contain UTF-8 diacritics garbled by a Latin-1 round trip.",
    .citation = "Community: ISO/IEC 8859-1",
    .source = lint::Source::kCommunity,
};

// The character that the second UTF-8 byte of a Latin-1 letter U+00C0..U+00FF
// (0x80..0xBF) shows as in Windows-1252, for the bytes that give a telling
// mix-up; 0 for those left out (undefined in Windows-1252, or NBSP and the
// soft hyphen, which are easily mistaken for real text).
constexpr uint32_t kSecondByteAsCp1252[64] = {
    0x20ac, 0,      0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,  // 80-87
    0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017d, 0,       // 88-8f
    0,      0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,  // 90-97
    0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0,      0x017e, 0x0178,  // 98-9f
    0,      0xa1,   0xa2,   0xa3,   0xa4,   0xa5,   0xa6,   0xa7,    // a0-a7
    0xa8,   0xa9,   0xaa,   0xab,   0xac,   0,      0xae,   0xaf,    // a8-af
    0xb0,   0xb1,   0xb2,   0xb3,   0xb4,   0xb5,   0xb6,   0xb7,    // b0-b7
    0xb8,   0xb9,   0xba,   0xbb,   0xbc,   0xbd,   0xbe,   0xbf,    // b8-bf
};

bool IsMixupSecond(uint32_t r) {
  if (r == 0) return false;
  for (uint32_t v : kSecondByteAsCp1252)
    if (v == r) return true;
  return false;
}

// "Ã" (U+00C3, UTF-8 C3 83) immediately followed by one of the characters above.
bool ContainsMixup(std::string_view s) {
  for (size_t i = s.find("\xc3\x83"); i != std::string_view::npos; i = s.find("\xc3\x83", i + 1)) {
    size_t n = 0;
    const uint32_t next = util::subject::GoDecodeRune(s.substr(i + 2), &n);
    if (n > 0 && next != util::subject::kGoRuneError && IsMixupSecond(next)) return true;
  }
  return false;
}

class Utf8Latin1Mixup final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    // A mix-up needs non-ASCII text: most subjects are ASCII (one scan).
    if (util::subject::AllValuesAscii(c.subject)) return lint::Pass();
    for (const auto& field : util::subject::kSubjectTextFields) {
      auto first = util::subject::FirstGoString(c.subject, field.oid);
      if (first && ContainsMixup(*first))
        return lint::Error("Subject." + std::string(field.go_name) +
                     " contains wrongly encoded diacritics (UTF-8 mistaken for Latin-1)");
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, Utf8Latin1Mixup);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
