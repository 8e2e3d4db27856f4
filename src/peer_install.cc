// Reading a --dict spec, and installing a peer dictionary into Tacitus'
// ActorDictionary and EventDictionary (see peer_dictionary.h).
#include <algorithm>
#include <cctype>
#include <climits>
#include <filesystem>

#include "peer_dictionary.h"
#include "peer_syntax.h"
#include "phrase_matcher.h"

namespace tacitus {

namespace {

namespace fs = std::filesystem;

std::string Lowered(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::vector<std::string> SplitCommas(std::string_view s) {
  std::vector<std::string> out;
  while (!s.empty()) {
    size_t comma = s.find(',');
    std::string_view item = TrimBlanks(s.substr(0, comma));
    if (!item.empty()) out.emplace_back(item);
    s = comma == std::string_view::npos ? "" : s.substr(comma + 1);
  }
  return out;
}

Status ReadPetrarchFile(const std::string& path, bool listed, const Lexicon& lexicon,
                        Diagnostics* d, PeerDictionary* out) {
  std::string name = Lowered(fs::path(path).filename().string());
  if (name.find("verb") != std::string::npos) return ReadPetrarchVerbs(path, lexicon, d, out);
  if (name.find("actor") != std::string::npos) return ReadPetrarchActors(path, d, out);
  if (name.find("agent") != std::string::npos) return ReadPetrarchAgents(path, d, out);
  if (name.find("discard") != std::string::npos) return ReadPetrarchDiscards(path, d, out);
  if (name.find("issue") != std::string::npos) return ReadPetrarchIssues(path, d, out);
  if (name.find("preposition") != std::string::npos) {
    out->Skip("preposition lists (Tacitus' chunker knows its prepositions)", path);
    return Status::OK();
  }
  if (listed) {
    return Status::InvalidArgument(path + ": not a PETRARCH dictionary name (verbs, actors, agents, "
                                          "discards, issues, prepositions)");
  }
  return Status::OK();  // another .txt in the folder (a README)
}

Status ReadTabariFile(const std::string& path, const Lexicon& lexicon, Diagnostics* d,
                      PeerDictionary* out) {
  std::string ext = Lowered(fs::path(path).extension().string());
  if (ext == ".verbs") return ReadTabariVerbs(path, lexicon, d, out);
  if (ext == ".actors") return ReadTabariActors(path, lexicon, d, out);
  if (ext == ".agents") return ReadTabariAgents(path, lexicon, d, out);
  if (ext == ".options") return ReadTabariOptions(path, d, out);
  return Status::InvalidArgument(path + ": not a TABARI dictionary (.verbs, .actors, .agents, "
                                        ".options or .project)");
}

std::string TitleCase(const std::string& phrase) {
  std::string out = phrase;
  for (size_t i = 0; i < out.size(); ++i)
    if (i == 0 || out[i - 1] == ' ') out[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[i])));
  return out;
}

// Peer phrases are written in capitals and matched in any case, except
// short words ("US", "UN", "Ent"), which must be capitalised in the text so
// that the pronoun "us" is not the United States.
PhraseCase CaseFor(const std::string& phrase) {
  if (phrase.find(' ') != std::string::npos) return kAnyCase;
  size_t letters = 0;
  for (char c : phrase) letters += std::isalpha(static_cast<unsigned char>(c)) != 0;
  return letters <= 3 ? kNameCase : kAnyCase;
}

std::string FirstCode(const std::string& code) { return code.substr(0, code.find('/')); }

// Codes of the peers that are no CAMEO code ("223" of WEIS, "174K") are
// still written as the dictionary says; they carry no quad class.
void RegisterCode(const std::string& code, EventDictionary* events) {
  if (code.empty() || IsSpecialCode(code) || events->Cameo(code)) return;
  size_t digits = 0;
  while (digits < code.size() && std::isdigit(static_cast<unsigned char>(code[digits]))) ++digits;
  bool shaped = digits >= 2 && digits <= 4 &&
                (digits == code.size() ||
                 (digits + 1 == code.size() && std::isalpha(static_cast<unsigned char>(code.back()))));
  if (!shaped) return;  // "def", "025?": never written
  CameoCode c;
  c.code = code;
  c.name = "peer dictionary code " + code + " (not in the CAMEO table)";
  events->AddCode(c);
}

// Compiles pattern text ("* * * ties {T}", or the words before the head,
// "indicated * should") into elements.
bool CompileElements(std::string_view text, Lexicon* lexicon, bool* has_target, bool exact,
                     std::vector<PatternElement>* out) {
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find(' ', i);
    if (j == std::string_view::npos) j = text.size();
    std::string_view w = text.substr(i, j - i);
    i = j + 1;
    if (w.empty()) continue;
    PatternElement e;
    if (w == "{T}") {
      if (!has_target || *has_target) return false;
      e.kind = PatternElement::kTarget;
      *has_target = true;
      out->push_back(e);
      continue;
    }
    if (w == "*") {
      // A peer's gap ("* * *") lets any words come between.
      if (out->empty() || out->back().kind != PatternElement::kGap) {
        e.kind = PatternElement::kGap;
        out->push_back(e);
      }
      continue;
    }
    bool optional = w.size() > 1 && w.back() == '?';
    if (optional) w.remove_suffix(1);
    for (uint32_t id : CompilePhrase(w, lexicon)) {
      PatternElement we;
      we.optional = optional;
      we.exact = exact;
      std::string form(lexicon->Spelling(id));
      we.ids[0] = id;
      we.ids[1] = lexicon->VerbLemma(form);
      we.ids[2] = lexicon->NounLemma(form);
      out->push_back(we);
    }
  }
  return true;
}

