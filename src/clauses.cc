// Clause structure for the event matcher; see clauses.h.
#include "clauses.h"

#include <algorithm>
#include <string>

#include "stages.h"
#include "tacitus/lexicon.h"

namespace tacitus {

Clauses::Clauses(Document* doc) : doc_(doc) {
  size_t n = doc->tokens.size();
  chunk_start_.assign(n, -1);
  for (size_t k = 0; k < doc->chunks.size(); ++k)
    chunk_start_[doc->chunks[k].first_token] = static_cast<int32_t>(k);
  // A country word modifying a phrase that names no actor ("Indian
  // goods", "the Russian embassy") can stand for its country as a target.
  modifier_of_chunk_.assign(doc->chunks.size(), -1);
  std::vector<int32_t> chunk_of(n, -1);
  for (size_t k = 0; k < doc->chunks.size(); ++k)
    for (uint32_t t = doc->chunks[k].first_token; t < doc->chunks[k].end_token; ++t)
      chunk_of[t] = static_cast<int32_t>(k);
  for (size_t m = 0; m < doc->mentions.size(); ++m) {
    const ActorMention& am = doc->mentions[m];
    if (!am.modifier || am.is_person) continue;
    int32_t k = chunk_of[am.first_token];
    if (k >= 0 && modifier_of_chunk_[k] < 0) modifier_of_chunk_[k] = static_cast<int32_t>(m);
  }
}

// The actor mentions a chunk stands for: its own (groups expanded), else
// its possessor's ("China's military parade" -> China).
std::vector<int32_t> Clauses::MentionsOf(int32_t ci, bool allow_possessor) const {
  std::vector<int32_t> out;
  if (ci < 0) return out;
  const Chunk& c = doc_->chunks[ci];
  int32_t m = c.mention;
  if (m < 0 && allow_possessor && c.possessor >= 0) m = doc_->chunks[c.possessor].mention;
  if (m < 0 && allow_possessor) m = modifier_of_chunk_[ci];
  if (m < 0) return out;
  const ActorMention& am = doc_->mentions[m];
  if (!am.members.empty()) {
    for (int32_t k : am.members) out.push_back(k);
  } else {
    out.push_back(m);
  }
  return out;
}

bool Clauses::HasActor(int32_t ci, bool allow_possessor) const {
  const Chunk& c = doc_->chunks[ci];
  return c.mention >= 0 ||
         (allow_possessor && ((c.possessor >= 0 && doc_->chunks[c.possessor].mention >= 0) ||
                              modifier_of_chunk_[ci] >= 0));
}

// "A, B and C": the chunks coordinated with chunk ci to its right;
// appends their mentions (unless `mentions` is null) and returns the
// index of the last one. Commas count only in a list that ends with
// "and"/"or", so "Before visiting Israel, Tony Blair" is not one.
size_t Clauses::CoordinatedRight(size_t ci, std::vector<int32_t>* mentions) const {
  size_t k = ci, last_good = ci;
  while (k + 1 < doc_->chunks.size()) {
    const Chunk& cur = doc_->chunks[k];
    const Chunk& next = doc_->chunks[k + 1];
    Link link = Coordination(*doc_, cur, next);
    if (next.kind != ChunkKind::kNounPhrase || link == Link::kNone) break;
    if (!HasActor(static_cast<int32_t>(k + 1), false)) break;
    ++k;
    if (link == Link::kAnd || IsTitle(cur.sentence)) last_good = k;
  }
  for (size_t j = ci + 1; mentions && j <= last_good; ++j) {
    std::vector<int32_t> more = MentionsOf(static_cast<int32_t>(j), false);
    mentions->insert(mentions->end(), more.begin(), more.end());
  }
  return last_good;
}

void Clauses::CoordinatedLeft(size_t ci, std::vector<int32_t>* mentions) const {
  size_t k = ci;
  bool saw_and = false;
  while (k > 0) {
    const Chunk& cur = doc_->chunks[k];
    const Chunk& prev = doc_->chunks[k - 1];
    Link link = Coordination(*doc_, prev, cur);
    if (prev.kind != ChunkKind::kNounPhrase || link == Link::kNone) break;
    if (link == Link::kComma && !saw_and && !IsTitle(cur.sentence)) break;
    saw_and = true;
    std::vector<int32_t> more = MentionsOf(static_cast<int32_t>(k - 1), false);
    if (more.empty()) break;
    mentions->insert(mentions->begin(), more.begin(), more.end());
    --k;
  }
}

// The chunk before infinitive vi that governs it: the verb group before,
// also past a lone adjective chunked apart ("is ready to resume").
size_t Clauses::InfinitiveGovernor(size_t vi) const {
  size_t pi = vi - 1;
  const Chunk& c = doc_->chunks[pi];
  if (pi > 0 && c.kind == ChunkKind::kNounPhrase && c.mention < 0 && c.end_token == doc_->chunks[vi].first_token &&
      c.end_token - c.first_token == 1 && tok(c.head).tag == Tag::kAdjective)
    --pi;
  return pi;
}

bool Clauses::MeansGerund(const Chunk& vg) const {
  return tok(vg.head).form == VerbForm::kGerund && vg.first_token > sentence_of(vg).first_token &&
         WordIn(*doc_, vg.first_token - 1, "by", "after", "before", "while", "through");
}

// Subject chunk of verb group vi, or -1. `why` says how it was found.
int32_t Clauses::Subject(size_t vi, std::string* why) {
  const Chunk& vg = doc_->chunks[vi];
  const Sentence& s = sentence_of(vg);
  uint32_t before = vg.first_token;
  // An infinitive's subject is its governing verb's ("Arnor is about to
  // restore ties", "Russia wants to attack").
  if (vg.infinitive && vi > 0) {
    size_t pi = InfinitiveGovernor(vi);
    const Chunk& prev = doc_->chunks[pi];
    if (prev.kind == ChunkKind::kVerbGroup && prev.sentence == vg.sentence &&
        vg.first_token - prev.end_token <= 2) {
      bool bridge = true;
      for (uint32_t t = prev.end_token; t < vg.first_token; ++t)
        bridge &= tok(t).tag == Tag::kAdverb || tok(t).tag == Tag::kAdjective || TimeWord(t) ||
                  WordIn(*doc_, t, "about", "going", "set", "able", "ready", "willing", "due", "on");
      if (bridge) {
        int32_t sub = Subject(pi, why);
        if (sub >= 0) *why = "subject of '" + std::string(doc_->TokenText(prev.head)) + "', governing the infinitive";
        return sub;
      }
    }
  }
  // "Israeli forces broke the ceasefire by resuming air strikes": a gerund
  // after "by", "after", "while" ... is done by the main verb's subject.
  if (vg.first_token == vg.head && MeansGerund(vg)) {
    for (size_t k = vi; k-- > 0;) {
      const Chunk& c = doc_->chunks[k];
      if (c.sentence != vg.sentence) break;
      if (c.kind != ChunkKind::kVerbGroup) continue;
      // ("accused Khartoum of violating a ceasefire by killing": nested in
      // another non-finite verb, whose doer is not the subject.)
      if (c.infinitive || tok(c.head).form == VerbForm::kGerund) return -1;
      int32_t sub = Subject(k, why);
      if (sub >= 0) *why = "subject of '" + std::string(doc_->TokenText(c.head)) + "', whose means it states";
      return sub;
    }
  }
  if (vg.infinitive) {
    // "Spanish farmers blocked roads in Madrid to protest": the protest
    // action's subject.
    int32_t action = PurposeAction(*doc_, vg, vg.sentence);
    if (action >= 0) {
      int32_t sub = Subject(static_cast<size_t>(action), why);
      if (sub >= 0) *why = "subject of '" + std::string(doc_->TokenText(doc_->chunks[action].head)) + "', whose purpose it states";
      return sub;
    }
  }
  // Relative clause: "Modi, who held talks": the antecedent.
  if (before > s.first_token && tok(before - 1).tag == Tag::kRelative) {
    uint32_t rel = before - 1;
    for (int32_t k = static_cast<int32_t>(vi) - 1; k >= 0; --k) {
      const Chunk& c = doc_->chunks[k];
      if (c.sentence != vg.sentence) break;
      if (c.end_token == rel || (c.end_token + 1 == rel && WordIs(*doc_, c.end_token, ","))) {
        if (c.kind == ChunkKind::kNounPhrase) {
          *why = "antecedent of '" + std::string(doc_->TokenText(rel)) + "'";
          return k;
        }
      }
      if (c.end_token < rel - 1) break;
    }
    return -1;
  }
  // Coordinated verb phrase: "addressed Xi ... and said", "is neutral but
  // has provided": the subject of the previous verb.
  uint32_t t = before;
  while (t > s.first_token && tok(t - 1).tag == Tag::kAdverb) --t;
  bool coordinated = t > s.first_token && tok(t - 1).tag == Tag::kCoordinator;
  // A parenthetical between subject and verb ("Jack Straw, touring a
  // camp, urged ..."; "X, according to Y, said") is stepped over.
  uint32_t paren_begin = before, paren_end = before;
  if (!coordinated && t > s.first_token + 1 && WordIs(*doc_, t - 1, ",")) {
    uint32_t c1 = t - 1;
    while (c1 > s.first_token && !WordIs(*doc_, c1 - 1, ",")) --c1;
    if (c1 > s.first_token) {
      const Token& opener = tok(c1);
      // An apposition names the subject again ("Gollum, centre of a row
      // over the ring, called on Gondor"): noun phrases and prepositions
      // only, after a noun phrase that names an actor.
      bool apposition = false;
      if (opener.tag == Tag::kDeterminer || opener.tag == Tag::kNoun || opener.tag == Tag::kAdjective ||
          opener.tag == Tag::kProperNoun || opener.tag == Tag::kPossPronoun) {
        apposition = true;
        for (uint32_t k = c1; k + 1 < t && apposition; ++k) {
          Tag g = tok(k).tag;
          apposition = g != Tag::kVerb && g != Tag::kAux && g != Tag::kModal && g != Tag::kRelative &&
                       g != Tag::kSubordinator && g != Tag::kCoordinator && !WordIs(*doc_, k, ",");
        }
        int32_t before_comma = c1 >= 2 ? ChunkEndingAt(c1 - 1) : -1;
        apposition = apposition && before_comma >= 0 && doc_->chunks[before_comma].mention >= 0;
      }
      if ((opener.tag == Tag::kVerb && opener.form != VerbForm::kPresent) ||
          opener.tag == Tag::kRelative || opener.tag == Tag::kPreposition ||
          opener.tag == Tag::kSubordinator || apposition) {
        paren_begin = c1 - 1;  // the opening comma
        paren_end = t;
      }
    }
  }
  // "Four men accused of planning to kill Fidel Castro have been pardoned":
  // the object of a non-finite verb is inside a phrase that modifies the
  // subject; the subject comes before that verb.
  auto non_finite = [&](const Chunk& c) {
    const Token& h = tok(c.head);
    return c.kind == ChunkKind::kVerbGroup &&
           (c.infinitive || ((h.form == VerbForm::kGerund || h.form == VerbForm::kPastParticiple) &&
                             c.first_token == c.head));
  };
  bool in_reduced_clause = false;
  for (int32_t k = static_cast<int32_t>(vi) - 1; k >= 0; --k) {
    const Chunk& c = doc_->chunks[k];
    if (c.sentence != vg.sentence) break;
    if (c.first_token >= paren_begin && c.end_token <= paren_end) continue;
    if (in_reduced_clause && (non_finite(c) || (c.kind == ChunkKind::kNounPhrase && c.preposition >= 0)))
      continue;
    in_reduced_clause = false;
    if (c.kind == ChunkKind::kVerbGroup) {
      const Token& h = tok(c.head);
      if (h.form == VerbForm::kGerund && !coordinated) continue;  // "Putin, speaking in X, said"
      if (coordinated || c.infinitive == false) {
        if (coordinated) {
          int32_t sub = Subject(static_cast<size_t>(k), why);
          if (sub >= 0) *why = "shared subject of '" + std::string(doc_->TokenText(c.head)) + "'";
          shared_from_ = k;
          return sub;
        }
        // A relative clause between subject and verb: "Xi, who came to
        // power in 2012, has stepped up": jump to its antecedent.
        if (c.first_token > s.first_token && tok(c.first_token - 1).tag == Tag::kRelative) {
          int32_t sub = Subject(static_cast<size_t>(k), why);
          if (sub >= 0) {
            *why = "subject before the relative clause";
            return sub;
          }
        }
        return -1;
      }
      return -1;
    }
    if (coordinated) continue;  // objects of the previous verb are not subjects
    if (c.preposition >= 0) continue;
    // "uncertainty over Hong Kong's future had helped": the possessor's
    // preposition governs the whole possessed phrase. Not "of": "half of
    // Brazil's seamen returned" are Brazil's seamen.
    if (c.possessor >= 0 && doc_->chunks[c.possessor].preposition >= 0 &&
        !WordIs(*doc_, doc_->chunks[c.possessor].preposition, "of"))
      continue;
    if (SharesPreposition(static_cast<size_t>(k))) continue;
    if (k + 1 < static_cast<int32_t>(doc_->chunks.size()) && doc_->chunks[k + 1].possessor == k) continue;
    if (tok(c.head).tag == Tag::kAdjective) continue;
    if (c.mention < 0 && TimeWord(c.head)) continue;  // "MPs this week warned"
    // "Xi and Putin each held talks": a floating quantifier.
    if (c.mention < 0 && c.end_token - c.first_token == 1 && WordIn(*doc_, c.head, "each", "both", "all"))
      continue;
    // "the European Union (EU) agreed": the phrase before the bracketed
    // short form, which may be coordinated ("A and the European Union (EU)").
    if (k > 0 && c.first_token > s.first_token + 1 && WordIs(*doc_, c.first_token - 1, "(") &&
        c.end_token < s.end_token && WordIs(*doc_, c.end_token, ")") &&
        doc_->chunks[k - 1].kind == ChunkKind::kNounPhrase && doc_->chunks[k - 1].end_token + 1 == c.first_token)
      --k;
    int32_t owner = c.possessor >= 0 ? c.possessor : k;
    // ("Ailing Arafat arrives": a participle opening the sentence modifies
    // the name itself.)
    if (!coordinated && owner > 0 && non_finite(doc_->chunks[owner - 1]) &&
        doc_->chunks[owner - 1].first_token > s.first_token &&
        doc_->chunks[owner - 1].sentence == c.sentence &&
        doc_->chunks[owner - 1].end_token == doc_->chunks[owner].first_token) {
      in_reduced_clause = true;
      k = owner;
      continue;
    }
    // "Russian troops who entered the town killed 12": the object of a
    // relative clause's verb is not the subject; the clause's antecedent is.
    if (owner > 0) {
      const Chunk& rel_vg = doc_->chunks[owner - 1];
      if (rel_vg.kind == ChunkKind::kVerbGroup && rel_vg.sentence == c.sentence && !rel_vg.infinitive &&
          rel_vg.end_token == doc_->chunks[owner].first_token && rel_vg.first_token > s.first_token &&
          tok(rel_vg.first_token - 1).tag == Tag::kRelative &&
          WordIn(*doc_, rel_vg.first_token - 1, "who", "that", "which")) {
        int32_t sub = Subject(static_cast<size_t>(owner - 1), why);
        if (sub >= 0) {
          *why = "subject before the relative clause";
          return sub;
        }
      }
    }
    *why = "subject of '" + std::string(doc_->TokenText(vg.head)) + "'";
    return k;
  }
  return -1;
}

// "poverty in Africa and South Asia", "the ambassadors of Arnor, Osgiliath
// and Gondor": a later conjunct shares the first one's preposition. Commas
// link conjuncts only inside a phrase that modifies a noun ("In Paris,
// France and Germany agreed" has two subjects).
bool Clauses::SharesPreposition(size_t k) const {
  bool comma = false;
  while (k > 0) {
    const Chunk& c = doc_->chunks[k];
    const Chunk& prev = doc_->chunks[k - 1];
    Link link = Coordination(*doc_, prev, c);
    if (prev.kind != ChunkKind::kNounPhrase || link == Link::kNone) return false;
    comma |= link == Link::kComma;
    if (prev.preposition >= 0) {
      if (!comma) return true;
      const Chunk* noun = k >= 2 ? &doc_->chunks[k - 2] : nullptr;
      return noun && noun->kind == ChunkKind::kNounPhrase && noun->sentence == c.sentence &&
             noun->end_token == static_cast<uint32_t>(prev.preposition);
    }
    --k;
  }
  return false;
}

// "dozens of Palestinians", "thousands of protesters": the phrase after
// "of" stands for a quantity phrase that names no actor itself.
int32_t Clauses::QuantityOf(int32_t k) const {
  const Chunk& c = doc_->chunks[k];
  if (c.mention >= 0 || !Quantity(c.head) || k + 1 >= static_cast<int32_t>(doc_->chunks.size())) return k;
  const Chunk& next = doc_->chunks[k + 1];
  if (next.preposition >= 0 && static_cast<uint32_t>(next.preposition) == c.end_token &&
      (WordIs(*doc_, next.preposition, "of") ||
       // "more than 50 activists", "fewer than ten soldiers"
       (WordIs(*doc_, next.preposition, "than") && WordIn(*doc_, c.head, "more", "fewer", "less") &&
        tok(next.first_token).tag == Tag::kNumber)))
    return QuantityOf(k + 1);  // "tens of thousands of students"
  return k;
}

bool Clauses::Quantity(uint32_t t) const {
  return tok(t).tag == Tag::kNumber ||
         WordIn(*doc_, t, "dozens", "tens", "hundreds", "thousands", "millions", "scores", "some", "many", "more", "fewer",
                "several", "members", "group", "number", "most", "all", "two", "three", "four", "five");
}

// The subject of the clause after the comma that closes a fronted
// participle clause: "Addressing Xi as a dear friend, Putin said".
Slot Clauses::MainClauseSubject(size_t vi) {
  Slot slot;
  const Chunk& vg = doc_->chunks[vi];
  uint32_t end = sentence_of(vg).end_token;
  uint32_t comma = vg.end_token;
  while (comma < end && !WordIs(*doc_, comma, ",")) ++comma;
  if (comma + 1 >= end || chunk_start_[comma + 1] < 0) return slot;
  // "Investing remains risky in A, B and C": a finite verb before the
  // comma makes the gerund a subject, not an opening participle clause.
  for (size_t j = vi + 1; j < doc_->chunks.size() && doc_->chunks[j].first_token < comma; ++j) {
    const Chunk& c = doc_->chunks[j];
    const Token& h = tok(c.head);
    if (c.kind == ChunkKind::kVerbGroup && !c.infinitive && h.form != VerbForm::kGerund &&
        h.form != VerbForm::kPastParticiple)
      return slot;
  }
  int32_t k = chunk_start_[comma + 1];
  if (doc_->chunks[k].kind != ChunkKind::kNounPhrase) return slot;
  // The main clause's subject is followed by its verb.
  size_t next = CoordinatedRight(static_cast<size_t>(k), nullptr) + 1;
  while (next < doc_->chunks.size() && doc_->chunks[next].kind == ChunkKind::kNounPhrase &&
         TimeWord(doc_->chunks[next].head))
    ++next;  // "Canada yesterday said"
  if (next >= doc_->chunks.size() || doc_->chunks[next].kind != ChunkKind::kVerbGroup) return slot;
  slot.mentions = MentionsOf(k, true);
  CoordinatedRight(static_cast<size_t>(k), &slot.mentions);
  slot.why = "subject of the main clause after the opening participle";
  return slot;
}

bool Clauses::TimeWord(uint32_t t) const {
  // (Cheap test first: this runs for many tokens.)
  Tag g = tok(t).tag;
  if (g != Tag::kNoun && g != Tag::kProperNoun && g != Tag::kAdverb) return false;
  return WordIn(*doc_, t, "week", "month", "year", "day", "weekend", "morning", "afternoon",
                "evening", "night", "today", "yesterday", "tonight", "monday", "tuesday",
                "wednesday", "thursday", "friday", "saturday", "sunday", "time", "decade");
}

std::vector<int32_t> Clauses::DoersOf(int32_t ci) const {
  const Chunk& c = doc_->chunks[ci];
  bool named = c.mention >= 0 || (c.possessor >= 0 && doc_->chunks[c.possessor].mention >= 0);
  // Things that act on no one; any other head (missiles, mediators, the
  // PM) lets its country word act.
  if (!named && modifier_of_chunk_[ci] >= 0 &&
      WordIn(*doc_, c.head, "war", "wars", "conflict", "crisis", "economy", "constitution", "law", "laws",
             "console", "market", "markets", "stocks", "shares", "currency", "dollar", "oil", "price",
             "prices", "exports", "imports", "growth", "election", "elections", "vote", "victory",
             "defeat", "debt", "deficit", "budget", "weather", "storm", "earthquake", "quake",
             "floods", "film", "book", "championship", "league", "cup", "game", "match"))
    return {};
  // A city or region says where ("the Fallujah assault trapped residents").
  if (!named && modifier_of_chunk_[ci] >= 0 && doc_->mentions[modifier_of_chunk_[ci]].is_place) return {};
  return MentionsOf(ci, true);
}

Slot Clauses::SubjectSlot(size_t vi) {
  Slot slot;
  int32_t sc = Subject(vi, &slot.why);
  if (sc < 0) return slot;
  sc = QuantityOf(sc);
  slot.mentions = DoersOf(sc);  // "Gondor's planes attacked": Gondor
  if (!slot.mentions.empty()) CoordinatedLeft(static_cast<size_t>(sc), &slot.mentions);
  return slot;
}

// "by" phrase after a passive verb: "was invaded by Russia".
Slot Clauses::ByPhrase(size_t vi) const {
  Slot slot;
  const Chunk& vg = doc_->chunks[vi];
  for (size_t k = vi + 1; k < doc_->chunks.size() && k <= vi + 4; ++k) {
    const Chunk& c = doc_->chunks[k];
    if (c.sentence != vg.sentence || c.kind == ChunkKind::kVerbGroup) break;
    if (c.preposition >= 0 && WordIs(*doc_, c.preposition, "by")) {
      slot.mentions = DoersOf(static_cast<int32_t>(k));
      if (!slot.mentions.empty()) CoordinatedRight(k, &slot.mentions);
      slot.why = "by-phrase of the passive";
      return slot;
    }
  }
  // "Three soldiers were wounded in a Taliban attack": the attack's actor.
  for (size_t k = vi + 1; k < doc_->chunks.size() && k <= vi + 3; ++k) {
    const Chunk& c = doc_->chunks[k];
    if (c.sentence != vg.sentence || c.kind == ChunkKind::kVerbGroup) break;
    if (c.preposition < 0 || !WordIs(*doc_, c.preposition, "in") ||
        !WordIn(*doc_, c.head, "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
                "bombing", "bombings", "shelling", "ambush", "assault", "offensive", "bombardment", "crackdown"))
      continue;
    slot.mentions = DoersOf(static_cast<int32_t>(k));
    slot.why = "actor of the '" + std::string(doc_->TokenText(c.head)) + "' the passive happened in";
    return slot;
  }
  return slot;
}

// A target in a following prepositional phrase, for patterns without {T}.
Slot Clauses::PrepositionTarget(uint32_t from, uint32_t sentence) const {
  Slot slot;
  // Close to the pattern only: a phrase further on belongs to something
  // else ("discussed ... U.S. arms sales to Iran").
  uint32_t end = std::min(doc_->sentences[sentence].end_token, from + 6);
  for (uint32_t t = from; t < end; ++t) {
    int32_t k = chunk_start_[t];
    if (k < 0) continue;
    const Chunk& c = doc_->chunks[k];
    if (c.kind == ChunkKind::kVerbGroup) break;
    if (c.preposition >= 0 &&
        WordIn(*doc_, c.preposition, "with", "against", "on", "to", "toward", "towards", "into", "upon")) {
      slot.mentions = MentionsOf(k, false);
      if (!slot.mentions.empty()) {
        CoordinatedRight(static_cast<size_t>(k), &slot.mentions);
        slot.why = "object of '" + std::string(doc_->TokenText(c.preposition)) + "'";
        return slot;
      }
    }
  }
  return slot;
}

bool Clauses::IsReported(const Chunk& vg, size_t vi) const {
  if (tok(vg.head).has(kInQuote)) return true;
  for (int32_t k = static_cast<int32_t>(vi) - 1; k >= 0; --k) {
    const Chunk& c = doc_->chunks[k];
    if (c.sentence != vg.sentence) break;
    if (c.kind == ChunkKind::kVerbGroup &&
        WordIn(*doc_, c.head, "said", "says", "say", "told", "tells", "claimed", "claims", "stated",
               "announced", "added", "reported", "insisted", "alleged", "according"))
      return true;
  }
  return false;
}

bool Clauses::Hypothetical(const Chunk& vg) const {
  if (vg.modal || vg.irrealis) return true;
  const Sentence& s = sentence_of(vg);
  if (s.end_token > s.first_token && WordIs(*doc_, s.end_token - 1, "?")) return true;
  // "if"/"unless" opening the clause; "demanded that Russia withdraw":
  // what is demanded, urged or proposed has not happened.
  for (uint32_t t = vg.first_token; t > s.first_token; --t) {
    if (tok(t - 1).tag == Tag::kSentenceEnd) break;
    if (WordIn(*doc_, t - 1, "if", "unless", "whether")) return true;
    // "provided (that) Turkey met the standards": a condition, when only
    // the clause's subject stands between "provided" and its verb.
    if (WordIn(*doc_, t - 1, "provided", "providing") && vg.first_token - t <= 4 &&
        std::all_of(&doc_->tokens[t], &doc_->tokens[vg.first_token], [](const Token& k) {
          return k.tag == Tag::kProperNoun || k.tag == Tag::kPronoun || k.tag == Tag::kDeterminer ||
                 k.tag == Tag::kNoun || k.tag == Tag::kAdjective || k.tag == Tag::kSubordinator;
        }))
      return true;
    if (WordIs(*doc_, t - 1, "that") && t - 1 > s.first_token &&
        WordIn(*doc_, t - 2, "demanded", "demand", "demands", "insisted", "insist", "insists", "urged",
               "urge", "urges", "asked", "requested", "proposed", "recommended", "suggested",
               "ordered", "required", "stipulated"))
      return true;
    if (WordIn(*doc_, t - 1, ";")) break;
  }
  return false;
}

bool Clauses::Denied(const Chunk& vg, size_t vi) const {
  auto denying = [this](uint32_t t) {
    return LemmaIn(t, {"deny", "dismiss", "refute", "reject", "rebuff", "dispute"}) &&
           tok(t).tag == Tag::kVerb;
  };
  const Sentence& s = sentence_of(vg);
  for (uint32_t t = vg.first_token; t > s.first_token; --t) {
    if (WordIn(*doc_, t - 1, ";", ":")) break;
    if (!WordIs(*doc_, t - 1, "that") || t - 1 == s.first_token) continue;
    uint32_t before = t - 2;
    // "denied claims that", "rejected reports that"
    if (before > s.first_token &&
        WordIn(*doc_, before, "claim", "claims", "report", "reports", "allegation", "allegations",
               "accusation", "accusations", "suggestion", "suggestions", "charge", "charges"))
      --before;
    return denying(before) || (before > s.first_token && WordIn(*doc_, before, "the") && denying(before - 1));
  }
  // "The Kremlin denied its troops were involved": the complement clause
  // without "that" right after the denying verb.
  if (vi >= 2) {
    const Chunk& subject = doc_->chunks[vi - 1];
    const Chunk& verb = doc_->chunks[vi - 2];
    if (subject.kind == ChunkKind::kNounPhrase && verb.kind == ChunkKind::kVerbGroup &&
        verb.sentence == vg.sentence && verb.end_token == subject.first_token &&
        subject.end_token == vg.first_token && LemmaIn(verb.head, {"deny"}))
      return true;
  }
  return false;
}

// An actor named inside the words a pattern matched ("seized a British
// tanker", "expelled two Russian diplomats").
Slot Clauses::ModifierTarget(uint32_t from, uint32_t to) const {
  Slot slot;
  for (size_t m = 0; m < doc_->mentions.size(); ++m) {
    const ActorMention& am = doc_->mentions[m];
    if (am.first_token >= from && am.end_token <= to && am.members.empty()) {
      slot.mentions = {static_cast<int32_t>(m)};
      slot.why = "actor named in the pattern's words";
      return slot;
    }
  }
  return slot;
}

// Verbs whose object event is ended or denied ("lifted its ban").
bool Clauses::UndoingVerb(uint32_t t) const {
  return LemmaIn(t, {"lift", "end", "ease", "suspend", "cancel", "revoke", "scrap", "remove", "drop", "halt",
                     "stop", "deny", "reverse", "rescind", "abandon", "call off", "postpone", "delay",
                     "avert", "prevent", "block", "veto", "reject", "withhold", "freeze"});
}

// Verbs whose object event has not happened ("threatened sanctions on").
bool Clauses::ContemplatingVerb(uint32_t t) const {
  return LemmaIn(t, {"threaten", "plan", "propose", "consider", "prepare", "seek", "want", "demand", "urge",
                     "request", "discuss", "debate", "mull", "weigh", "fear", "warn", "expect", "rule",
                     "oppose", "vote", "push", "call", "back", "support", "endorse", "advocate", "favour",
                     "favor"});
}

// Token t's lemma (its text when it has none) is one of `words`.
bool Clauses::LemmaIn(uint32_t t, std::initializer_list<std::string_view> words) const {
  const Token& k = tok(t);
  std::string_view lemma = doc_->lexicon && k.lemma ? doc_->lexicon->Spelling(k.lemma) : doc_->TokenText(t);
  for (std::string_view w : words)
    if (lemma == w) return true;
  return false;
}

// Verbs whose object noun names the subject's own act ("launched an
// invasion of", "imposed tariffs on", "made an official visit to").
bool Clauses::LightVerb(uint32_t t) const {
  return WordIn(*doc_, t, "make", "made", "makes", "making", "pay", "paid", "pays", "hold", "held",
                "holds", "launch", "launched", "launches", "impose", "imposed", "imposes", "carry",
                "carried", "conduct", "conducted", "conducts", "stage", "staged", "mount",
                "mounted", "begin", "began", "begun", "start", "started", "continue", "continued",
                "provide", "provided", "provides", "offer", "offered", "offers", "give", "gave",
                "given", "extend", "extended", "send", "sent", "deliver", "delivered", "order",
                "ordered", "slap", "slapped", "levy", "levied", "level", "levelled", "leveled",
                "sign", "signed", "reach", "reached", "conclude", "concluded", "have", "had",
                "resume", "resumed", "undertake", "undertook", "wage", "waged", "announce",
                "announced", "unveil", "unveiled", "raise", "raised", "hike", "hiked");
}

// The chunk whose last token is `end - 1`, or -1.
int32_t Clauses::ChunkEndingAt(uint32_t end) const {
  for (size_t k = 0; k < doc_->chunks.size(); ++k)
    if (doc_->chunks[k].end_token == end) return static_cast<int32_t>(k);
  return -1;
}

}  // namespace tacitus
