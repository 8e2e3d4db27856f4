// The tagger's context pass: left to right, each token takes one reading
// from what was decided before it and what could come after it. The rules
// are the few that a clause finder needs to be right about: where the verbs
// are and in which form, where noun phrases start and end, and what kind of
// clause "that", "as", "after" open.
#include "tacitus/text_stages.h"
#include "tagger_internal.h"

namespace tacitus {
namespace tagger {

// Reporting verbs whose object is usually the clause they report ("said
// Russian missiles hit"); not "warn", "tell", "urge", whose object comes
// first ("warns Singapore officials against future visits").
static bool OpensReportedClause(uint32_t lemma) {
  for (uint32_t id : {ClosedId("say"), ClosedId("announce"), ClosedId("add"), ClosedId("believe"),
                      ClosedId("think"), ClosedId("claim"), ClosedId("report"), ClosedId("insist"),
                      ClosedId("note"), ClosedId("state"), ClosedId("argue"), ClosedId("confirm"),
                      ClosedId("deny"), ClosedId("allege"), ClosedId("admit"), ClosedId("acknowledge"),
                      ClosedId("suggest"), ClosedId("reveal"), ClosedId("stress"), ClosedId("assert"),
                      ClosedId("estimate"), ClosedId("predict"), ClosedId("conclude"), ClosedId("indicate")})
    if (lemma == id) return true;
  return false;
}

void ContextPass::Track(uint32_t i) {
  const Token& t = s_.tok(i);
  if (t.tag == T::kModal || ((t.tag == T::kVerb || t.tag == T::kAux) &&
                             (t.form == VerbForm::kPresent || t.form == VerbForm::kPast)))
    any_finite_ = true;
  switch (t.tag) {
    case T::kVerb:
      if (t.form == VerbForm::kPresent || t.form == VerbForm::kPast) {
        // "Ukraine said Russian missiles hit a mall": a reporting verb opens
        // the clause it reports, which has its own finite verb.
        finite_ = !OpensReportedClause(At(i).verb_lemma);
        last_finite_ = i;
        if (in_relative_ && relative_has_verb_) {
          in_relative_ = false;  // the subject's own verb: the relative clause is over
        } else if (in_relative_) {
          relative_has_verb_ = true;
        }
      }
      break;
    case T::kAux:
      if (t.form == VerbForm::kPresent || t.form == VerbForm::kPast) finite_ = true;
      break;
    case T::kModal:
      finite_ = true;
      break;
    case T::kPunct:
      if (!At(i).quote) finite_ = false;
      in_relative_ = false;
      break;
    case T::kRelative:
      in_relative_ = true;
      outer_finite_ = finite_;
      relative_has_verb_ = false;
      finite_ = false;
      break;
    case T::kCoordinator:
    case T::kSubordinator:
      finite_ = false;
      break;
    default:
      break;
  }
}

Tag ContextPass::Open(uint32_t i) {
  const Info& in = At(i);
  const uint8_t r = in.readings, f = in.forms;
  const bool v = r & kRVerb, n = r & kRNoun, a = r & kRAdj;
  if (r == kRAdv) return T::kAdverb;
  const int64_t p = i - 1, q = PrevCore(i), nx = i + 1;
  const Tag pt = TagAt(p), qt = TagAt(q);
  auto phrase = [&]() {  // a noun phrase starts or goes on
    if (a && NounAhead(nx)) return T::kAdjective;
    if (n) return T::kNoun;
    if (a) return T::kAdjective;
    if (v) return T::kVerb;
    return T::kAdverb;
  };
  auto complement = [&]() {  // after "be": "is neutral", "is part of"
    if (n && a) return Word(nx) == kIdOf ? T::kNoun : T::kAdjective;
    return phrase();
  };
  if (Word(i) == kIdBack && pt == T::kVerb) return T::kAdverb;  // "pushed back"
  // "said", "told" are verbs, even before a name (", said McIlroy").
  if (v && (f & kFPast) && IsReportingLemma(in.verb_lemma) && !NounPhraseBefore(qt) &&
      qt != T::kPreposition)  // not "for alleged crimes"
    return T::kVerb;
  // After a modal, infinitival "to" or "do": the base form.
  if (v && (f & kFBase) && (qt == T::kModal || qt == T::kTo || IsAux(q, AuxKind::kDo)))
    return T::kVerb;
  // After "have": a participle.
  if (v && IsAux(q, AuxKind::kHave) && CanBeParticiple(i)) return T::kVerb;
  // After "be": progressive or passive, else a complement ("is neutral").
  if (IsAux(q, AuxKind::kBe)) {
    if (v && (f & kFGerund)) return T::kVerb;
    // "was attacked"; also "was hit", "is set to" (base forms that are participles)
    if (v && (f & kFParticiple) && (!(f & kFBase) || Word(nx) != kIdOf)) return T::kVerb;
    return complement();
  }
  // Inside a noun phrase, or starting one after a preposition.
  bool np = NounPhraseBefore(qt), prep = qt == T::kPreposition;
  if (np || prep) {
    if (prep && v && (f & kFGerund) && Word(nx) != kIdOf) return T::kVerb;  // "by continuing"
    // After an adjective or a number a finite verb with an object may follow
    // the subject's head: "Brent crude fell 32 cents", "the late 1990s saw".
    if ((qt == T::kAdjective || qt == T::kNumber) && v && (f & (kFThird | kFPast)) &&
        !any_finite_ && ObjectAhead(NextCore(i)))
      return T::kVerb;
    // Participles and gerunds, not past tenses, modify nouns.
    bool participle = v && (f & (kFGerund | kFParticiple)) && !(f & kFBase);
    if (participle && NounAhead(nx)) return T::kAdjective;  // "the ruling party"
    return phrase();
  }
  // "Is it true?": a complement after an inverted subject.
  if (qt == T::kPronoun && q == s_.first + 1 && IsAux(q - 1, AuxKind::kBe) && (a || n))
    return complement();
  // After a subject pronoun or a relative: a finite verb.
  if (v && (f & (kFBase | kFThird | kFPast)) &&
      ((qt == T::kRelative && Word(q) != kIdWhere && Word(q) != kIdWhen) ||
       (qt == T::kPronoun && IsSubjectPronoun(Word(q)))))
    return T::kVerb;
  // After a coordinator: like the left conjunct.
  if (pt == T::kCoordinator) {
    Tag left = TagAt(p - 1);
    if (v && !n && !a) return T::kVerb;  // "and sent troops"
    if (left == T::kAdjective && (a || (v && (f & (kFGerund | kFPast | kFParticiple)))))
      return T::kAdjective;  // "overlapping and differing"
    if (left == T::kVerb && v) return T::kVerb;
    if (last_finite_ >= 0 && v && (!(n && At(i).plural) || ObjectAhead(NextCore(i))) &&
        (f & (s_.tok(last_finite_).form == VerbForm::kPast ? kFPast : kFThird)))
      return T::kVerb;  // "declared war ... and sent troops", "lives ... and feels his"
    return phrase();
  }
  // After a noun phrase: the verb of its clause, or more of a compound noun.
  if (NounBefore(qt) || qt == T::kPronoun) {
    int64_t nc = NextCore(i);
    if (v && (f & kFGerund)) return n && VerbAhead(nc) ? T::kNoun : T::kVerb;
    if (v && !n && !a) return T::kVerb;
    // A bare base form cannot agree with one name or a singular noun:
    // "Northern Ireland man James", "the government plan".
    // "help Russia fight Ukraine", "made Iran halt": the object of a verb
    // that takes a bare infinitive, then that infinitive.
    if (v && (f & kFBase) && qt == T::kProperNoun && q == p && TagAt(q - 1) == T::kVerb &&
        TakesBareInfinitive(At(q - 1).verb_lemma) && ObjectAhead(nc))
      return T::kVerb;
    if (v && n && (f & kFBase) && !(f & (kFThird | kFPast)) && SingularSubject(q)) return T::kNoun;
    // After a name that is a person or place the -s form is a verb ("Trump
    // rips up", "McIlroy lives in"); after a common noun, a nationality or an
    // acronym it may be a plural ("Iraqi troops", "US forces", "peace talks").
    bool modifier =
        qt == T::kNoun ||
        (qt == T::kProperNoun && ((At(q).classes & kClassAdjective) || s_.tok(q).has(kAllCaps)));
    if (v && n && (f & kFThird) && At(i).plural && !finite_ && !ObjectAhead(nc) && modifier) {
      // "Bank raises rates" (a verb) vs "Iraqi troops in" and "forces raid"
      // (nouns): the plural reading wins unless a noun phrase or "that"
      // follows, or the word after it cannot be a verb.
      bool next_verb = OpenWith(nc, kRVerb) && (At(nc).forms & (kFBase | kFPast));
      bool next_noun = OpenWith(nc, kRNoun | kRAdj);
      if (Word(nc) != kIdThat && !IsReportingLemma(in.verb_lemma) &&
          (!VerbFirst(i) || PrepPhraseThenVerb(nc)) && (next_verb || !next_noun))
        return T::kNoun;
    }
    if (v && (f & (kFBase | kFThird | kFPast))) {
      if (VerbAhead(nc)) return n ? T::kNoun : T::kAdjective;  // "mineral mines is"
      if (!finite_ && (ObjectAhead(nc) || (f & (kFThird | kFPast)))) return T::kVerb;
      if (!finite_ && qt == T::kNoun && At(q).plural &&
          (OpenWith(nc, kRNoun | kRAdj) || nc != i + 1 || VerbFirst(i)))
        return T::kVerb;  // "troops raid mosques", "prices rise sharply", "cuts come"
      if ((f & kFPast) && Word(nx) == kIdBy) return T::kVerb;
    }
    if (v && (f & kFParticiple) && !(f & (kFBase | kFPast)) && finite_) return T::kVerb;
    if (v && (f & kFParticiple) && !(f & kFBase) && finite_ && !n) return T::kVerb;
    if (a && NounAhead(nx) && !(v && (f & (kFThird | kFPast))))
      return T::kAdjective;  // "Soviet military pilots", "a race last month"
    if (n) return T::kNoun;
    if (a) return T::kAdjective;
    return v ? T::kVerb : T::kAdverb;
  }
  // After a lexical verb: its object or complement.
  if (qt == T::kVerb) {
    if (v && (f & kFGerund) && !(n && Word(nx) == kIdOf)) return T::kVerb;  // "began playing"
    uint32_t prev = At(q).verb_lemma;
    if (v && (f & kFBase) && TakesBareInfinitive(prev) && (ObjectAhead(nx) || !n))
      return T::kVerb;  // "helped get McIlroy's career back"
    if (a && !NounAhead(nx) &&
        (IsLinkingLemma(prev) || s_.tok(q).form == VerbForm::kPastParticiple))
      return T::kAdjective;  // "remain neutral", "be made public"
    return phrase();
  }
  // The start of a clause: sentence start, punctuation, subordinator.
  if (v && (f & kFParticiple) && !(f & kFBase) && pt == T::kPunct && TagAt(nx) == T::kPreposition)
    return T::kVerb;  // ", accused of war crimes,"
  if (v && (f & (kFThird | kFPast)) && !any_finite_ && IsComma(q) && Valid(q - 1) &&
      ObjectAhead(NextCore(i)))
    return T::kVerb;  // "The deficit, meanwhile, hit a record"
  if (v && (f & kFGerund)) {
    if (n && VerbAhead(NextCore(i))) return T::kNoun;     // "Fighting broke out"
    if (a && OpenWith(nx, kRNoun)) return T::kAdjective;  // "Rising prices"
    return T::kVerb;                                      // ", forcing Trump to"
  }
  if (v && (f & (kFPast | kFParticiple)) && !(f & kFBase) && !n && !(a && NounAhead(nx)))
    return T::kVerb;  // ", noticed some changes"
  return phrase();
}

VerbForm ContextPass::Form(uint32_t i) {
  const uint8_t f = At(i).forms;
  const int64_t p = i - 1, q = PrevCore(i);
  const Tag pt = TagAt(p), qt = TagAt(q);
  if ((f & kFBase) && (qt == T::kModal || qt == T::kTo || IsAux(q, AuxKind::kDo)))
    return VerbForm::kBase;
  if ((f & kFBase) && qt == T::kPronoun &&
      (TagAt(q - 1) == T::kModal || IsAux(q - 1, AuxKind::kDo)))
    return VerbForm::kBase;  // "Do you think", "Will they come"
  if (IsAux(q, AuxKind::kHave) && (f & kFParticiple)) return VerbForm::kPastParticiple;
  if (IsAux(q, AuxKind::kBe)) {
    if (f & kFGerund) return VerbForm::kGerund;
    if (f & kFParticiple) return VerbForm::kPastParticiple;
  }
  if (f & kFGerund) return VerbForm::kGerund;
  if (f & kFThird) return VerbForm::kPresent;
  const bool base = f & kFBase, past = f & kFPast, part = f & kFParticiple;
  if (base && !past) return qt == T::kVerb || !Valid(q) ? VerbForm::kBase : VerbForm::kPresent;
  if (base) return VerbForm::kPast;  // "put", "cut": news tells the past
  if (past && !part) return VerbForm::kPast;
  if (part && !past) return VerbForm::kPastParticiple;
  // "-ed": a past tense, or a participle in a phrase.
  if (Word(i + 1) == kIdBy) return VerbForm::kPastParticiple;
  if (NounPhraseBefore(pt) || pt == T::kPreposition || qt == T::kVerb)
    return VerbForm::kPastParticiple;
  // "airstrikes that demolished homes in a village killed at least 44": the
  // relative clause has its verb, the subject not yet.
  if (NounBefore(qt) && in_relative_ && relative_has_verb_ && !outer_finite_ &&
      (ObjectAhead(NextCore(i)) || TagAt(NextCore(i)) == T::kNumber || Word(NextCore(i)) == ClosedId("at")))
    return VerbForm::kPast;
  if (NounBefore(qt) && finite_) return VerbForm::kPastParticiple;  // "the prominence given to"
  if ((pt == T::kPunct || !Valid(p)) && TagAt(i + 1) == T::kPreposition && !ClosesNameApposition(p))
    return VerbForm::kPastParticiple;  // ", accused of war crimes,"
  return VerbForm::kPast;
}

void AssignLemmas(SentenceTags* s) {
  constexpr uint32_t kIdDo = ClosedId("do");
  for (uint32_t i = s->first; i < s->end; ++i) {
    Token& t = s->tok(i);
    const Info& in = s->at(i);
    uint32_t closed_lemma = in.closed ? ClosedLemmaId(t.word) : t.word;
    switch (t.tag) {
      case Tag::kVerb:
        t.lemma = in.verb_lemma ? in.verb_lemma : closed_lemma;
        break;
      case Tag::kAux:
        t.lemma = in.aux == AuxKind::kBe     ? kIdBe
                  : in.aux == AuxKind::kHave ? kIdHave
                  : in.aux == AuxKind::kDo   ? kIdDo
                                             : closed_lemma;
        break;
      case Tag::kNoun:
        t.lemma = in.noun_lemma ? in.noun_lemma : t.word;
        break;
      default:
        t.lemma = closed_lemma;
        break;
    }
  }
}

}  // namespace tagger

void TagTokens(const Lexicon& lexicon, Document* doc) {
  // Buffers live on per thread: tagging allocates nothing in the steady state.
  thread_local tagger::SentenceTags s;
  s.lex = &lexicon;
  s.doc = doc;
  for (const Sentence& sentence : doc->sentences) {
    if (sentence.first_token >= sentence.end_token) continue;
    s.first = sentence.first_token;
    s.end = sentence.end_token;
    s.headline = tagger::SentenceIsHeadline(&s, sentence.is_title);
    tagger::LexicalPass(&s);
    tagger::ContextPass(&s).Run();
    tagger::AssignLemmas(&s);
  }
  s.doc = nullptr;
}

}  // namespace tacitus
