// Tests of the corpus-wide key checks: batch GCD against pairwise gcds on
// moduli the test builds (two pairs sharing a prime, many that share none),
// and `Scan` + `KeyChecks` on certificates the test issues with OpenSSL:
// moduli sharing a prime, one key reused by unrelated subscribers, and the
// relations that must not count as reuse (renewals, precertificate pairs,
// one organisation under two domains).
#include "corpus/key_checks.h"

#include <gmp.h>
#include <gtest/gtest.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "corpus/batch_gcd.h"
#include "lints/util/math/mpz.h"
#include "lints/util/math/mpz_testing.h"

namespace cair::corpus {
namespace {

// Moduli: 0 and 5 share a prime, 3 and 9 share another, the rest are
// products of independent primes.
std::vector<std::string> TestModuli(unsigned prime_bits) {
  lints::util::math::RandomState rng(42);
  std::vector<std::string> out;
  lints::util::math::Mpz shared1, shared2, p, q, n;
  rng.Prime(prime_bits, shared1.get());
  rng.Prime(prime_bits, shared2.get());
  for (int i = 0; i < 23; ++i) {
    if (i == 0 || i == 5) mpz_set(p.get(), shared1.get());
    else if (i == 3 || i == 9) mpz_set(p.get(), shared2.get());
    else rng.Prime(prime_bits, p.get());
    rng.Prime(prime_bits, q.get());
    mpz_mul(n.get(), p.get(), q.get());
    out.push_back(lints::util::math::MpzBytes(n.get()));
  }
  return out;
}

TEST(BatchGcd, FindsExactlyTheModuliThatShareAPrimeAtEveryChunkSize) {
  const std::vector<std::string> moduli = TestModuli(256);
  for (size_t chunk : {2, 3, 7, 16, 1 << 17}) {
    BatchGcdOptions o;
    o.chunk = chunk;
    int steps = 0;
    o.progress = [&](const std::string&) { ++steps; };
    EXPECT_EQ(BatchGcd(moduli, o), (std::vector<size_t>{0, 3, 5, 9})) << "chunk " << chunk;
    EXPECT_GT(steps, 0);
  }
  const std::vector<size_t> flagged = {0, 3, 5, 9};
  const auto pairs = PairSharedFactors(moduli, flagged);
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs[0].a, 0u);
  EXPECT_EQ(pairs[0].b, 5u);
  EXPECT_EQ(pairs[0].factor_bits, 256u);
  EXPECT_EQ(pairs[1].a, 3u);
  EXPECT_EQ(pairs[1].b, 9u);
}

TEST(BatchGcd, NothingSharedNothingFlagged) {
  std::vector<std::string> moduli = TestModuli(128);
  moduli.erase(moduli.begin() + 5);   // 0's partner
  moduli.erase(moduli.begin() + 8);   // 3's partner (was 9)
  EXPECT_TRUE(BatchGcd(moduli, {}).empty());
  EXPECT_TRUE(BatchGcd({moduli[0]}, {}).empty());
  EXPECT_TRUE(BatchGcd({}, {}).empty());
}

// --- certificates issued by the test ---

using PkeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

PkeyPtr RsaPublicKey(const std::string& n_bytes) {
  BIGNUM* n = BN_bin2bn(reinterpret_cast<const unsigned char*>(n_bytes.data()), static_cast<int>(n_bytes.size()), nullptr);
  BIGNUM* e = BN_new();
  BN_set_word(e, 65537);
  OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
  OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, n);
  OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, e);
  OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(bld);
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
  EVP_PKEY* pkey = nullptr;
  EVP_PKEY_fromdata_init(ctx);
  EVP_PKEY_fromdata(ctx, &pkey, EVP_PKEY_PUBLIC_KEY, params);
  EVP_PKEY_CTX_free(ctx);
  OSSL_PARAM_free(params);
  OSSL_PARAM_BLD_free(bld);
  BN_free(n);
  BN_free(e);
  return PkeyPtr(pkey, EVP_PKEY_free);
}

