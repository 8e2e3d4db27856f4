// Document: one article flowing through the pipeline, and every annotation
// the stages add to it. Annotations never copy text: spans are byte offsets
// into Document::text, token ranges are indices into Document::tokens.
//
//   read      -> article fields, text (title + body joined, see below)
//   segment   -> sentences
//   tokenize  -> tokens (span, word id, flags)
//   tag       -> tokens (tag, verb form, lemma)
//   actors    -> mentions (noun phrases that name actors, with codes)
//   events    -> events (source, code, target, flags, provenance)
//   dates     -> events' dates;  places -> events' locations
//
// Each stage reads what earlier stages wrote and appends its own array; no
// stage edits another stage's output (except dates/places filling fields of
// events).
#ifndef TACITUS_DOCUMENT_H_
#define TACITUS_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tacitus/article.h"
#include "tacitus/date.h"

namespace tacitus {

// Half-open byte range [begin, end) into Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
};

// Part of speech, coarse: what the clause finder needs, no more.
enum class Tag : uint8_t {
  kUnknown = 0,
  kNoun,         // common noun
  kProperNoun,   // capitalised name word
  kPronoun,      // he, she, it, they, we, I, you, him, them, this (as pronoun)
  kPossPronoun,  // his, her, its, their, our, my, your
  kVerb,         // lexical verb (see Token::form)
  kAux,          // forms of be, have, do when auxiliary or copula
  kModal,        // will, would, can, could, may, might, shall, should, must
  kAdjective,
  kAdverb,
  kDeterminer,   // the, a, an, this, that, these, some, both, all, each, no
  kNumber,       // digits or number words
  kPreposition,  // of, in, on, with, to (preposition), by, from, ...
  kTo,           // "to" before a verb (infinitive marker)
  kCoordinator,  // and, or, but, nor, as well as
  kSubordinator, // that, because, although, if, while, when, after, before
  kRelative,     // who, whom, whose, which, that (relative)
  kNegation,     // not, n't, never, no longer
  kPossessive,   // 's, ' after a noun
  kPunct,        // , ; : ( ) " ' — etc.
  kSentenceEnd,  // . ! ?
};

enum class VerbForm : uint8_t {
  kNone = 0,
  kBase,            // attend, (to) visit
  kPresent,         // visits, visit (finite present)
  kPast,            // visited
  kPastParticiple,  // visited (after have / be)
  kGerund,          // visiting
};

// Token flags (bit set).
enum TokenFlag : uint8_t {
  kCapitalised = 1,     // first letter upper case
  kAllCaps = 2,         // two or more letters, all upper case
  kSentenceInitial = 4, // first word of its sentence
  kHasDigit = 8,
  kInQuote = 16,        // inside quotation marks
};

struct Token {
  Span span;                 // the token's text
  uint32_t word = 0;         // Lexicon id of the lower-cased form; 0 unknown
  uint32_t lemma = 0;        // Lexicon id of the lemma for `tag`; 0 unknown
  Tag tag = Tag::kUnknown;
  VerbForm form = VerbForm::kNone;
  uint8_t flags = 0;
  bool has(TokenFlag f) const { return (flags & f) != 0; }
};

struct Sentence {
  Span span;                 // text of the sentence
  uint32_t first_token = 0;  // [first_token, end_token) into tokens
  uint32_t end_token = 0;
  bool is_title = false;     // the article's headline
};

// A chunk: a noun phrase or a verb group, the shallow syntax the event
// stage reads instead of a full parse tree.
enum class ChunkKind : uint8_t { kNounPhrase, kVerbGroup };

struct Chunk {
  ChunkKind kind = ChunkKind::kNounPhrase;
  uint32_t sentence = 0;
  uint32_t first_token = 0;  // [first_token, end_token)
  uint32_t end_token = 0;
  uint32_t head = 0;         // NP: head noun; VG: main verb
  // Noun phrases: the preposition token governing the phrase (-1 if none),
  // the chunk of its possessor ("Trump's" for "Trump's tariffs", -1), and
  // the actor mention it names (-1 if it names no actor).
  int32_t preposition = -1;
  int32_t possessor = -1;
  int32_t mention = -1;
  // Verb groups.
  bool negated = false;      // not, n't, never, refused to, failed to
  bool modal = false;        // will, would, could, may, might, should, must
  bool passive = false;      // form of "be" + past participle
  bool infinitive = false;   // "to" + base form
  bool irrealis = false;     // governed by expected/plans/wants/hopes to, if, ?
};

