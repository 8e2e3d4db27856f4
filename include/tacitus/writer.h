// Output formats for coded events. Each function appends the records of one
// document to *out, so that documents coded in parallel can be written in
// input order by the caller.
#ifndef TACITUS_WRITER_H_
#define TACITUS_WRITER_H_

#include <string>
#include <string_view>

#include "tacitus/document.h"

namespace tacitus {

enum class OutputFormat { kJsonl, kGdelt, kTable, kPlover };

// Parses "jsonl", "gdelt", "table", "plover". False if unknown.
bool ParseOutputFormat(std::string_view name, OutputFormat* format);

struct WriteOptions {
  bool include_unrealised = false;  // --all: negated and hypothetical events too
};

// One JSON object per event per line (see README, "Output").
void WriteJsonl(const Document& doc, const WriteOptions& options, std::string* out);
// GDELT 2.0 event export: 61 tab-separated columns, no header.
void WriteGdelt(const Document& doc, const WriteOptions& options, std::string* out);
// PLOVER/POLECAT-style JSON Lines.
void WritePlover(const Document& doc, const WriteOptions& options, std::string* out);
// Aligned text columns for people; the header is written by TableHeader().
void WriteTable(const Document& doc, const WriteOptions& options, std::string* out);
std::string TableHeader();

void WriteEvents(OutputFormat format, const Document& doc, const WriteOptions& options,
                 std::string* out);

// A stable 63-bit event id: the same article id, sentence, trigger and
// actors always give the same number (GDELT GLOBALEVENTID).
uint64_t StableEventId(const Document& doc, const Event& event);

// Human-readable account of every stage for one document (tacitus explain).
std::string ExplainDocument(const Document& doc);

}  // namespace tacitus

#endif  // TACITUS_WRITER_H_
