#include "actor_dictionary.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "text_util.h"
#include "tsv.h"

namespace tacitus {

const char* ActorKindName(ActorKind kind) {
  switch (kind) {
    case ActorKind::kCountry: return "country";
    case ActorKind::kAdjective: return "adjective";
    case ActorKind::kDemonym: return "demonym";
    case ActorKind::kCapital: return "capital";
    case ActorKind::kPerson: return "person";
    case ActorKind::kOrganisation: return "organisation";
    case ActorKind::kAgent: return "agent";
    case ActorKind::kPlace: return "place";
  }
  return "?";
}

bool IsActorCode(std::string_view code) {
  if (code.size() < 3 || code.size() > 15) return false;
  for (char c : code)
    if (!std::isupper(static_cast<unsigned char>(c)) && !std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

uint32_t ActorDictionary::AddEntry(ActorEntry entry) {
  entries_.push_back(std::move(entry));
  return static_cast<uint32_t>(entries_.size() - 1);
}

void ActorDictionary::AddPhrase(std::string_view phrase, uint32_t entry, Lexicon* lexicon,
                                bool name) {
  std::vector<uint32_t> words = CompilePhrase(phrase, lexicon);
  if (words.empty()) return;
  DropLeadingThe(*lexicon, &words);
  PhraseCase rule = name ? CaseOfName(phrase) : kAnyCase;
  if (name && phrase.size() > 4 && phrase.substr(0, 4) == "the ") rule = kNameCase;
  matcher_.Add(words, rule, entry);
  ActorKind k = entries_[entry].kind;
  if (name && words.size() == 1 && phrase.find(' ') == std::string_view::npos &&
      (k == ActorKind::kCountry || k == ActorKind::kAdjective || k == ActorKind::kDemonym ||
       k == ActorKind::kOrganisation))
  {
    std::string lower(phrase);
    for (char& c : lower) c = text::ToLower(c);
    single_word_names_.emplace(lower, entry);  // the first listed wins
  }
}

int32_t ActorDictionary::NamedByWord(const std::string& lower) const {
  auto it = single_word_names_.find(lower);
  return it == single_word_names_.end() ? -1 : static_cast<int32_t>(it->second);
}

uint32_t ActorDictionary::AddNamed(ActorKind kind, const std::string& code, std::string_view name,
                                   std::string_view aliases, const std::string& origin, Lexicon* lexicon) {
  ActorEntry e;
  e.kind = kind;
  e.code = code;
  e.name = name;
  e.origin = origin;
  uint32_t id = AddEntry(e);
  AddPhrase(name, id, lexicon, true);
  for (std::string_view p : SplitList(aliases)) AddPhrase(p, id, lexicon, true);
  return id;
}

uint32_t ActorDictionary::AddActor(ActorEntry entry) { return AddEntry(std::move(entry)); }

void ActorDictionary::AddActorPhrase(uint32_t entry, std::string_view phrase,
                                     PhraseCase case_rule, Lexicon* lexicon) {
  std::vector<uint32_t> words = CompilePhrase(phrase, lexicon);
  DropLeadingThe(*lexicon, &words);
  if (!words.empty()) matcher_.Add(words, case_rule, entry);
}

const CountryInfo* ActorDictionary::Country(const std::string& code) const {
  auto it = countries_.find(code.substr(0, 3));
  return it == countries_.end() ? nullptr : &it->second;
}

Status ActorDictionary::LoadCountries(const std::string& path, Lexicon* lexicon,
                                      Diagnostics* diagnostics) {
  TsvFile file;
  Status s = file.Open(path, {"code", "iso2", "fips", "name", "names", "adjectives", "demonyms",
                              "capitals", "lat", "lon"}, diagnostics);
  if (!s.ok()) return s;
  TsvRow row;
  while (file.Next(&row)) {
    std::string code(row[0]);
    if (code.size() != 3 || !IsActorCode(code)) {
      file.Reject(row, "country code must be 3 capital letters, got '" + code + "'");
      continue;
    }
    CountryInfo info;
    info.code = code;
    info.iso2 = row[1];
    info.fips = row[2];
    info.name = row[3];
    try {
      info.lat = row[8].empty() ? 0 : std::stod(std::string(row[8]));
      info.lon = row[9].empty() ? 0 : std::stod(std::string(row[9]));
    } catch (...) {
      file.Reject(row, "lat/lon must be decimal numbers");
      continue;
    }
    countries_[code] = info;
    auto add = [&](ActorKind kind, std::string_view list, bool include_name) {
      ActorEntry e;
      e.kind = kind;
      e.code = code;
      e.name = info.name;
      e.origin = row.origin;
      uint32_t id = AddEntry(e);
      if (include_name) AddPhrase(info.name, id, lexicon, true);
      for (std::string_view p : SplitList(list)) AddPhrase(p, id, lexicon, true);
    };
    add(ActorKind::kCountry, row[4], true);
    add(ActorKind::kAdjective, row[5], false);
    // Demonyms ("Americans") name the people of a country, so they are plural.
    {
      ActorEntry e;
      e.kind = ActorKind::kDemonym;
      e.code = code;
      e.name = info.name;
      e.origin = row.origin;
      e.plural = true;
      uint32_t id = AddEntry(e);
      for (std::string_view p : SplitList(row[6])) AddPhrase(p, id, lexicon, true);
    }
    add(ActorKind::kCapital, row[7], false);
  }
  return Status::OK();
}

Status ActorDictionary::LoadPeople(const std::string& path, Lexicon* lexicon,
                                   Diagnostics* diagnostics) {
  TsvFile file;
  Status s = file.Open(path, {"name", "code", "from", "to", "office", "aliases"}, diagnostics);
  if (!s.ok()) return s;
  TsvRow row;
  while (file.Next(&row)) {
    std::string name(row[0]);
    std::string code(row[1]);
    Term term;
    term.code = code;
    term.office = row[4];
    term.origin = row.origin;
    if (name.empty() || !IsActorCode(code) || code.size() < 6) {
      file.Reject(row, "need a name and an actor code such as RUSGOV, got '" + code + "'");
      continue;
    }
    if (!row[2].empty() && !Date::Parse(row[2], &term.from)) {
      file.Reject(row, "bad 'from' date '" + std::string(row[2]) + "'");
      continue;
    }
    if (!row[3].empty() && !Date::Parse(row[3], &term.to)) {
      file.Reject(row, "bad 'to' date '" + std::string(row[3]) + "'");
      continue;
    }
    if (term.from.valid() && term.to.valid() && term.to < term.from) {
      file.Reject(row, "term ends before it starts");
      continue;
    }
    uint32_t id;
    auto it = people_.find(name);
    if (it == people_.end()) {
      ActorEntry e;
      e.kind = ActorKind::kPerson;
      e.code = code;
      e.name = name;
      e.origin = row.origin;
      id = AddEntry(e);
      people_[name] = id;
      AddPhrase(name, id, lexicon, true);
    } else {
      id = it->second;
    }
    entries_[id].terms.push_back(term);
    for (std::string_view p : SplitList(row[5])) AddPhrase(p, id, lexicon, true);
  }
  return Status::OK();
}

Status ActorDictionary::LoadOrganisations(const std::string& path, Lexicon* lexicon,
                                          Diagnostics* diagnostics) {
  TsvFile file;
  Status s = file.Open(path, {"code", "name", "aliases", "kind"}, diagnostics);
  if (!s.ok()) return s;
  TsvRow row;
  while (file.Next(&row)) {
    std::string code(row[0]);
    if (!IsActorCode(code) || row[1].empty()) {
      file.Reject(row, "need an actor code and a name, got '" + code + "'");
      continue;
    }
    AddNamed(ActorKind::kOrganisation, code, row[1], row[2], row.origin, lexicon);
  }
  return Status::OK();
}

Status ActorDictionary::LoadAgents(const std::string& path, Lexicon* lexicon,
                                   Diagnostics* diagnostics) {
  TsvFile file;
  Status s = file.Open(path, {"sector", "phrases"}, diagnostics);
  if (!s.ok()) return s;
  TsvRow row;
  while (file.Next(&row)) {
    std::string sector(row[0]);
    if (sector.size() != 3 || !IsActorCode(sector)) {
      file.Reject(row, "sector must be a 3-letter code such as GOV, got '" + sector + "'");
      continue;
    }
    for (std::string_view p : SplitList(row[1])) {
      ActorEntry e;
      e.kind = ActorKind::kAgent;
      e.code = sector;
      e.name = std::string(p);
      e.origin = row.origin;
      // A plural agent noun ("troops", "foreign ministers") names a group:
      // its last word's lemma differs.
      std::string lower(p.substr(p.rfind(' ') == std::string_view::npos ? 0 : p.rfind(' ') + 1));
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      uint32_t word = lexicon->Find(lower);
      uint32_t lemma = lexicon->NounLemma(lower);
      e.plural = lemma != 0 && lemma != word && lower.back() == 's';
      // Collective nouns that take a plural verb: "police say they".
      if (lower == "police" || lower == "personnel" || lower == "people") e.plural = true;
      uint32_t id = AddEntry(e);
      // "PM", "FM", "MP": an acronym written in capitals matches only in
      // capitals ("at 5 pm" is a time, "Iraq PM" a prime minister).
      std::vector<uint32_t> words = CompilePhrase(p, lexicon);
      if (CaseOfName(p) == kUpperOnly)
        matcher_.Add(words, kUpperOnly, id);
      else
        AddPhrase(p, id, lexicon, false);
    }
  }
  return Status::OK();
}

Status ActorDictionary::Load(const std::string& data_dir, Lexicon* lexicon,
                             Diagnostics* diagnostics) {
  namespace fs = std::filesystem;
  Status s = LoadCountries(data_dir + "/countries.tsv", lexicon, diagnostics);
  if (!s.ok()) return s;
  std::vector<std::string> people_files;
  std::error_code ec;
  for (const auto& f : fs::directory_iterator(data_dir, ec)) {
    std::string name = f.path().filename().string();
    if (name.rfind("people", 0) == 0 && f.path().extension() == ".tsv") people_files.push_back(f.path().string());
  }
  std::sort(people_files.begin(), people_files.end());
  if (people_files.empty()) return Status::NotFound(data_dir + "/people.tsv: missing");
  for (const auto& p : people_files) {
    s = LoadPeople(p, lexicon, diagnostics);
    if (!s.ok()) return s;
  }
  for (ActorEntry& e : entries_) {
    std::sort(e.terms.begin(), e.terms.end(),
              [](const Term& a, const Term& b) { return a.from < b.from; });
  }
  s = LoadOrganisations(data_dir + "/organisations.tsv", lexicon, diagnostics);
  if (!s.ok()) return s;
  s = LoadAgents(data_dir + "/agents.tsv", lexicon, diagnostics);
  if (!s.ok()) return s;
  s = LoadPlaces(data_dir + "/places.tsv", lexicon);
  if (!s.ok()) return s;
  matcher_.Finalize();
  return Status::OK();
}

Status ActorDictionary::LoadPlaces(const std::string& path, Lexicon* lexicon) {
  TsvFile file;
  Status s = file.Open(path, {"name", "aliases", "country", "adm1", "kind", "lat", "lon"}, nullptr);
  if (!s.ok()) return s;
  TsvRow row;
  while (file.Next(&row)) {
    std::string country(row[2]);
    if (row[0].empty() || countries_.find(country) == countries_.end()) continue;
    AddNamed(ActorKind::kPlace, country, row[0], row[1], row.origin, lexicon);
  }
  return Status::OK();
}

Role ActorDictionary::RoleOn(const ActorEntry& person, const Date& date) const {
  Role role;
  if (person.terms.empty()) {
    role.code = person.code;
    return role;
  }
  const Term* nearest = &person.terms.front();
  for (const Term& t : person.terms) {
    bool started = !t.from.valid() || t.from <= date;
    bool not_ended = !t.to.valid() || date < t.to || date == t.to;
    if (started && not_ended) {
      role.code = t.code;
      role.term = &t;
      return role;
    }
    if (started) nearest = &t;  // the latest term that began before the date
  }
  // Out of office: the person keeps their country but is elite, not
  // government (a former president is not the government).
  role.code = nearest->code.substr(0, 3) + "ELI";
  if (nearest->code.rfind("IGO", 0) == 0 || nearest->code.rfind("NGO", 0) == 0)
    role.code = nearest->code.substr(0, 3) + "ELI";
  return role;
}

}  // namespace tacitus
