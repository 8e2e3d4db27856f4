// Verb patterns of the peers' dictionaries, translated into Tacitus' pattern
// language (docs/data-format.md, verb_patterns.tsv).
//
// A peer pattern is a sequence of items around '*', the verb: words,
// synonym sets "&NAME", alternatives "{ A | B }", the target '+', the source
// '$', a compound actor '%' (source and target at once) and '^' (skip a noun
// phrase). Items joined by '_' must be adjacent; a space lets other words
// come between. Tacitus' model is the head verb followed by words, '*'
// (skip up to three tokens) and {T}, plus words that must come before the
// verb; the source is always the subject. So a pattern translates when
// neither the target comes before the verb nor '$' or '%' after it: after
// the verb a space (and '^') becomes a gap of three '*' (kPeerGap), before
// it a '*' (any words), '+' becomes {T}, and every synonym or alternative
// is expanded into a pattern of its own.
#include <algorithm>
#include <cctype>
#include <set>

#include "peer_syntax.h"

namespace tacitus {

namespace {

constexpr size_t kMaxExpansions = 256;
constexpr int kMaxSynsetDepth = 6;

struct Item {
  enum Kind { kWord, kVerb, kTarget, kSource, kCompound, kSkip, kSynset, kGroup } kind = kWord;
  std::string text;          // a lower-case word, or a synset name
  bool stem_mark = false;    // "NEAT~": the word may go on
  bool joined = false;       // '_' joins it to the next item
  std::vector<std::vector<Item>> alternatives;  // kGroup
};

using Seq = std::vector<std::string>;  // words, "*" and "{T}"

bool IsWordChar(char c) {
  return std::string_view(" \t_{}|*+$%^&~").find(c) == std::string_view::npos;
}

// Parses items up to the end, or (in a group) up to '|' or '}'.
bool ParseItems(std::string_view s, size_t* i, bool in_group, std::vector<Item>* out,
                std::string* why) {
  while (*i < s.size()) {
    char c = s[*i];
    if (in_group && (c == '|' || c == '}')) return true;
    if (c == ' ' || c == '\t') {
      ++*i;
    } else if (c == '_') {
      if (!out->empty()) out->back().joined = true;
      ++*i;
    } else if (c == '~') {
      if (!out->empty()) out->back().stem_mark = true;
      ++*i;
    } else if (c == '{') {
      Item group;
      group.kind = Item::kGroup;
      ++*i;
      while (true) {
        std::vector<Item> alternative;
        if (!ParseItems(s, i, true, &alternative, why)) return false;
        if (*i >= s.size()) {
          *why = "malformed pattern: '{' without '}'";
          return false;
        }
        if (!alternative.empty()) group.alternatives.push_back(std::move(alternative));
        if (s[(*i)++] == '}') break;
      }
      out->push_back(std::move(group));
    } else if (c == '&') {
      Item item;
      item.kind = Item::kSynset;
      ++*i;
      while (*i < s.size() && std::isalnum(static_cast<unsigned char>(s[*i])))
        item.text += static_cast<char>(std::toupper(static_cast<unsigned char>(s[(*i)++])));
      out->push_back(std::move(item));
    } else if (std::string_view("*+$%^").find(c) != std::string_view::npos) {
      Item item;
      item.kind = c == '*' ? Item::kVerb : c == '+' ? Item::kTarget : c == '$' ? Item::kSource
                : c == '%' ? Item::kCompound : Item::kSkip;
      out->push_back(item);
      ++*i;
    } else if (c == '|' || c == '}') {
      *why = std::string("malformed pattern: stray '") + c + "'";
      return false;
    } else {
      Item item;
      while (*i < s.size() && IsWordChar(s[*i]))
        item.text += static_cast<char>(std::tolower(static_cast<unsigned char>(s[(*i)++])));
      out->push_back(std::move(item));
    }
  }
  return true;
}

// The words a pattern word stands for: itself, or for a TABARI stem that is
// no word of its own ("contribut"), the words it begins.
std::vector<std::string> WordChoices(const Item& item, const PatternContext& context) {
  if (!context.stems || (item.joined && !item.stem_mark)) return {item.text};
  const Lexicon& lex = context.stems->lexicon();
  // Any word the lexicon has (closed-class words too: "to", "at") is taken
  // as itself; lemmas give its other forms.
  bool known = lex.Find(item.text) != 0;
  if (known && !item.stem_mark) return {item.text};
  std::vector<std::string> out{item.text};
  for (std::string& w : context.stems->Expand(item.text, 8, [](std::string_view) { return true; }))
    if (std::find(out.begin(), out.end(), w) == out.end()) out.push_back(std::move(w));
  return out;
}

bool ExpandSequence(const std::vector<Item>& items, const PatternContext& context, int depth,
                    std::vector<Seq>* out, std::string* why);

bool ExpandItem(const Item& item, const PatternContext& context, int depth, std::vector<Seq>* out,
                std::string* why) {
  switch (item.kind) {
    case Item::kWord:
      for (const std::string& w : WordChoices(item, context)) out->push_back({w});
      return true;
    case Item::kTarget:
      out->push_back({"{T}"});
      return true;
    case Item::kSkip:
      out->push_back({"*"});
      return true;
    case Item::kGroup:
      for (const auto& alternative : item.alternatives)
        if (!ExpandSequence(alternative, context, depth, out, why)) return false;
      return true;
    case Item::kSynset: {
      if (!context.synsets || !context.synsets->count(item.text)) {
        *why = "malformed pattern: unknown synonym set &" + item.text;
        return false;
      }
      if (depth >= kMaxSynsetDepth) {
        *why = "malformed pattern: synonym sets nested too deeply at &" + item.text;
        return false;
      }
      for (const std::string& member : context.synsets->at(item.text)) {
        std::vector<Item> parsed;
        size_t i = 0;
        std::string ignored;
        // A member that is not plain words (markers inside a set) is left out.
        if (!ParseItems(member, &i, false, &parsed, &ignored)) continue;
        std::vector<Seq> sub;
        if (ExpandSequence(parsed, context, depth + 1, &sub, &ignored))
          out->insert(out->end(), sub.begin(), sub.end());
      }
      if (out->empty()) *why = "synonym set &" + item.text + " has no usable member";
      return !out->empty();
    }
    default:
      *why = "markers inside a synonym set or alternative";
      return false;
  }
}

bool ExpandSequence(const std::vector<Item>& items, const PatternContext& context, int depth,
                    std::vector<Seq>* out, std::string* why) {
  std::vector<Seq> acc{{}};
  for (size_t k = 0; k < items.size(); ++k) {
    std::vector<Seq> choices;
    if (!ExpandItem(items[k], context, depth, &choices, why)) return false;
    std::vector<Seq> next;
    for (const Seq& a : acc) {
      for (const Seq& c : choices) {
        if (next.size() >= kMaxExpansions) break;
        Seq s = a;
        s.insert(s.end(), c.begin(), c.end());
        if (!items[k].joined && k + 1 < items.size()) s.push_back("*");
        next.push_back(std::move(s));
      }
    }
    acc = std::move(next);
  }
  out->insert(out->end(), acc.begin(), acc.end());
  return true;
}

std::string Render(const Seq& seq) {
  std::vector<std::string> tokens;
  for (const std::string& t : seq) {
    if (t == "*" && !tokens.empty() && tokens.back() == "*") continue;
    tokens.push_back(t);
  }
  while (!tokens.empty() && tokens.back() == "*") tokens.pop_back();
  std::string out;
  for (const std::string& t : tokens) out += (out.empty() ? "" : " ") + (t == "*" ? kPeerGap : t);
  return out;
}

// The words before the verb, left to right: words and "*" where the peer
// pattern has a space (any words may come between), none where it has '_'.
std::string RenderBefore(const Seq& seq) {
  std::string out;
  for (const std::string& t : seq) {
    if (t == "*" && (out.empty() || out.back() == '*')) continue;
    out += (out.empty() ? "" : " ") + t;
  }
  return out;
}

}  // namespace

bool TranslatePattern(std::string_view body, const PatternContext& context,
                      std::vector<TranslatedPattern>* texts, bool* has_target, std::string* why) {
  std::vector<Item> items;
  size_t i = 0;
  if (!ParseItems(body, &i, false, &items, why)) return false;
  size_t verb = items.size();
  for (size_t k = 0; k < items.size(); ++k)
    if (items[k].kind == Item::kVerb) {
      verb = k;
      break;
    }
  if (verb == items.size()) {
    *why = "patterns without '*' for the verb";
    return false;
  }
  // Before the verb: the subject ('$', or '%', a compound subject acting on
  // itself, which Tacitus does for cooperative codes without a target) may
  // open the pattern; words may follow it ("INDICATED SHOULD *"). The
  // target may not come before the verb.
  size_t first = verb > 0 && (items[0].kind == Item::kSource || items[0].kind == Item::kCompound) ? 1 : 0;
  std::vector<Item> before(items.begin() + first, items.begin() + verb);
  for (const Item& it : before) {
    if (it.kind == Item::kTarget) *why = "patterns with the target before the verb";
    else if (it.kind != Item::kWord && it.kind != Item::kSynset && it.kind != Item::kGroup && why->empty())
      *why = "patterns with markers before the verb";
  }
  if (!why->empty()) return false;
  std::vector<Item> after(items.begin() + verb + 1, items.end());
  int targets = 0;
  for (const Item& it : after) {
    if (it.kind == Item::kSource) *why = "patterns with the source after the verb";
    if (it.kind == Item::kCompound) *why = "patterns with a compound actor after the verb";
    if (it.kind == Item::kVerb) *why = "patterns with two verb markers";
    if (it.kind == Item::kTarget) ++targets;
  }
  if (targets > 1) *why = "patterns with two targets";
  if (!why->empty()) return false;
  *has_target = targets == 1;
  std::vector<Seq> befores, afters;
  if (before.empty()) befores.emplace_back();
  if ((!before.empty() && !ExpandSequence(before, context, 0, &befores, why)) ||
      !ExpandSequence(after, context, 0, &afters, why)) {
    if (why->rfind("malformed", 0) != 0) *why = "patterns with " + *why;
    return false;
  }
  std::set<std::pair<std::string, std::string>> seen;
  texts->clear();
  for (Seq& b : befores) {
    if (!before.empty() && !before.back().joined) b.push_back("*");
    for (Seq a : afters) {
      if (texts->size() >= kMaxExpansions) break;
      if (!after.empty() && !items[verb].joined) a.insert(a.begin(), "*");
      TranslatedPattern t{RenderBefore(b), Render(a)};
      if (seen.insert({t.before, t.after}).second) texts->push_back(std::move(t));
    }
  }
  return true;
}

bool ReadSynsetLine(std::string_view line, std::string* current, SynsetTable* synsets,
                    PeerDictionary* out) {
  if (line.empty()) return false;
  if (line[0] == '&') {
    // The name ends at the first character that is not a letter or digit.
    current->clear();
    for (char c : line.substr(1))
      if (std::isalnum(static_cast<unsigned char>(c))) *current += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      else break;
    (*synsets)[*current];
    out->Count("synonym sets");
    return true;
  }
  if (line[0] == '+' && !current->empty()) {
    (*synsets)[*current].emplace_back(TrimBlanks(line.substr(1)));
    return true;
  }
  return false;
}

void ReadPatternLine(std::string_view line, const std::string& origin,
                     const PatternContext& context, Diagnostics* diagnostics,
                     PeerDictionary* out, std::vector<BlockPattern>* patterns) {
  size_t open = line.rfind('[');
  size_t close = open == std::string_view::npos ? open : line.find(']', open);
  BlockPattern p;
  p.origin = origin;
  if (close == std::string_view::npos ||
      !SplitEventCode(line.substr(open + 1, close - open - 1), &p.code, &p.mirror)) {
    diagnostics->Error(origin, "pattern needs a code: - WORDS * WORDS [CODE]");
    return;
  }
  out->Count("verb pattern lines");
  std::vector<TranslatedPattern> texts;
  std::string why;
  if (!TranslatePattern(line.substr(1, open - 1), context, &texts, &p.has_target, &why)) {
    // A malformed pattern is the file's fault; an inexpressible one, ours.
    if (why.rfind("malformed", 0) == 0)
      diagnostics->Error(origin, why);
    else
      out->Skip(why, origin);
    return;
  }
  for (TranslatedPattern& t : texts) {
    p.before = std::move(t.before);
    p.text = std::move(t.after);
    patterns->push_back(p);
  }
}

bool ParseVerbPhrase(std::string_view written, std::string* head, bool* head_stem,
                     std::string* particles, std::string* why) {
  struct Word {
    std::string text;
    bool plus = false, joined = false;
  };
  std::vector<Word> words;
  for (size_t i = 0; i < written.size();) {
    char c = written[i];
    if (c == ' ' || c == '\t') {
      ++i;
    } else if (c == '_' || c == '=') {
      if (!words.empty()) words.back().joined = true;
      ++i;
    } else {
      Word w;
      if (c == '+') {
        w.plus = true;
        ++i;
      }
      while (i < written.size() && std::string_view(" \t_=+").find(written[i]) == std::string_view::npos)
        w.text += static_cast<char>(std::tolower(static_cast<unsigned char>(written[i++])));
      if (!w.text.empty()) words.push_back(w);
    }
  }
  if (words.empty()) {
    *why = "empty verb";
    return false;
  }
  size_t verb = 0;
  for (size_t k = 0; k < words.size(); ++k)
    if (words[k].plus) verb = k;
  if (verb > 0) {
    *why = "verbs with words before the verb";
    return false;
  }
  *head = words[0].text;
  *head_stem = !words[0].joined;
  particles->clear();
  for (size_t k = 1; k < words.size(); ++k) {
    if (!words[k - 1].joined) *particles += (particles->empty() ? "" : " ") + std::string(kPeerGap);
    *particles += (particles->empty() ? "" : " ") + words[k].text;
  }
  return true;
}

std::vector<std::string> ExpandVerbStem(const std::string& stem, const StemIndex& stems) {
  const Lexicon& lex = stems.lexicon();
  if (lex.Classes(lex.Find(stem)) & kClassVerb) return {stem};
  std::vector<std::string> out;
  for (const std::string& w : stems.Expand(stem, 24, [&](std::string_view word) {
         return (lex.Classes(lex.Find(word)) & kClassVerb) != 0;
       })) {
    uint32_t lemma = lex.VerbLemma(w);
    std::string base = lemma ? std::string(lex.Spelling(lemma)) : w;
    if (std::find(out.begin(), out.end(), base) == out.end()) out.push_back(base);
  }
  if (out.empty()) out.push_back(stem);
  return out;
}

void AddVerbPatterns(const std::string& head, const std::string& particles,
                     const std::string& code, const std::string& mirror,
                     const std::string& origin, const std::vector<BlockPattern>& patterns,
                     PeerDictionary* out) {
  auto join = [](const std::string& a, const std::string& b) {
    return a.empty() ? b : b.empty() ? a : a + " " + b;
  };
  auto add = [&](const std::string& c, const std::string& m, const std::string& text,
                 const std::string& o, const std::string& before, bool first_after) {
    out->patterns.push_back({c, m, head, text, o, before, first_after});
  };
  // The peers try a verb's patterns before its own code: "CALLED_ON [094]"
  // with "- $ * [095]" is 095. Patterns go first, so that among equally
  // specific ones (the engine keeps their order) the pattern wins.
  for (const BlockPattern& p : patterns) {
    std::string text = join(particles, p.text);
    if (p.has_target) {
      add(p.code, p.mirror, text, p.origin, p.before, false);
      continue;
    }
    // The peers take as target the first actor after the verb, wherever the
    // pattern's words are ("condemned an attack by Osgiliath soldiers" is
    // against OSGMIL).
    add(p.code, p.mirror, text, p.origin, p.before, true);
    // Without a target the engine only adds what the first actor cannot
    // give: a compound subject acting on itself, for cooperative codes
    // (03-06).
    if (p.code.size() >= 2 && p.code.compare(0, 2, "03") >= 0 && p.code.compare(0, 2, "06") <= 0)
      add(p.code, p.mirror, text, p.origin, p.before, false);
  }
  // The verb alone: the first actor after it, else (without one) the
  // engine's own choice of a following with/against/to phrase or a
  // compound subject.
  if (!IsSpecialCode(code)) {
    add(code, mirror, particles, origin, "", true);
    add(code, mirror, particles, origin, "", false);
  }
}

}  // namespace tacitus
