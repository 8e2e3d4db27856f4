#include "text_util.h"

#include <algorithm>
#include <iterator>

namespace tacitus {
namespace text {
namespace {

// Lists are searched linearly: they are consulted once per full stop, not
// per byte, so a hash table would not pay for itself.
template <size_t N>
bool In(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// Titles and ranks written before names.
constexpr std::string_view kTitles[] = {
    "Mr",   "Mrs",   "Ms",   "Messrs", "Mmes", "Dr",   "Drs", "Prof", "Gen",  "Gens",
    "Lt",   "Col",   "Maj",  "Capt",   "Cmdr", "Cdr",  "Sgt", "Cpl",  "Pvt",  "Adm",
    "Brig", "Cmdt",  "Sen",  "Sens",   "Rep",  "Reps", "Gov", "Govs", "Pres", "Amb",
    "Atty", "Supt",  "Insp", "Det",    "Rev",  "Fr",   "Hon", "St",   "Ste",  "Mt",
    "Ft",   "Gov't", "MR",   "DR",     "GEN",  "SEN",  "REP", "GOV",  "LT",   "COL"};

// Abbreviations that stand before numbers.
constexpr std::string_view kNumeric[] = {"No", "Nos", "no",   "Vol",  "vol",    "Art", "art",
                                         "p",  "pp",  "Fig",  "fig",  "Sec",    "sec", "Ch",
                                         "ch", "NO",  "Para", "para", "approx", "ca",  "c"};

// Abbreviations that may also end a sentence. Ordinary words that happen to
// abbreviate something ("Sun", "Sat", "Mass", "Wash", "Ill", "Miss") are left
// out: as words they end sentences far more often.
constexpr std::string_view kEndable[] = {
    "Inc",  "Corp", "Co",   "Ltd",  "Bros",  "Plc",  "PLC", "INC",  "CORP", "CO",    "LTD",  "Jr",
    "Sr",   "vs",   "etc",  "al",   "cf",    "viz",  "esp", "dept", "Dept", "govt",  "Govt", "Jan",
    "Feb",  "Mar",  "Apr",  "Jun",  "Jul",   "Aug",  "Sep", "Sept", "Oct",  "Nov",   "Dec",  "JAN",
    "FEB",  "MAR",  "APR",  "JUN",  "JUL",   "AUG",  "SEP", "SEPT", "OCT",  "NOV",   "DEC",  "Mon",
    "Tue",  "Tues", "Thu",  "Thur", "Thurs", "Fri",  "Ave", "Blvd", "Rd",   "Calif", "Fla",  "Penn",
    "Conn", "Ariz", "Colo", "Mich", "Minn",  "Tenn", "Va",  "Ky",   "La",   "Ga",    "Md",   "Mo",
    "Nev",  "Okla", "Ore",  "Wis",  "Wyo",   "Neb",  "Kan", "Ala",  "Ark",  "Del",   "Vt",   "Pa",
    "Ind",  "Intl", "Natl", "Assn", "Univ"};

constexpr std::string_view kStarters[] = {
    "The",    "A",        "An",         "He",        "She",    "It",        "They",      "We",
    "I",      "You",      "This",       "That",      "These",  "Those",     "There",     "Their",
    "His",    "Her",      "Its",        "Our",       "My",     "But",       "And",       "Or",
    "So",     "Yet",      "In",         "On",        "At",     "For",       "From",      "With",
    "By",     "After",    "Before",     "When",      "While",  "If",        "As",        "Although",
    "Though", "Because",  "However",    "Meanwhile", "Also",   "Still",     "Now",       "Then",
    "Last",   "Earlier",  "Later",      "Some",      "Many",   "Most",      "Several",   "Both",
    "All",    "No",       "Not",        "One",       "Two",    "Other",     "Another",   "Such",
    "Each",   "Every",    "What",       "Who",       "Why",    "How",       "Where",     "Under",
    "Since",  "Despite",  "During",     "Until",     "Among",  "According", "Officials", "Analysts",
    "Asked",  "Speaking", "Separately", "Shares",    "Prices", "Sources",   "Police",    "Mr",
    "Mrs",    "Ms",       "Dr",         "Trading",   "THE",    "IT",        "HE"};

constexpr std::string_view kMonths[] = {
    "January",   "February", "March",    "April",    "May",  "June", "July", "August",
    "September", "October",  "November", "December", "Jan",  "Feb",  "Mar",  "Apr",
    "Jun",       "Jul",      "Aug",      "Sep",      "Sept", "Oct",  "Nov",  "Dec"};

// "U.S", "e.g", "a.m", "N.Z": single letters separated by full stops.
bool IsLetterDotPattern(std::string_view w) {
  if (w.size() < 3 || w.size() % 2 == 0) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    if (i % 2 == 0 ? !IsAlpha(w[i]) : w[i] != '.') return false;
  }
  return true;
}

}  // namespace

Abbrev ClassifyAbbrev(std::string_view w) {
  if (w.empty()) return Abbrev::kNone;
  if (w.size() > 6 || IsDigit(w.back())) {  // no listed abbreviation is longer
    return IsLetterDotPattern(w) ? Abbrev::kEndable : Abbrev::kNone;
  }
  if (In(kTitles, w)) return Abbrev::kTitle;
  if (In(kNumeric, w)) return Abbrev::kNumeric;
  if (In(kEndable, w)) return Abbrev::kEndable;
  if (w.size() == 1 && IsUpper(w[0])) return Abbrev::kEndable;  // an initial
  if (IsLetterDotPattern(w)) return Abbrev::kEndable;
  return Abbrev::kNone;
}

bool IsSentenceStarter(std::string_view w) { return In(kStarters, w); }

bool IsMonthName(std::string_view w) {
  if (w.size() < 3 || w.size() > 9) return false;
  char first = w[0];
  if (IsLower(first) || IsUpper(w[1])) {
    // "march" or "MARCH": compare as capitalised.
    char buf[10];
    for (size_t i = 0; i < w.size(); ++i)
      buf[i] = i == 0 ? static_cast<char>(first & ~0x20) : ToLower(w[i]);
    return In(kMonths, std::string_view(buf, w.size()));
  }
  return In(kMonths, w);
}

}  // namespace text
}  // namespace tacitus
