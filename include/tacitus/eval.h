// Evaluation against a gold standard: how often the coder gets it right.
//
// A gold file is JSON Lines, one hand-coded record per line, in one of two
// forms:
//   CAMEO:  {"id", "date", "text", "events": [{"source", "target", "code"}]}
//   PLOVER: {"id", "date", "text", "event": "CONSULT",
//            "source": ["CHNGOV"], "target": ["RUSGOV"]}
// "events": [] (or a PLOVER record with "event": "" / null) says the text
// holds no realised event. Actor codes are full CAMEO actor codes ("" or a
// missing key = no actor); a PLOVER record with several sources or targets
// stands for one dyad per source x target pair, as the coder expands
// compound actors.
//
// Scoring (per record, then summed over records). Every gold dyad and
// every predicted event (realised events only: Event::realised()) gives one
// item per metric:
//   root            the 2-digit CAMEO root              ("04")
//   code            the full CAMEO code                 ("042")
//   plover          the PLOVER type                     ("CONSULT")
//   source          the source country: first 3 letters ("CHN", "IGO"; "" none)
//   target          the target country, likewise
//   triple          source code, target code, full code ("CHNGOV RUSGOV 042")
//   triple_country  source country, target country, root
// Gold and predicted items of one record are compared as multisets: the
// matches are, per distinct item, min(gold count, predicted count); so two
// predicted copies of one gold event count one match and one false event.
// precision = matches / predicted, recall = matches / gold, F1 = their
// harmonic mean; each is 0 when its denominator is 0. Codes are compared as
// exact strings (no prefix matching). Items with no PLOVER type (roots 01
// and 02) are left out of the plover metric. PLOVER records carry no CAMEO
// code, so they (gold and predicted alike) count only for plover, source and
// target.
//
// Confusion of roots (CAMEO records): within a record, gold and predicted
// events are paired when they have the same source and target countries,
// same-root pairs first; each pair adds to cell (gold root, predicted root),
// an unpaired gold event to (gold root, "none"), an unpaired predicted event
// to ("none", predicted root).
//
// Diff: per record, the gold dyads with no exactly equal prediction
// (misses) and the predictions with no exactly equal gold dyad (false
// events), compared on the triple (source, target, code; PLOVER records:
// source, target, PLOVER type). A false event paired with a miss of the
// same countries is shown as "near" that miss.
#ifndef TACITUS_EVAL_H_
#define TACITUS_EVAL_H_

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "tacitus/date.h"
#include "tacitus/diagnostics.h"
#include "tacitus/document.h"
#include "tacitus/status.h"

namespace tacitus {

// One expected dyad of a gold record.
struct GoldEvent {
  std::string source;  // full actor code, "" = none
  std::string target;  // full actor code, "" = none
  std::string code;    // CAMEO code; "" in PLOVER records
  std::string plover;  // PLOVER type (CAMEO records: looked up from the code)
};

struct GoldRecord {
  std::string id;
  Date date;
  std::string text;
  std::string origin;        // "FILE:LINE" for messages
  bool plover_only = false;  // a PLOVER-form record (no CAMEO codes)
  std::vector<GoldEvent> events;
};

// CAMEO code -> PLOVER type ("042" -> "CONSULT", "010" -> ""). A code that is
// absent is not a CAMEO code.
using PloverMap = std::unordered_map<std::string, std::string>;

// Reads the code and plover columns of data/cameo.tsv.
Status LoadPloverMap(const std::string& cameo_tsv, Diagnostics* diagnostics, PloverMap* out);

// Parses one gold line. Corruption (with a message naming the problem) if it
// is not a gold record: bad JSON, no id/text/date, a code not in `plover`,
// a PLOVER type that no CAMEO code maps to.
Status ParseGoldRecord(std::string_view line, const PloverMap& plover, GoldRecord* out);

// Reads a gold JSONL file. Blank lines are ignored; a bad line is reported
// to `diagnostics` as "FILE:LINE: error: ..." and skipped. IOError only if
// the file cannot be read.
Status ReadGoldFile(const std::string& path, const PloverMap& plover, Diagnostics* diagnostics,
                    std::vector<GoldRecord>* out);

enum class Metric { kRoot = 0, kCode, kPlover, kSource, kTarget, kTriple, kTripleCountry };
constexpr int kMetricCount = 7;
const char* MetricName(Metric m);         // "root", "code", ... (summary keys)
const char* MetricDescription(Metric m);  // "event root (2 digits)", ...

struct MetricCounts {
  uint64_t gold = 0;
  uint64_t predicted = 0;
  uint64_t matched = 0;
  double precision() const;
  double recall() const;
  double f1() const;
};

// One predicted event as the diff shows it.
struct PredictedEvent {
  std::string source, target, code, plover;
  std::string pattern, pattern_origin, rule;
  std::string near;  // the miss of the same countries, "" if none
};

// What one record got wrong; empty lists when it was coded exactly.
struct RecordDiff {
  std::string id;
  std::string text;
  bool plover_only = false;
  std::vector<GoldEvent> missed;
  std::vector<PredictedEvent> false_events;
  bool empty() const { return missed.empty() && false_events.empty(); }
};

class EvalScorer {
 public:
  // Scores the realised events of `doc` (coded from gold.text) against
  // `gold` and returns what did not match.
  RecordDiff Add(const GoldRecord& gold, const Document& doc);

  const MetricCounts& counts(Metric m) const { return counts_[static_cast<int>(m)]; }
  // (gold root, predicted root) -> count; "none" for an unpaired side.
  const std::map<std::pair<std::string, std::string>, uint64_t>& confusion() const {
    return confusion_;
  }
  uint64_t records() const { return records_; }
  uint64_t gold_events() const { return gold_events_; }
  uint64_t predicted_events() const { return predicted_events_; }
  // Records whose gold says "no event", and those of them left silent.
  uint64_t empty_records() const { return empty_records_; }
  uint64_t empty_records_silent() const { return empty_silent_; }

 private:
  std::array<MetricCounts, kMetricCount> counts_{};
  std::map<std::pair<std::string, std::string>, uint64_t> confusion_;
  uint64_t records_ = 0, gold_events_ = 0, predicted_events_ = 0;
  uint64_t empty_records_ = 0, empty_silent_ = 0;
};

// The printed report: how items match, the metric table, the confusion table.
std::string FormatEvalReport(const EvalScorer& scorer);
// The misses and false events of one record (several lines), "" if none.
std::string FormatRecordDiff(const RecordDiff& diff);
// The last line for scripts: "EVAL records=.. gold=.. predicted=.. root_p=.. ..."
// (no newline).
std::string EvalSummaryLine(const EvalScorer& scorer);

}  // namespace tacitus

#endif  // TACITUS_EVAL_H_
