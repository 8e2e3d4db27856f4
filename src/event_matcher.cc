// Event matching: verb and noun patterns over the chunks, with source and
// target taken from clause structure (subject, object slot, passive
// by-phrase, relative-clause antecedent, coordinated verb phrases, the
// possessor or modifier of a nominal event).
#include <algorithm>
#include <cstring>
#include <string>

#include "clauses.h"
#include "stages.h"
#include "tacitus/lexicon.h"

namespace tacitus {

namespace {

class Matcher : public Clauses {
 public:
  Matcher(const EventDictionary& dict, Document* doc)
      : Clauses(doc), dict_(dict), time_end_(doc->tokens.size(), kUnknown) {}

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
  // Set while a nominal event is emitted: its governing verb undoes it or
  // only contemplates it.
  bool undo_ = false;
  bool contemplated_ = false;
  // Per token: TimePhraseEnd (the caller keeps it in the sentence), worked out when first asked
  // (MatchFrom asks at every word that fails to match).
  static constexpr uint32_t kUnknown = UINT32_MAX;
  mutable std::vector<uint32_t> time_end_;
  uint32_t TimeEndAt(uint32_t t) const {
    if (time_end_[t] == kUnknown) time_end_[t] = TimePhraseEnd(t, static_cast<uint32_t>(doc_->tokens.size()));
    return time_end_[t];
  }

  std::vector<uint32_t> candidates_;
  std::vector<uint32_t> partner_candidates_;  // MatchRelationWithoutPartner's
  // The tokens [from, to) each matched verb pattern read after its verb.
  struct ReadWords {
    uint32_t from, to;
    uint32_t pattern;  // the pattern, or kNoPattern if it coded no event
  };
  static constexpr uint32_t kNoPattern = UINT32_MAX;
  std::vector<ReadWords> verb_words_;
  // MatchFrom matches a pattern's elements up to this one only
  // (MatchRelationWithoutPartner drops a final "with {T}").
  size_t stop_ = SIZE_MAX;
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

  // The patterns of `head` that may match from token `next` on: indexed by
  // their first word, then filtered by the words of the sentence. The list
  // lives in candidates_ until the next call (no caller nests two).
  const std::vector<uint32_t>& Candidates(const Token& head, bool noun, uint32_t next, uint32_t end,
                                          uint32_t sentence) {
    // "agreed on Tuesday to meet": the pattern's first word after the day.
    if (next < end && TimeEndAt(next) > next && TimeEndAt(next) < end) next = TimeEndAt(next);
    uint32_t word = next < end ? tok(next).word : 0;
    uint32_t lemma = next < end ? tok(next).lemma : 0;
    dict_.Candidates(head.lemma, noun, word, lemma, &candidates_);
    if (candidates_.empty() && head.word && head.word != head.lemma)
      dict_.Candidates(head.word, noun, word, lemma, &candidates_);
    if (candidates_.empty()) return candidates_;
    PrepareBloom(sentence);
    candidates_.erase(std::remove_if(candidates_.begin(), candidates_.end(),
                                     [this](uint32_t pi) { return !MayMatch(pi); }),
                      candidates_.end());
    return candidates_;
  }

  // Tokens a '*' may skip: modifiers and punctuation, not clause structure.
  bool Skippable(uint32_t t) const {
    Tag g = tok(t).tag;
    return g != Tag::kVerb && g != Tag::kAux && g != Tag::kModal && g != Tag::kRelative &&
           g != Tag::kSubordinator && g != Tag::kSentenceEnd && g != Tag::kCoordinator;
  }

  bool WordMatches(const PatternElement& e, uint32_t t) const {
    const Token& k = tok(t);
    if (e.exact) return k.word == e.ids[0];
    for (uint32_t id : e.ids) {
      if (id == 0) continue;
      if (k.word == id || k.lemma == id) return true;
    }
    return false;
  }

  // The end of a time phrase starting at t ("on Saturday", "yesterday",
  // "late on Tuesday", "last week"), or t if none starts there.
  uint32_t TimePhraseEnd(uint32_t t, uint32_t end) const {
    Tag g = tok(t).tag;
    if (g != Tag::kPreposition && g != Tag::kAdjective && g != Tag::kDeterminer && g != Tag::kNoun &&
        g != Tag::kProperNoun && g != Tag::kAdverb)
      return t;
    uint32_t k = t;
    while (k < end && k < t + 2 && WordIn(*doc_, k, "on", "late", "early", "last", "this", "next"))
      ++k;
    if (k >= end || !TimeWord(k) || WordIs(*doc_, k, "time")) return t;
    if (k == t && !WordIn(*doc_, k, "yesterday", "today", "tonight", "monday", "tuesday", "wednesday",
                          "thursday", "friday", "saturday", "sunday"))
      return t;
    return k + 1;
  }

