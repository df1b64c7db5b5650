// ParseExtensions against ParseExtensionsGeneral, its general reading alone
// (a Parser per Extension), which the octet-level reading of the usual
// Extension shape must agree with on every input: certificates' extension
// lists as they come, mutated ones, and generated ones (critical flags of
// every encoding, other tags, long-form and overrunning lengths, extra or
// missing fields).
#include "x509/extensions.h"

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

using cair::x509::testing::CertificatesIn;
using cair::x509::testing::TlvOfForm;

bool SameInput(der::Input a, der::Input b) { return a.data() == b.data() && a.size() == b.size(); }

void CheckExtensions(const std::string& contents, const std::string& what) {
  const der::Input in{std::string_view(contents)};
  bool got_ok = false, want_ok = false;
  const std::vector<Extension> got = ParseExtensions(in, &got_ok), want = ParseExtensionsGeneral(in, &want_ok);
  EXPECT_EQ(got_ok, want_ok) << what;
  bool plain_ok = false, plain = false;
  ParseExtensions(in, &plain_ok, &plain);
  if (plain) {
    // Nothing inside is what the encoding audit counts (it does not walk it).
    const bool read_all = der::Walk(in, [&](const der::Element& e) {
      EXPECT_EQ(e.flags, 0) << what;
      if (e.tag == der::kBoolean) EXPECT_TRUE(e.value.size() != 1 || e.value[0] == 0x00 || e.value[0] == 0xff) << what;
    });
    EXPECT_TRUE(read_all) << what;
  }
  ASSERT_EQ(got.size(), want.size()) << what;
  for (size_t i = 0; i < got.size(); ++i) {
    const Extension &g = got[i], &w = want[i];
    EXPECT_TRUE(SameInput(g.oid, w.oid) && g.critical == w.critical && g.critical_encoded == w.critical_encoded &&
                g.critical_der_ok == w.critical_der_ok && SameInput(g.value, w.value) && SameInput(g.full, w.full) &&
                g.ok == w.ok)
        << what << " extension " << i;
  }
}

// The contents of the extensions SEQUENCE of every certificate of `path`
// (every `step`th) whose extensions all parsed.
std::vector<std::string> ExtensionListsIn(const std::string& path, size_t step = 1) {
  std::vector<std::string> out;
  const auto certs = CertificatesIn(path);
  for (size_t i = 0; i < certs.size(); i += step) {
    const Certificate c = ParseCertificate(der::Input(std::string_view(certs[i])));
    if (c.extensions.empty()) continue;
    const uint8_t* begin = c.extensions.front().full.data();
    const uint8_t* end = c.extensions.back().full.end();
    out.emplace_back(reinterpret_cast<const char*>(begin), static_cast<size_t>(end - begin));
  }
  return out;
}

std::vector<std::string> SampleLists() {
  std::vector<std::string> out;
  for (const char* f : {"root-ca.pem", "issuing-ca.pem", "subscribers.pem", "precert.pem", "precert-final.pem"})
    for (auto& l : ExtensionListsIn(std::string(CAIR_SOURCE_DIR) + "/samples/" + f)) out.push_back(std::move(l));
  return out;
}

TEST(ParseExtensions, SamplesAndCorpora) {
  size_t n = 0;
  for (const auto& l : SampleLists()) {
    CheckExtensions(l, "sample");
    ++n;
  }
  const std::string shared = CAIR_SHARED_DIR;
  for (const char* f : {"/corpus/real/leaf.pem", "/corpus/real/precert.pem", "/corpus/real/intermediate.pem"})
    for (const auto& l : ExtensionListsIn(shared + f, 5)) {
      CheckExtensions(l, f);
      ++n;
    }
  for (const char* f : {"IANCritical.pem", "IANNotCritical.pem", "QcStmtEtsiWrongCriticalityCert06.pem"})
    for (const auto& l : ExtensionListsIn(shared + "/conformance/zlint/testdata/" + f)) {
      CheckExtensions(l, f);
      ++n;
    }
  EXPECT_GE(n, 8u);
  size_t plain = 0;
  for (const auto& l : SampleLists()) {
    bool ok = false, p = false;
    ParseExtensions(der::Input(std::string_view(l)), &ok, &p);
    plain += p;
  }
  EXPECT_GT(plain, 4u);  // the samples' lists are plain: the audit's skip is exercised
}

TEST(ParseExtensions, MutatedLists) {
  std::mt19937 rng(1919);
  const uint8_t kInteresting[] = {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x1f, 0x24, 0x30,
                                  0x3f, 0x7f, 0x80, 0x81, 0x82, 0x83, 0xa0, 0xff};
  const auto lists = SampleLists();
  ASSERT_FALSE(lists.empty());
  for (int round = 0; round < 40000; ++round) {
    std::string d = lists[rng() % lists.size()];
    const int edits = 1 + static_cast<int>(rng() % 3);
    for (int k = 0; k < edits && !d.empty(); ++k) {
      const size_t at = rng() % d.size();
      switch (rng() % 4) {
        case 0: d[at] = static_cast<char>(kInteresting[rng() % sizeof kInteresting]); break;
        case 1: d[at] = static_cast<char>(static_cast<uint8_t>(d[at]) + (rng() % 2 ? 1 : -1)); break;
        case 2: d.insert(at, 1, static_cast<char>(kInteresting[rng() % sizeof kInteresting])); break;
        default: d.erase(at, 1); break;
      }
    }
    CheckExtensions(d, "round " + std::to_string(round));
  }
}

TEST(ParseExtensions, GeneratedLists) {
  std::mt19937 rng(2929);
  auto form = [&] { return testing::SomeLengthForm(rng); };
  for (int i = 0; i < 30000; ++i) {
    std::string list;
    const int count = static_cast<int>(rng() % 4);
    for (int k = 0; k < count; ++k) {
      std::string ext = TlvOfForm(rng() % 12 == 0 ? 0x04 : 0x06, std::string(1 + rng() % 9, '\x1d'), form());
      switch (rng() % 6) {
        case 0: ext += TlvOfForm(0x01, std::string(1, '\xff'), form()); break;
        case 1: ext += TlvOfForm(0x01, std::string(1, static_cast<char>(rng() % 3 ? 0x00 : 0x05)), form()); break;
        case 2: ext += TlvOfForm(0x01, std::string(rng() % 3, '\xff'), form()); break;  // BOOLEAN of 0 or 2 octets
        default: break;
      }
      if (rng() % 15 != 0) ext += TlvOfForm(rng() % 10 == 0 ? 0x24 : 0x04, std::string(rng() % 140 < 130 ? rng() % 9 : 200, 'v'), form());
      if (rng() % 20 == 0) ext += std::string("\x05\x00", 2);
      list += TlvOfForm(rng() % 15 == 0 ? 0x31 : 0x30, ext, form());
      if (rng() % 30 == 0) list += '\x30';  // a truncated header
    }
    CheckExtensions(list, "list " + std::to_string(i));
  }
}

}  // namespace
}  // namespace cair::x509