// A certificate for `key` with subject O (if any) and CN, the CN also as
// the one dNSName, signed by `ca`; PEM.
std::string Issue(EVP_PKEY* key, EVP_PKEY* ca, long serial, const std::string& org, const std::string& cn) {
  X509* x = X509_new();
  X509_set_version(x, 2);
  ASN1_INTEGER_set(X509_get_serialNumber(x), serial);
  X509_NAME* issuer = X509_NAME_new();
  X509_NAME_add_entry_by_txt(issuer, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("Key Test CA"), -1, -1, 0);
  X509_set_issuer_name(x, issuer);
  X509_NAME* subject = X509_NAME_new();
  if (!org.empty())
    X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(org.c_str()), -1, -1, 0);
  X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.c_str()), -1, -1, 0);
  X509_set_subject_name(x, subject);
  X509_gmtime_adj(X509_getm_notBefore(x), 0);
  X509_gmtime_adj(X509_getm_notAfter(x), 86400L * 90);
  X509_set_pubkey(x, key);
  if (cn.find('.') != std::string::npos) {
    X509_EXTENSION* san = X509V3_EXT_conf_nid(nullptr, nullptr, NID_subject_alt_name, ("DNS:" + cn).c_str());
    X509_add_ext(x, san, -1);
    X509_EXTENSION_free(san);
  }
  X509_sign(x, ca, EVP_sha256());
  BIO* bio = BIO_new(BIO_s_mem());
  PEM_write_bio_X509(bio, x);
  char* data = nullptr;
  const long len = BIO_get_mem_data(bio, &data);
  std::string pem(data, static_cast<size_t>(len));
  BIO_free(bio);
  X509_NAME_free(issuer);
  X509_NAME_free(subject);
  X509_free(x);
  return pem;
}

struct ScanOut {
  ScanResult scan;
  KeyCheckResult keys;
};

ScanOut ScanPem(const std::string& pem, bool shared_factors, bool reused_keys) {
  const auto path = std::filesystem::temp_directory_path() / ("cair_key_checks_" + std::to_string(::getpid()) + ".pem");
  std::ofstream(path) << pem;
  ScanOptions opt;
  opt.jobs = 2;
  opt.filter.include_names = {"-"};  // no lint: the key checks alone
  opt.collect_keys = true;
  KeyChecks checks(shared_factors, reused_keys);
  ScanOut out;
  out.scan = Scan({path.string()}, opt, lint::Config(), [&](const ObjectReport& r, const ScanResult&) { checks.Add(r); },
                  nullptr);
  out.keys = checks.Finish(nullptr);
  std::filesystem::remove(path);
  return out;
}

PkeyPtr EcKey() { return PkeyPtr(EVP_EC_gen("P-256"), EVP_PKEY_free); }

