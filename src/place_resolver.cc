// Place resolution: an event happens where its sentence says ("met in
// Geneva", "in the nearby Chinese city of Tianjin"); a place in such a phrase
// is a location, never a target. Lacking one, the lead sentence takes the
// dateline ("BEIJING—"). Countries named after "in" give a country-level
// location at their centroid.
#include <cctype>
#include <string>

#include "stages.h"

namespace tacitus {

namespace {

bool LocativePreposition(const Document& doc, uint32_t t) {
  return WordIn(doc, t, "in", "at", "near", "outside", "inside", "across", "throughout");
}

// True if the place at token `first` is introduced as a location: "in X",
// "in the X", "the city of X".
bool Locative(const Document& doc, const Sentence& s, uint32_t first) {
  if (first == s.first_token) return false;
  uint32_t p = first - 1;
  if (WordIs(doc, p, "the") && p > s.first_token) --p;
  if (LocativePreposition(doc, p)) return true;
  if (WordIs(doc, p, "of") && p > s.first_token &&
      WordIn(doc, p - 1, "city", "town", "capital", "province", "region", "village", "port", "state"))
    return true;
  return false;
}

Location FromPlace(const Place& place, const ActorDictionary& actors, Span span) {
  Location loc;
  loc.name = place.name;
  loc.kind = place.kind;
  loc.country = place.country;
  const CountryInfo* c = actors.Country(place.country);
  if (c) loc.fips = c->fips;
  loc.latitude = place.lat;
  loc.longitude = place.lon;
  loc.span = span;
  return loc;
}

}  // namespace

void ResolvePlaces(const Gazetteer& gazetteer, const ActorDictionary& actors, Document* doc) {
  if (doc->events.empty()) return;
  std::vector<uint32_t> payloads;
  // Locations per sentence: (token, location).
  std::vector<std::vector<std::pair<uint32_t, Location>>> found(doc->sentences.size());
  std::vector<bool> scanned(doc->sentences.size(), false);
  auto scan = [&](uint32_t si) {
    if (scanned[si]) return;
    scanned[si] = true;
    const Sentence& s = doc->sentences[si];
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      payloads.clear();
      uint32_t len = gazetteer.matcher().LongestAt(*doc, t, s.end_token, &payloads);
      Span span;
      if (len > 0 && Locative(*doc, s, t)) {
        span = {doc->tokens[t].span.begin, doc->tokens[t + len - 1].span.end};
        found[si].emplace_back(t, FromPlace(gazetteer.place(payloads[0]), actors, span));
        t += len - 1;
        continue;
      }
      // A country after "in": "in Mongolia".
      payloads.clear();
      len = actors.matcher().LongestAt(*doc, t, s.end_token, &payloads);
      if (len == 0) continue;
      const ActorEntry& e = actors.entry(payloads[0]);
      if (e.kind == ActorKind::kCountry && Locative(*doc, s, t)) {
        const CountryInfo* c = actors.Country(e.code);
        if (c && !c->iso2.empty()) {
          Location loc;
          loc.name = c->name;
          loc.kind = "country";
          loc.country = c->code;
          loc.fips = c->fips;
          loc.latitude = c->lat;
          loc.longitude = c->lon;
          loc.span = {doc->tokens[t].span.begin, doc->tokens[t + len - 1].span.end};
          found[si].emplace_back(t, loc);
        }
      }
      t += len - 1;
    }
  };

  // The dateline: capitalised words before the first body sentence.
  Location dateline;
  uint32_t lead = 0;
  for (uint32_t si = 0; si < doc->sentences.size(); ++si) {
    if (doc->sentences[si].is_title) continue;
    lead = si;
    uint32_t body = 0;
    size_t gap = doc->text().find("\n\n");
    if (si > 0 && gap != std::string_view::npos) body = static_cast<uint32_t>(gap + 2);
    std::string_view pre = doc->text().substr(body, doc->sentences[si].span.begin - body);
    size_t n = 0;
    while (n < pre.size() && (std::isupper(static_cast<unsigned char>(pre[n])) || pre[n] == ' ' ||
                              pre[n] == '.' || pre[n] == '\''))
      ++n;
    std::string_view name = pre.substr(0, n);
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    if (name.size() >= 3) {
      if (const Place* p = gazetteer.FindByName(name))
        dateline = FromPlace(*p, actors, {body, body + static_cast<uint32_t>(name.size())});
    }
    break;
  }

  for (Event& e : doc->events) {
    scan(e.sentence);
    const auto& places = found[e.sentence];
    uint32_t best_distance = ~0u;
    for (const auto& [tok, loc] : places) {
      uint32_t trig_pos = e.trigger.begin;
      uint32_t pos = doc->tokens[tok].span.begin;
      uint32_t d = pos > trig_pos ? pos - trig_pos : trig_pos - pos;
      if (d < best_distance) {
        best_distance = d;
        e.location = loc;
      }
    }
    if (!e.location.valid() && e.sentence == lead && dateline.valid()) e.location = dateline;
  }
}

}  // namespace tacitus