  // Matches elements[ei..] at token t; fills *target; *end is one past the
  // last matched token. In the passive the target slot is empty.
  bool MatchFrom(const Pattern& p, size_t ei, uint32_t t, uint32_t end, bool passive,
                 Slot* target, uint32_t* last) const {
    if (ei == std::min(p.elements.size(), stop_)) {
      *last = t;
      return true;
    }
    const PatternElement& e = p.elements[ei];
    switch (e.kind) {
      case PatternElement::kWord: {
        if (t < end && WordMatches(e, t) && MatchFrom(p, ei + 1, t + 1, end, passive, target, last))
          return true;
        // The wire puts the day anywhere: "voiced concern on Saturday over".
        uint32_t after_time = t < end ? TimeEndAt(t) : t;
        if (after_time > t && after_time <= end && MatchFrom(p, ei, after_time, end, passive, target, last))
          return true;
        return e.optional && MatchFrom(p, ei + 1, t, end, passive, target, last);
      }
      case PatternElement::kSkip: {
        // Up to three words; quotation marks and other punctuation are free
        // ("reaffirm ‘old friend’ ties"), and an amount counts as one word
        // ("a seven billion dollar loan", "a $3 billion loan").
        uint32_t words = 0;
        for (uint32_t n = 0; t + n <= end && n <= 10; ++n) {
          if (n > 0) {
            uint32_t k = t + n - 1;
            // "drones and missiles at Israel": nouns coordinated in the
            // pattern's noun slot are one thing.
            bool noun_and = tok(k).tag == Tag::kCoordinator && WordIs(*doc_, k, "and") && k > t &&
                            tok(k - 1).tag == Tag::kNoun && k + 1 < end &&
                            (tok(k + 1).tag == Tag::kNoun || tok(k + 1).tag == Tag::kAdjective);
            if (!Skippable(k) && !noun_and) break;
            bool amount_goes_on = k > t && tok(k - 1).tag == Tag::kNumber &&
                                  (tok(k).tag == Tag::kNumber || WordIn(*doc_, k, "dollar", "dollars", "euro", "euros"));
            // "more than 300", "at least 40": the words of an amount are one.
            bool before_number = (k + 1 < end && tok(k + 1).tag == Tag::kNumber) ||
                                 (k + 2 < end && tok(k + 2).tag == Tag::kNumber && WordIn(*doc_, k + 1, "than", "least"));
            bool amount_words = before_number && WordIn(*doc_, k, "more", "than", "at", "least", "over", "nearly",
                                                        "almost", "about", "around", "some", "fewer", "less");
            if (tok(k).tag != Tag::kPunct && !amount_goes_on && !amount_words && !noun_and && ++words > 3) break;
          }
          if (MatchFrom(p, ei + 1, t + n, end, passive, target, last)) return true;
        }
        // A whole object phrase with its "of" phrases, however long:
        // "delivered the first batch of BrahMos cruise missiles to".
        if (t < end && chunk_start_[t] >= 0) {
          size_t k = static_cast<size_t>(chunk_start_[t]);
          if (doc_->chunks[k].kind != ChunkKind::kNounPhrase) return false;
          while (k + 1 < doc_->chunks.size() && doc_->chunks[k + 1].kind == ChunkKind::kNounPhrase &&
                 doc_->chunks[k + 1].preposition >= 0 &&
                 static_cast<uint32_t>(doc_->chunks[k + 1].preposition) == doc_->chunks[k].end_token &&
                 WordIs(*doc_, doc_->chunks[k + 1].preposition, "of"))
            ++k;
          uint32_t after = doc_->chunks[k].end_token;
          // The pattern goes on inside the phrase ("deliver * missiles to")
          // or after it; shorter stretches the word loop above has tried.
          const PatternElement* next = ei + 1 < p.elements.size() ? &p.elements[ei + 1] : nullptr;
          bool word_next = next && next->kind == PatternElement::kWord && !next->optional;
          for (uint32_t u = t + 4; u <= after && u <= end; ++u) {
            if (word_next && (u >= end || !WordMatches(*next, u))) continue;  // cheap test first
            if (MatchFrom(p, ei + 1, u, end, passive, target, last)) return true;
          }
        }
        return false;
      }
      case PatternElement::kGap:
        for (uint32_t n = t; n <= end; ++n)
          if (MatchFrom(p, ei + 1, n, end, passive, target, last)) return true;
        return false;
      case PatternElement::kTarget: {
        if (passive) return MatchFrom(p, ei + 1, t, end, passive, target, last);
        if (t >= end) return false;
        int32_t k = TargetChunk(chunk_start_[t]);
        int32_t struck = k < 0 ? StruckPlace(chunk_start_[t], p) : -1;
        if (struck >= 0) {
          // The struck thing's words stay the object; the place is the target.
          if (!MatchFrom(p, ei + 1, doc_->chunks[chunk_start_[t]].end_token, end, passive, target, last))
            return false;
          *target = TargetSlot(struck, p);
          target->why = "place of the object of '" + p.text + "'";
          return true;
        }
        // Cheap checks first: most patterns tried fail on a later word, and
        // building the slot allocates.
        if (k < 0 || PolicyUnderAttack(k, p)) return false;
        size_t lastk = CoordinatedRight(static_cast<size_t>(k), nullptr);
        if (!MatchFrom(p, ei + 1, doc_->chunks[lastk].end_token, end, passive, target, last)) return false;
        *target = TargetSlot(k, p);
        return true;
      }
    }
    return false;
  }

  // The chunk that names the actor of a target slot starting at chunk k, or
  // -1: a noun phrase with an actor. "ties with Gondor's government": the
  // possessed phrase when it names an actor, else the possessor ("attend
  // China's parade"); "dozens of Palestinians": the quantified phrase.
  int32_t TargetChunk(int32_t k) const {
    if (k < 0 || doc_->chunks[k].kind != ChunkKind::kNounPhrase) return -1;
    if (k + 1 < static_cast<int32_t>(doc_->chunks.size()) && doc_->chunks[k + 1].possessor == k &&
        (doc_->chunks[k + 1].mention >= 0 || doc_->chunks[k].mention < 0))
      k = k + 1;
    if (!HasActor(k, true)) k = QuantityOf(k);
    return HasActor(k, true) ? k : -1;
  }

  // "lead attack on EC farm reforms", "assault on US policy": force is not
  // used on a policy; the country word only says whose policy it is.
  bool PolicyUnderAttack(int32_t k, const Pattern& p) const {
    if (p.code < "18" || p.code >= "21") return false;
    // "abused the public's trust": the thing possessed is what is hit.
    if (static_cast<size_t>(k) + 1 < doc_->chunks.size() && doc_->chunks[k + 1].possessor == k)
      ++k;
    const Chunk& c = doc_->chunks[k];
    if (c.mention >= 0) return false;
    return WordIn(*doc_, c.head, "reform", "reforms", "policy", "policies", "plan", "plans", "proposal",
                  "proposals", "decision", "budget", "bill", "law", "laws", "ruling", "position", "stance",
                  "programme", "program", "record", "credibility", "reputation", "prices", "futures",
                  "markets", "economy", "rights", "demands", "claims", "trust", "confidence", "faith",
                  "goodwill", "patience", "authority", "privileges", "power", "powers");
  }

