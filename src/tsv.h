// TsvFile: reads the data/ files (see docs/data-format.md). Skips comments
// and blank lines, checks the header against the expected columns, and hands
// out rows whose field count is right; a bad row is reported to Diagnostics
// as "FILE:LINE: error: ..." and skipped, never fatal.
#ifndef TACITUS_SRC_TSV_H_
#define TACITUS_SRC_TSV_H_

#include <string>
#include <string_view>
#include <vector>

#include "tacitus/diagnostics.h"
#include "tacitus/status.h"

namespace tacitus {

struct TsvRow {
  std::vector<std::string_view> fields;  // views into the file's buffer
  std::string origin;                    // "FILE:LINE"
  const std::string_view& operator[](size_t i) const { return fields[i]; }
};

class TsvFile {
 public:
  // Reads the whole file. IOError if unreadable; Corruption if the header
  // does not name `columns` in that order.
  Status Open(const std::string& path, const std::vector<std::string>& columns,
              Diagnostics* diagnostics);
  // Next good row; false at end of file.
  bool Next(TsvRow* row);
  // Reports "FILE:LINE: error: MESSAGE" for the current row (skipped).
  void Reject(const TsvRow& row, std::string_view message);
  const std::string& path() const { return path_; }

 private:
  // The next line that is neither blank nor a comment; false at the end.
  bool NextLine(std::string_view* line);

  std::string path_;
  std::string display_path_;
  std::string buffer_;
  size_t pos_ = 0;
  size_t line_ = 0;
  size_t columns_ = 0;
  Diagnostics* diagnostics_ = nullptr;
};

// Splits a `|` list; empty items are dropped, spaces trimmed.
std::vector<std::string_view> SplitList(std::string_view field);
std::string_view Trim(std::string_view s);
// The field in lower case (ASCII letters only): phrases and verbs are
// matched in lower case however the data files write them.
std::string Lower(std::string_view s);

}  // namespace tacitus

#endif  // TACITUS_SRC_TSV_H_
