// File: der/parser.h
// A zero-copy TLV reader. `Parser` walks a sequence of DER elements inside an
// `Input`, never allocating and never throwing. BER-isms that DER forbids
// (non-minimal length or tag encodings) are accepted but flagged on the
// element so that lints can report them; indefinite lengths and truncation
// stop the parser and are reported through `error()`.
#ifndef CAIR_DER_PARSER_H_
#define CAIR_DER_PARSER_H_

#include <cstdint>
#include <optional>

#include "der/input.h"

namespace cair::der {

enum class TagClass : uint8_t {
  kUniversal = 0,
  kApplication = 1,
  kContextSpecific = 2,
  kPrivate = 3,
};

struct Tag {
  TagClass cls = TagClass::kUniversal;
  bool constructed = false;
  uint32_t number = 0;

  constexpr bool operator==(const Tag& o) const {
    return cls == o.cls && constructed == o.constructed && number == o.number;
  }
  constexpr bool operator!=(const Tag& o) const { return !(*this == o); }
};

constexpr Tag Universal(uint32_t n, bool constructed = false) {
  return Tag{TagClass::kUniversal, constructed, n};
}
constexpr Tag ContextPrimitive(uint32_t n) { return Tag{TagClass::kContextSpecific, false, n}; }
constexpr Tag ContextConstructed(uint32_t n) { return Tag{TagClass::kContextSpecific, true, n}; }

inline constexpr Tag kBoolean = Universal(1);
inline constexpr Tag kInteger = Universal(2);
inline constexpr Tag kBitString = Universal(3);
inline constexpr Tag kOctetString = Universal(4);
inline constexpr Tag kNull = Universal(5);
inline constexpr Tag kOid = Universal(6);
inline constexpr Tag kEnumerated = Universal(10);
inline constexpr Tag kUtf8String = Universal(12);
inline constexpr Tag kSequence = Universal(16, true);
inline constexpr Tag kSet = Universal(17, true);
inline constexpr Tag kNumericString = Universal(18);
inline constexpr Tag kPrintableString = Universal(19);
inline constexpr Tag kTeletexString = Universal(20);
inline constexpr Tag kVideotexString = Universal(21);
inline constexpr Tag kIa5String = Universal(22);
inline constexpr Tag kUtcTime = Universal(23);
inline constexpr Tag kGeneralizedTime = Universal(24);
inline constexpr Tag kGraphicString = Universal(25);
inline constexpr Tag kVisibleString = Universal(26);
inline constexpr Tag kGeneralString = Universal(27);
inline constexpr Tag kUniversalString = Universal(28);
inline constexpr Tag kBmpString = Universal(30);

// The identifier octet of `t` in the one-octet form (X.690 8.1.2.2), or -1
// when its number needs the high-tag-number form: a header that
// ReadCommonHeader reads has tag `t` exactly when its first octet is this.
constexpr int OneOctetIdentifier(Tag t) {
  return t.number < 31 ? (static_cast<int>(t.cls) << 6) | (t.constructed ? 0x20 : 0) | static_cast<int>(t.number)
                       : -1;
}

// Encoding defects that a lenient read accepted. Bit flags on `Element`.
enum EncodingFlag : uint8_t {
  kLengthNotMinimal = 1 << 0,  // long form where short form fits, or leading zero bytes
  kTagNotMinimal = 1 << 1,     // high-tag-number form for a number < 31, or 0x80 padding
};

// Why the parser stopped.
enum class ParseError : uint8_t {
  kNone = 0,
  kTruncatedHeader,     // input ends inside the tag or length octets
  kIndefiniteLength,    // 0x80 length: BER only
  kLengthTooLarge,      // length field longer than 8 bytes / beyond size_t
  kTruncatedValue,      // length runs past the end of the input
  kTagNumberTooLarge,   // high tag number that does not fit in 32 bits
  kUnexpectedTag,       // a required element had another tag
  kMissing,             // a required element was absent
};

// Stable identifier text for `e` (used in diagnostics that leave the process).
const char* ParseErrorName(ParseError e);

struct Element {
  Tag tag;
  Input full;    // tag + length + value
  Input value;   // contents octets
  uint8_t flags = 0;  // EncodingFlag bits
};

// The identifier and length octets of one element (X.690 8.1.2, 8.1.3).
struct Header {
  Tag tag;
  size_t tag_size = 0;     // identifier octets
  size_t header_size = 0;  // identifier and length octets
  size_t length = 0;       // contents length as encoded
  uint8_t flags = 0;       // EncodingFlag bits
};

// Reads the header of the element at the start of `in`. It succeeds when the
// contents run past the end of `in` (ReadElement refuses that), so that a
// reader can still say what the truncated element was. Inline, like
// ReadElement: it is the hot path of every parse.
std::optional<Header> ReadHeader(Input in, ParseError* error = nullptr);

// Reads one element from the start of `in`. On success `full` spans the
// element (header and contents), a prefix of `in`.
std::optional<Element> ReadElement(Input in, ParseError* error = nullptr);

// The general reader of ReadHeader: every identifier and length form,
// every error. Out of line: ReadHeader calls it only for what its fast path
// leaves.
std::optional<Header> ReadHeaderGeneral(Input in, ParseError* error);

// X.690 8.1.2 (identifier octets) and 8.1.3 (length octets); DER's
// minimal-encoding rules are X.690 10.1. The fast path reads the headers a
// certificate is made of — a tag number below 31 in one octet, a length of
// at most two octets — with the same results as ReadHeaderGeneral (which
// parser_test checks on every header of up to four octets).
// The fast path alone: reads the header at `p` (`n` octets available) into
// `h` when it is of that common form and returns true; false leaves the rest
// to ReadHeaderGeneral (long tag numbers and lengths, errors).
inline bool ReadCommonHeader(const uint8_t* p, size_t n, Header* h) {
  if (n < 2 || (p[0] & 0x1f) == 0x1f) return false;
  const uint8_t first = p[0];
  const uint8_t len0 = p[1];
  h->tag.cls = static_cast<TagClass>(first >> 6);
  h->tag.constructed = (first & 0x20) != 0;
  h->tag.number = first & 0x1f;
  h->tag_size = 1;
  h->flags = 0;
  if (len0 < 0x80) {
    h->header_size = 2;
    h->length = len0;
  } else if (len0 == 0x81 && n >= 3) {
    h->header_size = 3;
    h->length = p[2];
    if (p[2] < 0x80) h->flags = kLengthNotMinimal;
  } else if (len0 == 0x82 && n >= 4) {
    h->header_size = 4;
    h->length = (size_t{p[2]} << 8) | p[3];
    if (p[2] == 0) h->flags = kLengthNotMinimal;
  } else {
    return false;
  }
  return true;
}

inline std::optional<Header> ReadHeader(Input in, ParseError* error) {
  Header h;
  if (ReadCommonHeader(in.data(), in.size(), &h)) {
    if (error) *error = ParseError::kNone;
    return h;
  }
  return ReadHeaderGeneral(in, error);
}

// Sets `*el` to the element whose header `h` was read at `p` (its value
// known to fit).
inline void SetElement(Element* el, const uint8_t* p, const Header& h) {
  el->tag = h.tag;
  el->flags = h.flags;
  el->full = Input(p, h.header_size + h.length);
  el->value = Input(p + h.header_size, h.length);
}

inline std::optional<Element> ReadElement(Input in, ParseError* error) {
  auto h = ReadHeader(in, error);
  if (!h) return std::nullopt;
  if (h->length > in.size() - h->header_size) {
    if (error) *error = ParseError::kTruncatedValue;
    return std::nullopt;
  }
  Element el;
  SetElement(&el, in.data(), *h);
  return el;
}

class Parser {
 public:
  Parser() = default;
  explicit Parser(Input in) : input_(in) {}