  // "Russian missiles hit a shopping centre in Kharkiv": force used on a
  // thing that names no actor strikes the country of the place it is in
  // (the chunk of the place, or -1). Only for force (18-20): "met
  // officials in Geneva" keeps Geneva a location.
  int32_t StruckPlace(int32_t k, const Pattern& p) const {
    // Cheap tests first: this runs for every target slot that names no actor.
    if (k < 0 || p.code.size() < 2 || p.code[0] != '1' || p.code[1] < '8') {
      if (k < 0 || p.code.compare(0, 2, "20") != 0) return -1;
    }
    const Chunk& c = doc_->chunks[k];
    if (c.kind != ChunkKind::kNounPhrase || c.mention >= 0) return -1;
    size_t next = static_cast<size_t>(k) + 1;
    if (next >= doc_->chunks.size()) return -1;
    const Chunk& place = doc_->chunks[next];
    if (place.kind != ChunkKind::kNounPhrase || place.first_token != c.end_token + 1 || place.preposition < 0 ||
        !HasActor(static_cast<int32_t>(next), true) || !WordIn(*doc_, place.preposition, "in", "near", "outside"))
      return -1;
    // Only what force is used on: not "a breakwater" a ship hit, not "Saturday".
    if (PolicyUnderAttack(k, p) ||
        !WordIn(*doc_, c.head, "building", "buildings", "centre", "center", "mall", "market", "school", "schools",
                "home", "homes", "house", "houses", "apartment", "apartments", "block", "blocks", "area", "areas",
                "position", "positions", "base", "bases", "village", "villages", "town", "towns", "city",
                "neighbourhood", "neighborhood", "district", "infrastructure", "plant", "station", "facility",
                "facilities", "depot", "bridge", "port", "airport", "camp", "camps", "convoy", "compound",
                "headquarters", "office", "offices", "target", "targets", "site", "sites", "refinery",
                "factory", "mosque", "church", "checkpoint", "outpost", "stronghold", "strongholds",
                "hideout", "hideouts", "shelter", "warehouse", "airfield", "airbase", "grid", "dam",
                "substation", "hotel", "restaurant", "bus", "train", "vehicle", "vehicles"))
      return -1;
    // "in Idlib province": the place word modifies a word for a region.
    if (place.mention < 0 && !WordIn(*doc_, place.head, "province", "region", "city", "town", "district",
                                     "village", "state", "governorate", "oblast", "county", "area"))
      return -1;
    std::vector<int32_t> named = MentionsOf(static_cast<int32_t>(next), true);
    if (named.size() != 1) return -1;
    const ActorMention& m = doc_->mentions[named[0]];
    return m.is_person || !m.sector.empty() || !m.members.empty() ? -1 : static_cast<int32_t>(next);
  }

  Slot TargetSlot(int32_t k, const Pattern& p) const {
    Slot slot;
    slot.mentions = MentionsOf(k, true);
    CoordinatedRight(static_cast<size_t>(k), &slot.mentions);
    slot.why = "object of '" + p.text + "'";
    return slot;
  }

  // Pattern::target_first_after: the first actor from token `from` to the
  // end of the sentence.
  Slot FirstActorAfter(const Pattern& p, uint32_t from, uint32_t end) const {
    for (uint32_t t = from; t < end; ++t) {
      int32_t k = TargetChunk(chunk_start_[t]);
      if (k >= 0) return TargetSlot(k, p);
    }
    return Slot();
  }

  // The words a pattern needs before its head (Pattern::before), nearest
  // first, leftwards from the head within the sentence; the nearest match
  // of a word after a gap is as good as any (the words are in order).
  bool MatchBefore(const Pattern& p, uint32_t head, uint32_t first) const {
    uint32_t t = head;  // one past the next token to look at
    bool gap = false;
    for (size_t k = p.before.size(); k-- > 0;) {
      const PatternElement& e = p.before[k];
      if (e.kind == PatternElement::kSkip || e.kind == PatternElement::kGap) {
        gap = true;
        continue;
      }
      while (t > first && !WordMatches(e, t - 1) && gap) --t;
      if (t == first || !WordMatches(e, t - 1)) return false;
      --t;
      gap = false;
    }
    return true;
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

  // "Neither France nor Germany criticized Iran": neither did it.
  bool Neither(const Slot& sources) const {
    for (int32_t m : sources.mentions) {
      uint32_t t = doc_->mentions[m].first_token;
      if (WordIs(*doc_, t, "neither") || (t > 0 && WordIs(*doc_, t - 1, "neither"))) return true;
    }
    return false;
  }

  void Emit(const Pattern& p, const Slot& subject_side, const Slot& object_side, uint32_t sentence,
            uint32_t trigger, const Chunk* vg, size_t vi, const std::string& rule) {
    // "Ukraine received weapons from Germany": the one in the object slot acts.
    const Slot& sources = p.reversed ? object_side : subject_side;
    const Slot& targets = p.reversed ? subject_side : object_side;
    bool negated = (vg && (vg->negated || Denied(*vg, vi))) || undo_ || Neither(subject_side);
    bool hypothetical = (vg && Hypothetical(*vg)) || contemplated_;
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
        // But force used in one's own country by armed men is domestic
        // conflict: "Syrian rebels captured the city of Aleppo" (not "the
        // government is regaining control of Air Jamaica").
        if (tm.country == sm.country && tm.sector.empty() && !tm.is_person && !sm.sector.empty() &&
            (p.code.compare(0, 2, "18") < 0 || sm.sector == "GOV"))
          continue;
        // "Russia massed troops on the border": a show of force moves one's
        // own forces; they are not its target.
        // (Deployed against its own protesters, they have one.)
        if (p.code.compare(0, 2, "15") == 0 && tm.country == sm.country &&
            (tm.sector == "MIL" || tm.sector == sm.sector))
          continue;
        // "X told Reuters": the press is the hearer of a statement, not a
        // party to an event.
        if (p.code.compare(0, 2, "01") == 0 && tm.sector == "MED") continue;
        AddEvent(p.code, p, Actor(s, sources.why), Actor(t, targets.why), sentence, trigger,
                 negated, hypothetical, reported, false,
                 p.reversed ? rule + "; the object acts on the subject" : rule);
        if (!p.mirror_code.empty())
          AddEvent(p.mirror_code, p, Actor(t, targets.why), Actor(s, sources.why), sentence, trigger,
                   negated, hypothetical, reported, true, rule + "; mirror of " + p.code);
      }
    }
    if (vg) EmitStatedIntent(p, subject_side, object_side, sentence, *vg, vi);
  }

