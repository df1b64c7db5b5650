#include <algorithm>
#include <map>

#include "cli/commands.h"

namespace cair::cli {

std::vector<std::string> TranslateZlintFlags(std::vector<std::string> args) {
  static const std::map<std::string, std::string> kMap = {
      {"-includeNames", "--include-names"},   {"-excludeNames", "--exclude-names"},
      {"-includeSources", "--include-sources"}, {"-excludeSources", "--exclude-sources"},
      {"-nameFilter", "--name-filter"},       {"-pretty", "--pretty"},
      {"-format", "--format"},                {"-config", "--config"},
      {"-summary", "--summary"},              {"-longSummary", "--long-summary"},
      {"-list-lints-json", "--list-lints-json"}, {"-list-lints-source", "--list-lints-source"},
      {"-exampleConfig", "--example-config"}, {"-version", "--version"},
  };
  for (auto& a : args) {
    std::string flag = a, value;
    size_t eq = a.find('=');
    if (eq != std::string::npos) {
      flag = a.substr(0, eq);
      value = a.substr(eq);
    }
    auto it = kMap.find(flag);
    if (it != kMap.end()) a = it->second + value;
  }
  return args;
}

}  // namespace cair::cli