// An actor named in the text: a noun phrase resolved to a CAMEO actor code.
struct ActorMention {
  uint32_t first_token = 0;  // token range of the words that named it
  uint32_t end_token = 0;
  uint32_t sentence = 0;
  std::string code;          // full code: "CHNGOV", "IGOUNO", "RUS"
  std::string country;       // 3-letter country (or IGO/NGO) part: "CHN"
  std::string sector;        // sector part, may be empty: "GOV"
  std::string name;          // canonical name when known: "Xi Jinping"
  std::string how;           // why this code: dictionary entries and rules
  int32_t entry = -1;        // for people: the dictionary entry, to re-date roles
  // For coreference: a mention made by a pronoun or short form points at the
  // mention it stands for (index into Document::mentions), else -1.
  int32_t antecedent = -1;
  // A group reference ("both leaders", "the two", "they") stands for several
  // mentions: their indices, in text order. Empty for ordinary mentions.
  std::vector<int32_t> members;
  // True for an actor word that only modifies a noun phrase naming
  // something else ("the Russian invasion"): a possible source of a nominal
  // event, never a subject or object by itself.
  bool modifier = false;
  bool is_person = false;
  bool is_plural = false;
  // A modifier that is a city or region (places.tsv): "the Fallujah
  // assault" names where, not who.
  bool is_place = false;
};

// One side of an event.
struct EventActor {
  std::string code;     // "CHNGOV"
  std::string country;  // "CHN"
  std::string sector;   // "GOV"
  std::string name;     // canonical name if known
  Span span;            // words in the text that name this actor
  int32_t mention = -1; // index into Document::mentions
  std::string why;      // e.g. "subject of 'welcomed'", "by-phrase of passive"
};

struct Location {
  std::string name;     // canonical place name: "Beijing"
  std::string kind;     // "capital", "city", "region", "landmark" or "country"
  std::string country;  // ISO alpha-3: "CHN"
  std::string fips;     // FIPS 10-4 of the country (GDELT geo columns)
  double latitude = 0;
  double longitude = 0;
  Span span;            // where the text named it
  bool valid() const { return !name.empty(); }
};

struct Event {
  uint32_t sentence = 0;
  EventActor source;
  EventActor target;
  std::string cameo;        // zero-padded code string: "042"
  std::string root;         // "04"
  int quad_class = 0;       // 1..4
  double goldstein = 0;
  std::string plover;       // "CONSULT"; may be empty (roots 01, 02)
  std::string plover_mode;  // "visit"; may be empty
  std::string plover_context;  // "diplomatic", "military|economic"; may be empty
  Date date;                // when it happened (sentence date, else article)
  std::string date_text;    // words that dated it ("in early 2022"), if any
  Location location;
  Span trigger;             // the verb or noun that fired the pattern
  bool negated = false;      // "did not attend", "refused to", "never"
  bool hypothetical = false; // "will", "plans to", "expected to", "if", "?"
  bool historical = false;   // dated well before the article ("in the 1930s")
  bool reported = false;     // inside reported speech ("X said Y ...")
  bool mirrored = false;     // implied by a reciprocal code ([042:043])
  bool sports = false;       // countries as teams in a sports story
  // Provenance: the pattern (as written in data/), its file:line, and a short
  // account of how the source and target were chosen.
  std::string pattern;
  std::string pattern_origin;
  std::string rule;

  bool realised() const { return !negated && !hypothetical && !sports; }
};

class Lexicon;

struct Document {
  // Article metadata; `text` is the headline (if any), a blank line, then the
  // body, so that one offset space covers both.
  Article article;
  std::string_view text() const { return article.text; }
  std::string_view Slice(Span s) const { return text().substr(s.begin, s.size()); }

  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Chunk> chunks;      // in text order
  std::vector<ActorMention> mentions;
  std::vector<Event> events;     // realised and not; writers filter
  std::vector<std::string> notes; // stage warnings for explain/--verbose
  // The lexicon the tokens' word and lemma ids refer to (set by the Coder;
  // for display only).
  const Lexicon* lexicon = nullptr;

  std::string_view TokenText(uint32_t i) const { return Slice(tokens[i].span); }
};

}  // namespace tacitus

#endif  // TACITUS_DOCUMENT_H_
