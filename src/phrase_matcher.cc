#include "phrase_matcher.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "tacitus/text_stages.h"

namespace tacitus {

std::vector<uint32_t> CompilePhrase(std::string_view phrase, Lexicon* lexicon) {
  // Run the real tokenizer so that dictionary and text split alike.
  Document doc;
  doc.article.text = std::string(phrase);
  Sentence s;
  s.span = {0, static_cast<uint32_t>(phrase.size())};
  doc.sentences.push_back(s);
  Tokenize(*lexicon, &doc);
  std::vector<uint32_t> ids;
  std::string lower;
  for (const Token& t : doc.tokens) {
    lower.assign(doc.Slice(t.span));
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    ids.push_back(lexicon->Intern(lower));
  }
  return ids;
}

void DropLeadingThe(const Lexicon& lexicon, std::vector<uint32_t>* words) {
  if (words->size() < 2 || lexicon.Spelling((*words)[0]) != "the") return;
  if (words->size() == 2) {
    std::string_view w = lexicon.Spelling((*words)[1]);
    if (w == "west" || w == "east" || w == "north" || w == "south" || w == "gulf") return;
  }
  words->erase(words->begin());
}

PhraseCase CaseOfName(std::string_view phrase) {
  int letters = 0, upper = 0;
  for (char c : phrase) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      ++letters;
      if (std::isupper(static_cast<unsigned char>(c))) ++upper;
    }
  }
  if (letters >= 2 && upper == letters && phrase.find(' ') == std::string_view::npos) return kUpperOnly;
  if (!phrase.empty() && std::isupper(static_cast<unsigned char>(phrase[0]))) return kNameCase;
  return kAnyCase;
}

void PhraseMatcher::Add(const std::vector<uint32_t>& words, PhraseCase case_rule,
                        uint32_t payload) {
  if (words.empty() || words.size() > 0xffff) return;
  Phrase p;
  p.first_word = static_cast<uint32_t>(words_.size());
  p.length = static_cast<uint16_t>(words.size());
  p.case_rule = case_rule;
  p.payload = payload;
  words_.insert(words_.end(), words.begin(), words.end());
  by_first_[words[0]].push_back(static_cast<uint32_t>(phrases_.size()));
  phrases_.push_back(p);
}

void PhraseMatcher::Finalize() {
  for (auto& [word, list] : by_first_) {
    std::stable_sort(list.begin(), list.end(), [this](uint32_t a, uint32_t b) {
      return phrases_[a].length > phrases_[b].length;
    });
  }
}

bool PhraseMatcher::Matches(const Document& doc, uint32_t i, const Phrase& p) const {
  for (uint32_t k = 0; k < p.length; ++k) {
    if (doc.tokens[i + k].word != words_[p.first_word + k]) return false;
  }
  const Token& first = doc.tokens[i];
  if (p.case_rule == kUpperOnly) {
    for (uint32_t k = 0; k < p.length; ++k) {
      const Token& t = doc.tokens[i + k];
      // Punctuation inside "U.S." style tokens is fine; words must be capitals.
      if (!t.has(kAllCaps) && std::isalpha(static_cast<unsigned char>(doc.text()[t.span.begin])) &&
          !(t.span.size() == 1 && std::isupper(static_cast<unsigned char>(doc.text()[t.span.begin]))))
        return false;
    }
  } else if (p.case_rule == kNameCase) {
    // The name's first word, after a kept "the" ("the West").
    const Token& name = (p.length > 1 && doc.tokens[i].span.size() == 3 &&
                         (doc.text().substr(first.span.begin, 3) == "the" ||
                          doc.text().substr(first.span.begin, 3) == "The"))
                            ? doc.tokens[i + 1]
                            : first;
    if (!name.has(kCapitalised) && !name.has(kAllCaps)) return false;
  }
  return true;
}

uint32_t PhraseMatcher::LongestAt(const Document& doc, uint32_t i, uint32_t end,
                                  std::vector<uint32_t>* payloads) const {
  uint32_t word = doc.tokens[i].word;
  if (word == 0) return 0;
  auto it = by_first_.find(word);
  if (it == by_first_.end()) return 0;
  uint32_t best = 0;
  for (uint32_t index : it->second) {
    const Phrase& p = phrases_[index];
    if (best != 0 && p.length < best) break;
    if (i + p.length > end) continue;
    if (!Matches(doc, i, p)) continue;
    best = p.length;
    payloads->push_back(p.payload);
  }
  return best;
}

}  // namespace tacitus
