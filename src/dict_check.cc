// `tacitus dict check`: problems in native data/ folders and peer
// dictionaries, each with the file and line where it is: codes the CAMEO
// table lacks, date ranges of one person that overlap, and one phrase (or
// one pattern) given different codes in different places.
#include <algorithm>
#include <climits>
#include <filesystem>
#include <map>
#include <memory>
#include <set>

#include <fmt/format.h>

#include "peer_dictionary.h"
#include "tacitus/coder.h"
#include "tacitus/dict_tools.h"
#include "tsv.h"

namespace tacitus {

namespace {

// Reads a native data/ folder into the same model as the peers', keeping
// each phrase's, term's and pattern's origin.
Status ReadNativeData(const std::string& dir, Diagnostics* d, PeerDictionary* out) {
  TsvFile f;
  TsvRow row;
  Status s = f.Open(dir + "/countries.tsv", {"code", "iso2", "fips", "name", "names", "adjectives", "demonyms", "capitals", "lat", "lon"}, d);
  if (!s.ok()) return s;
  while (f.Next(&row)) {
    PeerActor a;
    a.origin = row.origin;
    a.codes.push_back({std::string(row[0]), {}, {}, row.origin});
    a.phrases.push_back({Lower(row[3]), row.origin});
    for (int col : {4, 5, 6, 7})
      for (std::string_view p : SplitList(row[col])) a.phrases.push_back({Lower(p), row.origin});
    out->actors.push_back(std::move(a));
  }
  std::map<std::string, size_t> people;
  std::error_code ec;
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    if (name.rfind("people", 0) == 0 && e.path().extension() == ".tsv") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  for (const std::string& path : files) {
    if (s = f.Open(path, {"name", "code", "from", "to", "office", "aliases"}, d); !s.ok()) return s;
    while (f.Next(&row)) {
      DatedCode c{std::string(row[1]), {}, {}, row.origin};
      if ((!row[2].empty() && !Date::Parse(row[2], &c.from)) || (!row[3].empty() && !Date::Parse(row[3], &c.to))) {
        f.Reject(row, "bad date");
        continue;
      }
      // An open term (no dates at all) still counts as a restriction here.
      if (!c.dated()) c.from = Date::FromYmd(1, 1, 1);
      auto [it, fresh] = people.emplace(std::string(row[0]), out->actors.size());
      if (fresh) {
        PeerActor a;
        a.origin = row.origin;
        a.phrases.push_back({Lower(row[0]), row.origin});
        out->actors.push_back(std::move(a));
      }
      PeerActor& a = out->actors[it->second];
      a.codes.push_back(c);
      for (std::string_view p : SplitList(row[5])) a.phrases.push_back({Lower(p), row.origin});
    }
  }
  if (s = f.Open(dir + "/organisations.tsv", {"code", "name", "aliases", "kind"}, d); !s.ok()) return s;
  while (f.Next(&row)) {
    PeerActor a;
    a.origin = row.origin;
    a.codes.push_back({std::string(row[0]), {}, {}, row.origin});
    a.phrases.push_back({Lower(row[1]), row.origin});
    for (std::string_view p : SplitList(row[2])) a.phrases.push_back({Lower(p), row.origin});
    out->actors.push_back(std::move(a));
  }
  if (s = f.Open(dir + "/agents.tsv", {"sector", "phrases"}, d); !s.ok()) return s;
  while (f.Next(&row))
    for (std::string_view p : SplitList(row[1])) out->agents.push_back({{Lower(p), row.origin}, std::string(row[0]), false});
  for (const char* name : {"verb_patterns.tsv", "noun_patterns.tsv"}) {
    if (s = f.Open(dir + "/" + name, {"code", "pattern"}, d); !s.ok()) return s;
    bool noun = name[0] == 'n';
    while (f.Next(&row)) {
      PeerPattern p;
      std::string_view code = row[0];
      size_t colon = code.find(':');
      p.code = code.substr(0, colon);
      if (colon != std::string_view::npos) p.mirror = code.substr(colon + 1);
      std::string_view text = Trim(row[1]);
      size_t space = text.find(' ');
      p.head = (noun ? "noun:" : "") + Lower(text.substr(0, space));
      p.text = space == std::string_view::npos ? "" : std::string(text.substr(space + 1));
      p.origin = row.origin;
      out->patterns.push_back(std::move(p));
    }
  }
  return Status::OK();
}

std::string Range(const DatedCode& c) {
  if (!c.dated()) return c.code;
  return c.code + " " + (c.from.valid() ? c.from.ToIso() : "") + ".." + (c.to.valid() ? c.to.ToIso() : "");
}

std::string Signature(const PeerActor& a) {
  std::string sig;
  for (const DatedCode& c : a.codes) sig += (sig.empty() ? "" : " ") + Range(c);
  return sig;
}

// Last shared day minus first shared day of two dated codes: negative when
// they share no day, 0 when only a boundary day.
int64_t SharedDays(const DatedCode& x, const DatedCode& y) {
  int64_t lo = std::max(x.from.valid() ? x.from.ToDays() : INT64_MIN / 4, y.from.valid() ? y.from.ToDays() : INT64_MIN / 4);
  int64_t hi = std::min(x.to.valid() ? x.to.ToDays() : INT64_MAX / 4, y.to.valid() ? y.to.ToDays() : INT64_MAX / 4);
  return hi - lo;
}

// Both actors have only dated codes and no day of one falls in the other.
bool Disjoint(const PeerActor& a, const PeerActor& b) {
  for (const DatedCode& x : a.codes)
    for (const DatedCode& y : b.codes)
      if (!x.dated() || !y.dated() || SharedDays(x, y) >= 0) return false;
  return true;
}

}  // namespace

Status CheckDictionaries(const DictToolOptions& options, Diagnostics* diagnostics, FILE* out,
                         size_t* problems) {
  std::unique_ptr<Lexicon> lexicon;
  Status s = Lexicon::Load(options.wordnet_dir, &lexicon);
  if (!s.ok()) return s;
  std::string data = options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
  uint64_t errors_before = diagnostics->errors();
  PeerDictionary all;
  if (options.dicts.empty() || options.check_data) {
    s = ReadNativeData(data, diagnostics, &all);
    if (!s.ok()) return s;
  }
  for (const std::string& spec : options.dicts) {
    s = ReadPeerDictionary(spec, *lexicon, diagnostics, &all);
    if (!s.ok()) return s;
  }
  std::set<std::string> cameo;
  {
    TsvFile table;
    TsvRow row;
    s = table.Open(data + "/cameo.tsv", {"code", "name", "quad_class", "goldstein", "plover", "plover_mode", "plover_context"}, diagnostics);
    if (!s.ok()) return s;
    while (table.Next(&row)) cameo.emplace(row[0]);
  }
  size_t unknown = 0, overlaps = 0, duplicates = 0;

  // Codes the CAMEO table lacks; once per line (a line with synonyms
  // expands into many patterns).
  std::set<std::string> reported;
  for (const PeerPattern& p : all.patterns) {
    // "<071": the reversed form of 071 (see docs/data-format.md).
    for (const std::string& code : {p.code.substr(p.code.rfind('<', 0) == 0 ? 1 : 0), p.mirror}) {
      if (code.empty() || code == "---" || code == "###" || code == "+++" || cameo.count(code)) continue;
      if (!reported.insert(p.origin + " " + code).second) continue;
      fmt::print(out, "{}: unknown-code: pattern '{} {}' has code '{}', not in {}/cameo.tsv\n",
                 p.origin, p.head, p.text, code, data);
      ++unknown;
    }
  }
  // Date ranges of one actor that share more than a boundary day.
  for (const PeerActor& a : all.actors) {
    for (size_t i = 0; i < a.codes.size(); ++i) {
      for (size_t j = i + 1; j < a.codes.size(); ++j) {
        const DatedCode& x = a.codes[i];
        const DatedCode& y = a.codes[j];
        if (!x.dated() || !y.dated() || SharedDays(x, y) < 1) continue;
        fmt::print(out, "{}: overlap: '{}' {} overlaps {} ({})\n", y.origin, a.phrases[0].text,
                   Range(y), Range(x), x.origin);
        ++overlaps;
      }
    }
  }
  // One phrase, different codes. Not for people whose terms never meet:
  // the coder takes the one in office on the text's date ("George Bush").
  struct Named {
    std::string sig, origin;
    const PeerActor* actor;
  };
  std::map<std::string, Named> phrase_codes;
  auto note = [&](const std::string& phrase, const std::string& sig, const std::string& origin,
                  const PeerActor* actor) {
    auto [it, fresh] = phrase_codes.emplace(phrase, Named{sig, origin, actor});
    if (fresh || it->second.sig == sig) return;
    if (actor && it->second.actor && Disjoint(*actor, *it->second.actor)) return;
    fmt::print(out, "{}: duplicate: '{}' is {} here but {} at {}\n", origin, phrase, sig,
               it->second.sig, it->second.origin);
    ++duplicates;
  };
  for (const PeerActor& a : all.actors) {
    std::set<std::string> own;
    for (const PeerPhrase& p : a.phrases)
      if (own.insert(p.text).second) note(p.text, Signature(a), p.origin, &a);
  }
  for (const PeerAgent& g : all.agents) note(g.phrase.text, "agent ~" + g.code, g.phrase.origin, nullptr);
  // Patterns: the {T} and plain variants of one line are one report.
  std::map<std::string, std::pair<std::string, std::string>> pattern_codes;
  std::set<std::string> pairs;
  for (const PeerPattern& p : all.patterns) {
    uint32_t lemma = p.head.rfind("noun:", 0) == 0 ? 0 : lexicon->VerbLemma(p.head);
    std::string key = (p.before.empty() ? "" : p.before + " ") + (lemma ? std::string(lexicon->Spelling(lemma)) : p.head) +
                      (p.text.empty() ? "" : " " + p.text);
    std::string code = p.code + (p.mirror.empty() ? "" : ":" + p.mirror);
    auto [it, fresh] = pattern_codes.emplace(key, std::make_pair(code, p.origin));
    if (fresh || it->second.first == code || it->second.second == p.origin) continue;
    if (!pairs.insert(p.origin + " " + it->second.second).second) continue;
    fmt::print(out, "{}: duplicate: pattern '{}' is {} here but {} at {}\n", p.origin, key, code,
               it->second.first, it->second.second);
    ++duplicates;
  }
  size_t malformed = diagnostics->errors() - errors_before;
  *problems = unknown + overlaps + duplicates + malformed;
  fmt::print(out, "dict check: {} problem{} ({} unknown codes, {} overlapping date ranges, {} duplicates, "
                  "{} malformed lines) in {} actors, {} agent phrases, {} patterns\n",
             *problems, *problems == 1 ? "" : "s", unknown, overlaps, duplicates, malformed,
             all.actors.size(), all.agents.size(), all.patterns.size());
  return Status::OK();
}

}  // namespace tacitus
