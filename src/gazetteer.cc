#include "gazetteer.h"

#include <cctype>

#include "tsv.h"

namespace tacitus {

Status Gazetteer::Load(const std::string& path, const ActorDictionary& actors, Lexicon* lexicon,
                       Diagnostics* diagnostics) {
  TsvFile file;
  Status s = file.Open(path, {"name", "aliases", "country", "adm1", "kind", "lat", "lon"},
                       diagnostics);
  if (!s.ok()) return s;
  TsvRow row;
  while (file.Next(&row)) {
    Place p;
    p.name = row[0];
    p.country = row[2];
    p.adm1 = row[3];
    p.kind = row[4];
    p.origin = row.origin;
    if (p.name.empty() || !actors.Country(p.country)) {
      file.Reject(row, "need a name and a country code from countries.tsv, got '" + p.country + "'");
      continue;
    }
    try {
      p.lat = std::stod(std::string(row[5]));
      p.lon = std::stod(std::string(row[6]));
    } catch (...) {
      file.Reject(row, "lat/lon must be decimal numbers");
      continue;
    }
    if (p.lat < -90 || p.lat > 90 || p.lon < -180 || p.lon > 180) {
      file.Reject(row, "lat/lon out of range");
      continue;
    }
    uint32_t id = static_cast<uint32_t>(places_.size());
    places_.push_back(p);
    auto add = [&](std::string_view phrase) {
      std::string lower(phrase);
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      by_name_.emplace(lower, id);
      std::vector<uint32_t> words = CompilePhrase(phrase, lexicon);
      DropLeadingThe(*lexicon, &words);
      PhraseCase rule = CaseOfName(phrase);
      matcher_.Add(words, rule == kAnyCase ? kNameCase : rule, id);
    };
    add(p.name);
    for (std::string_view a : SplitList(row[1])) add(a);
  }
  matcher_.Finalize();
  return Status::OK();
}

}  // namespace tacitus

namespace tacitus {

const Place* Gazetteer::FindByName(std::string_view name) const {
  std::string lower(name);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto it = by_name_.find(lower);
  return it == by_name_.end() ? nullptr : &places_[it->second];
}

}  // namespace tacitus
