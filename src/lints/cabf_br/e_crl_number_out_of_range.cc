// BRs 7.2.2 (CRL extensions): cRLNumber MUST be present and be an INTEGER
// greater than or equal to zero and less than 2^159.
#include <openssl/bn.h>
#include <openssl/crypto.h>

#include <memory>
#include <string>
#include <vector>

#include "der/values.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"
#include "lints/util/zcrypto/reader.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_crl_number_out_of_range",
    .description = "A CRL must carry a cRLNumber in the range 0 to 2^159 - 1.",
    .citation = "BRs: 7.2.2",
    .source = lint::Source::kCabfBr,
    .type = lint::ObjectType::kCrl,
};

// Decimal text of a two's-complement INTEGER.
std::string Decimal(der::Input v) {
  std::unique_ptr<BIGNUM, decltype(&BN_free)> bn(BN_bin2bn(v.data(), static_cast<int>(v.size()), nullptr),
                                                 &BN_free);
  if (!bn) return "?";
  if (der::IsNegativeInteger(v)) {
    std::unique_ptr<BIGNUM, decltype(&BN_free)> span(BN_new(), &BN_free);
    if (!span || !BN_set_bit(span.get(), static_cast<int>(v.size() * 8)) ||
        !BN_sub(bn.get(), bn.get(), span.get()))
      return "?";
  }
  char* text = BN_bn2dec(bn.get());
  if (!text) return "?";
  std::string out(text);
  OPENSSL_free(text);
  return out;
}

class CrlNumberOutOfRange final : public lint::CrlLint {
 public:
  bool CheckApplies(const x509::Crl&) const override { return true; }
  lint::Result Execute(const x509::Crl& c) const override {
    // The last cRLNumber extension is the one that counts (as in zcrypto).
    const x509::Extension* number = nullptr;
    for (const x509::Extension& e : c.extensions)
      if (e.oid == oid::kCrlNumber) number = &e;
    if (!number) return lint::Error("CRL number extension is missing");
    auto el = util::zcrypto::ReadStrict(number->value);
    if (!el || el->tag != der::kInteger || !der::IsMinimalInteger(el->value))
      return lint::Error("CRL number is not a DER INTEGER");
    const der::Input v = el->value;
    if (der::IsNegativeInteger(v)) return lint::Error("CRL number is negative: " + Decimal(v));
    if (util::zcrypto::BitLength(der::IntegerMagnitude(v)) >= 160)
      return lint::Error("CRL number is greater than or equal to 2^159: " + Decimal(v));
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrlNumberOutOfRange);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