  // "Erdogan threatened to block Sweden's membership", "Germany offered to
  // host talks": the act is not realised, but the threat or the offer is,
  // coded from the act (CAMEO 13x threats, 03x intents). A pattern of the
  // governing verb that matched first wins (same root).
  void EmitStatedIntent(const Pattern& p, const Slot& subject_side, const Slot& object_side, uint32_t sentence,
                        const Chunk& vg, size_t vi) {
    if (vi == 0) return;
    if (!vg.infinitive) {
      EmitAnnouncedAct(p, subject_side, object_side, sentence, vg, vi);
      return;
    }
    size_t gi = InfinitiveGovernor(vi);
    const Chunk& gov = doc_->chunks[gi];
    if (gov.kind != ChunkKind::kVerbGroup || gov.sentence != vg.sentence) return;
    // "Iran said it was ready to resume talks": be + ready/willing/prepared.
    bool ready = gov.end_token + 1 == vg.first_token && LemmaIn(gov.head, {"be"}) &&
                 WordIn(*doc_, gov.end_token, "ready", "willing", "prepared", "eager", "keen");
    if (gov.end_token != vg.first_token && !ready) return;
    std::string root = p.code.substr(0, 2);
    bool threat = LemmaIn(gov.head, {"threaten"}) ||
                  (root >= "15" && LemmaIn(gov.head, {"vow", "pledge", "promise"}));
    bool intent = !threat && root <= "09" &&
                  (ready || LemmaIn(gov.head, {"offer", "pledge", "promise", "vow", "agree"}));
    // "The EU refused to lift its sanctions on Belarus": the refusal is
    // realised, a rejection (12x) coded from the act refused.
    if (!threat && !intent && root >= "04" && root <= "08" && LemmaIn(gov.head, {"refuse", "decline"}) &&
        !gov.negated) {
      EmitStated(p, RefusalCode(p.code), "refusal", subject_side, object_side, sentence, gov, gi, " to ");
      return;
    }
    if ((!threat && !intent) || root == "13" || root == "03") return;
    EmitStated(p, threat ? ThreatCode(p.code) : IntentCode(p.code), threat ? "threat" : "stated intent",
               subject_side, object_side, sentence, gov, gi, " to ");
  }
  // The CAMEO rejection (12x) of refusing a cooperative act of code `act`.
  static std::string RefusalCode(const std::string& act) {
    static const CodeMap kRefusals[] = {{"04", "125"},   {"061", "1211"}, {"062", "1212"}, {"06", "121"},
                                        {"07", "122"},   {"081", "1241"}, {"082", "1242"}, {"084", "1243"},
                                        {"085", "1244"}, {"086", "1245"}, {"087", "1246"}, {"08", "124"}};
    return MapCode(act, kRefusals, "120");
  }

  // "Trump said Washington would lift all sanctions on Syria": an act that a
  // speaker announces with "will"/"would" for its own side is a stated
  // intent (03x) or, for force and coercion, a threat (13x), by the speaker.
  void EmitAnnouncedAct(const Pattern& p, const Slot& subject_side, const Slot& object_side, uint32_t sentence,
                        const Chunk& vg, size_t vi) {
    if (!vg.modal || vg.negated) return;
    uint32_t modal = vg.first_token;
    while (modal < vg.head && tok(modal).tag != Tag::kModal) ++modal;
    if (!WordIn(*doc_, modal, "will", "would", "'ll", "shall")) return;
    std::string root = p.code.substr(0, 2);
    // (A show of force announced, 15x, is a posture, not a threat.)
    if (root == "01" || root == "02" || root == "03" || root == "13" || (root > "09" && root < "16")) return;
    // The reporting verb right before the clause, and its subject.
    for (size_t k = vi; k-- > 0;) {
      const Chunk& say = doc_->chunks[k];
      if (say.sentence != vg.sentence) return;
      if (say.kind != ChunkKind::kVerbGroup) continue;
      if (!LemmaIn(say.head, {"say", "announce", "tell", "state", "declare", "confirm"}) || say.negated ||
          say.modal)
        return;
      Slot speaker = SubjectSlot(k);
      if (speaker.mentions.empty() || subject_side.mentions.empty()) return;
      // The act is the speaker's own side's: the same country.
      for (int32_t m : subject_side.mentions)
        if (doc_->mentions[m].country != doc_->mentions[speaker.mentions.front()].country) return;
      bool threat = root >= "16";
      EmitStated(p, threat ? ThreatCode(p.code) : IntentCode(p.code), threat ? "threat" : "stated intent", speaker,
                 object_side, sentence, say, k, " ... will ");
      return;
    }
  }

