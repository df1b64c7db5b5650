// RFC 5280 Appendix A: the X.520 subject attributes are character strings
// meant for display; a value must not contain C0 control characters
// (U+0000-U+001F), DEL or C1 control characters (U+007F-U+009F).
// Deliberate difference from zlint: zlint reads the contents octets of every
// value as UTF-8, so each character of a BMPString or UniversalString (whose
// leading octets are 0x00) looks like U+0000 and the value is reported. Here
// those two types are read as the UCS-2/UTF-16 and UCS-4 code units they are;
// every other type is read as UTF-8, like zlint does.
#include <cstdint>
#include <string_view>

#include "der/input.h"
#include "der/parser.h"
#include "lint/registry.h"
#include "lints/util/subject/values.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_dn_not_printable_characters",
    .description = "Subject attribute values must not contain control characters.",
    .citation = "RFC 5280: Appendix A",
    .source = lint::Source::kRfc5280,
};

bool IsControl(uint32_t r) { return r < 0x20 || (r >= 0x7f && r <= 0x9f); }

// Big-endian code units of `width` octets (2: BMPString, 4: UniversalString).
// A trailing partial unit is ignored. Surrogates are not controls, so
// UTF-16 pairs need no joining.
bool HasControlUnit(der::Input v, size_t width) {
  for (size_t i = 0; i + width <= v.size(); i += width) {
    uint32_t u = 0;
    for (size_t k = 0; k < width; ++k) u = u << 8 | v[i + k];
    if (IsControl(u)) return true;
  }
  return false;
}

bool HasControlCharacter(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    // Printable ASCII, the usual text, is skipped a word at a time; another
    // ASCII byte is its own rune, a control.
    i += util::subject::PrintableAsciiPrefix(s.substr(i));
    if (i == s.size()) break;
    const uint8_t b = static_cast<uint8_t>(s[i]);
    if (b < 0x80) return true;
    size_t n = 0;
    const uint32_t r = util::subject::GoDecodeRune(s.substr(i), &n);
    if (IsControl(r)) return true;
    i += n;
  }
  return false;
}

class SubjectDnNotPrintableCharacters final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!c.subject.ok) return lint::Fatal("subject is not a well-formed RDNSequence");
    for (const auto& a : c.subject.attributes) {
      const bool universal = a.value_tag.cls == der::TagClass::kUniversal && !a.value_tag.constructed;
      bool bad = false;
      if (universal && a.value_tag.number == der::kBmpString.number)
        bad = HasControlUnit(a.value, 2);
      else if (universal && a.value_tag.number == der::kUniversalString.number)
        bad = HasControlUnit(a.value, 4);
      else
        bad = HasControlCharacter(a.value.AsStringView());
      if (bad) return lint::Error();
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectDnNotPrintableCharacters);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
