// What all output formats share: format names, dispatch, event ids.
#include "tacitus/writer.h"

#include "writer_internal.h"

namespace tacitus {

bool ParseOutputFormat(std::string_view name, OutputFormat* format) {
  if (name == "jsonl" || name == "json") {
    *format = OutputFormat::kJsonl;
  } else if (name == "gdelt") {
    *format = OutputFormat::kGdelt;
  } else if (name == "table") {
    *format = OutputFormat::kTable;
  } else if (name == "plover") {
    *format = OutputFormat::kPlover;
  } else {
    return false;
  }
  return true;
}

void WriteEvents(OutputFormat format, const Document& doc, const WriteOptions& options,
                 std::string* out) {
  switch (format) {
    case OutputFormat::kJsonl: WriteJsonl(doc, options, out); return;
    case OutputFormat::kGdelt: WriteGdelt(doc, options, out); return;
    case OutputFormat::kTable: WriteTable(doc, options, out); return;
    case OutputFormat::kPlover: WritePlover(doc, options, out); return;
  }
}

namespace {

// FNV-1a over the fields, each followed by a 0xFF byte (which never occurs in
// UTF-8) so that ("ab","c") and ("a","bc") differ.
class Hasher {
 public:
  void Add(std::string_view s) {
    for (char c : s) Byte(static_cast<unsigned char>(c));
    Byte(0xFF);
  }
  void Add(uint64_t v) {
    for (int i = 0; i < 8; ++i) Byte(static_cast<unsigned char>(v >> (8 * i)));
    Byte(0xFF);
  }
  // FNV's low bits are weak; a final avalanche spreads every input bit.
  uint64_t Finish() const {
    uint64_t z = h_;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

 private:
  void Byte(unsigned char b) {
    h_ ^= b;
    h_ *= 0x100000001b3ULL;
  }
  uint64_t h_ = 0xcbf29ce484222325ULL;
};

}  // namespace

uint64_t StableEventId(const Document& doc, const Event& event) {
  Hasher h;
  h.Add(doc.article.id);
  h.Add(event.sentence);
  h.Add((uint64_t{event.trigger.begin} << 32) | event.trigger.end);
  h.Add(event.source.code);
  h.Add((uint64_t{event.source.span.begin} << 32) | event.source.span.end);
  h.Add(event.target.code);
  h.Add((uint64_t{event.target.span.begin} << 32) | event.target.span.end);
  // The code too: one trigger can carry two events between the same actors.
  h.Add(event.cameo);
  uint64_t id = h.Finish() & 0x7FFFFFFFFFFFFFFFULL;  // 63 bits: fits a signed BIGINT
  return id == 0 ? 1 : id;
}

std::string_view MentionText(const Document& doc, const ActorMention& m) {
  if (m.first_token >= m.end_token || m.end_token > doc.tokens.size()) return {};
  Span s{doc.tokens[m.first_token].span.begin, doc.tokens[m.end_token - 1].span.end};
  return SafeSlice(doc, s);
}

std::string FlagLetters(const Event& e) {
  std::string f;
  if (e.negated) f += 'N';
  if (e.hypothetical) f += 'H';
  if (e.historical) f += 'P';
  if (e.reported) f += 'R';
  if (e.mirrored) f += 'M';
  if (e.sports) f += 'S';
  return f.empty() ? std::string("-") : f;
}

std::string OneLine(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  }
  return out;
}

}  // namespace tacitus
