// Aligned text columns for people reading events in a terminal.
#include <string>

#include "tacitus/writer.h"
#include "writer_internal.h"

namespace tacitus {
namespace {

constexpr size_t kSentenceChars = 80;

struct ColumnSpec {
  const char* name;
  size_t width;
};
constexpr ColumnSpec kColumns[] = {
    {"date", 10}, {"source", 12}, {"cameo", 5}, {"target", 12}, {"plover", 9}, {"flags", 5},
};

// Appends `s` padded to `width` and a two-space gutter; a longer value pushes
// the rest of the row right rather than being cut (codes must stay whole).
void Cell(std::string* out, std::string_view s, size_t width) {
  out->append(s);
  if (s.size() < width) out->append(width - s.size(), ' ');
  out->append("  ");
}

// At most `max_chars` code points of `s` on one line; a cut ends in "…".
std::string Truncate(std::string_view s, size_t max_chars) {
  std::string line = OneLine(s);
  size_t chars = 0, cut = line.size();
  for (size_t i = 0; i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;  // continuation byte
    if (chars == max_chars - 1) cut = i;
    if (++chars > max_chars) {
      line.resize(cut);
      line += "\xE2\x80\xA6";  // …
      break;
    }
  }
  return line;
}

}  // namespace

std::string TableHeader() {
  std::string out;
  for (const ColumnSpec& c : kColumns) Cell(&out, c.name, c.width);
  out += "sentence\n";
  return out;
}

void WriteTable(const Document& doc, const WriteOptions& options, std::string* out) {
  for (const Event& e : doc.events) {
    if (!Selected(e, options)) continue;
    auto or_dash = [](std::string_view s) { return s.empty() ? std::string_view("-") : s; };
    std::string date = e.date.valid() ? e.date.ToIso() : "-";
    Cell(out, date, kColumns[0].width);
    Cell(out, or_dash(e.source.code), kColumns[1].width);
    Cell(out, or_dash(e.cameo), kColumns[2].width);
    Cell(out, or_dash(e.target.code), kColumns[3].width);
    Cell(out, or_dash(e.plover), kColumns[4].width);
    Cell(out, FlagLetters(e), kColumns[5].width);
    out->append(Truncate(SentenceText(doc, e), kSentenceChars));
    out->push_back('\n');
  }
}

}  // namespace tacitus
