// Conformance: Tacitus coding the peers' own test suites from raw text (not
// their parse trees) with the peers' own dictionaries, loaded through
// --dict on an empty data folder (only the CAMEO table):
//
//   petrarch2  PETR.UnitTest.records.jsonl with PETR.Validate.{verbs,actors,
//              agents,discards}.txt (the dictionaries its <Environment> names)
//   tabari     tabari/Validate.records.jsonl with the dictionaries
//              tabari/Validate.project names; the records up to FINAL-01
//              that carry a validation (TABARI's standard run)
//
// A record is exact when the set of coded events (source code, target code,
// event code) equals the record's expected set. The set holds every event
// the engine codes, negated and hypothetical ones too, because that is the
// suites' convention: the peers have no realis model, and what they do with
// "not", "will" or "is about to" is only what their patterns say ("Arnor is
// about to restore ties" expects 064). The score under Tacitus' own
// convention, realised events only, is kept beside it. Records that expect
// no events, a discard, an error or (TABARI) "too complex" expect the empty
// set; TABARI records marked "do not check additional records" are exact
// when every expected event is there. Discard phrases of the dictionaries
// are applied here (the engine has no discard hook yet): a sentence holding
// one gives no events. Records without a date are dated 1995-01-01, the
// suites' usual date.
#ifndef TACITUS_CONFORMANCE_H_
#define TACITUS_CONFORMANCE_H_

#include <map>
#include <string>
#include <vector>

#include "tacitus/diagnostics.h"
#include "tacitus/status.h"

namespace tacitus {

struct ConformanceOptions {
  std::string shared_dir;  // the ../shared folder
  std::string data_dir;    // whose cameo.tsv is used; "" = default
  std::string wordnet_dir = "/usr/share/wordnet";
  std::vector<std::string> suites{"petrarch2", "tabari"};
};

struct CodedTriple {
  std::string source, target, code;
  bool operator<(const CodedTriple& o) const {
    return source != o.source ? source < o.source : target != o.target ? target < o.target : code < o.code;
  }
  bool operator==(const CodedTriple& o) const {
    return source == o.source && target == o.target && code == o.code;
  }
};

struct ConformanceRecord {
  std::string id, text, origin;
  std::vector<CodedTriple> expected, got;  // sorted, no duplicates; got: every coded event
  bool exact = false;           // got matches expected (the suites' convention)
  bool exact_realised = false;  // the realised events alone match (Tacitus' convention)
  bool cameo_only = false;  // every expected code is in cameo_eventcodes.tsv
};

struct SuiteResult {
  std::string name;         // "petrarch2"
  std::string dictionary;   // the --dict spec used
  std::string summary;      // what the dictionaries held, what was not expressible
  size_t total = 0, exact = 0, exact_realised = 0;
  size_t cameo_total = 0, cameo_exact = 0, cameo_exact_realised = 0;  // CAMEO codes only
  std::vector<ConformanceRecord> records;
  // Scores by name, as in floors.txt: "petrarch2", "petrarch2-cameo",
  // "tabari", and the same names with "-realised" appended.
  std::map<std::string, size_t> Scores() const;
};

// Runs the suites. NotFound when shared_dir lacks a suite's files.
Status RunConformance(const ConformanceOptions& options, Diagnostics* diagnostics,
                      std::vector<SuiteResult>* results);

// "petrarch2: 123/284 records exact" lines (and the CAMEO-only count, and
// the realised-only scores), then,
// with `failures`, each record that is not exact: id, text, expected, got.
std::string FormatConformance(const std::vector<SuiteResult>& results, bool failures);

// floors.txt: "NAME SCORE" lines ("tabari 210"), '#' comments.
Status ReadFloors(const std::string& path, std::map<std::string, size_t>* floors);

}  // namespace tacitus

#endif  // TACITUS_CONFORMANCE_H_
