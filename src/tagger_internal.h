// Internals of the rule-based tagger (tagger_lexical.cc, tagger.cc). The
// tagger works one sentence at a time: a lexical pass says what each token
// could be (closed-class entry, WordNet readings, verb forms by morphology),
// then a left-to-right pass picks one reading from the context.
#ifndef TACITUS_SRC_TAGGER_INTERNAL_H_
#define TACITUS_SRC_TAGGER_INTERNAL_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "closed_words.h"
#include "tacitus/document.h"
#include "tacitus/lexicon.h"

namespace tacitus {
namespace tagger {

// Open readings (bit set).
enum Reading : uint8_t { kRNoun = 1, kRVerb = 2, kRAdj = 4, kRAdv = 8 };

// Verb forms a spelling can have (bit set).
enum FormBit : uint8_t {
  kFBase = 1,        // attend, come (also present, not third person)
  kFThird = 2,       // attends
  kFPast = 4,        // attended, came
  kFParticiple = 8,  // attended, come, gone
  kFGerund = 16,     // attending
};

struct Info {
  const ClosedWord* closed = nullptr;  // closed-class entry, else null
  uint32_t verb_lemma = 0;
  uint32_t noun_lemma = 0;
  uint8_t readings = 0;          // Reading bits (open words)
  uint8_t forms = 0;             // FormBit bits when readings has kRVerb
  uint8_t classes = 0;           // Lexicon::Classes of the word
  AuxKind aux = AuxKind::kNone;  // set when context makes the token an auxiliary
  bool word = false;             // not punctuation
  bool initial = false;          // opens the sentence or a quotation
  bool plural = false;           // a noun whose lemma differs: "talks", "troops"
  bool opener = false;           // an opening quote or bracket
  bool quote = false;            // any quotation mark
};

// Per-sentence state shared by the two passes.
struct SentenceTags {
  const Lexicon* lex = nullptr;
  Document* doc = nullptr;
  uint32_t first = 0, end = 0;  // token range
  bool headline = false;        // title case or all capitals
  std::vector<Info> info;       // info[i - first]

  Info& at(uint32_t i) { return info[i - first]; }
  Token& tok(uint32_t i) { return doc->tokens[i]; }
  bool valid(int64_t i) const { return i >= first && i < end; }
};

// Fills info and provisional tags: closed words, punctuation, numbers,
// proper nouns by capitalisation, open readings.
void LexicalPass(SentenceTags* s);

// Title case or capitals: see SentenceTags::headline.
bool SentenceIsHeadline(SentenceTags* s, bool is_title);

// Ids of the closed words the rules name (fixed in every Lexicon).
inline constexpr uint32_t kIdTo = ClosedId("to"), kIdThat = ClosedId("that"),
                          kIdAs = ClosedId("as"), kIdWell = ClosedId("well"),
                          kIdSuch = ClosedId("such"), kIdOf = ClosedId("of"),
                          kIdBy = ClosedId("by"), kIdNo = ClosedId("no"),
                          kIdLonger = ClosedId("longer"), kIdBack = ClosedId("back"),
                          kIdBecause = ClosedId("because"), kIdBeen = ClosedId("been"),
                          kIdBe = ClosedId("be"), kIdHave = ClosedId("have"),
                          kIdUp = ClosedId("up"), kIdDown = ClosedId("down"),
                          kIdOut = ClosedId("out"), kIdOff = ClosedId("off"),
                          kIdIn = ClosedId("in"), kIdOn = ClosedId("on"),
                          kIdWhile = ClosedId("while"), kIdHer = ClosedId("her"),
                          kIdHis = ClosedId("his"), kIdThere = ClosedId("there"),
                          kIdLike = ClosedId("like"), kIdWhere = ClosedId("where"),
                          kIdWhen = ClosedId("when");

bool IsSubjectPronoun(uint32_t id);  // I, you, he, she, we, they, it, who...
bool IsObjectPronoun(uint32_t id);   // him, them, us, me, her, it

// The context pass over one sentence (tagger.cc, tagger_closed.cc): left to
// right, each token takes one reading from the tags decided before it and
// the readings of the tokens after it.
class ContextPass {
 public:
  explicit ContextPass(SentenceTags* s) : s_(*s) {}

