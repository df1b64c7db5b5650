#include "lints/util/smime/mail.h"

#include <vector>

#include "base/strings.h"
#include "lints/util/dns/ip.h"
#include "lints/util/subject/values.h"

namespace cair::lints::util::smime {

namespace {

bool IsVchar(uint32_t r) { return (r >= '!' && r <= '~') || r >= 0x80; }
bool IsWsp(uint32_t r) { return r == ' ' || r == '\t'; }
bool IsQtext(uint32_t r) { return r != '\\' && r != '"' && IsVchar(r); }
bool IsDtext(uint32_t r) { return r != '[' && r != ']' && r != '\\' && IsVchar(r); }
bool IsAtext(uint32_t r, bool dot) {
  switch (r) {
    case '.':
      return dot;
    case '(': case ')': case '<': case '>': case '[': case ']':
    case ':': case ';': case '@': case '\\': case ',': case '"':
      return false;
    default:
      return IsVchar(r);
  }
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// mime's "Q" encoding decodes.
bool QDecodes(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '_') continue;
    if (c == '=') {
      if (i + 2 >= s.size()) return false;
      if (HexValue(s[i + 1]) < 0 || HexValue(s[i + 2]) < 0) return false;
      i += 2;
      continue;
    }
    if ((c >= ' ' && c <= '~') || c == '\n' || c == '\r' || c == '\t') continue;
    return false;
  }
  return true;
}

// encoding/base64.StdEncoding.DecodeString succeeds (CR and LF ignored).
bool Base64Decodes(std::string_view s) {
  std::string t;
  for (char c : s)
    if (c != '\r' && c != '\n') t.push_back(c);
  if (t.size() % 4 != 0) return false;
  auto alpha = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/';
  };
  for (size_t q = 0; q < t.size(); q += 4) {
    const bool last = q + 4 == t.size();
    for (size_t j = 0; j < 4; ++j) {
      const char c = t[q + j];
      if (alpha(c)) continue;
      if (c != '=' || !last || j < 2) return false;
      // "xx==" or "xxx=": only padding may follow.
      for (size_t k = j; k < 4; ++k)
        if (t[q + k] != '=') return false;
      break;
    }
  }
  return true;
}

enum class Rfc2047 { kPlain, kEncoded, kCharsetError };

// mime.WordDecoder.Decode as net/mail uses it: a well-formed encoded word
// with an unsupported charset is an error; a malformed one is plain text.
Rfc2047 DecodeRfc2047Word(std::string_view w) {
  if (w.size() < 8 || w.substr(0, 2) != "=?" || w.substr(w.size() - 2) != "?=") return Rfc2047::kPlain;
  size_t q = 0;
  for (char c : w) q += c == '?';
  if (q != 4) return Rfc2047::kPlain;
  w = w.substr(2, w.size() - 4);
  const size_t a = w.find('?');
  const std::string_view charset = w.substr(0, a);
  if (charset.empty()) return Rfc2047::kPlain;
  std::string_view rest = w.substr(a + 1);
  const size_t b = rest.find('?');
  const std::string_view encoding = rest.substr(0, b);
  const std::string_view text = b == std::string_view::npos ? std::string_view() : rest.substr(b + 1);
  if (encoding.size() != 1) return Rfc2047::kPlain;
  bool ok = false;
  if (encoding[0] == 'B' || encoding[0] == 'b') ok = Base64Decodes(text);
  else if (encoding[0] == 'Q' || encoding[0] == 'q') ok = QDecodes(text);
  if (!ok) return Rfc2047::kPlain;
  if (base::EqualsIgnoringAsciiCase(charset, "utf-8") || base::EqualsIgnoringAsciiCase(charset, "iso-8859-1") ||
      base::EqualsIgnoringAsciiCase(charset, "us-ascii"))
    return Rfc2047::kEncoded;
  return Rfc2047::kCharsetError;
}

class AddrParser {
 public:
  explicit AddrParser(std::string_view s) : s_(s) {}

  // parseSingleAddress.
  std::optional<std::string> ParseSingle() {
    std::vector<std::string> addrs;
    if (!ParseAddress(true, &addrs)) return std::nullopt;
    if (!SkipCfws()) return std::nullopt;
    if (!s_.empty()) return std::nullopt;
    if (addrs.size() != 1) return std::nullopt;
    return addrs[0];
  }

 private:
  bool Empty() const { return s_.empty(); }
  char Peek() const { return s_[0]; }
  bool Consume(char c) {
    if (s_.empty() || s_[0] != c) return false;
    s_.remove_prefix(1);
    return true;
  }
  void SkipSpace() {
    while (!s_.empty() && (s_[0] == ' ' || s_[0] == '\t')) s_.remove_prefix(1);
  }
  bool SkipCfws() {
    SkipSpace();
    while (Consume('(')) {
      if (!ConsumeComment(nullptr)) return false;
      SkipSpace();
    }
    return true;
  }
  // After '('; nested comments and backslash escapes.
  bool ConsumeComment(std::string* out) {
    int depth = 1;
    while (!s_.empty() && depth != 0) {
      if (s_[0] == '\\' && s_.size() > 1) {
        s_.remove_prefix(1);
      } else if (s_[0] == '(') {
        ++depth;
      } else if (s_[0] == ')') {
        --depth;
      }
      if (depth > 0 && out) out->push_back(s_[0]);
      s_.remove_prefix(1);
    }
    return depth == 0;
  }