bool CompilePeerPattern(const PeerPattern& pp, bool exact, Lexicon* lexicon, Pattern* p) {
  p->code = pp.code;
  p->mirror_code = pp.mirror;
  p->noun = false;
  uint32_t lemma = lexicon->VerbLemma(pp.head);
  p->head = lemma ? lemma : lexicon->Intern(pp.head);
  p->text = pp.text.empty() ? pp.head : pp.head + " " + pp.text;
  if (!pp.before.empty()) p->text = pp.before + " " + p->text;
  p->origin = pp.origin;
  p->target_first_after = pp.target_first_after;
  p->has_target = pp.target_first_after;
  if (pp.target_first_after) p->text += " {first actor after}";
  return CompileElements(pp.text, lexicon, &p->has_target, exact, &p->elements) &&
         CompileElements(pp.before, lexicon, nullptr, exact, &p->before);
}

}  // namespace

Status ReadPeerDictionary(const std::string& spec, const Lexicon& lexicon,
                          Diagnostics* diagnostics, PeerDictionary* out) {
  size_t colon = spec.find(':');
  std::string kind = colon == std::string::npos ? "" : Lowered(spec.substr(0, colon));
  if (kind != "petrarch" && kind != "tabari")
    return Status::InvalidArgument("--dict '" + spec + "': write petrarch:PATH[,PATH...] or tabari:FILE[,FILE...]");
  out->spec = spec;
  std::vector<std::string> paths = SplitCommas(spec.substr(colon + 1));
  if (paths.empty()) return Status::InvalidArgument("--dict '" + spec + "': no path given");
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return Status::IOError(path + ": no such file or folder");
    Status s;
    if (kind == "petrarch" && fs::is_directory(path, ec)) {
      std::vector<std::string> files;
      for (const auto& f : fs::directory_iterator(path, ec))
        if (f.path().extension() == ".txt") files.push_back(f.path().string());
      std::sort(files.begin(), files.end());
      for (const std::string& f : files)
        if (s = ReadPetrarchFile(f, false, lexicon, diagnostics, out); !s.ok()) return s;
    } else if (kind == "petrarch") {
      s = ReadPetrarchFile(path, true, lexicon, diagnostics, out);
    } else if (Lowered(fs::path(path).extension().string()) == ".project") {
      std::vector<std::string> files;
      s = ReadTabariProject(path, &files);
      for (size_t k = 0; s.ok() && k < files.size(); ++k)
        s = ReadTabariFile(files[k], lexicon, diagnostics, out);
    } else {
      s = ReadTabariFile(path, lexicon, diagnostics, out);
    }
    if (!s.ok()) return s;
  }
  return Status::OK();
}

