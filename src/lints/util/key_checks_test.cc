// Tests of the key lints that need keys made by the test itself:
// e_rsa_roca_vulnerable_key (lints/util/key_roca.h) on moduli built the way
// Infineon RSALib built them and on OpenSSL's, and e_rsa_debian_weak_key
// (lints/util/key_blocklist.h) with blocklists written from generated keys.
#include <gmp.h>
#include <gtest/gtest.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/sha.h>

#include <cmath>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "der/test_builder.h"
#include "lint/config.h"
#include "lint/lint.h"
#include "lint/registry.h"
#include "lints/util/key_blocklist.h"
#include "lints/util/key_roca.h"
#include "lints/util/lint_testing.h"
#include "lints/util/math/mpz.h"
#include "lints/util/math/fermat.h"
#include "lints/util/math/mpz_testing.h"
#include "lints/util/math/small_primes.h"
#include "lints/util/rsa_modulus_memo.h"
#include "x509/certificate.h"

namespace cair::lints::util {
namespace {

using der::testing::Tlv;

// A TBSCertificate whose subject key is rsaEncryption {n, 65537}; `n` is a
// big-endian magnitude.
std::string RsaTbs(const std::string& n) {
  const std::string alg = Tlv(0x30, Tlv(0x06, "\x2a\x86\x48\xce\x3d\x04\x03\x02"));
  const std::string name = Tlv(0x30, Tlv(0x31, Tlv(0x30, Tlv(0x06, "\x55\x04\x03") + Tlv(0x0c, "Test"))));
  const std::string validity = Tlv(0x30, Tlv(0x17, "200101000000Z") + Tlv(0x17, "300101000000Z"));
  const std::string rsa_alg = Tlv(0x30, Tlv(0x06, "\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01") + std::string("\x05\x00", 2));
  const std::string key = Tlv(0x30, Tlv(0x02, std::string(1, '\0') + n) + Tlv(0x02, "\x01\x00\x01"));
  const std::string spki = Tlv(0x30, rsa_alg + Tlv(0x03, std::string(1, '\0') + key));
  return Tlv(0x30, Tlv(0xa0, Tlv(0x02, "\x02")) + Tlv(0x02, "\x01") + alg + name + validity + name + spki);
}

// Runs lint `name`, configured with `config`, on a certificate with RSA
// modulus `n`: its status name, "NA" when it does not apply, or
// "configure: <message>".
std::string RunLint(const char* name, const std::string& n, const lint::Config& config = lint::Config()) {
  const std::string der = RsaTbs(n);
  x509::Certificate c = x509::ParseTbsCertificate(der::Input(std::string_view(der)));
  EXPECT_TRUE(c.ok());
  return lints::testing::RunLintOn(name, c, config);
}

// An RSA key made by OpenSSL's default generator.
struct OpensslKey {
  std::string n;          // big-endian modulus
  std::string n_hex;      // BN_bn2hex of the modulus (openssl's own spelling)
};

OpensslKey GenerateOpensslKey(unsigned bits) {
  EVP_PKEY* pkey = EVP_RSA_gen(bits);
  EXPECT_NE(pkey, nullptr);
  BIGNUM* bn = nullptr;
  EXPECT_EQ(EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_N, &bn), 1);
  OpensslKey k;
  k.n.resize(BN_num_bytes(bn));
  BN_bn2bin(bn, reinterpret_cast<unsigned char*>(k.n.data()));
  char* hex = BN_bn2hex(bn);
  k.n_hex = hex;
  OPENSSL_free(hex);
  BN_free(bn);
  EVP_PKEY_free(pkey);
  return k;
}

const std::vector<OpensslKey>& OpensslKeys() {
  static const std::vector<OpensslKey> keys = [] {
    std::vector<OpensslKey> out;
    for (int i = 0; i < 4; ++i) out.push_back(GenerateOpensslKey(i % 2 ? 2048 : 1024));
    return out;
  }();
  return keys;
}

// A prime built as RSALib built them (Nemec et al., CCS 2017, section 2.1):
// p = k*M + (65537^a mod M), M the product of the first `m_primes` primes,
// k and a random; the first such prime of about `bits` bits.
void RocaPrime(unsigned bits, unsigned m_primes, gmp_randstate_t rng, mpz_ptr p) {
  math::Mpz m, g, k, r, base;
  mpz_set_ui(m.get(), 1);
  mpz_set_ui(r.get(), 2);
  for (unsigned i = 0; i < m_primes; ++i) {
    mpz_mul(m.get(), m.get(), r.get());
    mpz_nextprime(r.get(), r.get());
  }
  mpz_set_ui(base.get(), 65537);
  const size_t k_bits = bits - mpz_sizeinbase(m.get(), 2);
  do {
    mpz_urandomb(r.get(), rng, 64);
    mpz_powm(g.get(), base.get(), r.get(), m.get());  // 65537^a mod M
    mpz_urandomb(k.get(), rng, k_bits);
    mpz_setbit(k.get(), k_bits - 1);
    mpz_mul(p, k.get(), m.get());
    mpz_add(p, p, g.get());
  } while (mpz_probab_prime_p(p, 30) == 0);
}

std::string RocaModulus(unsigned modulus_bits, unsigned m_primes, gmp_randstate_t rng) {
  math::Mpz p, q, n;
  RocaPrime(modulus_bits / 2, m_primes, rng, p.get());
  RocaPrime(modulus_bits / 2, m_primes, rng, q.get());
  mpz_mul(n.get(), p.get(), q.get());
  return math::MpzBytes(n.get());
}

TEST(KeyRoca, DetectsModuliBuiltAsRsaLibBuiltThem) {
  math::RandomState rng(2017);
  // The primorial sizes RSALib used for 512-960, 992-1952 and 1984-3936-bit
  // keys (paper, section 2.1).
  const std::vector<std::pair<unsigned, unsigned>> sizes = {{512, 39}, {1024, 71}, {2048, 126}};
  for (const auto& [bits, m_primes] : sizes) {
    for (int i = 0; i < 2; ++i) {
      const std::string n = RocaModulus(bits, m_primes, rng.get());
      EXPECT_TRUE(HasRocaFingerprint(der::Input(std::string_view(n)))) << bits;
      EXPECT_EQ(RunLint("e_rsa_roca_vulnerable_key", n), "error") << bits;
    }
  }
}

TEST(KeyRoca, PassesOpensslKeysAndRandomModuli) {
  for (const auto& k : OpensslKeys()) {
    EXPECT_FALSE(HasRocaFingerprint(der::Input(std::string_view(k.n))));
    EXPECT_EQ(RunLint("e_rsa_roca_vulnerable_key", k.n), "pass");
  }
  // Products of two ordinary random primes: the fingerprint's false-positive
  // rate is 2^-27.8 each, so none of 200 may carry it.
  math::RandomState rng(15361);
  math::Mpz p, q, n;
  for (int i = 0; i < 200; ++i) {
    mpz_urandomb(p.get(), rng.get(), 256);
    mpz_nextprime(p.get(), p.get());
    mpz_urandomb(q.get(), rng.get(), 256);
    mpz_nextprime(q.get(), q.get());
    mpz_mul(n.get(), p.get(), q.get());
    EXPECT_FALSE(HasRocaFingerprint(n.get())) << i;
  }
}

TEST(KeyRoca, FalsePositiveRateIsTheSubgroupDensity) {
  // A residue passes prime r's test with probability |<65537>| / (r-1).
  double log2_rate = 0;
  for (uint32_t r : RocaPrimes()) {
    uint32_t order = 1;
    for (uint32_t x = 65537 % r; x != 1; x = x * (65537 % r) % r) ++order;
    log2_rate += std::log2(static_cast<double>(order) / (r - 1));
  }
  EXPECT_NEAR(log2_rate, -27.83, 0.01);
  EXPECT_EQ(RocaPrimes().size(), 38u);
}

TEST(KeyRoca, IgnoresDegenerateModuli) {
  EXPECT_FALSE(HasRocaFingerprint(der::Input()));
  const std::string zero(4, '\0');
  EXPECT_FALSE(HasRocaFingerprint(der::Input(std::string_view(zero))));
}

// w_rsa_mod_factors_smaller_than_752 reads the residues the ROCA check
// shares (math/small_primes.h): a modulus times 751 or 3 warns, OpenSSL's
// keys pass, and a key checked for ROCA first gives the same answer.
TEST(KeySmallFactors, WarnsOnFactorsBelow752) {
  for (const auto& k : OpensslKeys()) {
    EXPECT_EQ(RunLint("e_rsa_roca_vulnerable_key", k.n), "pass");
    EXPECT_EQ(RunLint("w_rsa_mod_factors_smaller_than_752", k.n), "pass");
  }
  for (unsigned long f : {3ul, 751ul}) {
    math::Mpz n;
    math::MpzFromMagnitude(der::Input(std::string_view(OpensslKeys()[0].n)), n.get());
    mpz_mul_ui(n.get(), n.get(), f);
    std::string bytes((mpz_sizeinbase(n.get(), 2) + 7) / 8, '\0');
    size_t count = 0;
    mpz_export(bytes.data(), &count, 1, 1, 1, 0, n.get());
    bytes.resize(count);
    EXPECT_EQ(RunLint("w_rsa_mod_factors_smaller_than_752", bytes), "warn") << f;
  }
  // 757 is the first prime above the bound.
  math::Mpz n;
  mpz_set_ui(n.get(), 757ul * 761ul);
  std::string bytes(8, '\0');
  size_t count = 0;
  mpz_export(bytes.data(), &count, 1, 1, 1, 0, n.get());
  bytes.resize(count);
  EXPECT_EQ(RunLint("w_rsa_mod_factors_smaller_than_752", bytes), "pass");
}

std::string Sha1Hex(const std::string& s) {
  unsigned char d[SHA_DIGEST_LENGTH];
  SHA1(reinterpret_cast<const unsigned char*>(s.data()), s.size(), d);
  static const char* kDigits = "0123456789abcdef";
  std::string out;
  for (unsigned char b : d) out += kDigits[b >> 4], out += kDigits[b & 15];
  return out;
}

std::string WriteFile(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / ("cair_key_checks_" + std::to_string(::getpid()) + name);
  std::ofstream(path) << text;
  return path.string();
}

lint::Config BlocklistConfig(const std::string& path) {
  lint::Config config;
  config.SetString("e_rsa_debian_weak_key", "Blocklist", path);
  return config;
}

TEST(KeyBlocklist, EntriesAreTheDocumentedDigests) {
  const auto& k = OpensslKeys()[0];
  const der::Input n(std::string_view(k.n));
  // openssl x509 -noout -modulus | sha1sum | cut -c 21-40, with the
  // modulus spelled by OpenSSL itself.
  EXPECT_EQ(KeyBlocklist::OpensslBlacklistEntry(n), Sha1Hex("Modulus=" + k.n_hex + "\n").substr(20));
  const std::string leading_zeros = std::string(2, '\0') + k.n;
  EXPECT_EQ(KeyBlocklist::Sha256Entry(der::Input(std::string_view(leading_zeros))), KeyBlocklist::Sha256Entry(n));
  EXPECT_EQ(KeyBlocklist::Sha256Entry(n).size(), 64u);
}

TEST(KeyBlocklist, LintErrsOnListedKeysInEitherFormat) {
  const auto& keys = OpensslKeys();
  const der::Input a(std::string_view(keys[0].n)), b(std::string_view(keys[1].n));
  std::string upper_b = KeyBlocklist::Sha256Entry(b);
  for (char& ch : upper_b) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  const std::string path = WriteFile("mixed", "# test list\n\n" + KeyBlocklist::OpensslBlacklistEntry(a) +
                                                  "\n  " + upper_b + "  \r\n# end\n");
  const lint::Config config = BlocklistConfig(path);
  EXPECT_EQ(RunLint("e_rsa_debian_weak_key", keys[0].n, config), "error");
  EXPECT_EQ(RunLint("e_rsa_debian_weak_key", keys[1].n, config), "error");
  EXPECT_EQ(RunLint("e_rsa_debian_weak_key", keys[2].n, config), "pass");
  std::string error;
  auto list = KeyBlocklist::Load(path, &error);
  ASSERT_TRUE(list) << error;
  EXPECT_EQ(list->size(), 2u);
  EXPECT_EQ(list->Match(a), "openssl-blacklist");
  EXPECT_EQ(list->Match(b), "sha256");
  // A whole 40-digit SHA-1 line lists the key as its last 20 digits do.
  const std::string full = WriteFile("full", Sha1Hex("Modulus=" + keys[3].n_hex + "\n") + "\n");
  EXPECT_EQ(RunLint("e_rsa_debian_weak_key", keys[3].n, BlocklistConfig(full)), "error");
  std::filesystem::remove(path);
  std::filesystem::remove(full);
}

TEST(KeyBlocklist, WithoutAListTheLintDoesNotApply) {
  EXPECT_EQ(RunLint("e_rsa_debian_weak_key", OpensslKeys()[0].n), "NA");
}

TEST(KeyBlocklist, BadListsAreConfigurationErrors) {
  const std::string bad = WriteFile("bad", "# ok\n0123456789abcdef0123\nnot-hex\n");
  std::string out = RunLint("e_rsa_debian_weak_key", OpensslKeys()[0].n, BlocklistConfig(bad));
  EXPECT_NE(out.find("configure: "), std::string::npos) << out;
  EXPECT_NE(out.find(bad + ":3:"), std::string::npos) << out;
  const std::string short_line = WriteFile("short", "abcdef\n");
  out = RunLint("e_rsa_debian_weak_key", OpensslKeys()[0].n, BlocklistConfig(short_line));
  EXPECT_NE(out.find(":1: 6 hex digits"), std::string::npos) << out;
  out = RunLint("e_rsa_debian_weak_key", OpensslKeys()[0].n, BlocklistConfig("/nonexistent/list"));
  EXPECT_NE(out.find("/nonexistent/list: cannot open"), std::string::npos) << out;
  std::filesystem::remove(bad);
  std::filesystem::remove(short_line);
}

// ---- Fermat's method through its lint, and the shared per-thread memo of the
// three modulus checks (rsa_modulus_memo.h) ----------------------------------

// n = p*q for a random prime p of `bits` bits and q the first prime above
// p + 2^gap_bits, and the rounds Fermat's method needs to factor it (the
// candidate (p + q)/2 is round number (p + q)/2 - floor(sqrt(n))).
std::string Decimal(mpz_srcptr v) {
  std::string out(mpz_sizeinbase(v, 10) + 2, '\0');
  mpz_get_str(out.data(), 10, v);
  out.resize(std::char_traits<char>::length(out.c_str()));
  return out;
}

struct ClosePrimes {
  std::string n, p, q;
  int64_t rounds = 0;
};
ClosePrimes MakeClosePrimes(unsigned bits, unsigned gap_bits, math::RandomState& rng) {
  math::Mpz p, q, n, a, s;
  rng.Prime(bits, p.get());
  mpz_setbit(q.get(), gap_bits);
  mpz_add(q.get(), q.get(), p.get());
  mpz_nextprime(q.get(), q.get());
  mpz_mul(n.get(), p.get(), q.get());
  mpz_add(a.get(), p.get(), q.get());
  mpz_fdiv_q_2exp(a.get(), a.get(), 1);
  mpz_sqrt(s.get(), n.get());
  mpz_sub(a.get(), a.get(), s.get());
  ClosePrimes out;
  out.n = math::MpzBytes(n.get());
  // Fermat reports a + b first, the larger prime.
  out.p = Decimal(q.get());
  out.q = Decimal(p.get());
  out.rounds = static_cast<int64_t>(mpz_get_ui(a.get()));
  return out;
}

lint::Config FermatRounds(int64_t rounds) {
  std::string error;
  auto config = lint::Config::Parse("[e_rsa_fermat_factorization]\nRounds = " + std::to_string(rounds) + "\n", &error);
  EXPECT_TRUE(config) << error;
  return config ? std::move(*config) : lint::Config();
}

TEST(KeyFermat, LintErrsExactlyFromTheRoundThatFactors) {
  math::RandomState rng(1640);
  for (unsigned gap : {2u, 250u, 259u, 262u}) {
    const ClosePrimes c = MakeClosePrimes(512, gap, rng);
    ASSERT_GE(c.rounds, 1) << gap;
    ASSERT_LT(c.rounds, 100000) << gap;
    EXPECT_EQ(RunLint("e_rsa_fermat_factorization", c.n, FermatRounds(c.rounds)), "error") << gap;
    EXPECT_EQ(RunLint("e_rsa_fermat_factorization", c.n, FermatRounds(c.rounds - 1)), "pass") << gap;
    EXPECT_EQ(RunLint("e_rsa_fermat_factorization", c.n), c.rounds <= 100 ? "error" : "pass") << gap;
  }
  for (const auto& k : OpensslKeys()) EXPECT_EQ(RunLint("e_rsa_fermat_factorization", k.n), "pass");
}

// The sieve rejects candidates 64 at a time by masks: the candidate that
// factors n must survive it wherever it falls in a window (rounds from 1 to
// thousands), and nothing before it may be taken for a square.
TEST(KeyFermat, SieveKeepsTheCandidateThatFactors) {
  math::RandomState rng(64);
  std::set<int64_t> windows;
  for (int seed = 0; seed < 5; ++seed)
    for (unsigned gap = 250; gap <= 264; ++gap) {
      const ClosePrimes c = MakeClosePrimes(512, gap, rng);
      ASSERT_GE(c.rounds, 1);
      windows.insert((c.rounds - 1) / 64);
      std::string p, q;
      EXPECT_FALSE(math::FermatFactor(der::Input(std::string_view(c.n)), c.rounds - 1, &p, &q)) << c.rounds;
      ASSERT_TRUE(math::FermatFactor(der::Input(std::string_view(c.n)), c.rounds, &p, &q)) << c.rounds;
      EXPECT_EQ(p, c.p);
      EXPECT_EQ(q, c.q);
    }
  EXPECT_GE(windows.size(), 5u) << "candidates in several 64-candidate windows";
}

// Every check's answer for `n`, asked directly of the computation.
struct Answers {
  bool small_factor, roca, fermat;
  std::string p, q;
  bool operator==(const Answers&) const = default;
};
Answers Direct(const std::string& n, int64_t rounds) {
  math::Mpz v;
  math::MpzFromMagnitude(der::Input(std::string_view(n)), v.get());
  Answers a{math::HasFactorBelow752(v.get()), HasRocaFingerprint(v.get()), false, "", ""};
  a.fermat = math::FermatFactor(der::Input(std::string_view(n)), rounds, &a.p, &a.q);
  return a;
}
// The same through the memo, the checks asked in the order `order` gives
// (a permutation of 0, 1, 2).
Answers Remembered(const std::string& n, int64_t rounds, const int order[3]) {
  Answers a{};
  const der::Input in{std::string_view(n)};
  for (int k = 0; k < 3; ++k) {
    if (order[k] == 0) a.small_factor = rsa_memo::HasFactorBelow752(in);
    if (order[k] == 1) a.roca = rsa_memo::HasRocaFingerprint(in);
    if (order[k] == 2) a.fermat = rsa_memo::FermatFactor(in, rounds, &a.p, &a.q);
  }
  return a;
}

// Moduli that trip each check, and some that trip none.
std::vector<std::string> MemoModuli() {
  std::vector<std::string> out;
  for (const auto& k : OpensslKeys()) out.push_back(k.n);
  math::RandomState rng(752);
  for (int i = 0; i < 2; ++i) out.push_back(RocaModulus(512, 39, rng.get()));
  for (unsigned gap : {3u, 259u}) out.push_back(MakeClosePrimes(512, gap, rng).n);
  for (unsigned long f : {2ul, 3ul, 751ul}) {
    math::Mpz n;
    math::MpzFromMagnitude(der::Input(std::string_view(OpensslKeys()[1].n)), n.get());
    mpz_mul_ui(n.get(), n.get(), f);
    out.push_back(math::MpzBytes(n.get()));
  }
  std::string head = OpensslKeys()[3].n;  // the same low-order octets as key 3
  head[0] = static_cast<char>(head[0] ^ 0x40);
  out.push_back(head);
  out.push_back(std::string(3, '\0') + OpensslKeys()[2].n);  // leading zero bytes
  out.push_back("");                                          // zero
  out.push_back(std::string(2, '\0'));                       // zero, spelled with two octets
  return out;
}

TEST(KeyMemo, AnswersAsTheChecksInEveryOrderAndComputesOnce) {
  const std::vector<std::string> moduli = MemoModuli();
  std::vector<Answers> direct;
  bool any[3] = {false, false, false};
  for (const auto& n : moduli) {
    direct.push_back(Direct(n, 100));
    any[0] |= direct.back().small_factor, any[1] |= direct.back().roca, any[2] |= direct.back().fermat;
  }
  EXPECT_TRUE(any[0] && any[1] && any[2]) << "the moduli must trip every check";
  const int orders[6][3] = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
  for (const auto& order : orders) {
    for (size_t i = 0; i < moduli.size(); ++i) EXPECT_EQ(Remembered(moduli[i], 100, order), direct[i]) << i;
  }
  // Everything is remembered now: asking again, in any order and with the
  // moduli interleaved, computes nothing.
  const size_t computed = rsa_memo::ComputedChecks();
  for (size_t i = moduli.size(); i-- > 0;) {
    for (const auto& order : orders) EXPECT_EQ(Remembered(moduli[i], 100, order), direct[i]) << i;
    EXPECT_EQ(Remembered(moduli[(i * 7) % moduli.size()], 100, orders[i % 6]), direct[(i * 7) % moduli.size()]);
  }
  EXPECT_EQ(rsa_memo::ComputedChecks(), computed);
}

TEST(KeyMemo, FermatIsRememberedForItsRounds) {
  math::RandomState rng(2048);
  const ClosePrimes c = MakeClosePrimes(512, 262, rng);
  ASSERT_GT(c.rounds, 2);
  const der::Input n(std::string_view(c.n));
  std::string p, q;
  for (int repeat = 0; repeat < 2; ++repeat) {
    const size_t before = rsa_memo::ComputedChecks();
    EXPECT_FALSE(rsa_memo::FermatFactor(n, c.rounds - 1, &p, &q));
    EXPECT_FALSE(rsa_memo::FermatFactor(n, c.rounds - 1, &p, &q));
    EXPECT_EQ(rsa_memo::ComputedChecks(), before + 1);
    p.clear(), q.clear();
    EXPECT_TRUE(rsa_memo::FermatFactor(n, c.rounds, &p, &q));
    EXPECT_EQ(p, c.p);
    EXPECT_EQ(q, c.q);
    p.clear(), q.clear();
    EXPECT_TRUE(rsa_memo::FermatFactor(n, c.rounds, &p, &q));
    EXPECT_EQ(p, c.p);
    EXPECT_EQ(q, c.q);
    EXPECT_EQ(rsa_memo::ComputedChecks(), before + 2);
  }
  EXPECT_FALSE(rsa_memo::FermatFactor(n, 0, &p, &q));
  EXPECT_FALSE(rsa_memo::FermatFactor(n, -5, &p, &q));
}

void FillToTheBound() {
  const auto nth = [](size_t i) { return "\x01" + std::to_string(i); };
  const std::string first = nth(0);
  for (size_t i = 0; i <= rsa_memo::kMaxModuli; ++i) {
    if (i == rsa_memo::kMaxModuli) {
      // Full: a modulus it holds is still answered from it.
      ASSERT_EQ(rsa_memo::RememberedModuli(), rsa_memo::kMaxModuli);
      const size_t full = rsa_memo::ComputedChecks();
      rsa_memo::HasRocaFingerprint(der::Input(std::string_view(nth(7))));
      EXPECT_EQ(rsa_memo::ComputedChecks(), full);
    }
    const std::string n = nth(i);
    rsa_memo::HasRocaFingerprint(der::Input(std::string_view(n)));
    ASSERT_LE(rsa_memo::RememberedModuli(), rsa_memo::kMaxModuli);
  }
  const size_t before = rsa_memo::ComputedChecks();
  rsa_memo::HasRocaFingerprint(der::Input(std::string_view(first)));
  EXPECT_EQ(rsa_memo::ComputedChecks(), before + 1) << "emptied when full: the first modulus is forgotten";
}

TEST(KeyMemo, EmptiedAtItsBoundAndLongModuliNotRemembered) {
  std::thread(FillToTheBound).join();  // on a thread of its own: a table that starts empty
  size_t before = 0;

  math::Mpz v;
  const std::string longest(rsa_memo::kMaxModulusBytes, '\x03'), too_long(rsa_memo::kMaxModulusBytes + 1, '\x03');
  for (const std::string* n : {&longest, &too_long}) {
    math::MpzFromMagnitude(der::Input(std::string_view(*n)), v.get());
    before = rsa_memo::ComputedChecks();
    for (int i = 0; i < 2; ++i)
      EXPECT_EQ(rsa_memo::HasFactorBelow752(der::Input(std::string_view(*n))), math::HasFactorBelow752(v.get()));
    EXPECT_EQ(rsa_memo::ComputedChecks(), before + (n == &longest ? 1 : 2)) << n->size();
  }
}

// Moduli that differ only in their high-order octets share a hash: each is
// still answered for itself, and past the probe bound they are checked
// rather than remembered, never confused.
TEST(KeyMemo, ModuliSharingLowOrderOctetsAreToldApart) {
  std::vector<std::string> moduli;
  for (int i = 0; i < 48; ++i) {
    std::string n = OpensslKeys()[1].n;
    n[0] = static_cast<char>(0x80 | i);
    n[1] = static_cast<char>(i * 5);
    moduli.push_back(n);
  }
  moduli.push_back(moduli[7].substr(1));     // shorter, with the same tail
  moduli.push_back(OpensslKeys()[1].n);       // the key itself: no small factor
  for (int pass = 0; pass < 2; ++pass)
    for (const auto& n : moduli) {
      math::Mpz v;
      math::MpzFromMagnitude(der::Input(std::string_view(n)), v.get());
      EXPECT_EQ(rsa_memo::HasFactorBelow752(der::Input(std::string_view(n))), math::HasFactorBelow752(v.get()));
      EXPECT_EQ(rsa_memo::HasRocaFingerprint(der::Input(std::string_view(n))), HasRocaFingerprint(v.get()));
    }
  bool some_factor = false, some_without = false;
  for (const auto& n : moduli) {
    math::Mpz v;
    math::MpzFromMagnitude(der::Input(std::string_view(n)), v.get());
    (math::HasFactorBelow752(v.get()) ? some_factor : some_without) = true;
  }
  EXPECT_TRUE(some_factor && some_without) << "the moduli must give both answers";
}

TEST(KeyMemo, OneTablePerThread) {
  const der::Input n(std::string_view(OpensslKeys()[0].n));
  rsa_memo::HasRocaFingerprint(n);
  size_t computed_there = 0;
  std::thread([&] {
    rsa_memo::HasRocaFingerprint(n);
    computed_there = rsa_memo::ComputedChecks();
  }).join();
  EXPECT_EQ(computed_there, 1u);
}

}  // namespace
}  // namespace cair::lints::util
