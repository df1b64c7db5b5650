// RFC 5280 4.1.2.4 (which 4.1.2.6 applies to the subject): conforming CAs
// encode DirectoryString values as PrintableString or UTF8String. The legacy
// choices TeletexString, BMPString and UniversalString are tolerated only to
// stay byte-identical with names a CA already issued under (RFC 3280 set
// 31 December 2003 as the end of the transition), an exception a single
// certificate cannot show; hence a warning, as certlint and x509lint give.
#include <string>

#include "der/strings.h"
#include "der/values.h"
#include "lint/registry.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_subject_dn_legacy_directory_string",
    .description = "Subject attribute values should be PrintableString or UTF8String, not the legacy "
                   "TeletexString, BMPString or UniversalString.",
    .citation = "RFC 5280: 4.1.2.4",
    .source = lint::Source::kRfc5280,
    .effective = lint::Date(2004, 1, 1),
    .peers = "certlint:commonName is using deprecated TeletexString;"
             "certlint:surname is using deprecated TeletexString;"
             "certlint:givenName is using deprecated TeletexString;"
             "certlint:title is using deprecated TeletexString;"
             "certlint:localityName is using deprecated TeletexString;"
             "certlint:stateOrProvinceName is using deprecated TeletexString;"
             "certlint:streetAddress is using deprecated TeletexString;"
             "certlint:organizationName is using deprecated TeletexString;"
             "certlint:organizationalUnitName is using deprecated TeletexString;"
             "certlint:postalCode is using deprecated TeletexString;"
             "certlint:jurisdictionLocalityName is using deprecated TeletexString;"
             "certlint:jurisdictionStateOrProvinceName is using deprecated TeletexString;"
             "certlint:Unicode organizationName is using deprecated BMPString;"
             "x509lint:The name entry contains something that is not a PrintableString or UTF8String",
};

bool IsLegacyDirectoryString(der::Tag t) {
  return t == der::kTeletexString || t == der::kBmpString || t == der::kUniversalString;
}

class SubjectDnLegacyDirectoryString final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return !c.subject.empty(); }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const auto& a : c.subject.attributes)
      if (IsLegacyDirectoryString(a.value_tag))
        return lint::Warn(std::string("subject attribute ") + der::OidToString(a.oid) + " is a " +
                          der::StringTagName(a.value_tag));
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectDnLegacyDirectoryString);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