  bool ParseAddress(bool handle_group, std::vector<std::string>* out) {
    SkipSpace();
    if (Empty()) return false;
    if (auto spec = ConsumeAddrSpec()) {
      SkipSpace();
      if (!Empty() && Peek() == '(' && !ConsumeDisplayNameComment()) return false;
      out->push_back(std::move(*spec));
      return true;
    }
    if (Peek() != '<' && !ConsumePhrase()) return false;
    SkipSpace();
    if (handle_group && Consume(':')) return ConsumeGroupList(out);
    if (!Consume('<')) return false;
    auto spec = ConsumeAddrSpec();
    if (!spec) return false;
    if (!Consume('>')) return false;
    out->push_back(std::move(*spec));
    return true;
  }

  bool ConsumeGroupList(std::vector<std::string>* out) {
    SkipSpace();
    if (Consume(';')) return SkipCfws();
    while (true) {
      SkipSpace();
      if (!ParseAddress(false, out)) return false;
      if (!SkipCfws()) return false;
      if (Consume(';')) return SkipCfws();
      if (!Consume(',')) return false;
    }
  }

  std::optional<std::string> ConsumeAddrSpec() {
    const std::string_view orig = s_;
    auto fail = [&]() -> std::optional<std::string> {
      s_ = orig;
      return std::nullopt;
    };
    SkipSpace();
    if (Empty()) return fail();
    std::optional<std::string> local;
    if (Peek() == '"') {
      local = ConsumeQuotedString();
      if (local && local->empty()) return fail();
    } else {
      local = ConsumeAtom(true, false);
    }
    if (!local) return fail();
    if (!Consume('@')) return fail();
    SkipSpace();
    if (Empty()) return fail();
    std::optional<std::string> domain = Peek() == '[' ? ConsumeDomainLiteral() : ConsumeAtom(true, false);
    if (!domain) return fail();
    return *local + "@" + *domain;
  }

  bool ConsumePhrase() {
    size_t words = 0;
    bool failed = false;
    while (true) {
      if (words > 0 && !SkipCfws()) return false;
      SkipSpace();
      if (Empty()) break;
      std::optional<std::string> word;
      if (Peek() == '"') {
        word = ConsumeQuotedString();
      } else {
        word = ConsumeAtom(true, true);
        if (word && DecodeRfc2047Word(*word) == Rfc2047::kCharsetError) word.reset();
      }
      if (!word) {
        failed = true;
        break;
      }
      ++words;
    }
    return !(failed && words == 0);
  }

  std::optional<std::string> ConsumeQuotedString() {
    size_t i = 1;
    std::string out;
    bool escaped = false;
    while (true) {
      size_t size = 0;
      const uint32_t r = subject::GoDecodeRune(s_.substr(i), &size);
      if (size == 0) return std::nullopt;
      if (size == 1 && r == subject::kGoRuneError) return std::nullopt;
      if (escaped) {
        if (!IsVchar(r) && !IsWsp(r)) return std::nullopt;
        out.append(s_.substr(i, size));
        escaped = false;
      } else if (IsQtext(r) || IsWsp(r)) {
        out.append(s_.substr(i, size));
      } else if (r == '"') {
        break;
      } else if (r == '\\') {
        escaped = true;
      } else {
        return std::nullopt;
      }
      i += size;
    }
    s_.remove_prefix(i + 1);
    return out;
  }

  std::optional<std::string> ConsumeAtom(bool dot, bool permissive) {
    size_t i = 0;
    while (true) {
      size_t size = 0;
      const uint32_t r = subject::GoDecodeRune(s_.substr(i), &size);
      if (size == 1 && r == subject::kGoRuneError) return std::nullopt;
      if (size == 0 || !IsAtext(r, dot)) break;
      i += size;
    }
    if (i == 0) return std::nullopt;
    const std::string_view atom = s_.substr(0, i);
    s_.remove_prefix(i);
    if (!permissive) {
      if (atom.front() == '.' || atom.back() == '.' || atom.find("..") != std::string_view::npos)
        return std::nullopt;
    }
    return std::string(atom);
  }

  std::optional<std::string> ConsumeDomainLiteral() {
    if (!Consume('[')) return std::nullopt;
    std::string dtext;
    while (true) {
      if (Empty()) return std::nullopt;
      if (Peek() == ']') break;
      size_t size = 0;
      const uint32_t r = subject::GoDecodeRune(s_, &size);
      if (size == 1 && r == subject::kGoRuneError) return std::nullopt;
      if (!IsDtext(r)) return std::nullopt;
      dtext.append(s_.substr(0, size));
      s_.remove_prefix(size);
    }
    if (!Consume(']')) return std::nullopt;
    if (!dns::GoParseIp(dtext)) return std::nullopt;
    return "[" + dtext + "]";
  }

  bool ConsumeDisplayNameComment() {
    if (!Consume('(')) return false;
    std::string comment;
    if (!ConsumeComment(&comment)) return false;
    size_t i = 0;
    while (i < comment.size()) {
      while (i < comment.size() && (comment[i] == ' ' || comment[i] == '\t')) ++i;
      size_t j = i;
      while (j < comment.size() && comment[j] != ' ' && comment[j] != '\t') ++j;
      if (j > i && DecodeRfc2047Word(std::string_view(comment).substr(i, j - i)) == Rfc2047::kCharsetError)
        return false;
      i = j;
    }
    return true;
  }

  std::string_view s_;
};

}  // namespace

std::optional<std::string> ParseMailAddress(std::string_view text) {
  return AddrParser(text).ParseSingle();
}

bool IsMailboxAddress(std::string_view text) {
  const auto a = ParseMailAddress(text);
  return a && *a == text;
}

}  // namespace cair::lints::util::smime
