#include "cli/monitor_probe_flags.h"

#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "x509/input.h"

namespace cair::cli {

std::optional<std::string> ReadWholeFile(const std::string& path, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path + ": cannot open";
    return std::nullopt;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    *error = path + ": read error";
    return std::nullopt;
  }
  return ss.str();
}

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
  opt->methods.clear();
  opt->hashes.clear();
  for (const auto& m : methods) {
    if (m == "post" || m == "both") opt->methods.push_back(monitor::OcspMethod::kPost);
    if (m == "get" || m == "both") opt->methods.push_back(monitor::OcspMethod::kGet);
    if (m != "post" && m != "get" && m != "both") {
      std::cerr << "cair monitor: --method: \"" << m << "\" is not post, get or both\n";
      *exit_code = kExitUsage;
      return false;
    }
  }
  for (const auto& h : hashes) {
    if (h == "sha1" || h == "both") opt->hashes.push_back(monitor::CertIdHash::kSha1);
    if (h == "sha256" || h == "both") opt->hashes.push_back(monitor::CertIdHash::kSha256);
    if (h != "sha1" && h != "sha256" && h != "both") {
      std::cerr << "cair monitor: --hash: \"" << h << "\" is not sha1, sha256 or both\n";
      *exit_code = kExitUsage;
      return false;
    }
  }
  if (opt->methods.empty()) opt->methods.push_back(monitor::OcspMethod::kPost);
  if (opt->hashes.empty()) opt->hashes.push_back(monitor::CertIdHash::kSha1);
  return true;
}

}  // namespace cair::cli