  // Emits, under `code`, the threat, intent or refusal (`kind`) of act
  // pattern p stated by governing verb gov; the record reads "threatened" +
  // `joiner` + the act's pattern.
  void EmitStated(const Pattern& p, const std::string& code, const char* kind, const Slot& subject_side,
                  const Slot& object_side, uint32_t sentence, const Chunk& gov, size_t gi, const char* joiner) {
    Pattern stated = p;
    stated.code = code;
    stated.mirror_code.clear();
    stated.text = std::string(doc_->TokenText(gov.head)) + joiner + p.text;
    bool undo = undo_, contemplated = contemplated_;
    undo_ = contemplated_ = false;
    Emit(stated, subject_side, object_side, sentence, gov.head, &gov, gi,
         std::string(kind) + " of the act of verb pattern '" + p.text + "'");
    undo_ = undo;
    contemplated_ = contemplated;
  }
  // The CAMEO intent (03x) of a cooperative act's code.
  static std::string IntentCode(const std::string& act) {
    static const CodeMap kIntents[] = {{"045", "039"},  {"04", "036"},   {"05", "032"},   {"061", "0311"},
                                       {"062", "0312"}, {"06", "031"},   {"071", "0331"}, {"072", "0332"},
                                       {"073", "0333"}, {"074", "0334"}, {"07", "033"},   {"081", "0351"},
                                       {"084", "0353"}, {"085", "0354"}, {"087", "0356"}, {"08", "035"}};
    return MapCode(act, kIntents, "030");
  }
  // The CAMEO threat (13x) of an act's code.
  static std::string ThreatCode(const std::string& act) {
    static const CodeMap kThreats[] = {{"164", "134"},  {"161", "1313"}, {"165", "1313"}, {"166", "1313"},
                                       {"163", "1312"}, {"162", "1311"}, {"16", "131"},   {"12", "131"},
                                       {"175", "137"},  {"17", "132"},   {"14", "133"},   {"18", "1383"},
                                       {"191", "1381"}, {"192", "1382"}, {"19", "1384"},  {"20", "1385"}};
    return MapCode(act, kThreats, "130");
  }

  // A code's image under a table of (code prefix, image) pairs, the first
  // prefix that matches winning; `otherwise` if none does.
  struct CodeMap {
    const char* prefix;
    const char* code;
  };
  template <size_t N>
  static std::string MapCode(const std::string& act, const CodeMap (&table)[N], const char* otherwise) {
    for (const CodeMap& m : table)
      if (act.compare(0, std::strlen(m.prefix), m.prefix) == 0) return m.code;
    return otherwise;
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

  // Does one of pattern p's words match token t ("demand" in "rally * to
  // demand * resignation of {T}")?
  bool NamesWord(const Pattern& p, uint32_t t) const {
    for (const PatternElement& e : p.elements)
      if (e.kind == PatternElement::kWord && WordMatches(e, t)) return true;
    return false;
  }

  void MatchVerb(size_t vi) {
    const Chunk& vg = doc_->chunks[vi];
    const Token& head = tok(vg.head);
    // "rallied in Belgrade to demand the resignation of": the protest's
    // pattern read "demand" as its own word; it is no second event.
    for (const ReadWords& w : verb_words_)
      if (vg.head >= w.from && vg.head < w.to && w.pattern != kNoPattern &&
          NamesWord(dict_.pattern(w.pattern), vg.head))
        return;
    // A gerund heads a clause only in the progressive ("is attacking") or
    // in a participle clause opening the sentence ("Welcoming Putin, Xi
    // said ...": its subject is the main clause's).
    bool fronted = head.form == VerbForm::kGerund && vg.first_token == sentence_of(vg).first_token;
    // "responded by launching missiles at Kyiv": the means, done by the
    // main verb's subject (Clauses::Subject).
    bool means = MeansGerund(vg);
    // "After meeting Xi, Putin flew to": the clause after the comma's subject.
    if (means && vg.first_token == sentence_of(vg).first_token + 1) fronted = true;
    // "was open to talks with Kyiv": a copula before an adjective heads
    // patterns of "be" (data/verb_patterns.tsv).
    bool copula = head.tag == Tag::kAux && vg.end_token < sentence_of(vg).end_token &&
                  tok(vg.end_token).tag == Tag::kAdjective && LemmaIn(vg.head, {"be"});
    if ((head.tag != Tag::kVerb && !copula) ||
        (head.form == VerbForm::kGerund && vg.first_token == vg.head && !fronted && !means))
      return;
    // A participle with no auxiliary is not a clause's verb: "with 23,000
    // people killed", "troops stationed abroad".
    // But one followed by its object is a past tense the tagger misread
    // ("forces shelled Kharkiv").
    if (head.form == VerbForm::kPastParticiple && vg.first_token == vg.head &&
        !(vg.end_token < sentence_of(vg).end_token && chunk_start_[vg.end_token] >= 0 &&
          doc_->chunks[chunk_start_[vg.end_token]].kind == ChunkKind::kNounPhrase))
      return;
    // "drivers held hostage in Iraq arrive": the participle, whatever the
    // tagger said; "hostage" says what its noun is.
    if ((head.form == VerbForm::kPastParticiple || head.form == VerbForm::kPast) && vg.first_token == vg.head &&
        vg.end_token < sentence_of(vg).end_token && WordIn(*doc_, vg.end_token, "hostage", "captive") &&
        LemmaIn(vg.head, {"hold", "take", "keep"}))
      return;
    uint32_t end = sentence_of(vg).end_token;
    undo_ = contemplated_ = false;
    if (vg.passive && LightVerb(vg.head) && MatchPassiveNominal(vi)) return;
    const std::vector<uint32_t>& list = Candidates(head, false, vg.end_token, end, vg.sentence);
    if (list.empty()) return;
    Slot subject;
    bool have_subject = false;
    for (uint32_t pi : list) {
      const Pattern& p = dict_.pattern(pi);
      Slot target;
      uint32_t last = 0;
      if (!MatchFrom(p, 0, vg.end_token, end, vg.passive, &target, &last)) continue;
      // "met European standards": one meets or consults actors, not things
      // an actor word describes.
      if (!vg.passive && p.code.size() >= 2 && p.code[0] == '0' && (p.code[1] == '3' || p.code[1] == '4') &&
          !target.mentions.empty() &&
          std::all_of(target.mentions.begin(), target.mentions.end(),
                      [this](int32_t m) { return doc_->mentions[m].modifier; }))
        continue;
      if (!p.before.empty() && !MatchBefore(p, vg.head, sentence_of(vg).first_token)) continue;
      if (!have_subject) {
        shared_from_ = -1;
        subject = fronted ? MainClauseSubject(vi) : SubjectSlot(vi);
        have_subject = true;
      }
      if (!vg.passive && subject.mentions.size() >= 2 && subject.mentions.size() <= 4 &&
          ReciprocalObject(vg.end_token, end)) {
        Emit(p, subject, subject, vg.sentence, vg.head, &vg, vi,
             "verb pattern; compound subject acts on each other (its object is their own relation)");
        return;
      }
      if (p.target_first_after && !vg.passive) {
        target = FirstActorAfter(p, vg.end_token, end);
        if (target.mentions.empty()) continue;
      }
      Slot source;
      if (vg.passive) {
        source = ByPhrase(vi);
        if (source.mentions.empty()) source = ExpellingCountry(vg);
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
          // Up to four: "the G-7 ... agreed" is one group's act, not 42 pairs.
          // Before an actor word in the object: "Egypt and Israel sign US
          // trade accord" is signed by each with the other.
          if (target.mentions.empty() && subject.mentions.size() >= 2 && subject.mentions.size() <= 4 &&
              Mutual(p, vg.head)) {
            // "Germany and France met": each met the other.
            Emit(p, subject, subject, vg.sentence, vg.head, &vg, vi,
                 "verb pattern; compound subject acts on each other");
            return;
          }
          if (target.mentions.empty()) target = ModifierTarget(vg.end_token, last);
        }
      }
      if (source.mentions.empty() || target.mentions.empty()) continue;
      size_t before = doc_->events.size();
      Emit(p, source, target, vg.sentence, vg.head, &vg, vi,
           std::string("verb pattern") + (vg.passive ? " (passive)" : ""));
      // (Only a pattern that coded an event stands for the verbs it read.)
      verb_words_.push_back({vg.end_token, last, doc_->events.size() > before ? pi : kNoPattern});
      return;
    }
    if (!vg.passive) MatchRelationWithoutPartner(vi, fronted);
  }

