// Scoring coded events against gold records (the rules are in
// include/tacitus/eval.h). Records are single sentences with a handful of
// events, so plain vectors and quadratic pairing are the clearest choice.
#include "tacitus/eval.h"

#include <map>

namespace tacitus {
namespace {

// One event, gold or predicted, reduced to what the metrics compare.
struct Item {
  std::string source, target, code, plover;
  std::string SourceCountry() const { return source.substr(0, 3); }
  std::string TargetCountry() const { return target.substr(0, 3); }
  std::string Root() const { return code.substr(0, 2); }
  bool SameCountries(const Item& o) const {
    return SourceCountry() == o.SourceCountry() && TargetCountry() == o.TargetCountry();
  }
};

// The item a metric compares; "" = the event does not take part.
std::string Key(Metric m, const Item& e, bool plover_only) {
  const bool cameo = !plover_only;
  switch (m) {
    case Metric::kRoot: return cameo ? e.Root() : "";
    case Metric::kCode: return cameo ? e.code : "";
    case Metric::kPlover: return e.plover;
    // A separator keeps "" (no actor) a distinct, non-empty item.
    case Metric::kSource: return "|" + e.SourceCountry();
    case Metric::kTarget: return "|" + e.TargetCountry();
    case Metric::kTriple: return cameo ? e.source + "|" + e.target + "|" + e.code : "";
    case Metric::kTripleCountry:
      return cameo ? e.SourceCountry() + "|" + e.TargetCountry() + "|" + e.Root() : "";
  }
  return "";
}

// Multiset comparison of one metric's items for one record.
void CountMetric(Metric m, const std::vector<Item>& gold, const std::vector<Item>& pred,
                 bool plover_only, MetricCounts* counts) {
  std::map<std::string, int64_t> balance;  // gold count minus matched predictions
  for (const Item& g : gold) {
    std::string k = Key(m, g, plover_only);
    if (k.empty()) continue;
    ++counts->gold;
    ++balance[k];
  }
  for (const Item& p : pred) {
    std::string k = Key(m, p, plover_only);
    if (k.empty()) continue;
    ++counts->predicted;
    auto it = balance.find(k);
    if (it != balance.end() && it->second > 0) {
      --it->second;
      ++counts->matched;
    }
  }
}

// Pairs gold and predicted items of the same countries, pairs that also
// agree on `same` first. pair_of_gold[i] = predicted index or -1.
template <typename Same>
std::vector<int> PairByCountries(const std::vector<Item>& gold, const std::vector<Item>& pred,
                                 Same same) {
  std::vector<int> pair_of_gold(gold.size(), -1);
  std::vector<bool> used(pred.size(), false);
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < gold.size(); ++i) {
      if (pair_of_gold[i] >= 0) continue;
      for (size_t j = 0; j < pred.size(); ++j) {
        if (used[j] || !gold[i].SameCountries(pred[j])) continue;
        if (pass == 0 && !same(gold[i], pred[j])) continue;
        pair_of_gold[i] = static_cast<int>(j);
        used[j] = true;
        break;
      }
    }
  }
  return pair_of_gold;
}

std::string Describe(const Item& e, bool plover_only) {
  auto actor = [](const std::string& c) { return c.empty() ? std::string("-") : c; };
  return actor(e.source) + " -> " + actor(e.target) + " " + (plover_only ? e.plover : e.code);
}

}  // namespace

const char* MetricName(Metric m) {
  switch (m) {
    case Metric::kRoot: return "root";
    case Metric::kCode: return "code";
    case Metric::kPlover: return "plover";
    case Metric::kSource: return "source";
    case Metric::kTarget: return "target";
    case Metric::kTriple: return "triple";
    case Metric::kTripleCountry: return "triple_country";
  }
  return "?";
}

const char* MetricDescription(Metric m) {
  switch (m) {
    case Metric::kRoot: return "event root (2 digits)";
    case Metric::kCode: return "full CAMEO code";
    case Metric::kPlover: return "PLOVER type";
    case Metric::kSource: return "source country";
    case Metric::kTarget: return "target country";
    case Metric::kTriple: return "triple (source, target, code)";
    case Metric::kTripleCountry: return "triple (country level, root)";
  }
  return "?";
}

