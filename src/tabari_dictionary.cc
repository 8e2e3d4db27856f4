// TABARI dictionaries: .verbs, .options and .project files (.actors and
// .agents are read in peer_actors.cc).
//
// A .verbs file holds <SYNSETS> (as PETRARCH's "&NAME" / "+MEMBER"), a
// <TIME> section of time-shift phrases, then one entry per verb:
//
//   RESTOR  [064]                  a stem (no closing '_') and its code
//   { RESTORED_ RESTORING_ }       irregular forms
//   - * DIPLOMATIC  [064]          patterns of this verb
//   ~~FINISH                       the end
//
// A verb coded [###] or [+++] (FOOTBALL, BLAST) stops the sentence from
// being coded: it becomes a discard phrase.
#include <filesystem>

#include "peer_syntax.h"

namespace tacitus {

namespace {

struct TabariVerbReader {
  const StemIndex& stems;
  Diagnostics* diagnostics;
  PeerDictionary* out;
  SynsetTable synsets;
  std::string synset;
  std::string section;  // "SYNSETS", "TIME", or "" for verbs
  bool in_verb = false;
  std::string words, code, mirror, origin;
  std::vector<std::string> form_storage;
  std::vector<BlockPattern> patterns;

  void Flush() {
    if (!in_verb) return;
    in_verb = false;
    std::string head, particles, why;
    bool stem = false;
    if (!ParseVerbPhrase(words, &head, &stem, &particles, &why)) {
      out->Skip(why, origin);
      return;
    }
    if (code == "###" || code == "+++") {
      // The verb's words discard the sentence ("WORLD_CUP [###]").
      PeerDiscard d;
      d.phrase = {NormalizePhrase(words, &d.stem), origin};
      out->discards.push_back(d);
      out->Count("discard verbs ([###], [+++])");
      patterns.clear();
      return;
    }
    out->Count("verbs");
    std::vector<std::string> heads = stem ? ExpandVerbStem(head, stems) : std::vector<std::string>{head};
    for (const std::string& h : heads) AddVerbPatterns(h, particles, code, mirror, origin, patterns, out);
    for (const std::string& f : form_storage) {
      std::string fh, fp;
      if (!ParseVerbPhrase(f, &fh, &stem, &fp, &why)) {
        out->Skip(why, origin);
        continue;
      }
      uint32_t a = stems.lexicon().VerbLemma(fh), b = stems.lexicon().VerbLemma(head);
      if (a != 0 && a == b && fp == particles) continue;
      AddVerbPatterns(fh, fp, code, mirror, origin, patterns, out);
    }
    patterns.clear();
    form_storage.clear();
  }

  Status Read(const std::string& path) {
    PeerFile file;
    Status s = file.Open(path);
    if (!s.ok()) return s;
    size_t before = out->patterns.size();
    std::string_view raw;
    while (file.Next(&raw)) {
      std::string where = file.Origin();
      std::string_view line = StripComment(raw, ";");
      if (line.rfind("~~", 0) == 0) break;
      if (line.empty()) continue;
      if (line[0] == '<') {
        section = line[1] == '/' ? "" : std::string(line.substr(1, line.find('>') - 1));
        continue;
      }
      if (section == "TIME") {
        out->Skip("TABARI <TIME> phrases (time shifts)", where);
        continue;
      }
      if (section == "SYNSETS" || (line[0] == '&' || (line[0] == '+' && !synset.empty() && !in_verb))) {
        ReadSynsetLine(line, &synset, &synsets, out);
        continue;
      }
      if (line[0] == '-') {
        if (!in_verb) {
          diagnostics->Error(where, "pattern before any verb");
          continue;
        }
        ReadPatternLine(line, where, PatternContext{&synsets, &stems}, diagnostics, out, &patterns);
      } else if (line[0] == '{') {
        EntryLine entry;
        std::string error;
        if (!in_verb || !SplitEntryLine(line, &entry, &error)) {
          diagnostics->Error(where, in_verb ? error : "forms before any verb");
          continue;
        }
        for (std::string_view f : entry.forms) form_storage.emplace_back(f);
      } else {
        Flush();
        EntryLine entry;
        std::string error;
        if (!SplitEntryLine(line, &entry, &error) || entry.codes.empty() ||
            !SplitEventCode(entry.codes[0], &code, &mirror)) {
          diagnostics->Error(where, error.empty() ? "a verb needs a code: VERB [CODE]" : error);
          continue;
        }
        if (entry.codes.size() > 1) out->Skip("second codes on verb lines", where);
        words = std::string(entry.words);
        origin = where;
        in_verb = true;
      }
    }
    Flush();
    out->Count("Tacitus verb patterns", out->patterns.size() - before);
    return Status::OK();
  }
};

}  // namespace

Status ReadTabariVerbs(const std::string& path, const Lexicon& lexicon, Diagnostics* d,
                       PeerDictionary* out) {
  StemIndex stems(lexicon);
  TabariVerbReader reader{stems, d, out, {}, {}, {}, false, {}, {}, {}, {}, {}, {}};
  return reader.Read(path);
}

// Options steer TABARI's own parser (complexity filter, comma clauses,
// default actors, labels); Tacitus has its own settings, so each is counted.
Status ReadTabariOptions(const std::string& path, Diagnostics* d, PeerDictionary* out) {
  PeerFile file;
  Status s = file.Open(path);
  if (!s.ok()) return s;
  std::string_view raw;
  while (file.Next(&raw)) {
    std::string_view line = TrimBlanks(raw);
    if (line.rfind("~~", 0) == 0) break;
    if (line.empty() || line.rfind("//", 0) == 0) continue;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      d->Error(file.Origin(), "option must be KEY: VALUE");
      continue;
    }
    std::string key(TrimBlanks(line.substr(0, colon)));
    out->Skip("TABARI " + key + ": options (TABARI program settings)", file.Origin());
  }
  return Status::OK();
}

// The dictionary files a .project names, relative to its folder.
Status ReadTabariProject(const std::string& path, std::vector<std::string>* files) {
  PeerFile file;
  Status s = file.Open(path);
  if (!s.ok()) return s;
  std::string dir = std::filesystem::path(path).parent_path().string();
  std::string_view raw;
  while (file.Next(&raw)) {
    std::string_view line = TrimBlanks(raw);
    for (const char* tag : {"<actorsfile>", "<verbsfile>", "<optionsfile>", "<agentsfile>"}) {
      if (line.rfind(tag, 0) != 0) continue;
      std::string name(TrimBlanks(line.substr(std::string_view(tag).size())));
      if (!name.empty()) files->push_back(dir.empty() ? name : dir + "/" + name);
    }
  }
  if (files->empty()) return Status::InvalidArgument(path + ": names no <actorsfile>, <verbsfile>, <agentsfile> or <optionsfile>");
  return Status::OK();
}

}  // namespace tacitus
