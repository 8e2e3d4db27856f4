// `tacitus dict convert`: peer dictionaries written as a native data/ folder
// (docs/data-format.md), so that they can be edited and used with --data.
//
// The native format is stricter than the peers' in a few places; what it
// cannot hold is counted in the summary, never written half-right:
// people whose codes have no sector (people.tsv wants "RUSGOV", not
// "RUS"), agents with several sectors (agents.tsv wants one), patterns
// whose code is not in cameo.tsv, null patterns ([---]), discards.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "actor_dictionary.h"
#include "peer_dictionary.h"
#include "tacitus/coder.h"
#include "tacitus/dict_tools.h"
#include "tsv.h"

namespace tacitus {

namespace {

namespace fs = std::filesystem;

std::string TitleWords(const std::string& phrase) {
  std::string out = phrase;
  for (size_t i = 0; i < out.size(); ++i)
    if (i == 0 || out[i - 1] == ' ') out[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[i])));
  return out;
}

std::string Join(const std::vector<std::string>& items, size_t from = 0) {
  std::string out;
  for (size_t i = from; i < items.size(); ++i) out += (out.empty() ? "" : "|") + items[i];
  return out;
}

// The kind organisations.tsv wants, guessed from the code's sectors.
std::string OrganisationKind(const std::string& code) {
  auto has = [&](const char* s) { return code.find(s) != std::string::npos; };
  if (code.rfind("IGO", 0) == 0) return "igo";
  if (code.rfind("NGO", 0) == 0 || code.rfind("NGM", 0) == 0) return "ngo";
  if (has("REB") || has("UAF") || has("IMG") || has("INS")) return "armed";
  if (has("MED")) return "media";
  if (has("BUS")) return "company";
  if (has("GOV") || has("MIL") || has("JUD") || has("LEG") || has("COP") || has("SPY")) return "state";
  return "";
}

struct Writer {
  std::ofstream out;
  Status Open(const std::string& path, const std::string& spec, const std::string& header) {
    out.open(path, std::ios::binary);
    if (!out) return Status::IOError(path + ": cannot write");
    out << "# Written by `tacitus dict convert` from " << spec << "\n" << header << "\n";
    return Status::OK();
  }
};

}  // namespace

Status WriteEmptyDataDir(const std::string& from_data_dir, const std::string& out_dir) {
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) return Status::IOError(out_dir + ": cannot create: " + ec.message());
  std::string from = from_data_dir.empty() ? DefaultDataDir() : from_data_dir;
  fs::copy_file(from + "/cameo.tsv", out_dir + "/cameo.tsv", fs::copy_options::overwrite_existing, ec);
  if (ec) return Status::IOError(from + "/cameo.tsv: cannot copy: " + ec.message());
  const std::pair<const char*, const char*> headers[] = {
      {"countries.tsv", "code\tiso2\tfips\tname\tnames\tadjectives\tdemonyms\tcapitals\tlat\tlon"},
      {"people.tsv", "name\tcode\tfrom\tto\toffice\taliases"},
      {"organisations.tsv", "code\tname\taliases\tkind"},
      {"agents.tsv", "sector\tphrases"},
      {"verb_patterns.tsv", "code\tpattern"},
      {"noun_patterns.tsv", "code\tpattern"},
      {"places.tsv", "name\taliases\tcountry\tadm1\tkind\tlat\tlon"},
  };
  for (const auto& [name, header] : headers) {
    std::ofstream f(out_dir + "/" + name, std::ios::binary);
    if (!f) return Status::IOError(out_dir + "/" + name + ": cannot write");
    f << header << "\n";
  }
  return Status::OK();
}

