// Helpers shared by the output writers (writer*.cc, explain.cc).
#ifndef TACITUS_SRC_WRITER_INTERNAL_H_
#define TACITUS_SRC_WRITER_INTERNAL_H_

#include <algorithm>
#include <string>
#include <string_view>

#include "tacitus/document.h"
#include "tacitus/writer.h"

namespace tacitus {

// Document::Slice, but clamped: a stage's off-by-one must not crash a writer.
inline std::string_view SafeSlice(const Document& doc, Span s) {
  std::string_view text = doc.text();
  if (s.begin >= text.size() || s.end <= s.begin) return {};
  return text.substr(s.begin, std::min<size_t>(s.end, text.size()) - s.begin);
}

inline const Sentence* SentenceOf(const Document& doc, const Event& e) {
  return e.sentence < doc.sentences.size() ? &doc.sentences[e.sentence] : nullptr;
}

inline std::string_view SentenceText(const Document& doc, const Event& e) {
  const Sentence* s = SentenceOf(doc, e);
  return s != nullptr ? SafeSlice(doc, s->span) : std::string_view();
}

// The words of an actor mention (its token range).
std::string_view MentionText(const Document& doc, const ActorMention& m);

// Whether an event goes to the output at all.
inline bool Selected(const Event& e, const WriteOptions& options) {
  return options.include_unrealised || e.realised();
}

// "NHPRMS" letters for negated, hypothetical, historical (past), reported,
// mirrored, sports; "-" when none is set.
std::string FlagLetters(const Event& e);

// `s` on one line: tabs, newlines and other control characters become spaces.
std::string OneLine(std::string_view s);

}  // namespace tacitus

#endif  // TACITUS_SRC_WRITER_INTERNAL_H_
