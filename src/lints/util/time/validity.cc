// File: lints/util/time/validity.cc
#include "lints/util/time/validity.h"

#include "der/values.h"

namespace cair::lints::util::time {

int64_t AddDate(int64_t unix, int years, int months, int days) {
  int64_t day = unix >= 0 ? unix / 86400 : -((-unix + 86399) / 86400);
  const int64_t secs = unix - day * 86400;
  const der::Time t = der::FromUnix(day * 86400);
  int64_t y = t.year + years;
  int64_t m0 = static_cast<int64_t>(t.month) - 1 + months;
  const int64_t carry = m0 >= 0 ? m0 / 12 : -((-m0 + 11) / 12);
  y += carry;
  m0 -= carry * 12;
  const int64_t result_day =
      der::DaysFromCivil(y, static_cast<unsigned>(m0 + 1), 1) + (t.day - 1) + days;
  return result_day * 86400 + secs;
}

}  // namespace cair::lints::util::time
