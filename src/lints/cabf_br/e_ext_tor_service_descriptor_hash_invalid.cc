// CA/B Forum ballots 201 and SC27 (EV Guidelines Appendix F): a certificate
// for version 2 .onion names carries the TorServiceDescriptor extension
// (2.23.140.1.31), a SEQUENCE of TorServiceDescriptorHash { onionURI
// UTF8String, algorithm AlgorithmIdentifier, subjectPublicKeyHash BIT STRING }.
// Each entry needs an https onion URI whose host is one of the certificate's
// .onion names (eTLD+1), a SHA-256/384/512 hash of the matching length, and
// no two entries for one host; in an EV certificate every .onion name needs
// an entry.
#include <string>
#include <vector>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/dns/domains.h"
#include "lints/util/dns/names.h"
#include "lints/util/uri/parse.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/reader.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_tor_service_descriptor_hash_invalid",
    .description = "Certificates with v2 .onion names need a well-formed TorServiceDescriptor extension covering those names.",
    .citation = "BRs: Ballot 201, Ballot SC27",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABV201Date,
};

constexpr std::string_view kExtName = "TorServiceDescriptor extension (oid 2.23.140.1.31)";

struct Descriptor {
  std::string_view onion;      // onionURI contents
  std::string_view algorithm;  // "SHA256", "SHA384", "SHA512" or "Unknown"
  size_t hash_bits = 0;
};

bool IsUniversalSequence(const der::Element& e) { return e.tag == der::kSequence; }

