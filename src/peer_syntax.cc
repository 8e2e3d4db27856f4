// Lines, code blocks, dates, phrases and stems of the peers' dictionary
// formats. Patterns are in peer_patterns.cc.
#include "peer_syntax.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

namespace tacitus {

namespace {

char Lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }
char Upper(char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

Status PeerFile::Open(const std::string& path) {
  size_t slash = path.rfind('/');
  size_t before = slash == std::string::npos || slash == 0 ? std::string::npos : path.rfind('/', slash - 1);
  name_ = before == std::string::npos ? path : path.substr(before + 1);
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open dictionary file");
  std::ostringstream content;
  content << in.rdbuf();
  buffer_ = content.str();
  // Stray DOS end-of-file bytes (0x1A) occur inside some peer files.
  buffer_.erase(std::remove(buffer_.begin(), buffer_.end(), '\x1a'), buffer_.end());
  pos_ = 0;
  line_ = 0;
  return Status::OK();
}

bool PeerFile::Next(std::string_view* line) {
  if (pos_ >= buffer_.size()) return false;
  // Old Mac (CR), Unix (LF) and DOS (CRLF) line ends all occur, even mixed
  // within one file.
  size_t end = buffer_.find_first_of("\r\n", pos_);
  if (end == std::string::npos) end = buffer_.size();
  *line = std::string_view(buffer_).substr(pos_, end - pos_);
  pos_ = end;
  if (pos_ < buffer_.size() && buffer_[pos_] == '\r') ++pos_;
  if (pos_ < buffer_.size() && buffer_[pos_] == '\n') ++pos_;
  ++line_;
  return true;
}

std::string PeerFile::Origin() const { return name_ + ":" + std::to_string(line_); }

std::string_view TrimBlanks(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string_view StripComment(std::string_view line, std::string_view markers) {
  int depth = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '[' || c == '{') ++depth;
    if ((c == ']' || c == '}') && depth > 0) --depth;
    if (depth == 0 && markers.find(c) != std::string_view::npos) return TrimBlanks(line.substr(0, i));
  }
  return TrimBlanks(line);
}

bool SplitEntryLine(std::string_view line, EntryLine* out, std::string* error) {
  *out = EntryLine();
  size_t first = line.find_first_of("[{");
  out->words = TrimBlanks(line.substr(0, first));
  size_t i = first;
  while (i != std::string_view::npos && i < line.size()) {
    char open = line[i];
    if (open != '[' && open != '{') {
      ++i;
      continue;
    }
    char close = open == '[' ? ']' : '}';
    size_t end = line.find(close, i + 1);
    if (end == std::string_view::npos) {
      *error = std::string("'") + open + "' without '" + close + "'";
      return false;
    }
    std::string_view inside = line.substr(i + 1, end - i - 1);
    if (open == '[') {
      out->codes.push_back(TrimBlanks(inside));
    } else {
      out->has_forms = true;
      size_t k = 0;
      while (k < inside.size()) {
        while (k < inside.size() && std::isspace(static_cast<unsigned char>(inside[k]))) ++k;
        size_t j = k;
        while (j < inside.size() && !std::isspace(static_cast<unsigned char>(inside[j]))) ++j;
        if (j > k) out->forms.push_back(inside.substr(k, j - k));
        k = j;
      }
    }
    i = end + 1;
  }
  return true;
}

bool ParsePeerDate(std::string_view digits, Date* out) {
  if (digits.size() != 6 && digits.size() != 8) return false;
  for (char c : digits)
    if (!IsDigit(c)) return false;
  int year;
  std::string_view rest;
  if (digits.size() == 6) {
    year = std::stoi(std::string(digits.substr(0, 2)));
    year += year <= 30 ? 2000 : 1900;
    rest = digits.substr(2);
  } else {
    year = std::stoi(std::string(digits.substr(0, 4)));
    rest = digits.substr(4);
  }
  char iso[16];
  std::snprintf(iso, sizeof iso, "%04d-%.2s-%.2s", year, rest.data(), rest.data() + 2);
  return Date::Parse(iso, out) && out->precision == DatePrecision::kDay;
}

bool IsSpecialCode(std::string_view code) {
  return code == "---" || code == "###" || code == "+++";
}

bool ParseDatedCode(std::string_view block, DatedCode* out, std::string* error) {
  block = TrimBlanks(block);
  size_t k = 0;
  while (k < block.size() && !std::isspace(static_cast<unsigned char>(block[k])) && block[k] != '<' &&
         block[k] != '>')
    ++k;
  std::string code;
  for (char c : block.substr(0, k)) code += Upper(c);
  std::string dates;
  for (char c : block.substr(k))
    if (!std::isspace(static_cast<unsigned char>(c))) dates += c;
  bool letters = false;
  for (char c : code) letters |= std::isalpha(static_cast<unsigned char>(c)) != 0;
  if (code.empty() || (!letters && !IsSpecialCode(code))) {
    *error = "code block without an actor code: [" + std::string(block) + "]";
    return false;
  }
  for (char c : code) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '/' && c != '~' && !IsSpecialCode(code)) {
      *error = "actor code and date must be separated by a space in [" + std::string(block) + "]";
      return false;
    }
  }
  out->code = code;
  out->from = Date();
  out->to = Date();
  if (dates.empty()) return true;
  Date d, e;
  bool ok = false;
  if (dates[0] == '<') {
    // Before the date: the day before is the last one.
    ok = ParsePeerDate(dates.substr(1), &d);
    if (ok) out->to = Date::FromDays(d.ToDays() - 1);
  } else if (dates[0] == '>') {
    ok = ParsePeerDate(dates.substr(1), &d);
    if (ok) out->from = d;
  } else {
    size_t dash = dates.find('-');
    ok = dash != std::string::npos && ParsePeerDate(dates.substr(0, dash), &d) &&
         ParsePeerDate(dates.substr(dash + 1), &e) && !(e < d);
    if (ok) {
      out->from = d;
      out->to = e;
    }
  }
  if (!ok) *error = "bad date restriction in [" + std::string(block) + "] (YYMMDD or YYYYMMDD)";
  return ok;
}

