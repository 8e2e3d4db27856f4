// JSON output helpers for the writers: string escaping and a tiny streaming
// writer that keeps commas right, so every record is valid JSON by
// construction and keys come out in the order the code writes them.
#ifndef TACITUS_SRC_JSON_ESCAPE_H_
#define TACITUS_SRC_JSON_ESCAPE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tacitus {

// Length (2-4) of the well-formed multi-byte UTF-8 sequence at s[i], or 0 if
// s[i] does not start one (bad lead byte, overlong form, surrogate, beyond
// U+10FFFF, truncated). ASCII bytes also give 0: callers test c < 0x80 first.
size_t Utf8SequenceLength(std::string_view s, size_t i);

// Appends `s` as a quoted JSON string. Control characters are escaped; bytes
// that are not valid UTF-8 (which the reader never lets through, but a span
// cut in the middle of a character could produce) become U+FFFD, so the
// output stays valid whatever the input.
void AppendJsonString(std::string* out, std::string_view s);

class JsonOut {
 public:
  explicit JsonOut(std::string* out) : out_(out) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  // The next value belongs to this key (inside an object).
  void Key(std::string_view key);

  void String(std::string_view s);
  void Int(int64_t v);
  void Uint(uint64_t v);
  void Double(double v);  // shortest round-trip form; null if not finite
  void Bool(bool v);
  void Null();

  // Key and value in one call, for the common case.
  void Field(std::string_view key, std::string_view s) { Key(key); String(s); }
  void Field(std::string_view key, const char* s) { Key(key); String(s); }
  void Field(std::string_view key, bool v) { Key(key); Bool(v); }
  void Field(std::string_view key, int v) { Key(key); Int(v); }
  void Field(std::string_view key, double v) { Key(key); Double(v); }

 private:
  void BeforeValue();
  void Open(char c);
  void Close(char c);
  std::string* out_;
  // One entry per open container: true once it holds an element.
  std::vector<bool> has_element_;
  bool after_key_ = false;
};

}  // namespace tacitus

#endif  // TACITUS_SRC_JSON_ESCAPE_H_
