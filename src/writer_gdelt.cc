// GDELT 2.0 event export: 61 tab-separated columns, no header. Columns that
// Tacitus cannot know (ethnic and religious codes, actor geography, tone,
// ADM codes, feature ids of cities) stay empty, as GDELT leaves them when it
// does not know either.
#include <array>
#include <string>

#include <fmt/format.h>

#include "tacitus/writer.h"
#include "writer_internal.h"

namespace tacitus {
namespace {

constexpr int kColumns = 61;

// 0-based column indexes, from GDELT's column list (1-based there).
enum Column {
  kGlobalEventId = 0, kSqlDate, kMonthYear, kYear, kFractionDate,
  kActor1Code, kActor1Name, kActor1CountryCode, kActor1KnownGroupCode,
  kActor1Type1Code = 12,
  kActor2Code = 15, kActor2Name, kActor2CountryCode, kActor2KnownGroupCode,
  kActor2Type1Code = 22,
  kIsRootEvent = 25, kEventCode, kEventBaseCode, kEventRootCode, kQuadClass, kGoldsteinScale,
  kNumMentions, kNumSources, kNumArticles, kAvgTone,
  kActor1GeoType, kActor2GeoType = 43,
  kActionGeoType = 51, kActionGeoFullName, kActionGeoCountryCode, kActionGeoAdm1Code,
  kActionGeoAdm2Code, kActionGeoLat, kActionGeoLong, kActionGeoFeatureId,
  kDateAdded, kSourceUrl,
};
static_assert(kSourceUrl == kColumns - 1);

using Row = std::array<std::string, kColumns>;

// GDELT names are upper case without punctuation ("GEORGE W BUSH"). Only
// ASCII letters change case; other UTF-8 bytes pass through unharmed.
std::string GdeltName(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') {
      out += static_cast<char>(c - 'a' + 'A');
    } else if (c == '.' || c == ',') {
      continue;
    } else {
      out += c;
    }
  }
  return out;
}

bool IsOrganisationPrefix(std::string_view code) {
  return code.substr(0, 3) == "IGO" || code.substr(0, 3) == "NGO";
}

// Fills the eight actor columns starting at `first` (Actor1Code or Actor2Code).
void FillActor(const Document& doc, const EventActor& a, Row* row, int first) {
  if (a.code.empty()) return;
  Row& r = *row;
  r[first] = a.code;
  r[first + 1] = GdeltName(!a.name.empty() ? std::string_view(a.name) : SafeSlice(doc, a.span));
  // The code is 3-letter groups: a country (or IGO/NGO and the organisation),
  // then roles. GDELT puts organisations in KnownGroupCode, not CountryCode.
  std::string_view code = a.code;
  size_t roles_from = 3;
  if (IsOrganisationPrefix(code)) {
    r[first + 3] = std::string(code.substr(3, 3));
    r[first + 7] = std::string(code.substr(0, 3));
    roles_from = 6;
  } else {
    r[first + 2] = !a.country.empty() ? a.country : std::string(code.substr(0, 3));
  }
  int type_col = first + 7 + (r[first + 7].empty() ? 0 : 1);
  for (size_t i = roles_from; i + 3 <= code.size() && type_col <= first + 9; i += 3) {
    r[type_col++] = std::string(code.substr(i, 3));
  }
}

// GDELT's geo resolution: 1 country, 4 world city. Location does not say
// what kind of place it is, and the gazetteer (places.tsv) holds cities and
// landmarks, so every location is a city for now.
// GDELT geo types: 1 country, 4 world city, 5 world state (ADM1 region).
// US-specific types 2 and 3 need US states and cities, which the gazetteer
// does not distinguish, so US places are written as world cities too.
int GeoType(const Location& loc) {
  if (loc.kind == "country") return 1;
  if (loc.kind == "region") return 5;
  return 4;
}

// Title or lead: GDELT's "root event" proxy for importance.
bool IsRootEvent(const Document& doc, const Event& e) {
  uint32_t lead = 0;
  while (lead < doc.sentences.size() && doc.sentences[lead].is_title) ++lead;
  return e.sentence <= lead;
}

}  // namespace

void WriteGdelt(const Document& doc, const WriteOptions& options, std::string* out) {
  for (const Event& e : doc.events) {
    if (!Selected(e, options)) continue;
    Row r;
    r[kGlobalEventId] = std::to_string(StableEventId(doc, e));
    const Date& d = e.date.valid() ? e.date : doc.article.date;
    if (d.valid()) {
      r[kSqlDate] = fmt::format("{:08d}", d.ToYmdNumber());
      r[kMonthYear] = fmt::format("{:04d}{:02d}", d.year, d.month);
      r[kYear] = fmt::format("{:04d}", d.year);
      // GDELT's documentation says (MONTH * 30 + DAY) / 365, but its data
      // uses (MONTH - 1): 20230820 is 2023.6301. Follow the data.
      r[kFractionDate] = fmt::format("{:.4f}", d.year + ((d.month - 1) * 30 + d.day) / 365.0);
    }
    FillActor(doc, e.source, &r, kActor1Code);
    FillActor(doc, e.target, &r, kActor2Code);
    r[kIsRootEvent] = IsRootEvent(doc, e) ? "1" : "0";
    r[kEventCode] = e.cameo;
    r[kEventBaseCode] = e.cameo.substr(0, 3);
    r[kEventRootCode] = !e.root.empty() ? e.root : e.cameo.substr(0, 2);
    r[kQuadClass] = std::to_string(e.quad_class);
    r[kGoldsteinScale] = fmt::format("{:.1f}", e.goldstein);
    r[kNumMentions] = r[kNumSources] = r[kNumArticles] = "1";
    r[kActor1GeoType] = r[kActor2GeoType] = "0";
    const Location& loc = e.location;
    if (loc.valid()) {
      int type = GeoType(loc);
      r[kActionGeoType] = std::to_string(type);
      r[kActionGeoFullName] = loc.name;
      r[kActionGeoCountryCode] = loc.fips;
      if (type == 1) r[kActionGeoAdm1Code] = r[kActionGeoFeatureId] = loc.fips;
      r[kActionGeoLat] = fmt::format("{}", loc.latitude);
      r[kActionGeoLong] = fmt::format("{}", loc.longitude);
    } else {
      r[kActionGeoType] = "0";
    }
    if (doc.article.date.valid()) {
      r[kDateAdded] = fmt::format("{:08d}000000", doc.article.date.ToYmdNumber());
    }
    r[kSourceUrl] = !doc.article.url.empty() ? doc.article.url : doc.article.id;
    for (int i = 0; i < kColumns; ++i) {
      if (i > 0) out->push_back('\t');
      out->append(OneLine(r[i]));
    }
    out->push_back('\n');
  }
}

}  // namespace tacitus
