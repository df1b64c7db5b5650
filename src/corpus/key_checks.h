// File: corpus/key_checks.h
// Key checks across a whole scanned corpus, which no single-certificate lint
// can make:
//   - shared factors: RSA moduli that share a prime with another modulus in
//     the corpus (a broken random generator; both keys are factored by one
//     gcd). Found by batch GCD (corpus/batch_gcd.h) over the distinct moduli.
//   - reused keys: one public key in certificates of unrelated subscribers.
//     A certificate's subscriber identities are its subject organizationName
//     values (case-folded, spaces trimmed) and the registrable domains
//     (public suffix + one label, ICANN section of the PSL) of its dNSName
//     and rfc822Name subjectAltNames and subject commonName. Two certificates
//     are related when they share an identity; relatedness is closed
//     transitively (a renewal that adds a domain stays with its
//     predecessor). A key whose certificates fall into two or more unrelated
//     groups is reported. Certificates with no identity at all (no O, no
//     domain) are listed but form no group: nothing says who they belong to.
// The findings name every certificate involved (SHA-256, serial, issuer);
// a shared factor is reported by its size, never its value (it is half of
// a private key).
#ifndef CAIR_CORPUS_KEY_CHECKS_H_
#define CAIR_CORPUS_KEY_CHECKS_H_

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "corpus/scanner.h"

namespace cair::corpus {

// The subscriber identities of a certificate, as defined above, sorted:
// "o:<organization>" and "d:<registrable domain>".
std::vector<std::string> SubscriberIdentities(const x509::Certificate& c);

struct KeyCertificate {
  std::string sha256, serial, issuer;  // upper-case hex; issuer DN
  std::vector<std::string> subscribers;
};

struct SharedFactorFinding {
  struct Key {
    std::string modulus_sha256;  // KeyBlocklist's sha256 entry of the modulus
    size_t modulus_bits = 0;
    std::vector<KeyCertificate> certificates;
  };
  Key a, b;
  size_t factor_bits = 0;
};

struct ReusedKeyFinding {
  std::string spki_sha256;
  std::vector<std::vector<KeyCertificate>> groups;  // unrelated subscriber groups
  std::vector<KeyCertificate> unidentified;         // no identity to group by
};

struct KeyCheckResult {
  bool shared_factors_checked = false, reused_keys_checked = false;
  uint64_t keys = 0, rsa_moduli = 0;     // distinct public keys, distinct RSA moduli
  double batch_gcd_s = 0;
  std::vector<SharedFactorFinding> shared_factors;
  std::vector<ReusedKeyFinding> reused_keys;
  size_t findings() const { return shared_factors.size() + reused_keys.size(); }
};

class KeyChecks {
 public:
  KeyChecks(bool shared_factors, bool reused_keys) : shared_factors_(shared_factors), reused_keys_(reused_keys) {}
  // Records one scanned object (its key fields are set when the scan ran
  // with ScanOptions::collect_keys); objects without a key are ignored.
  void Add(const ObjectReport& r);
  // Runs the checks. `progress` receives a line per step of batch GCD.
  KeyCheckResult Finish(const std::function<void(const std::string&)>& progress);

 private:
  struct Cert {
    Sha256 sha256;
    std::string serial;
    uint32_t issuer;
    std::vector<uint32_t> subscribers;
  };
  struct Key {
    std::string modulus;
    std::vector<Cert> certs;
  };
  uint32_t Intern(const std::string& s);
  KeyCertificate Describe(const Cert& c) const;

  bool shared_factors_, reused_keys_;
  std::unordered_map<Sha256, Key, Sha256Hash> keys_;
  std::unordered_map<std::string, uint32_t> ids_;
  std::vector<std::string> strings_;
};

// The JSON form of the findings (the "key_checks" member of the scan's JSON).
nlohmann::ordered_json KeyCheckJson(const KeyCheckResult& r);
// The text form, for the scan's report; "" when neither check ran.
std::string KeyCheckText(const KeyCheckResult& r);

}  // namespace cair::corpus

#endif  // CAIR_CORPUS_KEY_CHECKS_H_
