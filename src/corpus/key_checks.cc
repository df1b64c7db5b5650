#include "corpus/key_checks.h"

#include <algorithm>
#include <chrono>
#include <cctype>
#include <numeric>
#include <set>

#include <nlohmann/json.hpp>

#include "base/sha256.h"
#include "corpus/batch_gcd.h"
#include "der/input.h"
#include "lints/util/dns/public_suffix.h"
#include "x509/oids.h"

namespace cair::corpus {
namespace {

std::string Fold(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  std::string out(s);
  for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return out;
}

// "d:example.co.uk" for a name under a registrable domain, else "".
std::string RegistrableDomain(std::string_view name) {
  if (name.substr(0, 2) == "*.") name.remove_prefix(2);
  if (name.find('.') == std::string_view::npos) return "";
  std::string lowered;
  const lints::util::dns::ParsedDomain d = lints::util::dns::ParseDomain(name, &lowered);
  if (!d.ok() || d.sld().empty()) return "";
  return "d:" + std::string(d.sld()) + "." + std::string(d.tld());
}

// Union-find over certificate indexes.
struct Groups {
  explicit Groups(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  size_t Find(size_t i) { return parent[i] == i ? i : parent[i] = Find(parent[i]); }
  void Join(size_t a, size_t b) { parent[Find(a)] = Find(b); }
  std::vector<size_t> parent;
};

}  // namespace

std::vector<std::string> SubscriberIdentities(const x509::Certificate& c) {
  std::set<std::string> ids;
  for (const auto* a : c.subject.Find(oid::kOrganizationName))
    if (std::string o = Fold(a->Utf8()); !o.empty()) ids.insert("o:" + o);
  for (const auto* a : c.subject.Find(oid::kCommonName))
    if (std::string d = RegistrableDomain(Fold(a->Utf8())); !d.empty()) ids.insert(d);
  for (const auto& g : c.san.names.names) {
    std::string_view text = g.Text();
    if (g.type == x509::GeneralNameType::kRfc822Name) {
      const size_t at = text.rfind('@');
      if (at == std::string_view::npos) continue;
      text = text.substr(at + 1);
    } else if (g.type != x509::GeneralNameType::kDnsName) {
      continue;
    }
    if (std::string d = RegistrableDomain(Fold(text)); !d.empty()) ids.insert(d);
  }
  return {ids.begin(), ids.end()};
}

uint32_t KeyChecks::Intern(const std::string& s) {
  auto [it, added] = ids_.emplace(s, static_cast<uint32_t>(strings_.size()));
  if (added) strings_.push_back(s);
  return it->second;
}

void KeyChecks::Add(const ObjectReport& r) {
  if (!r.has_key) return;
  Key& k = keys_[r.spki_sha256];
  if (k.certs.empty()) k.modulus = r.rsa_modulus;
  Cert c{r.sha256, r.serial_hex, Intern(r.issuer), {}};
  for (const auto& s : r.subscribers) c.subscribers.push_back(Intern(s));
  k.certs.push_back(std::move(c));
}

KeyCertificate KeyChecks::Describe(const Cert& c) const {
  KeyCertificate out{HexUpper(c.sha256), c.serial, strings_[c.issuer], {}};
  for (uint32_t s : c.subscribers) out.subscribers.push_back(strings_[s]);
  return out;
}

KeyCheckResult KeyChecks::Finish(const std::function<void(const std::string&)>& progress) {
  KeyCheckResult res;
  res.shared_factors_checked = shared_factors_;
  res.reused_keys_checked = reused_keys_;
  res.keys = keys_.size();
  // Keys in a stable order (by SPKI hash), so findings come out the same.
  std::vector<const std::pair<const Sha256, Key>*> keys;
  keys.reserve(keys_.size());
  for (const auto& kv : keys_) keys.push_back(&kv);
  std::sort(keys.begin(), keys.end(), [](const auto* a, const auto* b) { return a->first < b->first; });

  // Distinct moduli; one modulus may appear under several SPKI encodings.
  std::vector<std::string> moduli;
  std::vector<std::vector<const Key*>> owners;
  {
    std::unordered_map<std::string_view, size_t> index;
    for (const auto* kv : keys) {
      const std::string& m = kv->second.modulus;
      if (m.empty() || (m.size() == 1 && static_cast<uint8_t>(m[0]) <= 1)) continue;
      auto [it, added] = index.emplace(m, moduli.size());
      if (added) {
        moduli.push_back(m);
        owners.emplace_back();
      }
      owners[it->second].push_back(&kv->second);
    }
  }
  res.rsa_moduli = moduli.size();
  if (shared_factors_) {
    const auto start = std::chrono::steady_clock::now();
    BatchGcdOptions bo;
    bo.progress = progress;
    const std::vector<size_t> flagged = BatchGcd(moduli, bo);
    auto key_of = [&](size_t i) {
      SharedFactorFinding::Key k{base::Sha256HexUpper(moduli[i]), 8 * moduli[i].size(), {}};
      for (unsigned char ch = static_cast<unsigned char>(moduli[i][0]); ch < 0x80; ch <<= 1) --k.modulus_bits;
      for (const Key* owner : owners[i])
        for (const Cert& c : owner->certs) k.certificates.push_back(Describe(c));
      return k;
    };
    for (const auto& p : PairSharedFactors(moduli, flagged))
      res.shared_factors.push_back({key_of(p.a), key_of(p.b), p.factor_bits});
    res.batch_gcd_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }

  if (reused_keys_) {
    for (const auto* kv : keys) {
      const std::vector<Cert>& certs = kv->second.certs;
      if (certs.size() < 2) continue;
      Groups g(certs.size());
      std::unordered_map<uint32_t, size_t> first;
      for (size_t i = 0; i < certs.size(); ++i)
        for (uint32_t s : certs[i].subscribers) {
          auto [it, added] = first.emplace(s, i);
          if (!added) g.Join(i, it->second);
        }
      std::map<size_t, std::vector<KeyCertificate>> groups;
      ReusedKeyFinding f{HexUpper(kv->first), {}, {}};
      for (size_t i = 0; i < certs.size(); ++i) {
        if (certs[i].subscribers.empty()) f.unidentified.push_back(Describe(certs[i]));
        else groups[g.Find(i)].push_back(Describe(certs[i]));
      }
      if (groups.size() < 2) continue;
      for (auto& [root, members] : groups) f.groups.push_back(std::move(members));
      res.reused_keys.push_back(std::move(f));
    }
  }
  return res;
}

namespace {

nlohmann::ordered_json CertJson(const KeyCertificate& c) {
  return {{"sha256", c.sha256}, {"serial", c.serial}, {"issuer", c.issuer}, {"subscribers", c.subscribers}};
}

nlohmann::ordered_json CertsJson(const std::vector<KeyCertificate>& v) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& c : v) out.push_back(CertJson(c));
  return out;
}

void CertsText(const std::vector<KeyCertificate>& v, const char* indent, std::string* out) {
  for (const auto& c : v) {
    *out += indent + c.sha256 + "  serial " + c.serial + "  issuer " + c.issuer;
    if (!c.subscribers.empty()) {
      *out += "  (";
      for (size_t i = 0; i < c.subscribers.size(); ++i) *out += (i ? ", " : "") + c.subscribers[i];
      *out += ")";
    }
    *out += "\n";
  }
}

}  // namespace

