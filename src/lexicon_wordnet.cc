// Lexicon::Load: reads WordNet's index and exception files, and the
// optional data.noun (names) and cntlist.rev (noun/verb prior). Each file is
// read whole and scanned line by line without allocating per line.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "closed_words.h"
#include "lexicon_rep.h"
#include "tacitus/lexicon.h"

namespace tacitus {
namespace {

// Plural nouns that are their own lemma: "arms" are not "arm"s.
constexpr std::string_view kPluralLemmas[] = {
    "news",     "means",     "species",      "series",      "arms",        "politics",
    "physics",  "economics", "headquarters", "mathematics", "goods",       "savings",
    "earnings", "proceeds",  "remains",      "outskirts",   "whereabouts", "crossroads",
    "barracks", "premises",  "surroundings", "belongings",  "thanks",      "clothes",
    "customs",  "ethics",    "tactics"};

Status ReadFile(const std::string& path, std::string* out) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    return Status::IOError("cannot open " + path + ": " + std::strerror(errno) +
                           " (WordNet is needed: apt-get install wordnet-base)");
  }
  std::fseek(f, 0, SEEK_END);
  long size = std::ftell(f);
  std::fseek(f, 0, SEEK_SET);
  out->resize(size > 0 ? static_cast<size_t>(size) : 0);
  size_t got = out->empty() ? 0 : std::fread(out->data(), 1, out->size(), f);
  std::fclose(f);
  if (got != out->size()) return Status::IOError("cannot read " + path);
  return Status::OK();
}

// Calls fn(line) for each line of `data`.
template <typename Fn>
void ForEachLine(std::string_view data, Fn fn) {
  size_t pos = 0;
  while (pos < data.size()) {
    const void* nl = std::memchr(data.data() + pos, '\n', data.size() - pos);
    size_t end = nl ? static_cast<const char*>(nl) - data.data() : data.size();
    fn(data.substr(pos, end - pos));
    pos = end + 1;
  }
}

}  // namespace

void Lexicon::Rep::LoadIndex(std::string_view data, uint8_t cls) {
  ForEachLine(data, [&](std::string_view line) {
    if (line.empty() || line[0] == ' ') return;  // licence header
    size_t sp = line.find(' ');
    std::string_view lemma = line.substr(0, sp);
    if (lemma.find('_') != std::string_view::npos) return;
    classes[Intern(lemma)] |= cls;
  });
}

void Lexicon::Rep::LoadExceptions(std::string_view data, uint8_t cls,
                                  std::vector<uint32_t>* links) {
  ForEachLine(data, [&](std::string_view line) {
    size_t sp = line.find(' ');
    if (sp == std::string_view::npos) return;
    std::string_view form = line.substr(0, sp);
    size_t end = line.find(' ', sp + 1);
    std::string_view base = line.substr(sp + 1, end == std::string_view::npos ? end : end - sp - 1);
    if (form.find('_') != std::string_view::npos || base.find('_') != std::string_view::npos ||
        base.empty())
      return;
    uint32_t f = Intern(form);
    classes[f] |= cls;
    if (links != nullptr && (*links)[f] == 0 && form != base) {
      (*links)[f] = Intern(base);
      classes[f] |= links == &verb_exc ? kClassIrregularVerb : kClassIrregularNoun;
    }
  });
}

// cntlist.rev lines: "lemma%ss_type:... sense_number tag_count", counts of
// each sense in a tagged corpus. Sums them per lemma for nouns and verbs.
void Lexicon::Rep::LoadCounts(std::string_view data) {
  std::vector<std::pair<uint32_t, uint32_t>> counts(words.size());  // noun, verb
  ForEachLine(data, [&](std::string_view line) {
    size_t pct = line.find('%');
    if (pct == std::string_view::npos || pct + 1 >= line.size()) return;
    char type = line[pct + 1];
    if (type != '1' && type != '2') return;
    size_t last = line.rfind(' ');
    if (last == std::string_view::npos) return;
    uint32_t n = 0;
    for (size_t k = last + 1; k < line.size() && line[k] >= '0' && line[k] <= '9'; ++k) {
      n = n * 10 + (line[k] - '0');
    }
    uint32_t id = Find(line.substr(0, pct));
    if (id == 0 || id >= counts.size()) return;
    (type == '1' ? counts[id].first : counts[id].second) += n;
  });
  for (uint32_t id = 1; id < counts.size(); ++id) {
    if (counts[id].second >= 2 * counts[id].first + 2) classes[id] |= kClassVerbFirst;
  }
}

