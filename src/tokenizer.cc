// Tokenization: words, numbers and punctuation marks within each sentence,
// with the clitics that the tagger wants apart ("'s", "n't", "'re") split
// off, and the dotted, hyphenated and numeric forms that must stay whole
// ("U.S.", "Jong-un", "1.5", "9/11", "$3bn") kept together.
#include <string>

#include "tacitus/text_stages.h"
#include "text_util.h"

namespace tacitus {
namespace {

using text::DecodeAt;
using text::IsAlnum;
using text::IsAlpha;
using text::IsDigit;

constexpr uint32_t kRightSingleQuote = 0x2019;
constexpr uint32_t kLeftDoubleQuote = 0x201C;
constexpr uint32_t kRightDoubleQuote = 0x201D;

// ASCII bytes that belong to words: letters and digits.
struct AsciiTable {
  bool v[128] = {};
  constexpr AsciiTable() {
    for (int c = 0; c < 128; ++c) v[c] = text::IsAlnum(static_cast<char>(c));
  }
  bool operator[](unsigned char c) const { return v[c]; }
};
constexpr AsciiTable kAsciiWord{};

class Tokenizer {
 public:
  Tokenizer(const Lexicon& lexicon, Document* doc) : lex_(lexicon), doc_(doc), t_(doc->text()) {}

  void Run() {
    doc_->tokens.clear();
    doc_->tokens.reserve(t_.size() / 5 + 16);
    bool in_quote = false;
    uint32_t prev_end = 0;
    for (Sentence& s : doc_->sentences) {
      // Quotation marks pair within a paragraph; a new line resets them so
      // that one stray mark cannot put the rest of the article in quotes.
      if (t_.substr(prev_end, s.span.begin - prev_end).find('\n') != std::string_view::npos) {
        in_quote = false;
      }
      s.first_token = static_cast<uint32_t>(doc_->tokens.size());
      TokenizeSentence(s.span.begin, s.span.end, &in_quote);
      s.end_token = static_cast<uint32_t>(doc_->tokens.size());
      prev_end = s.span.end;
    }
  }

 private:
  // A byte that belongs to a word: ASCII letters and digits, and any
  // non-ASCII code point that is not punctuation or space.
  bool IsWordAt(size_t i, size_t end) const {
    if (i >= end) return false;
    unsigned char c = static_cast<unsigned char>(t_[i]);
    if (c < 0x80) return kAsciiWord[c];
    int len;
    uint32_t cp = DecodeAt(t_, i, &len);
    return !text::IsPunctCp(cp) && !text::IsSpaceCp(cp);
  }

  // Apostrophe (' or ’) at i: its length in bytes, 0 if none.
  size_t ApostropheAt(size_t i, size_t end) const {
    if (i >= end) return 0;
    if (t_[i] == '\'') return 1;
    if (i + 2 < end && t_[i] == '\xE2' && t_[i + 1] == '\x80' && t_[i + 2] == '\x99') return 3;
    return 0;
  }

  // Length of a clitic starting with an apostrophe at i ("'s", "’re"), 0 if
  // none. It must end the word.
  size_t CliticAt(size_t i, size_t end) const {
    size_t a = ApostropheAt(i, end);
    if (a == 0) return 0;
    static constexpr std::string_view kClitics[] = {"s", "re", "ve", "ll", "d", "m"};
    for (std::string_view c : kClitics) {
      size_t k = i + a;
      size_t m = 0;
      while (m < c.size() && k + m < end && text::ToLower(t_[k + m]) == c[m]) ++m;
      if (m == c.size() && !IsWordAt(k + m, end)) return a + m;
    }
    return 0;
  }

  // "n't" / "n’t" at i that ends the word: its length, else 0.
  size_t NegationAt(size_t i, size_t end) const {
    if (i >= end || (t_[i] != 'n' && t_[i] != 'N')) return 0;
    size_t a = ApostropheAt(i + 1, end);
    if (a == 0) return 0;
    size_t k = i + 1 + a;
    if (k < end && (t_[k] == 't' || t_[k] == 'T') && !IsWordAt(k + 1, end)) return k + 1 - i;
    return 0;
  }

  // Scans a word from b; returns its end.
  size_t ScanWord(size_t b, size_t end) const {
    size_t i = b;
    while (i < end) {
      unsigned char u = static_cast<unsigned char>(t_[i]);
      if (u < 0x80 && kAsciiWord[u]) {  // the common case, byte by byte
        if ((u == 'n' || u == 'N') && i > b && NegationAt(i, end) != 0) return i;  // "did|n't"
        ++i;
        continue;
      }
      if (u >= 0x80 && IsWordAt(i, end)) {
        int len;
        DecodeAt(t_, i, &len);
        i += len;
        continue;
      }
      char c = t_[i];
      char prev = t_[i - 1];
      bool next_word = IsWordAt(i + 1, end);
      if (size_t a = ApostropheAt(i, end)) {
        if (CliticAt(i, end) != 0) return i;         // "Moscow|’s", "they|'re"
        if (IsAlpha(t_[i + a < end ? i + a : i])) {  // "O'Brien", "d’Ivoire"
          i += a;
          continue;
        }
        return i;  // "farmers|'"
      }
      if ((c == '-' || c == '&') && next_word && IsAlnum(prev)) {
        ++i;  // "Jong-un", "10-member", "AT&T"
        continue;
      }
      if (c == '.' && next_word && IsAlnum(prev)) {
        ++i;  // "1.5", "U.S", "reuters.com"
        continue;
      }
      if ((c == '/' || c == ':') && IsDigit(prev) && i + 1 < end && IsDigit(t_[i + 1])) {
        ++i;  // "9/11", "10:30"
        continue;
      }
      if (c == ',' && IsDigit(prev) && i + 3 < end + 1 && IsDigit(t_[i + 1]) && i + 3 < end &&
          IsDigit(t_[i + 2]) && IsDigit(t_[i + 3]) && !IsWordAt(i + 4, end)) {
        i += 4;  // "155,221"
        continue;
      }
      if (c == '%' && IsDigit(prev)) return i + 1;  // "5%"
      if (c == '.') return FinalDot(b, i, end) ? i + 1 : i;
      return i;
    }
    return i;
  }

