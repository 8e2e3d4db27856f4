// The tagger's rules for closed-class words whose tag depends on context:
// "to" (infinitive or preposition), "that" (subordinator, relative,
// determiner or pronoun), "as"/"after"/"before" (subordinator or
// preposition), "have"/"do" (auxiliary or main verb), "'s" (possessive or
// "is"/"has"), particles ("pushed back", "scale them down").
#include "tagger_internal.h"

namespace tacitus {
namespace tagger {

bool IsSubjectPronoun(uint32_t id) {
  static constexpr uint32_t kIds[] = {ClosedId("i"),    ClosedId("you"),  ClosedId("he"),
                                      ClosedId("she"),  ClosedId("we"),   ClosedId("they"),
                                      ClosedId("it"),   ClosedId("who"),  ClosedId("one"),
                                      ClosedId("that"), ClosedId("this"), ClosedId("there")};
  for (uint32_t k : kIds) {
    if (k == id) return true;
  }
  return false;
}

bool IsObjectPronoun(uint32_t id) {
  return id == ClosedId("him") || id == ClosedId("them") || id == ClosedId("us") ||
         id == ClosedId("me") || id == ClosedId("her") || id == ClosedId("it");
}

bool ContextPass::ClauseFollows(int64_t i) const {
  for (int64_t j = i + 1; Valid(j) && j <= i + 10; ++j) {
    const Info& in = At(j);
    Tag t = TagAt(j);
    if (in.closed != nullptr) {
      Tag c = in.closed->tag;
      if (c == T::kPronoun && IsSubjectPronoun(Word(j)) && j == i + 1) return true;
      if (c == T::kAux || c == T::kModal) return j > i + 1;
      if (c == T::kDeterminer || c == T::kPossPronoun || c == T::kPronoun || c == T::kNumber ||
          c == T::kPossessive || c == T::kAdverb || in.quote ||
          Word(j) == kIdOf)  // "after a member of the team was hit"
        continue;
      return false;
    }
    if (!in.word) {
      if (in.quote) continue;
      return false;
    }
    if (t == T::kProperNoun || t == T::kNumber) continue;
    if (in.readings & kRVerb) {
      if (j == i + 1) {
        if (in.forms & kFGerund) return false;  // "after launching attacks"
        continue;
      }
      bool finite = (in.forms & (kFThird | kFPast)) != 0;
      bool noun_ok = (in.readings & kRNoun) && NounPhraseBefore(TagAt(j - 1));
      if (finite && !noun_ok && !(in.readings & kRNoun && in.forms & kFBase)) return true;
    }
  }
  return false;
}

// "to" before a base form is the infinitive marker, except after verbs of
// motion and transfer when the word could also be a noun ("came to power").
bool ContextPass::ToIsInfinitive(uint32_t i) const {
  int64_t n = i + 1;
  while (Valid(n) && Skippable(n)) ++n;  // "to further strengthen"
  if (!Valid(n)) return false;
  const Info& ni = At(n);
  if (ni.closed != nullptr) return ni.closed->tag == T::kAux;  // "to be", "to have"
  if (TagAt(n) == T::kProperNoun || TagAt(n) == T::kNumber) return false;
  if (!(ni.readings & kRVerb) || !(ni.forms & kFBase)) return false;
  if (!(ni.readings & (kRNoun | kRAdj))) return true;
  int64_t p = PrevCore(i);
  if (TagAt(p) == T::kVerb && s_.tok(p).form == VerbForm::kGerund) return true;  // "going to"
  uint32_t lemma = Word(p);
  if (TagAt(p) == T::kVerb && At(p).verb_lemma) lemma = At(p).verb_lemma;
  if (TagAt(p) == T::kNoun && At(p).noun_lemma) lemma = At(p).noun_lemma;
  // "are due to resume" (a schedule), not "due to the storm" (a cause).
  if (lemma == ClosedId("due") && IsAux(PrevCore(p), AuxKind::kBe)) return true;
  return !IsDirectionLemma(lemma);
}

Tag ContextPass::ThatTag(uint32_t i) const {
  int64_t p = i - 1, n = i + 1;
  Tag pt = TagAt(p);
  if (!Valid(n) || !At(n).word) return T::kPronoun;  // "that."
  if (pt == T::kVerb) {
    // "visited that country" vs "said that China ..."
    if (!IsReportingLemma(At(p).verb_lemma) && OpenWith(n, kRNoun) && !At(n).plural &&
        !VerbAhead(n + 1))
      return T::kDeterminer;
    return T::kSubordinator;
  }
  if (pt == T::kAdjective) return T::kSubordinator;  // "sure that"
  if (NounBefore(pt) || pt == T::kPronoun) {
    // "said in opening remarks that the three countries are ..."
    if (last_finite_ >= 0 && IsReportingLemma(At(last_finite_).verb_lemma) && !VerbAhead(n))
      return T::kSubordinator;
    return T::kRelative;
  }
  if (!Valid(p) || pt == T::kPunct || pt == T::kPreposition || pt == T::kCoordinator ||
      pt == T::kSubordinator) {
    if (VerbAhead(n)) return T::kPronoun;     // "That was up from"
    if (NounAhead(n)) return T::kDeterminer;  // "that country"
    return T::kPronoun;
  }
  return T::kSubordinator;  // "so that", "now that"
}

void ContextPass::Closed(uint32_t i) {
  Token& t = s_.tok(i);
  Info& in = s_.at(i);
  const ClosedWord& c = *in.closed;
  const uint32_t w = t.word;
  const int64_t p = i - 1, q = PrevCore(i), n = i + 1;
  const Tag pt = TagAt(p), qt = TagAt(q);
  using namespace closed_detail;
  switch (c.tag) {
    case T::kAux: {
      in.aux = c.aux;
      bool after_modal = qt == T::kModal || qt == T::kTo;
      if (c.aux == AuxKind::kBe) {
        if (w == kIdBe) t.form = VerbForm::kBase;
        return;
      }
      int64_t nx = NextCore(i);
      bool aux;
      if (c.aux == AuxKind::kHave) {
        aux = Word(nx) == kIdBeen || (OpenWith(nx, kRVerb) && CanBeParticiple(nx));
      } else {  // do: "did not attend", "did they", "does attend"
        aux = TagAt(n) == T::kNegation || (OpenWith(nx, kRVerb) && (At(nx).forms & kFBase)) ||
              (in.initial && (TagAt(n) == T::kPronoun || TagAt(n) == T::kProperNoun));
      }
      if (!aux) {
        t.tag = T::kVerb;
        in.aux = AuxKind::kNone;
      }
      if (after_modal && (w == kIdHave || c.form == VerbForm::kPresent)) t.form = VerbForm::kBase;
      return;
    }
    case T::kModal:
      if ((c.alt & NOUN) && NounPhraseBefore(pt)) {
        t.tag = T::kNoun;         // "their will"
      } else if (c.alt & AUXB) {  // 'd: "had" before a participle
        int64_t nx = NextCore(i);
        if (Word(nx) == kIdBeen || (CanBeParticiple(nx) && !(At(nx).forms & kFBase))) {
          t.tag = T::kAux;
          t.form = VerbForm::kPast;
          in.aux = AuxKind::kHave;
        }
      }
      return;
    case T::kTo:
      if (!ToIsInfinitive(i)) t.tag = T::kPreposition;
      return;
    case T::kPossessive:  // 's after a pronoun is "is" or "has"
      if (pt == T::kPronoun || pt == T::kRelative || (pt == T::kSubordinator && Valid(p))) {
        int64_t nx = NextCore(i);
        bool have = Word(nx) == kIdBeen ||
                    (CanBeParticiple(nx) && !(At(nx).forms & kFBase) && !(At(nx).readings & kRAdj));
        t.tag = T::kAux;
        t.form = VerbForm::kPresent;
        in.aux = have ? AuxKind::kHave : AuxKind::kBe;
      }
      return;
    case T::kPunct:  // a lone apostrophe: "the farmers' union"
      if (pt == T::kNoun && At(p).plural && s_.tok(p).span.end == t.span.begin && NounAhead(n))
        t.tag = T::kPossessive;
      return;
    case T::kDeterminer:
      if (w == kIdNo) {
        if (Word(n) == kIdLonger) {
          t.tag = T::kNegation;
          s_.tok(n).tag = T::kNegation;
          forced_end_ = n + 1;
        } else if (!NounAhead(n)) {
          t.tag = T::kNegation;
        }
      } else if (c.alt & PRO) {
        if (!NounAhead(n)) {
          t.tag = T::kPronoun;  // "Some of its companies", "both attended"
        } else if ((c.alt & ADV) && OpenWith(n, kRAdj) && !(At(n).readings & kRNoun)) {
          t.tag = T::kAdverb;  // "more likely"
        }
      }
      return;
    case T::kPossPronoun:
      // "his splits with": "his" owns any noun after it ("the book is his"
      // is rare); "her" may be an object ("told her", "saw her leave").
      if (w == kIdHis && OpenWith(n, kRNoun | kRAdj)) return;
      if ((c.alt & PRO) && !NounAhead(n)) t.tag = T::kPronoun;  // "told her"
      return;
    case T::kPronoun:
      if (w == kIdThere && !VerbAhead(n) && TagAt(n) != T::kPossessive) t.tag = T::kAdverb;
      return;
    case T::kRelative:
      if (in.initial && (c.alt & PRO)) t.tag = T::kPronoun;  // "Who ..." asks
      return;
    case T::kSubordinator:
      if (w == kIdThat) {
        t.tag = ThatTag(i);
      } else if (w == kIdBecause && Word(n) == kIdOf) {
        t.tag = T::kPreposition;
      } else if (w == kIdWhile && NounPhraseBefore(pt)) {
        t.tag = T::kNoun;  // "a while"
      } else if ((c.alt & REL) &&
                 (NounBefore(pt) || (pt == T::kPunct && NounBefore(TagAt(p - 1))))) {
        t.tag = T::kRelative;  // "Mongolia, where", "a time when"
      } else if ((c.alt & ADV) && (!Valid(n) || !At(n).word)) {
        t.tag = T::kAdverb;  // ", though."
      }
      return;
    case T::kPreposition:
      if (w == kIdAs && Word(n) == kIdWell && Word(n + 1) == kIdAs) {
        t.tag = T::kCoordinator;  // "as well as"
        s_.tok(n).tag = T::kCoordinator;
        s_.tok(n + 1).tag = T::kCoordinator;
        forced_end_ = n + 2;
      } else if (w == kIdLike) {
        if (qt == T::kModal || qt == T::kTo || (pt == T::kPronoun && IsSubjectPronoun(Word(p)))) {
          t.tag = T::kVerb;
          t.form = qt == T::kModal || qt == T::kTo ? VerbForm::kBase : VerbForm::kPresent;
        }
      } else if ((c.alt & SUB) && Word(p) != kIdSuch) {
        if (ClauseFollows(i)) {
          t.tag = T::kSubordinator;  // "as the two began", "after both attended"
        } else if ((c.alt & ADV) && (!Valid(n) || !At(n).word)) {
          t.tag = T::kAdverb;  // "two days before."
        }
      } else if (c.alt & ADV) {
        // Particles: "pushed back", "scale them down", "rips up".
        bool after_verb = pt == T::kVerb || (pt == T::kPronoun && IsObjectPronoun(Word(p)) &&
                                             TagAt(p - 1) == T::kVerb);
        bool nothing_follows = !Valid(n) || !At(n).word || TagAt(n) == T::kPreposition;
        bool particle = w == kIdUp || w == kIdDown || w == kIdOut || w == kIdOff;
        if (after_verb && (particle || nothing_follows)) t.tag = T::kAdverb;
      }
      return;
    case T::kAdverb:
      if (w == kIdWell && NounPhraseBefore(pt)) t.tag = T::kNoun;  // "oil well"
      return;
    default:
      return;
  }
}

}  // namespace tagger
}  // namespace tacitus
