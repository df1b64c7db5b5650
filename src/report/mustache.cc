#include "report/mustache.h"

#include <memory>
#include <vector>

#include "base/strings.h"

namespace cair::report {
namespace {

using nlohmann::json;

enum class Kind { kText, kVar, kRaw, kSection, kInverted, kClose, kComment, kPartial };

struct Token {
  Kind kind = Kind::kText;
  std::string text;  // kText: the text; otherwise the tag name
  int line = 1;
  std::string indent;  // standalone partials: the indentation to apply
};

struct Node {
  Token tok;
  std::vector<Node> children;
};

bool Blank(const std::string& s, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i)
    if (s[i] != ' ' && s[i] != '\t') return false;
  return true;
}

int LineAt(const std::string& s, size_t pos) {
  int n = 1;
  for (size_t i = 0; i < pos && i < s.size(); ++i) n += s[i] == '\n';
  return n;
}

// Splits the template into tokens, applying the spec's standalone-line rule.
bool Tokenize(const std::string& t, std::vector<Token>* out, std::string* error) {
  size_t pos = 0;
  while (pos < t.size()) {
    size_t open = t.find("{{", pos);
    if (open == std::string::npos) {
      out->push_back({Kind::kText, t.substr(pos), LineAt(t, pos), ""});
      break;
    }
    std::string before = t.substr(pos, open - pos);
    bool triple = t.compare(open, 3, "{{{") == 0;
    size_t close = t.find(triple ? "}}}" : "}}", open + (triple ? 3 : 2));
    if (close == std::string::npos) {
      *error = "line " + std::to_string(LineAt(t, open)) + ": unclosed tag \"" + t.substr(open, 20) + "\"";
      return false;
    }
    std::string inner = t.substr(open + (triple ? 3 : 2), close - open - (triple ? 3 : 2));
    size_t end = close + (triple ? 3 : 2);
    Token tok;
    tok.line = LineAt(t, open);
    if (triple) {
      tok.kind = Kind::kRaw;
      tok.text = base::Trim(inner, " \t");
    } else if (!inner.empty() && std::string("#^/!>&").find(inner[0]) != std::string::npos) {
      switch (inner[0]) {
        case '#': tok.kind = Kind::kSection; break;
        case '^': tok.kind = Kind::kInverted; break;
        case '/': tok.kind = Kind::kClose; break;
        case '!': tok.kind = Kind::kComment; break;
        case '>': tok.kind = Kind::kPartial; break;
        default: tok.kind = Kind::kRaw; break;
      }
      tok.text = base::Trim(inner.substr(1), " \t");
    } else {
      tok.kind = Kind::kVar;
      tok.text = base::Trim(inner, " \t");
    }
    if (tok.kind != Kind::kComment && tok.text.empty()) {
      *error = "line " + std::to_string(tok.line) + ": empty tag";
      return false;
    }
    // Standalone: the tag is the only non-blank thing on its line.
    bool can_stand = tok.kind != Kind::kVar && tok.kind != Kind::kRaw;
    if (can_stand) {
      size_t nl = open == 0 ? std::string::npos : t.rfind('\n', open - 1);
      size_t line_start = nl == std::string::npos ? 0 : nl + 1;
      size_t line_end = t.find('\n', end);
      size_t stop = line_end == std::string::npos ? t.size() : line_end;
      if (line_start >= pos && Blank(t, line_start, open) && Blank(t, end, stop)) {
        tok.indent = t.substr(line_start, open - line_start);
        before = t.substr(pos, line_start - pos);
        end = line_end == std::string::npos ? t.size() : line_end + 1;
      }
    }
    if (!before.empty()) out->push_back({Kind::kText, before, LineAt(t, pos), ""});
    if (tok.kind != Kind::kComment) out->push_back(std::move(tok));
    pos = end;
  }
  return true;
}

bool Build(const std::vector<Token>& toks, size_t* i, Node* parent, std::string* error) {
  while (*i < toks.size()) {
    const Token& tok = toks[(*i)++];
    if (tok.kind == Kind::kClose) {
      if (parent->tok.kind != Kind::kSection && parent->tok.kind != Kind::kInverted) {
        *error = "line " + std::to_string(tok.line) + ": {{/" + tok.text + "}} closes no section";
        return false;
      }
      if (tok.text != parent->tok.text) {
        *error = "line " + std::to_string(tok.line) + ": {{/" + tok.text + "}} closes section \"" + parent->tok.text +
                 "\" opened on line " + std::to_string(parent->tok.line);
        return false;
      }
      return true;
    }
    Node n{tok, {}};
    if (tok.kind == Kind::kSection || tok.kind == Kind::kInverted) {
      if (!Build(toks, i, &n, error)) return false;
    }
    parent->children.push_back(std::move(n));
  }
  if (parent->tok.kind == Kind::kSection || parent->tok.kind == Kind::kInverted) {
    *error = "line " + std::to_string(parent->tok.line) + ": section \"" + parent->tok.text + "\" is never closed";
    return false;
  }
  return true;
}

bool Truthy(const json* v) {
  if (!v || v->is_null()) return false;
  if (v->is_boolean()) return v->get<bool>();
  if (v->is_string()) return !v->get_ref<const std::string&>().empty();
  if (v->is_array()) return !v->empty();
  if (v->is_number_integer()) return v->get<int64_t>() != 0;
  if (v->is_number()) return v->get<double>() != 0;
  return true;  // objects
}

std::string ToText(const json* v) {
  if (!v || v->is_null()) return "";
  if (v->is_string()) return v->get<std::string>();
  if (v->is_boolean()) return v->get<bool>() ? "true" : "false";
  return v->dump();
}

class Renderer {
 public:
  Renderer(const MustacheOptions& o) : opt_(o) {}
  std::string error;

