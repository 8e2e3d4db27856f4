// The syntax PETRARCH and TABARI dictionaries share (both descend from
// KEDS): code blocks "[CODE <950601]", entry lines "WORDS {FORMS} [CODE]",
// phrases whose words are joined by "_" (adjacent) or spaces (other words
// may come between), TABARI stems, synonym sets "&NAME", and verb patterns
// "- WORDS * WORDS + [CODE]". Used by petrarch_dictionary.cc and
// tabari_dictionary.cc only.
#ifndef TACITUS_SRC_PEER_SYNTAX_H_
#define TACITUS_SRC_PEER_SYNTAX_H_

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "peer_dictionary.h"

namespace tacitus {

// Reads a dictionary file line by line: CR, LF and CRLF line ends, stray
// control bytes (0x1A) dropped. Origins are "FOLDER/FILE:LINE".
class PeerFile {
 public:
  Status Open(const std::string& path);
  // Next line; false at the end.
  bool Next(std::string_view* line);
  std::string Origin() const;
  const std::string& name() const { return name_; }

 private:
  std::string name_;
  std::string buffer_;
  size_t pos_ = 0;
  size_t line_ = 0;
};

// The line without its comment: from the first `marker` character that is
// not inside [...] or {...}; trailing blanks trimmed.
std::string_view StripComment(std::string_view line, std::string_view markers);
std::string_view TrimBlanks(std::string_view s);

// "WORDS {FORM FORM} [CODE] [CODE]": the words before the first '{' or
// '[', the form list (has_forms even when empty) and the code blocks.
struct EntryLine {
  std::string_view words;
  bool has_forms = false;
  std::vector<std::string_view> forms;
  std::vector<std::string_view> codes;  // inside the brackets
};
bool SplitEntryLine(std::string_view line, EntryLine* out, std::string* error);

// YYMMDD (00-30 = 20YY, else 19YY, as PETRARCH and TABARI read them) or
// YYYYMMDD.
bool ParsePeerDate(std::string_view digits, Date* out);
// The inside of an actor code block: "HOBGOV 950601 - 990815", "HOB < 950601".
bool ParseDatedCode(std::string_view block, DatedCode* out, std::string* error);
// An event code block: "064", "032:033", "---". False if empty or malformed.
bool SplitEventCode(std::string_view block, std::string* code, std::string* mirror);
// True for "---", "###", "+++": the peers' special codes.
bool IsSpecialCode(std::string_view code);

// "AFGHAN_NATIONAL_ARMY_" -> "afghan national army". *stem is true when the
// last word carries no end mark ('_' or '='): a TABARI stem.
std::string NormalizePhrase(std::string_view written, bool* stem);
// The regular plural of a phrase's last word ("congress" -> "congresses").
std::string PluralOf(std::string_view phrase);

// Lexicon words by prefix, for TABARI stems ("restor" -> restore, restored...).
class StemIndex {
 public:
  explicit StemIndex(const Lexicon& lexicon);
  // Words starting with `stem` (at most `limit`) that pass `keep`.
  std::vector<std::string> Expand(std::string_view stem, size_t limit,
                                  const std::function<bool(std::string_view)>& keep) const;
  const Lexicon& lexicon() const { return lexicon_; }

 private:
  const Lexicon& lexicon_;
  std::vector<std::string_view> sorted_;
};

// The phrases a TABARI actor or agent stem stands for: the stem, the lexicon
// words it begins (stems of 4+ letters), and the usual name endings
// ("eriador" -> eriadori, eriadorian, eriadors).
std::vector<std::string> ExpandNameStem(const std::string& phrase, const StemIndex& stems);

// A space between two items of a peer pattern lets any words of the clause
// come between them; Tacitus' '*' skips up to three tokens (never a verb or
// a clause boundary), so a gap is written as three of them.
inline constexpr const char* kPeerGap = "* * *";

// Synonym sets: name (upper case, no '&') -> members as written.
using SynsetTable = std::map<std::string, std::vector<std::string>>;

// A block's or verb's pattern, translated: added to each of its verbs.
struct BlockPattern {
  std::string code, mirror, text, origin;
  std::string before;  // PeerPattern::before
  bool has_target = false;
};

// One expansion of a peer pattern: the words before the verb and after it.
struct TranslatedPattern {
  std::string before, after;
};

struct PatternContext {
  const SynsetTable* synsets = nullptr;
  const StemIndex* stems = nullptr;  // TABARI: words are stems; null for PETRARCH
};

// Synonym set lines, written alike by both peers: "&NAME" starts a set
// (*current, counted in out) and "+MEMBER" adds to the current one. False,
// with nothing read, for any other line.
bool ReadSynsetLine(std::string_view line, std::string* current, SynsetTable* synsets,
                    PeerDictionary* out);

// A pattern after its "- " and without its code: "* &TIETYPES_RELATIONS",
// "$ * + HELD", "INDICATED SHOULD *". On success *texts holds the Tacitus
// patterns it expands to (the words before the head, as PeerPattern::before,
// and after it); else *why names what Tacitus cannot express ("target
// before the verb", "source after the verb", ...).
bool TranslatePattern(std::string_view body, const PatternContext& context,
                      std::vector<TranslatedPattern>* texts, bool* has_target, std::string* why);

// A pattern line "- WORDS * WORDS [CODE]", written alike by both peers:
// its translations go to *patterns. A line without a code or with a
// malformed pattern is reported as an error; one that Tacitus cannot
// express is counted in out->skipped. Both skip the line.
void ReadPatternLine(std::string_view line, const std::string& origin,
                     const PatternContext& context, Diagnostics* diagnostics,
                     PeerDictionary* out, std::vector<BlockPattern>* patterns);

// A verb entry: "+BREAK_DOWN", "KLM_NOP_+RST" (the '+' word is the verb),
// "BRUSH ASIDE REPORTS" (the first word is). *head is lower case, *particles
// the Tacitus pattern text of the words after it ("* aside * reports").
// False (with *why) when words come before the verb.
bool ParseVerbPhrase(std::string_view written, std::string* head, bool* head_stem,
                     std::string* particles, std::string* why);

// The verb lemmas a TABARI verb stem stands for ("restor" -> restore).
std::vector<std::string> ExpandVerbStem(const std::string& stem, const StemIndex& stems);

// Adds the patterns of one verb entry: "particles {T}" and "particles" for
// its own code, then each block pattern (with and without a target slot
// when it has none). Null codes only block, so bare null entries are left
// out.
void AddVerbPatterns(const std::string& head, const std::string& particles,
                     const std::string& code, const std::string& mirror,
                     const std::string& origin, const std::vector<BlockPattern>& patterns,
                     PeerDictionary* out);

}  // namespace tacitus

#endif  // TACITUS_SRC_PEER_SYNTAX_H_
