// Progress and summary lines for long runs (tacitus code, benchmarks).
#ifndef TACITUS_PROGRESS_H_
#define TACITUS_PROGRESS_H_

#include <chrono>
#include <cstdio>
#include <string>

#include "tacitus/diagnostics.h"
#include "tacitus/parallel_coder.h"
#include "tacitus/reader.h"

namespace tacitus {

// A one-line meter on a terminal: records, MB read, records/s, MB/s and the
// time left (when the input size is known), redrawn in place with '\r' at
// most four times a second.
class ProgressMeter {
 public:
  // Disabled meters draw nothing (Update is then nearly free).
  ProgressMeter(FILE* out, bool enabled);

  void Update(const ReaderStats& reader, const PipelineCounts& counts);
  // Erases the meter line, so the summary starts on a clean line.
  void Clear();
  // Seconds since the meter was made.
  double Seconds() const;

  // The text of one meter line (for tests).
  static std::string Line(const ReaderStats& reader, const PipelineCounts& counts,
                          double seconds);

 private:
  FILE* out_;
  bool enabled_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
  size_t drawn_width_ = 0;
};

// The closing summary of a run: "coded 120 articles (1234 sentences, 56
// events, 50 records written) in 2.10 s, 4.30 MB/s; 2 records skipped, 0
// files unreadable", then the error and warning counts of `diagnostics`
// (input and data messages together) when given.
std::string RunSummary(const ReaderStats& reader, const PipelineCounts& counts, double seconds,
                       const Diagnostics* diagnostics = nullptr);

}  // namespace tacitus

#endif  // TACITUS_PROGRESS_H_