// zcrypto's parseTorServiceDescriptorSyntax (Go encoding/asn1 rules); false
// where zcrypto rejects the extension.
bool ParseDescriptors(der::Input value, std::vector<Descriptor>* out) {
  der::Input rest;
  auto seq = util::zcrypto::ReadStrict(value, &rest);
  if (!seq || !rest.empty() || !IsUniversalSequence(*seq)) return false;
  der::Input items = seq->value;
  while (!items.empty()) {
    auto hash = util::zcrypto::ReadStrict(items, &items);
    if (!hash || !IsUniversalSequence(*hash)) return false;
    der::Input fields = hash->value;
    auto uri = util::zcrypto::ReadStrict(fields, &fields);
    if (!uri || uri->tag != der::kUtf8String) return false;
    // AlgorithmIdentifier ::= SEQUENCE { algorithm OID, parameters ANY OPTIONAL }
    auto alg = util::zcrypto::ReadStrict(fields, &fields);
    if (!alg || !IsUniversalSequence(*alg)) return false;
    der::Input alg_rest;
    auto alg_oid = util::zcrypto::ReadStrict(alg->value, &alg_rest);
    if (!alg_oid || alg_oid->tag != der::kOid || !util::zcrypto::OidOk(alg_oid->value)) return false;
    if (!alg_rest.empty() && !util::zcrypto::ReadStrict(alg_rest)) return false;
    auto bits = util::zcrypto::ReadStrict(fields, &fields);
    if (!bits || bits->tag != der::kBitString || bits->value.empty()) return false;
    const uint8_t unused = bits->value[0];
    if (unused > 7 || (bits->value.size() == 1 && unused > 0) ||
        (bits->value[bits->value.size() - 1] & ((1u << unused) - 1)) != 0)
      return false;
    if (!fields.empty()) return false;  // trailing data after the hash
    Descriptor d;
    d.onion = uri->value.AsStringView();
    d.algorithm = alg_oid->value == oid::kSha256   ? "SHA256"
                  : alg_oid->value == oid::kSha384 ? "SHA384"
                  : alg_oid->value == oid::kSha512 ? "SHA512"
                                                   : "Unknown";
    d.hash_bits = (bits->value.size() - 1) * 8 - unused;
    out->push_back(d);
  }
  return true;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

class TorServiceDescHashInvalid final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    if (c.HasExtension(oid::kTorServiceDescriptor)) return true;
    return util::cert::IsSubscriberCert(c) && util::dns::CertSubjInOnionTld(c) && util::dns::IsEvCert(c) &&
           util::dns::IsOnionV2Cert(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const x509::Extension* ext = util::zcrypto::LastExtension(c, oid::kTorServiceDescriptor);
    if (ext == nullptr)
      return lint::Error("certificate contained a .onion domain but is missing a TorServiceDescriptor "
                   "extension (oid 2.23.140.1.31)");
    std::vector<Descriptor> descriptors;
    if (!ParseDescriptors(ext->value, &descriptors)) descriptors.clear();
    if (descriptors.empty())
      return lint::Error("certificate contained a .onion domain but TorServiceDescriptor extension "
                   "(oid 2.23.140.1.31) had no TorServiceDescriptorHash objects");

    // eTLD+1 (last two labels) of each .onion subject name -> the name; a
    // later name replaces an earlier one, as in zlint's map.
    std::vector<std::pair<std::string, std::string>> onions;
    auto add = [&](std::string_view subj) {
      if (!EndsWith(subj, ".onion")) return true;
      const std::string_view rest = subj.substr(0, subj.size() - 6);
      const size_t dot = rest.rfind('.');
      const std::string key =
          std::string(dot == std::string_view::npos ? rest : rest.substr(dot + 1)) + ".onion";
      for (auto& [k, v] : onions)
        if (k == key) return v = std::string(subj), true;
      onions.emplace_back(key, std::string(subj));
      return true;
    };
    util::dns::AltNameView(c, oid::kSubjectAltName).ForEach(util::dns::kTagDnsName, add);
    add(util::dns::CommonNameOf(c).cn);

    std::vector<std::string> seen;
    for (const Descriptor& d : descriptors) {
      util::uri::ParsedUri u;
      if (!util::uri::ParseUri(d.onion, &u))
        return lint::Error(std::string(kExtName) +
                     " contained TorServiceDescriptorHash object with invalid Onion URI");
      if (u.host.empty())
        return lint::Error(std::string(kExtName) +
                     " contained TorServiceDescriptorHash object with Onion URI missing a hostname");
      if (u.scheme != "https")
        return lint::Error(std::string(kExtName) +
                     " contained TorServiceDescriptorHash object with Onion URI using a non-HTTPS "
                     "protocol scheme");
      size_t expected = 0;
      if (d.algorithm == "SHA256") expected = 256;
      else if (d.algorithm == "SHA384") expected = 384;
      else if (d.algorithm == "SHA512") expected = 512;
      if (expected == 0)
        return lint::Error(std::string(kExtName) + " contained a TorServiceDescriptorHash for Onion URI " +
                     util::dns::GoQuote(d.onion) + " with an unknown hash algorithm");
      if (expected != d.hash_bits)
        return lint::Error(std::string(kExtName) +
                     " contained a TorServiceDescriptorHash with hash algorithm " +
                     util::dns::GoQuote(d.algorithm) + " but only " + std::to_string(d.hash_bits) +
                     " bits of hash not " + std::to_string(expected));
      const std::string host(util::dns::GoUrlHostname(u.host));
      for (const std::string& h : seen)
        if (h == host)
          return lint::Error(std::string(kExtName) +
                       " contained more than one TorServiceDescriptorHash for base Onion URI " +
                       util::dns::GoQuote(d.onion));
      bool found = false;
      for (const auto& [k, v] : onions) found = found || k == host;
      if (!found)
        return lint::Error(std::string(kExtName) +
                     " contained a TorServiceDescriptorHash with a hostname (" +
                     util::dns::GoQuote(host) + ") not present as a subject in the certificate");
      seen.push_back(host);
    }

    if (util::dns::IsEvCert(c)) {
      for (const auto& [key, subj] : onions) {
        bool covered = false;
        for (const std::string& h : seen) covered = covered || h == key;
        if (!covered)
          return lint::Error(".onion subject domain name " + util::dns::GoQuote(subj) +
                       " does not have a corresponding TorServiceDescriptorHash for its eTLD+1");
      }
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, TorServiceDescHashInvalid);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
