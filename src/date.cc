#include "tacitus/date.h"

#include <cstdio>
#include <tuple>

namespace tacitus {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return (m == 2 && IsLeap(y)) ? 29 : kDays[m - 1];
}

// Reads exactly `n` ASCII digits at text[*pos]; false if any is missing.
bool ReadDigits(std::string_view text, size_t* pos, int n, int* value) {
  if (text.size() < *pos + n) return false;
  int v = 0;
  for (int i = 0; i < n; ++i) {
    char c = text[*pos + i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *pos += n;
  *value = v;
  return true;
}

// Shifting the year to start in March puts the leap day last, so the day of
// the year is a linear function of the month; 400-year eras repeat exactly.
int64_t DaysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t year_of_era = y - era * 400;                          // [0, 399]
  const int64_t month_from_march = (m + 9) % 12;                     // March = 0
  const int64_t day_of_year = (153 * month_from_march + 2) / 5 + d - 1;  // [0, 365]
  const int64_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;  // 719468 = days from 0000-03-01 to 1970-01-01
}

void CivilFromDays(int64_t days, int* y, int* m, int* d) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t day_of_era = days - era * 146097;  // [0, 146096]
  const int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const int64_t month_from_march = (5 * day_of_year + 2) / 153;
  *d = static_cast<int>(day_of_year - (153 * month_from_march + 2) / 5 + 1);
  *m = static_cast<int>(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
  *y = static_cast<int>(year_of_era + era * 400 + (*m <= 2 ? 1 : 0));
}

}  // namespace

bool Date::Parse(std::string_view text, Date* out) {
  size_t pos = 0;
  int y = 0, m = 1, d = 1;
  if (!ReadDigits(text, &pos, 4, &y) || y == 0) return false;
  DatePrecision precision = DatePrecision::kYear;
  if (pos < text.size()) {
    if (text[pos++] != '-' || !ReadDigits(text, &pos, 2, &m)) return false;
    if (m < 1 || m > 12) return false;
    precision = DatePrecision::kMonth;
  }
  if (pos < text.size()) {
    if (text[pos++] != '-' || !ReadDigits(text, &pos, 2, &d)) return false;
    if (d < 1 || d > DaysInMonth(y, m)) return false;
    precision = DatePrecision::kDay;
  }
  if (pos < text.size()) {
    // A timestamp: only its date part counts, but it must look like a time
    // ("T10:00:00Z" or " 10:00"), not arbitrary trailing junk.
    char sep = text[pos++];
    if ((sep != 'T' && sep != 't' && sep != ' ') || pos >= text.size() || text[pos] < '0' ||
        text[pos] > '9') {
      return false;
    }
  }
  out->year = y;
  out->month = m;
  out->day = d;
  out->precision = precision;
  return true;
}

Date Date::FromYmd(int y, int m, int d) {
  Date date;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return date;
  date.year = y;
  date.month = m;
  date.day = d;
  date.precision = DatePrecision::kDay;
  return date;
}

std::string Date::ToIso() const {
  if (!valid()) return "";
  char buf[32];
  snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

int Date::ToYmdNumber() const { return valid() ? year * 10000 + month * 100 + day : 0; }

int64_t Date::ToDays() const { return DaysFromCivil(year, month, day); }

Date Date::FromDays(int64_t days) {
  Date date;
  CivilFromDays(days, &date.year, &date.month, &date.day);
  date.precision = DatePrecision::kDay;
  return date;
}

int Date::Weekday() const {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  int64_t w = (ToDays() + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

const char* Date::PrecisionName() const {
  switch (precision) {
    case DatePrecision::kDay:
      return "day";
    case DatePrecision::kMonth:
      return "month";
    case DatePrecision::kYear:
      return "year";
    case DatePrecision::kDecade:
      return "decade";
    case DatePrecision::kNone:
      break;
  }
  return "none";
}

bool operator<(const Date& a, const Date& b) {
  return std::tie(a.year, a.month, a.day, a.precision) <
         std::tie(b.year, b.month, b.day, b.precision);
}

bool operator==(const Date& a, const Date& b) {
  return a.year == b.year && a.month == b.month && a.day == b.day && a.precision == b.precision;
}

}  // namespace tacitus
