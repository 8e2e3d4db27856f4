// Event matching: verb and noun patterns over the chunks, with source and
// target taken from clause structure (subject, object slot, passive
// by-phrase, relative-clause antecedent, coordinated verb phrases, the
// possessor or modifier of a nominal event).
#include <algorithm>
#include <string>

#include "stages.h"
#include "tacitus/lexicon.h"

namespace tacitus {

namespace {

struct Slot {
  std::vector<int32_t> mentions;  // resolved actor mentions (groups expanded)
  std::string why;
};

class Matcher {
 public:
  Matcher(const EventDictionary& dict, Document* doc) : dict_(dict), doc_(doc) {
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

  void Run() {
    for (size_t k = 0; k < doc_->chunks.size(); ++k) {
      const Chunk& c = doc_->chunks[k];
      if (c.kind == ChunkKind::kVerbGroup) MatchVerb(k);
    }
    for (size_t k = 0; k < doc_->chunks.size(); ++k) {
      const Chunk& c = doc_->chunks[k];
      if (c.kind == ChunkKind::kNounPhrase) MatchNoun(k);
    }
  }

 private:
  const EventDictionary& dict_;
  Document* doc_;
  std::vector<int32_t> chunk_start_;
  std::vector<int32_t> modifier_of_chunk_;
  // Set while a nominal event is emitted: its governing verb undoes it or
  // only contemplates it.
  bool undo_ = false;
  bool contemplated_ = false;
  // The verb group whose subject the last Subject() call shared through
  // coordination ("will not dismantle ... or improve"), -1 if none.
  int32_t shared_from_ = -1;

  std::vector<uint32_t> candidates_;
  // Which words (by id, hashed to 256 bits) the current sentence contains:
  // a pattern whose required words are not all there is not tried.
  uint64_t bloom_[4] = {0, 0, 0, 0};
  int32_t bloom_sentence_ = -1;


  void PrepareBloom(uint32_t sentence) {
    if (bloom_sentence_ == static_cast<int32_t>(sentence)) return;
    bloom_sentence_ = static_cast<int32_t>(sentence);
    for (uint64_t& b : bloom_) b = 0;
    const Sentence& s = doc_->sentences[sentence];
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      for (uint32_t id : {tok(t).word, tok(t).lemma}) {
        if (id == 0) continue;
        uint32_t b = WordBit(id);
        bloom_[b >> 6] |= uint64_t{1} << (b & 63);
      }
    }
  }

  bool HasBit(uint32_t b) const { return (bloom_[b >> 6] >> (b & 63)) & 1; }

  // False if a required word of pattern `pi` is surely not in the sentence.
  bool MayMatch(uint32_t pi) const {
    const PatternSignature& sig = dict_.signature(pi);
    for (int w = 0; w < sig.words; ++w)
      if (!HasBit(sig.bits[w][0]) && !HasBit(sig.bits[w][1]) && !HasBit(sig.bits[w][2])) return false;
    return true;
  }


  // Fills candidates_ with the patterns of `head` that may match from token
  // `next` on; false if there are none.
  bool FindCandidates(const Token& head, bool noun, uint32_t next, uint32_t end) {
    uint32_t word = next < end ? tok(next).word : 0;
    uint32_t lemma = next < end ? tok(next).lemma : 0;
    dict_.Candidates(head.lemma, noun, word, lemma, &candidates_);
    if (candidates_.empty() && head.word && head.word != head.lemma)
      dict_.Candidates(head.word, noun, word, lemma, &candidates_);
    return !candidates_.empty();
  }

  const Token& tok(uint32_t i) const { return doc_->tokens[i]; }
  const Sentence& sentence_of(const Chunk& c) const { return doc_->sentences[c.sentence]; }
  std::string Text(uint32_t first, uint32_t end) const {
    if (end <= first) return "";
    return std::string(doc_->Slice({tok(first).span.begin, tok(end - 1).span.end}));
  }

