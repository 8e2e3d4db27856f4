#include "tacitus/parallel_coder.h"

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>

#include <gtest/gtest.h>

namespace tacitus {
namespace {

// Articles "0", "1", ... up to `n`; the fake coder gives article i one
// sentence per (i % 3) and sleeps a little, unevenly, so that workers finish
// out of order.
struct Fixture {
  explicit Fixture(int n) : n(n) {}
  int n;
  int read = 0;
  int emitted = 0;
  int max_pending = 0;  // read but not yet written, at worst

  ParallelCoder::NextFn Next() {
    return [this](Article* a) {
      if (read == n) return false;
      *a = Article();
      a->id = std::to_string(read++);
      a->text = "text";
      a->origin = "test:" + a->id;
      max_pending = std::max(max_pending, read - emitted);
      return true;
    };
  }
  static void Code(Article a, Document* doc) {
    int i = std::stoi(a.id);
    std::this_thread::sleep_for(std::chrono::microseconds((i * 7919) % 300));
    doc->article = std::move(a);
    doc->sentences.resize(i % 3);
    if (i % 5 == 0) doc->events.resize(1);
  }
  static size_t Format(const Document& doc, std::string* out) {
    *out += doc.article.id + "\n";
    return 1;
  }
  ParallelCoder::EmitFn Emit(std::string* out) {
    return [this, out](std::string_view s) {
      for (char c : s) emitted += c == '\n';
      out->append(s);
    };
  }
};

std::string Expected(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += std::to_string(i) + "\n";
  return s;
}

TEST(ParallelCoderTest, OutputIsInInputOrderForAnyThreadCount) {
  for (int threads : {1, 2, 4, 8}) {
    Fixture f(1000);
    ParallelOptions options;
    options.threads = threads;
    options.batch_articles = 7;
    ParallelCoder pc(&Fixture::Code, options);
    std::string out;
    PipelineCounts counts = pc.Run(f.Next(), &Fixture::Format, f.Emit(&out));
    EXPECT_EQ(out, Expected(1000)) << threads << " threads";
    EXPECT_EQ(counts.articles, 1000u);
    EXPECT_EQ(counts.records, 1000u);
    EXPECT_EQ(counts.sentences, 999u);  // 333 * (0 + 1 + 2), plus article 999 (0)
    EXPECT_EQ(counts.events, 200u);
    EXPECT_EQ(counts.text_bytes, 4000u);
  }
}

TEST(ParallelCoderTest, MemoryIsBoundedByBatchesInFlight) {
  Fixture f(2000);
  ParallelOptions options;
  options.threads = 4;
  options.batch_articles = 10;
  options.max_batches = 3;
  ParallelCoder pc(&Fixture::Code, options);
  std::string out;
  pc.Run(f.Next(), &Fixture::Format, f.Emit(&out));
  EXPECT_EQ(out, Expected(2000));
  // At most max_batches full batches wait, plus the one being filled.
  EXPECT_LE(f.max_pending, 4 * 10);
}

TEST(ParallelCoderTest, BatchesCloseOnTextSize) {
  Fixture f(50);
  ParallelOptions options;
  options.threads = 2;
  options.batch_bytes = 1;  // every article is a batch
  options.max_batches = 2;
  ParallelCoder pc(&Fixture::Code, options);
  std::string out;
  pc.Run(f.Next(), &Fixture::Format, f.Emit(&out));
  EXPECT_EQ(out, Expected(50));
  EXPECT_LE(f.max_pending, 3);
}

TEST(ParallelCoderTest, StopEndsReadingButWritesWhatWasRead) {
  for (int threads : {1, 3}) {
    Fixture f(100);
    ParallelOptions options;
    options.threads = threads;
    ParallelCoder pc(&Fixture::Code, options);
    std::string out;
    PipelineCounts counts = pc.Run(f.Next(), &Fixture::Format, f.Emit(&out), nullptr,
                                   [&] { return f.read > 10; });
    EXPECT_EQ(out, Expected(10));
    EXPECT_EQ(counts.articles, 10u);
  }
}

TEST(ParallelCoderTest, ACodingFailureIsReportedAndTheRunGoesOn) {
  for (int threads : {1, 2}) {
    Fixture f(20);
    FILE* messages = tmpfile();
    Diagnostics diag(messages);
    ParallelOptions options;
    options.threads = threads;
    options.diagnostics = &diag;
    ParallelCoder pc(
        [](Article a, Document* doc) {
          if (a.id == "7") throw std::runtime_error("boom");
          Fixture::Code(std::move(a), doc);
        },
        options);
    std::string out;
    PipelineCounts counts = pc.Run(f.Next(), &Fixture::Format, f.Emit(&out));
    EXPECT_EQ(counts.articles, 19u);
    EXPECT_EQ(counts.failed, 1u);
    EXPECT_EQ(out.find("\n7\n"), std::string::npos);
    EXPECT_EQ(diag.errors(), 1u);
    rewind(messages);
    char buf[256] = {0};
    fread(buf, 1, sizeof buf - 1, messages);
    EXPECT_STREQ(buf, "test:7: error: internal error while coding: boom\n");
    fclose(messages);
  }
}

TEST(ParallelCoderTest, ProgressSeesGrowingCounts) {
  Fixture f(100);
  ParallelOptions options;
  options.threads = 2;
  options.batch_articles = 10;
  ParallelCoder pc(&Fixture::Code, options);
  std::string out;
  uint64_t last = 0;
  int calls = 0;
  pc.Run(f.Next(), &Fixture::Format, f.Emit(&out), [&](const PipelineCounts& c) {
    EXPECT_GE(c.articles, last);
    last = c.articles;
    ++calls;
  });
  EXPECT_EQ(last, 100u);
  EXPECT_EQ(calls, 10);
}

TEST(ParallelCoderTest, EmptyInput) {
  Fixture f(0);
  ParallelOptions options;
  options.threads = 4;
  ParallelCoder pc(&Fixture::Code, options);
  std::string out;
  EXPECT_EQ(pc.Run(f.Next(), &Fixture::Format, f.Emit(&out)).articles, 0u);
  EXPECT_EQ(out, "");
}

}  // namespace
}  // namespace tacitus
