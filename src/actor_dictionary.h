// ActorDictionary: who can be named in the news, compiled from data/
// countries.tsv, people*.tsv, organisations.tsv and agents.tsv (formats in
// docs/data-format.md) into one PhraseMatcher over the lexicon's word ids.
#ifndef TACITUS_SRC_ACTOR_DICTIONARY_H_
#define TACITUS_SRC_ACTOR_DICTIONARY_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "phrase_matcher.h"
#include "tacitus/date.h"
#include "tacitus/diagnostics.h"
#include "tacitus/lexicon.h"
#include "tacitus/status.h"

namespace tacitus {

enum class ActorKind : uint8_t {
  kCountry,       // "China", "the United States"
  kAdjective,     // "Chinese"
  kDemonym,       // "Americans"
  kCapital,       // "Beijing", "the Kremlin" as metonyms for governments
  kPerson,        // "Vladimir Putin", "Putin"
  kOrganisation,  // "United Nations", "Hamas"
  kAgent,         // "troops", "president": gives a sector, not a country
  kPlace,         // a city or region of places.tsv ("Gaza", "Kharkiv"): its country
};
const char* ActorKindName(ActorKind kind);

// One term of office of a person.
struct Term {
  std::string code;    // "RUSGOV"
  Date from, to;       // `to` invalid while in office
  std::string office;  // "President"
  std::string origin;  // "data/people.tsv:12"
};

struct ActorEntry {
  ActorKind kind = ActorKind::kCountry;
  std::string code;    // country code, organisation code or (agents) sector
  std::string name;    // canonical name
  std::string origin;  // where it was defined
  std::vector<Term> terms;  // people only, sorted by start
  bool plural = false;      // agents and demonyms: "troops", "Americans"
  // A peer's compound actor ("THE SHIRE [FRO/BIL/SAM]") stands for several:
  // `code` is the first, `also` the others.
  std::vector<std::string> also;
  // An agent whose code goes before the country, not after ("MSF" [NGO~]:
  // "MSF Arnor" NGOARN). Only peer dictionaries have them.
  bool prefix = false;
};

struct CountryInfo {
  std::string code, iso2, fips, name;
  double lat = 0, lon = 0;
};

// The role a person has on a date.
struct Role {
  std::string code;       // "RUSGOV", or "RUSELI" outside every term
  const Term* term = nullptr;  // the term in force, null if none
};

class ActorDictionary {
 public:
  // Loads every file; malformed lines are reported and skipped. Fails only
  // when a file is missing or its header is wrong.
  Status Load(const std::string& data_dir, Lexicon* lexicon, Diagnostics* diagnostics);

  const PhraseMatcher& matcher() const { return matcher_; }
  const ActorEntry& entry(uint32_t i) const { return entries_[i]; }
  size_t size() const { return entries_.size(); }
  const CountryInfo* Country(const std::string& code) const;
  // The sector a title or agent word gives (GOV for "president"); "" if none.
  Role RoleOn(const ActorEntry& person, const Date& date) const;

  // For dictionaries read from other formats (src/peer_dictionary.h):
  // adds an entry as given (people's terms sorted by start, non-
  // overlapping) and returns its id; then its phrases, written in lower
  // case, matched under `case_rule`. Call Finalize() after the last one.
  uint32_t AddActor(ActorEntry entry);
  void AddActorPhrase(uint32_t entry, std::string_view phrase, PhraseCase case_rule,
                      Lexicon* lexicon);
  void Finalize() { matcher_.Finalize(); }

  // The entry of the country or organisation a single word names ("saudi",
  // "us", "nato"; given in lower case), or -1: the first part of
  // "Saudi-led", which the phrase matcher, working on whole tokens, misses.
  int32_t NamedByWord(const std::string& lower) const;

 private:
  Status LoadCountries(const std::string& path, Lexicon* lexicon, Diagnostics* diagnostics);
  Status LoadPeople(const std::string& path, Lexicon* lexicon, Diagnostics* diagnostics);
  Status LoadOrganisations(const std::string& path, Lexicon* lexicon, Diagnostics* diagnostics);
  Status LoadAgents(const std::string& path, Lexicon* lexicon, Diagnostics* diagnostics);
  // Cities and regions as actors: "strikes on Gaza", "shelled Kharkiv" act
  // on the country. Bad lines are left to the Gazetteer to report.
  Status LoadPlaces(const std::string& path, Lexicon* lexicon);
  uint32_t AddEntry(ActorEntry entry);
  // An entry named by `name` and the `|` list `aliases`.
  uint32_t AddNamed(ActorKind kind, const std::string& code, std::string_view name,
                    std::string_view aliases, const std::string& origin, Lexicon* lexicon);
  void AddPhrase(std::string_view phrase, uint32_t entry, Lexicon* lexicon, bool name);

  std::vector<ActorEntry> entries_;
  std::unordered_map<std::string, CountryInfo> countries_;
  std::unordered_map<std::string, uint32_t> people_;  // canonical name -> entry
  PhraseMatcher matcher_;
  std::unordered_map<std::string, uint32_t> single_word_names_;
};

bool IsActorCode(std::string_view code);

}  // namespace tacitus

#endif  // TACITUS_SRC_ACTOR_DICTIONARY_H_
