#include "x509/input.h"

#include "x509/base64.h"

namespace cair::x509 {

std::optional<InputFormat> ParseInputFormat(std::string_view s) {
  if (s == "pem") return InputFormat::kPem;
  if (s == "der") return InputFormat::kDer;
  if (s == "base64") return InputFormat::kBase64;
  if (s == "detect" || s.empty()) return InputFormat::kDetect;
  return std::nullopt;
}

std::optional<std::string> DecodeBase64(std::string_view text) {
  std::string out;
  if (!DecodeBase64To(text, &out)) return std::nullopt;
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
