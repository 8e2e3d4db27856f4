// The printed side of `tacitus eval`: metric table, root confusion table,
// per-record diff and the one-line summary. Kept apart from the scoring so
// that the figures can be tested without caring about layout.
#include <set>

#include <fmt/format.h>

#include "tacitus/eval.h"

namespace tacitus {
namespace {

std::string ActorOrDash(const std::string& code) { return code.empty() ? "-" : code; }

}  // namespace

std::string FormatEvalReport(const EvalScorer& scorer) {
  std::string out;
  out += fmt::format(
      "records: {} ({} expect no event, {} of them left without a realised event)\n"
      "gold events: {}   predicted events (realised only): {}\n\n",
      scorer.records(), scorer.empty_records(), scorer.empty_records_silent(),
      scorer.gold_events(), scorer.predicted_events());
  out +=
      "Matching: within each record, gold and predicted items are compared as multisets\n"
      "(matches = min(gold count, predicted count) per distinct item), then summed over\n"
      "records. Codes are exact strings. precision = match/pred, recall = match/gold.\n"
      "Country = first 3 letters of the actor code ('' = no actor). Triple = full source\n"
      "code, full target code, full event code. PLOVER-form records count only for\n"
      "plover, source and target; roots 01 and 02 have no PLOVER type.\n\n";
  out += fmt::format("{:<32}{:>6}{:>6}{:>7}{:>11}{:>8}{:>7}\n", "metric", "gold", "pred", "match",
                     "precision", "recall", "F1");
  for (int m = 0; m < kMetricCount; ++m) {
    const MetricCounts& c = scorer.counts(static_cast<Metric>(m));
    out += fmt::format("{:<32}{:>6}{:>6}{:>7}{:>11.3f}{:>8.3f}{:>7.3f}\n",
                       MetricDescription(static_cast<Metric>(m)), c.gold, c.predicted, c.matched,
                       c.precision(), c.recall(), c.f1());
  }

  // Rows and columns: every root seen on either side, "none" last.
  std::set<std::string> roots;
  for (const auto& [cell, n] : scorer.confusion()) {
    if (cell.first != "none") roots.insert(cell.first);
    if (cell.second != "none") roots.insert(cell.second);
  }
  std::vector<std::string> axis(roots.begin(), roots.end());
  axis.push_back("none");
  out +=
      "\nRoot confusion (CAMEO records): rows = gold root, columns = predicted root.\n"
      "Gold and predicted events of one record are paired when their source and target\n"
      "countries agree (same root first); 'none' column = missed, 'none' row = false event.\n";
  out += fmt::format("{:<6}", "gold");
  for (const std::string& r : axis) out += fmt::format("{:>5}", r);
  out += '\n';
  for (const std::string& g : axis) {
    out += fmt::format("{:<6}", g);
    for (const std::string& p : axis) {
      auto it = scorer.confusion().find({g, p});
      if (it == scorer.confusion().end() || (g == "none" && p == "none")) {
        out += fmt::format("{:>5}", ".");
      } else {
        out += fmt::format("{:>5}", it->second);
      }
    }
    out += '\n';
  }
  return out;
}

std::string FormatRecordDiff(const RecordDiff& diff) {
  if (diff.empty()) return "";
  std::string out = fmt::format("DIFF {}: {}\n", diff.id, diff.text);
  for (const GoldEvent& g : diff.missed) {
    out += fmt::format("  miss   {} -> {} {}\n", ActorOrDash(g.source), ActorOrDash(g.target),
                       diff.plover_only ? g.plover : g.code);
  }
  for (const PredictedEvent& p : diff.false_events) {
    out += fmt::format("  false  {} -> {} {}{}\n", ActorOrDash(p.source), ActorOrDash(p.target),
                       diff.plover_only ? p.plover : p.code,
                       p.near.empty() ? "" : "   (near miss " + p.near + ")");
    out += fmt::format("         pattern \"{}\" ({}); {}\n", p.pattern, p.pattern_origin, p.rule);
  }
  return out;
}

std::string EvalSummaryLine(const EvalScorer& scorer) {
  std::string out = fmt::format("EVAL records={} gold={} predicted={} silent={}/{}",
                                scorer.records(), scorer.gold_events(), scorer.predicted_events(),
                                scorer.empty_records_silent(), scorer.empty_records());
  for (int m = 0; m < kMetricCount; ++m) {
    const MetricCounts& c = scorer.counts(static_cast<Metric>(m));
    const char* name = MetricName(static_cast<Metric>(m));
    out += fmt::format(" {0}_p={1:.3f} {0}_r={2:.3f} {0}_f1={3:.3f}", name, c.precision(),
                       c.recall(), c.f1());
  }
  return out;
}

}  // namespace tacitus
