// RFC 5280 4.1.2.2: conforming CAs MUST NOT use serialNumber values longer
// than 20 octets. The length is that of the value's DER INTEGER encoding,
// so a 20-octet magnitude with its top bit set (21 octets with the sign
// byte) is too long.
#include "der/input.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/crl/entries.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_serial_number_longer_than_20_octets",
    .description = "The DER encoding of the certificate serial number must not exceed 20 octets.",
    .citation = "RFC 5280: 4.1.2.2",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC3280Date,
    .peers = "certlint:Serial numbers must be 20 octets or less",
};

class SerialNumberLongerThan20Octets final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    der::Input serial = util::crl::MinimalInteger(c.serial);
    if (serial.size() <= 20) return lint::Pass();
    return lint::Error(std::string("The DER encoded certificate serial number is ") + std::to_string(serial.size()) +
                 " octets long. If this is surprising to you, note that DER integers are signed and "
                 "that SNs that are 20 octets long with an MSB of 1 will be automatically prefixed "
                 "with 0x00, thus bumping it up to 21 octets long. SN: " + der::HexUpper(serial));
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SerialNumberLongerThan20Octets);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
