// File: report/mustache.h
// A small logic-less Mustache renderer (https://mustache.github.io/mustache.5.html)
// for cair's report templates. Debian 12 packages no C++ template engine
// (no inja, no mustache C++ library), so cair carries this one.
//
// Supported: {{name}} and {{a.b}} (dotted names), {{{raw}}} and {{& raw}},
// {{#section}}...{{/section}} over lists, objects and truthy values,
// {{^inverted}}...{{/inverted}}, {{! comments }}, {{> partial}}, and the
// implicit iterator {{.}}. Standalone tags (alone on their line) leave no
// blank line behind, as the spec requires. Not supported: lambdas and
// set-delimiter tags. Context values are nlohmann::json: false, null, "",
// [] are falsy.
#ifndef CAIR_REPORT_MUSTACHE_H_
#define CAIR_REPORT_MUSTACHE_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace cair::report {

struct MustacheOptions {
  // HTML-escape {{name}} values (& < > " '). Off for Markdown output.
  bool html_escape = false;
  // Returns the text of partial `name`, or nullopt if there is none.
  std::function<std::optional<std::string>(const std::string& name)> partial;
};

struct MustacheResult {
  std::string text;
  std::string error;  // empty on success; "line N: reason" otherwise
  bool ok() const { return error.empty(); }
};

// Renders `tmpl` with `context`. A syntax error (unclosed tag or section,
// mismatched close, unknown partial, partials nested too deep) is returned
// as `error` with its line; nothing is thrown.
MustacheResult RenderMustache(const std::string& tmpl, const nlohmann::json& context, const MustacheOptions& options = {});

std::string HtmlEscape(std::string_view s);

}  // namespace cair::report

#endif  // CAIR_REPORT_MUSTACHE_H_
