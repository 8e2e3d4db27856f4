// PETRARCH dictionaries: verb patterns (CAMEO.verbpatterns.*.txt,
// PETR.Validate.verbs.txt), discards and issues. Actors and agents are read
// in peer_actors.cc.
//
// The verb file is a sequence of synonym sets and verb blocks:
//
//   &TIETYPES                      a synonym set: "+" members up to a blank line
//   +MILITARY
//   --- ABANDON  [345]  ---        a block and its default code
//   ABANDON                        the block's verbs, each with an optional
//   +BREAK_DOWN {+BROKE_DOWN}      own code; '+' marks the verb of a phrase,
//   DOWNPLAY [014]                 {...} lists irregular forms
//   - * &TIETYPES TIES [902]       patterns, shared by every verb of the block
//
// Patterns are translated by TranslatePattern (peer_patterns.cc).
#include <functional>

#include "peer_syntax.h"

namespace tacitus {

namespace {

struct VerbEntry {
  std::string head, particles, code, mirror, origin;
};

struct PetrarchVerbReader {
  const Lexicon& lexicon;
  Diagnostics* diagnostics;
  PeerDictionary* out;
  SynsetTable synsets;
  std::string synset;  // the set whose members are being read
  bool in_block = false;
  std::string block_code, block_mirror;
  std::vector<VerbEntry> verbs;
  std::vector<BlockPattern> patterns;

  std::string Lemma(const std::string& verb) const {
    uint32_t id = lexicon.VerbLemma(verb);
    return id ? std::string(lexicon.Spelling(id)) : verb;
  }

  void Flush() {
    for (const VerbEntry& v : verbs)
      AddVerbPatterns(v.head, v.particles, v.code, v.mirror, v.origin, patterns, out);
    verbs.clear();
    patterns.clear();
    in_block = false;
  }

  void Header(std::string_view line, const std::string& origin) {
    Flush();
    in_block = true;
    block_code = block_mirror = "";
    EntryLine entry;
    std::string error;
    if (!SplitEntryLine(line, &entry, &error) || entry.codes.empty() ||
        !SplitEventCode(entry.codes[0], &block_code, &block_mirror)) {
      diagnostics->Error(origin, "verb block header needs a code: --- VERB [CODE] ---");
      block_code = "---";
    }
    if (entry.codes.size() > 1) out->Skip("second codes in block headers", origin);
    out->Count("verb blocks");
  }

  void Verb(std::string_view line, const std::string& origin) {
    EntryLine entry;
    std::string error;
    if (!SplitEntryLine(line, &entry, &error)) {
      diagnostics->Error(origin, error);
      return;
    }
    VerbEntry v;
    v.origin = origin;
    v.code = block_code;
    v.mirror = block_mirror;
    if (!entry.codes.empty() && !SplitEventCode(entry.codes[0], &v.code, &v.mirror)) {
      diagnostics->Error(origin, "bad code [" + std::string(entry.codes[0]) + "]");
      return;
    }
    bool stem = false;
    if (!ParseVerbPhrase(entry.words, &v.head, &stem, &v.particles, &error)) {
      out->Skip(error, origin);
      return;
    }
    out->Count("verbs");
    verbs.push_back(v);
    // Irregular forms the lexicon does not already lemmatise to the verb
    // ("+BROKEN_DOWN" adds "broken down" to "break down" only if needed).
    for (std::string_view form : entry.forms) {
      VerbEntry f = v;
      if (!ParseVerbPhrase(form, &f.head, &stem, &f.particles, &error)) {
        out->Skip(error, origin);
        continue;
      }
      if (Lemma(f.head) == Lemma(v.head) && f.particles == v.particles) continue;
      verbs.push_back(f);
    }
  }

  Status Read(const std::string& path) {
    PeerFile file;
    Status s = file.Open(path);
    if (!s.ok()) return s;
    std::string_view raw;
    size_t before = out->patterns.size();
    while (file.Next(&raw)) {
      std::string origin = file.Origin();
      std::string_view line = StripComment(raw, "#");
      if (line.rfind("<!", 0) == 0) continue;
      if (line.empty()) {
        // A blank line ends a synonym set; a comment line does not.
        if (TrimBlanks(raw).empty()) synset.clear();
        continue;
      }
      if (ReadSynsetLine(line, &synset, &synsets, out)) continue;
      // Any other line ends a synonym set.
      synset.clear();
      if (line.rfind("---", 0) == 0) {
        Header(line.substr(3), origin);
      } else if (line[0] == '-') {
        if (!in_block) {
          diagnostics->Error(origin, "pattern outside a verb block");
          continue;
        }
        ReadPatternLine(line, origin, PatternContext{&synsets, nullptr}, diagnostics, out, &patterns);
      } else {
        if (!in_block) {
          diagnostics->Error(origin, "verb outside a verb block (--- VERB [CODE] --- first)");
          continue;
        }
        Verb(line, origin);
      }
    }
    Flush();
    out->Count("Tacitus verb patterns", out->patterns.size() - before);
    return Status::OK();
  }
};

}  // namespace

Status ReadPetrarchVerbs(const std::string& path, const Lexicon& lexicon, Diagnostics* d,
                         PeerDictionary* out) {
  PetrarchVerbReader reader{lexicon, d, out, {}, {}, false, {}, {}, {}, {}};
  return reader.Read(path);
}

namespace {

// The discard and issue files are plain lists: each line that is neither
// blank, a "#" comment nor "<...>" markup goes to `each`.
Status ForEachListLine(const std::string& path,
                       const std::function<void(std::string_view line, const std::string& origin)>& each) {
  PeerFile file;
  Status s = file.Open(path);
  if (!s.ok()) return s;
  std::string_view raw;
  while (file.Next(&raw)) {
    std::string_view line = StripComment(raw, "#");
    if (line.empty() || line[0] == '<') continue;
    each(line, file.Origin());
  }
  return Status::OK();
}

}  // namespace

// "MONTHS LATER" discards the sentence, "+Manchester United" the story.
Status ReadPetrarchDiscards(const std::string& path, Diagnostics* d, PeerDictionary* out) {
  return ForEachListLine(path, [out](std::string_view line, const std::string& origin) {
    PeerDiscard discard;
    discard.story = line[0] == '+';
    discard.phrase = {NormalizePhrase(line, nullptr), origin};
    if (discard.phrase.text.empty()) return;
    out->discards.push_back(discard);
    out->Count(discard.story ? "story discards" : "sentence discards");
  });
}

// Issues tag events with topics; Tacitus codes none, so they are counted.
Status ReadPetrarchIssues(const std::string& path, Diagnostics* d, PeerDictionary* out) {
  return ForEachListLine(path, [out](std::string_view line, const std::string& origin) {
    if (line[0] == '~') return;
    out->Skip("issue phrases (read, not used: Tacitus codes no issues)", origin);
  });
}

}  // namespace tacitus
