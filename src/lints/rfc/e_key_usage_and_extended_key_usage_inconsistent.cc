// RFC 5280 4.2.1.12: if a certificate contains both a key usage extension and
// an extended key usage extension, both MUST be processed independently and
// the certificate MUST only be used for a purpose consistent with both. The
// section lists, per key purpose, the key usage bits that may be consistent
// with it; when several purposes are indicated, the key usage may combine the
// bits of the purposes present.
#include <array>
#include <bitset>
#include <cstdint>
#include <iterator>
#include <span>
#include <string>
#include <vector>

#include "der/values.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_key_usage_and_extended_key_usage_inconsistent",
    .description = "A subscriber certificate's keyUsage bits must be consistent with the purposes in its extKeyUsage.",
    .citation = "RFC 5280: 4.2.1.12",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .requires_facts = lint::fact::kExtKeyUsage | lint::fact::kKeyUsage,
};

constexpr uint16_t kDs = 1 << x509::kDigitalSignature;
constexpr uint16_t kCc = 1 << x509::kNonRepudiation;
constexpr uint16_t kKe = 1 << x509::kKeyEncipherment;
constexpr uint16_t kKa = 1 << x509::kKeyAgreement;

// The keyUsage values (exact bitmaps) consistent with one key purpose.
struct Purpose {
  der::Input oid;
  uint16_t allowed[11];  // unused slots are zero
};
const Purpose kPurposes[] = {
    // digitalSignature, keyEncipherment or keyAgreement
    {oid::kEkuServerAuth, {kDs, kKe, kKa, kDs | kKe, kDs | kKa}},
    // digitalSignature and/or keyAgreement
    {oid::kEkuClientAuth, {kDs, kKa, kDs | kKa}},
    // digitalSignature
    {oid::kEkuCodeSigning, {kDs}},
    // digitalSignature, nonRepudiation, and/or (keyEncipherment or keyAgreement)
    {oid::kEkuEmailProtection,
     {kDs, kCc, kKe, kKa, kDs | kCc, kDs | kKe, kDs | kKa, kDs | kCc | kKe, kDs | kCc | kKa, kCc | kKe,
      kCc | kKa}},
    // digitalSignature and/or nonRepudiation
    {oid::kEkuTimeStamping, {kDs, kCc, kDs | kCc}},
    {oid::kEkuOcspSigning, {kDs, kCc, kDs | kCc}},
};

const Purpose* FindPurpose(der::Input oid) {
  for (const Purpose& p : kPurposes)
    if (p.oid == oid) return &p;
  return nullptr;
}

bool Allowed(const Purpose& p, uint16_t ku) {
  for (uint16_t a : p.allowed)
    if (a != 0 && a == ku) return true;
  return false;
}

class KuAndEkuInconsistent final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kExtKeyUsage) && c.HasExtension(oid::kKeyUsage) && util::zcrypto::IsSubscriber(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    // The named purposes, in order (unnamed ones are not considered); the
    // first few without an allocation.
    constexpr size_t kInline = 8;
    der::Input first_ekus[kInline];
    std::vector<der::Input> all_ekus;  // when there are more
    size_t n = 0;
    util::zcrypto::ForEachEku(c, [&](der::Input p) {
      if (!util::zcrypto::IsKnownEku(p)) return;
      if (n < kInline) {
        first_ekus[n] = p;
      } else {
        if (all_ekus.empty()) all_ekus.assign(first_ekus, first_ekus + kInline);
        all_ekus.push_back(p);
      }
      ++n;
    });
    const std::span<const der::Input> ekus =
        n <= kInline ? std::span<const der::Input>(first_ekus, n) : std::span<const der::Input>(all_ekus);
    const uint16_t ku = util::zcrypto::KeyUsage(c);
    if (ekus.size() > 1) return MultiPurpose(ekus, ku);
    for (der::Input e : ekus) {
      const Purpose* p = FindPurpose(e);
      if (p && !Allowed(*p, ku))
        return lint::Error("keyUsage " + Describe(ku) + " is inconsistent with extKeyUsage " + der::OidToString(e));
    }
    return lint::Pass();
  }

 private:
  // With several purposes, a purpose that 4.2.1.12 gives no key usage
  // guidance for makes any keyUsage acceptable. Otherwise the acceptable
  // values are built purpose by purpose: a purpose's first allowed value is
  // added on its own, and each further allowed value both on its own and
  // combined with every value collected so far.
  // The acceptable values as a bitmap plus its members in insertion order,
  // so that combining visits the members collected so far, not all 512.
  struct Acceptable {
    std::bitset<512> ok;
    uint16_t members[512];
    size_t count = 0;
    void Add(uint16_t v) {
      if (ok[v]) return;
      ok[v] = true;
      members[count++] = v;
    }
    void AddPurpose(const Purpose& p) {
      bool first = true;
      for (uint16_t a : p.allowed) {
        if (a == 0) break;
        if (!first)
          for (size_t i = 0, before = count; i < before; ++i) Add(members[i] | a);
        Add(a);
        first = false;
      }
    }
  };
  // The acceptable values of each ordered pair of purposes (two purposes,
  // serverAuth and clientAuth mostly, is the usual case), built once by the
  // same steps.
  static constexpr size_t kPurposeCount = std::size(kPurposes);
  using PairTable = std::array<std::array<std::bitset<512>, kPurposeCount>, kPurposeCount>;
  static const PairTable& Pairs() {
    static const PairTable table = [] {
      PairTable t;
      for (size_t i = 0; i < kPurposeCount; ++i)
        for (size_t j = 0; j < kPurposeCount; ++j) {
          Acceptable set;
          set.AddPurpose(kPurposes[i]);
          set.AddPurpose(kPurposes[j]);
          t[i][j] = set.ok;
        }
      return t;
    }();
    return table;
  }

  static lint::Result MultiPurpose(std::span<const der::Input> ekus, uint16_t ku) {
    bool acceptable = false;
    if (ekus.size() == 2) {
      const Purpose* a = FindPurpose(ekus[0]);
      const Purpose* b = FindPurpose(ekus[1]);
      if (!a || !b) return lint::Pass();
      acceptable = Pairs()[a - kPurposes][b - kPurposes][ku & 511];
    } else {
      Acceptable set;
      for (der::Input e : ekus) {
        const Purpose* p = FindPurpose(e);
        if (!p) return lint::Pass();
        set.AddPurpose(*p);
      }
      acceptable = set.ok[ku & 511];
    }
    if (acceptable) return lint::Pass();
    std::string list;
    for (der::Input e : ekus) {
      if (!list.empty()) list += ", ";
      list += der::OidToString(e);
    }
    return lint::Error("keyUsage " + Describe(ku) + " is inconsistent with the extKeyUsage purposes " + list);
  }

  static std::string Describe(uint16_t ku) {
    static const char* const kNames[] = {"digitalSignature", "nonRepudiation", "keyEncipherment",
                                         "dataEncipherment", "keyAgreement",   "keyCertSign",
                                         "cRLSign",          "encipherOnly",   "decipherOnly"};
    std::string s = "[";
    for (int i = 0; i < 9; ++i) {
      if (!((ku >> i) & 1)) continue;
      if (s.size() > 1) s += " ";
      s += kNames[i];
    }
    return s + "]";
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, KuAndEkuInconsistent);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
