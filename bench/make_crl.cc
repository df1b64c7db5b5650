// make_crl: writes large CRLs (DER) for the incident benchmarks. They list
// the serials that bench/make_corpus gives the copies of its templates (same
// templates, same COUNT), so importing them revokes those affected
// certificates. The signature is a placeholder: import without --issuer-cert.
//
//   make_crl COUNT OUT.crl REAL.pem...   one CRL: the issuer with most templates
//   make_crl COUNT OUTDIR/ REAL.pem...   one CRL per issuer: every certificate
#include <filesystem>
#include <map>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "corpus_serial.h"
#include "x509/certificate.h"
#include "x509/input.h"

namespace {

std::string Len(size_t n) {
  if (n < 0x80) return std::string(1, static_cast<char>(n));
  std::string b;
  while (n) {
    b.insert(b.begin(), static_cast<char>(n & 0xff));
    n >>= 8;
  }
  return std::string(1, static_cast<char>(0x80 | b.size())) + b;
}
std::string Tlv(uint8_t tag, const std::string& v) { return std::string(1, static_cast<char>(tag)) + Len(v.size()) + v; }

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: make_crl COUNT OUT.crl REAL.pem...\n");
    return 2;
  }
  const long count = std::atol(argv[1]);
  struct Template {
    std::string serial, issuer_full;
  };
  std::vector<Template> templates;
  for (int i = 3; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    for (auto& o : cair::x509::DecodeObjects(ss.str(), cair::x509::InputFormat::kDetect).objects) {
      if (o.label != "CERTIFICATE") continue;
      auto c = cair::x509::ParseCertificate(cair::der::Input(std::string_view(o.der)));
      if (!c.ok() || c.serial.size() < 4) continue;  // same filter as make_corpus
      templates.push_back({c.serial.AsString(), c.issuer.full.AsString()});
    }
  }
  if (templates.empty()) return 3;
  const std::string when = Tlv(0x17, "260312120000Z");
  // reasonCode superseded (4): Extension { id-ce-cRLReasons, OCTET STRING { ENUMERATED 4 } }
  const std::string reason = Tlv(0x30, Tlv(0x30, Tlv(0x06, "\x55\x1d\x15") + Tlv(0x04, Tlv(0x0a, "\x04"))));
  std::map<std::string, std::string> entries;  // issuer -> revokedCertificates contents
  std::map<std::string, long> listed;
  for (long n = 0; n < count; ++n) {
    const Template& t = templates[static_cast<size_t>(n) % templates.size()];
    std::string serial = t.serial;
    uint32_t copy = static_cast<uint32_t>(n / static_cast<long>(templates.size()));
    cair::bench::VarySerial(serial.data(), serial.size(), static_cast<size_t>(n) % templates.size(), copy);
    entries[t.issuer_full] += Tlv(0x30, Tlv(0x02, serial) + when + reason);
    ++listed[t.issuer_full];
  }
  auto write = [&](const std::string& issuer, const std::string& path) {
    const std::string alg = Tlv(0x30, Tlv(0x06, "\x2a\x86\x48\xce\x3d\x04\x03\x02"));  // ecdsa-with-SHA256
    std::string tbs = Tlv(0x30, Tlv(0x02, "\x01") + alg + issuer + Tlv(0x17, "260312120000Z") +
                                    Tlv(0x17, "260319120000Z") + Tlv(0x30, entries[issuer]));
    std::string crl = Tlv(0x30, tbs + alg + Tlv(0x03, std::string("\x00", 1) + std::string(64, '\x01')));
    std::ofstream(path, std::ios::binary) << crl;
    return crl.size();
  };
  std::string out = argv[2];
  if (!out.empty() && out.back() == '/') {
    std::filesystem::create_directories(out);
    long total = 0;
    int i = 0;
    for (const auto& [issuer, n] : listed) {
      char name[32];
      std::snprintf(name, sizeof name, "issuer-%04d.crl", i++);
      write(issuer, out + name);
      total += n;
    }
    std::fprintf(stderr, "make_crl: %ld entries in %d CRLs (one per issuer) in %s\n", total, i, out.c_str());
    return 0;
  }
  // The issuer with the most certificates.
  std::string issuer;
  long best = -1;
  for (const auto& [i, n] : listed)
    if (n > best) {
      best = n;
      issuer = i;
    }
  size_t size = write(issuer, out);
  std::fprintf(stderr, "make_crl: %ld entries for one issuer, %zu bytes\n", best, size);
  return 0;
}