// data.noun lines: "offset lexfile ss_type w_cnt word lex_id word lex_id ...".
void Lexicon::Rep::LoadNames(std::string_view data) {
  ForEachLine(data, [&](std::string_view line) {
    if (line.size() < 18 || line[0] == ' ') return;
    size_t pos = 14;  // after "00001740 03 n "
    int count = 0;
    for (int k = 0; k < 2; ++k) {
      char c = line[pos + k];
      count = count * 16 + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    pos += 3;
    for (int k = 0; k < count && pos < line.size(); ++k) {
      size_t sp = line.find(' ', pos);
      if (sp == std::string_view::npos) return;
      std::string_view word = line.substr(pos, sp - pos);
      pos = line.find(' ', sp + 1);
      if (pos == std::string_view::npos) return;
      ++pos;
      if (word.empty() || word[0] < 'A' || word[0] > 'Z' || word.size() > 60 ||
          word.find('_') != std::string_view::npos)
        continue;
      char buf[64];
      for (size_t i = 0; i < word.size(); ++i) {
        char c = word[i];
        buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
      }
      if (uint32_t id = Find(std::string_view(buf, word.size()))) classes[id] |= kClassName;
    }
  });
}

Status Lexicon::Load(const std::string& wordnet_dir, std::unique_ptr<Lexicon>* out) {
  std::unique_ptr<Lexicon> lex(new Lexicon);
  Rep& r = *lex->rep_;
  r.Rehash(1 << 18);  // room for WordNet's ~90,000 single words and more
  r.AddBuiltins();
  std::string data;
  const struct {
    const char* name;
    uint8_t cls;
  } kIndexes[] = {{"index.noun", kClassNoun},
                  {"index.verb", kClassVerb},
                  {"index.adj", kClassAdjective},
                  {"index.adv", kClassAdverb}};
  for (const auto& f : kIndexes) {
    Status s = ReadFile(wordnet_dir + "/" + f.name, &data);
    if (!s.ok()) return s;
    r.LoadIndex(data, f.cls);
  }
  const struct {
    const char* name;
    uint8_t cls;
    std::vector<uint32_t>* links;
  } kExceptions[] = {{"verb.exc", kClassVerb, &r.verb_exc},
                     {"noun.exc", kClassNoun, &r.noun_exc},
                     {"adj.exc", kClassAdjective, nullptr},
                     {"adv.exc", kClassAdverb, nullptr}};
  for (const auto& f : kExceptions) {
    Status s = ReadFile(wordnet_dir + "/" + f.name, &data);
    if (!s.ok()) return s;
    r.LoadExceptions(data, f.cls, f.links);
  }
  for (std::string_view w : kPluralLemmas) {
    uint32_t id = r.Find(w);
    if (id != 0 && r.noun_exc[id] == 0 && (r.classes[id] & kClassNoun)) {
      r.noun_exc[id] = id;
      r.classes[id] |= kClassIrregularNoun;
    }
  }
  // Optional: without data.noun, names are only found by capitalisation;
  // without cntlist.rev the tagger has no noun/verb prior.
  if (ReadFile(wordnet_dir + "/data.noun", &data).ok()) r.LoadNames(data);
  if (ReadFile(wordnet_dir + "/cntlist.rev", &data).ok()) r.LoadCounts(data);
  *out = std::move(lex);
  return Status::OK();
}

}  // namespace tacitus
