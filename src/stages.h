// The analysis stages after tagging, in pipeline order. Each reads what the
// earlier stages wrote into the Document and appends its own annotations.
#ifndef TACITUS_SRC_STAGES_H_
#define TACITUS_SRC_STAGES_H_

#include "actor_dictionary.h"
#include "event_dictionary.h"
#include "gazetteer.h"
#include "tacitus/document.h"

namespace tacitus {

// Case-insensitive comparison of token i's text with a lower-case word.
inline bool WordIs(const Document& doc, uint32_t i, std::string_view lower) {
  std::string_view t = doc.TokenText(i);
  if (t.size() != lower.size()) return false;
  for (size_t k = 0; k < t.size(); ++k) {
    char c = t[k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[k]) return false;
  }
  return true;
}
template <typename... W>
bool WordIn(const Document& doc, uint32_t i, W... words) {
  return (WordIs(doc, i, words) || ...);
}

// How two neighbouring chunks of one sentence are coordinated: "A and B",
// "A, and B" (and "or", "nor") are kAnd; "A, B" is kComma, which makes a
// list only before an "and".
enum class Link { kNone, kComma, kAnd };
inline Link Coordination(const Document& doc, const Chunk& left, const Chunk& right) {
  if (left.sentence != right.sentence) return Link::kNone;
  uint32_t gap = right.first_token - left.end_token;
  if (right.first_token <= left.end_token || gap > 2) return Link::kNone;
  uint32_t last = right.first_token - 1;
  bool conj = WordIn(doc, last, "and", "or", "nor");
  if (gap == 2) return conj && WordIs(doc, left.end_token, ",") ? Link::kAnd : Link::kNone;
  return conj ? Link::kAnd : WordIs(doc, last, ",") ? Link::kComma : Link::kNone;
}

// Atoms are dictionary phrases found in the tokens; the chunker keeps each
// inside one noun phrase, and the actor stage composes them.
struct Atom {
  uint32_t first_token = 0, end_token = 0;
  uint32_t entry = 0;  // ActorDictionary entry
};

// Finds actor dictionary phrases, longest first, left to right.
std::vector<Atom> FindActorAtoms(const ActorDictionary& actors, const Document& doc);

// Builds noun-phrase and verb-group chunks (doc->chunks) from the tags;
// atoms are never split.
void ChunkSentences(const std::vector<Atom>& atoms, Document* doc);

// Resolves noun phrases to actor mentions (doc->mentions, Chunk::mention):
// people by their role on the article date, title + country + unknown name,
// country + agent sector, organisations, then pronouns, short forms and
// group references by coreference within the article.
void ResolveActors(const ActorDictionary& actors, const std::vector<Atom>& atoms, Document* doc);

// Matches verb and noun patterns and fills doc->events with source, target,
// code, flags and provenance (not dates or places).
void MatchEvents(const EventDictionary& events, Document* doc);

// Dates each event from the words of its sentence ("in 2024", "on
// Wednesday", "the day after", "in early 2022", "in the 1930s"), else from
// the article date; flags events dated long before the article as historical.
void ResolveDates(Document* doc);

// People's codes were chosen for the article date; an event dated in the
// past ("In 2019, Trump met Kim") codes them by their role on that date.
void RedateRoles(const ActorDictionary& actors, Document* doc);

// Gives each event a location: a place named in its sentence ("in Geneva",
// "in the Chinese city of Tianjin"), else the dateline for the lead.
void ResolvePlaces(const Gazetteer& gazetteer, const ActorDictionary& actors, Document* doc);

// Sharpens codes with what the place and words add: a meeting (040) in a
// third country is 044; force (190) with aircraft, drones or missiles 195.
void RefineCodes(const EventDictionary& events, Document* doc);

// "Farmers blocked roads to protest against EU rules", "Police used water
// cannon to disperse protesters": the chunk index of the action (a verb
// group before the infinitive in its sentence) whose purpose the
// infinitive states and achieves, else -1. The purpose is as real as the
// action, and its subject is the action's.
int32_t PurposeAction(const Document& doc, const Chunk& infinitive, uint32_t sentence);

// A story that reads as sport (sports words, scores): its events between
// bare country names are teams playing, flagged `sports` (not realised).
bool ReadsAsSport(const Document& doc);
void MarkSportsEvents(Document* doc);

}  // namespace tacitus

#endif  // TACITUS_SRC_STAGES_H_
