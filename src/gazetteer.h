// Gazetteer: places where events happen, from data/places.tsv, plus the
// countries of data/countries.tsv as country-level places (their centroid).
#ifndef TACITUS_SRC_GAZETTEER_H_
#define TACITUS_SRC_GAZETTEER_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actor_dictionary.h"
#include "phrase_matcher.h"
#include "tacitus/diagnostics.h"
#include "tacitus/lexicon.h"
#include "tacitus/status.h"

namespace tacitus {

struct Place {
  std::string name, country, adm1, kind;  // kind: capital, city, region, landmark, country
  double lat = 0, lon = 0;
  std::string origin;
};

class Gazetteer {
 public:
  Status Load(const std::string& path, const ActorDictionary& actors, Lexicon* lexicon,
              Diagnostics* diagnostics);
  const PhraseMatcher& matcher() const { return matcher_; }
  const Place& place(uint32_t i) const { return places_[i]; }
  size_t size() const { return places_.size(); }
  // A place by name or alias, case-insensitive ("BEIJING" in a dateline).
  const Place* FindByName(std::string_view name) const;

 private:
  std::unordered_map<std::string, uint32_t> by_name_;
  std::vector<Place> places_;
  PhraseMatcher matcher_;
};

}  // namespace tacitus

#endif  // TACITUS_SRC_GAZETTEER_H_
