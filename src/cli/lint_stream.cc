#include "cli/lint_stream.h"

#include "base/strings.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "base/sha256.h"
#include "cli/commands.h"
#include "embed/linter.h"
#include "x509/input.h"

namespace cair::cli {
namespace {

// Strips ASCII whitespace (and a CR left by Windows line ends) at both ends.
std::string_view Trim(std::string_view s) { return base::TrimView(s, " \t\r\n\f\v"); }

class Stream {
 public:
  Stream(const lint::Filter& filter, const lint::Config& config, std::optional<lint::Status> fail_on)
      : linter_(filter, config), fail_on_(fail_on) {}

  void Line(std::string_view text) {
    ++line_;
    nlohmann::ordered_json out;
    out["line"] = line_;
    std::string error;
    auto der = Der(Trim(text), &out, &error);
    if (!der) {
      out["error"] = embed::ValidUtf8(error);
    } else {
      embed::Outcome o = linter_.Lint(der::Input(std::string_view(*der)));
      out["sha256"] = base::Sha256Hex(*der);
      if (o.kind == embed::Kind::kUnparsable) {
        out["error"] = "line " + std::to_string(line_) + ": not a certificate, CRL or OCSP response: " +
                       embed::ValidUtf8(o.error);
      } else {
        out["kind"] = embed::KindName(o.kind);
        out["results"] = embed::ResultMap(o);
        for (const auto& e : o.results)
          if (fail_on_ && e.result.status >= *fail_on_) threshold_hit_ = true;
      }
    }
    std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n' << std::flush;
  }

  bool threshold_hit() const { return threshold_hit_; }

 private:
  // The DER bytes a line carries; nullopt with `*error` when there are none.
  std::optional<std::string> Der(std::string_view text, nlohmann::ordered_json* out, std::string* error) {
    const std::string where = "line " + std::to_string(line_) + ": ";
    if (text.empty()) {
      *error = where + "empty line (expected base64 DER or a JSON object with a \"der\" field)";
      return std::nullopt;
    }
    std::string_view b64 = text;
    nlohmann::json j;
    if (text.front() == '{') {
      j = nlohmann::json::parse(text, nullptr, false);
      if (j.is_discarded() || !j.is_object()) {
        *error = where + "not a JSON object";
        return std::nullopt;
      }
      if (j.contains("id")) (*out)["id"] = j["id"];
      auto it = j.find("der");
      if (it == j.end() || !it->is_string()) {
        *error = where + "the JSON object has no \"der\" string (base64 DER)";
        return std::nullopt;
      }
      b64 = it->get_ref<const std::string&>();
    }
    auto der = x509::DecodeBase64(b64);
    if (!der) {
      *error = where + (text.front() == '{' ? "\"der\" is not base64" : "not base64 DER");
      return std::nullopt;
    }
    if (der->empty()) {
      *error = where + "no bytes";
      return std::nullopt;
    }
    return der;
  }

  embed::Linter linter_;
  std::optional<lint::Status> fail_on_;
  uint64_t line_ = 0;
  bool threshold_hit_ = false;
};

}  // namespace

int RunLintStream(const std::vector<std::string>& files, const lint::Filter& filter, const lint::Config& config,
                  std::optional<lint::Status> fail_on) {
  std::ios::sync_with_stdio(false);
  Stream stream(filter, config, fail_on);
  int rc = kExitOk;
  std::string text;
  for (const auto& file : files) {
    std::ifstream f;
    std::istream* in = &std::cin;
    if (file != "-") {
      f.open(file, std::ios::binary);
      if (!f) {
        std::string why = file + ": cannot open: " + std::strerror(errno);
        std::cerr << "cair lint --stream: " << why << "\n";
        std::cout << nlohmann::ordered_json{{"file", file}, {"error", why}}.dump(
                         -1, ' ', false, nlohmann::json::error_handler_t::replace)
                  << '\n' << std::flush;
        rc = kExitBadInput;
        continue;
      }
      in = &f;
    }
    while (std::getline(*in, text)) stream.Line(text);
  }
  if (rc == kExitOk && stream.threshold_hit()) rc = kExitFindings;
  return rc;
}

}  // namespace cair::cli
