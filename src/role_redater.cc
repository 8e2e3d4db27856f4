// Role re-dating: actor codes of people are first chosen for the article
// date; an event the sentence dates elsewhere ("In 2019, Trump met Kim",
// "in 1998 Putin ...") takes the roles people held on the event's date.
#include <string>

#include "stages.h"

namespace tacitus {

namespace {

// The day that stands for a loosely known date: the middle of its span, so
// that "in 2019" does not test a role on New Year's Day.
Date Representative(const Date& d) {
  switch (d.precision) {
    case DatePrecision::kYear: return Date::FromYmd(d.year, 7, 1);
    case DatePrecision::kMonth: return Date::FromYmd(d.year, d.month, 15);
    case DatePrecision::kDecade: return Date::FromYmd(d.year + 5, 1, 1);
    default: return d;
  }
}

void Redate(const ActorDictionary& actors, const Document& doc, const Date& when, EventActor* a) {
  if (a->mention < 0) return;
  const ActorMention& m = doc.mentions[a->mention];
  if (m.entry < 0 || m.how.find("in the text") != std::string::npos) return;
  Role role = actors.RoleOn(actors.entry(static_cast<uint32_t>(m.entry)), when);
  if (role.code == a->code) return;
  a->code = role.code;
  a->country = role.code.substr(0, 3);
  a->sector = role.code.size() > 3 ? role.code.substr(3, 3) : "";
  a->why += "; role on " + when.ToIso() +
            (role.term ? ": " + role.term->office + " (" + role.term->origin + ")" : std::string(": out of office"));
}

}  // namespace

void RedateRoles(const ActorDictionary& actors, Document* doc) {
  const Date& article = doc->article.date;
  for (Event& e : doc->events) {
    if (!e.date.valid() || e.date_text.empty()) continue;  // dated by the article
    if (e.date.year == article.year && e.date.precision == DatePrecision::kYear) continue;
    Date when = Representative(e.date);
    Redate(actors, *doc, when, &e.source);
    Redate(actors, *doc, when, &e.target);
  }
}

}  // namespace tacitus
