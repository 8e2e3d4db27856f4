// Actor atoms: the dictionary phrases found in a document's tokens,
// longest first and left to right, each resolved to one dictionary entry.
// The chunker keeps every atom inside one noun phrase; the actor stage
// composes them into mentions.
#include <algorithm>

#include "stages.h"
#include "text_util.h"

namespace tacitus {

namespace {

// When one phrase names several entries ("Georgia" the country and the
// place), the most specific kind wins.
int Priority(ActorKind k) {
  switch (k) {
    case ActorKind::kPerson: return 7;
    case ActorKind::kOrganisation: return 6;
    case ActorKind::kCountry: return 5;
    case ActorKind::kCapital: return 4;
    case ActorKind::kDemonym: return 3;
    case ActorKind::kAdjective: return 2;
    case ActorKind::kPlace: return 1;
    case ActorKind::kAgent: return 0;
  }
  return 0;
}

// "Saudi-led", "US-led", "Greek-flagged", "Houthi-held": the one token names
// the country or organisation that leads the thing, whose flag it flies or
// who holds it ("the Saudi-led coalition" is Saudi Arabia's; bombing "the
// Houthi-held port" strikes the Houthis). Not "-backed": US-backed forces
// are not US forces.
int32_t LeaderOf(const ActorDictionary& actors, const Document& doc, uint32_t i) {
  std::string_view w = doc.TokenText(i);
  if (w.size() < 3 || !text::IsUpper(w[0])) return -1;
  for (std::string_view suffix : {std::string_view("-led"), std::string_view("-flagged"), std::string_view("-held"),
                                  std::string_view("-controlled")}) {
    if (w.size() <= suffix.size() + 1) continue;
    std::string_view tail = w.substr(w.size() - suffix.size());
    bool same = true;
    for (size_t k = 0; k < suffix.size() && same; ++k) same = text::ToLower(tail[k]) == suffix[k];
    if (!same) continue;
    std::string lower(w.substr(0, w.size() - suffix.size()));
    for (char& c : lower) c = text::ToLower(c);
    return actors.NamedByWord(lower);
  }
  return -1;
}

// An agent phrase starts at token i: "military" in "military officials"
// is an agent before one ("Iranian military officials" are IRNMIL).
bool AgentAt(const ActorDictionary& actors, const Document& doc, uint32_t i, uint32_t end) {
  if (i >= end) return false;
  std::vector<uint32_t> payloads;
  if (actors.matcher().LongestAt(doc, i, end, &payloads) == 0) return false;
  for (uint32_t p : payloads)
    if (actors.entry(p).kind == ActorKind::kAgent) return true;
  return false;
}

}  // namespace

std::vector<Atom> FindActorAtoms(const ActorDictionary& actors, const Document& doc) {
  std::vector<Atom> atoms;
  std::vector<uint32_t> payloads;
  for (const Sentence& s : doc.sentences) {
    uint32_t i = s.first_token;
    while (i < s.end_token) {
      payloads.clear();
      uint32_t len = actors.matcher().LongestAt(doc, i, s.end_token, &payloads);
      if (len == 0) {
        int32_t leader = LeaderOf(actors, doc, i);
        if (leader >= 0) atoms.push_back({i, i + 1, static_cast<uint32_t>(leader)});
        ++i;
        continue;
      }
      uint32_t best = payloads[0];
      for (uint32_t p : payloads)
        if (Priority(actors.entry(p).kind) > Priority(actors.entry(best).kind)) best = p;
      // "George Bush" in 1990 and in 2005: of people who share a name, the
      // one in office on the article's date.
      if (actors.entry(best).kind == ActorKind::kPerson && !actors.RoleOn(actors.entry(best), doc.article.date).term) {
        for (uint32_t p : payloads)
          if (actors.entry(p).kind == ActorKind::kPerson && actors.RoleOn(actors.entry(p), doc.article.date).term) {
            best = p;
            break;
          }
      }
      // A lone agent word tagged as a verb is a verb ("they police the
      // border"); a name is a name whatever the tagger thought.
      const ActorEntry& e = actors.entry(best);
      Tag tag = doc.tokens[i + len - 1].tag;
      if (e.kind == ActorKind::kAgent && len == 1 && (tag == Tag::kVerb || tag == Tag::kAdjective) &&
          doc.tokens[i].tag != Tag::kNoun && !(tag == Tag::kAdjective && AgentAt(actors, doc, i + 1, s.end_token))) {
        ++i;
        continue;
      }
      // "President Xi" then "Xi Jinping": an overlapping longer name of the
      // same entry extends the atom ("President Xi Jinping").
      uint32_t end = i + len;
      for (uint32_t j = i + 1; j < end; ++j) {
        std::vector<uint32_t> more;
        uint32_t len2 = actors.matcher().LongestAt(doc, j, s.end_token, &more);
        if (j + len2 > end && std::find(more.begin(), more.end(), best) != more.end()) end = j + len2;
      }
      atoms.push_back({i, end, best});
      i = end;
    }
  }
  return atoms;
}

}  // namespace tacitus
