// make_crl: writes a large CRL (DER) for the incident benchmarks. It lists
// the serials that bench/make_corpus gives the copies of one issuer's
// certificates (same templates, same COUNT), so importing it revokes those
// affected certificates. The signature is a placeholder: import it without
// --issuer-cert.
//
//   make_crl COUNT OUT.crl REAL.pem...
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

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
  // The issuer with the most templates.
  std::string issuer = templates[0].issuer_full;
  {
    size_t best = 0;
    for (const auto& t : templates) {
      size_t n = 0;
      for (const auto& u : templates) n += u.issuer_full == t.issuer_full;
      if (n > best) {
        best = n;
        issuer = t.issuer_full;
      }
      if (best > templates.size() / 4) break;
    }
  }
  std::string entries;
  const std::string when = Tlv(0x17, "260312120000Z");
  // reasonCode superseded (4): Extension { id-ce-cRLReasons, OCTET STRING { ENUMERATED 4 } }
  const std::string reason = Tlv(0x30, Tlv(0x30, Tlv(0x06, "\x55\x1d\x15") + Tlv(0x04, Tlv(0x0a, "\x04"))));
  long listed = 0;
  for (long n = 0; n < count; ++n) {
    const Template& t = templates[static_cast<size_t>(n) % templates.size()];
    if (t.issuer_full != issuer) continue;
    std::string serial = t.serial;
    uint32_t copy = static_cast<uint32_t>(n / static_cast<long>(templates.size()));
    for (int k = 0; k < 3; ++k) serial[serial.size() - 1 - k] = static_cast<char>((copy >> (8 * k)) & 0xff);
    entries += Tlv(0x30, Tlv(0x02, serial) + when + reason);
    ++listed;
  }
  const std::string alg = Tlv(0x30, Tlv(0x06, "\x2a\x86\x48\xce\x3d\x04\x03\x02"));  // ecdsa-with-SHA256
  std::string tbs = Tlv(0x30, Tlv(0x02, "\x01") + alg + issuer + Tlv(0x17, "260312120000Z") +
                                  Tlv(0x17, "260319120000Z") + Tlv(0x30, entries));
  std::string crl = Tlv(0x30, tbs + alg + Tlv(0x03, std::string("\x00", 1) + std::string(64, '\x01')));
  std::ofstream(argv[2], std::ios::binary) << crl;
  std::fprintf(stderr, "make_crl: %ld entries for one issuer, %zu bytes\n", listed, crl.size());
  return 0;
}
