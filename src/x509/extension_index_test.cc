// The extension index (x509/extension_index.h) answers exactly as a scan of
// the extension list: on every certificate of samples/ and the zlint suite,
// for every known OID and some without a slot, and on hand-built lists with
// repeated extensions that change after the first look-up.
#include "x509/extension_index.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "x509/certificate.h"
#include "x509/input.h"
#include "x509/object.h"
#include "x509/oids.h"

namespace cair::x509 {
namespace {

namespace fs = std::filesystem;

const Extension* NaiveFirst(const Certificate& c, der::Input oid) {
  for (const auto& e : c.extensions)
    if (e.oid == oid) return &e;
  return nullptr;
}
const Extension* NaiveLast(const Certificate& c, der::Input oid) {
  const Extension* last = nullptr;
  for (const auto& e : c.extensions)
    if (e.oid == oid) last = &e;
  return last;
}
size_t NaiveCount(const Certificate& c, der::Input oid) {
  size_t n = 0;
  for (const auto& e : c.extensions) n += e.oid == oid;
  return n;
}

// Every question a lint may ask, answered by the index and by a scan.
void ExpectAgrees(const Certificate& c, const std::string& where) {
  std::vector<der::Input> oids(kKnownExtensionOids.begin(), kKnownExtensionOids.end());
  for (der::Input o : {oid::kCrlNumber, oid::kMsCertificateTemplate, oid::kNetscapeCertType, der::Input(),
                       oid::kAdCaIssuers})
    oids.push_back(o);
  for (const auto& e : c.extensions) oids.push_back(e.oid);  // and whatever the certificate carries
  uint32_t present = 0;
  for (der::Input o : oids) {
    EXPECT_EQ(c.FindExtension(o), NaiveFirst(c, o)) << where << " " << der::HexLower(o);
    EXPECT_EQ(c.LastExtension(o), NaiveLast(c, o)) << where << " " << der::HexLower(o);
    EXPECT_EQ(c.CountExtension(o), NaiveCount(c, o)) << where << " " << der::HexLower(o);
    EXPECT_EQ(c.HasExtension(o), NaiveCount(c, o) > 0) << where << " " << der::HexLower(o);
    const int slot = KnownExtensionSlot(o);
    if (slot >= 0) {
      EXPECT_EQ(o, kKnownExtensionOids[slot]);
      if (NaiveCount(c, o)) present |= uint32_t{1} << slot;
    }
  }
  EXPECT_EQ(c.KnownExtensionsPresent(), present) << where;
}

std::vector<fs::path> Files(const fs::path& dir) {
  std::vector<fs::path> out;
  if (!fs::exists(dir)) return out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

size_t CheckFiles(const std::vector<fs::path>& files) {
  size_t certs = 0;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    auto decoded = DecodeObjects(ss.str(), InputFormat::kDetect);
    for (const auto& obj : decoded.objects) {
      auto parsed = ParseObject(der::Input(std::string_view(obj.der)), obj.label);
      if (parsed.kind != ParsedKind::kCertificate) continue;
      ExpectAgrees(parsed.cert, path.string());
      ++certs;
    }
  }
  return certs;
}

TEST(ExtensionIndex, AgreesWithAScanOnSamples) {
  EXPECT_GT(CheckFiles(Files(fs::path(CAIR_SOURCE_DIR) / "samples")), 3u);
}

TEST(ExtensionIndex, AgreesWithAScanOnTheZlintSuite) {
  const fs::path dir = fs::path(CAIR_SHARED_DIR) / "conformance/zlint/testdata";
  if (!fs::exists(dir)) GTEST_SKIP() << "zlint testdata not found at " << dir;
  EXPECT_GT(CheckFiles(Files(dir)), 1000u);
}

Extension Ext(der::Input oid) {
  Extension e;
  e.oid = oid;
  return e;
}

TEST(ExtensionIndex, RepeatedExtensionsAndListsThatChange) {
  Certificate c;
  ExpectAgrees(c, "empty");
  c.extensions = {Ext(oid::kKeyUsage), Ext(oid::kCrlNumber), Ext(oid::kKeyUsage), Ext(oid::kAuthorityInfoAccess),
                  Ext(der::Input()), Ext(oid::kCtSctList), Ext(oid::kAdobeArchiveRevInfo)};
  ExpectAgrees(c, "seven");
  EXPECT_EQ(c.FindExtension(oid::kKeyUsage), &c.extensions[0]);
  EXPECT_EQ(c.LastExtension(oid::kKeyUsage), &c.extensions[2]);
  EXPECT_EQ(c.CountExtension(oid::kKeyUsage), 2u);
  // Added after the first look-up: the index follows.
  c.extensions.push_back(Ext(oid::kKeyUsage));
  c.extensions.push_back(Ext(oid::kSubjectAltName));
  ExpectAgrees(c, "nine");
  EXPECT_EQ(c.LastExtension(oid::kKeyUsage), &c.extensions[7]);
  EXPECT_EQ(c.CountExtension(oid::kKeyUsage), 3u);
  // A copy answers with its own extensions.
  const Certificate copy = c;
  ExpectAgrees(copy, "copy");
  EXPECT_EQ(copy.FindExtension(oid::kSubjectAltName), &copy.extensions.back());
  c.extensions.erase(c.extensions.begin());
  ExpectAgrees(c, "erased");
  EXPECT_EQ(c.CountExtension(oid::kKeyUsage), 2u);
}

TEST(ExtensionIndex, SlotsAreExact) {
  // Same length and last octet as a known OID, different elsewhere.
  const uint8_t near_ku[] = {0x55, 0x1e, 0x0f};
  const uint8_t near_sct[] = {0x2b, 0x06, 0x01, 0x04, 0x01, 0xd6, 0x79, 0x02, 0x05, 0x02};
  EXPECT_EQ(KnownExtensionSlot(der::Input(near_ku, sizeof near_ku)), -1);
  EXPECT_EQ(KnownExtensionSlot(der::Input(near_sct, sizeof near_sct)), -1);
  for (int i = 0; i < kKnownExtensionCount; ++i) EXPECT_EQ(KnownExtensionSlot(kKnownExtensionOids[i]), i);
}

}  // namespace
}  // namespace cair::x509
