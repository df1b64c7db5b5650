#include "monitor/finding.h"

#include <nlohmann/json.hpp>

#include "incident/rules.h"

namespace cair::monitor {

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kInfo: return "info";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "error";
}

nlohmann::json ToJson(const Finding& f) {
  nlohmann::json j = {
      {"kind", f.kind},
      {"severity", SeverityName(f.severity)},
      {"issuer", f.issuer},
      {"serial", f.serial ? nlohmann::json(*f.serial) : nlohmann::json(nullptr)},
      {"crl_number", f.crl_number ? nlohmann::json(*f.crl_number) : nlohmann::json(nullptr)},
      {"first_seen", incident::FormatRfc3339(f.first_seen)},
      {"last_seen", incident::FormatRfc3339(f.last_seen)},
      {"detail", f.detail},
      {"rule", f.rule},
  };
  if (f.expiry_unknown) j["expiry_unknown"] = true;
  if (!f.url.empty()) j["url"] = f.url;
  if (!f.request.empty()) j["request"] = f.request;
  return j;
}

nlohmann::json FindingsJson(const std::vector<Finding>& findings) {
  nlohmann::json a = nlohmann::json::array();
  for (const auto& f : findings) a.push_back(ToJson(f));
  return {{"findings", a}};
}

bool AnyError(const std::vector<Finding>& findings) {
  for (const auto& f : findings)
    if (f.severity == Severity::kError) return true;
  return false;
}

}  // namespace cair::monitor
