// EventDictionary: what words mean as events. Holds the CAMEO code table
// (data/cameo.tsv: names, quad class, Goldstein, PLOVER) and the verb and
// noun patterns (data/verb_patterns.tsv, data/noun_patterns.tsv), compiled
// into lemma-id sequences indexed by their head word.
#ifndef TACITUS_SRC_EVENT_DICTIONARY_H_
#define TACITUS_SRC_EVENT_DICTIONARY_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "tacitus/diagnostics.h"
#include "tacitus/lexicon.h"
#include "tacitus/status.h"

namespace tacitus {

struct CameoCode {
  std::string code, name;
  int quad_class = 0;
  double goldstein = 0;
  std::string plover, plover_mode, plover_context;
};

// One element of a compiled pattern, after the head word.
struct PatternElement {
  // kSkip: up to three modifiers; kGap (peer patterns' space): any tokens
  // of the sentence.
  enum Kind : uint8_t { kWord, kTarget, kSkip, kGap } kind = kWord;
  bool optional = false;
  bool exact = false;  // only the written form (PETRARCH pattern words)
  // A token matches a word element if its word id or its lemma is one of
  // these (the written form, its verb lemma, its noun lemma).
  uint32_t ids[3] = {0, 0, 0};
};

struct Pattern {
  std::string code;         // "042"
  std::string mirror_code;  // "043" for "042:043", else ""
  // "<071 receive * aid from {T}": the target does `code` to the source
  // (and the source does `mirror_code` back); the subject is the receiver.
  bool reversed = false;
  bool noun = false;        // from noun_patterns.tsv
  uint32_t head = 0;        // lemma id of the head verb or noun
  std::vector<PatternElement> elements;
  // Words that must come before the head, left to right, nearest last;
  // between two of them a kSkip lets any words of the sentence come, else
  // they are adjacent. Only peer dictionaries fill it ("INDICATED SHOULD *").
  std::vector<PatternElement> before;
  bool has_target = false;
  // The peers' rule for patterns without a target slot: the target is the
  // first actor after the verb, before or after the pattern's words
  // ("allowed that Mordor isn't a really pleasant place"). Implies
  // has_target. Only peer dictionaries set it.
  bool target_first_after = false;
  std::string text;         // as written in the file
  std::string origin;       // "data/verb_patterns.tsv:120"
};

// A word's position (0..255) in a sentence's word filter.
inline uint32_t WordBit(uint32_t id) { return (id * 2654435761u) >> 24; }

// The filter bits of a pattern's first two required words: the pattern can
// match only if, for each word, one of its bits is set in the sentence's
// filter. Kept apart from Pattern so scanning candidates stays in cache.
struct PatternSignature {
  uint8_t bits[2][3] = {{0, 0, 0}, {0, 0, 0}};
  uint8_t words = 0;  // 0, 1 or 2
};

class EventDictionary {
 public:
  Status Load(const std::string& data_dir, Lexicon* lexicon, Diagnostics* diagnostics);
  // Loads one more pattern file (noun = noun patterns); for --dict and tests.
  Status LoadPatterns(const std::string& path, bool noun, Lexicon* lexicon,
                      Diagnostics* diagnostics);

  const CameoCode* Cameo(const std::string& code) const;
  // Patterns whose head is `lemma`, most specific (longest) first.
  const std::vector<uint32_t>* VerbPatterns(uint32_t lemma) const;
  const std::vector<uint32_t>* NounPatterns(uint32_t lemma) const;
  // The patterns of head `lemma` that can match when the token after the
  // head has word id `next_word` and lemma `next_lemma`: those that require
  // that word first, and those that require no particular word first. Most
  // specific first. Cuts the patterns tried for "threaten" from hundreds to
  // a few.
  void Candidates(uint32_t lemma, bool noun, uint32_t next_word, uint32_t next_lemma,
                  std::vector<uint32_t>* out) const;
  const Pattern& pattern(uint32_t i) const { return patterns_[i]; }
  const PatternSignature& signature(uint32_t i) const { return signatures_[i]; }
  size_t pattern_count() const { return patterns_.size(); }
  size_t cameo_count() const { return cameo_.size(); }
  void Finalize();

  // For dictionaries read from other formats (src/peer_dictionary.h): a
  // pattern compiled by the caller, and a code the CAMEO table lacks (a
  // peer dictionary's own, such as WEIS "223") so that its events can be
  // written; AddCode does nothing for a known code. Call Finalize() after.
  void AddPattern(Pattern pattern) { patterns_.push_back(std::move(pattern)); }
  void AddCode(CameoCode code) { cameo_.emplace(code.code, std::move(code)); }

 private:
  Status LoadCameo(const std::string& path, Diagnostics* diagnostics);
  std::unordered_map<std::string, CameoCode> cameo_;
  std::vector<Pattern> patterns_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> verb_index_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> noun_index_;
  // Per head: patterns keyed by their first required word, and the rest.
  struct HeadIndex {
    std::vector<uint32_t> open;
    std::unordered_map<uint32_t, std::vector<uint32_t>> by_first_word;
  };
  std::unordered_map<uint32_t, HeadIndex> verb_heads_, noun_heads_;
  std::vector<uint32_t> rank_;  // pattern -> position in its head's list
  std::vector<PatternSignature> signatures_;
};

}  // namespace tacitus

#endif  // TACITUS_SRC_EVENT_DICTIONARY_H_