  // The actor mentions a chunk stands for: its own (groups expanded), else
  // its possessor's ("China's military parade" -> China).
  std::vector<int32_t> MentionsOf(int32_t ci, bool allow_possessor) const {
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

  // Headlines write "Xi, Putin reaffirm ties" for "Xi and Putin".
  bool IsTitle(uint32_t sentence) const { return doc_->sentences[sentence].is_title; }

  bool HasActor(int32_t ci, bool allow_possessor) const {
    const Chunk& c = doc_->chunks[ci];
    return c.mention >= 0 ||
           (allow_possessor && ((c.possessor >= 0 && doc_->chunks[c.possessor].mention >= 0) ||
                                modifier_of_chunk_[ci] >= 0));
  }

  // "A, B and C": the chunks coordinated with chunk ci to its right;
  // appends their mentions (unless `mentions` is null) and returns the
  // index of the last one.
  // A list is "A and B" or "A, B and C": commas count only in a list that
  // ends with "and"/"or", so "Before visiting Israel, Tony Blair" is not one.
  size_t CoordinatedRight(size_t ci, std::vector<int32_t>* mentions) const {
    size_t k = ci, last_good = ci;
    while (k + 1 < doc_->chunks.size()) {
      const Chunk& cur = doc_->chunks[k];
      const Chunk& next = doc_->chunks[k + 1];
      if (next.kind != ChunkKind::kNounPhrase || next.sentence != cur.sentence) break;
      if (next.first_token != cur.end_token + 1 || !WordIn(*doc_, cur.end_token, "and", "or", ",")) break;
      if (!HasActor(static_cast<int32_t>(k + 1), false)) break;
      ++k;
      if (!WordIs(*doc_, cur.end_token, ",") || IsTitle(cur.sentence)) last_good = k;
    }
    for (size_t j = ci + 1; mentions && j <= last_good; ++j) {
      std::vector<int32_t> more = MentionsOf(static_cast<int32_t>(j), false);
      mentions->insert(mentions->end(), more.begin(), more.end());
    }
    return last_good;
  }

  void CoordinatedLeft(size_t ci, std::vector<int32_t>* mentions) const {
    size_t k = ci;
    bool saw_and = false;
    while (k > 0) {
      const Chunk& cur = doc_->chunks[k];
      const Chunk& prev = doc_->chunks[k - 1];
      if (prev.kind != ChunkKind::kNounPhrase || prev.sentence != cur.sentence) break;
      if (cur.first_token != prev.end_token + 1) break;
      bool comma = WordIs(*doc_, prev.end_token, ",");
      if (!(WordIn(*doc_, prev.end_token, "and", "or") || (comma && (saw_and || IsTitle(cur.sentence))))) break;
      saw_and = true;
      std::vector<int32_t> more = MentionsOf(static_cast<int32_t>(k - 1), false);
      if (more.empty()) break;
      mentions->insert(mentions->begin(), more.begin(), more.end());
      --k;
    }
  }

  // Subject chunk of verb group vi, or -1. `why` says how it was found.
  int32_t Subject(size_t vi, std::string* why) {
    const Chunk& vg = doc_->chunks[vi];
    const Sentence& s = sentence_of(vg);
    uint32_t before = vg.first_token;
    // An infinitive's subject is its governing verb's ("Arnor is about to
    // restore ties", "Russia wants to attack").
    if (vg.infinitive && vi > 0) {
      const Chunk& prev = doc_->chunks[vi - 1];
      if (prev.kind == ChunkKind::kVerbGroup && prev.sentence == vg.sentence &&
          vg.first_token - prev.end_token <= 2) {
        bool bridge = true;
        for (uint32_t t = prev.end_token; t < vg.first_token; ++t)
          bridge &= tok(t).tag == Tag::kAdverb || tok(t).tag == Tag::kAdjective ||
                    WordIn(*doc_, t, "about", "going", "set", "able", "ready", "willing", "due");
        if (bridge) {
          int32_t sub = Subject(vi - 1, why);
          if (sub >= 0) *why = "subject of '" + std::string(doc_->TokenText(prev.head)) + "', governing the infinitive";
          return sub;
        }
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
        if ((opener.tag == Tag::kVerb && opener.form != VerbForm::kPresent) ||
            opener.tag == Tag::kRelative || opener.tag == Tag::kPreposition ||
            opener.tag == Tag::kSubordinator) {
          paren_begin = c1 - 1;  // the opening comma
          paren_end = t;
        }
      }
    }
    for (int32_t k = static_cast<int32_t>(vi) - 1; k >= 0; --k) {
      const Chunk& c = doc_->chunks[k];
      if (c.sentence != vg.sentence) break;
      if (c.first_token >= paren_begin && c.end_token <= paren_end) continue;
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
      // "poverty in Africa and South Asia": the second conjunct shares the
      // first one's preposition.
      if (k > 0 && c.first_token > s.first_token && WordIn(*doc_, c.first_token - 1, "and", "or") &&
          doc_->chunks[k - 1].kind == ChunkKind::kNounPhrase && doc_->chunks[k - 1].preposition >= 0 &&
          doc_->chunks[k - 1].end_token + 1 == c.first_token)
        continue;
      if (k + 1 < static_cast<int32_t>(doc_->chunks.size()) && doc_->chunks[k + 1].possessor == k) continue;
      if (tok(c.head).tag == Tag::kAdjective) continue;
      if (c.mention < 0 && TimeWord(c.head)) continue;  // "MPs this week warned"
      // "Xi and Putin each held talks": a floating quantifier.
      if (c.mention < 0 && c.end_token - c.first_token == 1 && WordIn(*doc_, c.head, "each", "both", "all"))
        continue;
      *why = "subject of '" + std::string(doc_->TokenText(vg.head)) + "'";
      return k;
    }
    return -1;
  }

  // "dozens of Palestinians", "thousands of protesters": the phrase after
  // "of" stands for a quantity phrase that names no actor itself.
  int32_t QuantityOf(int32_t k) const {
    const Chunk& c = doc_->chunks[k];
    if (c.mention >= 0 || !Quantity(c.head) || k + 1 >= static_cast<int32_t>(doc_->chunks.size())) return k;
    const Chunk& next = doc_->chunks[k + 1];
    if (next.preposition >= 0 && WordIs(*doc_, next.preposition, "of") &&
        static_cast<uint32_t>(next.preposition) == c.end_token)
      return k + 1;
    return k;
  }

  bool Quantity(uint32_t t) const {
    return tok(t).tag == Tag::kNumber ||
           WordIn(*doc_, t, "dozens", "hundreds", "thousands", "millions", "scores", "some", "many",
                  "several", "members", "group", "number", "most", "all", "two", "three", "four", "five");
  }

  // The subject of the clause after the comma that closes a fronted
  // participle clause: "Addressing Xi as a dear friend, Putin said".
  Slot MainClauseSubject(size_t vi) {
    Slot slot;
    const Chunk& vg = doc_->chunks[vi];
    uint32_t end = sentence_of(vg).end_token;
    uint32_t comma = vg.end_token;
    while (comma < end && !WordIs(*doc_, comma, ",")) ++comma;
    if (comma + 1 >= end || chunk_start_[comma + 1] < 0) return slot;
    int32_t k = chunk_start_[comma + 1];
    if (doc_->chunks[k].kind != ChunkKind::kNounPhrase) return slot;
    slot.mentions = MentionsOf(k, true);
    CoordinatedRight(static_cast<size_t>(k), &slot.mentions);
    slot.why = "subject of the main clause after the opening participle";
    return slot;
  }

  bool TimeWord(uint32_t t) const {
    return WordIn(*doc_, t, "week", "month", "year", "day", "weekend", "morning", "afternoon",
                  "evening", "night", "today", "yesterday", "tonight", "monday", "tuesday",
                  "wednesday", "thursday", "friday", "saturday", "sunday", "time", "decade");
  }

  Slot SubjectSlot(size_t vi) {
    Slot slot;
    int32_t sc = Subject(vi, &slot.why);
    if (sc < 0) return slot;
    sc = QuantityOf(sc);
    slot.mentions = MentionsOf(sc, true);  // "Gondor's planes attacked": Gondor
    if (!slot.mentions.empty()) CoordinatedLeft(static_cast<size_t>(sc), &slot.mentions);
    return slot;
  }

  // "by" phrase after a passive verb: "was invaded by Russia".
  Slot ByPhrase(size_t vi) const {
    Slot slot;
    const Chunk& vg = doc_->chunks[vi];
    for (size_t k = vi + 1; k < doc_->chunks.size() && k <= vi + 4; ++k) {
      const Chunk& c = doc_->chunks[k];
      if (c.sentence != vg.sentence || c.kind == ChunkKind::kVerbGroup) break;
      if (c.preposition >= 0 && WordIs(*doc_, c.preposition, "by")) {
        slot.mentions = MentionsOf(static_cast<int32_t>(k), true);
        if (!slot.mentions.empty()) CoordinatedRight(k, &slot.mentions);
        slot.why = "by-phrase of the passive";
        return slot;
      }
    }
    return slot;
  }

  // A target in a following prepositional phrase, for patterns without {T}.
  Slot PrepositionTarget(uint32_t from, uint32_t sentence) const {
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

  // Tokens a '*' may skip: modifiers and punctuation, not clause structure.
  bool Skippable(uint32_t t) const {
    Tag g = tok(t).tag;
    return g != Tag::kVerb && g != Tag::kAux && g != Tag::kModal && g != Tag::kRelative &&
           g != Tag::kSubordinator && g != Tag::kSentenceEnd && g != Tag::kCoordinator;
  }

  bool WordMatches(const PatternElement& e, uint32_t t) const {
    const Token& k = tok(t);
    for (uint32_t id : e.ids) {
      if (id == 0) continue;
      if (k.word == id || k.lemma == id) return true;
    }
    return false;
  }

  // Matches elements[ei..] at token t; fills *target; *end is one past the
  // last matched token. In the passive the target slot is empty.
  bool MatchFrom(const Pattern& p, size_t ei, uint32_t t, uint32_t end, bool passive,
                 Slot* target, uint32_t* last) const {
    if (ei == p.elements.size()) {
      *last = t;
      return true;
    }
    const PatternElement& e = p.elements[ei];
    switch (e.kind) {
      case PatternElement::kWord:
        if (t < end && WordMatches(e, t) && MatchFrom(p, ei + 1, t + 1, end, passive, target, last))
          return true;
        return e.optional && MatchFrom(p, ei + 1, t, end, passive, target, last);
      case PatternElement::kSkip: {
        // Up to three words; quotation marks and other punctuation are free
        // ("reaffirm ‘old friend’ ties").
        uint32_t words = 0;
        for (uint32_t n = 0; t + n <= end && n <= 6; ++n) {
          if (n > 0) {
            if (!Skippable(t + n - 1)) break;
            if (tok(t + n - 1).tag != Tag::kPunct && ++words > 3) break;
          }
          if (MatchFrom(p, ei + 1, t + n, end, passive, target, last)) return true;
        }
        return false;
      }
      case PatternElement::kTarget: {
        if (passive) return MatchFrom(p, ei + 1, t, end, passive, target, last);
        if (t >= end) return false;
        int32_t k = chunk_start_[t];
        if (k < 0 || doc_->chunks[k].kind != ChunkKind::kNounPhrase) return false;
        // "ties with Gondor's government": the possessed phrase when it
        // names an actor, else the possessor ("attend China's parade").
        if (k + 1 < static_cast<int32_t>(doc_->chunks.size()) && doc_->chunks[k + 1].possessor == k &&
            (doc_->chunks[k + 1].mention >= 0 || doc_->chunks[k].mention < 0))
          k = k + 1;
        if (!HasActor(k, true)) k = QuantityOf(k);
        // Cheap checks first: most patterns tried fail on a later word, and
        // building the slot allocates.
        if (!HasActor(k, true)) return false;
        size_t lastk = CoordinatedRight(static_cast<size_t>(k), nullptr);
        if (!MatchFrom(p, ei + 1, doc_->chunks[lastk].end_token, end, passive, target, last)) return false;
        target->mentions = MentionsOf(k, true);
        CoordinatedRight(static_cast<size_t>(k), &target->mentions);
        target->why = "object of '" + p.text + "'";
        return true;
      }
    }
    return false;
  }

  bool IsReported(const Chunk& vg, size_t vi) const {
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

  bool Hypothetical(const Chunk& vg, size_t vi) const {
    if (vg.modal || vg.irrealis) return true;
    const Sentence& s = sentence_of(vg);
    if (s.end_token > s.first_token && WordIs(*doc_, s.end_token - 1, "?")) return true;
    // "if"/"unless" opening the clause; "demanded that Russia withdraw":
    // what is demanded, urged or proposed has not happened.
    for (uint32_t t = vg.first_token; t > s.first_token; --t) {
      if (tok(t - 1).tag == Tag::kSentenceEnd) break;
      if (WordIn(*doc_, t - 1, "if", "unless", "whether")) return true;
      if (WordIs(*doc_, t - 1, "that") && t - 1 > s.first_token &&
          WordIn(*doc_, t - 2, "demanded", "demand", "demands", "insisted", "insist", "insists", "urged",
                 "urge", "urges", "asked", "requested", "proposed", "recommended", "suggested",
                 "ordered", "required", "stipulated"))
        return true;
      if (WordIn(*doc_, t - 1, ";")) break;
    }
    return false;
  }

  EventActor Actor(int32_t m, const std::string& why) const {
    EventActor a;
    const ActorMention& am = doc_->mentions[m];
    a.code = am.code;
    a.country = am.country;
    a.sector = am.sector;
    a.name = am.name;
    a.span = {tok(am.first_token).span.begin, tok(am.end_token - 1).span.end};
    a.mention = m;
    a.why = why;
    return a;
  }

  void Emit(const Pattern& p, const Slot& sources, const Slot& targets, uint32_t sentence,
            uint32_t trigger, const Chunk* vg, size_t vi, const std::string& rule) {
    bool negated = (vg && vg->negated) || undo_;
    bool hypothetical = (vg && Hypothetical(*vg, vi)) || contemplated_;
    bool reported = vg && IsReported(*vg, vi);
    // A bare verb coordinated with an earlier group shares its auxiliaries:
    // "will not dismantle its programme or improve ties" negates both.
    if (vg && shared_from_ >= 0 && vg->first_token == vg->head) {
      const Chunk& first = doc_->chunks[shared_from_];
      negated |= first.negated;
      hypothetical |= first.modal || first.irrealis;
    }
    for (int32_t s : sources.mentions) {
      for (int32_t t : targets.mentions) {
        const ActorMention& sm = doc_->mentions[s];
        const ActorMention& tm = doc_->mentions[t];
        // An actor does not act on itself; two different people of one
        // government do ("Blair praised Straw").
        if (sm.code == tm.code && !(sm.is_person && tm.is_person && !sm.name.empty() &&
                                    !tm.name.empty() && sm.name != tm.name))
          continue;
        // "Modi returned to New Delhi": an actor going to or acting on its
        // own country's places is not an international event.
        if (tm.country == sm.country && tm.sector.empty() && !tm.is_person && !sm.sector.empty())
          continue;
        // "X told Reuters": the press is the hearer of a statement, not a
        // party to an event.
        if (p.code.compare(0, 2, "01") == 0 && tm.sector == "MED") continue;
        AddEvent(p.code, p, Actor(s, sources.why), Actor(t, targets.why), sentence, trigger,
                 negated, hypothetical, reported, false, rule);
        if (!p.mirror_code.empty())
          AddEvent(p.mirror_code, p, Actor(t, targets.why), Actor(s, sources.why), sentence, trigger,
                   negated, hypothetical, reported, true, rule + "; mirror of " + p.code);
      }
    }
  }

  void AddEvent(const std::string& code, const Pattern& p, EventActor source, EventActor target,
                uint32_t sentence, uint32_t trigger, bool negated, bool hypothetical,
                bool reported, bool mirrored, const std::string& rule) {
    for (const Event& e : doc_->events) {
      if (e.sentence == sentence && e.source.code == source.code && e.target.code == target.code &&
          e.cameo.substr(0, 2) == code.substr(0, 2))
        return;  // the same event found twice (verb and noun pattern)
    }
    const CameoCode* info = dict_.Cameo(code);
    if (!info) return;
    Event e;
    e.sentence = sentence;
    e.source = std::move(source);
    e.target = std::move(target);
    e.cameo = code;
    e.root = code.substr(0, 2);
    e.quad_class = info->quad_class;
    e.goldstein = info->goldstein;
    e.plover = info->plover;
    e.plover_mode = info->plover_mode;
    e.plover_context = info->plover_context;
    e.trigger = tok(trigger).span;
    e.negated = negated;
    e.hypothetical = hypothetical;
    e.reported = reported;
    e.mirrored = mirrored;
    e.pattern = p.text;
    e.pattern_origin = p.origin;
    e.rule = rule;
    doc_->events.push_back(std::move(e));
  }

  void MatchVerb(size_t vi) {
    const Chunk& vg = doc_->chunks[vi];
    const Token& head = tok(vg.head);
    // A gerund heads a clause only in the progressive ("is attacking") or
    // in a participle clause opening the sentence ("Welcoming Putin, Xi
    // said ...": its subject is the main clause's).
    bool fronted = head.form == VerbForm::kGerund && vg.first_token == sentence_of(vg).first_token;
    if (head.tag != Tag::kVerb || (head.form == VerbForm::kGerund && vg.first_token == vg.head && !fronted))
      return;
    // A participle with no auxiliary is not a clause's verb: "with 23,000
    // people killed", "troops stationed abroad".
    // But one followed by its object is a past tense the tagger misread
    // ("forces shelled Kharkiv").
    if (head.form == VerbForm::kPastParticiple && vg.first_token == vg.head &&
        !(vg.end_token < sentence_of(vg).end_token && chunk_start_[vg.end_token] >= 0 &&
          doc_->chunks[chunk_start_[vg.end_token]].kind == ChunkKind::kNounPhrase))
      return;
    uint32_t end = sentence_of(vg).end_token;
    undo_ = contemplated_ = false;
    if (vg.passive && LightVerb(vg.head) && MatchPassiveNominal(vi)) return;
    if (!FindCandidates(head, false, vg.end_token, end)) return;
    const std::vector<uint32_t>* list = &candidates_;
    PrepareBloom(vg.sentence);
    Slot subject;
    bool have_subject = false;
    for (uint32_t pi : *list) {
      if (!MayMatch(pi)) continue;
      const Pattern& p = dict_.pattern(pi);
      Slot target;
      uint32_t last = 0;
      if (!MatchFrom(p, 0, vg.end_token, end, vg.passive, &target, &last)) continue;
      if (!have_subject) {
        shared_from_ = -1;
        subject = fronted ? MainClauseSubject(vi) : SubjectSlot(vi);
        have_subject = true;
      }
      Slot source;
      if (vg.passive) {
        source = ByPhrase(vi);
        if (p.has_target) {
          target = subject;
          target.why = "subject of the passive '" + std::string(doc_->TokenText(vg.head)) + "'";
        } else {
          target = PrepositionTarget(last, vg.sentence);
        }
      } else {
        source = subject;
        if (!p.has_target) {
          target = PrepositionTarget(last, vg.sentence);
          if (target.mentions.empty()) target = ModifierTarget(vg.end_token, last);
          // Up to four: "the G-7 ... agreed" is one group's act, not 42 pairs.
          if (target.mentions.empty() && subject.mentions.size() >= 2 && subject.mentions.size() <= 4 &&
              Mutual(p, vg.head)) {
            // "Germany and France met": each met the other.
            Emit(p, subject, subject, vg.sentence, vg.head, &vg, vi,
                 "verb pattern; compound subject acts on each other");
            return;
          }
        }
      }
      if (source.mentions.empty() || target.mentions.empty()) continue;
      Emit(p, source, target, vg.sentence, vg.head, &vg, vi,
           std::string("verb pattern") + (vg.passive ? " (passive)" : ""));
      return;
    }
  }

  // Codes where "A and B did it" means each did it to the other: meeting,
  // cooperating, agreeing, and fighting ("clashed", "exchanged fire").
  bool Mutual(const Pattern& p, uint32_t head) const {
    std::string root = p.code.substr(0, 2);
    if (root >= "03" && root <= "06") return true;
    // Fighting is mutual only when the verb says so: "clashed", "fought",
    // "exchanged fire"; "Labour and the Tories attacked his policies" is not.
    return root == "19" && WordIn(*doc_, head, "clash", "clashed", "clashes", "clashing", "fight",
                                  "fought", "fights", "battle", "battled", "battles", "exchange",
                                  "exchanged", "exchanges", "skirmished", "skirmish");
  }

  // An actor named inside the words a pattern matched ("seized a British
  // tanker", "expelled two Russian diplomats").
  Slot ModifierTarget(uint32_t from, uint32_t to) const {
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

  // "Sanctions were imposed on Iran by the EU": the subject names the event,
  // the words after the light verb its target, the by-phrase its source.
  bool MatchPassiveNominal(size_t vi) {
    const Chunk& vg = doc_->chunks[vi];
    std::string why;
    int32_t sc = Subject(vi, &why);
    if (sc < 0) return false;
    const Token& noun = tok(doc_->chunks[sc].head);
    if (noun.tag != Tag::kNoun) return false;
    uint32_t end = sentence_of(vg).end_token;
    if (!FindCandidates(noun, true, vg.end_token, end)) return false;
    std::vector<uint32_t> list = candidates_;
    PrepareBloom(vg.sentence);
    for (uint32_t pi : list) {
      if (!MayMatch(pi)) continue;
      const Pattern& p = dict_.pattern(pi);
      Slot target;
      uint32_t last = 0;
      if (!p.has_target || !MatchFrom(p, 0, vg.end_token, end, false, &target, &last)) continue;
      Slot source = ByPhrase(vi);
      if (source.mentions.empty()) return false;
      Emit(p, source, target, vg.sentence, doc_->chunks[sc].head, &vg, vi, "noun pattern (passive light verb)");
      return true;
    }
    return false;
  }

  // Verbs whose object event is ended or denied ("lifted its ban").
  bool UndoingVerb(uint32_t t) const {
    const Token& k = tok(t);
    std::string_view lemma = doc_->lexicon && k.lemma ? doc_->lexicon->Spelling(k.lemma) : doc_->TokenText(t);
    static const char* kWords[] = {"lift", "end", "ease", "suspend", "cancel", "revoke", "scrap", "remove",
                                   "drop", "halt", "stop", "deny", "reverse", "rescind", "abandon", "call off",
                                   "postpone", "delay", "avert", "prevent", "block", "veto", "reject"};
    for (const char* w : kWords)
      if (lemma == w) return true;
    return false;
  }

  // Verbs whose object event has not happened ("threatened sanctions on").
  bool ContemplatingVerb(uint32_t t) const {
    const Token& k = tok(t);
    std::string_view lemma = doc_->lexicon && k.lemma ? doc_->lexicon->Spelling(k.lemma) : doc_->TokenText(t);
    static const char* kWords[] = {"threaten", "plan", "propose", "consider", "prepare", "seek", "want",
                                   "demand", "urge", "request", "discuss", "debate", "mull", "weigh",
                                   "fear", "warn", "expect", "rule", "oppose", "vote", "push", "call"};
    for (const char* w : kWords)
      if (lemma == w) return true;
    return false;
  }

  // Verbs whose object noun names the subject's own act ("launched an
  // invasion of", "imposed tariffs on", "made an official visit to").
  bool LightVerb(uint32_t t) const {
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

  void MatchNoun(size_t ni) {
    const Chunk& np = doc_->chunks[ni];
    if (tok(np.head).tag != Tag::kNoun) return;
    // The pattern's head may be a modifier of the phrase's head: "military
    // aid to", "air strikes on", "trade deal with". Left to right, so the
    // longer name of the event wins over its head noun alone.
    for (uint32_t h = np.first_token; h <= np.head; ++h) {
      Tag tag = tok(h).tag;
      if (tag != Tag::kNoun && tag != Tag::kAdjective && tag != Tag::kProperNoun) continue;
      if (MatchNounAt(ni, h)) return;
    }
  }

  bool MatchNounAt(size_t ni, uint32_t h) {
    const Chunk& np = doc_->chunks[ni];
    uint32_t end = sentence_of(np).end_token;
    if (!FindCandidates(tok(h), true, h + 1, end)) return false;
    std::vector<uint32_t> list = candidates_;
    PrepareBloom(np.sentence);
    for (uint32_t pi : list) {
      if (!MayMatch(pi)) continue;
      const Pattern& p = dict_.pattern(pi);
      Slot target;
      uint32_t last = 0;
      if (!MatchFrom(p, 0, h + 1, end, false, &target, &last)) continue;
      if (last <= np.head) continue;  // the pattern must cover the head noun
      if (!p.has_target) target = PrepositionTarget(last, np.sentence);
      if (target.mentions.empty()) continue;
      // Source: an actor word modifying the noun ("the Russian invasion"),
      // the possessor ("Trump's tariffs"), or the subject of a light verb
      // governing the phrase ("Russia launched an invasion").
      Slot source;
      const Chunk* vg = nullptr;
      size_t vgi = 0;
      for (size_t m = 0; m < doc_->mentions.size(); ++m) {
        const ActorMention& am = doc_->mentions[m];
        if (am.modifier && am.first_token >= np.first_token && am.end_token <= h) {
          source.mentions = {static_cast<int32_t>(m)};
          source.why = "modifier of '" + std::string(doc_->TokenText(np.head)) + "'";
        }
      }
      if (source.mentions.empty() && np.possessor >= 0) {
        source.mentions = MentionsOf(np.possessor, false);
        source.why = "possessor of '" + std::string(doc_->TokenText(np.head)) + "'";
      }
      if (source.mentions.empty() && last + 1 < end && WordIs(*doc_, last, "by") &&
          chunk_start_[last + 1] >= 0) {
        // "the invasion of Ukraine by Russia"
        source.mentions = MentionsOf(chunk_start_[last + 1], true);
        source.why = "by-phrase of '" + std::string(doc_->TokenText(np.head)) + "'";
      }
      if (source.mentions.empty() && ni > 0 && np.preposition < 0) {
        size_t k = ni - 1;
        if (np.possessor >= 0 && k > 0 && static_cast<int32_t>(k) == np.possessor) --k;
        const Chunk& prev = doc_->chunks[k];
        if (prev.kind == ChunkKind::kVerbGroup && prev.sentence == np.sentence &&
            LightVerb(prev.head) && !prev.passive) {
          shared_from_ = -1;
          source = SubjectSlot(k);
          source.why = "subject of '" + std::string(doc_->TokenText(prev.head)) + "'";
          vg = &doc_->chunks[k];
          vgi = k;
        }
      }
      // The verb governing the phrase may undo or only contemplate the
      // event it names: "lifted its ban on", "denied the attack on",
      // "threatened sanctions on", "called for talks with".
      undo_ = false;
      contemplated_ = false;
      bool governed = false;  // object of a verb that is not a light verb
      if (ni > 0 && np.preposition < 0) {
        size_t k = ni - 1;
        if (np.possessor >= 0 && k > 0 && static_cast<int32_t>(k) == np.possessor) --k;
        const Chunk& gov = doc_->chunks[k];
        if (gov.kind == ChunkKind::kVerbGroup && gov.sentence == np.sentence && !LightVerb(gov.head)) {
          governed = true;
          undo_ = UndoingVerb(gov.head);
          contemplated_ = ContemplatingVerb(gov.head);
        }
      }
      // "talks between A and B" — unless a third party "mediated" or
      // "hosted" them: that verb's own event says what happened.
      if (source.mentions.empty() && target.mentions.size() >= 2 && !governed &&
          p.text.find("between {T}") != std::string::npos) {
        // "talks between Iran and the United States": each with the other.
        Emit(p, target, target, np.sentence, np.head, vg, vgi, "noun pattern; between A and B");
        return true;
      }
      if (source.mentions.empty()) continue;
      Emit(p, source, target, np.sentence, np.head, vg, vgi, "noun pattern");
      return true;
    }
    return false;
  }
};

}  // namespace

void MatchEvents(const EventDictionary& events, Document* doc) {
  Matcher m(events, doc);
  m.Run();
}

}  // namespace tacitus