  // Does the full stop at `dot` belong to the word [b, dot)? Yes for
  // abbreviations ("U.S.", "Gen.", "Inc."), and for initials ("W.") that do
  // not end the sentence.
  bool FinalDot(size_t b, size_t dot, size_t end) const {
    if (dot + 1 < end && t_[dot + 1] == '.') return false;  // "..."
    std::string_view w = t_.substr(b, dot - b);
    text::Abbrev kind = text::ClassifyAbbrev(w);
    if (kind == text::Abbrev::kNone) return false;
    if (w.size() == 1 && text::IsUpper(w[0])) return dot + 1 < end;
    return true;
  }

  void TokenizeSentence(size_t b, size_t end, bool* in_quote) {
    size_t i = b;
    bool first_word = true;
    size_t prev_end = std::string::npos;
    while (i < end) {
      int len;
      uint32_t cp = DecodeAt(t_, i, &len);
      // An underscore between letters joins the words of a name the way
      // the peers write them ("Dol_Amroth"): a space, not a token.
      if (text::IsSpaceCp(cp) || (cp == '_' && prev_end == i && i + 1 < end && IsWordAt(i + 1, end))) {
        i += len;
        continue;
      }
      size_t e;
      bool adjacent = prev_end == i;
      // Some wires space their clitics off ("Israel 's opposition"): a
      // clitic one space after a word still belongs to it, not a quote.
      bool spaced = prev_end != std::string::npos && prev_end > b && prev_end + 1 == i && t_[prev_end] == ' ' &&
                    IsAlnum(t_[prev_end - 1]);
      bool is_word = true;
      if (size_t neg = adjacent ? NegationAt(i, end) : 0) {
        e = i + neg;
      } else if (size_t cl = adjacent || spaced ? CliticAt(i, end) : 0) {
        e = i + cl;
      } else if (IsWordAt(i, end)) {
        e = ScanWord(i, end);
        if (e - i == 6 && Lower(i, e) == "cannot") e = i + 3;  // "can" "not"
      } else if ((cp == '$' || cp == 0xA3 || cp == 0x20AC || cp == 0xA5) && i + len < end &&
                 IsDigit(t_[i + len])) {
        e = ScanWord(i + len, end);  // "$3bn", "€20"
      } else if (cp == '\'' && i + 2 < end && IsDigit(t_[i + 1]) && IsDigit(t_[i + 2])) {
        e = ScanWord(i + 1, end);  // "'90s"
      } else {
        is_word = false;
        e = i + len;
        if (cp == '.' || cp == '-') {  // "...", "--"
          while (e < end && t_[e] == static_cast<char>(cp)) ++e;
        }
      }
      // Quotation state: curly quotes say which way they go, a straight one
      // toggles. The marks themselves are not "in" the quote.
      bool closes_quote = false;
      if (!is_word) {
        if (cp == kLeftDoubleQuote) {
          *in_quote = true;
        } else if (cp == kRightDoubleQuote) {
          closes_quote = true;
        } else if (cp == '"') {
          if (*in_quote)
            closes_quote = true;
          else
            *in_quote = true;
        }
      }
      AddToken(i, e, is_word, first_word, *in_quote);
      if (closes_quote) *in_quote = false;
      if (is_word) first_word = false;
      prev_end = e;
      i = e;
    }
  }

  std::string_view Lower(size_t b, size_t e) {
    size_t n = e - b;
    char* out = n <= sizeof(buf_) ? buf_ : (heap_.resize(n), heap_.data());
    for (size_t k = 0; k < n; ++k) out[k] = text::ToLower(t_[b + k]);
    return std::string_view(out, n);
  }

  void AddToken(size_t b, size_t e, bool is_word, bool first_word, bool in_quote) {
    Token tok;
    tok.span = Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    tok.word = lex_.Find(Lower(b, e));
    uint8_t flags = 0;
    if (is_word) {
      int letters = 0, upper = 0;
      bool digit = false;
      for (size_t k = b; k < e; ++k) {
        char c = t_[k];
        if (IsAlpha(c)) {
          ++letters;
          upper += text::IsUpper(c);
        } else if (IsDigit(c)) {
          digit = true;
        }
      }
      int len;
      if (text::IsUpperCp(DecodeAt(t_, b, &len))) flags |= kCapitalised;
      if (letters >= 2 && upper == letters) flags |= kAllCaps;
      if (digit) flags |= kHasDigit;
      if (first_word) flags |= kSentenceInitial;
      if (in_quote) flags |= kInQuote;
    }
    tok.flags = flags;
    doc_->tokens.push_back(tok);
  }

  const Lexicon& lex_;
  Document* doc_;
  std::string_view t_;
  char buf_[64];
  std::string heap_;
};

}  // namespace

void Tokenize(const Lexicon& lexicon, Document* doc) { Tokenizer(lexicon, doc).Run(); }

}  // namespace tacitus
