// Unit tests of the Mustache renderer: the spec behaviours report templates
// rely on, and the errors a CA's own template can make.
#include "report/mustache.h"

#include <gtest/gtest.h>

namespace cair::report {
namespace {

using nlohmann::json;

std::string R(const std::string& t, const json& c, bool html = false) {
  MustacheOptions o;
  o.html_escape = html;
  auto r = RenderMustache(t, c, o);
  EXPECT_TRUE(r.ok()) << r.error;
  return r.text;
}

TEST(Mustache, VariablesAndEscaping) {
  json c = {{"name", "A & <B> \"q\" 'x'"}, {"n", 10001}, {"yes", true}, {"missing_is_empty", nullptr}};
  EXPECT_EQ(R("x={{name}}", c), "x=A & <B> \"q\" 'x'");  // Markdown: no escaping
  EXPECT_EQ(R("x={{name}}", c, true), "x=A &amp; &lt;B&gt; &quot;q&quot; &#39;x&#39;");
  EXPECT_EQ(R("x={{{name}}}", c, true), "x=A & <B> \"q\" 'x'");
  EXPECT_EQ(R("x={{& name}}", c, true), "x=A & <B> \"q\" 'x'");
  EXPECT_EQ(R("{{n}} {{yes}} [{{nothing}}] [{{missing_is_empty}}]", c), "10001 true [] []");
}

TEST(Mustache, DottedNamesAndContextStack) {
  json c = {{"a", {{"b", {{"c", "deep"}}}}}, {"outer", "o"}, {"list", json::array({{{"x", 1}}, {{"x", 2}}})}};
  EXPECT_EQ(R("{{a.b.c}}", c), "deep");
  EXPECT_EQ(R("{{a.b.nope}}|{{nope.b}}", c), "|");
  // Names not found in the item resolve in the enclosing contexts.
  EXPECT_EQ(R("{{#list}}{{x}}{{outer}},{{/list}}", c), "1o,2o,");
  EXPECT_EQ(R("{{#a}}{{b.c}}{{/a}}", c), "deep");
}

TEST(Mustache, SectionsOverListsBooleansAndInverted) {
  json c = {{"items", {"a", "b", "c"}}, {"t", true}, {"f", false}, {"empty", json::array()}, {"s", ""}};
  EXPECT_EQ(R("{{#items}}[{{.}}]{{/items}}", c), "[a][b][c]");
  EXPECT_EQ(R("{{#t}}yes{{/t}}{{#f}}no{{/f}}", c), "yes");
  EXPECT_EQ(R("{{^f}}not f{{/f}}{{^t}}not t{{/t}}", c), "not f");
  EXPECT_EQ(R("{{^empty}}none{{/empty}}{{#empty}}some{{/empty}}", c), "none");
  EXPECT_EQ(R("{{^s}}blank{{/s}}{{^nope}}absent{{/nope}}", c), "blankabsent");
}

TEST(Mustache, CommentsAndStandaloneLines) {
  json c = {{"rows", {"1", "2"}}};
  // Standalone section and comment tags leave no blank line.
  EXPECT_EQ(R("| h |\n{{! one row per item }}\n{{#rows}}\n| {{.}} |\n{{/rows}}\nend\n", c), "| h |\n| 1 |\n| 2 |\nend\n");
  EXPECT_EQ(R("a {{! inline }}b", c), "a b");
  // A tag that shares its line with text is not standalone.
  EXPECT_EQ(R("x {{#rows}}{{.}}{{/rows}} y\n", c), "x 12 y\n");
  // Indented standalone tags.
  EXPECT_EQ(R("a\n  {{#rows}}\n- {{.}}\n  {{/rows}}\nb", c), "a\n- 1\n- 2\nb");
}

TEST(Mustache, Partials) {
  MustacheOptions o;
  o.partial = [](const std::string& n) -> std::optional<std::string> {
    if (n == "row") return std::string("- {{.}}\n");
    if (n == "self") return std::string("{{> self}}");
    return std::nullopt;
  };
  json c = {{"rows", {"x", "y"}}};
  auto r = RenderMustache("{{#rows}}\n  {{> row}}\n{{/rows}}\n", c, o);
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.text, "  - x\n  - y\n");  // standalone partials are indented
  auto missing = RenderMustache("a\n{{> nope}}", c, o);
  EXPECT_EQ(missing.error, "line 2: no partial \"nope\"");
  auto loop = RenderMustache("{{> self}}", c, o);
  EXPECT_NE(loop.error.find("nested more than 20 deep"), std::string::npos) << loop.error;
}

TEST(Mustache, SyntaxErrorsNameTheLine) {
  EXPECT_EQ(RenderMustache("a\n{{#s}}\nb", json::object()).error, "line 2: section \"s\" is never closed");
  EXPECT_EQ(RenderMustache("{{#s}}{{/t}}", json::object()).error, "line 1: {{/t}} closes section \"s\" opened on line 1");
  EXPECT_EQ(RenderMustache("x\n\n{{/t}}", json::object()).error, "line 3: {{/t}} closes no section");
  EXPECT_EQ(RenderMustache("x {{name", json::object()).error, "line 1: unclosed tag \"{{name\"");
  EXPECT_EQ(RenderMustache("{{}}", json::object()).error, "line 1: empty tag");
  EXPECT_TRUE(RenderMustache("", json::object()).ok());
}

}  // namespace
}  // namespace cair::report