  bool HasMore() const { return offset_ < input_.size(); }
  size_t offset() const { return offset_; }
  Input remaining() const { return input_.sub(offset_); }
  ParseError error() const { return error_; }

  // Next, Expect and Optional are inline for their fast path (ReadCommon:
  // ~260 calls per certificate parse); the rest is out of line.
  //
  // Reads the next element whatever its tag. Returns nullopt at the end of
  // input or on a malformed header (see `error()`); the parser does not move.
  std::optional<Element> Next() {
    const uint8_t* p;
    Header h;
    if (!ReadCommon(&p, &h)) return NextGeneral();
    offset_ += h.header_size + h.length;
    return Element{h.tag, Input(p, h.header_size + h.length), Input(p + h.header_size, h.length), h.flags};
  }
  // Peeks at the next element's tag without consuming it.
  std::optional<Tag> PeekTag() const;
  // Reads the next element if its tag is `tag`; otherwise leaves the parser
  // where it was, sets error() to kUnexpectedTag / kMissing, returns nullopt.
  std::optional<Element> Expect(Tag tag) {
    const uint8_t* p;
    Header h;
    if (!ReadCommon(&p, &h)) return ExpectGeneral(tag);
    if (p[0] != OneOctetIdentifier(tag)) {
      error_ = ParseError::kUnexpectedTag;
      return std::nullopt;
    }
    offset_ += h.header_size + h.length;
    return Element{tag, Input(p, h.header_size + h.length), Input(p + h.header_size, h.length), h.flags};
  }
  // Reads the next element only if its tag is `tag`; nullopt (no error)
  // when another tag or the end of input follows.
  std::optional<Element> Optional(Tag tag) {
    const uint8_t* p;
    Header h;
    if (!ReadCommon(&p, &h)) return OptionalGeneral(tag);
    if (p[0] != OneOctetIdentifier(tag)) return std::nullopt;
    offset_ += h.header_size + h.length;
    return Element{tag, Input(p, h.header_size + h.length), Input(p + h.header_size, h.length), h.flags};
  }
  // Enters a constructed element of tag `tag`: returns a Parser over its value.
  std::optional<Parser> ExpectConstructed(Tag tag);

 private:
  // Next, Expect and Optional for what the fast path of ReadHeader leaves,
  // and for truncated values: each reads through ReadElement.
  std::optional<Element> NextGeneral();
  std::optional<Element> ExpectGeneral(Tag tag);
  std::optional<Element> OptionalGeneral(Tag tag);
  // The header at offset_ (at `*p`) when it is of the common form and its
  // value fits in the input; false otherwise (the general path decides).
  // The element is built in the caller's return value, not copied into it.
  bool ReadCommon(const uint8_t** p, Header* h) const {
    const size_t avail = input_.size() - offset_;
    *p = input_.data() + offset_;
    return ReadCommonHeader(*p, avail, h) && h->length <= avail - h->header_size;
  }

  Input input_;
  size_t offset_ = 0;
  ParseError error_ = ParseError::kNone;
};

}  // namespace cair::der

#endif  // CAIR_DER_PARSER_H_
