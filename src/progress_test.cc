#include "tacitus/progress.h"

#include <gtest/gtest.h>

namespace tacitus {
namespace {

TEST(ProgressTest, LineShowsRatesAndTimeLeft) {
  ReaderStats reader;
  reader.bytes_read = 10'000'000;
  reader.bytes_total = 40'000'000;
  PipelineCounts counts;
  counts.articles = 500;
  std::string line = ProgressMeter::Line(reader, counts, 5.0);
  EXPECT_EQ(line, "500 records  10.0 MB  100 records/s  2.00 MB/s  25%  ETA 0:15");
  reader.bytes_total = 0;  // unknown size (stdin): no percentage, no ETA
  EXPECT_EQ(ProgressMeter::Line(reader, counts, 5.0), "500 records  10.0 MB  100 records/s  2.00 MB/s");
}

TEST(ProgressTest, DisabledMeterDrawsNothing) {
  FILE* f = tmpfile();
  ProgressMeter meter(f, false);
  meter.Update(ReaderStats(), PipelineCounts());
  meter.Clear();
  EXPECT_EQ(ftell(f), 0);
  fclose(f);
}

TEST(ProgressTest, Summary) {
  ReaderStats reader;
  reader.bytes_read = 3'000'000;
  reader.records_skipped = 2;
  PipelineCounts counts;
  counts.articles = 10;
  counts.sentences = 40;
  counts.events = 7;
  counts.records = 5;
  EXPECT_EQ(RunSummary(reader, counts, 1.5),
            "coded 10 articles (40 sentences, 7 events, 5 records written) in 1.50 s, 2.00 MB/s; "
            "2 records skipped, 0 files unreadable");
  Diagnostics diag(nullptr);
  diag.Error("x:1", "bad");
  diag.Warning("x:2", "odd");
  diag.Warning("x:3", "odd");
  std::string with_counts = RunSummary(reader, counts, 1.5, &diag);
  EXPECT_EQ(with_counts.substr(with_counts.rfind(';')), "; 1 errors, 2 warnings");
}

}  // namespace
}  // namespace tacitus
