#include "event_dictionary.h"

#include <algorithm>
#include <iterator>
#include <cctype>

#include "phrase_matcher.h"
#include "tsv.h"

namespace tacitus {

namespace {

bool IsCameoCode(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// Splits a pattern on spaces, keeping "{T}", "*" and "word?" as items.
std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace

Status EventDictionary::LoadCameo(const std::string& path, Diagnostics* diagnostics) {
  TsvFile file;
  Status s = file.Open(path, {"code", "name", "quad_class", "goldstein", "plover", "plover_mode",
                              "plover_context"}, diagnostics);
  if (!s.ok()) return s;
  TsvRow row;
  while (file.Next(&row)) {
    CameoCode c;
    c.code = row[0];
    c.name = row[1];
    if (!IsCameoCode(c.code)) {
      file.Reject(row, "not a CAMEO code: '" + c.code + "'");
      continue;
    }
    try {
      c.quad_class = std::stoi(std::string(row[2]));
      c.goldstein = std::stod(std::string(row[3]));
    } catch (...) {
      file.Reject(row, "quad_class and goldstein must be numbers");
      continue;
    }
    if (c.quad_class < 1 || c.quad_class > 4 || c.goldstein < -10 || c.goldstein > 10) {
      file.Reject(row, "quad_class must be 1-4 and goldstein -10..10");
      continue;
    }
    c.plover = row[4];
    c.plover_mode = row[5];
    c.plover_context = row[6];
    cameo_[c.code] = c;
  }
  return Status::OK();
}

Status EventDictionary::LoadPatterns(const std::string& path, bool noun, Lexicon* lexicon,
                                     Diagnostics* diagnostics) {
  TsvFile file;
  Status s = file.Open(path, {"code", "pattern"}, diagnostics);
  if (!s.ok()) return s;
  TsvRow row;
  while (file.Next(&row)) {
    Pattern p;
    p.noun = noun;
    p.text = row[1];
    p.origin = row.origin;
    std::string_view code = row[0];
    if (!code.empty() && code[0] == '<') {
      p.reversed = true;
      code.remove_prefix(1);
    }
    size_t colon = code.find(':');
    p.code = code.substr(0, colon);
    if (colon != std::string_view::npos) p.mirror_code = code.substr(colon + 1);
    if (!Cameo(p.code) || (!p.mirror_code.empty() && !Cameo(p.mirror_code))) {
      file.Reject(row, "unknown CAMEO code '" + std::string(code) + "'");
      continue;
    }
    std::vector<std::string_view> words = SplitWords(row[1]);
    if (words.empty() || words[0] == "{T}" || words[0] == "*") {
      file.Reject(row, "a pattern starts with its head word");
      continue;
    }
    std::string head = Lower(words[0]);
    uint32_t head_word = lexicon->Intern(head);
    uint32_t lemma = noun ? lexicon->NounLemma(head) : lexicon->VerbLemma(head);
    p.head = lemma ? lemma : head_word;
    bool bad = false;
    for (size_t i = 1; i < words.size() && !bad; ++i) {
      PatternElement e;
      std::string_view w = words[i];
      if (w == "{T}") {
        if (p.has_target) {
          file.Reject(row, "more than one {T}");
          bad = true;
        }
        e.kind = PatternElement::kTarget;
        p.has_target = true;
      } else if (w == "*") {
        e.kind = PatternElement::kSkip;
      } else {
        if (w.size() > 1 && w.back() == '?') {
          e.optional = true;
          w.remove_suffix(1);
        }
        if (w.find('{') != std::string_view::npos || w.find('}') != std::string_view::npos) {
          file.Reject(row, "unknown slot '" + std::string(w) + "' (only {T})");
          bad = true;
        }
        std::vector<uint32_t> ids = CompilePhrase(w, lexicon);
        // A written word may tokenize into several tokens ("'s"); each
        // becomes its own element.
        for (size_t k = 0; k < ids.size(); ++k) {
          PatternElement we;
          we.kind = PatternElement::kWord;
          we.optional = e.optional;
          std::string form(lexicon->Spelling(ids[k]));
          we.ids[0] = ids[k];
          we.ids[1] = lexicon->VerbLemma(form);
          we.ids[2] = lexicon->NounLemma(form);
          p.elements.push_back(we);
        }
        continue;
      }
      p.elements.push_back(e);
    }
    if (bad) continue;
    patterns_.push_back(std::move(p));
  }
  return Status::OK();
}

Status EventDictionary::Load(const std::string& data_dir, Lexicon* lexicon,
                             Diagnostics* diagnostics) {
  Status s = LoadCameo(data_dir + "/cameo.tsv", diagnostics);
  if (!s.ok()) return s;
  s = LoadPatterns(data_dir + "/verb_patterns.tsv", false, lexicon, diagnostics);
  if (!s.ok()) return s;
  s = LoadPatterns(data_dir + "/noun_patterns.tsv", true, lexicon, diagnostics);
  if (!s.ok()) return s;
  Finalize();
  return Status::OK();
}

void EventDictionary::Finalize() {
  verb_index_.clear();
  noun_index_.clear();
  for (uint32_t i = 0; i < patterns_.size(); ++i) {
    auto& index = patterns_[i].noun ? noun_index_ : verb_index_;
    index[patterns_[i].head].push_back(i);
  }
  // Most specific first: more required words beat fewer.
  auto weight = [this](uint32_t i) {
    int w = 0;
    for (const auto& e : patterns_[i].elements)
      if (e.kind == PatternElement::kWord && !e.optional) w += 2;
      else if (e.kind == PatternElement::kTarget) w += 1;
    for (const auto& e : patterns_[i].before) w += e.kind == PatternElement::kWord ? 2 : 0;
    return w;
  };
  for (auto* index : {&verb_index_, &noun_index_})
    for (auto& [head, list] : *index)
      std::stable_sort(list.begin(), list.end(),
                       [&](uint32_t a, uint32_t b) { return weight(a) > weight(b); });
  signatures_.assign(patterns_.size(), PatternSignature());
  for (size_t i = 0; i < patterns_.size(); ++i) {
    PatternSignature& sig = signatures_[i];
    for (const PatternElement& e : patterns_[i].elements) {
      if (e.kind != PatternElement::kWord || e.optional || sig.words == 2) continue;
      for (int k = 0; k < 3; ++k) sig.bits[sig.words][k] = static_cast<uint8_t>(WordBit(e.ids[k] ? e.ids[k] : e.ids[0]));
      ++sig.words;
    }
  }
  rank_.assign(patterns_.size(), 0);
  verb_heads_.clear();
  noun_heads_.clear();
  for (int noun = 0; noun < 2; ++noun) {
    auto& index = noun ? noun_index_ : verb_index_;
    auto& heads = noun ? noun_heads_ : verb_heads_;
    for (auto& [head, list] : index) {
      HeadIndex& h = heads[head];
      for (uint32_t r = 0; r < list.size(); ++r) {
        uint32_t i = list[r];
        rank_[i] = r;
        const auto& elements = patterns_[i].elements;
        if (elements.empty() || elements[0].kind != PatternElement::kWord || elements[0].optional) {
          h.open.push_back(i);
          continue;
        }
        // Keyed by each form the first word may take; a pattern is listed
        // once per distinct id.
        const uint32_t* ids = elements[0].ids;
        for (int k = 0; k < 3; ++k) {
          if (ids[k] == 0 || (k > 0 && ids[k] == ids[0]) || (k > 1 && ids[k] == ids[1])) continue;
          h.by_first_word[ids[k]].push_back(i);
        }
      }
    }
  }
}

void EventDictionary::Candidates(uint32_t lemma, bool noun, uint32_t next_word,
                                 uint32_t next_lemma, std::vector<uint32_t>* out) const {
  out->clear();
  const auto& heads = noun ? noun_heads_ : verb_heads_;
  auto it = heads.find(lemma);
  if (it == heads.end()) return;
  const HeadIndex& h = it->second;
  // Every list is in rank order, so merging keeps the most specific first.
  static const std::vector<uint32_t> kNone;
  auto list_for = [&](uint32_t key) -> const std::vector<uint32_t>& {
    if (key == 0) return kNone;
    auto w = h.by_first_word.find(key);
    return w == h.by_first_word.end() ? kNone : w->second;
  };
  const std::vector<uint32_t>& by_word = list_for(next_word);
  const std::vector<uint32_t>& by_lemma = next_lemma != next_word ? list_for(next_lemma) : kNone;
  auto by_rank = [this](uint32_t a, uint32_t b) { return rank_[a] < rank_[b]; };
  if (by_word.empty() && by_lemma.empty()) {
    *out = h.open;
    return;
  }
  std::vector<uint32_t> keyed;
  std::merge(by_word.begin(), by_word.end(), by_lemma.begin(), by_lemma.end(), std::back_inserter(keyed), by_rank);
  keyed.erase(std::unique(keyed.begin(), keyed.end()), keyed.end());
  out->reserve(h.open.size() + keyed.size());
  std::merge(h.open.begin(), h.open.end(), keyed.begin(), keyed.end(), std::back_inserter(*out), by_rank);
}

const CameoCode* EventDictionary::Cameo(const std::string& code) const {
  auto it = cameo_.find(code);
  return it == cameo_.end() ? nullptr : &it->second;
}

const std::vector<uint32_t>* EventDictionary::VerbPatterns(uint32_t lemma) const {
  auto it = verb_index_.find(lemma);
  return it == verb_index_.end() ? nullptr : &it->second;
}

const std::vector<uint32_t>* EventDictionary::NounPatterns(uint32_t lemma) const {
  auto it = noun_index_.find(lemma);
  return it == noun_index_.end() ? nullptr : &it->second;
}

}  // namespace tacitus