  void Run() {
    for (uint32_t i = s_.first; i < s_.end; ++i) {
      Info& in = s_.at(i);
      Token& t = s_.tok(i);
      if (i < forced_end_) {
        // tagged by "as well as", "no longer"
      } else if (in.closed != nullptr) {
        Closed(i);
      } else if (in.readings != 0 && t.tag != Tag::kProperNoun && t.tag != Tag::kNumber) {
        t.tag = Open(i);
        if (t.tag == Tag::kVerb) t.form = Form(i);
      }
      Track(i);
    }
  }

 private:
  using T = Tag;
  bool Valid(int64_t j) const { return s_.valid(j); }
  Tag TagAt(int64_t j) const { return Valid(j) ? s_.doc->tokens[j].tag : T::kUnknown; }
  uint32_t Word(int64_t j) const { return Valid(j) ? s_.doc->tokens[j].word : 0; }
  const Info& At(int64_t j) const { return s_.info[j - s_.first]; }
  bool IsAux(int64_t j, AuxKind k) const {
    return Valid(j) && TagAt(j) == T::kAux && At(j).aux == k;
  }
  bool Skippable(int64_t j) const {
    Tag t = TagAt(j);
    return t == T::kAdverb || t == T::kNegation ||
           (Valid(j) && !At(j).closed && At(j).readings == kRAdv);
  }
  // Previous token, skipping adverbs and negations: "will not attend".
  int64_t PrevCore(int64_t i) const {
    int64_t j = i - 1;
    while (Valid(j) && Skippable(j)) --j;
    return j;
  }
  // Next token, skipping adverbs and negations (by their lexical readings).
  int64_t NextCore(int64_t i) const {
    int64_t j = i + 1;
    while (Valid(j) && (Skippable(j) || (At(j).closed && (At(j).closed->tag == T::kAdverb ||
                                                          At(j).closed->tag == T::kNegation))))
      ++j;
    return j;
  }
  bool OpenWith(int64_t j, uint8_t reading) const {
    return Valid(j) && !At(j).closed && At(j).word && (At(j).readings & reading) &&
           TagAt(j) != T::kProperNoun && TagAt(j) != T::kNumber;
  }
  // Is token j a verb form whose lemma is mostly a verb ("comes", "make"),
  // and not a plural that WordNet lists as a noun of its own ("talks")?
  bool VerbFirst(int64_t j) const {
    if (!OpenWith(j, kRVerb)) return false;
    const Info& in = At(j);
    if ((in.forms & kFThird) && (in.classes & kClassNoun)) return false;
    return (s_.lex->Classes(in.verb_lemma) & kClassVerbFirst) != 0;
  }
  // Does a prepositional phrase start at j and a past-tense verb follow it:
  // "Russian strikes [on Kyiv] killed", where the -s form is the subject?
  bool PrepPhraseThenVerb(int64_t j) const {
    if (!Valid(j) || !At(j).closed || At(j).closed->tag != T::kPreposition) return false;
    for (int64_t k = j + 1; Valid(k) && k < j + 8; ++k) {
      if (const ClosedWord* c = At(k).closed) {
        if (c->tag == T::kDeterminer || c->tag == T::kPreposition) continue;
        return false;
      }
      if (TagAt(k) == T::kProperNoun || TagAt(k) == T::kNumber) continue;
      const Info& in = At(k);
      if (k > j + 1 && OpenWith(k, kRVerb) && (in.forms & kFPast) && !(in.forms & kFBase)) return true;
      if (!OpenWith(k, kRNoun | kRAdj)) return false;
    }
    return false;
  }
  // Could token j continue a noun phrase as its head or a modifier?
  bool NounAhead(int64_t j, int depth = 0) const {
    if (!Valid(j)) return false;
    Tag t = TagAt(j);
    if (t == T::kProperNoun || t == T::kNumber) return true;
    const Info& in = At(j);
    if (OpenWith(j, kRVerb) && (in.forms & (kFPast | kFThird)) &&
        (!(in.readings & kRNoun) || VerbFirst(j))) {
      // "both attended a summit" (a verb) vs "the increased prominence"
      return depth == 0 && (in.readings & kRAdj) && NounAhead(j + 1, 1);
    }
    return OpenWith(j, kRNoun | kRAdj) || (OpenWith(j, kRVerb) && (in.forms & kFGerund));
  }
  // Is token j (looking ahead) a finite verb, an auxiliary or a modal?
  bool VerbAhead(int64_t j) const {
    if (!Valid(j)) return false;
    if (const ClosedWord* c = At(j).closed) return c->tag == T::kAux || c->tag == T::kModal;
    if (!OpenWith(j, kRVerb)) return false;
    const Info& in = At(j);
    // A past form is a verb even if it is also a noun ("prices rose"); a
    // plural-looking form is not ("the talks").
    return ((in.forms & kFPast) && !(in.forms & kFBase)) ||
           (!(in.readings & kRNoun) && (in.forms & (kFThird | kFBase)));
  }
  // Does a determiner, pronoun, name or number follow: an object?
  bool ObjectAhead(int64_t j) const {
    Tag t = TagAt(j);
    return t == T::kDeterminer || t == T::kPossPronoun || t == T::kPronoun || t == T::kProperNoun ||
           t == T::kNumber || t == T::kNegation;
  }
  bool CanBeParticiple(int64_t j) const { return Valid(j) && (At(j).forms & kFParticiple) != 0; }
  bool NounPhraseBefore(Tag t) const {
    return t == T::kDeterminer || t == T::kPossPronoun || t == T::kPossessive || t == T::kNumber ||
           t == T::kAdjective;
  }
  // Is token j the end of a singular subject: one name or a singular noun,
  // not "Xi and Putin" or "Mr Glazer and his family"?
  bool SingularSubject(int64_t j) const {
    if (TagAt(j) == T::kNoun ? At(j).plural : TagAt(j) != T::kProperNoun) return false;
    for (--j; Valid(j); --j) {
      switch (TagAt(j)) {
        case T::kNoun:
        case T::kProperNoun:
        case T::kAdjective:
        case T::kDeterminer:
        case T::kPossPronoun:
        case T::kPossessive:
        case T::kNumber:
          continue;
        case T::kCoordinator:
          return false;
        default:
          // A headline's list of names: "Germany, France support".
          if (IsComma(j) && Valid(j - 1) && TagAt(j - 1) == T::kProperNoun) {
            int64_t k = j - 1;
            while (Valid(k - 1) && (TagAt(k - 1) == T::kProperNoun || IsComma(k - 1))) --k;
            if (k == s_.first) return false;
          }
          return true;
      }
    }
    return true;
  }
  bool IsComma(int64_t j) const {
    return Valid(j) && TagAt(j) == T::kPunct && s_.doc->TokenText(j) == ",";
  }
  bool NounBefore(Tag t) const { return t == T::kNoun || t == T::kProperNoun || t == T::kNumber; }
  // Token p is the comma closing a name in apposition: "The president of
  // Kenya, William Ruto, met with": the verb after it is the clause's.
  bool ClosesNameApposition(int64_t p) const {
    if (!Valid(p) || s_.doc->TokenText(p) != ",") return false;
    int64_t j = p - 1;
    int names = 0;
    while (TagAt(j) == T::kProperNoun && names < 5) --j, ++names;
    return names > 0 && Valid(j) && s_.doc->TokenText(j) == "," && NounBefore(TagAt(j - 1));
  }

