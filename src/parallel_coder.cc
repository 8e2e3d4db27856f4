#include "tacitus/parallel_coder.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <fmt/format.h>

namespace tacitus {

struct ParallelCoder::Batch {
  std::vector<Article> articles;  // input; emptied once coded
  size_t text_bytes = 0;
  std::string output;
  PipelineCounts counts;
  bool done = false;  // guarded by the run's mutex
};

namespace {

void AddCounts(const PipelineCounts& from, PipelineCounts* to) {
  to->articles += from.articles;
  to->sentences += from.sentences;
  to->events += from.events;
  to->records += from.records;
  to->text_bytes += from.text_bytes;
  to->failed += from.failed;
}

}  // namespace

ParallelCoder::ParallelCoder(const Coder& coder, ParallelOptions options)
    : code_([&coder](Article a, Document* d) { coder.Code(std::move(a), d); }),
      options_(options) {}

ParallelCoder::ParallelCoder(CodeFn code, ParallelOptions options)
    : code_(std::move(code)), options_(options) {}

void ParallelCoder::Process(Batch* batch, const FormatFn& format) const {
  Document doc;
  for (Article& article : batch->articles) {
    std::string origin = article.origin;
    const size_t output_size = batch->output.size();
    doc = Document();
    // One article that trips a bug must not take the whole run down: report
    // it with its origin and go on with the next.
    try {
      code_(std::move(article), &doc);
      size_t records = format(doc, &batch->output);
      batch->counts.articles += 1;
      batch->counts.sentences += doc.sentences.size();
      batch->counts.events += doc.events.size();
      batch->counts.records += records;
      batch->counts.text_bytes += doc.article.text.size();
    } catch (const std::exception& e) {
      batch->output.resize(output_size);  // no half-written record
      batch->counts.failed += 1;
      if (options_.diagnostics != nullptr) {
        options_.diagnostics->Error(origin, fmt::format("internal error while coding: {}", e.what()));
      }
    }
  }
  batch->articles.clear();
  batch->articles.shrink_to_fit();
}

PipelineCounts ParallelCoder::RunSerial(const NextFn& next, const FormatFn& format,
                                        const EmitFn& emit, const ProgressFn& progress,
                                        const StopFn& stop) {
  PipelineCounts total;
  Article article;
  while (next(&article)) {
    if (stop && stop()) break;
    Batch batch;
    batch.articles.push_back(std::move(article));
    article = Article();
    Process(&batch, format);
    emit(batch.output);
    AddCounts(batch.counts, &total);
    if (progress) progress(total);
  }
  return total;
}

PipelineCounts ParallelCoder::Run(const NextFn& next, const FormatFn& format, const EmitFn& emit,
                                  const ProgressFn& progress, const StopFn& stop) {
  const int threads = options_.threads;
  if (threads <= 1) return RunSerial(next, format, emit, progress, stop);
  const size_t max_batches =
      options_.max_batches > 0 ? options_.max_batches : 2 * static_cast<size_t>(threads) + 2;

  std::mutex mu;
  std::condition_variable work_ready;  // workers wait here for batches
  std::condition_variable batch_done;  // the caller waits here for results
  std::deque<Batch*> queue;            // read, not yet taken by a worker
  bool closing = false;

  std::vector<std::thread> workers;
  for (int i = 0; i < threads; ++i) {
    workers.emplace_back([&] {
      for (;;) {
        Batch* batch;
        {
          std::unique_lock<std::mutex> lock(mu);
          work_ready.wait(lock, [&] { return closing || !queue.empty(); });
          if (queue.empty()) return;
          batch = queue.front();
          queue.pop_front();
        }
        Process(batch, format);
        {
          std::lock_guard<std::mutex> lock(mu);
          batch->done = true;
        }
        batch_done.notify_all();
      }
    });
  }

  PipelineCounts total;
  std::deque<std::unique_ptr<Batch>> in_flight;  // in input order
  // Writes finished batches from the front; with `wait`, blocks for the first.
  auto drain = [&](bool wait) {
    while (!in_flight.empty()) {
      Batch* front = in_flight.front().get();
      {
        std::unique_lock<std::mutex> lock(mu);
        if (wait) {
          batch_done.wait(lock, [&] { return front->done; });
        } else if (!front->done) {
          return;
        }
      }
      emit(front->output);
      AddCounts(front->counts, &total);
      in_flight.pop_front();
      if (progress) progress(total);
      wait = false;
    }
  };
  auto submit = [&](std::unique_ptr<Batch> batch) {
    if (in_flight.size() >= max_batches) drain(true);
    {
      std::lock_guard<std::mutex> lock(mu);
      queue.push_back(batch.get());
    }
    in_flight.push_back(std::move(batch));
    work_ready.notify_one();
    drain(false);
  };

  auto batch = std::make_unique<Batch>();
  Article article;
  while (next(&article)) {
    if (stop && stop()) break;
    batch->text_bytes += article.title.size() + article.text.size();
    batch->articles.push_back(std::move(article));
    article = Article();
    if (batch->articles.size() >= options_.batch_articles ||
        batch->text_bytes >= options_.batch_bytes) {
      submit(std::move(batch));
      batch = std::make_unique<Batch>();
    }
  }
  if (!batch->articles.empty()) submit(std::move(batch));
  while (!in_flight.empty()) drain(true);

  {
    std::lock_guard<std::mutex> lock(mu);
    closing = true;
  }
  work_ready.notify_all();
  for (std::thread& t : workers) t.join();
  return total;
}

PipelineCounts ParallelCoder::Run(ArticleReader* reader, const FormatFn& format,
                                  const EmitFn& emit, const ProgressFn& progress,
                                  const StopFn& stop) {
  return Run([reader](Article* a) { return reader->Next(a); }, format, emit, progress, stop);
}

ParallelCoder::FormatFn EventFormatter(OutputFormat format, WriteOptions options) {
  return [format, options](const Document& doc, std::string* out) {
    size_t start = out->size();
    WriteEvents(format, doc, options, out);
    return static_cast<size_t>(std::count(out->begin() + start, out->end(), '\n'));
  };
}

}  // namespace tacitus
