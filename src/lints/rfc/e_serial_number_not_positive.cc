// RFC 5280 4.1.2.2: the serial number MUST be a positive integer. Zero and
// negative values are errors.
#include "der/values.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_serial_number_not_positive",
    .description = "The certificate serial number must be greater than zero.",
    .citation = "RFC 5280: 4.1.2.2",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC3280Date,
    .peers = "certlint:Serial number must be positive;x509lint:Serial number not positive",
};

class SerialNumberNotPositive final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (der::IsNegativeInteger(c.serial)) return lint::Error();
    for (uint8_t b : c.serial)
      if (b != 0) return lint::Pass();
    return lint::Error();  // zero
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SerialNumberNotPositive);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
