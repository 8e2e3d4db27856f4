// ArticleReader: turns input paths into Articles.
//
// Inputs: JSON Lines files (one article object per line: "id", "date",
// "source", "url", "title", "text"; other fields ignored), plain text files
// (one article per file, id = path), folders of either (recursively, sorted
// by name, files ending .jsonl/.json/.ndjson read as JSON Lines, .txt and
// files without extension as text, hidden files skipped), and "-" for
// standard input (JSON Lines if its first non-blank byte is '{', else one
// text article; blank input is no article). A file named on the command line
// with another extension is recognised like standard input.
//
// Bad records never stop the reader: a broken JSON line, invalid UTF-8, a
// record without text, without a usable date (when no default date is given),
// or over the size limit is reported to Diagnostics as "FILE:LINE: error:
// ..." and skipped; an unreadable file is reported and the next path read.
#ifndef TACITUS_READER_H_
#define TACITUS_READER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "tacitus/article.h"
#include "tacitus/diagnostics.h"

namespace tacitus {

struct ReaderOptions {
  Date default_date;                        // used when a record has no date
  uint64_t max_record_bytes = 8u << 20;     // larger records are skipped
  // --strict: after the first bad record or unreadable file (reported as
  // usual), Next() returns false as if the input had ended.
  bool stop_at_first_error = false;
};

struct ReaderStats {
  uint64_t records_read = 0;     // articles handed out by Next()
  uint64_t records_skipped = 0;  // reported and skipped
  uint64_t bytes_read = 0;       // input bytes consumed so far
  uint64_t bytes_total = 0;      // sum of input file sizes (0 if unknown, e.g. stdin)
  uint64_t files_failed = 0;     // unreadable paths
};

class ArticleReader {
 public:
  ArticleReader(std::vector<std::string> paths, ReaderOptions options, Diagnostics* diagnostics);
  ~ArticleReader();

  // Fills *article with the next good record. False when input is exhausted.
  bool Next(Article* article);
  const ReaderStats& stats() const;

 private:
  struct Rep;
  std::unique_ptr<Rep> rep_;
};

}  // namespace tacitus

#endif  // TACITUS_READER_H_