Status ConvertDictionaries(const DictToolOptions& options, const std::string& out_dir,
                           Diagnostics* diagnostics, std::string* summary) {
  if (options.dicts.empty()) return Status::InvalidArgument("dict convert: give the dictionaries with --dict");
  std::unique_ptr<Lexicon> lexicon;
  Status s = Lexicon::Load(options.wordnet_dir, &lexicon);
  if (!s.ok()) return s;
  PeerDictionary all;
  for (const std::string& spec : options.dicts) {
    s = ReadPeerDictionary(spec, *lexicon, diagnostics, &all);
    if (!s.ok()) return s;
  }
  std::string spec;
  for (const std::string& d : options.dicts) spec += (spec.empty() ? "" : " ") + d;
  s = WriteEmptyDataDir(options.data_dir, out_dir);
  if (!s.ok()) return s;
  std::string data = options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
  std::set<std::string> cameo;
  {
    TsvFile table;
    Diagnostics quiet(nullptr);
    s = table.Open(data + "/cameo.tsv", {"code", "name", "quad_class", "goldstein", "plover", "plover_mode", "plover_context"}, &quiet);
    if (!s.ok()) return s;
    TsvRow row;
    while (table.Next(&row)) cameo.emplace(row[0]);
  }
  std::map<std::string, size_t> wrote, lost;

  // Countries: one row per code, every phrase a name.
  std::map<std::string, std::vector<std::string>> countries;
  std::vector<std::string> order;
  Writer people, orgs;
  if (s = people.Open(out_dir + "/people.tsv", spec, "name\tcode\tfrom\tto\toffice\taliases"); !s.ok()) return s;
  if (s = orgs.Open(out_dir + "/organisations.tsv", spec, "code\tname\taliases\tkind"); !s.ok()) return s;
  for (const PeerActor& a : all.actors) {
    std::string code;
    std::vector<Term> terms = TermsOf(a, &code);
    if (terms.empty() && code.empty()) {
      ++lost["actors with only null or discard codes"];
      continue;
    }
    std::vector<std::string> phrases;
    for (const PeerPhrase& p : a.phrases) phrases.push_back(TitleWords(p.text));
    ActorKind kind = KindOf(a, *lexicon);
    if (kind == ActorKind::kPerson && terms.empty()) {
      // A person with a plain country code ("ROMENDACIL [BRE]"): people.tsv
      // wants a sector, so the name goes with the country's names.
      ++lost["people with a country-only code, written as names of the country"];
      kind = ActorKind::kCountry;
    }
    if (kind == ActorKind::kCountry) {
      if (!countries.count(code)) order.push_back(code);
      auto& list = countries[code];
      for (const std::string& p : phrases)
        if (std::find(list.begin(), list.end(), p) == list.end()) list.push_back(p);
      ++wrote["country names"];
    } else if (kind == ActorKind::kPerson) {
      bool ok = true;
      for (const Term& t : terms) ok &= IsActorCode(t.code) && t.code.size() >= 6;
      if (!ok) {
        ++lost["people with a code that has no sector (people.tsv needs e.g. RUSGOV)"];
        continue;
      }
      for (size_t i = 0; i < terms.size(); ++i) {
        people.out << phrases[0] << '\t' << terms[i].code << '\t' << terms[i].from.ToIso() << '\t'
                   << terms[i].to.ToIso() << "\t\t" << (i == 0 ? Join(phrases, 1) : "") << '\n';
      }
      ++wrote["people"];
    } else {
      if (!IsActorCode(code)) {
        ++lost["organisations with a code that is not an actor code"];
        continue;
      }
      orgs.out << code << '\t' << phrases[0] << '\t' << Join(phrases, 1) << '\t' << OrganisationKind(code) << '\n';
      ++wrote["organisations"];
    }
  }
  Writer c;
  if (s = c.Open(out_dir + "/countries.tsv", spec, "code\tiso2\tfips\tname\tnames\tadjectives\tdemonyms\tcapitals\tlat\tlon"); !s.ok()) return s;
  for (const std::string& code : order)
    c.out << code << "\t\t\t" << countries[code][0] << '\t' << Join(countries[code], 1) << "\t\t\t\t\t\n";

  // Agents: one row per sector.
  std::map<std::string, std::vector<std::string>> sectors;
  for (const PeerAgent& g : all.agents) {
    if (g.code.size() != 3 || !IsActorCode(g.code)) {
      ++lost["agent phrases with several sectors (agents.tsv wants one, e.g. GOV)"];
      continue;
    }
    auto& list = sectors[g.code];
    if (std::find(list.begin(), list.end(), g.phrase.text) == list.end()) list.push_back(g.phrase.text);
    ++wrote["agent phrases"];
  }
  Writer agents;
  if (s = agents.Open(out_dir + "/agents.tsv", spec, "sector\tphrases"); !s.ok()) return s;
  for (const auto& [sector, list] : sectors) agents.out << sector << '\t' << Join(list) << '\n';

  // Verb patterns whose codes the CAMEO table knows.
  Writer verbs;
  if (s = verbs.Open(out_dir + "/verb_patterns.tsv", spec, "code\tpattern"); !s.ok()) return s;
  std::set<std::string> seen;
  for (const PeerPattern& p : all.patterns) {
    if (p.code == "---" || p.code == "###" || p.code == "+++") {
      ++lost["null patterns ([---]) that only block weaker ones"];
      continue;
    }
    if (!cameo.count(p.code) || (!p.mirror.empty() && !cameo.count(p.mirror))) {
      ++lost["patterns whose code is not in cameo.tsv"];
      continue;
    }
    if (!p.before.empty()) {
      ++lost["patterns with words before the verb (verb_patterns.tsv cannot say them)"];
      continue;
    }
    std::string text = p.text;
    if (p.target_first_after) text += (text.empty() ? "" : " ") + std::string("* * * {T}");
    std::string line = p.code + (p.mirror.empty() ? "" : ":" + p.mirror) + '\t' + p.head +
                       (text.empty() ? "" : " " + text);
    if (seen.insert(line).second) verbs.out << line << '\n';
    ++wrote["verb patterns"];
  }
  if (!all.discards.empty()) lost["discard phrases (data/ has no discards)"] += all.discards.size();
  for (const auto& [why, n] : all.skipped) lost[why + " (not read)"] += n;

  *summary = "wrote " + out_dir + ":";
  for (const auto& [what, n] : wrote) *summary += " " + std::to_string(n) + " " + what + ",";
  if (!summary->empty() && summary->back() == ',') summary->pop_back();
  if (!lost.empty()) {
    *summary += "\nnot written:";
    for (const auto& [why, n] : lost) *summary += "\n  " + std::to_string(n) + " " + why;
  }
  return Status::OK();
}

}  // namespace tacitus
