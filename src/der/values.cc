#include "der/values.h"

#include <cstdio>

namespace cair::der {

std::optional<bool> ParseBool(Input v, bool* der_ok) {
  if (v.size() != 1) return std::nullopt;
  if (der_ok) *der_ok = (v[0] == 0x00 || v[0] == 0xff);
  return v[0] != 0;
}

bool IsMinimalInteger(Input v) {
  if (v.empty()) return false;
  if (v.size() == 1) return true;
  // X.690 8.3.2: the first nine bits must not be all ones or all zeros.
  if (v[0] == 0x00 && !(v[1] & 0x80)) return false;
  if (v[0] == 0xff && (v[1] & 0x80)) return false;
  return true;
}

std::optional<int64_t> ParseInt64(Input v) {
  if (v.empty()) return std::nullopt;
  Input m = v;
  // Strip redundant sign-extension bytes.
  while (m.size() > 1 && ((m[0] == 0 && !(m[1] & 0x80)) || (m[0] == 0xff && (m[1] & 0x80))))
    m = m.sub(1);
  if (m.size() > 8) return std::nullopt;
  uint64_t u = (m[0] & 0x80) ? ~uint64_t{0} : 0;
  for (uint8_t b : m) u = (u << 8) | b;
  return static_cast<int64_t>(u);
}

Input IntegerMagnitude(Input v) {
  while (v.size() > 1 && v[0] == 0) v = v.sub(1);
  if (v.size() == 1 && v[0] == 0) return v;
  return v;
}

std::optional<BitString> ParseBitString(Input v, bool* padding_zero) {
  if (v.empty()) return std::nullopt;
  uint8_t unused = v[0];
  if (unused > 7) return std::nullopt;
  if (v.size() == 1 && unused != 0) return std::nullopt;
  BitString bs{v.sub(1), unused};
  if (padding_zero) {
    *padding_zero = bs.bytes.empty() || (bs.bytes[bs.bytes.size() - 1] & ((1u << unused) - 1)) == 0;
  }
  return bs;
}

bool IsValidOid(Input v) {
  if (v.empty()) return false;
  bool at_start = true;
  for (uint8_t b : v) {
    if (at_start && b == 0x80) return false;
    at_start = !(b & 0x80);
  }
  return at_start;  // last octet had bit 8 clear
}

std::string OidToString(Input v) {
  if (!IsValidOid(v)) return "";
  std::string out;
  uint64_t acc = 0;
  bool first = true;
  for (uint8_t b : v) {
    if (acc > (UINT64_MAX >> 7)) return "";
    acc = (acc << 7) | (b & 0x7f);
    if (b & 0x80) continue;
    if (first) {
      uint64_t a = acc < 40 ? 0 : acc < 80 ? 1 : 2;
      out += std::to_string(a);
      out += '.';
      out += std::to_string(acc - 40 * a);
      first = false;
    } else {
      out += '.';
      out += std::to_string(acc);
    }
    acc = 0;
  }
  return out;
}

int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  // Howard Hinnant's days_from_civil.
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

int64_t Time::ToUnix() const {
  return DaysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
}

Time FromUnix(int64_t t) {
  int64_t z = t >= 0 ? t / 86400 : (t - 86399) / 86400;
  int64_t secs = t - z * 86400;
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  Time out;
  out.year = static_cast<int>(y + (m <= 2));
  out.month = static_cast<int>(m);
  out.day = static_cast<int>(d);
  out.hour = static_cast<int>(secs / 3600);
  out.minute = static_cast<int>(secs / 60 % 60);
  out.second = static_cast<int>(secs % 60);
  return out;
}

std::string FormatRfc3339(int64_t unix_seconds) {
  Time t = FromUnix(unix_seconds);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", t.year, t.month, t.day, t.hour,
                t.minute, t.second);
  return buf;
}

namespace {

bool Digits(Input v, size_t pos, size_t n, int* out) {
  if (pos + n > v.size()) return false;
  int acc = 0;
  for (size_t i = 0; i < n; ++i) {
    uint8_t c = v[pos + i];
    if (c < '0' || c > '9') return false;
    acc = acc * 10 + (c - '0');
  }
  *out = acc;
  return true;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool ValidFields(const Time& t) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (t.month < 1 || t.month > 12 || t.day < 1) return false;
  int dim = kDays[t.month - 1] + (t.month == 2 && IsLeap(t.year));
  if (t.day > dim) return false;
  return t.hour <= 23 && t.minute <= 59 && t.second <= 60;
}

// Parses the zone suffix at `pos`; the rest of `v` must be exactly it.
bool ParseZone(Input v, size_t pos, TimeFormat* f, int* offset_minutes) {
  *offset_minutes = 0;
  if (pos == v.size()) return true;  // local time (GeneralizedTime only)
  if (v[pos] == 'Z') {
    f->zulu = true;
    return pos + 1 == v.size();
  }
  if (v[pos] == '+' || v[pos] == '-') {
    int hh, mm;
    if (pos + 5 != v.size() || !Digits(v, pos + 1, 2, &hh) || !Digits(v, pos + 3, 2, &mm))
      return false;
    if (hh > 23 || mm > 59) return false;
    f->has_offset = true;
    *offset_minutes = (v[pos] == '+' ? 1 : -1) * (hh * 60 + mm);
    return true;
  }
  return false;
}

std::optional<Time> Finish(Time t, int offset_minutes) {
  if (!ValidFields(t)) return std::nullopt;
  if (offset_minutes == 0) return t;
  Time u = FromUnix(t.ToUnix() - offset_minutes * 60);
  u.nanos = t.nanos;
  return u;
}

}  // namespace

std::optional<Time> ParseUtcTime(Input v, TimeFormat* format) {
  TimeFormat f;
  Time t;
  int yy;
  if (!Digits(v, 0, 2, &yy) || !Digits(v, 2, 2, &t.month) || !Digits(v, 4, 2, &t.day) ||
      !Digits(v, 6, 2, &t.hour) || !Digits(v, 8, 2, &t.minute))
    return std::nullopt;
  t.year = yy >= 50 ? 1900 + yy : 2000 + yy;
  size_t pos = 10;
  if (Digits(v, pos, 2, &t.second)) {
    f.has_seconds = true;
    pos += 2;
  }
  int off;
  if (pos == v.size() || !ParseZone(v, pos, &f, &off)) return std::nullopt;
  if (format) *format = f;
  return Finish(t, off);
}

std::optional<Time> ParseGeneralizedTime(Input v, TimeFormat* format) {
  TimeFormat f;
  Time t;
  if (!Digits(v, 0, 4, &t.year) || !Digits(v, 4, 2, &t.month) || !Digits(v, 6, 2, &t.day) ||
      !Digits(v, 8, 2, &t.hour))
    return std::nullopt;
  size_t pos = 10;
  if (Digits(v, pos, 2, &t.minute)) {
    pos += 2;
    if (Digits(v, pos, 2, &t.second)) {
      f.has_seconds = true;
      pos += 2;
      if (pos < v.size() && (v[pos] == '.' || v[pos] == ',')) {
        size_t start = ++pos;
        int64_t scale = 100000000;
        while (pos < v.size() && v[pos] >= '0' && v[pos] <= '9') {
          t.nanos += (v[pos] - '0') * scale;
          scale /= 10;
          ++pos;
        }
        if (pos == start) return std::nullopt;
        f.has_fraction = true;
      }
    }
  }
  int off;
  if (!ParseZone(v, pos, &f, &off)) return std::nullopt;
  if (format) *format = f;
  return Finish(t, off);
}

}  // namespace cair::der