bool SplitEventCode(std::string_view block, std::string* code, std::string* mirror) {
  block = TrimBlanks(block);
  size_t colon = block.find(':');
  *code = std::string(TrimBlanks(block.substr(0, colon)));
  *mirror = colon == std::string_view::npos ? "" : std::string(TrimBlanks(block.substr(colon + 1)));
  if (code->empty() || code->find(' ') != std::string::npos) return false;
  return colon == std::string_view::npos || !mirror->empty();
}

std::string NormalizePhrase(std::string_view written, bool* stem) {
  written = TrimBlanks(written);
  while (!written.empty() && written.front() == '+') written.remove_prefix(1);
  bool exact = !written.empty() && (written.back() == '_' || written.back() == '=');
  std::string out;
  for (char c : written) {
    if (c == '_' || c == '=' || std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += Lower(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (stem) *stem = !exact;
  return out;
}

std::string PluralOf(std::string_view phrase) {
  std::string p(phrase);
  size_t space = p.rfind(' ');
  std::string last = p.substr(space == std::string::npos ? 0 : space + 1);
  std::string head = space == std::string::npos ? "" : p.substr(0, space + 1);
  auto ends = [&](std::string_view s) {
    return last.size() >= s.size() && last.compare(last.size() - s.size(), s.size(), s) == 0;
  };
  if (last.empty()) return p;
  if (last.size() > 1 && last.back() == 'y' && std::string_view("aeiou").find(last[last.size() - 2]) == std::string_view::npos)
    return head + last.substr(0, last.size() - 1) + "ies";
  if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh")) return head + last + "es";
  if (ends("man")) return head + last.substr(0, last.size() - 3) + "men";
  return head + last + "s";
}

StemIndex::StemIndex(const Lexicon& lexicon) : lexicon_(lexicon) {
  sorted_.reserve(lexicon.size());
  for (uint32_t id = 1; id < lexicon.size(); ++id) sorted_.push_back(lexicon.Spelling(id));
  std::sort(sorted_.begin(), sorted_.end());
}

std::vector<std::string> StemIndex::Expand(std::string_view stem, size_t limit,
                                           const std::function<bool(std::string_view)>& keep) const {
  std::vector<std::string> out;
  auto it = std::lower_bound(sorted_.begin(), sorted_.end(), stem);
  for (; it != sorted_.end() && it->substr(0, stem.size()) == stem && out.size() < limit; ++it) {
    if (it->find_first_of(" _") != std::string_view::npos) continue;
    if (keep(*it)) out.emplace_back(*it);
  }
  return out;
}

std::vector<std::string> ExpandNameStem(const std::string& phrase, const StemIndex& stems) {
  size_t space = phrase.rfind(' ');
  std::string head = space == std::string::npos ? "" : phrase.substr(0, space + 1);
  std::string stem = phrase.substr(space == std::string::npos ? 0 : space + 1);
  std::vector<std::string> out{phrase};
  bool alpha = !stem.empty();
  for (char c : stem) alpha &= std::isalpha(static_cast<unsigned char>(c)) != 0;
  if (!alpha || stem.size() < 3) return out;
  const Lexicon& lex = stems.lexicon();
  // A stem that is no word of its own ("ethiop", "palestin") stands for the
  // names it begins; verbs are left out ("bree" is not "breed").
  if (stem.size() >= 4 && lex.Classes(lex.Find(stem)) == 0) {
    for (const std::string& w : stems.Expand(stem, 12, [&](std::string_view word) {
           return word != stem && (lex.Classes(lex.Find(word)) & kClassVerb) == 0;
         }))
      out.push_back(head + w);
  }
  // Names of peoples and plurals the lexicon cannot know ("Eriadorian").
  for (const char* ending : {"s", "n", "an", "ans", "ian", "ians", "i", "is", "ese", "ish"}) {
    std::string w = stem + ending;
    if (std::find(out.begin(), out.end(), head + w) == out.end()) out.push_back(head + w);
  }
  return out;
}

static std::string CountList(const std::map<std::string, size_t>& counts) {
  std::string out;
  for (const auto& [what, n] : counts) out += (out.empty() ? "" : ", ") + std::to_string(n) + " " + what;
  return out;
}

void PeerDictionary::Skip(const std::string& why, const std::string& origin, size_t n) {
  skipped[why] += n;
  skipped_at.emplace(why, origin);
}

std::string PeerDictionary::Summary() const {
  std::string out = CountList(loaded);
  if (skipped.empty()) return out + "; everything could be expressed";
  out += "; not expressible (counted, not loaded): ";
  bool first = true;
  for (const auto& [why, n] : skipped) {
    out += (first ? "" : ", ") + std::to_string(n) + " " + why;
    auto at = skipped_at.find(why);
    if (at != skipped_at.end()) out += " (first at " + at->second + ")";
    first = false;
  }
  return out;
}

}  // namespace tacitus