std::vector<Term> TermsOf(const PeerActor& actor, std::string* default_code) {
  struct Restriction {
    int64_t from, to;
    size_t index;
  };
  constexpr int64_t kMin = INT64_MIN / 4, kMax = INT64_MAX / 4;
  default_code->clear();
  std::vector<Restriction> rs;
  for (size_t i = 0; i < actor.codes.size(); ++i) {
    const DatedCode& c = actor.codes[i];
    // Null or discard codes give no term; a dated null ("[--- <950630]")
    // is a period in which the phrase names no actor (a "---" term).
    if (IsSpecialCode(c.code) && !(c.dated() && c.code == "---")) continue;
    if (!c.dated()) {
      if (default_code->empty()) *default_code = FirstCode(c.code);
      continue;
    }
    rs.push_back({c.from.valid() ? c.from.ToDays() : kMin, c.to.valid() ? c.to.ToDays() : kMax, i});
  }
  std::vector<Term> terms;
  if (rs.empty()) return terms;
  std::vector<int64_t> points{kMin};
  for (const Restriction& r : rs) {
    points.push_back(r.from);
    if (r.to < kMax) points.push_back(r.to + 1);
  }
  std::sort(points.begin(), points.end());
  points.erase(std::unique(points.begin(), points.end()), points.end());
  for (size_t k = 0; k < points.size(); ++k) {
    int64_t start = points[k], end = k + 1 < points.size() ? points[k + 1] - 1 : kMax;
    // The restriction that starts last wins; between equals, the first written.
    const Restriction* win = nullptr;
    for (const Restriction& r : rs)
      if (r.from <= start && start <= r.to && (!win || r.from > win->from)) win = &r;
    std::string code = win ? FirstCode(actor.codes[win->index].code) : *default_code;
    std::string origin = win ? actor.codes[win->index].origin : actor.origin;
    if (code.empty()) continue;
    if (!terms.empty() && terms.back().code == code &&
        terms.back().to.valid() && terms.back().to.ToDays() + 1 == start) {
      terms.back().to = end == kMax ? Date() : Date::FromDays(end);
      continue;
    }
    Term t;
    t.code = code;
    t.from = start == kMin ? Date() : Date::FromDays(start);
    t.to = end == kMax ? Date() : Date::FromDays(end);
    t.origin = origin;
    terms.push_back(t);
  }
  return terms;
}

ActorKind KindOf(const PeerActor& actor, const Lexicon& lexicon) {
  std::string code;
  for (const DatedCode& c : actor.codes) {
    if (c.dated() && c.code == "---") return ActorKind::kPerson;  // terms, one of them null
    if (IsSpecialCode(c.code)) continue;
    if (c.dated()) return ActorKind::kPerson;
    if (c.code.find('/') != std::string::npos) return ActorKind::kCountry;  // a group of actors
    if (code.empty()) code = FirstCode(c.code);
  }
  bool letters = code.size() == 3;
  for (char ch : code) letters &= std::isalpha(static_cast<unsigned char>(ch)) != 0;
  if (!letters) return ActorKind::kOrganisation;
  // A plain country code also names people ("ROMENDACIL [BRE]"), and a
  // person takes the sector of a title in the text ("Bree President
  // Romendacil" BREGOV). A name is taken for a country when the lexicon
  // knows its words (WordNet has the countries) or the code's letters come
  // in order in it ("Bree" BRE, "Osgiliath" OSG).
  const std::string& name = actor.phrases.empty() ? std::string() : actor.phrases.front().text;
  bool known = !name.empty();
  for (size_t i = 0; known && i < name.size();) {
    size_t sp = name.find(' ', i);
    if (sp == std::string::npos) sp = name.size();
    known = lexicon.Classes(lexicon.Find(name.substr(i, sp - i))) != 0;
    i = sp + 1;
  }
  size_t k = 0;
  for (char ch : name)
    if (k < 3 && std::tolower(static_cast<unsigned char>(code[k])) == ch) ++k;
  return known || k == 3 ? ActorKind::kCountry : ActorKind::kPerson;
}

