// Clauses: the clause-structure questions the event matcher asks of a
// chunked document: who is the subject of a verb group (through relative
// clauses, coordination, parentheticals, fronted participles), which actors
// a noun phrase stands for (its own, its possessor's, a country word in it,
// the "of" phrase of a quantity), by-phrases, prepositional targets, and
// whether a verb group is reported, hypothetical, undone or light.
#ifndef TACITUS_SRC_CLAUSES_H_
#define TACITUS_SRC_CLAUSES_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "tacitus/document.h"

namespace tacitus {

// Actors found for one side of an event, and how.
struct Slot {
  std::vector<int32_t> mentions;  // resolved actor mentions (groups expanded)
  std::string why;
};

class Clauses {
 public:
  explicit Clauses(Document* doc);

 protected:
  Document* doc_;
  std::vector<int32_t> chunk_start_;        // token -> chunk starting there, -1
  std::vector<int32_t> modifier_of_chunk_;  // chunk -> country-word mention in it, -1
  // The verb group whose subject the last Subject() call shared through
  // coordination ("will not dismantle ... or improve"), -1 if none.
  int32_t shared_from_ = -1;

  const Token& tok(uint32_t i) const { return doc_->tokens[i]; }
  const Sentence& sentence_of(const Chunk& c) const { return doc_->sentences[c.sentence]; }
  // Headlines write "Xi, Putin reaffirm ties" for "Xi and Putin".
  bool IsTitle(uint32_t sentence) const { return doc_->sentences[sentence].is_title; }
  int32_t ChunkEndingAt(uint32_t end) const;
  bool LemmaIn(uint32_t t, std::initializer_list<std::string_view> words) const;

  // The actor mentions a chunk stands for: its own (groups expanded), else
  // its possessor's ("China's military parade" -> China).
  std::vector<int32_t> MentionsOf(int32_t ci, bool allow_possessor) const;
  // The actors of chunk ci as the doer of a verb (subject, by-phrase): as
  // MentionsOf, but a country word modifying a thing that acts on no one
  // does not act ("Russian missiles hit", but not "the Iraq war undermined
  // him" or "a Sony console hits the US").
  std::vector<int32_t> DoersOf(int32_t ci) const;
  bool HasActor(int32_t ci, bool allow_possessor) const;
  // "A, B and C": the chunks coordinated with chunk ci to its right;
  // appends their mentions (unless `mentions` is null) and returns the
  // index of the last one. Commas count only in a list that ends with
  // "and"/"or", so "Before visiting Israel, Tony Blair" is not one.
  size_t CoordinatedRight(size_t ci, std::vector<int32_t>* mentions) const;
  void CoordinatedLeft(size_t ci, std::vector<int32_t>* mentions) const;
  // Subject chunk of verb group vi, or -1. `why` says how it was found.
  int32_t Subject(size_t vi, std::string* why);
  // "dozens of Palestinians", "thousands of protesters": the phrase after
  // "of" stands for a quantity phrase that names no actor itself.
  int32_t QuantityOf(int32_t k) const;
  bool SharesPreposition(size_t k) const;
  bool Quantity(uint32_t t) const;
  // The subject of the clause after the comma that closes a fronted
  // participle clause: "Addressing Xi as a dear friend, Putin said".
  Slot MainClauseSubject(size_t vi);
  bool TimeWord(uint32_t t) const;
  Slot SubjectSlot(size_t vi);
  // "by" phrase after a passive verb: "was invaded by Russia".
  Slot ByPhrase(size_t vi) const;
  // A target in a following prepositional phrase, for patterns without {T}.
  Slot PrepositionTarget(uint32_t from, uint32_t sentence) const;
  bool IsReported(const Chunk& vg, size_t vi) const;
  bool Hypothetical(const Chunk& vg) const;
  // For infinitive verb group vi (> 0): the chunk governing it.
  size_t InfinitiveGovernor(size_t vi) const;
  // A gerund after "by", "after", "before", "while", "through" ("responded
  // by launching missiles"): the means or time of the main verb, done by
  // its subject.
  bool MeansGerund(const Chunk& vg) const;
  // The clause of vg is what someone denies: "denied that Russian forces had
  // targeted civilians", "rejected claims that it shelled the plant",
  // "The Kremlin denied its troops were involved".
  bool Denied(const Chunk& vg, size_t vi) const;
  // An actor named inside the words a pattern matched ("seized a British
  // tanker", "expelled two Russian diplomats").
  Slot ModifierTarget(uint32_t from, uint32_t to) const;
  // Verbs whose object event is ended or denied ("lifted its ban").
  bool UndoingVerb(uint32_t t) const;
  // Verbs whose object event has not happened ("threatened sanctions on").
  bool ContemplatingVerb(uint32_t t) const;
  // Verbs whose object noun names the subject's own act ("launched an
  // invasion of", "imposed tariffs on", "made an official visit to").
  bool LightVerb(uint32_t t) const;
};

}  // namespace tacitus

#endif  // TACITUS_SRC_CLAUSES_H_
