// ParseName against ParseNameGeneral, its general loop alone (a Parser per
// level for every RDN), which the short-form reading of single-attribute
// RDNs must agree with on every input — certificates' names as they come, mutated
// ones, and generated RDN sequences of every shape (multi-valued and empty
// SETs, other tags, long-form and overrunning lengths, high tag numbers).
#include "x509/name.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "der/walk.h"
#include "x509/certificate.h"
#include "x509/general_paths.h"
#include "x509/test_files.h"

namespace cair::x509 {
namespace {

bool SameInput(der::Input a, der::Input b) { return a.data() == b.data() && a.size() == b.size(); }

// Parses `bytes` (one element, else nothing to compare) both ways.
void CheckName(const std::string& bytes, const std::string& what) {
  const auto el = der::ReadElement(der::Input(std::string_view(bytes)));
  if (!el) return;
  const Name got = ParseName(*el), want = ParseNameGeneral(*el);
  EXPECT_EQ(got.ok, want.ok) << what;
  EXPECT_EQ(got.rdn_count, want.rdn_count) << what;
  EXPECT_EQ(got.has_empty_rdn, want.has_empty_rdn) << what;
  EXPECT_TRUE(SameInput(got.full, want.full) && SameInput(got.value, want.value)) << what;
  if (got.short_form_only) {
    // Nothing inside is what the encoding audit counts.
    const bool read_all = der::Walk(got.value, [&](const der::Element& e) {
      EXPECT_TRUE(e.flags == 0 && e.tag != der::kBoolean && e.full.size() - e.value.size() == 2) << what;
    });
    EXPECT_TRUE(read_all) << what;
  }
  ASSERT_EQ(got.attributes.size(), want.attributes.size()) << what;
  for (size_t i = 0; i < got.attributes.size(); ++i) {
    const Attribute &g = got.attributes[i], &w = want.attributes[i];
    EXPECT_TRUE(SameInput(g.oid, w.oid) && g.value_tag == w.value_tag && SameInput(g.value, w.value) &&
                SameInput(g.value_full, w.value_full) && g.rdn == w.rdn)
        << what << " attribute " << i;
  }
}

using cair::x509::testing::CertificatesIn;
using cair::x509::testing::TlvOfForm;

// The issuer and subject of every certificate in `path`, as bytes.
std::vector<std::string> NamesIn(const std::string& path, size_t step = 1) {
  std::vector<std::string> out;
  const auto certs = CertificatesIn(path);
  for (size_t i = 0; i < certs.size(); i += step) {
    const Certificate c = ParseCertificate(der::Input(std::string_view(certs[i])));
    for (const Name* n : {&c.issuer, &c.subject})
      if (!n->full.empty()) out.push_back(n->full.AsString());
  }
  return out;
}

std::vector<std::string> SampleNames() {
  std::vector<std::string> out;
  for (const char* f : {"root-ca.pem", "issuing-ca.pem", "subscribers.pem", "precert.pem"})
    for (auto& n : NamesIn(std::string(CAIR_SOURCE_DIR) + "/samples/" + f)) out.push_back(std::move(n));
  return out;
}

TEST(ParseName, SamplesAndCorpora) {
  size_t n = 0, plain = 0;
  auto check = [&](const std::string& name, const std::string& what) {
    CheckName(name, what);
    const auto el = der::ReadElement(der::Input(std::string_view(name)));
    plain += el && ParseName(*el).short_form_only;
    ++n;
  };
  for (const auto& name : SampleNames()) check(name, "sample");
  const std::string shared = CAIR_SHARED_DIR;
  for (const char* f : {"/corpus/real/leaf.pem", "/corpus/real/intermediate.pem", "/corpus/real/root.pem"})
    for (const auto& name : NamesIn(shared + f, 5)) check(name, f);
  EXPECT_GE(n, 8u);
  EXPECT_GT(plain, n / 2);  // most names are plain: the audit's skip pays
}

// Byte edits aimed at the headers, the outer length kept in step so that
// the edit lands inside the RDNs.
TEST(ParseName, MutatedNames) {
  std::mt19937 rng(1717);
  const uint8_t kInteresting[] = {0x00, 0x01, 0x02, 0x04, 0x05, 0x06, 0x0c, 0x13, 0x1f, 0x30, 0x31,
                                  0x3f, 0x7f, 0x80, 0x81, 0x82, 0xa0, 0xbf, 0xff};
  const auto names = SampleNames();
  ASSERT_FALSE(names.empty());
  for (int round = 0; round < 40000; ++round) {
    std::string d = names[rng() % names.size()];
    const int edits = 1 + static_cast<int>(rng() % 3);
    for (int k = 0; k < edits && d.size() > 2; ++k) {
      const size_t at = 2 + rng() % (d.size() - 2);
      switch (rng() % 4) {
        case 0: d[at] = static_cast<char>(kInteresting[rng() % sizeof kInteresting]); break;
        case 1: d[at] = static_cast<char>(static_cast<uint8_t>(d[at]) + (rng() % 2 ? 1 : -1)); break;
        case 2: d.insert(at, 1, static_cast<char>(kInteresting[rng() % sizeof kInteresting])); break;
        default: d.erase(at, 1); break;
      }
    }
    if (static_cast<uint8_t>(d[1]) < 0x80 && d.size() - 2 < 0x80) d[1] = static_cast<char>(d.size() - 2);
    if (static_cast<uint8_t>(d[1]) == 0x81 && d.size() >= 3 && d.size() - 3 < 0x100)
      d[2] = static_cast<char>(d.size() - 3);
    CheckName(d, "round " + std::to_string(round));
  }
}

TEST(ParseName, GeneratedRdnSequences) {
  std::mt19937 rng(2323);
  auto form = [&] { return testing::SomeLengthForm(rng); };
  for (int i = 0; i < 30000; ++i) {
    std::string rdns;
    const int count = static_cast<int>(rng() % 5);
    for (int r = 0; r < count; ++r) {
      std::string set;
      const int atvs = rng() % 6 == 0 ? static_cast<int>(rng() % 3) : 1;  // empty and multi-valued SETs
      for (int a = 0; a < atvs; ++a) {
        std::string atv = TlvOfForm(rng() % 12 == 0 ? 0x04 : 0x06, std::string(1 + rng() % 4, '\x55'), form());
        const uint8_t ids[] = {0x0c, 0x13, 0x16, 0x1e, 0x30, 0x01, 0xa0, 0x1f};
        std::string value = TlvOfForm(ids[rng() % sizeof ids], std::string(rng() % 150 < 140 ? rng() % 20 : 130, 'a'), form());
        if (value[0] == '\x1f') value.insert(1, 1, '\x2a');  // a high tag number: [UNIVERSAL 42]
        atv += value;
        if (rng() % 20 == 0) atv += std::string("\x05\x00", 2);  // a third element
        if (rng() % 20 == 0) atv.clear();
        set += TlvOfForm(rng() % 15 == 0 ? 0x31 : 0x30, atv, form());
      }
      rdns += TlvOfForm(rng() % 15 == 0 ? 0x30 : 0x31, set, form());
      if (rng() % 30 == 0) rdns += '\x31';  // a truncated header
    }
    CheckName(TlvOfForm(0x30, rdns, testing::LengthForm::kMinimal), "sequence " + std::to_string(i));
  }
}

}  // namespace
}  // namespace cair::x509
