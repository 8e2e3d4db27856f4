// The tagger's lexical pass: what each token of a sentence could be, before
// context picks. Closed-class words come from closed_words.h, open words
// from the Lexicon (WordNet classes and lemmas), verb forms from spelling.
#include <string_view>

#include "irregular_verbs.h"
#include "tagger_internal.h"
#include "text_util.h"

namespace tacitus {
namespace tagger {
namespace {

// By hand: these run per token, and a memcmp call costs more than the compare.
inline bool EndsWith(std::string_view w, std::string_view suffix) {
  if (w.size() <= suffix.size()) return false;
  const char* p = w.data() + w.size() - suffix.size();
  for (size_t k = 0; k < suffix.size(); ++k) {
    if (p[k] != suffix[k]) return false;
  }
  return true;
}

std::string_view LowerInto(std::string_view s, char* buf, size_t cap) {
  if (s.size() > cap) return {};
  for (size_t k = 0; k < s.size(); ++k) buf[k] = text::ToLower(s[k]);
  return std::string_view(buf, s.size());
}

bool IsColon(const Document* doc, uint32_t i) {
  const Span& sp = doc->tokens[i].span;
  return sp.size() == 1 && doc->article.text[sp.begin] == ':';
}

bool IsSentenceEndMark(std::string_view s) {
  if (s == "\xE2\x80\xA6") return true;  // …
  for (char c : s) {
    if (c != '.' && c != '?' && c != '!') return false;
  }
  return true;
}

// A title in title case ("Consumer Prices Down, Industry Output Up") or a
// line in capitals: capitalisation then says nothing about names.
bool IsHeadline(SentenceTags* s, bool is_title) {
  if (!is_title) {  // quick exit for ordinary sentences: few words in capitals
    int all_caps = 0;
    for (uint32_t i = s->first; i < s->end; ++i) all_caps += s->tok(i).has(kAllCaps);
    if (all_caps < 2) return false;
  }
  int words = 0, caps = 0, all_caps = 0;
  for (uint32_t i = s->first; i < s->end; ++i) {
    const Token& t = s->tok(i);
    std::string_view text = s->doc->TokenText(i);
    if (text.empty() || !text::IsAlpha(text[0])) continue;
    const ClosedWord* cw = ClosedWordById(t.word);
    if (t.has(kAllCaps)) ++all_caps;
    if (cw != nullptr && cw->tag != Tag::kUnknown) continue;  // "of", "the" stay small
    ++words;
    caps += t.has(kCapitalised);
  }
  if (words + all_caps >= 2 && all_caps * 10 >= (words + all_caps) * 6) return true;
  return is_title && words >= 3 && caps * 10 >= words * 8;
}

// Readings of a word unknown to WordNet, from its ending.
void Guess(std::string_view w, const Lexicon& lex, Info* in) {
  if (w.empty()) {
    in->readings = kRNoun;
    return;
  }
  size_t dash = w.rfind('-');
  std::string_view last = dash == std::string_view::npos ? w : w.substr(dash + 1);
  if (dash != std::string_view::npos) {
    // "Japanese-occupied", "nation-building", "three-way": modifiers.
    in->readings = (EndsWith(last, "ed") || EndsWith(last, "ing")) ? kRAdj : (kRAdj | kRNoun);
    return;
  }
  if (EndsWith(w, "ly")) {
    in->readings = kRAdv;
  } else if (EndsWith(w, "ing")) {
    in->readings = kRVerb | kRNoun;
    in->forms = kFGerund;
  } else if (EndsWith(w, "ed")) {
    in->readings = kRVerb | kRAdj;
    in->forms = kFPast | kFParticiple;
  } else if (EndsWith(w, "ous") || EndsWith(w, "ive") || EndsWith(w, "ful") ||
             EndsWith(w, "less") || EndsWith(w, "able") || EndsWith(w, "ible") ||
             EndsWith(w, "ical") || EndsWith(w, "ish")) {
    in->readings = kRAdj;
  } else if (EndsWith(w, "ese") || EndsWith(w, "ian")) {
    in->readings = kRAdj | kRNoun;
  } else {
    in->readings = kRNoun;
    // "larger", "biggest": comparatives of WordNet adjectives.
    for (std::string_view suffix : {"er", "est"}) {
      if (!EndsWith(w, suffix)) continue;
      size_t stem = w.size() - suffix.size();
      std::string_view a(w.data(), stem), b(w.data(), stem + 1);  // large-r, big-gest
      if ((lex.Classes(lex.Find(a)) & kClassAdjective) ||
          (w[stem] == 'e' && (lex.Classes(lex.Find(b)) & kClassAdjective)) ||
          (stem > 2 && w[stem - 1] == w[stem - 2] &&
           (lex.Classes(lex.Find(std::string_view(w.data(), stem - 1))) & kClassAdjective))) {
        in->readings = kRAdj;
      }
    }
    in->plural = w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's';
  }
}

void Readings(const Lexicon& lex, std::string_view lower, uint32_t id, Info* in) {
  // Ask the lexicon only about words that can have a lemma of the class: a
  // known word has the class itself (WordNet lists base forms and irregular
  // ones) or an ending the suffix rules strip. Saves half the lookups.
  // And a known noun or verb without an exception entry or such an ending
  // is its own lemma.
  const uint8_t c = in->classes;
  bool s_end = lower.size() > 2 && lower.back() == 's';
  bool verb_end = s_end || EndsWith(lower, "ed") || EndsWith(lower, "ing");
  bool noun_end = s_end || EndsWith(lower, "men");
  if (id != 0 && (c & kClassVerb) && !(c & kClassIrregularVerb) && !verb_end) {
    in->verb_lemma = id;
  } else if (id == 0 || (c & kClassVerb) || verb_end) {
    in->verb_lemma = lex.VerbLemma(lower);
  }
  if (id != 0 && (c & kClassNoun) && !(c & kClassIrregularNoun) && !noun_end) {
    in->noun_lemma = id;
  } else if (id == 0 || (c & kClassNoun) || noun_end) {
    in->noun_lemma = lex.NounLemma(lower);
  }
  if (in->verb_lemma != 0) {
    in->readings |= kRVerb;
    if (in->verb_lemma == id) {
      in->forms = kFBase;
      // "put", "come": base forms that are also pasts or participles are
      // marked by the lexicon; only they need the table.
      uint8_t irregular = (in->classes & kClassIrregularVerb) ? IrregularFormBits(lower) : 0;
      if (irregular & kIrregularPast) in->forms |= kFPast;
      if (irregular & kIrregularParticiple) in->forms |= kFParticiple;
    } else if (EndsWith(lower, "ing")) {
      in->forms = kFGerund;
    } else if (EndsWith(lower, "ed")) {
      in->forms = kFPast | kFParticiple;
    } else if (lower.back() == 's') {
      in->forms = kFThird;
    } else {
      uint8_t irregular = IrregularFormBits(lower);
      if (irregular & kIrregularPast) in->forms |= kFPast;
      if (irregular & kIrregularParticiple) in->forms |= kFParticiple;
      if (in->forms == 0) in->forms = kFPast | kFParticiple;
    }
  }
  if (in->noun_lemma != 0) {
    in->readings |= kRNoun;
    in->plural = in->noun_lemma != id;
  }
  if (in->classes & kClassAdjective) in->readings |= kRAdj;
  if (in->classes & kClassAdverb) in->readings |= kRAdv;
  if (in->readings == 0) Guess(lower, lex, in);
}

// A capitalised word where capitals are expected (sentence start, after a
// quote, in a headline): is it a name anyway?
bool StillAName(SentenceTags* s, uint32_t i) {
  const Info& in = s->at(i);
  if (in.readings == 0 || (in.verb_lemma == 0 && in.noun_lemma == 0 && in.classes == 0)) {
    return true;  // unknown to WordNet
  }
  uint32_t j = i + 1;
  if (!s->headline && s->valid(j)) {
    Tag next = s->tok(j).tag;
    if (next == Tag::kProperNoun && (in.readings & (kRNoun | kRAdj)))
      return true;  // "Indian Prime"
    if (next == Tag::kCoordinator && s->valid(j + 1) && s->tok(j + 1).tag == Tag::kProperNoun &&
        (in.readings & kRNoun)) {
      return true;  // "Xi and Putin"
    }
  }
  if ((in.readings & kRAdj) && s->valid(j) && !s->at(j).closed && (s->at(j).readings & kRNoun) &&
      !s->tok(j).has(kCapitalised)) {
    return false;  // "Chinese leader"
  }
  return (in.classes & kClassName) && (in.readings & kRNoun) && !in.plural;
}

}  // namespace

void LexicalPass(SentenceTags* s) {
  const Lexicon& lex = *s->lex;
  s->info.assign(s->end - s->first, Info());
  char buf[64];
  for (uint32_t i = s->first; i < s->end; ++i) {
    Token& t = s->tok(i);
    Info& in = s->at(i);
    t.tag = Tag::kUnknown;
    t.form = VerbForm::kNone;
    t.lemma = 0;
    std::string_view text = s->doc->TokenText(i);
    in.classes = lex.Classes(t.word);
    in.initial = t.has(kSentenceInitial) ||
                 (i > s->first && (s->at(i - 1).opener || IsColon(s->doc, i - 1)));
    const ClosedWord* cw = ClosedWordById(t.word);
    if (cw != nullptr && cw->tag != Tag::kUnknown) {
      in.closed = cw;
      in.word = cw->tag != Tag::kPunct;
      in.quote = !in.word;
      t.tag = cw->tag;
      t.form = cw->form;
      // "US", "IT", "WHO" in ordinary text are acronyms; "May" and "Will"
      // inside a sentence are a month and a name.
      if (in.word &&
          ((t.has(kAllCaps) && (!s->headline || t.word == ClosedId("us"))) ||
           (cw->tag == Tag::kModal && t.has(kCapitalised) && !in.initial && !s->headline))) {
        in.closed = nullptr;
        t.tag = Tag::kProperNoun;
      }
      continue;
    }
    int len;
    uint32_t cp = text::DecodeAt(text, 0, &len);
    bool wordlike = cp < 0x80 ? text::IsAlnum(static_cast<char>(cp)) : !text::IsPunctCp(cp);
    if (!wordlike && !t.has(kHasDigit)) {
      in.quote =
          cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0xAB || cp == 0xBB;
      bool attached_right = i + 1 < s->end && s->tok(i + 1).span.begin == t.span.end;
      bool attached_left = i > s->first && s->tok(i - 1).span.end == t.span.begin;
      in.opener = cp == 0x201C || cp == 0x2018 || cp == '(' || cp == '[' || cp == 0xAB ||
                  (cp == '"' && attached_right && !attached_left);
      t.tag = IsSentenceEndMark(text) ? Tag::kSentenceEnd : Tag::kPunct;
      continue;
    }
    in.word = true;
    if (t.has(kHasDigit) && !text::IsAlpha(text[0])) {
      t.tag = Tag::kNumber;  // "2024", "1.5", "$3bn", "1930s"
      continue;
    }
    if (t.has(kCapitalised) && !in.initial && !s->headline) {
      t.tag = Tag::kProperNoun;
      continue;
    }
    // From the token's own bytes, which are in cache (the lexicon's copy is not).
    std::string_view lower = LowerInto(text, buf, sizeof buf);
    Readings(lex, lower, t.word, &in);
  }
  // Capitalised words where capitals are expected, now that the next
  // tokens' tags are known.
  for (uint32_t i = s->first; i < s->end; ++i) {
    Info& in = s->at(i);
    Token& t = s->tok(i);
    if (t.tag != Tag::kUnknown || !in.word || !t.has(kCapitalised)) continue;
    if (StillAName(s, i)) t.tag = Tag::kProperNoun;
  }
}

// Exposed for TagTokens, which decides per sentence.
bool SentenceIsHeadline(SentenceTags* s, bool is_title) { return IsHeadline(s, is_title); }

}  // namespace tagger
}  // namespace tacitus
