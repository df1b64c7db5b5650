// RFC 5280 4.2.1.6: conforming CAs must not issue certificates whose subject
// alternative names contain an empty GeneralName (an empty IA5String is a
// valid IA5String, but not a valid name here).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns_names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_ext_san_empty_name",
    .description = "No GeneralName in the subjectAltName extension may have empty contents.",
    .citation = "RFC 5280: 4.2.1.6",
    .source = Source::kRfc5280,
    .effective = dates::kRFC2459Date,
    .peers = "certlint:DNSName is empty",
};

class SanEmptyName final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectAltName);
  }
  Result Execute(const x509::Certificate& c) const override {
    util::AltNameView san(c, oid::kSubjectAltName);
    bool empty = false;
    const auto walk = util::WalkGeneralNames(san.extension()->value, [&](const der::Element& el) {
      empty = el.value.empty();
      return !empty;
    });
    if (empty) return Error();
    if (walk == util::GeneralNamesWalk::kBadSequence)
      return Fatal("subjectAltName is not a GeneralNames SEQUENCE");
    if (walk == util::GeneralNamesWalk::kBadElement) return NA();
    return Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SanEmptyName);
}  // namespace cair::lints
