#include "x509/input.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace cair::x509 {

std::optional<InputFormat> ParseInputFormat(std::string_view s) {
  if (s == "pem") return InputFormat::kPem;
  if (s == "der") return InputFormat::kDer;
  if (s == "base64") return InputFormat::kBase64;
  if (s == "detect" || s.empty()) return InputFormat::kDetect;
  return std::nullopt;
}

std::optional<std::string> DecodeBase64(std::string_view text) {
  // -1 invalid, -2 white space (skipped), -3 padding.
  static constexpr auto kTable = [] {
    std::array<int8_t, 256> t{};
    for (auto& v : t) v = -1;
    const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i) t[static_cast<uint8_t>(alphabet[i])] = static_cast<int8_t>(i);
    for (char c : {' ', '\n', '\r', '\t'}) t[static_cast<uint8_t>(c)] = -2;
    t['='] = -3;
    return t;
  }();
  // The fast path's tables: each alphabet character's 6 bits already
  // shifted to its place in a 24-bit quantum; anything else sets bit 31, so
  // one test per quantum finds white space, padding and bad characters.
  static constexpr auto kShifted = [] {
    std::array<std::array<uint32_t, 256>, 4> t{};
    for (int k = 0; k < 4; ++k)
      for (int c = 0; c < 256; ++c)
        t[k][c] = kTable[c] >= 0 ? static_cast<uint32_t>(kTable[c]) << (18 - 6 * k) : 0x80000000u;
    return t;
  }();
  // One byte of slack: the fast path stores 4 bytes to write 3.
  std::string out(text.size() / 4 * 3 + 4, '\0');
  char* w = out.data();
  uint32_t acc = 0;
  int bits = 0, pad = 0;
  const size_t n = text.size();
  const auto* in = reinterpret_cast<const uint8_t*>(text.data());
  size_t i = 0;
  auto quantum = [&](size_t at) {
    return kShifted[0][in[at]] | kShifted[1][in[at + 1]] | kShifted[2][in[at + 2]] | kShifted[3][in[at + 3]];
  };
  auto store = [&](uint32_t q) {
    const uint32_t be = __builtin_bswap32(q << 8);  // the quantum's 3 bytes first, in order
    std::memcpy(w, &be, 4);
    w += 3;
  };
  while (i < n) {
    // Fast path: whole quanta of alphabet characters (a PEM line is 16).
    if (bits == 0 && !pad) {
      while (i + 16 <= n) {
        uint32_t q0 = quantum(i), q1 = quantum(i + 4), q2 = quantum(i + 8), q3 = quantum(i + 12);
        if ((q0 | q1 | q2 | q3) & 0x80000000u) break;
        store(q0);
        store(q1);
        store(q2);
        store(q3);
        i += 16;
      }
      while (i + 4 <= n) {
        uint32_t q = quantum(i);
        if (q & 0x80000000u) break;
        store(q);
        i += 4;
      }
      if (i >= n) break;
    }
    int v = kTable[in[i++]];
    if (v >= 0) {
      if (pad) return std::nullopt;  // data after padding
      acc = (acc << 6) | static_cast<uint32_t>(v);
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        *w++ = static_cast<char>((acc >> bits) & 0xff);
      }
    } else if (v == -3) {
      ++pad;
    } else if (v == -1) {
      return std::nullopt;
    }
  }
  if (pad > 2 || bits >= 6) return std::nullopt;
  out.resize(static_cast<size_t>(w - out.data()));
  return out;
}

namespace {

// Counts lines incrementally so that a bundle of thousands of blocks is
// decoded in linear time.
class LineCounter {
 public:
  explicit LineCounter(std::string_view data) : data_(data) {}
  size_t At(size_t pos) {
    for (; scanned_ < pos && scanned_ < data_.size(); ++scanned_) line_ += data_[scanned_] == '\n';
    return line_;
  }

 private:
  std::string_view data_;
  size_t scanned_ = 0, line_ = 1;
};

void DecodePem(std::string_view data, DecodeResult* r) {
  constexpr std::string_view kBegin = "-----BEGIN ";
  LineCounter lines(data);
  auto LineOf = [&lines](std::string_view, size_t pos) { return lines.At(pos); };
  size_t pos = 0;
  while ((pos = data.find(kBegin, pos)) != std::string_view::npos) {
    size_t label_start = pos + kBegin.size();
    size_t label_end = data.find("-----", label_start);
    if (label_end == std::string_view::npos) {
      r->errors.push_back("line " + std::to_string(LineOf(data, pos)) + ": unterminated BEGIN line");
      return;
    }
    std::string label(data.substr(label_start, label_end - label_start));
    std::string end_marker = "-----END " + label + "-----";
    size_t body = label_end + 5;
    size_t end = data.find(end_marker, body);
    if (end == std::string_view::npos) {
      r->errors.push_back("line " + std::to_string(LineOf(data, pos)) + ": no \"" + end_marker +
                          "\" for this block");
      return;
    }
    std::string_view text = data.substr(body, end - body);
    // RFC 7468 permits explanatory headers in some legacy labels; skip "Key: value" lines.
    if (text.find(':') != std::string_view::npos) {
      std::string filtered;
      size_t s = 0;
      while (s < text.size()) {
        size_t e = text.find('\n', s);
        if (e == std::string_view::npos) e = text.size();
        std::string_view line = text.substr(s, e - s);
        if (line.find(':') == std::string_view::npos) filtered.append(line);
        s = e + 1;
      }
      auto der = DecodeBase64(filtered);
      if (!der) r->errors.push_back("line " + std::to_string(LineOf(data, pos)) + ": bad base64 in " + label + " block");
      else r->objects.push_back({label, std::move(*der), LineOf(data, pos)});
    } else {
      auto der = DecodeBase64(text);
      if (!der) r->errors.push_back("line " + std::to_string(LineOf(data, pos)) + ": bad base64 in " + label + " block");
      else r->objects.push_back({label, std::move(*der), LineOf(data, pos)});
    }
    pos = end + end_marker.size();
  }
}

}  // namespace

DecodeResult DecodeObjects(std::string_view data, InputFormat format) {
  DecodeResult r;
  if (format == InputFormat::kDetect) {
    if (data.find("-----BEGIN ") != std::string_view::npos) format = InputFormat::kPem;
    else if (!data.empty() && static_cast<uint8_t>(data[0]) == 0x30) format = InputFormat::kDer;
    else format = InputFormat::kBase64;
  }
  switch (format) {
    case InputFormat::kPem:
      DecodePem(data, &r);
      if (r.objects.empty() && r.errors.empty()) r.errors.push_back("no PEM block found");
      break;
    case InputFormat::kDer:
      if (data.empty()) r.errors.push_back("empty input");
      else r.objects.push_back({"", std::string(data), 0});
      break;
    case InputFormat::kBase64: {
      auto der = DecodeBase64(data);
      if (!der || der->empty()) r.errors.push_back("not PEM, DER or base64 of DER");
      else r.objects.push_back({"", std::move(*der), 0});
      break;
    }
    case InputFormat::kDetect:
      break;
  }
  return r;
}

}  // namespace cair::x509
