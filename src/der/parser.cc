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

std::optional<Header> ReadHeaderGeneral(Input in, ParseError* error) {
  auto fail = [&](ParseError e) -> std::optional<Header> {
    if (error) *error = e;
    return std::nullopt;
  };
  size_t pos = 0;
  if (in.size() < 2) return fail(ParseError::kTruncatedHeader);
  Header h;
  uint8_t first = in[pos++];
  h.tag.cls = static_cast<TagClass>(first >> 6);
  h.tag.constructed = (first & 0x20) != 0;
  uint32_t number = first & 0x1f;
  if (number == 0x1f) {
    // High-tag-number form: base-128 digits, bit 8 set on all but the last.
    number = 0;
    bool first_digit = true;
    while (true) {
      if (pos >= in.size()) return fail(ParseError::kTruncatedHeader);
      uint8_t b = in[pos++];
      if (first_digit && b == 0x80) h.flags |= kTagNotMinimal;
      first_digit = false;
      if (number > (UINT32_MAX >> 7)) return fail(ParseError::kTagNumberTooLarge);
      number = (number << 7) | (b & 0x7f);
      if (!(b & 0x80)) break;
    }
    if (number < 31) h.flags |= kTagNotMinimal;
  }
  h.tag.number = number;
  h.tag_size = pos;
  if (pos >= in.size()) return fail(ParseError::kTruncatedHeader);
  uint8_t len0 = in[pos++];
  size_t length = 0;
  if (len0 < 0x80) {
    length = len0;
  } else if (len0 == 0x80) {
    return fail(ParseError::kIndefiniteLength);
  } else {
    size_t n = len0 & 0x7f;
    if (n > sizeof(size_t) || n == 0x7f) return fail(ParseError::kLengthTooLarge);
    if (pos + n > in.size()) return fail(ParseError::kTruncatedHeader);
    if (in[pos] == 0) h.flags |= kLengthNotMinimal;
    for (size_t i = 0; i < n; ++i) length = (length << 8) | in[pos++];
    if (length < 0x80) h.flags |= kLengthNotMinimal;
  }
  h.header_size = pos;
  h.length = length;
  if (error) *error = ParseError::kNone;
  return h;
}

std::optional<Element> Parser::NextGeneral() {
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

std::optional<Element> Parser::ExpectGeneral(Tag tag) {
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

std::optional<Element> Parser::OptionalGeneral(Tag tag) {
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
