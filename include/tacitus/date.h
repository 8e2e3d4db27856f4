// Date: a calendar date that may be known only to the year or month.
// Events are often dated loosely ("in 2024", "in early 2022", "in the
// 1930s"); the precision says how much of the date is real. Unknown parts
// are 1 (month, day) so that comparisons and ISO output stay well defined.
#ifndef TACITUS_DATE_H_
#define TACITUS_DATE_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace tacitus {

enum class DatePrecision : uint8_t { kNone = 0, kDecade, kYear, kMonth, kDay };

struct Date {
  int year = 0;
  int month = 1;
  int day = 1;
  DatePrecision precision = DatePrecision::kNone;

  bool valid() const { return precision != DatePrecision::kNone; }

  // Parses "YYYY-MM-DD", "YYYY-MM", "YYYY" and a leading date part of an
  // ISO 8601 timestamp ("2025-09-02T10:00:00Z"). False if malformed or not a
  // real calendar date.
  static bool Parse(std::string_view text, Date* out);
  static Date FromYmd(int y, int m, int d);

  // Full "YYYY-MM-DD" (unknown parts are 01); "" when invalid.
  std::string ToIso() const;
  // YYYYMMDD as an integer (GDELT SQLDATE); 0 when invalid.
  int ToYmdNumber() const;
  // Days since 1970-01-01 (proleptic Gregorian); for comparisons and
  // arithmetic ("the day after").
  int64_t ToDays() const;
  static Date FromDays(int64_t days);
  // 0 Monday .. 6 Sunday.
  int Weekday() const;
  const char* PrecisionName() const;  // "day", "month", "year", "decade", "none"
};

bool operator<(const Date& a, const Date& b);
bool operator==(const Date& a, const Date& b);
inline bool operator<=(const Date& a, const Date& b) { return !(b < a); }

}  // namespace tacitus

#endif  // TACITUS_DATE_H_
