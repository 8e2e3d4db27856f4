// Code refinement: facts that sharpen an event's code once its place and
// words are known, where no single pattern can say them.
//   - A meeting (040) in a country that is neither party's is a meeting at
//     a third location (044): "Blinken met Lavrov in Geneva".
//   - Force (190) used with aircraft, drones or missiles is an aerial
//     attack (195): "Israeli warplanes struck Hezbollah targets", "struck
//     a hospital with a missile", "a drone attack on a refinery".
//   - An attack (180, 190) by a suicide bomber is 1831, with a car bomb
//     1832; killing a hundred civilians or more is a mass killing (202).
//   - A violent protest (145, "stormed the embassy") by police, soldiers or
//     a government is no protest: it is force against property (171).
//   - Blocking passage (144) by police, soldiers or a government is a
//     blockade or restriction of movement (191), not a protest.
//   - Capturing or seizing a town, a fortification or positions (173, 171)
//     is taking ground: occupying territory (192).
#include <algorithm>
#include <string>
#include <utility>

#include "event_dictionary.h"
#include "stages.h"

namespace tacitus {

namespace {

void Recode(const EventDictionary& dict, const std::string& code, const std::string& why, Event* e) {
  const CameoCode* info = dict.Cameo(code);
  if (!info) return;  // a data folder without the code: keep the pattern's
  e->cameo = code;
  e->root = code.substr(0, 2);
  e->quad_class = info->quad_class;
  e->goldstein = info->goldstein;
  e->plover = info->plover;
  e->plover_mode = info->plover_mode;
  e->plover_context = info->plover_context;
  e->rule += "; " + why;
}

bool AerialWord(const Document& doc, uint32_t t) {
  return WordIn(doc, t, "warplane", "warplanes", "jet", "jets", "aircraft", "drone", "drones", "missile",
                "missiles", "airstrike", "airstrikes", "helicopter", "helicopters",
                "air", "aerial", "rocket", "rockets");
}

// A country of its own: not an organisation (IGO, NGO...) or a CAMEO region
// (AFR, EUR, MEA...), which a place cannot lie outside of in any clear way.
bool OwnCountry(const std::string& code) {
  static const char* const kNot[] = {"IGO", "NGO", "IMG", "MNC", "UIS", "AFR", "ASA", "BLK", "CAU", "CFR", "CAS",
                                     "CEU", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SAF",
                                     "SAM", "SAS", "SEA", "SCN", "WAF", "WEU", "WST"};
  if (code.size() != 3) return false;
  for (const char* n : kNot)
    if (code == n) return false;
  return true;
}

// Token index of a text offset (the first token starting at or after it).
uint32_t TokenAt(const Document& doc, uint32_t offset) {
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), offset,
                             [](const Token& t, uint32_t o) { return t.span.begin < o; });
  return static_cast<uint32_t>(it - doc.tokens.begin());
}

// The tokens from the source's words to a dozen words after the trigger.
std::pair<uint32_t, uint32_t> Window(const Document& doc, const Event& e) {
  const Sentence& s = doc.sentences[e.sentence];
  uint32_t from = std::max(s.first_token, std::min(TokenAt(doc, e.source.span.begin), TokenAt(doc, e.trigger.begin)));
  uint32_t to = std::min(s.end_token, TokenAt(doc, e.trigger.end) + 12);
  return {from, to};
}

bool BombAttack(const Document& doc, Event& e, const EventDictionary& dict) {
  auto [from, to] = Window(doc, e);
  for (uint32_t t = from; t + 1 < to; ++t) {
    if (WordIs(doc, t, "suicide") && WordIn(doc, t + 1, "bomber", "bombers", "bombing", "bombings", "attack", "attacker")) {
      Recode(dict, "1831", "by a suicide bomber", &e);
      return true;
    }
    if (WordIn(doc, t, "car", "truck", "vehicle") && WordIn(doc, t + 1, "bomb", "bombs", "bombing")) {
      Recode(dict, "1832", "with a car bomb", &e);
      return true;
    }
  }
  return false;
}

