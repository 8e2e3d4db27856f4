// ParallelCoder: reads articles, codes them on N worker threads, and hands
// the formatted output back strictly in input order.
//
// The calling thread reads and writes; workers code and format whole batches
// of articles (formatting on the workers keeps the writer cheap). At most
// `max_batches` batches are between reading and writing at any time, so
// memory stays flat however large the input. Both `tacitus code` and the
// benchmarks run through this class.
#ifndef TACITUS_PARALLEL_CODER_H_
#define TACITUS_PARALLEL_CODER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "tacitus/article.h"
#include "tacitus/coder.h"
#include "tacitus/diagnostics.h"
#include "tacitus/document.h"
#include "tacitus/reader.h"
#include "tacitus/writer.h"

namespace tacitus {

// Totals over the documents written so far (in input order).
struct PipelineCounts {
  uint64_t articles = 0;    // coded and written
  uint64_t sentences = 0;
  uint64_t events = 0;      // found, realised or not
  uint64_t records = 0;     // output records (what FormatFn returned)
  uint64_t text_bytes = 0;  // article text (title + body) coded
  uint64_t failed = 0;      // articles whose coding threw; reported, not written
};

struct ParallelOptions {
  int threads = 1;                    // worker threads; <= 1 codes on the calling thread
  size_t batch_articles = 256;        // a batch closes at this many articles...
  size_t batch_bytes = 1u << 20;      // ...or this much text
  size_t max_batches = 0;             // in flight; 0 = 2 * threads + 2
  Diagnostics* diagnostics = nullptr; // where coding failures are reported (may be null)
};

class ParallelCoder {
 public:
  // Fills *article with the next input; false at the end.
  using NextFn = std::function<bool(Article*)>;
  // Codes one article; must be safe to call from several threads at once.
  using CodeFn = std::function<void(Article, Document*)>;
  // Appends a coded document's output to *out and returns the number of
  // records written. Called on worker threads, concurrently.
  using FormatFn = std::function<size_t(const Document&, std::string*)>;
  // Receives the output, in input order, on the calling thread.
  using EmitFn = std::function<void(std::string_view)>;
  // Called on the calling thread as work progresses (often: rate-limit it).
  using ProgressFn = std::function<void(const PipelineCounts&)>;
  // Asked after every article read; true stops reading (what was read
  // before is still coded and written). For --strict.
  using StopFn = std::function<bool()>;

  ParallelCoder(const Coder& coder, ParallelOptions options);
  ParallelCoder(CodeFn code, ParallelOptions options);

  PipelineCounts Run(const NextFn& next, const FormatFn& format, const EmitFn& emit,
                     const ProgressFn& progress = nullptr, const StopFn& stop = nullptr);
  PipelineCounts Run(ArticleReader* reader, const FormatFn& format, const EmitFn& emit,
                     const ProgressFn& progress = nullptr, const StopFn& stop = nullptr);

 private:
  struct Batch;
  // Codes and formats every article of *batch, then drops the documents.
  void Process(Batch* batch, const FormatFn& format) const;
  PipelineCounts RunSerial(const NextFn& next, const FormatFn& format, const EmitFn& emit,
                           const ProgressFn& progress, const StopFn& stop);
  CodeFn code_;
  ParallelOptions options_;
};

// The usual FormatFn: WriteEvents in `format` (every format writes one line
// per record, which gives the count).
ParallelCoder::FormatFn EventFormatter(OutputFormat format, WriteOptions options);

}  // namespace tacitus

#endif  // TACITUS_PARALLEL_CODER_H_