void InstallPeerDictionary(const PeerDictionary& dict, ActorDictionary* actors,
                           EventDictionary* events, Lexicon* lexicon) {
  for (const PeerActor& a : dict.actors) {
    std::string default_code;
    std::vector<Term> terms = TermsOf(a, &default_code);
    if (terms.empty() && default_code.empty()) continue;  // only null or discard codes
    ActorEntry e;
    e.kind = KindOf(a, *lexicon);
    e.code = default_code.empty() ? terms.front().code : default_code;
    e.name = TitleCase(a.phrases.front().text);
    e.origin = a.origin;
    if (e.kind == ActorKind::kPerson) e.terms = std::move(terms);
    for (const DatedCode& c : a.codes) {
      if (c.dated() || IsSpecialCode(c.code) || c.code.find('/') == std::string::npos) continue;
      for (size_t i = c.code.find('/'); i != std::string::npos;) {
        size_t j = c.code.find('/', i + 1);
        e.also.push_back(c.code.substr(i + 1, j == std::string::npos ? std::string::npos : j - i - 1));
        i = j;
      }
      break;
    }
    uint32_t id = actors->AddActor(std::move(e));
    for (const PeerPhrase& p : a.phrases) actors->AddActorPhrase(id, p.text, CaseFor(p.text), lexicon);
  }
  for (const PeerAgent& g : dict.agents) {
    ActorEntry e;
    e.kind = ActorKind::kAgent;
    e.code = g.code;
    e.name = g.phrase.text;
    e.origin = g.phrase.origin;
    e.plural = g.plural;
    e.prefix = g.prefix;
    uint32_t id = actors->AddActor(std::move(e));
    actors->AddActorPhrase(id, g.phrase.text, CaseFor(g.phrase.text), lexicon);
  }
  // Patterns are keyed by the lemma, so "MET [031:032]" and "MEET
  // [031:031]" share one list; the peers' entries for an irregular form
  // go first, as the form is the one the peer wrote for that case.
  for (int pass = 0; pass < 2; ++pass) {
    for (const PeerPattern& pp : dict.patterns) {
      uint32_t lemma = lexicon->VerbLemma(pp.head);
      bool form = lemma != 0 && lexicon->Spelling(lemma) != pp.head;
      if (form != (pass == 0)) continue;
      Pattern p;
      if (!CompilePeerPattern(pp, dict.spec.rfind("petrarch", 0) == 0, lexicon, &p)) continue;
      RegisterCode(pp.code, events);
      RegisterCode(pp.mirror, events);
      events->AddPattern(std::move(p));
    }
  }
}

Status LoadPeerDictionaries(const std::vector<std::string>& specs, ActorDictionary* actors,
                            EventDictionary* events, Lexicon* lexicon,
                            Diagnostics* diagnostics) {
  if (specs.empty()) return Status::OK();
  for (const std::string& spec : specs) {
    PeerDictionary dict;
    Status s = ReadPeerDictionary(spec, *lexicon, diagnostics, &dict);
    if (!s.ok()) return s;
    InstallPeerDictionary(dict, actors, events, lexicon);
    if (!dict.skipped.empty()) diagnostics->Warning(spec, dict.Summary());
  }
  actors->Finalize();
  events->Finalize();
  return Status::OK();
}

bool MatchesDiscard(const PeerDictionary& dict, std::string_view sentence, const Date& date,
                    bool* story) {
  std::vector<std::string> words;
  std::string w;
  for (size_t i = 0; i <= sentence.size(); ++i) {
    char c = i < sentence.size() ? sentence[i] : ' ';
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'' || c == '-' || c == '.') {
      w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!w.empty()) {
      while (!w.empty() && w.back() == '.') w.pop_back();
      if (!w.empty()) words.push_back(w);
      w.clear();
    }
  }
  for (const PeerDiscard& d : dict.discards) {
    if ((d.from.valid() && date < d.from) || (d.to.valid() && d.to < date)) continue;
    std::vector<std::string> phrase = SplitCommas("");
    std::string_view t = d.phrase.text;
    for (size_t k = 0; k < t.size();) {
      size_t sp = t.find(' ', k);
      if (sp == std::string_view::npos) sp = t.size();
      phrase.emplace_back(t.substr(k, sp - k));
      k = sp + 1;
    }
    if (phrase.empty()) continue;
    for (size_t i = 0; i + phrase.size() <= words.size(); ++i) {
      bool match = true;
      for (size_t k = 0; match && k < phrase.size(); ++k) {
        bool last = k + 1 == phrase.size();
        match = last && d.stem ? words[i + k].rfind(phrase[k], 0) == 0 : words[i + k] == phrase[k];
      }
      if (match) {
        *story = d.story;
        return true;
      }
    }
  }
  return false;
}

}  // namespace tacitus