// "killed more than 100 villagers", "massacred hundreds".
bool MassKilling(const Document& doc, const Event& e) {
  // Of civilians: a hundred soldiers killed in battle are a battle.
  if (e.target.sector != "CVL" && e.target.sector != "REF" && e.target.sector != "REL") return false;
  uint32_t trigger = TokenAt(doc, e.trigger.begin);
  if (!WordIn(doc, trigger, "killed", "kill", "kills", "killing", "massacred", "massacre", "slaughtered"))
    return false;
  const Sentence& s = doc.sentences[e.sentence];
  for (uint32_t t = trigger + 1; t < s.end_token && t < trigger + 5; ++t) {
    if (WordIn(doc, t, "hundreds", "thousands")) return true;
    std::string digits;
    for (char c : doc.TokenText(t))
      if (c != ',') digits += c;
    if (!digits.empty() && digits.size() <= 7 && digits.find_first_not_of("0123456789") == std::string::npos &&
        std::stoi(digits) >= 100)
      return true;
  }
  return false;
}

// "captured one of Iraq's strongest fortifications", "seized the town of":
// taking ground, not arresting people (173) or seizing goods (171).
bool TakesGround(const Document& doc, const Event& e) {
  uint32_t trigger = TokenAt(doc, e.trigger.begin);
  if (!WordIn(doc, trigger, "captured", "capture", "captures", "capturing", "seized", "seize", "seizes", "seizing",
              "overran", "overrun", "overruns"))
    return false;
  const Sentence& s = doc.sentences[e.sentence];
  for (uint32_t t = trigger + 1; t < s.end_token && t < trigger + 9; ++t) {
    if (doc.tokens[t].tag == Tag::kVerb) return false;
    if (WordIn(doc, t, "town", "towns", "city", "village", "villages", "territory", "fortification",
               "fortifications", "positions", "stronghold", "strongholds", "region", "district", "province", "hill",
               "hills", "airport", "airfield", "port", "island", "islands", "outpost", "outposts"))
      return true;
  }
  return false;
}

}  // namespace

void RefineCodes(const EventDictionary& dict, Document* doc) {
  for (Event& e : doc->events) {
    if ((e.cameo == "173" || e.cameo.compare(0, 3, "171") == 0) && TakesGround(*doc, e)) {
      Recode(dict, "192", "ground taken, not people or goods", &e);
    } else if (e.cameo == "040" && e.location.valid() && OwnCountry(e.source.country) && OwnCountry(e.target.country) &&
        e.location.country != e.source.country && e.location.country != e.target.country) {
      Recode(dict, "044", "met in a third country (" + e.location.name + ")", &e);
    } else if (e.cameo.compare(0, 3, "144") == 0 &&
               (e.source.sector == "COP" || e.source.sector == "MIL" || e.source.sector == "GOV")) {
      Recode(dict, "191", "passage blocked by state forces (" + e.source.sector + "): a blockade", &e);
    } else if (e.cameo.compare(0, 3, "145") == 0 &&
               (e.source.sector == "COP" || e.source.sector == "MIL" || e.source.sector == "GOV" ||
                e.source.sector == "SPY")) {
      Recode(dict, "171", "done by state forces (" + e.source.sector + "), not protesters", &e);
    } else if ((e.cameo == "180" || e.cameo == "190") && BombAttack(*doc, e, dict)) {
      // recoded by BombAttack
    } else if ((e.cameo == "180" || e.cameo == "190") && MassKilling(*doc, e)) {
      Recode(dict, "202", "a hundred or more killed", &e);
    } else if (e.cameo == "190") {
      auto [from, to] = Window(*doc, e);
      for (uint32_t t = from; t < to; ++t) {
        if (!AerialWord(*doc, t)) continue;
        // "air" only as in "air strike(s)", "air raid(s)", "air attack".
        if (WordIs(*doc, t, "air") &&
            !(t + 1 < to && WordIn(*doc, t + 1, "strike", "strikes", "raid", "raids", "attack", "attacks")))
          continue;
        Recode(dict, "195", "with '" + std::string(doc->TokenText(t)) + "': aerial weapons", &e);
        break;
      }
    }
  }
}

}  // namespace tacitus
