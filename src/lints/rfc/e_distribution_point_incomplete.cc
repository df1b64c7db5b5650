// RFC 5280 4.2.1.13 CRL Distribution Points: a DistributionPoint MUST NOT
// consist of only the reasons field; either distributionPoint or cRLIssuer
// MUST be present.
#include <optional>
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/reader.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_distribution_point_incomplete",
    .description = "No distribution point in cRLDistributionPoints may consist of reasons alone, without distributionPoint or cRLIssuer.",
    .citation = "RFC 5280: 4.2.1.13",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC3280Date,
    .requires_facts = lint::fact::kCrlDistributionPoints,
};

enum class Form { kAny, kPrimitive, kConstructed };

// Consumes the next element of *in when it is context-specific [number]
// of the given form; otherwise leaves *in alone. *bad is set when the next
// element cannot be read at all.
std::optional<der::Element> Take(der::Input* in, uint32_t number, Form form, bool* bad) {
  if (in->empty()) return std::nullopt;
  der::Input rest;
  auto el = util::zcrypto::ReadStrict(*in, &rest);
  if (!el) {
    *bad = true;
    return std::nullopt;
  }
  if (el->tag.cls != der::TagClass::kContextSpecific || el->tag.number != number)
    return std::nullopt;
  if (form == Form::kPrimitive && el->tag.constructed) return std::nullopt;
  if (form == Form::kConstructed && !el->tag.constructed) return std::nullopt;
  *in = rest;
  return el;
}

// Number of bits in a BIT STRING body, nullopt when Go would reject it
// (empty, more than 7 unused bits, unused bits without data, non-zero
// padding).
std::optional<size_t> BitLength(der::Input v) {
  if (v.empty()) return std::nullopt;
  const uint8_t unused = v[0];
  if (unused > 7 || (v.size() == 1 && unused > 0)) return std::nullopt;
  if (v[v.size() - 1] & ((1u << unused) - 1)) return std::nullopt;
  return (v.size() - 1) * 8 - unused;
}

class DistributionPointIncomplete final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kCrlDistributionPoints) != nullptr;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    // Decoded like zlint's ASN.1 binding of DistributionPoint: optional fields
    // are matched by tag in order, unknown trailing fields are ignored, and a
    // name or issuer with empty contents counts as absent.
    auto outer = util::zcrypto::ReadStrict(util::zcrypto::LastExtension(c, oid::kCrlDistributionPoints)->value);
    if (!outer || outer->tag != der::kSequence) return lint::Fatal("cRLDistributionPoints is not a SEQUENCE");
    der::Input items = outer->value;
    while (!items.empty()) {
      auto dp = util::zcrypto::ReadStrict(items, &items);
      if (!dp || dp->tag != der::kSequence) return lint::Fatal("malformed DistributionPoint");
      der::Input fields = dp->value;
      bool bad = false;
      bool has_full_name = false, has_relative_name = false, has_issuer = false;
      size_t reason_bits = 0;
      if (auto name = Take(&fields, 0, Form::kConstructed, &bad)) {
        der::Input inner = name->value;
        if (auto full = Take(&inner, 0, Form::kAny, &bad)) has_full_name = !full->value.empty();
        if (Take(&inner, 1, Form::kConstructed, &bad)) has_relative_name = true;
      }
      if (auto reasons = Take(&fields, 1, Form::kPrimitive, &bad)) {
        auto bits = BitLength(reasons->value);
        if (!bits) return lint::Fatal("malformed reasons");
        reason_bits = *bits;
      }
      if (auto issuer = Take(&fields, 2, Form::kAny, &bad)) has_issuer = !issuer->value.empty();
      if (bad) return lint::Fatal("malformed DistributionPoint");
      if (reason_bits != 0 && !has_full_name && !has_relative_name && !has_issuer) return lint::Error();
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DistributionPointIncomplete);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
