// make_corpus: writes a large, realistic certificate corpus for scan
// benchmarks by replicating real certificates and varying each copy's serial
// number (same length, so every copy parses and lints like its original but
// has its own SHA-256). Signatures are not recomputed: linting does not
// verify them.
//
//   make_corpus COUNT OUT.pem REAL.pem...
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "corpus_serial.h"
#include "der/parser.h"
#include "x509/certificate.h"
#include "x509/input.h"

namespace {

std::string Base64(const std::string& in) {
  static const char* t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    uint32_t v = (uint8_t(in[i]) << 16) | (uint8_t(in[i + 1]) << 8) | uint8_t(in[i + 2]);
    for (int k = 3; k >= 0; --k) out += t[(v >> (6 * k)) & 63];
  }
  if (i + 1 == in.size()) {
    uint32_t v = uint8_t(in[i]) << 16;
    out += t[(v >> 18) & 63];
    out += t[(v >> 12) & 63];
    out += "==";
  } else if (i + 2 == in.size()) {
    uint32_t v = (uint8_t(in[i]) << 16) | (uint8_t(in[i + 1]) << 8);
    out += t[(v >> 18) & 63];
    out += t[(v >> 12) & 63];
    out += t[(v >> 6) & 63];
    out += '=';
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: make_corpus COUNT OUT.pem REAL.pem...\n");
    return 2;
  }
  const long count = std::atol(argv[1]);
  struct Template {
    std::string der;
    size_t serial_offset = 0, serial_len = 0;
  };
  std::vector<Template> templates;
  for (int i = 3; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    for (auto& o : cair::x509::DecodeObjects(ss.str(), cair::x509::InputFormat::kDetect).objects) {
      if (o.label != "CERTIFICATE") continue;
      auto c = cair::x509::ParseCertificate(cair::der::Input(std::string_view(o.der)));
      if (!c.ok() || c.serial.size() < 4) continue;
      Template t;
      t.serial_offset = static_cast<size_t>(c.serial.data() - reinterpret_cast<const uint8_t*>(o.der.data()));
      t.serial_len = c.serial.size();
      t.der = std::move(o.der);
      templates.push_back(std::move(t));
    }
  }
  if (templates.empty()) {
    std::fprintf(stderr, "make_corpus: no usable certificates in the inputs\n");
    return 3;
  }
  std::ofstream out(argv[2], std::ios::binary);
  std::string der;
  for (long n = 0; n < count; ++n) {
    const Template& t = templates[static_cast<size_t>(n) % templates.size()];
    der = t.der;
    uint32_t copy = static_cast<uint32_t>(n / static_cast<long>(templates.size()));
    cair::bench::VarySerial(&der[t.serial_offset], t.serial_len, static_cast<size_t>(n) % templates.size(), copy);
    std::string b64 = Base64(der);
    out << "-----BEGIN CERTIFICATE-----\n";
    for (size_t i = 0; i < b64.size(); i += 64) out << b64.substr(i, 64) << '\n';
    out << "-----END CERTIFICATE-----\n";
  }
  std::fprintf(stderr, "make_corpus: wrote %ld certificates from %zu templates to %s\n", count, templates.size(), argv[2]);
  return 0;
}
