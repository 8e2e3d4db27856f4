// Tests of the gold reader and the scorer on small hand-computed cases.
// Documents are built by hand (no coder) so the figures depend only on the
// scoring rules of include/tacitus/eval.h.
#include "tacitus/eval.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <unistd.h>

namespace tacitus {
namespace {

PloverMap SmallMap() {
  return {{"010", ""},         {"020", ""},         {"040", "CONSULT"}, {"042", "CONSULT"},
          {"043", "CONSULT"},  {"111", "ACCUSE"},   {"112", "ACCUSE"},  {"163", "SANCTION"},
          {"190", "ASSAULT"},  {"195", "ASSAULT"}};
}

GoldRecord Parse(const std::string& line) {
  GoldRecord r;
  Status s = ParseGoldRecord(line, SmallMap(), &r);
  EXPECT_TRUE(s.ok()) << s.ToString() << " for " << line;
  return r;
}

Event MakeEvent(const std::string& src, const std::string& tgt, const std::string& code,
                const std::string& plover) {
  Event e;
  e.source.code = src;
  e.source.country = src.substr(0, 3);
  e.target.code = tgt;
  e.target.country = tgt.substr(0, 3);
  e.cameo = code;
  e.root = code.substr(0, 2);
  e.plover = plover;
  e.pattern = "pattern of " + code;
  e.pattern_origin = "data/verb_patterns.tsv:1";
  e.rule = "subject of the verb";
  return e;
}

Document Doc(std::vector<Event> events) {
  Document d;
  d.events = std::move(events);
  return d;
}

void ExpectCounts(const EvalScorer& s, Metric m, uint64_t gold, uint64_t pred, uint64_t matched) {
  const MetricCounts& c = s.counts(m);
  EXPECT_EQ(c.gold, gold) << MetricName(m);
  EXPECT_EQ(c.predicted, pred) << MetricName(m);
  EXPECT_EQ(c.matched, matched) << MetricName(m);
}

const char kVisit[] =
    R"({"id":"v","date":"2025-09-02","text":"Putin visited Beijing.","events":[)"
    R"({"source":"RUSGOV","target":"CHN","code":"042"},{"source":"CHN","target":"RUSGOV","code":"043"}]})";

TEST(EvalGold, ParsesCameoAndPloverForms) {
  GoldRecord cameo = Parse(kVisit);
  EXPECT_EQ(cameo.id, "v");
  EXPECT_EQ(cameo.date.ToIso(), "2025-09-02");
  EXPECT_FALSE(cameo.plover_only);
  ASSERT_EQ(cameo.events.size(), 2u);
  EXPECT_EQ(cameo.events[1].target, "RUSGOV");
  EXPECT_EQ(cameo.events[1].plover, "CONSULT");  // looked up from the code

  GoldRecord plover = Parse(
      R"({"id":"p","date":"2025-01-01","text":"A and B met C.","event":"CONSULT",)"
      R"("source":["USAGOV","GBRGOV"],"target":["FRAGOV"]})");
  EXPECT_TRUE(plover.plover_only);
  ASSERT_EQ(plover.events.size(), 2u);  // one dyad per source x target
  EXPECT_EQ(plover.events[1].source, "GBRGOV");
  EXPECT_EQ(plover.events[1].target, "FRAGOV");
  EXPECT_EQ(plover.events[1].code, "");

  GoldRecord none = Parse(R"({"id":"n","date":"2025-01-01","text":"Nothing.","events":[]})");
  EXPECT_TRUE(none.events.empty());
}

TEST(EvalGold, RejectsMalformedRecords) {
  GoldRecord r;
  const PloverMap map = SmallMap();
  EXPECT_FALSE(ParseGoldRecord("{not json", map, &r).ok());
  EXPECT_FALSE(ParseGoldRecord(R"({"id":"x","date":"2025-01-01","text":"t"})", map, &r).ok());
  EXPECT_FALSE(ParseGoldRecord(R"({"id":"x","date":"soon","text":"t","events":[]})", map, &r).ok());
  EXPECT_FALSE(ParseGoldRecord(R"({"id":"x","date":"2025-01-01","text":"t","events":[)"
                               R"({"source":"A","target":"B","code":"999"}]})", map, &r).ok());
  EXPECT_FALSE(ParseGoldRecord(R"({"id":"x","date":"2025-01-01","text":"t","event":"HUG"})", map,
                               &r).ok());
}

TEST(EvalGold, FileSkipsBadLinesWithFileAndLine) {
  std::string path = std::filesystem::temp_directory_path() /
                     ("tacitus_eval_gold_" + std::to_string(getpid()) + ".jsonl");
  std::ofstream(path) << kVisit << "\n\n{broken\n" << kVisit << "\n";
  char* buf = nullptr;
  size_t len = 0;
  FILE* mem = open_memstream(&buf, &len);
  std::vector<GoldRecord> records;
  {
    Diagnostics diag(mem);
    ASSERT_TRUE(ReadGoldFile(path, SmallMap(), &diag, &records).ok());
    EXPECT_EQ(diag.errors(), 2u);  // the broken line and the duplicate id
  }
  fclose(mem);
  std::string messages(buf, len);
  free(buf);
  std::filesystem::remove(path);
  EXPECT_EQ(records.size(), 1u);
  EXPECT_NE(messages.find(path + ":3:"), std::string::npos) << messages;
  EXPECT_NE(messages.find(path + ":4:"), std::string::npos) << messages;
  EXPECT_FALSE(ReadGoldFile("/nonexistent/gold.jsonl", SmallMap(), nullptr, &records).ok());
}

TEST(EvalScorer, PerfectRecord) {
  EvalScorer s;
  RecordDiff d = s.Add(Parse(kVisit), Doc({MakeEvent("RUSGOV", "CHN", "042", "CONSULT"),
                                           MakeEvent("CHN", "RUSGOV", "043", "CONSULT")}));
  EXPECT_TRUE(d.empty());
  for (int m = 0; m < kMetricCount; ++m) ExpectCounts(s, static_cast<Metric>(m), 2, 2, 2);
  EXPECT_DOUBLE_EQ(s.counts(Metric::kTriple).f1(), 1.0);
  EXPECT_EQ(s.confusion().at({"04", "04"}), 2u);
  EXPECT_EQ(EvalSummaryLine(s).rfind("EVAL records=1 gold=2 predicted=2 silent=0/0 root_p=1.000", 0),
            0u);
}

TEST(EvalScorer, OneMiss) {
  EvalScorer s;
  RecordDiff d = s.Add(Parse(kVisit), Doc({MakeEvent("RUSGOV", "CHN", "042", "CONSULT")}));
  ExpectCounts(s, Metric::kRoot, 2, 1, 1);
  ExpectCounts(s, Metric::kTriple, 2, 1, 1);
  EXPECT_DOUBLE_EQ(s.counts(Metric::kTriple).precision(), 1.0);
  EXPECT_DOUBLE_EQ(s.counts(Metric::kTriple).recall(), 0.5);
  EXPECT_NEAR(s.counts(Metric::kTriple).f1(), 2.0 / 3.0, 1e-12);
  ASSERT_EQ(d.missed.size(), 1u);
  EXPECT_EQ(d.missed[0].code, "043");
  EXPECT_TRUE(d.false_events.empty());
  EXPECT_EQ(s.confusion().at({"04", "none"}), 1u);
}

TEST(EvalScorer, FalseEventAndWrongCode) {
  EvalScorer s;
  GoldRecord r = Parse(R"({"id":"a","date":"2025-03-01","text":"Russia bombed Kyiv.","events":[)"
                       R"({"source":"RUS","target":"UKR","code":"195"}]})");
  // Right dyad with a less specific code, and one event that should not be.
  RecordDiff d = s.Add(r, Doc({MakeEvent("RUS", "UKR", "190", "ASSAULT"),
                               MakeEvent("UKR", "RUS", "111", "ACCUSE")}));
  ExpectCounts(s, Metric::kRoot, 1, 2, 1);
  ExpectCounts(s, Metric::kCode, 1, 2, 0);
  ExpectCounts(s, Metric::kPlover, 1, 2, 1);
  ExpectCounts(s, Metric::kSource, 1, 2, 1);
  ExpectCounts(s, Metric::kTriple, 1, 2, 0);
  ExpectCounts(s, Metric::kTripleCountry, 1, 2, 1);
  EXPECT_DOUBLE_EQ(s.counts(Metric::kRoot).precision(), 0.5);
  EXPECT_DOUBLE_EQ(s.counts(Metric::kRoot).recall(), 1.0);
  EXPECT_EQ(s.confusion().at({"19", "19"}), 1u);
  EXPECT_EQ(s.confusion().at({"none", "11"}), 1u);
  ASSERT_EQ(d.missed.size(), 1u);
  ASSERT_EQ(d.false_events.size(), 2u);
  EXPECT_EQ(d.false_events[0].near, "RUS -> UKR 195");
  EXPECT_EQ(d.false_events[1].near, "");
  std::string text = FormatRecordDiff(d);
  EXPECT_NE(text.find("pattern \"pattern of 111\" (data/verb_patterns.tsv:1)"), std::string::npos)
      << text;
}

TEST(EvalScorer, DuplicatePredictionsMatchOnce) {
  EvalScorer s;
  GoldRecord r = Parse(R"({"id":"a","date":"2025-03-01","text":"t","events":[)"
                       R"({"source":"USA","target":"CHN","code":"163"}]})");
  s.Add(r, Doc({MakeEvent("USA", "CHN", "163", "SANCTION"),
                MakeEvent("USA", "CHN", "163", "SANCTION")}));
  ExpectCounts(s, Metric::kTriple, 1, 2, 1);
}

TEST(EvalScorer, UnrealisedEventsAreNotPredictions) {
  EvalScorer s;
  Event negated = MakeEvent("USA", "CHN", "163", "SANCTION");
  negated.negated = true;
  Event future = MakeEvent("USA", "CHN", "040", "CONSULT");
  future.hypothetical = true;
  RecordDiff d = s.Add(Parse(R"({"id":"n","date":"2025-01-01","text":"t","events":[]})"),
                       Doc({negated, future}));
  EXPECT_TRUE(d.empty());
  EXPECT_EQ(s.predicted_events(), 0u);
  EXPECT_EQ(s.empty_records(), 1u);
  EXPECT_EQ(s.empty_records_silent(), 1u);
}

TEST(EvalScorer, EmptyGoldWithFalseEvent) {
  EvalScorer s;
  RecordDiff d = s.Add(Parse(R"({"id":"n","date":"2025-01-01","text":"t","events":[]})"),
                       Doc({MakeEvent("USA", "CHE", "040", "CONSULT")}));
  ExpectCounts(s, Metric::kRoot, 0, 1, 0);
  EXPECT_DOUBLE_EQ(s.counts(Metric::kRoot).precision(), 0.0);
  EXPECT_DOUBLE_EQ(s.counts(Metric::kRoot).recall(), 0.0);  // no gold: defined as 0
  EXPECT_DOUBLE_EQ(s.counts(Metric::kRoot).f1(), 0.0);
  EXPECT_EQ(s.empty_records_silent(), 0u);
  EXPECT_EQ(s.confusion().at({"none", "04"}), 1u);
  ASSERT_EQ(d.false_events.size(), 1u);
}

TEST(EvalScorer, PloverRecordsCountOnlyForPloverAndActors) {
  EvalScorer s;
  GoldRecord r = Parse(
      R"({"id":"p","date":"2025-01-01","text":"A and B met C.","event":"CONSULT",)"
      R"("source":["USAGOV","GBRGOV"],"target":["FRAGOV"]})");
  RecordDiff d = s.Add(r, Doc({MakeEvent("USAGOV", "FRAGOV", "040", "CONSULT"),
                               MakeEvent("GBRGOV", "FRAGOV", "111", "ACCUSE")}));
  ExpectCounts(s, Metric::kPlover, 2, 2, 1);
  ExpectCounts(s, Metric::kSource, 2, 2, 2);
  ExpectCounts(s, Metric::kTarget, 2, 2, 2);
  ExpectCounts(s, Metric::kRoot, 0, 0, 0);
  ExpectCounts(s, Metric::kCode, 0, 0, 0);
  ExpectCounts(s, Metric::kTriple, 0, 0, 0);
  EXPECT_TRUE(s.confusion().empty());
  ASSERT_EQ(d.missed.size(), 1u);
  EXPECT_EQ(d.missed[0].source, "GBRGOV");
  ASSERT_EQ(d.false_events.size(), 1u);
  EXPECT_EQ(d.false_events[0].near, "GBRGOV -> FRAGOV CONSULT");
}

TEST(EvalScorer, StatementsHaveNoPloverItem) {
  EvalScorer s;
  GoldRecord r = Parse(R"({"id":"s","date":"2025-01-01","text":"t","events":[)"
                       R"({"source":"USAGOV","target":"","code":"010"}]})");
  s.Add(r, Doc({MakeEvent("USAGOV", "", "010", "")}));
  ExpectCounts(s, Metric::kPlover, 0, 0, 0);
  ExpectCounts(s, Metric::kTarget, 1, 1, 1);  // "no target" matches "no target"
  ExpectCounts(s, Metric::kTriple, 1, 1, 1);
}

TEST(EvalScorer, ReportNamesEveryMetricAndConfusionCells) {
  EvalScorer s;
  s.Add(Parse(kVisit), Doc({MakeEvent("RUSGOV", "CHN", "042", "CONSULT")}));
  std::string report = FormatEvalReport(s);
  for (int m = 0; m < kMetricCount; ++m) {
    EXPECT_NE(report.find(MetricDescription(static_cast<Metric>(m))), std::string::npos);
  }
  EXPECT_NE(report.find("multisets"), std::string::npos);
  EXPECT_NE(report.find("none"), std::string::npos);
}

}  // namespace
}  // namespace tacitus
