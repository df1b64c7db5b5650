// BRs 7.1.2.7.4 / 7.1.4: each subject attribute holds one verified piece of
// information. A value such as stateOrProvinceName "Tokyo, C=JP" carries a
// second attribute inside the first (SECOM, Mozilla bug 2004654, which no
// stock linter flagged): a sign that a DN string was pasted into a field.
// Warn, since punctuation alone ("Example, Inc.") is legitimate.
#include <array>
#include <cctype>
#include <string>
#include <string_view>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_subject_value_contains_dn_syntax",
    .description = "A subject attribute value should not contain another attribute in DN syntax, such as \", C=JP\" or \"/OU=\".",
    .citation = "BRs: 7.1.2.7.4",
    .source = lint::Source::kCair,
    .effective = lint::dates::kCABEffectiveDate,
};

constexpr std::array<std::string_view, 20> kShortNames = {
    "c", "st", "s", "l", "o", "ou", "cn", "e", "email", "emailaddress", "serialnumber", "street",
    "postalcode", "dc", "uid", "sn", "gn", "givenname", "title", "businesscategory"};

bool IsSeparator(char ch) { return ch == ',' || ch == ';' || ch == '/' || ch == '+'; }

// True if `v` contains "<sep> NAME =" (or starts with "NAME =") for a known
// attribute short name.
bool ContainsDnSyntax(std::string_view v) {
  for (size_t eq = v.find('='); eq != std::string_view::npos; eq = v.find('=', eq + 1)) {
    size_t end = eq;
    while (end > 0 && v[end - 1] == ' ') --end;
    size_t start = end;
    while (start > 0 && std::isalpha(static_cast<unsigned char>(v[start - 1]))) --start;
    if (start == end) continue;
    size_t before = start;
    while (before > 0 && v[before - 1] == ' ') --before;
    if (before != 0 && !IsSeparator(v[before - 1])) continue;
    std::string token(v.substr(start, end - start));
    for (char& ch : token) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    for (auto n : kShortNames)
      if (token == n) return true;
  }
  return false;
}

class SubjectValueContainsDnSyntax final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return !c.subject.empty(); }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const auto& a : c.subject.attributes) {
      if (a.value.AsStringView().find('=') == std::string_view::npos) continue;
      std::string v = a.Utf8();
      if (ContainsDnSyntax(v)) {
        std::string name(oid::Name(a.oid));
        return lint::Warn((name.empty() ? der::OidToString(a.oid) : name) + " value \"" + v +
                    "\" contains another attribute");
      }
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectValueContainsDnSyntax);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