  // "Saudi Arabia and Iran restored diplomatic relations": a relation
  // pattern's partner ("restore * relations with {T}") is left unsaid
  // because it is the compound subject itself, so each acts on the other.
  void MatchRelationWithoutPartner(size_t vi, bool fronted) {
    const Chunk& vg = doc_->chunks[vi];
    uint32_t end = sentence_of(vg).end_token;
    // Cheap tests first: a coordinator before the verb (a compound
    // subject), a relation noun soon after it.
    bool coordinated = false;
    for (uint32_t t = sentence_of(vg).first_token; t < vg.first_token && !coordinated; ++t)
      coordinated = tok(t).tag == Tag::kCoordinator;
    if (!coordinated) return;
    bool relation = false;
    for (uint32_t t = vg.end_token; t < end && t < vg.end_token + 6 && !relation; ++t) relation = RelationNoun(t);
    if (!relation) return;
    const Token& head = tok(vg.head);
    std::vector<uint32_t>& list = partner_candidates_;
    uint32_t next = vg.end_token < end ? vg.end_token : 0;
    dict_.Candidates(head.lemma, false, next ? tok(next).word : 0, next ? tok(next).lemma : 0, &list);
    Slot subject;
    bool have_subject = false;
    for (uint32_t pi : list) {
      const Pattern& p = dict_.pattern(pi);
      size_t n = p.elements.size();
      if (n < 3 || !p.before.empty() || p.elements[n - 1].kind != PatternElement::kTarget ||
          !EndsWith(p.text, " with {T}"))
        continue;
      Slot unused;
      uint32_t last = 0;
      stop_ = n - 2;
      bool matched = MatchFrom(p, 0, vg.end_token, end, false, &unused, &last);
      stop_ = SIZE_MAX;
      if (!matched || last <= vg.end_token || !RelationNoun(last - 1)) continue;
      // "... relations with each other" says it; "with Qatar" names another.
      bool each_other = last + 2 < end && WordIs(*doc_, last, "with") && ReciprocalObject(last + 1, end);
      if (!each_other && last < end && WordIn(*doc_, last, "with", "between", "to", "of")) continue;
      if (!have_subject) {
        shared_from_ = -1;
        subject = fronted ? MainClauseSubject(vi) : SubjectSlot(vi);
        have_subject = true;
      }
      if (subject.mentions.size() < 2 || subject.mentions.size() > 4) return;
      Emit(p, subject, subject, vg.sentence, vg.head, &vg, vi,
           "verb pattern; compound subject's relation with each other (no partner named)");
      return;
    }
  }

  static bool EndsWith(const std::string& s, const char* tail) {
    size_t n = std::char_traits<char>::length(tail);
    return s.size() >= n && s.compare(s.size() - n, n, tail) == 0;
  }

  bool RelationNoun(uint32_t t) const {
    return tok(t).tag == Tag::kNoun && WordIn(*doc_, t, "meeting", "meetings", "meet", "talks", "ties", "relations", "relationship",
                  "cooperation", "summit", "dispute", "disputes", "agreement", "partnership", "alliance",
                  "differences", "negotiations", "rivalry", "feud", "conflict", "friendship", "dialogue",
                  "contacts", "exchanges", "visit", "visits", "trade", "border", "treaty", "deal", "ceasefire",
                  "truce", "war", "fighting", "hostilities", "accord", "pact");
  }