nlohmann::ordered_json KeyCheckJson(const KeyCheckResult& r) {
  nlohmann::ordered_json j = {{"shared_factors_checked", r.shared_factors_checked},
                      {"reused_keys_checked", r.reused_keys_checked},
                      {"distinct_keys", r.keys},
                      {"distinct_rsa_moduli", r.rsa_moduli},
                      {"batch_gcd_seconds", r.batch_gcd_s},
                      {"shared_factors", nlohmann::ordered_json::array()},
                      {"reused_keys", nlohmann::ordered_json::array()}};
  for (const auto& f : r.shared_factors) {
    auto key = [](const SharedFactorFinding::Key& k) {
      return nlohmann::ordered_json{{"modulus_sha256", k.modulus_sha256}, {"modulus_bits", k.modulus_bits},
                            {"certificates", CertsJson(k.certificates)}};
    };
    j["shared_factors"].push_back({{"factor_bits", f.factor_bits}, {"keys", {key(f.a), key(f.b)}}});
  }
  for (const auto& f : r.reused_keys) {
    nlohmann::ordered_json groups = nlohmann::ordered_json::array();
    for (const auto& g : f.groups) groups.push_back(CertsJson(g));
    j["reused_keys"].push_back({{"spki_sha256", f.spki_sha256}, {"subscriber_groups", groups},
                                {"unidentified", CertsJson(f.unidentified)}});
  }
  return j;
}

std::string KeyCheckText(const KeyCheckResult& r) {
  if (!r.shared_factors_checked && !r.reused_keys_checked) return "";
  std::string out = "\nKey checks across the corpus (" + std::to_string(r.keys) + " distinct keys, " +
                    std::to_string(r.rsa_moduli) + " distinct RSA moduli):\n";
  if (r.shared_factors_checked) {
    out += "  RSA moduli sharing a prime factor (batch GCD): " + std::to_string(r.shared_factors.size()) + "\n";
    for (const auto& f : r.shared_factors) {
      out += "    a " + std::to_string(f.factor_bits) + "-bit prime shared by:\n";
      for (const auto* k : {&f.a, &f.b}) {
        out += "      modulus " + k->modulus_sha256 + " (" + std::to_string(k->modulus_bits) + " bits) in:\n";
        CertsText(k->certificates, "        ", &out);
      }
    }
  } else {
    out += "  RSA moduli sharing a prime factor: not checked (--key-checks)\n";
  }
  if (r.reused_keys_checked) {
    out += "  Public keys reused by unrelated subscribers: " + std::to_string(r.reused_keys.size()) + "\n";
    for (const auto& f : r.reused_keys) {
      out += "    key (SPKI SHA-256) " + f.spki_sha256 + " in " + std::to_string(f.groups.size()) +
             " unrelated subscriber groups:\n";
      for (size_t i = 0; i < f.groups.size(); ++i) {
        out += "      group " + std::to_string(i + 1) + ":\n";
        CertsText(f.groups[i], "        ", &out);
      }
      if (!f.unidentified.empty()) {
        out += "      without a subscriber identity:\n";
        CertsText(f.unidentified, "        ", &out);
      }
    }
  } else {
    out += "  Public keys reused by unrelated subscribers: not checked (--key-checks)\n";
  }
  return out;
}

}  // namespace cair::corpus
