// Date resolution: events are dated by the words of their own sentence when
// it says when ("in 2024", "on Wednesday", "in early 2022", "the day
// after", "in the 1930s", "during World War II"), else by the article date.
// An expression dates the event whose trigger is nearest to it.
#include <cctype>
#include <cstdlib>
#include <string>

#include "stages.h"

namespace tacitus {

namespace {

struct DateExpr {
  uint32_t first_token = 0, end_token = 0;
  Date date;
  bool applies_after_only = false;  // "the day after <clause>"
  bool historical = false;          // a war or decade of the past
};

int MonthOf(const Document& doc, uint32_t t) {
  static const char* kMonths[] = {"january", "february", "march", "april", "may", "june", "july",
                                  "august", "september", "october", "november", "december"};
  static const char* kShort[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul",
                                 "aug", "sept", "oct", "nov", "dec"};
  if (!doc.tokens[t].has(kCapitalised)) return 0;
  for (int m = 0; m < 12; ++m) {
    if (WordIs(doc, t, kMonths[m]) || WordIs(doc, t, kShort[m])) {
      // "May" is also a modal; only a month before a number or after "in".
      if (m == 4 && !(t + 1 < doc.tokens.size() && doc.tokens[t + 1].tag == Tag::kNumber) &&
          !(t > 0 && WordIs(doc, t - 1, "in")))
        return 0;
      return m + 1;
    }
  }
  return 0;
}

int WeekdayOf(const Document& doc, uint32_t t) {
  static const char* kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (int d = 0; d < 7; ++d)
    if (WordIs(doc, t, kDays[d])) return d;
  return -1;
}

// A year 1800..2100 written as four digits; 0 otherwise.
int YearOf(std::string_view s) {
  if (s.size() != 4) return 0;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return 0;
  int y = std::atoi(std::string(s).c_str());
  return (y >= 1800 && y <= 2100) ? y : 0;
}

int DayOf(std::string_view s) {
  std::string d;
  for (char c : s) {
    if (std::isdigit(static_cast<unsigned char>(c))) d += c;
    else break;
  }
  if (d.empty() || d.size() > 2) return 0;
  int v = std::atoi(d.c_str());
  return (v >= 1 && v <= 31) ? v : 0;
}

// Words before token t that put the sentence in the future.
bool FutureWords(const Document& doc, const Sentence& s, uint32_t t) {
  for (uint32_t k = s.first_token; k < t; ++k)
    if (doc.tokens[k].tag == Tag::kModal ||
        WordIn(doc, k, "expected", "due", "scheduled", "plans", "plan", "planned", "next"))
      return true;
  return false;
}

std::vector<DateExpr> FindDates(const Document& doc, const Sentence& s) {
  std::vector<DateExpr> out;
  const Date& today = doc.article.date;
  auto add = [&](uint32_t f, uint32_t e, Date d) {
    DateExpr x;
    x.first_token = f;
    x.end_token = e;
    x.date = d;
    out.push_back(x);
    return &out.back();
  };
  for (uint32_t t = s.first_token; t < s.end_token; ++t) {
    std::string_view w = doc.TokenText(t);
    // "the 1930s", "the 1990s"
    if (w.size() == 5 && w[4] == 's' && YearOf(w.substr(0, 4))) {
      Date d = Date::FromYmd(YearOf(w.substr(0, 4)), 1, 1);
      d.precision = DatePrecision::kDecade;
      add(t, t + 1, d)->historical = true;
      continue;
    }
    if (int y = YearOf(w)) {
      // "over 1987 wages", "under a 2022 contract": a year that modifies a
      // noun names the thing, not when the event happened.
      bool dated_by_month = t >= 1 && (MonthOf(doc, t - 1) || WordIs(doc, t - 1, ","));
      if (!dated_by_month && t + 1 < s.end_token &&
          (doc.tokens[t + 1].tag == Tag::kNoun || doc.tokens[t + 1].tag == Tag::kAdjective) &&
          !(t > s.first_token && WordIn(doc, t - 1, "in", "since", "during", "until", "by", "from", "before",
                                        "after", "of", "early", "mid", "late", "throughout")))
        continue;
      Date d = Date::FromYmd(y, 1, 1);
      d.precision = DatePrecision::kYear;
      uint32_t f = t;
      // "March 2023", "March 3, 2023", "3 March 2023"
      if (t >= 1 && MonthOf(doc, t - 1)) {
        d = Date::FromYmd(y, MonthOf(doc, t - 1), 1);
        d.precision = DatePrecision::kMonth;
        f = t - 1;
      } else if (t >= 3 && WordIs(doc, t - 1, ",") && DayOf(doc.TokenText(t - 2)) && MonthOf(doc, t - 3)) {
        d = Date::FromYmd(y, MonthOf(doc, t - 3), DayOf(doc.TokenText(t - 2)));
        f = t - 3;
      }
      if (t >= 2 && MonthOf(doc, t - 1) && DayOf(doc.TokenText(t - 2))) {
        d = Date::FromYmd(y, MonthOf(doc, t - 1), DayOf(doc.TokenText(t - 2)));
        f = t - 2;
      }
      // Drop previously found partial expressions this one contains.
      while (!out.empty() && out.back().first_token >= f) out.pop_back();
      // "early/mid/late 2022" keeps the year; the words say no more.
      add(f, t + 1, d);
      continue;
    }
    if (int m = MonthOf(doc, t)) {
      // "on March 3" / "in March" (this year, or last year if in the future)
      int day = (t + 1 < s.end_token) ? DayOf(doc.TokenText(t + 1)) : 0;
      // The last such month, or the next one when the sentence speaks of
      // the future ("plans to meet Xi in November").
      int y = today.year;
      if (FutureWords(doc, s, t)) {
        if (m < today.month) ++y;
      } else if (m > today.month) {
        --y;
      }
      Date d = Date::FromYmd(y, m, day ? day : 1);
      if (!day) d.precision = DatePrecision::kMonth;
      add(t, day ? t + 2 : t + 1, d);
      if (day) ++t;
      continue;
    }
    int wd = WeekdayOf(doc, t);
    if (wd >= 0 && today.valid()) {
      // News says "on Tuesday" for the days around publication: the past
      // week for what happened, the coming week for what is announced.
      int delta = wd - today.Weekday();
      if (FutureWords(doc, s, t)) {
        if (delta < 0) delta += 7;
      } else if (delta > 0) {
        delta -= 7;
      }
      add(t, t + 1, Date::FromDays(today.ToDays() + delta));
      continue;
    }
    if (!today.valid()) continue;
    if (WordIs(doc, t, "yesterday")) add(t, t + 1, Date::FromDays(today.ToDays() - 1));
    else if (WordIs(doc, t, "tomorrow")) add(t, t + 1, Date::FromDays(today.ToDays() + 1));
    else if (WordIs(doc, t, "today") || WordIs(doc, t, "tonight")) add(t, t + 1, today);
    else if (t + 1 < s.end_token && WordIn(doc, t, "last", "next", "this") &&
             WordIn(doc, t + 1, "year", "month", "week")) {
      int sign = WordIs(doc, t, "last") ? -1 : WordIs(doc, t, "next") ? 1 : 0;
      Date d = today;
      if (WordIs(doc, t + 1, "year")) {
        d = Date::FromYmd(today.year + sign, 1, 1);
        d.precision = DatePrecision::kYear;
      } else if (WordIs(doc, t + 1, "month")) {
        int m = today.month + sign, y = today.year;
        if (m < 1) { m = 12; --y; }
        if (m > 12) { m = 1; ++y; }
        d = Date::FromYmd(y, m, 1);
        d.precision = DatePrecision::kMonth;
      } else {
        d = Date::FromDays(today.ToDays() + 7 * sign);
      }
      add(t, t + 2, d);
      ++t;
    } else if (t + 1 < s.end_token && WordIn(doc, t, "last", "next") &&
               WordIn(doc, t + 1, "spring", "summer", "autumn", "fall", "winter")) {
      // "next summer", "last winter": the season's first month, in the
      // coming or the past year.
      int m = WordIs(doc, t + 1, "spring") ? 3 : WordIs(doc, t + 1, "summer") ? 6 : WordIs(doc, t + 1, "winter") ? 12 : 9;
      int y = today.year;
      if (WordIs(doc, t, "next") && m <= today.month) ++y;
      if (WordIs(doc, t, "last") && m >= today.month) --y;
      Date d = Date::FromYmd(y, m, 1);
      d.precision = DatePrecision::kMonth;
      add(t, t + 2, d);
      ++t;
    } else if (t + 2 < s.end_token && WordIs(doc, t, "the") && WordIs(doc, t + 1, "day") &&
               WordIn(doc, t + 2, "after", "before")) {
      // "The talks come the day after both attended a summit": the clause
      // after "after" happened the day before the article's day.
      int delta = WordIs(doc, t + 2, "after") ? -1 : 1;
      DateExpr* x = add(t, t + 3, Date::FromDays(today.ToDays() + delta));
      x->applies_after_only = true;
      t += 2;
    } else if (t + 2 < s.end_token && WordIs(doc, t, "world") && WordIs(doc, t + 1, "war") &&
               WordIn(doc, t + 2, "ii", "two", "2")) {
      Date d = Date::FromYmd(1939, 1, 1);
      d.precision = DatePrecision::kDecade;
      add(t, t + 3, d)->historical = true;
      t += 2;
    } else if (t + 2 < s.end_token && WordIs(doc, t, "second") && WordIs(doc, t + 1, "world") &&
               WordIs(doc, t + 2, "war")) {
      Date d = Date::FromYmd(1939, 1, 1);
      d.precision = DatePrecision::kDecade;
      add(t, t + 3, d)->historical = true;
      t += 2;
    }
  }
  return out;
}

}  // namespace

void ResolveDates(Document* doc) {
  const Date& today = doc->article.date;
  std::vector<std::vector<DateExpr>> per_sentence(doc->sentences.size());
  std::vector<bool> done(doc->sentences.size(), false);
  for (Event& e : doc->events) {
    e.date = today;
    if (!done[e.sentence]) {
      per_sentence[e.sentence] = FindDates(*doc, doc->sentences[e.sentence]);
      done[e.sentence] = true;
    }
    // The trigger token index, from its span.
    const Sentence& s = doc->sentences[e.sentence];
    uint32_t trig = s.first_token;
    for (uint32_t t = s.first_token; t < s.end_token; ++t)
      if (doc->tokens[t].span.begin == e.trigger.begin) trig = t;
    const DateExpr* best = nullptr;
    uint32_t best_distance = ~0u;
    for (const DateExpr& x : per_sentence[e.sentence]) {
      if (x.applies_after_only && trig < x.end_token) continue;
      uint32_t d = trig < x.first_token ? x.first_token - trig : trig - x.end_token + 1;
      if (x.historical && !e.reported) d += 4;  // a war named in passing is weaker evidence
      if (d < best_distance) {
        best_distance = d;
        best = &x;
      }
    }
    if (best) {
      e.date = best->date;
      e.date_text = std::string(doc->Slice({doc->tokens[best->first_token].span.begin,
                                            doc->tokens[best->end_token - 1].span.end}));
      // Years long before the article are history, not today's news.
      if (best->historical || (today.valid() && best->date.year < today.year - 1)) e.historical = true;
      // An event dated after the article has not happened yet ("Erdogan's
      // visit to Iraq is scheduled for next month").
      // (Not for intents and threats: those are made now, about later.)
      if (today.valid() && today < best->date && e.root != "03" && e.root != "13" && best_distance <= 8 &&
          !(best->date.precision == DatePrecision::kYear && best->date.year == today.year) &&
          !(best->date.precision == DatePrecision::kMonth && best->date.year == today.year &&
            best->date.month == today.month))
        e.hypothetical = true;
    }
  }
}

}  // namespace tacitus