  // "Russia's ambassador was expelled from Moldova": with no by-phrase,
  // the country one is expelled from expels.
  Slot ExpellingCountry(const Chunk& vg) const {
    Slot slot;
    if (!LemmaIn(vg.head, {"expel", "deport", "ban", "bar", "evict", "kick"}) ||
        vg.end_token >= sentence_of(vg).end_token)
      return slot;
    uint32_t t = vg.end_token;
    if (WordIs(*doc_, t, "out")) ++t;
    int32_t k = t + 1 < sentence_of(vg).end_token && WordIs(*doc_, t, "from") ? chunk_start_[t + 1] : -1;
    if (k < 0 || doc_->chunks[k].mention < 0) return slot;
    const ActorMention& m = doc_->mentions[doc_->chunks[k].mention];
    if (m.is_person || !m.sector.empty() || m.country.size() != 3) return slot;
    slot.mentions = {doc_->chunks[k].mention};
    slot.why = "the country expelled from ('from " + std::string(doc_->TokenText(doc_->chunks[k].head)) + "')";
    return slot;
  }

  // "A and B postponed their meeting", "... criticised each other": the
  // object is the subject's own relation, so each acts on the other.
  // Only nouns of a relation: "their rivals" names third parties.
  bool ReciprocalObject(uint32_t t, uint32_t end) const {
    if (t + 1 >= end) return false;
    if ((WordIs(*doc_, t, "each") && WordIs(*doc_, t + 1, "other")) ||
        (WordIs(*doc_, t, "one") && WordIs(*doc_, t + 1, "another")))
      return true;
    int32_t k = chunk_start_[t];
    if (k < 0 || !WordIs(*doc_, t, "their")) return false;
    return RelationNoun(doc_->chunks[k].head);
  }