double MetricCounts::precision() const {
  return predicted == 0 ? 0.0 : static_cast<double>(matched) / static_cast<double>(predicted);
}

double MetricCounts::recall() const {
  return gold == 0 ? 0.0 : static_cast<double>(matched) / static_cast<double>(gold);
}

double MetricCounts::f1() const {
  double p = precision(), r = recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

RecordDiff EvalScorer::Add(const GoldRecord& record, const Document& doc) {
  const bool plover_only = record.plover_only;
  std::vector<Item> gold, pred;
  std::vector<const Event*> pred_events;
  for (const GoldEvent& g : record.events) gold.push_back({g.source, g.target, g.code, g.plover});
  for (const Event& e : doc.events) {
    if (!e.realised()) continue;
    pred.push_back({e.source.code, e.target.code, e.cameo, e.plover});
    pred_events.push_back(&e);
  }
  ++records_;
  gold_events_ += gold.size();
  predicted_events_ += pred.size();
  if (gold.empty()) {
    ++empty_records_;
    if (pred.empty()) ++empty_silent_;
  }
  for (int m = 0; m < kMetricCount; ++m) {
    CountMetric(static_cast<Metric>(m), gold, pred, plover_only, &counts_[m]);
  }

  if (!plover_only) {
    std::vector<int> pairs =
        PairByCountries(gold, pred, [](const Item& a, const Item& b) { return a.Root() == b.Root(); });
    std::vector<bool> paired(pred.size(), false);
    for (size_t i = 0; i < gold.size(); ++i) {
      const std::string predicted_root = pairs[i] >= 0 ? pred[pairs[i]].Root() : "none";
      ++confusion_[{gold[i].Root(), predicted_root}];
      if (pairs[i] >= 0) paired[pairs[i]] = true;
    }
    for (size_t j = 0; j < pred.size(); ++j) {
      if (!paired[j]) ++confusion_[{"none", pred[j].Root()}];
    }
  }

  // The diff: exact triple matches first, then the leftovers.
  auto exact = [plover_only](const Item& a, const Item& b) {
    return a.source == b.source && a.target == b.target &&
           (plover_only ? a.plover == b.plover : a.code == b.code);
  };
  std::vector<bool> gold_hit(gold.size(), false), pred_hit(pred.size(), false);
  for (size_t j = 0; j < pred.size(); ++j) {
    for (size_t i = 0; i < gold.size(); ++i) {
      if (!gold_hit[i] && exact(gold[i], pred[j])) {
        gold_hit[i] = pred_hit[j] = true;
        break;
      }
    }
  }
  RecordDiff diff;
  diff.id = record.id;
  diff.text = record.text;
  diff.plover_only = plover_only;
  std::vector<Item> missed, wrong;
  std::vector<const Event*> wrong_events;
  for (size_t i = 0; i < gold.size(); ++i) {
    if (gold_hit[i]) continue;
    missed.push_back(gold[i]);
    diff.missed.push_back(record.events[i]);
  }
  for (size_t j = 0; j < pred.size(); ++j) {
    if (pred_hit[j]) continue;
    wrong.push_back(pred[j]);
    wrong_events.push_back(pred_events[j]);
  }
  std::vector<int> near = PairByCountries(missed, wrong, [](const Item&, const Item&) { return true; });
  std::vector<std::string> near_of_wrong(wrong.size());
  for (size_t i = 0; i < missed.size(); ++i) {
    if (near[i] >= 0) near_of_wrong[near[i]] = Describe(missed[i], plover_only);
  }
  for (size_t j = 0; j < wrong.size(); ++j) {
    const Event& e = *wrong_events[j];
    diff.false_events.push_back({e.source.code, e.target.code, e.cameo, e.plover, e.pattern,
                                 e.pattern_origin, e.rule, near_of_wrong[j]});
  }
  return diff;
}

}  // namespace tacitus