  const json* Lookup(const std::string& name) const {
    if (name == ".") return stack_.back();
    std::string first = name.substr(0, name.find('.'));
    const json* v = nullptr;
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
      if ((*it)->is_object() && (*it)->contains(first)) {
        v = &(**it)[first];
        break;
      }
    size_t dot = name.find('.');
    while (v && dot != std::string::npos) {
      size_t next = name.find('.', dot + 1);
      std::string part = name.substr(dot + 1, next == std::string::npos ? std::string::npos : next - dot - 1);
      v = v->is_object() && v->contains(part) ? &(*v)[part] : nullptr;
      dot = next;
    }
    return v;
  }

  bool Render(const std::vector<Node>& nodes, std::string* out, int depth) {
    for (const Node& n : nodes) {
      switch (n.tok.kind) {
        case Kind::kText: *out += n.tok.text; break;
        case Kind::kVar: *out += opt_.html_escape ? HtmlEscape(ToText(Lookup(n.tok.text))) : ToText(Lookup(n.tok.text)); break;
        case Kind::kRaw: *out += ToText(Lookup(n.tok.text)); break;
        case Kind::kSection: {
          const json* v = Lookup(n.tok.text);
          if (!Truthy(v)) break;
          if (v->is_array()) {
            for (const json& item : *v) {
              stack_.push_back(&item);
              bool ok = Render(n.children, out, depth);
              stack_.pop_back();
              if (!ok) return false;
            }
          } else {
            stack_.push_back(v);
            bool ok = Render(n.children, out, depth);
            stack_.pop_back();
            if (!ok) return false;
          }
          break;
        }
        case Kind::kInverted:
          if (!Truthy(Lookup(n.tok.text)) && !Render(n.children, out, depth)) return false;
          break;
        case Kind::kPartial: {
          if (depth > 20) return Fail(n.tok.line, "partials nested more than 20 deep");
          std::optional<std::string> text = opt_.partial ? opt_.partial(n.tok.text) : std::nullopt;
          if (!text) return Fail(n.tok.line, "no partial \"" + n.tok.text + "\"");
          if (!n.tok.indent.empty()) {
            std::string indented;
            bool at_start = true;
            for (char c : *text) {
              if (at_start) indented += n.tok.indent;
              indented += c;
              at_start = c == '\n';
            }
            text = indented;
          }
          std::vector<Token> toks;
          std::string err;
          Node root;
          size_t i = 0;
          if (!Tokenize(*text, &toks, &err) || !Build(toks, &i, &root, &err))
            return Fail(n.tok.line, "partial \"" + n.tok.text + "\": " + err);
          if (!Render(root.children, out, depth + 1)) return false;
          break;
        }
        case Kind::kClose:
        case Kind::kComment: break;
      }
    }
    return true;
  }

  std::vector<const json*> stack_;

 private:
  bool Fail(int line, const std::string& why) {
    if (error.empty()) error = "line " + std::to_string(line) + ": " + why;
    return false;
  }
  const MustacheOptions& opt_;
};

}  // namespace

std::string HtmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

MustacheResult RenderMustache(const std::string& tmpl, const nlohmann::json& context, const MustacheOptions& options) {
  MustacheResult r;
  std::vector<Token> toks;
  if (!Tokenize(tmpl, &toks, &r.error)) return r;
  Node root;
  size_t i = 0;
  if (!Build(toks, &i, &root, &r.error)) return r;
  Renderer rd(options);
  rd.stack_.push_back(&context);
  if (!rd.Render(root.children, &r.text, 0)) {
    r.text.clear();
    r.error = rd.error;
  }
  return r;
}

}  // namespace cair::report
