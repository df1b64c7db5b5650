// BRs 3.2.2.1: stateOrProvinceName and localityName hold place names taken
// from an authoritative source of plain, human-readable names. Structured
// data syntax in them (= : { } ; " | \ [ ]) shows key-value or JSON text
// was injected into the field instead.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/subject/attributes.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_state_or_province_name_must_not_contain_control_characters",
    .description = "stateOrProvinceName and localityName values must not contain structured-data characters such as = : { } ; \" | \\ [ ].",
    .citation = "BRs: 3.2.2.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
};

// The refused characters (= : { } ; " | \ [ ]) by a table of the 256 bytes
// (each byte of the values is looked up once).
constexpr std::array<bool, 256> kRefused = [] {
  std::array<bool, 256> t{};
  for (char ch : std::string_view("=:{};\"|\\[]")) t[static_cast<uint8_t>(ch)] = true;
  return t;
}();

class StateOrProvinceControlCharacters final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const auto& a : c.subject.attributes) {
      const bool place = util::subject::SameOid(a.oid, oid::kStateOrProvinceName) ||
                         util::subject::SameOid(a.oid, oid::kLocalityName);
      if (!place || !util::subject::IsZcryptoString(a)) continue;
      std::string decoded;
      std::string_view v = a.value.AsStringView();
      if (a.value_tag == der::kBmpString) v = decoded = util::subject::ZcryptoString(a);
      for (char ch : v)
        if (kRefused[static_cast<uint8_t>(ch)]) return lint::Error();
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, StateOrProvinceControlCharacters);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
