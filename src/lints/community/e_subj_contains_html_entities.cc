// Community rule: subject attribute values are plain text. An HTML character
// reference such as "&amp;" or "&#39;" in them is almost always an artefact
// of a web form that escaped the applicant's input before it reached the CA.
// The text fields zlint reads are checked (first value of each); the lint's
// Skip setting turns it off.
#include <string>
#include <string_view>

#include "lint/config.h"
#include "lint/registry.h"
#include "lints/util/subject/values.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subj_contains_html_entities",
    .description = "Subject text fields must not contain HTML character references such as '&amp;'.",
    .citation = "Community: no normative reference",
    .source = lint::Source::kCommunity,
    .peers = "pkilint:cabf.name.attribute_value_contains_html_entity",
};

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Some substring has the form '&', an optional '#', one or more ASCII letters
// or digits, then ';'.
bool ContainsHtmlEntity(std::string_view s) {
  for (size_t amp = s.find('&'); amp != std::string_view::npos; amp = s.find('&', amp + 1)) {
    size_t i = amp + 1;
    if (i < s.size() && s[i] == '#') ++i;
    const size_t first = i;
    while (i < s.size() && IsAsciiAlnum(s[i])) ++i;
    if (i > first && i < s.size() && s[i] == ';') return true;
  }
  return false;
}

class SubjContainsHtmlEntities final : public lint::CertificateLint {
 public:
  std::string Configure(const lint::Config& config) override {
    std::string error;
    auto v = config.GetBool(kMetadata.name, "Skip", false, &error);
    if (!v) return error.empty() ? "e_subj_contains_html_entities.Skip: not a boolean" : error;
    skip_ = *v;
    return "";
  }
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (skip_) return lint::Pass();
    // No '&' in any value: no entity (the usual case, decided in one scan).
    if (!util::subject::AnyValueHasByte(c.subject, '&')) return lint::Pass();
    for (const auto& field : util::subject::kSubjectTextFields) {
      auto first = util::subject::FirstGoString(c.subject, field.oid);
      if (first && ContainsHtmlEntity(*first))
        return lint::Error("Subject." + std::string(field.go_name) + " contains an HTML entity");
    }
    return lint::Pass();
  }

 private:
  bool skip_ = false;
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjContainsHtmlEntities);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
