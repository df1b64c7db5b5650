// BRs v1.7.0 6.1.6 (DSA public key quality): the public value y must have
// the correct order in the subgroup, i.e. y^q mod p == 1.
#include <openssl/bn.h>

#include <memory>
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/memo.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_dsa_correct_order_in_subgroup",
    .description = "A DSA public value y must lie in the order-q subgroup: y^q mod p must equal 1.",
    .citation = "BRs v1.7.0: 6.1.6",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .ineffective = lint::dates::kCABFBRs_1_7_1_Date,
    .requires_facts = lint::fact::kDsaKey,
};

struct BnFree {
  void operator()(BIGNUM* b) const { BN_free(b); }
  void operator()(BN_CTX* c) const { BN_CTX_free(c); }
};
using Bn = std::unique_ptr<BIGNUM, BnFree>;

Bn ToBn(der::Input mag) {
  return Bn(BN_bin2bn(mag.data(), static_cast<int>(mag.size()), nullptr));
}

class DsaCorrectOrderInSubgroup final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::ParsedDsaKey(c).ok;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const util::zcrypto::DsaKey k = util::zcrypto::ParsedDsaKey(c);
    // A modular exponentiation per certificate (~1M instructions): remembered
    // per (p, q, y), which renewals and re-issues repeat.
    std::string key;
    for (der::Input part : {k.p, k.q}) {
      const uint32_t n = static_cast<uint32_t>(part.size());
      key.append(reinterpret_cast<const char*>(&n), sizeof n);
      key.append(part.AsStringView());
    }
    key.append(k.y.AsStringView());
    switch (util::Memoized<struct DsaOrderMemo, 4096, 4096>(key, [&] { return InSubgroup(k); })) {
      case Verdict::kInSubgroup: return lint::Pass();
      case Verdict::kNotInSubgroup: return lint::Error();
      case Verdict::kOutOfMemory: break;
    }
    return lint::Fatal("out of memory");
  }

 private:
  enum class Verdict : uint8_t { kInSubgroup, kNotInSubgroup, kOutOfMemory };
  static Verdict InSubgroup(const util::zcrypto::DsaKey& k) {
    Bn y = ToBn(k.y), q = ToBn(k.q), p = ToBn(k.p), out(BN_new());
    std::unique_ptr<BN_CTX, BnFree> ctx(BN_CTX_new());
    if (!y || !q || !p || !out || !ctx) return Verdict::kOutOfMemory;
    if (!BN_mod_exp(out.get(), y.get(), q.get(), p.get(), ctx.get())) return Verdict::kNotInSubgroup;
    return BN_is_one(out.get()) ? Verdict::kInSubgroup : Verdict::kNotInSubgroup;
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DsaCorrectOrderInSubgroup);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
