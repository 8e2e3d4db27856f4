// Byte and code point helpers shared by the segmenter, the tokenizer and the
// tagger, and the abbreviation lists that keep a full stop inside a sentence.
// Everything here is a pure function of its arguments: no tables to load, no
// allocation, safe from any thread.
#ifndef TACITUS_SRC_TEXT_UTIL_H_
#define TACITUS_SRC_TEXT_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace tacitus {
namespace text {

constexpr bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool IsDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool IsAlpha(char c) { return IsUpper(c) || IsLower(c); }
constexpr bool IsAlnum(char c) { return IsAlpha(c) || IsDigit(c); }
constexpr char ToLower(char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// Decodes the code point that starts at text[i] and stores its length in
// *len. The text is valid UTF-8 (readers check); a stray continuation byte
// still decodes, as U+FFFD of length 1, so that callers always advance.
inline uint32_t DecodeAt(std::string_view text, size_t i, int* len) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (n == 0 || i + n > text.size()) {
    *len = 1;
    return 0xFFFD;
  }
  uint32_t cp = c & (0x7F >> n);
  for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  *len = n;
  return cp;
}

// White space, including the no-break and typographic spaces of web text.
inline bool IsSpaceCp(uint32_t cp) {
  if (cp < 0x80) return IsAsciiSpace(static_cast<char>(cp));
  return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

// Non-ASCII punctuation: quotes, dashes, ellipsis, bullets, guillemets. Any
// other non-ASCII code point counts as a letter (é, ñ, ş, Chinese...).
inline bool IsPunctCp(uint32_t cp) {
  if (cp < 0x80) return !IsAlnum(static_cast<char>(cp)) && !IsAsciiSpace(static_cast<char>(cp));
  return (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E) || cp == 0xAB ||
         cp == 0xBB || cp == 0xA1 || cp == 0xBF || cp == 0xB7 || cp == 0xA7 || cp == 0xB6 ||
         cp == 0xA9 || cp == 0xAE || cp == 0x2122 || (cp >= 0x3001 && cp <= 0x3003) ||
         (cp >= 0x3008 && cp <= 0x3011);
}

inline bool IsDashCp(uint32_t cp) { return cp == 0x2013 || cp == 0x2014 || cp == 0x2015; }
// Quotes that close (after a full stop they still belong to the sentence).
inline bool IsClosingCp(uint32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x2019 || cp == 0x201D ||
         cp == 0xBB || cp == 0x203A;
}

// Upper-case letters: ASCII, Latin-1, Greek and Cyrillic capitals. Enough
// to see that "Érdogan" or "Ögedei" are capitalised.
inline bool IsUpperCp(uint32_t cp) {
  if (cp < 0x80) return IsUpper(static_cast<char>(cp));
  return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3A9) ||
         (cp >= 0x410 && cp <= 0x42F) || (cp >= 0x100 && cp <= 0x17F && cp % 2 == 0);
}

// How a word written before a full stop ("Gen", "U.S", "Inc") treats it.
enum class Abbrev : uint8_t {
  kNone,     // an ordinary word: the full stop ends the sentence
  kTitle,    // Mr. Dr. Gen. Sen.: a name follows, never a sentence end
  kNumeric,  // No. Vol. Art.: no end before a number, else like kEndable
  kEndable,  // U.S. Inc. Jan. etc.: ends a sentence only before a likely
             // sentence starter ("... in the U.S. The ...")
};

// `word` is the text before the full stop, without it, as written.
// Letter-dot patterns ("U.S", "e.g", "a.m", "N.Z") and single capital
// letters (initials: "W") are kEndable.
Abbrev ClassifyAbbrev(std::string_view word);

// Capitalised words that often open a sentence: "The", "He", "But", "In"...
// Used to decide whether "U.S." or an initial ends the sentence before them.
bool IsSentenceStarter(std::string_view word);

// Three-letter and longer month names and their abbreviations, any case of
// the first letter: "March", "Sept", "Dec".
bool IsMonthName(std::string_view word);

}  // namespace text
}  // namespace tacitus

#endif  // TACITUS_SRC_TEXT_UTIL_H_
