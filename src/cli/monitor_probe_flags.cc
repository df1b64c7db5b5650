#include "cli/monitor_probe_flags.h"

#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "x509/input.h"

namespace cair::cli {

std::optional<std::string> ReadIssuerCertificate(const std::string& flag, const std::string& path, int* exit_code) {
  std::string error;
  auto data = ReadWholeFile(path, &error);
  if (data) {
    auto decoded = x509::DecodeObjects(*data, x509::InputFormat::kDetect);
    for (const auto& o : decoded.objects)
      if (monitor::ReadCertificateFacts(o.der)) return o.der;
    error = path + ": no certificate in it";
  }
  std::cerr << "cair monitor: " << flag << " " << error << "\n";
  *exit_code = kExitBadInput;
  return std::nullopt;
}

bool ParseProbeChoices(const std::vector<std::string>& methods, const std::vector<std::string>& hashes,
                       monitor::OcspProbeOptions* opt, int* exit_code) {
  // Each value, or "both" for the two.
  auto expand = [&](const char* flag, const std::vector<std::string>& values, const char* a, const char* b, auto parse,
                    auto* out) {
    out->clear();
    for (const auto& v : values) {
      for (const char* one : {a, b})
        if (v == one || v == "both") out->push_back(*parse(one));
      if (!parse(v) && v != "both") {
        std::cerr << "cair monitor: " << flag << ": \"" << v << "\" is not " << a << ", " << b << " or both\n";
        *exit_code = kExitUsage;
        return false;
      }
    }
    if (out->empty()) out->push_back(*parse(a));
    return true;
  };
  return expand("--method", methods, "post", "get", monitor::ParseOcspMethod, &opt->methods) &&
         expand("--hash", hashes, "sha1", "sha256", monitor::ParseCertIdHash, &opt->hashes);
}

}  // namespace cair::cli