  // Does a clause (a subject and a finite verb) follow token i? Tells
  // "as the two began" (a clause) from "as an old friend" (a phrase).
  bool ClauseFollows(int64_t i) const;

  bool ToIsInfinitive(uint32_t i) const;
  Tag ThatTag(uint32_t i) const;
  void Closed(uint32_t i);
  Tag Open(uint32_t i);
  VerbForm Form(uint32_t i);
  void Track(uint32_t i);

  SentenceTags& s_;
  uint32_t forced_end_ = 0;   // tokens before it were tagged by a multiword rule
  bool finite_ = false;       // the current clause has a finite verb
  int64_t last_finite_ = -1;  // last finite lexical verb in the sentence
  bool any_finite_ = false;   // the sentence has had a finite verb, aux or modal
  // A relative clause on a subject that has no verb yet ("airstrikes that
  // demolished homes ... killed 44"): whether one is open, whether the
  // clause outside it had a finite verb, whether the relative clause has its own.
  bool in_relative_ = false;
  bool outer_finite_ = false;
  bool relative_has_verb_ = false;
};

// Sets Token::lemma from the chosen tags.
void AssignLemmas(SentenceTags* s);

}  // namespace tagger
}  // namespace tacitus

#endif  // TACITUS_SRC_TAGGER_INTERNAL_H_
