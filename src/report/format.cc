#include "report/format.h"

#include "incident/rules.h"

namespace cair::report {

using incident::FormatRfc3339;

std::string Minute(int64_t t) { return incident::FormatMinute(t); }
std::string Day(int64_t t) { return FormatRfc3339(t).substr(0, 10); }
std::string Iso(int64_t t) { return FormatRfc3339(t).substr(0, 19) + "Z"; }

std::string TrimText(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

std::string Field(const std::string& text, bool html) {
  std::string t = TrimText(text);
  if (t.empty()) return kNA;
  if (html) return t;
  std::string out;
  for (char c : t) {
    out += c;
    if (c == '\n') out += "   ";
  }
  return out;
}

std::string Cell(const std::string& text, bool html) {
  std::string t = TrimText(text);
  if (t.empty()) return kNA;
  if (html) return t;
  std::string out;
  for (char c : t) {
    if (c == '|') out += "\\|";
    else if (c == '\n') out += "<br>";
    else if (c != '\r') out += c;
  }
  return out;
}

std::string SourceText(const std::string& s) {
  // Req §4.7: exactly one of these three values.
  if (s == "third-party") return "Third Party Reported";
  if (s == "audit") return "Audit";
  return "Self Reported";
}

std::string Plural(int64_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

}  // namespace cair::report
