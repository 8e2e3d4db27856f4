// tacitus explain: every stage's output for one document, as indented text.
// Meant for people debugging a dictionary or a rule, so it prints the
// reasons (how, why, rule, pattern and its file:line) next to each result.
#include <string>

#include <fmt/format.h>

#include "tacitus/writer.h"
#include "tacitus/lexicon.h"
#include "writer_internal.h"

namespace tacitus {
namespace {

const char* TagName(Tag t) {
  switch (t) {
    case Tag::kUnknown: return "?";
    case Tag::kNoun: return "NOUN";
    case Tag::kProperNoun: return "PROPN";
    case Tag::kPronoun: return "PRON";
    case Tag::kPossPronoun: return "POSS";
    case Tag::kVerb: return "VERB";
    case Tag::kAux: return "AUX";
    case Tag::kModal: return "MODAL";
    case Tag::kAdjective: return "ADJ";
    case Tag::kAdverb: return "ADV";
    case Tag::kDeterminer: return "DET";
    case Tag::kNumber: return "NUM";
    case Tag::kPreposition: return "PREP";
    case Tag::kTo: return "TO";
    case Tag::kCoordinator: return "CONJ";
    case Tag::kSubordinator: return "SUB";
    case Tag::kRelative: return "REL";
    case Tag::kNegation: return "NEG";
    case Tag::kPossessive: return "POS";
    case Tag::kPunct: return "PUNCT";
    case Tag::kSentenceEnd: return "END";
  }
  return "?";
}

const char* FormName(VerbForm f) {
  switch (f) {
    case VerbForm::kNone: return "";
    case VerbForm::kBase: return "base";
    case VerbForm::kPresent: return "pres";
    case VerbForm::kPast: return "past";
    case VerbForm::kPastParticiple: return "part";
    case VerbForm::kGerund: return "ger";
  }
  return "";
}

std::string Quoted(std::string_view s) { return fmt::format("\"{}\"", OneLine(s)); }

std::string ActorLine(const Document& doc, const EventActor& a) {
  if (a.code.empty()) return "(none)";
  std::string s = a.code;
  if (!a.name.empty()) s += fmt::format(" ({})", a.name);
  std::string_view text = SafeSlice(doc, a.span);
  if (!text.empty()) s += " " + Quoted(text);
  if (a.mention >= 0) s += fmt::format(" mention #{}", a.mention);
  if (!a.why.empty()) s += " - " + a.why;
  return s;
}

void ExplainTokens(const Document& doc, const Sentence& s, std::string* out) {
  std::string line = "    tokens:";
  size_t width = line.size();
  for (uint32_t t = s.first_token; t < s.end_token && t < doc.tokens.size(); ++t) {
    const Token& tok = doc.tokens[t];
    std::string item = fmt::format(" {}/{}", OneLine(doc.TokenText(t)), TagName(tok.tag));
    if (tok.form != VerbForm::kNone) item += fmt::format(":{}", FormName(tok.form));
    // The lemma, where it differs from the word ("met/VERB:past=meet").
    if (doc.lexicon && tok.lemma && tok.lemma != tok.word) item += "=" + std::string(doc.lexicon->Spelling(tok.lemma));
    // Wrap long sentences so the listing stays readable in a terminal.
    if (width + item.size() > 100) {
      line += "\n           ";
      width = 11;
    }
    line += item;
    width += item.size();
  }
  *out += line + "\n";
}

void ExplainMentions(const Document& doc, uint32_t sentence, std::string* out) {
  bool any = false;
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const ActorMention& m = doc.mentions[i];
    if (m.sentence != sentence) continue;
    if (!any) *out += "    actors:\n";
    any = true;
    *out += fmt::format("      #{} {} -> {}", i, Quoted(MentionText(doc, m)),
                        m.code.empty() ? "(no code)" : m.code);
    if (!m.name.empty()) *out += fmt::format(" ({})", m.name);
    if (m.is_person) *out += " person";
    if (m.is_plural) *out += " plural";
    *out += "\n";
    if (!m.how.empty()) *out += fmt::format("         how: {}\n", m.how);
    if (m.antecedent >= 0) {
      std::string ante;
      if (static_cast<size_t>(m.antecedent) < doc.mentions.size()) {
        const ActorMention& a = doc.mentions[m.antecedent];
        ante = fmt::format(" {} {}", Quoted(MentionText(doc, a)), a.code);
      }
      *out += fmt::format("         stands for #{}{}\n", m.antecedent, ante);
    }
  }
}

void ExplainEvents(const Document& doc, uint32_t sentence, std::string* out) {
  bool any = false;
  for (const Event& e : doc.events) {
    if (e.sentence != sentence) continue;
    if (!any) *out += "    events:\n";
    any = true;
    *out += fmt::format("      {} --{}--> {}  {}", e.source.code.empty() ? "?" : e.source.code,
                        e.cameo, e.target.code.empty() ? "?" : e.target.code,
                        e.plover.empty() ? "(no PLOVER type)" : e.plover);
    if (!e.plover_mode.empty()) *out += "/" + e.plover_mode;
    *out += fmt::format("  quad {} goldstein {}", e.quad_class, e.goldstein);
    *out += e.realised() ? "\n" : "  [not realised: not in default output]\n";
    *out += fmt::format("         source:  {}\n", ActorLine(doc, e.source));
    *out += fmt::format("         target:  {}\n", ActorLine(doc, e.target));
    *out += fmt::format("         trigger: {}\n", Quoted(SafeSlice(doc, e.trigger)));
    if (!e.pattern.empty() || !e.pattern_origin.empty()) {
      *out += fmt::format("         pattern: {}", e.pattern);
      if (!e.pattern_origin.empty()) *out += fmt::format("  ({})", e.pattern_origin);
      *out += "\n";
    }
    if (!e.rule.empty()) *out += fmt::format("         rule:    {}\n", e.rule);
    *out += fmt::format("         date:    {} ({})", e.date.valid() ? e.date.ToIso() : "unknown",
                        e.date.PrecisionName());
    if (!e.date_text.empty()) *out += " from " + Quoted(e.date_text);
    *out += "\n";
    if (e.location.valid()) {
      *out += fmt::format("         place:   {} ({})", e.location.name, e.location.country);
      std::string_view said = SafeSlice(doc, e.location.span);
      if (!said.empty()) *out += " from " + Quoted(said);
      *out += "\n";
    }
    std::string flags;
    if (e.negated) flags += " negated";
    if (e.hypothetical) flags += " hypothetical";
    if (e.historical) flags += " historical";
    if (e.sports) flags += " sports";
    if (e.reported) flags += " reported";
    if (e.mirrored) flags += " mirrored";
    if (!flags.empty()) *out += fmt::format("         flags:  {}\n", flags);
  }
}

}  // namespace

std::string ExplainDocument(const Document& doc) {
  std::string out;
  const Article& a = doc.article;
  out += fmt::format("article {}  date {}", a.id, a.date.valid() ? a.date.ToIso() : "unknown");
  if (!a.source.empty()) out += "  source " + a.source;
  out += "\n";
  size_t realised = 0;
  for (const Event& e : doc.events) realised += e.realised() ? 1 : 0;
  out += fmt::format("{} sentences, {} tokens, {} actor mentions, {} events ({} realised)\n",
                     doc.sentences.size(), doc.tokens.size(), doc.mentions.size(),
                     doc.events.size(), realised);
  for (uint32_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    out += fmt::format("\n[{}]{} {}\n", i, s.is_title ? " (title)" : "",
                       OneLine(SafeSlice(doc, s.span)));
    ExplainTokens(doc, s, &out);
    ExplainMentions(doc, i, &out);
    ExplainEvents(doc, i, &out);
  }
  if (!doc.notes.empty()) {
    out += "\nnotes:\n";
    for (const std::string& n : doc.notes) out += "  " + n + "\n";
  }
  return out;
}

}  // namespace tacitus
