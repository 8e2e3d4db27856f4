#include "tacitus/date.h"

#include <gtest/gtest.h>

namespace tacitus {
namespace {

TEST(DateTest, ParsesFullDates) {
  Date d;
  ASSERT_TRUE(Date::Parse("2025-09-02", &d));
  EXPECT_EQ(d.year, 2025);
  EXPECT_EQ(d.month, 9);
  EXPECT_EQ(d.day, 2);
  EXPECT_EQ(d.precision, DatePrecision::kDay);
  EXPECT_EQ(d.ToIso(), "2025-09-02");
  EXPECT_EQ(d.ToYmdNumber(), 20250902);
  EXPECT_STREQ(d.PrecisionName(), "day");
}

TEST(DateTest, ParsesPartialDates) {
  Date d;
  ASSERT_TRUE(Date::Parse("2024-03", &d));
  EXPECT_EQ(d.precision, DatePrecision::kMonth);
  EXPECT_EQ(d.ToIso(), "2024-03-01");
  ASSERT_TRUE(Date::Parse("1987", &d));
  EXPECT_EQ(d.precision, DatePrecision::kYear);
  EXPECT_EQ(d.ToIso(), "1987-01-01");
  EXPECT_STREQ(d.PrecisionName(), "year");
}

TEST(DateTest, TakesTheDayOfATimestamp) {
  Date d;
  ASSERT_TRUE(Date::Parse("2025-09-02T10:00:00Z", &d));
  EXPECT_EQ(d.ToIso(), "2025-09-02");
  EXPECT_EQ(d.precision, DatePrecision::kDay);
  ASSERT_TRUE(Date::Parse("2025-09-02 23:59:59+08:00", &d));
  EXPECT_EQ(d.ToIso(), "2025-09-02");
}

TEST(DateTest, RejectsImpossibleAndMalformedDates) {
  Date d;
  EXPECT_FALSE(Date::Parse("2021-13-01", &d));
  EXPECT_FALSE(Date::Parse("2021-02-30", &d));
  EXPECT_FALSE(Date::Parse("2021-02-29", &d));  // not a leap year
  EXPECT_FALSE(Date::Parse("1900-02-29", &d));  // centuries are not leap years...
  EXPECT_TRUE(Date::Parse("2000-02-29", &d));   // ...unless divisible by 400
  EXPECT_TRUE(Date::Parse("2024-02-29", &d));
  EXPECT_FALSE(Date::Parse("2021-00-10", &d));
  EXPECT_FALSE(Date::Parse("2021-04-31", &d));
  EXPECT_FALSE(Date::Parse("2021-4-3", &d));
  EXPECT_FALSE(Date::Parse("", &d));
  EXPECT_FALSE(Date::Parse("yesterday", &d));
  EXPECT_FALSE(Date::Parse("0000-01-01", &d));
  EXPECT_FALSE(Date::Parse("2021-01-01junk", &d));
  EXPECT_FALSE(Date::Parse("2021-01-01T", &d));
  EXPECT_FALSE(Date::Parse("20210101", &d));
}

TEST(DateTest, FromYmdChecksTheCalendar) {
  EXPECT_TRUE(Date::FromYmd(2024, 2, 29).valid());
  EXPECT_FALSE(Date::FromYmd(2023, 2, 29).valid());
  EXPECT_FALSE(Date().valid());
  EXPECT_EQ(Date().ToIso(), "");
  EXPECT_EQ(Date().ToYmdNumber(), 0);
  EXPECT_STREQ(Date().PrecisionName(), "none");
}

TEST(DateTest, DayArithmetic) {
  EXPECT_EQ(Date::FromYmd(1970, 1, 1).ToDays(), 0);
  EXPECT_EQ(Date::FromYmd(1970, 1, 2).ToDays(), 1);
  EXPECT_EQ(Date::FromYmd(1969, 12, 31).ToDays(), -1);
  EXPECT_EQ(Date::FromYmd(2000, 3, 1).ToDays() - Date::FromYmd(2000, 2, 28).ToDays(), 2);
  EXPECT_EQ(Date::FromDays(Date::FromYmd(2025, 9, 2).ToDays() + 1).ToIso(), "2025-09-03");
  // Round trip from year 1 to 9909, crossing leap days and centuries.
  for (int64_t days = -719000; days < 2900000; days += 997) {
    Date d = Date::FromDays(days);
    ASSERT_TRUE(Date::FromYmd(d.year, d.month, d.day).valid()) << days;
    ASSERT_EQ(d.ToDays(), days);
  }
}

TEST(DateTest, Weekday) {
  EXPECT_EQ(Date::FromYmd(1970, 1, 1).Weekday(), 3);   // Thursday
  EXPECT_EQ(Date::FromYmd(2025, 9, 2).Weekday(), 1);   // Tuesday
  EXPECT_EQ(Date::FromYmd(1969, 12, 29).Weekday(), 0); // Monday
  EXPECT_EQ(Date::FromYmd(2024, 2, 25).Weekday(), 6);  // Sunday
}

TEST(DateTest, Ordering) {
  Date a = Date::FromYmd(2024, 1, 31), b = Date::FromYmd(2024, 2, 1);
  EXPECT_TRUE(a < b);
  EXPECT_FALSE(b < a);
  EXPECT_TRUE(a <= a);
  EXPECT_TRUE(a == Date::FromYmd(2024, 1, 31));
  Date year;
  ASSERT_TRUE(Date::Parse("2024", &year));
  EXPECT_FALSE(year == Date::FromYmd(2024, 1, 1));  // same day, different precision
}

}  // namespace
}  // namespace tacitus