TEST(KeyChecks, SharedPrimeModuliInCertificatesAreReportedWithTheirCertificates) {
  const std::vector<std::string> moduli = TestModuli(512);  // RSA-1024-sized
  PkeyPtr ca = EcKey();
  std::string pem;
  for (size_t i = 0; i < 12; ++i) {
    PkeyPtr key = RsaPublicKey(moduli[i]);
    pem += Issue(key.get(), ca.get(), 100 + static_cast<long>(i), "", "host" + std::to_string(i) + ".example" +
                 std::to_string(i) + ".com");
  }
  const ScanOut out = ScanPem(pem, true, true);
  EXPECT_EQ(out.scan.certificates, 12u);
  EXPECT_EQ(out.keys.keys, 12u);
  EXPECT_EQ(out.keys.rsa_moduli, 12u);
  ASSERT_EQ(out.keys.shared_factors.size(), 2u);
  EXPECT_TRUE(out.keys.reused_keys.empty());
  for (const auto& f : out.keys.shared_factors) {
    EXPECT_EQ(f.factor_bits, 512u);
    ASSERT_EQ(f.a.certificates.size(), 1u);
    ASSERT_EQ(f.b.certificates.size(), 1u);
    EXPECT_EQ(f.a.modulus_bits, 1024u);
    EXPECT_EQ(f.a.certificates[0].issuer, "CN=Key Test CA");
    EXPECT_EQ(f.a.certificates[0].sha256.size(), 64u);
  }
  // Serials 100+0 and 100+5, 100+3 and 100+9 (hex).
  std::set<std::pair<std::string, std::string>> pairs;
  for (const auto& f : out.keys.shared_factors)
    pairs.insert(std::minmax(f.a.certificates[0].serial, f.b.certificates[0].serial));
  EXPECT_EQ(pairs, (std::set<std::pair<std::string, std::string>>{{"64", "69"}, {"67", "6D"}}));
  const auto j = KeyCheckJson(out.keys);
  EXPECT_EQ(j["shared_factors"].size(), 2u);
  EXPECT_NE(KeyCheckText(out.keys).find("RSA moduli sharing a prime factor (batch GCD): 2"), std::string::npos);
  // Turned off, nothing is computed.
  const ScanOut off = ScanPem(pem, false, true);
  EXPECT_FALSE(off.keys.shared_factors_checked);
  EXPECT_TRUE(off.keys.shared_factors.empty());
}

TEST(KeyChecks, OneKeyForUnrelatedSubscribersIsReportedRelatedUsesAreNot) {
  PkeyPtr ca = EcKey();
  PkeyPtr shared = EcKey(), renewed = EcKey(), org_key = EcKey(), lone = EcKey();
  std::string pem;
  // The same key for two unrelated subscribers (and a renewal of one).
  pem += Issue(shared.get(), ca.get(), 1, "Alpha Ltd", "www.alpha.example.com");
  pem += Issue(shared.get(), ca.get(), 2, "Alpha Ltd", "mail.alpha.example.com");
  pem += Issue(shared.get(), ca.get(), 3, "", "shop.beta.co.uk");
  pem += Issue(shared.get(), ca.get(), 4, "", "no-identity");  // neither O nor a domain
  // Renewals under one domain that add another: one subscriber.
  pem += Issue(renewed.get(), ca.get(), 5, "", "a.gamma.org");
  pem += Issue(renewed.get(), ca.get(), 6, "", "gamma.org");
  // One organisation under two registrable domains: one subscriber.
  pem += Issue(org_key.get(), ca.get(), 7, "Delta GmbH", "delta.de");
  pem += Issue(org_key.get(), ca.get(), 8, "DELTA GMBH ", "delta-shop.com");
  pem += Issue(lone.get(), ca.get(), 9, "Epsilon", "epsilon.net");
  const ScanOut out = ScanPem(pem, false, true);
  EXPECT_EQ(out.keys.keys, 4u);
  ASSERT_EQ(out.keys.reused_keys.size(), 1u);
  const ReusedKeyFinding& f = out.keys.reused_keys[0];
  ASSERT_EQ(f.groups.size(), 2u);
  ASSERT_EQ(f.unidentified.size(), 1u);
  EXPECT_EQ(f.unidentified[0].serial, "04");
  std::set<size_t> sizes = {f.groups[0].size(), f.groups[1].size()};
  EXPECT_EQ(sizes, (std::set<size_t>{1, 2}));
  for (const auto& g : f.groups)
    for (const auto& c : g) {
      if (c.serial == "03") EXPECT_EQ(c.subscribers, (std::vector<std::string>{"d:beta.co.uk"}));
      else EXPECT_EQ(c.subscribers, (std::vector<std::string>{"d:example.com", "o:alpha ltd"}));
    }
  const auto j = KeyCheckJson(out.keys);
  EXPECT_EQ(j["reused_keys"][0]["subscriber_groups"].size(), 2u);
  EXPECT_NE(KeyCheckText(out.keys).find("in 2 unrelated subscriber groups"), std::string::npos);
}

}  // namespace
}  // namespace cair::corpus
