// Actor and agent dictionaries of PETRARCH (Phoenix.*.actors.txt,
// *.agents.txt) and TABARI (.actors, .agents). Both formats are
//
//   NAME_OF_ACTOR [CODE] [CODE 950601-990815]   # comment (';' in TABARI)
//   +SYNONYM
//   	[CODE <911226]                             code lines may follow
//
// and agents "PHRASE {PLURALS} [~SECTOR]" with "!SUBST! = A, B" word lists.
// PETRARCH matches whole words; a TABARI word without a closing '_' is a
// stem, expanded here into the words it stands for.
#include <algorithm>
#include <climits>
#include <memory>

#include "peer_syntax.h"

namespace tacitus {

namespace {

struct ActorReader {
  bool tabari;
  const StemIndex* stems;  // TABARI only
  Diagnostics* diagnostics;
  PeerDictionary* out;
  PeerFile file;
  PeerActor current;

  void Phrase(std::string_view written, const std::string& origin) {
    bool stem = false;
    std::string text = NormalizePhrase(written, &stem);
    if (text.empty()) return;
    std::vector<std::string> texts{text};
    std::string_view trimmed = TrimBlanks(written);
    if (tabari && trimmed.find_first_of(" \t") != std::string_view::npos) {
      // TABARI lets other words come between words written with a space
      // ("PRINCE DOL_AMROTH"); Tacitus matches them adjacent or with the
      // words that most often come between: "of", "of the".
      out->Skip("TABARI actor phrases with spaces (matched adjacent or with 'of' or 'of the' between)", origin);
      std::vector<std::string> parts;
      for (size_t i = 0; i < trimmed.size();) {
        size_t j = trimmed.find_first_of(" \t", i);
        if (j == std::string_view::npos) j = trimmed.size();
        if (j > i) parts.push_back(NormalizePhrase(trimmed.substr(i, j - i), nullptr));
        i = j + 1;
      }
      if (parts.size() >= 2 && parts.size() <= 3) {
        texts = {parts[0]};
        for (size_t k = 1; k < parts.size(); ++k) {
          std::vector<std::string> next;
          for (const std::string& t : texts)
            for (const char* gap : {" ", " of ", " of the "}) next.push_back(t + gap + parts[k]);
          texts = std::move(next);
        }
      }
    }
    for (std::string& t : texts) {
      if (tabari && stem) {
        for (std::string& p : ExpandNameStem(t, *stems)) current.phrases.push_back({std::move(p), origin});
      } else {
        current.phrases.push_back({std::move(t), origin});
      }
    }
  }

  void Codes(const std::vector<std::string_view>& blocks, const std::string& origin) {
    for (std::string_view b : blocks) {
      DatedCode code;
      std::string error;
      if (!ParseDatedCode(b, &code, &error)) {
        diagnostics->Error(origin, error);
        continue;
      }
      code.origin = origin;
      current.codes.push_back(code);
    }
  }

  // The periods no dated code of the current actor covers.
  std::vector<std::pair<Date, Date>> Gaps() const {
    std::vector<std::pair<int64_t, int64_t>> ranges;
    constexpr int64_t kMin = INT64_MIN / 4, kMax = INT64_MAX / 4;
    for (const DatedCode& c : current.codes)
      if (c.dated()) ranges.push_back({c.from.valid() ? c.from.ToDays() : kMin, c.to.valid() ? c.to.ToDays() : kMax});
    std::sort(ranges.begin(), ranges.end());
    std::vector<std::pair<Date, Date>> gaps;
    int64_t next = kMin;  // first day not yet covered
    auto add = [&](int64_t a, int64_t b) {
      if (a <= b) gaps.push_back({a == kMin ? Date() : Date::FromDays(a), b == kMax ? Date() : Date::FromDays(b)});
    };
    for (const auto& [a, b] : ranges) {
      if (a > next) add(next, a - 1);
      next = std::max(next, b == kMax ? kMax : b + 1);
    }
    if (next < kMax) add(next, kMax);
    return gaps;
  }

