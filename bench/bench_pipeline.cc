// bench_pipeline: codes the shared newswire corpora end to end (read, code,
// write JSON Lines to memory) with 1 and 2 worker threads, and prints
// throughput and memory. Memory is sampled at 25%, 50% and 100% of each input
// to show that it stays flat: the pipeline keeps only a bounded number of
// batches in flight, whatever the input size.
//
//   bench_pipeline [--shared DIR] [--data DIR] [--threads 1,2]
//
// The corpora live in ../shared/corpora (see ../shared/README.md); without
// them the benchmark says so and exits 0.
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "tacitus/coder.h"
#include "tacitus/parallel_coder.h"
#include "tacitus/reader.h"
#include "tacitus/writer.h"

namespace {

namespace fs = std::filesystem;
using namespace tacitus;

double Mb(uint64_t bytes) { return bytes / 1e6; }

// Resident set size now, from /proc/self/statm (pages).
uint64_t CurrentRss() {
  std::ifstream statm("/proc/self/statm");
  uint64_t size = 0, resident = 0;
  statm >> size >> resident;
  return resident * static_cast<uint64_t>(sysconf(_SC_PAGESIZE));
}

// Peak RSS of the whole process so far (ru_maxrss is in KiB on Linux).
uint64_t PeakRss() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<uint64_t>(ru.ru_maxrss) * 1024;
}

std::string FindShared(const std::string& given) {
  std::vector<fs::path> candidates;
  if (!given.empty()) {
    candidates.push_back(given);
  } else {
    candidates.push_back("../shared");  // run from the repository root
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) candidates.push_back(exe.parent_path() / "../../shared");  // <repo>/build/bench_*
  }
  for (const fs::path& p : candidates) {
    std::error_code ec;
    if (fs::is_directory(p / "corpora", ec)) return fs::weakly_canonical(p, ec).string();
  }
  return "";
}

struct RunResult {
  PipelineCounts counts;
  uint64_t bytes_in = 0;
  uint64_t skipped = 0;
  double seconds = 0;
  uint64_t rss_at[3] = {0, 0, 0};  // after 25%, 50%, 100% of the input
};

RunResult CodeFile(const Coder& coder, const std::string& path, int threads) {
  Diagnostics quiet(nullptr);  // the corpora have odd records; count, don't print
  ReaderOptions reader_options;
  reader_options.default_date = Date::FromYmd(2000, 1, 1);  // BBC and AG News are undated
  ArticleReader reader({path}, reader_options, &quiet);
  ParallelOptions options;
  options.threads = threads;
  options.diagnostics = &quiet;
  ParallelCoder pipeline(coder, options);

  RunResult result;
  int next_mark = 0;
  const double marks[2] = {0.25, 0.5};
  uint64_t output_bytes = 0;
  auto start = std::chrono::steady_clock::now();
  result.counts = pipeline.Run(
      &reader,
      EventFormatter(OutputFormat::kJsonl, WriteOptions()),
      [&](std::string_view bytes) { output_bytes += bytes.size(); },
      [&](const PipelineCounts&) {
        const ReaderStats& s = reader.stats();
        while (next_mark < 2 && s.bytes_total > 0 &&
               s.bytes_read >= marks[next_mark] * s.bytes_total) {
          result.rss_at[next_mark++] = CurrentRss();
        }
      });
  result.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  result.rss_at[2] = CurrentRss();
  result.bytes_in = reader.stats().bytes_read;
  result.skipped = reader.stats().records_skipped;
  return result;
}

std::vector<int> ParseThreads(const char* list) {
  std::vector<int> out;
  for (const char* p = list; *p != '\0';) {
    out.push_back(std::max(1, atoi(p)));
    const char* comma = strchr(p, ',');
    if (comma == nullptr) break;
    p = comma + 1;
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string shared_arg, data_dir;
  std::vector<int> thread_counts = {1, 2};
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--shared" && i + 1 < argc) {
      shared_arg = argv[++i];
    } else if (a == "--data" && i + 1 < argc) {
      data_dir = argv[++i];
    } else if (a == "--threads" && i + 1 < argc) {
      thread_counts = ParseThreads(argv[++i]);
    } else {
      fmt::print(stderr, "usage: bench_pipeline [--shared DIR] [--data DIR] [--threads 1,2]\n");
      return 2;
    }
  }
  std::string shared = FindShared(shared_arg);
  if (shared.empty()) {
    fmt::print("bench_pipeline: skipped: no shared corpora (looked for {}/corpora); give --shared DIR\n",
               shared_arg.empty() ? "../shared" : shared_arg);
    return 0;
  }

  auto load_start = std::chrono::steady_clock::now();
  Diagnostics diag(stderr);
  CoderOptions coder_options;
  coder_options.data_dir = data_dir;
  std::unique_ptr<Coder> coder;
  Status s = Coder::Open(coder_options, &diag, &coder);
  if (!s.ok()) {
    fmt::print(stderr, "bench_pipeline: cannot load data: {}\n", s.ToString());
    return 2;
  }
  double load_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - load_start).count();
  fmt::print("bench_pipeline: corpora in {}\n", shared);
  fmt::print("coder loaded in {:.2f} s ({}), RSS {:.1f} MB\n\n", load_seconds, coder->Summary(),
             Mb(CurrentRss()));
  fmt::print("{:<20} {:>3} {:>9} {:>9} {:>10} {:>8} {:>9} {:>7}  {:>7} {:>7} {:>7} {:>8}\n",
             "corpus", "thr", "articles", "art/s", "sent/s", "MB/s", "events/s", "skipped",
             "RSS25%", "RSS50%", "RSS100%", "peakRSS");
  for (const char* name : {"reuters21578.jsonl", "bbc_news.jsonl", "ag_news_test.jsonl"}) {
    std::string path = shared + "/corpora/" + name;
    if (!fs::exists(path)) {
      fmt::print("{:<20} skipped: {} is absent\n", name, path);
      continue;
    }
    for (int threads : thread_counts) {
      RunResult r = CodeFile(*coder, path, threads);
      double t = r.seconds > 0 ? r.seconds : 1e-9;
      fmt::print("{:<20} {:>3} {:>9} {:>9.0f} {:>10.0f} {:>8.2f} {:>9.0f} {:>7}  {:>7.1f} {:>7.1f} {:>7.1f} {:>8.1f}\n",
                 name, threads, r.counts.articles, r.counts.articles / t,
                 r.counts.sentences / t, Mb(r.counts.text_bytes) / t, r.counts.events / t,
                 r.skipped, Mb(r.rss_at[0]), Mb(r.rss_at[1]), Mb(r.rss_at[2]), Mb(PeakRss()));
      fflush(stdout);
    }
  }
  fmt::print("\nMB/s counts article text (title + body); RSS columns are MB after 25/50/100% of\n"
             "each file; peak RSS is the process's so far (getrusage).\n");
  return 0;
}
