// Lexicon::Rep, shared by lexicon.cc (the table, lemma rules and the public
// methods) and lexicon_wordnet.cc (reading WordNet's files).
#ifndef TACITUS_SRC_LEXICON_REP_H_
#define TACITUS_SRC_LEXICON_REP_H_

#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include "closed_words.h"
#include "tacitus/lexicon.h"

namespace tacitus {
namespace lexicon_detail {

inline uint64_t Mix(uint64_t a, uint64_t b) {
  __uint128_t m = static_cast<__uint128_t>(a) * b;
  return static_cast<uint64_t>(m) ^ static_cast<uint64_t>(m >> 64);
}

// A fast hash for short strings: 8 bytes per multiply, tail in one load.
inline uint64_t HashWord(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
  while (n >= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    h = Mix(h ^ v, 0xBF58476D1CE4E5B9ull);
    p += 8;
    n -= 8;
  }
  uint64_t v = 0;
  std::memcpy(&v, p, n);
  return Mix(h ^ v, 0x94D049BB133111EBull);
}

// Equal spellings of equal length whose first 11 bytes are known equal; by
// hand, as a memcmp call costs more than these few bytes.
inline bool SameTail(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 11; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

}  // namespace lexicon_detail

struct Lexicon::Rep {
  // A slot holds the word's length and first 11 bytes inline, so that most
  // lookups touch one cache line and no spelling: a probe compares 12 bytes
  // as two integers, and only words longer than 11 bytes go on to compare
  // the rest of their spelling.
  struct Key {
    uint64_t a = 0;  // length byte, then bytes 0..6
    uint32_t b = 0;  // bytes 7..10
    explicit Key(std::string_view w) {
      unsigned char buf[12] = {};
      buf[0] = static_cast<unsigned char>(w.size() > 255 ? 255 : w.size());
      std::memcpy(buf + 1, w.data(), w.size() < 11 ? w.size() : 11);
      std::memcpy(&a, buf, 8);
      std::memcpy(&b, buf + 8, 4);
    }
  };
  struct Slot {
    uint64_t a = 0;
    uint32_t b = 0;
    uint32_t id = 0;  // 0: empty
  };
  std::vector<std::unique_ptr<char[]>> blocks;
  char* block_ptr = nullptr;
  size_t block_left = 0;
  std::vector<std::string_view> words{std::string_view()};  // id 0: unknown
  std::vector<uint8_t> classes{0};
  std::vector<uint32_t> verb_exc{0}, noun_exc{0};  // WordNet .exc and built-ins
  std::vector<Slot> slots;
  uint64_t mask = 0;
  int shift = 64;
  bool frozen = false;
  std::vector<uint32_t> verb_lemma, noun_lemma;  // per id, after Freeze

  Rep() { Rehash(1 << 12); }

  uint32_t Find(std::string_view w, uint64_t h) const {
    const Key key(w);
    uint64_t i = h >> shift;
    for (;;) {
      const Slot& s = slots[i];
      if (s.id == 0) return 0;
      if (s.a == key.a && s.b == key.b &&
          (w.size() <= 11 || lexicon_detail::SameTail(words[s.id], w))) {
        return s.id;
      }
      i = (i + 1) & mask;
    }
  }
  uint32_t Find(std::string_view w) const { return Find(w, lexicon_detail::HashWord(w)); }

  void Insert(uint32_t id, uint64_t h) {
    const Key key(words[id]);
    uint64_t i = h >> shift;
    while (slots[i].id != 0) i = (i + 1) & mask;
    slots[i] = Slot{key.a, key.b, id};
  }

  void Rehash(size_t capacity) {
    slots.assign(capacity, Slot());
    mask = capacity - 1;
    shift = 64 - __builtin_ctzll(capacity);
    for (uint32_t id = 1; id < words.size(); ++id) Insert(id, lexicon_detail::HashWord(words[id]));
  }

  std::string_view Store(std::string_view w) {
    if (w.size() > block_left) {
      size_t size = w.size() > 4096 ? w.size() : 64 * 1024;
      blocks.emplace_back(new char[size]);
      block_ptr = blocks.back().get();
      block_left = size;
    }
    std::memcpy(block_ptr, w.data(), w.size());
    std::string_view stored(block_ptr, w.size());
    block_ptr += w.size();
    block_left -= w.size();
    return stored;
  }

  uint32_t Intern(std::string_view w) {
    uint64_t h = lexicon_detail::HashWord(w);
    if (uint32_t id = Find(w, h)) return id;
    if ((words.size() + 1) * 10 > slots.size() * 6) {
      Rehash(slots.size() * 2);
    }
    uint32_t id = static_cast<uint32_t>(words.size());
    words.push_back(Store(w));
    classes.push_back(0);
    verb_exc.push_back(0);
    noun_exc.push_back(0);
    Insert(id, h);
    if (frozen) {  // late words still get their lemmas (single-threaded use)
      verb_lemma.push_back(ComputeVerbLemma(w, id));
      noun_lemma.push_back(ComputeNounLemma(w, id));
    }
    return id;
  }

  bool IsClosed(uint32_t id) const {
    const ClosedWord* c = ClosedWordById(id);
    return c != nullptr && c->tag != Tag::kUnknown;
  }

  // Lemma rules (lexicon.cc).
  uint32_t TryStem(std::string_view w, size_t keep, std::string_view add, uint8_t cls) const;
  uint32_t VerbSuffix(std::string_view w) const;
  uint32_t NounSuffix(std::string_view w, bool strict) const;
  uint32_t ComputeVerbLemma(std::string_view w, uint32_t id) const;
  uint32_t ComputeNounLemma(std::string_view w, uint32_t id) const;
  void AddBuiltins();

  // WordNet's files (lexicon_wordnet.cc).
  void LoadIndex(std::string_view data, uint8_t cls);
  void LoadExceptions(std::string_view data, uint8_t cls, std::vector<uint32_t>* links);
  void LoadCounts(std::string_view data);
  void LoadNames(std::string_view data);
};

}  // namespace tacitus

#endif  // TACITUS_SRC_LEXICON_REP_H_