  void Finish() {
    if (current.phrases.empty()) return;
    if (current.codes.empty()) {
      diagnostics->Error(current.origin, "actor '" + current.phrases[0].text + "' has no code");
    } else {
      // ### and +++ (TABARI): a sentence naming this actor is not coded, in
      // the code's period; an undated one holds where no dated code does.
      for (const DatedCode& c : current.codes) {
        if (c.code != "###" && c.code != "+++") continue;
        for (const auto& [from, to] : c.dated() ? std::vector<std::pair<Date, Date>>{{c.from, c.to}} : Gaps())
          for (const PeerPhrase& p : current.phrases) out->discards.push_back({p, false, from, to});
      }
      out->Count("actors");
      out->Count("actor phrases", current.phrases.size());
      out->actors.push_back(std::move(current));
    }
    current = PeerActor();
  }

  Status Read(const std::string& path) {
    Status s = file.Open(path);
    if (!s.ok()) return s;
    std::string_view raw;
    bool in_section = false;  // TABARI <NOUN>, <ADJECTIVE>
    while (file.Next(&raw)) {
      std::string origin = file.Origin();
      std::string_view trimmed = TrimBlanks(raw);
      if (tabari && trimmed.rfind("~~", 0) == 0) break;  // ~~FINISH
      if (trimmed.rfind("<!", 0) == 0 || trimmed.rfind("-->", 0) == 0) continue;
      if (tabari && !trimmed.empty() && trimmed[0] == '<') {
        in_section = trimmed[1] != '/';
        continue;
      }
      if (in_section) {
        if (!trimmed.empty()) out->Skip("TABARI <NOUN>/<ADJECTIVE> words (Tacitus tags words itself)", origin);
        continue;
      }
      std::string_view line = StripComment(raw, tabari ? ";#" : "#");
      if (line.empty()) continue;
      EntryLine entry;
      std::string error;
      if (!SplitEntryLine(line, &entry, &error)) {
        diagnostics->Error(origin, error);
        continue;
      }
      bool indented = raw[0] == ' ' || raw[0] == '\t';
      if (line[0] == '+') {
        if (current.phrases.empty()) {
          diagnostics->Error(origin, "synonym '" + std::string(line) + "' before any actor");
          continue;
        }
        Phrase(entry.words, origin);
        Codes(entry.codes, origin);
      } else if (line[0] == '[' || (indented && entry.words.empty())) {
        if (current.phrases.empty()) {
          diagnostics->Error(origin, "code line before any actor");
          continue;
        }
        Codes(entry.codes, origin);
      } else if (!current.phrases.empty() && current.codes.empty()) {
        // Name lines before the first code block are all names of one
        // actor (PETRARCH needs no '+' there).
        Phrase(entry.words, origin);
        Codes(entry.codes, origin);
      } else {
        Finish();
        current.origin = origin;
        Phrase(entry.words, origin);
        Codes(entry.codes, origin);
      }
    }
    Finish();
    return Status::OK();
  }
};

// "!PERSON! = MAN, MEN" -> PERSON -> {man, men}.
using Substitutions = std::map<std::string, std::vector<std::string>>;

std::vector<std::string> Substitute(std::string_view written, const Substitutions& subs,
                                    std::string* error) {
  size_t open = written.find('!');
  if (open == std::string_view::npos) return {std::string(written)};
  size_t close = written.find('!', open + 1);
  if (close == std::string_view::npos) {
    *error = "'!' without its closing '!'";
    return {};
  }
  std::string name(written.substr(open + 1, close - open - 1));
  auto it = subs.find(name);
  if (it == subs.end()) {
    *error = "unknown substitution !" + name + "!";
    return {};
  }
  std::vector<std::string> out;
  for (const std::string& value : it->second) {
    std::string replaced = std::string(written.substr(0, open)) + value + std::string(written.substr(close + 1));
    for (std::string& r : Substitute(replaced, subs, error)) out.push_back(std::move(r));
  }
  return out;
}

Status ReadAgents(const std::string& path, bool tabari, const StemIndex* stems, Diagnostics* d,
                  PeerDictionary* out) {
  PeerFile file;
  Status s = file.Open(path);
  if (!s.ok()) return s;
  Substitutions subs;
  std::string_view raw;
  while (file.Next(&raw)) {
    std::string origin = file.Origin();
    if (TrimBlanks(raw).rfind("~~", 0) == 0) break;
    std::string_view line = StripComment(raw, tabari ? ";#" : "#");
    if (line.empty() || line[0] == '<') continue;
    if (line[0] == '!' && line.find('=') != std::string_view::npos) {
      size_t eq = line.find('=');
      std::string name(TrimBlanks(line.substr(0, eq)));
      name = name.substr(1, name.size() > 2 ? name.size() - 2 : 0);
      std::vector<std::string>& values = subs[name];
      std::string_view rest = line.substr(eq + 1);
      while (!rest.empty()) {
        size_t comma = rest.find(',');
        std::string_view v = TrimBlanks(rest.substr(0, comma));
        if (!v.empty()) values.emplace_back(v);
        rest = comma == std::string_view::npos ? "" : rest.substr(comma + 1);
      }
      continue;
    }
    EntryLine entry;
    std::string error;
    if (!SplitEntryLine(line, &entry, &error) || entry.codes.size() != 1) {
      d->Error(origin, error.empty() ? "an agent needs one code such as [~GOV]" : error);
      continue;
    }
    std::string code;
    for (char c : entry.codes[0])
      if (c != ' ' && c != '\t') code += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    bool prefix = code.size() > 1 && code.back() == '~';
    if (!prefix && (code.size() < 2 || code[0] != '~')) {
      d->Error(origin, "agent code must look like [~GOV] or [NGO~], got [" + code + "]");
      continue;
    }
    if (prefix)
      code.pop_back();
    else
      code.erase(0, 1);
    std::vector<std::string> singulars = Substitute(entry.words, subs, &error);
    if (!error.empty()) {
      d->Error(origin, error);
      continue;
    }
    bool substituted = singulars.size() > 1 || entry.words.find('!') != std::string_view::npos;
    out->Count("agents");
    // Returns whether the phrase was a TABARI stem (its expansion already
    // holds the plural).
    auto add = [&](const std::string& written, bool plural, bool expand) {
      bool stem = false;
      std::string text = NormalizePhrase(written, &stem);
      if (text.empty()) return false;
      std::vector<std::string> phrases{text};
      if (tabari && stem && expand) phrases = ExpandNameStem(text, *stems);
      for (std::string& p : phrases) {
        out->agents.push_back({{std::move(p), origin}, code, plural, prefix});
        out->Count("agent phrases");
      }
      return tabari && stem;
    };
    for (const std::string& singular : singulars) {
      bool stem = add(singular, false, true);
      // {PLURALS} as written ("{}" = none), else the regular plural; the
      // substituted words already hold their plurals (MEN, WOMEN).
      if (entry.has_forms) {
        for (std::string_view f : entry.forms) add(std::string(f) + "_", true, false);
      } else if (!substituted && !stem) {
        bool ignored = false;
        add(PluralOf(NormalizePhrase(singular, &ignored)) + "_", true, false);
      }
    }
  }
  return Status::OK();
}

}  // namespace

Status ReadPetrarchActors(const std::string& path, Diagnostics* d, PeerDictionary* out) {
  ActorReader reader{false, nullptr, d, out, {}, {}};
  return reader.Read(path);
}

Status ReadTabariActors(const std::string& path, const Lexicon& lexicon, Diagnostics* d,
                        PeerDictionary* out) {
  StemIndex stems(lexicon);
  ActorReader reader{true, &stems, d, out, {}, {}};
  return reader.Read(path);
}

Status ReadPetrarchAgents(const std::string& path, Diagnostics* d, PeerDictionary* out) {
  return ReadAgents(path, false, nullptr, d, out);
}

Status ReadTabariAgents(const std::string& path, const Lexicon& lexicon, Diagnostics* d,
                        PeerDictionary* out) {
  StemIndex stems(lexicon);
  return ReadAgents(path, true, &stems, d, out);
}

}  // namespace tacitus