  // Codes where "A and B did it" means each did it to the other: meeting,
  // cooperating, agreeing, and fighting ("clashed", "exchanged fire").
  bool Mutual(const Pattern& p, uint32_t head) const {
    std::string root = p.code.substr(0, 2);
    if (root >= "03" && root <= "06") return true;
    // "Russia and Ukraine exchanged prisoners": an exchange goes both ways.
    if (WordIn(*doc_, head, "exchange", "exchanged", "exchanges", "swap", "swapped", "swaps")) return true;
    // Fighting is mutual only when the verb says so: "clashed", "fought",
    // "exchanged fire"; "Labour and the Tories attacked his policies" is not.
    if (root != "19") return false;
    if (WordIn(*doc_, head, "clash", "clashed", "clashes", "clashing", "fight", "fought", "fights", "battle",
               "battled", "battles", "exchange", "exchanged", "exchanges", "skirmished", "skirmish"))
      return true;
    // "resumed fighting", "renewed hostilities": the pattern's noun says so.
    for (const char* w : {" fighting", " hostilities", " clashes"})
      if (p.text.find(w) != std::string::npos) return true;
    return false;
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
    for (uint32_t pi : Candidates(noun, true, vg.end_token, end, vg.sentence)) {
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

  void MatchNoun(size_t ni) {
    const Chunk& np = doc_->chunks[ni];
    if (tok(np.head).tag != Tag::kNoun) return;
    // "US files WTO case against China": the verb's pattern already read
    // the noun as its own words; "WTO" does not file a second case. A
    // possessor names an act of its own: "a mission into Iran's crackdown".
    bool possessed = np.possessor >= 0 || tok(np.first_token).tag == Tag::kPossPronoun;
    for (const ReadWords& w : verb_words_)
      if (!possessed && np.head >= w.from && np.head < w.to) return;
    // The pattern's head may be a modifier of the phrase's head: "military
    // aid to", "air strikes on", "trade deal with". Left to right, so the
    // longer name of the event wins over its head noun alone.
    for (uint32_t h = np.first_token; h <= np.head; ++h) {
      Tag tag = tok(h).tag;
      if (tag != Tag::kNoun && tag != Tag::kAdjective && tag != Tag::kProperNoun) continue;
      if (MatchNounAt(ni, h)) return;
    }
  }

  // "Talks between Armenia and Azerbaijan are due to resume", "strikes on
  // Gaza could resume": a nominal event that is the subject of a verb that
  // only foresees it has not happened. `last` ends the pattern's words.
  bool ForeseenBySubjectVerb(size_t ni, uint32_t last) const {
    const Chunk& np = doc_->chunks[ni];
    // "a visit to Moscow was possible", headlines' "SHULTZ VISIT TO MOSCOW
    // POSSIBLE": a complement that says it may happen.
    auto possible = [&](uint32_t t) {
      return t < sentence_of(np).end_token &&
             WordIn(*doc_, t, "possible", "likely", "unlikely", "probable", "imminent", "planned", "expected");
    };
    // Past a by-phrase naming the actor: "a visit to Moscow by Shultz was".
    if (last < sentence_of(np).end_token && WordIs(*doc_, last, "by")) {
      for (size_t k = ni + 1; k < doc_->chunks.size(); ++k) {
        const Chunk& c = doc_->chunks[k];
        if (c.sentence != np.sentence || c.kind != ChunkKind::kNounPhrase) break;
        if (c.first_token <= last + 1 && c.end_token > last) last = c.end_token;
      }
    }
    if (possible(last)) return true;
    for (size_t k = ni + 1; k < doc_->chunks.size(); ++k) {
      const Chunk& vg = doc_->chunks[k];
      if (vg.sentence != np.sentence) return false;
      if (vg.kind != ChunkKind::kVerbGroup) continue;
      if (vg.first_token < last || vg.first_token > last + 1) return false;
      if (vg.modal || vg.irrealis) return true;
      if (WordIn(*doc_, vg.head, "is", "are", "was", "were", "be", "seems", "seemed", "looks", "looked") &&
          possible(vg.end_token))
        return true;
      // "are due to", "are expected to", "is set to": the infinitive after
      // it ("continued to kill" goes on happening).
      if (!WordIn(*doc_, vg.head, "is", "are", "was", "were", "be", "expected", "scheduled", "set",
                  "planned", "slated", "due", "poised", "supposed"))
        return false;
      for (size_t n = k + 1; n < doc_->chunks.size(); ++n) {
        const Chunk& next = doc_->chunks[n];
        if (next.first_token > vg.end_token + 1) return false;
        if (next.kind == ChunkKind::kVerbGroup) return next.infinitive;
      }
      return false;
    }
    return false;
  }

  bool MatchNounAt(size_t ni, uint32_t h) {
    if (MatchNounFrom(ni, h, h + 1, -1)) return true;
    // "the visit by Modi to Washington": the by-phrase names the source
    // before the pattern's words go on.
    uint32_t end = sentence_of(doc_->chunks[ni]).end_token;
    if (h + 2 >= end || !WordIs(*doc_, h + 1, "by")) return false;
    int32_t by = chunk_start_[h + 2];
    if (by < 0 || !HasActor(by, true)) return false;
    return MatchNounFrom(ni, h, doc_->chunks[by].end_token, by);
  }

  // The noun patterns of head h matched from token `from`; `by` is the
  // chunk of a by-phrase between the head and `from`, or -1.
  bool MatchNounFrom(size_t ni, uint32_t h, uint32_t from, int32_t by) {
    const Chunk& np = doc_->chunks[ni];
    uint32_t end = sentence_of(np).end_token;
    for (uint32_t pi : Candidates(tok(h), true, from, end, np.sentence)) {
      const Pattern& p = dict_.pattern(pi);
      Slot target;
      uint32_t last = 0;
      if (!MatchFrom(p, 0, from, end, false, &target, &last)) continue;
      if (last <= np.head) continue;  // the pattern must cover the head noun
      if (!p.has_target) target = PrepositionTarget(last, np.sentence);
      if (target.mentions.empty()) continue;
      // Source: an actor word modifying the noun ("the Russian invasion"),
      // the possessor ("Trump's tariffs"), or the subject of a light verb
      // governing the phrase ("Russia launched an invasion").
      Slot source;
      if (by >= 0) {
        source.mentions = MentionsOf(by, true);
        source.why = "by-phrase of '" + std::string(doc_->TokenText(np.head)) + "'";
      }
      const Chunk* vg = nullptr;
      size_t vgi = 0;
      for (size_t m = 0; m < doc_->mentions.size(); ++m) {
        const ActorMention& am = doc_->mentions[m];
        if (by < 0 && am.modifier && !am.is_place && am.first_token >= np.first_token && am.end_token <= h) {
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
        // "backed an arms embargo and other UN sanctions against": the verb
        // governs each conjunct.
        for (uint32_t first = np.first_token; k > 0 && doc_->chunks[k].kind == ChunkKind::kNounPhrase &&
                                              doc_->chunks[k].sentence == np.sentence &&
                                              doc_->chunks[k].end_token + 1 == first &&
                                              WordIn(*doc_, doc_->chunks[k].end_token, "and", "or", ",");
             --k)
          first = doc_->chunks[k].first_token;
        const Chunk& gov = doc_->chunks[k];
        // (After "said" the phrase is the subject of the reported clause.)
        if (gov.kind == ChunkKind::kVerbGroup && gov.sentence == np.sentence && !LightVerb(gov.head) &&
            !LemmaIn(gov.head, {"say", "tell", "announce", "report", "claim", "state", "add", "believe", "think"})) {
          governed = true;
          undo_ = UndoingVerb(gov.head);
          contemplated_ = ContemplatingVerb(gov.head);
        }
        // "is pressing to hold back U.S. funds for", "may impose US tariffs
        // on": a light verb that would make the event is only aimed at or
        // possible (its flags count by themselves only when it gives the
        // source). Other verbs speak of an event that is there: "declined
        // to comment on Ukraine's incursion".
        if (gov.kind == ChunkKind::kVerbGroup && gov.sentence == np.sentence && vg != &gov &&
            LightVerb(gov.head) && (gov.irrealis || gov.modal))
          contemplated_ = true;
        // "held back funds for": a light verb with a particle that withholds.
        if (gov.kind == ChunkKind::kVerbGroup && gov.sentence == np.sentence && LightVerb(gov.head) &&
            WordIs(*doc_, gov.head + 1, "back") && gov.head + 1 < np.first_token)
          undo_ = true;
      }
      if (!governed && ForeseenBySubjectVerb(ni, last)) contemplated_ = true;
      // "called a truce in its battle with France", "an end to the war with
      // Russia": the fighting named is the one being ended, not news.
      if (np.preposition >= 0 && ni > 0) {
        const Chunk& ending = doc_->chunks[ni - 1];
        if (ending.kind == ChunkKind::kNounPhrase && ending.sentence == np.sentence &&
            np.first_token - ending.end_token <= 1 &&
            WordIn(*doc_, ending.head, "truce", "ceasefire", "cease-fire", "end", "halt", "armistice"))
          undo_ = true;
        // "the announcement of his visit to Moscow", "plans for talks with":
        // announced or planned, not yet done.
        if (ending.kind == ChunkKind::kNounPhrase && ending.sentence == np.sentence &&
            np.first_token - ending.end_token <= 1 &&
            WordIn(*doc_, ending.head, "announcement", "plan", "plans", "prospect", "prospects", "possibility",
                   "preparations", "invitation", "proposal", "hopes", "threat", "threats", "call", "calls"))
          contemplated_ = true;
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
