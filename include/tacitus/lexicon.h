// Lexicon: the vocabulary of lower-cased words with their word classes and
// lemmas. Tokens refer to words by id so that dictionary and pattern matching
// compare integers, not strings.
//
// Built once at start-up (WordNet from Debian's wordnet-base plus the
// closed-class words Tacitus knows itself plus every word of the loaded
// dictionaries), then frozen: after Freeze() every method is const and safe to
// call from many threads.
#ifndef TACITUS_LEXICON_H_
#define TACITUS_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "tacitus/status.h"

namespace tacitus {

// Open word classes a word can belong to (bit set), from WordNet.
enum WordClass : uint8_t {
  kClassNoun = 1,
  kClassVerb = 2,
  kClassAdjective = 4,
  kClassAdverb = 8,
};

class Lexicon {
 public:
  // Loads WordNet's index.{noun,verb,adj,adv} and *.exc files from
  // `wordnet_dir` (normally /usr/share/wordnet). Missing files are an
  // IOError naming the file and how to install it.
  static Status Load(const std::string& wordnet_dir, std::unique_ptr<Lexicon>* out);
  // An empty lexicon with only the built-in closed-class words; for tests.
  static std::unique_ptr<Lexicon> BuiltinOnly();

  ~Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // Adds a lower-case word (if new) and returns its id (never 0). Only
  // before Freeze().
  uint32_t Intern(std::string_view lower);
  void Freeze();

  // Id of a lower-case word, 0 if unknown.
  uint32_t Find(std::string_view lower) const;
  std::string_view Spelling(uint32_t id) const;
  uint8_t Classes(uint32_t id) const;  // WordClass bits; 0 if unknown

  // Lemma ids for an inflected lower-case form, by WordNet's exception lists
  // and suffix rules ("visited" -> "visit", "talks" -> "talk", "met" ->
  // "meet", "countries" -> "country"); 0 if the form is not a verb (noun).
  uint32_t VerbLemma(std::string_view lower) const;
  uint32_t NounLemma(std::string_view lower) const;
  // Any lemma: verb if the word can be a verb, else noun, else the word.
  uint32_t AnyLemma(std::string_view lower) const;

  size_t size() const;

 private:
  Lexicon();
  struct Rep;
  std::unique_ptr<Rep> rep_;
};

}  // namespace tacitus

#endif  // TACITUS_LEXICON_H_
