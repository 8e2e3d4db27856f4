// Lexicon: an open-addressing hash table from lower-case spellings to dense
// ids, with per-id word classes and lemma links.
//
// Choices:
// - WordNet's multiword lemmas ("prime_minister") are skipped: tokens are
//   single words, and dictionaries that need phrases intern their words.
// - Spellings live in fixed blocks that never move, so Spelling() views stay
//   valid for the lexicon's life even while words are added.
// - Lemma lookups run WordNet's exception lists, then morphy-like suffix
//   rules. Freeze() caches the answer for every known id, so after it a
//   lookup of a known word is one hash probe; only words absent from the
//   lexicon ("welcomed") run the rules, into a stack buffer (no allocation).
// - Classes() also carries the internal bits of closed_words.h: names
//   (from data.noun), irregular forms, and a noun/verb prior (cntlist.rev).
// - Reading WordNet's files is in lexicon_wordnet.cc.
#include "tacitus/lexicon.h"

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "closed_words.h"
#include "irregular_verbs.h"
#include "lexicon_rep.h"

namespace tacitus {
namespace {

// By hand: these run per token, and a memcmp call costs more than the compare.
inline bool EndsWith(std::string_view w, std::string_view suffix) {
  if (w.size() < suffix.size()) return false;
  const char* p = w.data() + w.size() - suffix.size();
  for (size_t k = 0; k < suffix.size(); ++k) {
    if (p[k] != suffix[k]) return false;
  }
  return true;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

}  // namespace

// Id of w[0, keep) + add if that word has class `cls`, else 0.
uint32_t Lexicon::Rep::TryStem(std::string_view w, size_t keep, std::string_view add,
                               uint8_t cls) const {
  char buf[64];
  if (keep + add.size() > sizeof buf) return 0;
  std::memcpy(buf, w.data(), keep);
  std::memcpy(buf + keep, add.data(), add.size());
  uint32_t id = Find(std::string_view(buf, keep + add.size()));
  return id != 0 && (classes[id] & cls) ? id : 0;
}

uint32_t Lexicon::Rep::VerbSuffix(std::string_view w) const {
  constexpr uint8_t V = kClassVerb;
  size_t n = w.size();
  if (n < 3 || n > 60) return 0;
  uint32_t r = 0;
  if (w[n - 1] == 's') {
    if (w[n - 2] == 's') return 0;
    if ((r = TryStem(w, n - 1, "", V))) return r;                         // visits
    if (EndsWith(w, "ies") && (r = TryStem(w, n - 3, "y", V))) return r;  // tries
    if (EndsWith(w, "es") && (r = TryStem(w, n - 2, "", V))) return r;    // pushes
    return 0;
  }
  if (n >= 4 && EndsWith(w, "ed")) {
    if (EndsWith(w, "ied") && (r = TryStem(w, n - 3, "y", V))) return r;  // tried
    if ((r = TryStem(w, n - 1, "", V))) return r;                         // hoped
    if ((r = TryStem(w, n - 2, "", V))) return r;                         // visited
    if (n >= 5 && w[n - 3] == w[n - 4] && !IsVowel(w[n - 3]) && (r = TryStem(w, n - 3, "", V)))
      return r;                                                           // stopped
    if (EndsWith(w, "cked") && (r = TryStem(w, n - 3, "", V))) return r;  // panicked
    return 0;
  }
  if (n >= 5 && EndsWith(w, "ing")) {
    uint32_t bare = TryStem(w, n - 3, "", V);
    uint32_t with_e = TryStem(w, n - 3, "e", V);
    if (bare && with_e) {
      // "rating" is "rate" (a doubled consonant would make it "rat");
      // "singing" is "sing", not "singe".
      char c1 = w[n - 4], v = w[n - 5];
      bool cvc = !IsVowel(c1) && c1 != 'w' && c1 != 'x' && c1 != 'y' && IsVowel(v) &&
                 (n < 6 || !IsVowel(w[n - 6]));
      return cvc ? with_e : bare;
    }
    if (with_e) return with_e;  // making
    if (bare) return bare;      // visiting
    if (n >= 6 && w[n - 4] == w[n - 5] && !IsVowel(w[n - 4]) && (r = TryStem(w, n - 4, "", V)))
      return r;  // running
    if (EndsWith(w, "cking") && (r = TryStem(w, n - 4, "", V))) return r;
    return 0;
  }
  return 0;
}

// `strict`: the word is a noun itself, so stripping needs more evidence
// ("gas" is not the plural of "ga", "bias" not of "bia").
uint32_t Lexicon::Rep::NounSuffix(std::string_view w, bool strict) const {
  constexpr uint8_t N = kClassNoun;
  size_t n = w.size();
  if (n < 3 || n > 60) return 0;
  uint32_t r = 0;
  if (EndsWith(w, "men") && (r = TryStem(w, n - 3, "man", N))) return r;  // chairmen
  if (w[n - 1] != 's' || w[n - 2] == 's') return 0;
  if (strict) {
    char p = w[n - 2];
    if (p == 'u' || p == 'i' || p == 'o' || p == 'a' || n < 4) return 0;
  }
  if ((r = TryStem(w, n - 1, "", N))) return r;                         // talks
  if (EndsWith(w, "ies") && (r = TryStem(w, n - 3, "y", N))) return r;  // countries
  if (EndsWith(w, "ses") || EndsWith(w, "xes") || EndsWith(w, "zes") || EndsWith(w, "ches") ||
      EndsWith(w, "shes")) {
    if ((r = TryStem(w, n - 2, "", N))) return r;  // taxes
  }
  return 0;
}

uint32_t Lexicon::Rep::ComputeVerbLemma(std::string_view w, uint32_t id) const {
  if (id != 0) {
    if (const ClosedWord* c = ClosedWordById(id); c && c->tag != Tag::kUnknown) {
      if (c->tag == Tag::kAux || c->tag == Tag::kModal) return ClosedLemmaId(id);
      return (classes[id] & kClassVerb) ? id : 0;
    }
    if (verb_exc[id]) return verb_exc[id];
    if (classes[id] & kClassVerb) return id;
  }
  return VerbSuffix(w);
}

uint32_t Lexicon::Rep::ComputeNounLemma(std::string_view w, uint32_t id) const {
  bool self = false;
  if (id != 0) {
    if (IsClosed(id)) return (classes[id] & kClassNoun) ? id : 0;
    if (noun_exc[id]) return noun_exc[id];
    self = (classes[id] & kClassNoun) != 0;
  }
  if (uint32_t r = NounSuffix(w, self)) return r;
  return self ? id : 0;
}

void Lexicon::Rep::AddBuiltins() {
  for (uint32_t i = 0; i < kNumClosedWords; ++i) Intern(kClosedWords[i].text);
  for (const IrregularVerb& v : IrregularVerbs()) {
    uint32_t base = Intern(v.base);
    classes[base] |= kClassVerb;
    for (std::string_view form : {v.past, v.participle}) {
      uint32_t f = Intern(form);
      if (IsClosed(f) || verb_exc[f] != 0) continue;
      classes[f] |= kClassVerb | kClassIrregularVerb;
      // A form that is also a base ("lay", "found") keeps itself.
      verb_exc[f] = (IrregularFormBits(form) & kIrregularBase) ? f : base;
    }
  }
}

Lexicon::Lexicon() : rep_(new Rep) {}
Lexicon::~Lexicon() = default;

std::unique_ptr<Lexicon> Lexicon::BuiltinOnly() {
  std::unique_ptr<Lexicon> lex(new Lexicon);
  lex->rep_->AddBuiltins();
  return lex;
}

uint32_t Lexicon::Intern(std::string_view lower) { return rep_->Intern(lower); }

void Lexicon::Freeze() {
  Rep& r = *rep_;
  if (r.frozen) return;
  size_t n = r.words.size();
  r.verb_lemma.assign(n, 0);
  r.noun_lemma.assign(n, 0);
  for (uint32_t id = 1; id < n; ++id) {
    r.verb_lemma[id] = r.ComputeVerbLemma(r.words[id], id);
    r.noun_lemma[id] = r.ComputeNounLemma(r.words[id], id);
  }
  r.frozen = true;
}

uint32_t Lexicon::Find(std::string_view lower) const { return rep_->Find(lower); }

std::string_view Lexicon::Spelling(uint32_t id) const {
  return id < rep_->words.size() ? rep_->words[id] : std::string_view();
}

uint8_t Lexicon::Classes(uint32_t id) const {
  return id < rep_->classes.size() ? rep_->classes[id] : 0;
}

uint32_t Lexicon::VerbLemma(std::string_view lower) const {
  const Rep& r = *rep_;
  uint32_t id = r.Find(lower);
  if (r.frozen) return id != 0 ? r.verb_lemma[id] : r.VerbSuffix(lower);
  return r.ComputeVerbLemma(lower, id);
}

uint32_t Lexicon::NounLemma(std::string_view lower) const {
  const Rep& r = *rep_;
  uint32_t id = r.Find(lower);
  if (r.frozen) return id != 0 ? r.noun_lemma[id] : r.NounSuffix(lower, false);
  return r.ComputeNounLemma(lower, id);
}

uint32_t Lexicon::AnyLemma(std::string_view lower) const {
  if (uint32_t v = VerbLemma(lower)) return v;
  if (uint32_t n = NounLemma(lower)) return n;
  return Find(lower);
}

size_t Lexicon::size() const { return rep_->words.size() - 1; }

}  // namespace tacitus
