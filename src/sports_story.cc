// Sports stories: in "Ireland came to Edinburgh" or "New Zealand's tour of
// Wales" a country's name stands for its team. Political event data wants
// none of these, so in a story that reads as sport, events between bare
// country names (no sector: no government, no army, no court) are flagged
// `sports` and left out of the default output. Events with a sector stay:
// "Greek prosecutors charged them" is news about courts, not a match.
#include <cctype>
#include <set>
#include <string>

#include "stages.h"

namespace tacitus {

namespace {

// Words that (almost) only sport uses. Each counts once per story.
const std::set<std::string>& SportsWords() {
  static const std::set<std::string> words = {
      "rugby", "football", "soccer", "cricket", "tennis", "athletics", "olympic", "olympics",
      "coach", "striker", "midfielder", "goalkeeper", "defender", "squad", "tournament",
      "championship", "championships", "league", "cup", "match", "matches", "fixture", "stadium",
      "wicket", "innings", "touchdown", "sprinter", "marathon", "medal", "medals", "semi-final",
      "quarter-final", "final", "scored", "goals", "try", "tries", "referee", "captain", "fans",
      "nations", "test", "tests", "season", "club", "player", "players", "win", "victory",
      "defeat", "draw", "drew", "lost", "beat"};
  return words;
}

// "28-17", "6-6": a score.
bool Score(std::string_view w) {
  size_t dash = w.find('-');
  if (dash == 0 || dash == std::string_view::npos || dash + 1 >= w.size() || dash > 3) return false;
  for (size_t i = 0; i < w.size(); ++i)
    if (i != dash && !std::isdigit(static_cast<unsigned char>(w[i]))) return false;
  return w.size() - dash - 1 <= 3;
}

}  // namespace

bool ReadsAsSport(const Document& doc) {
  std::set<std::string> seen;
  int scores = 0;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    std::string_view w = doc.TokenText(t);
    if (Score(w)) {
      ++scores;
      continue;
    }
    std::string lower(w);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (SportsWords().count(lower)) seen.insert(lower);
  }
  // Five distinct words, or a score and three: one "victory" or "cup" in a
  // political story is not enough.
  return seen.size() >= 5 || (scores >= 1 && seen.size() >= 3);
}

void MarkSportsEvents(Document* doc) {
  if (doc->events.empty() || !ReadsAsSport(*doc)) return;
  for (Event& e : doc->events)
    if (e.source.sector.empty() && e.target.sector.empty()) e.sports = true;
}

}  // namespace tacitus
