#include "der/parser.h"

namespace cair::der {
namespace {
constexpr char kHex[] = "0123456789ABCDEF";
constexpr char kHexLower[] = "0123456789abcdef";
}  // namespace

std::string HexUpper(Input in) {
  std::string out(in.size() * 2, '0');
  for (size_t i = 0; i < in.size(); ++i) {
    out[2 * i] = kHex[in[i] >> 4];
    out[2 * i + 1] = kHex[in[i] & 15];
  }
  return out;
}

std::string HexLower(Input in) {
  std::string out(in.size() * 2, '0');
  for (size_t i = 0; i < in.size(); ++i) {
    out[2 * i] = kHexLower[in[i] >> 4];
    out[2 * i + 1] = kHexLower[in[i] & 15];
  }
  return out;
}

const char* ParseErrorName(ParseError e) {
  switch (e) {
    case ParseError::kNone: return "none";
    case ParseError::kTruncatedHeader: return "truncated_header";
    case ParseError::kIndefiniteLength: return "indefinite_length";
    case ParseError::kLengthTooLarge: return "length_too_large";
    case ParseError::kTruncatedValue: return "truncated_value";
    case ParseError::kTagNumberTooLarge: return "tag_number_too_large";
    case ParseError::kUnexpectedTag: return "unexpected_tag";
    case ParseError::kMissing: return "missing";
  }
  return "unknown";
}

std::optional<Element> Parser::Next() {
  if (!HasMore()) return std::nullopt;
  ParseError e = ParseError::kNone;
  auto el = ReadElement(remaining(), &e);
  if (!el) {
    error_ = e;
    return std::nullopt;
  }
  offset_ += el->full.size();
  return el;
}

std::optional<Tag> Parser::PeekTag() const {
  if (!HasMore()) return std::nullopt;
  auto el = ReadElement(remaining());
  if (!el) return std::nullopt;
  return el->tag;
}

std::optional<Element> Parser::Expect(Tag tag) {
  if (!HasMore()) {
    error_ = ParseError::kMissing;
    return std::nullopt;
  }
  ParseError e = ParseError::kNone;
  auto el = ReadElement(remaining(), &e);
  if (!el) {
    error_ = e;
    return std::nullopt;
  }
  if (el->tag != tag) {
    error_ = ParseError::kUnexpectedTag;
    return std::nullopt;
  }
  offset_ += el->full.size();
  return el;
}

std::optional<Element> Parser::Optional(Tag tag) {
  if (!HasMore()) return std::nullopt;
  auto el = ReadElement(remaining());
  if (!el || el->tag != tag) return std::nullopt;
  offset_ += el->full.size();
  return el;
}

std::optional<Parser> Parser::ExpectConstructed(Tag tag) {
  auto el = Expect(tag);
  if (!el) return std::nullopt;
  return Parser(el->value);
}

}  // namespace cair::der
