#include "der/strings.h"

namespace cair::der {

bool IsStringTag(Tag t) { return StringTagName(t)[0] != '\0'; }

const char* StringTagName(Tag t) {
  if (t.cls != TagClass::kUniversal || t.constructed) return "";
  switch (t.number) {
    case 12: return "UTF8String";
    case 18: return "NumericString";
    case 19: return "PrintableString";
    case 20: return "TeletexString";
    case 21: return "VideotexString";
    case 22: return "IA5String";
    case 25: return "GraphicString";
    case 26: return "VisibleString";
    case 27: return "GeneralString";
    case 28: return "UniversalString";
    case 30: return "BMPString";
    default: return "";
  }
}

bool IsPrintableChar(uint8_t c) {
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return true;
  switch (c) {
    case ' ': case '\'': case '(': case ')': case '+': case ',': case '-': case '.':
    case '/': case ':': case '=': case '?':
      return true;
    default:
      return false;
  }
}

bool IsPrintableString(Input v) {
  for (uint8_t c : v)
    if (!IsPrintableChar(c)) return false;
  return true;
}

bool IsIa5String(Input v) {
  for (uint8_t c : v)
    if (c >= 0x80) return false;
  return true;
}

bool IsNumericString(Input v) {
  for (uint8_t c : v)
    if (!((c >= '0' && c <= '9') || c == ' ')) return false;
  return true;
}

bool IsVisibleString(Input v) {
  for (uint8_t c : v)
    if (c < 0x20 || c > 0x7e) return false;
  return true;
}

bool IsValidUtf8(Input v) {
  size_t i = 0;
  while (i < v.size()) {
    uint8_t c = v[i];
    if (c < 0x80) { ++i; continue; }
    size_t n;
    uint32_t cp;
    if ((c & 0xe0) == 0xc0) { n = 1; cp = c & 0x1f; }
    else if ((c & 0xf0) == 0xe0) { n = 2; cp = c & 0x0f; }
    else if ((c & 0xf8) == 0xf0) { n = 3; cp = c & 0x07; }
    else return false;
    if (i + n >= v.size()) return false;  // truncated sequence
    for (size_t k = 1; k <= n; ++k) {
      uint8_t cc = v[i + k];
      if ((cc & 0xc0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000)) return false;
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += n + 1;
  }
  return true;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xc0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xe0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  } else {
    out->push_back(static_cast<char>(0xf0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  }
}

bool DecodeString(Tag t, Input v, std::string* out) {
  out->clear();
  if (t.cls != TagClass::kUniversal || t.constructed) {
    out->assign(v.AsStringView());
    return false;
  }
  switch (t.number) {
    case 30: {  // BMPString
      if (v.size() % 2) {
        out->assign(v.AsStringView());
        return false;
      }
      bool ok = true;
      for (size_t i = 0; i < v.size(); i += 2) {
        uint32_t cp = (uint32_t{v[i]} << 8) | v[i + 1];
        if (cp >= 0xd800 && cp <= 0xdfff) { ok = false; cp = 0xfffd; }
        AppendUtf8(cp, out);
      }
      return ok;
    }
    case 28: {  // UniversalString
      if (v.size() % 4) {
        out->assign(v.AsStringView());
        return false;
      }
      bool ok = true;
      for (size_t i = 0; i < v.size(); i += 4) {
        uint32_t cp = (uint32_t{v[i]} << 24) | (uint32_t{v[i + 1]} << 16) |
                      (uint32_t{v[i + 2]} << 8) | v[i + 3];
        if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) { ok = false; cp = 0xfffd; }
        AppendUtf8(cp, out);
      }
      return ok;
    }
    case 20:
    case 21:  // Teletex / Videotex: ISO 8859-1
      for (uint8_t c : v) AppendUtf8(c, out);
      return true;
    case 12:
      out->assign(v.AsStringView());
      return IsValidUtf8(v);
    case 19:
      out->assign(v.AsStringView());
      return IsPrintableString(v);
    case 22:
      out->assign(v.AsStringView());
      return IsIa5String(v);
    case 18:
      out->assign(v.AsStringView());
      return IsNumericString(v);
    case 26:
      out->assign(v.AsStringView());
      return IsVisibleString(v);
    default:
      out->assign(v.AsStringView());
      return true;
  }
}

}  // namespace cair::der
