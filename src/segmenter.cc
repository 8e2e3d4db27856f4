// Sentence segmentation: a single left-to-right scan that stops at full
// stops, question and exclamation marks, ellipses and line breaks, and asks
// a few questions before ending a sentence there (is the word before an
// abbreviation? does the next line continue in lower case?).
#include <cstring>

#include "tacitus/text_stages.h"
#include "text_util.h"

namespace tacitus {

bool IsValidUtf8(std::string_view text, size_t* bad_offset) {
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size();
  size_t i = 0;
  auto cont = [&](size_t k) { return k < n && (s[k] & 0xC0) == 0x80; };
  while (i < n) {
    // Fast path: eight ASCII bytes at a time.
    while (i + 8 <= n) {
      uint64_t v;
      std::memcpy(&v, s + i, 8);
      if (v & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = s[i];
    size_t len = 0;
    if (c < 0x80) {
      len = 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
      len = cont(i + 1) ? 2 : 0;
    } else if (c == 0xE0) {  // no overlongs
      len = i + 1 < n && s[i + 1] >= 0xA0 && s[i + 1] <= 0xBF && cont(i + 2) ? 3 : 0;
    } else if (c == 0xED) {  // no surrogates
      len = i + 1 < n && s[i + 1] >= 0x80 && s[i + 1] <= 0x9F && cont(i + 2) ? 3 : 0;
    } else if (c >= 0xE1 && c <= 0xEF) {
      len = cont(i + 1) && cont(i + 2) ? 3 : 0;
    } else if (c == 0xF0) {
      len = i + 1 < n && s[i + 1] >= 0x90 && s[i + 1] <= 0xBF && cont(i + 2) && cont(i + 3) ? 4 : 0;
    } else if (c >= 0xF1 && c <= 0xF3) {
      len = cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    } else if (c == 0xF4) {  // nothing above U+10FFFF
      len = i + 1 < n && s[i + 1] >= 0x80 && s[i + 1] <= 0x8F && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    if (len == 0) {
      if (bad_offset != nullptr) *bad_offset = i;
      return false;
    }
    i += len;
  }
  return true;
}

namespace {

using text::DecodeAt;
using text::IsLower;
using text::IsUpper;

bool IsEllipsisAt(std::string_view t, size_t i) {
  return i + 2 < t.size() && t[i] == '\xE2' && t[i + 1] == '\x80' && t[i + 2] == '\xA6';
}

// Length of the white space code point that starts at i, 0 if none.
size_t SpaceAt(std::string_view t, size_t i) {
  int len;
  uint32_t cp = DecodeAt(t, i, &len);
  return text::IsSpaceCp(cp) ? static_cast<size_t>(len) : 0;
}

// Length of the white space code point that ends at e, 0 if none.
size_t SpaceBefore(std::string_view t, size_t e) {
  size_t b = e - 1;
  while (b > 0 && e - b < 4 && (static_cast<unsigned char>(t[b]) & 0xC0) == 0x80) --b;
  return SpaceAt(t, b) == e - b ? e - b : 0;
}

size_t SkipSpace(std::string_view t, size_t i) {
  while (i < t.size()) {
    size_t len = SpaceAt(t, i);
    if (len == 0) break;
    i += len;
  }
  return i;
}

class Segmenter {
 public:
  explicit Segmenter(Document* doc) : doc_(doc), t_(doc->text()) {}

  void Run() {
    doc_->sentences.clear();
    size_t pos = 0;
    const std::string& title = doc_->article.title;
    if (!title.empty()) {
      // The reader joins title, "\n\n" and body; a title that itself holds
      // a blank line is still one sentence.
      size_t end =
          t_.substr(0, title.size() + 2) == title + "\n\n" ? title.size() : t_.find("\n\n");
      if (end == std::string_view::npos) end = t_.size();
      Add(0, end, /*title=*/true);
      pos = end;
    }
    pos = SkipDateline(SkipSpace(t_, pos));
    SplitBody(pos);
  }

 private:
  void Add(size_t b, size_t e, bool title = false) {
    b = SkipSpace(t_, b);
    while (e > b) {
      size_t len = SpaceBefore(t_, e);
      if (len == 0) break;
      e -= len;
    }
    if (e <= b) return;
    Sentence s;
    s.span = Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    s.is_title = title;
    doc_->sentences.push_back(s);
  }

  // Up to three title-case words from `pos` ("Indonesia", "New Mexico")
  // followed by a dash or an opening bracket, as a dateline's country or
  // state: where the words end, or `pos` if they are not that.
  size_t TitleCaseWords(size_t pos) const {
    size_t n = t_.size(), k = pos, end = pos;
    for (int words = 0; words < 3 && k < n && IsUpper(t_[k]); ++words) {
      size_t e = k + 1;
      while (e < n && text::IsAlpha(t_[e]) && !IsUpper(t_[e])) ++e;
      if (e == k + 1) return pos;
      end = e;
      if (e + 1 < n && t_[e] == ' ' && IsUpper(t_[e + 1])) {
        k = e + 1;
      } else {
        break;
      }
    }
    if (end == pos) return pos;
    size_t k2 = end;
    while (k2 < n && t_[k2] == ' ') ++k2;
    if (k2 >= n) return pos;
    int len = 0;
    uint32_t cp = DecodeAt(t_, k2, &len);
    bool dash = text::IsDashCp(cp) || (cp == '-' && k2 + 1 < n && (t_[k2 + 1] == '-' || t_[k2 + 1] == ' '));
    return dash || cp == '(' ? end : pos;
  }

  // "BEIJING—", "MOSCOW, March 3 (Reuters) - ", "WASHINGTON (AP) —",
  // "SAN FRANCISCO, Calif. -": returns where the story starts after the
  // dateline, or `pos` if there is none. The dateline's bytes stay in the
  // text, between the title and the first sentence, for later stages.
  size_t SkipDateline(size_t pos) {
    size_t n = t_.size(), k = pos;
    auto caps_word = [&](size_t* at) {
      size_t b = *at, e = b;
      int letters = 0;
      while (e < n && (IsUpper(t_[e]) || t_[e] == '.' || t_[e] == '\'' || t_[e] == '-')) {
        letters += IsUpper(t_[e]);
        ++e;
      }
      if (letters == 0 || (e < n && text::IsAlnum(t_[e]))) return false;
      if (t_[e - 1] == '-') --e;  // "BEIJING -" has its dash apart; "-" ends the word
      *at = e;
      return letters >= 2 || (e - b == 2 && t_[b + 1] == '.');
    };
    auto place = [&](size_t* at) {
      size_t k2 = *at;
      int words = 0;
      while (words < 4 && caps_word(&k2)) {
        ++words;
        *at = k2;
        if (k2 + 1 < n && t_[k2] == ' ' && IsUpper(t_[k2 + 1])) {
          ++k2;
        } else {
          break;
        }
      }
      return words > 0;
    };
    if (!place(&k)) return pos;
    for (int part = 0; part < 3 && k < n; ++part) {
      if (t_[k] == ',') {
        size_t k2 = k + 1;
        while (k2 < n && t_[k2] == ' ') ++k2;
        size_t e = k2;
        while (e < n && text::IsAlpha(t_[e])) ++e;
        if (place(&k2)) {
          k = k2;
        } else if (text::IsMonthName(t_.substr(k2, e - k2))) {
          k = e;
          if (k < n && t_[k] == '.') ++k;
          while (k < n && t_[k] == ' ') ++k;
          while (k < n && text::IsDigit(t_[k])) ++k;
        } else if (e > k2 && IsUpper(t_[k2]) && e < n && t_[e] == '.') {
          k = e + 1;  // "Calif."
        } else if (size_t after = TitleCaseWords(k2); after > k2) {
          k = after;  // "JAKARTA, Indonesia --", "NAJAF, Iraq (Reuters) -"
        } else {
          return pos;
        }
      } else if (t_[k] == '(' || (t_[k] == ' ' && k + 1 < n && t_[k + 1] == '(')) {
        size_t open = t_[k] == '(' ? k : k + 1;
        size_t close = t_.find(')', open);
        if (close == std::string_view::npos || close - open > 40 ||
            t_.substr(open, close - open).find('\n') != std::string_view::npos)
          return pos;
        k = close + 1;
      } else {
        break;
      }
    }
    while (k < n && t_[k] == ' ') ++k;
    int len = 0;
    uint32_t cp = k < n ? DecodeAt(t_, k, &len) : 0;
    if (text::IsDashCp(cp)) {
      k += len;
    } else if (cp == '-' && k + 1 < n && t_[k + 1] == '-') {
      k += 2;
    } else if (cp == '-' && k + 1 < n && t_[k + 1] == ' ') {
      k += 1;
    } else {
      return pos;
    }
    k = SkipSpace(t_, k);
    return k < n ? k : pos;
  }

  void SplitBody(size_t pos) {
    size_t n = t_.size(), start = pos, i = pos;
    while (i < n) {
      char c = t_[i];
      if (c == '\n') {
        size_t next = SkipSpace(t_, i + 1);
        bool blank =
            next >= n || t_.substr(i + 1, next - i - 1).find('\n') != std::string_view::npos;
        // A line without final punctuation (a headline, a section title, a
        // table row) ends its sentence unless the next line carries on in
        // lower case (hard-wrapped text).
        if (blank || !IsLower(t_[next])) {
          Add(start, i);
          start = i + 1;
        }
        i = next;
        continue;
      }
      if (c == '.' || c == '?' || c == '!' || IsEllipsisAt(t_, i)) {
        size_t end = EndOfTerminator(i);
        if (end >= n || SpaceAt(t_, end) != 0) {
          if (IsBoundary(start, i, end)) {
            Add(start, end);
            start = end;
          }
        }
        i = end;
        continue;
      }
      ++i;
    }
    Add(start, n);
  }

  // The terminator run at i with the quotes and brackets that close after it.
  size_t EndOfTerminator(size_t i) const {
    size_t n = t_.size();
    while (i < n) {
      if (t_[i] == '.' || t_[i] == '?' || t_[i] == '!') {
        ++i;
      } else if (IsEllipsisAt(t_, i)) {
        i += 3;
      } else {
        break;
      }
    }
    while (i < n) {
      int len;
      uint32_t cp = DecodeAt(t_, i, &len);
      if (!text::IsClosingCp(cp)) break;
      i += len;
    }
    return i;
  }

  // Does the sentence end after the terminator at [i, end)?
  bool IsBoundary(size_t start, size_t i, size_t end) const {
    size_t n = t_.size();
    size_t next = SkipSpace(t_, end);
    if (next >= n) return true;
    if (t_.substr(end, next - end).find('\n') != std::string_view::npos) return true;
    char nc = t_[next];
    if (IsLower(nc)) return false;  // "etc. and", "“Why?” he asked"
    if (t_[i] != '.' || (i + 1 < n && t_[i + 1] == '.')) return true;  // ? ! ... …
    // A full stop: look at the word before it.
    size_t b = i;
    while (b > start && SpaceBefore(t_, b) == 0) --b;
    while (b < i && !text::IsAlnum(t_[b])) ++b;  // opening brackets and quotes
    switch (text::ClassifyAbbrev(t_.substr(b, i - b))) {
      case text::Abbrev::kNone:
        return true;
      case text::Abbrev::kTitle:
        return false;
      case text::Abbrev::kNumeric:
        if (text::IsDigit(nc)) return false;
        [[fallthrough]];
      case text::Abbrev::kEndable: {
        size_t e = next;
        while (e < n && text::IsAlpha(t_[e])) ++e;
        if (e == next) return !text::IsDigit(nc);  // a quote or bracket opens
        return text::IsSentenceStarter(t_.substr(next, e - next));
      }
    }
    return true;
  }

  Document* doc_;
  std::string_view t_;
};

}  // namespace

void SegmentSentences(Document* doc) { Segmenter(doc).Run(); }

}  // namespace tacitus
