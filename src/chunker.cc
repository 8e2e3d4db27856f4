// Chunker: noun phrases and verb groups from tags, the shallow syntax that
// stands in for a parse tree. Rules, not a model: a noun phrase is an
// optional determiner or possessive, modifiers, and a nominal head; "'s"
// closes a possessor phrase and opens the possessed one; a verb group is
// auxiliaries, modals, negations and adverbs ending in a lexical verb (or a
// copula alone).
#include <algorithm>

#include <cctype>
#include <string>

#include "stages.h"
#include "tacitus/lexicon.h"

namespace tacitus {

namespace {

bool Nominal(Tag t) {
  return t == Tag::kNoun || t == Tag::kProperNoun || t == Tag::kNumber;
}
bool Modifier(Tag t) {
  return t == Tag::kAdjective || Nominal(t);
}

bool TimeAdverb(const Document& doc, uint32_t t) {
  return WordIn(doc, t, "overnight", "yesterday", "today", "tonight", "tomorrow", "monday", "tuesday",
                "wednesday", "thursday", "friday", "saturday", "sunday");
}

// "Modi, who met Xi, also held talks with ...": a past form the tagger took
// for an adjective, right after a clause-level adverb and before a noun
// phrase, is the verb the subject has been waiting for.
void RepairVerbAfterAdverb(Document* doc, const Sentence& s, uint32_t i) {
  Token& t = doc->tokens[i];
  if (!doc->lexicon || i + 1 >= s.end_token) return;
  // "Welcoming Putin to Beijing, Xi said": a capitalised -ing word opening
  // the sentence, taken for a name, is a participle.
  if (i == s.first_token && t.tag == Tag::kProperNoun && doc->TokenText(i).size() > 4 &&
      doc->TokenText(i).substr(doc->TokenText(i).size() - 3) == "ing") {
    std::string lower(doc->TokenText(i));
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    uint32_t lemma = doc->lexicon->VerbLemma(lower);
    if (lemma != 0) {
      t.tag = Tag::kVerb;
      t.form = VerbForm::kGerund;
      t.lemma = lemma;
    }
    return;
  }
  if (t.tag != Tag::kAdjective || i == s.first_token) return;
  // "has long accused Iraq": a participle after "have" and an adverb the
  // tagger read as adjectives.
  bool after_have = i >= s.first_token + 2 && doc->tokens[i - 2].tag == Tag::kAux &&
                    WordIn(*doc, i - 2, "has", "have", "had") &&
                    WordIn(*doc, i - 1, "long", "already", "repeatedly", "previously", "recently");
  if (!after_have && !WordIn(*doc, i - 1, "also", "later", "then", "again", "separately", "subsequently",
                             "jointly", "each", "both"))
    return;
  Tag next = doc->tokens[i + 1].tag;
  if (next != Tag::kNoun && next != Tag::kDeterminer && next != Tag::kProperNoun && next != Tag::kAdjective &&
      next != Tag::kPossPronoun && next != Tag::kNumber)
    return;
  std::string lower(doc->TokenText(i));
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  uint32_t lemma = doc->lexicon->VerbLemma(lower);
  if (lemma == 0 || lemma == doc->lexicon->Find(lower)) return;  // not an inflected verb form
  t.tag = Tag::kVerb;
  t.form = after_have ? VerbForm::kPastParticiple : VerbForm::kPast;
  t.lemma = lemma;
  if (after_have) doc->tokens[i - 1].tag = Tag::kAdverb;
}

// Verbs whose infinitive complement did not happen.
bool NegatingVerb(const Document& doc, uint32_t i) {
  return WordIn(doc, i, "refuse", "refused", "refuses", "refusing", "fail", "failed", "fails",
                "decline", "declined", "declines", "reject", "rejected", "avoid", "avoided");
}

}  // namespace

int32_t PurposeAction(const Document& doc, const Chunk& infinitive, uint32_t sentence) {
  bool protest = WordIn(doc, infinitive.head, "protest", "demand", "denounce", "condemn", "oppose", "decry", "demonstrate");
  // Force used for an end achieves it: "fired tear gas to disperse".
  bool force = WordIn(doc, infinitive.head, "disperse", "quell", "crush", "suppress", "repel", "break");
  if (!protest && !force) return -1;
  for (size_t k = doc.chunks.size(); k-- > 0;) {
    const Chunk& prev = doc.chunks[k];
    if (prev.sentence != sentence) return -1;
    if (prev.first_token >= infinitive.first_token || prev.kind != ChunkKind::kVerbGroup) continue;
    if (prev.infinitive) return -1;
    if (force)
      return WordIn(doc, prev.head, "used", "fired", "deployed", "employed", "unleashed", "sprayed", "use", "fire")
                 ? static_cast<int32_t>(k)
                 : -1;
    return WordIn(doc, prev.head, "rallied", "marched", "gathered", "demonstrated", "protested", "blocked", "staged",
                  "occupied", "besieged", "poured", "flooded", "massed", "took", "walked", "struck", "paraded",
                  "chanted", "rally", "march", "gather", "block", "stage")
               ? static_cast<int32_t>(k)
               : -1;
  }
  return -1;
}

void ChunkSentences(const std::vector<Atom>& atoms, Document* doc) {
  std::vector<int32_t> atom_end(doc->tokens.size(), -1);  // atom starting here -> its end
  for (const Atom& a : atoms) atom_end[a.first_token] = static_cast<int32_t>(a.end_token);

  for (uint32_t si = 0; si < doc->sentences.size(); ++si) {
    const Sentence& s = doc->sentences[si];
    uint32_t i = s.first_token;
    int32_t pending_preposition = -1;
    int32_t pending_possessor = -1;
    for (uint32_t k = s.first_token; k < s.end_token; ++k) RepairVerbAfterAdverb(doc, s, k);
    while (i < s.end_token) {
      const Token& t = doc->tokens[i];
      // Noun phrase.
      bool starts_np = atom_end[i] >= 0 || t.tag == Tag::kDeterminer ||
                       t.tag == Tag::kPossPronoun || Modifier(t.tag) || t.tag == Tag::kPronoun;
      if (starts_np) {
        Chunk c;
        c.kind = ChunkKind::kNounPhrase;
        c.sentence = si;
        c.first_token = i;
        c.preposition = pending_preposition;
        c.possessor = pending_possessor;
        uint32_t j = i;
        bool has_head = false;
        if (t.tag == Tag::kPronoun && atom_end[i] < 0) {
          j = i + 1;
          c.head = i;
          has_head = true;
        } else {
          if (t.tag == Tag::kDeterminer || t.tag == Tag::kPossPronoun) ++j;
          while (j < s.end_token) {
            if (atom_end[j] >= 0) {
              j = static_cast<uint32_t>(atom_end[j]);
              c.head = j - 1;
              has_head = true;
              continue;
            }
            const Token& u = doc->tokens[j];
            // Adverbs inside a phrase ("a very large") and participles used
            // as adjectives ("the ruling party") stay in the phrase.
            bool inside = Modifier(u.tag) ||
                          (u.tag == Tag::kAdverb && j + 1 < s.end_token &&
                           doc->tokens[j + 1].tag == Tag::kAdjective) ||
                          (u.tag == Tag::kVerb && u.form == VerbForm::kGerund && j > i &&
                           j + 1 < s.end_token && Nominal(doc->tokens[j + 1].tag) &&
                           doc->tokens[j - 1].tag == Tag::kDeterminer);
            // "its awful and evil minister": plain adjectives joined before
            // the head are one phrase ("Russian and Chinese officials", whose
            // adjectives are actors, are coordinated phrases instead).
            if (u.tag == Tag::kCoordinator && !has_head && j > i && j + 1 < s.end_token &&
                doc->tokens[j - 1].tag == Tag::kAdjective && atom_end[j - 1] < 0 &&
                doc->tokens[j + 1].tag == Tag::kAdjective && atom_end[j + 1] < 0)
              inside = true;
            // "shelled Kharkiv overnight", "militants Sunday": a time word
            // after the head is an adverbial, not part of the name.
            if (inside && has_head && TimeAdverb(*doc, j)) break;
            // "gave Russia 50 days": after a verb, a number after an actor's
            // name starts the second object.
            if (has_head && u.tag == Tag::kNumber && j > i && atom_end[i] == static_cast<int32_t>(j) &&
                i > s.first_token && doc->tokens[i - 1].tag == Tag::kVerb)
              break;
            // "that Hamas release all the hostages": a lower-case noun after
            // a name, before a determiner, is the clause's verb.
            if (inside && has_head && u.tag == Tag::kNoun && j > i &&
                doc->tokens[j - 1].tag == Tag::kProperNoun && !u.has(kCapitalised) &&
                j + 1 < s.end_token &&
                (doc->tokens[j + 1].tag == Tag::kDeterminer || doc->tokens[j + 1].tag == Tag::kPossPronoun ||
                 doc->tokens[j + 1].tag == Tag::kPronoun ||
                 (doc->tokens[j + 1].tag == Tag::kVerb && doc->tokens[j + 1].form == VerbForm::kGerund))) {
              doc->tokens[j].tag = Tag::kVerb;
              doc->tokens[j].form = VerbForm::kBase;
              break;
            }
            if (!inside) break;
            if (Nominal(u.tag)) {
              c.head = j;
              has_head = true;
            }
            ++j;
          }
          if (!has_head) {
            // "the two", "both": a determiner or adjective standing alone.
            c.head = j > i ? j - 1 : i;
            has_head = j > i;
          }
        }
        if (j == i) j = i + 1;
        c.end_token = j;
        pending_preposition = -1;
        pending_possessor = -1;
        doc->chunks.push_back(c);
        // "Trump's steep tariffs": this phrase owns the next one.
        if (j < s.end_token && doc->tokens[j].tag == Tag::kPossessive) {
          pending_possessor = static_cast<int32_t>(doc->chunks.size() - 1);
          j = j + 1;
        }
        i = j;
        continue;
      }
      // Verb group.
      bool starts_vg = t.tag == Tag::kVerb || t.tag == Tag::kAux || t.tag == Tag::kModal ||
                       t.tag == Tag::kTo ||
                       (t.tag == Tag::kNegation && i + 1 < s.end_token &&
                        (doc->tokens[i + 1].tag == Tag::kVerb || doc->tokens[i + 1].tag == Tag::kAux));
      if (starts_vg && t.tag == Tag::kTo) {
        // "to" starts a group only before a verb ("to arrest him").
        uint32_t k = i + 1;
        while (k < s.end_token && doc->tokens[k].tag == Tag::kAdverb) ++k;
        starts_vg = k < s.end_token && doc->tokens[k].tag == Tag::kVerb;
      }
      if (starts_vg) {
        Chunk c;
        c.kind = ChunkKind::kVerbGroup;
        c.sentence = si;
        c.first_token = i;
        uint32_t j = i;
        bool saw_be = false;
        int32_t main = -1;
        while (j < s.end_token) {
          const Token& u = doc->tokens[j];
          if (u.tag == Tag::kTo && j == i) {
            c.infinitive = true;
          } else if (u.tag == Tag::kModal) {
            c.modal = true;
          } else if (u.tag == Tag::kNegation) {
            c.negated = true;
          } else if (u.tag == Tag::kAdverb) {
            if (WordIs(*doc, j, "never")) c.negated = true;
          } else if (u.tag == Tag::kAux) {
            if (WordIn(*doc, j, "be", "is", "are", "was", "were", "been", "being", "am", "'re", "'m"))
              saw_be = true;
            main = static_cast<int32_t>(j);  // copula if nothing follows
          } else if (u.tag == Tag::kVerb) {
            main = static_cast<int32_t>(j);
            ++j;
            break;
          } else {
            break;
          }
          ++j;
        }
        if (main < 0) {
          // Only modals/negations: not a verb group after all.
          i = j > i ? j : i + 1;
          continue;
        }
        c.end_token = j;
        c.head = static_cast<uint32_t>(main);
        const Token& h = doc->tokens[c.head];
        c.passive = saw_be && h.tag == Tag::kVerb && h.form == VerbForm::kPastParticiple;
        if (c.infinitive) {
          // An infinitive states an aim, not a fact ("calls to arrest him",
          // "expected to attend"); after "refused to" it is also negated.
          c.irrealis = true;
          if (!doc->chunks.empty()) {
            const Chunk& prev = doc->chunks.back();
            if (prev.kind == ChunkKind::kVerbGroup && prev.end_token == i &&
                NegatingVerb(*doc, prev.head))
              c.negated = true;
            if (prev.kind == ChunkKind::kVerbGroup && prev.end_token == i && prev.negated)
              c.negated = true;
          }
          // "Farmers blocked roads to protest against EU rules": a protest
          // that is the purpose of a protest action that happened happened.
          int32_t action = PurposeAction(*doc, c, si);
          if (action >= 0 && !doc->chunks[action].modal && !doc->chunks[action].negated) c.irrealis = false;
        }
        doc->chunks.push_back(c);
        i = j;
        pending_preposition = -1;
        pending_possessor = -1;
        continue;
      }
      if (t.tag == Tag::kPreposition) {
        pending_preposition = static_cast<int32_t>(i);
      } else if (t.tag != Tag::kAdverb) {
        pending_preposition = -1;
      }
      pending_possessor = -1;
      ++i;
    }
  }
}

}  // namespace tacitus
