// Printing conformance results and reading conformance/floors.txt.
#include <fstream>
#include <sstream>

#include "tacitus/conformance.h"

namespace tacitus {

namespace {

std::string Events(const std::vector<CodedTriple>& events) {
  if (events.empty()) return "(none)";
  std::string out;
  for (const CodedTriple& t : events)
    out += (out.empty() ? "" : "; ") + (t.source.empty() ? "-" : t.source) + " " +
           (t.target.empty() ? "-" : t.target) + " " + t.code;
  return out;
}

}  // namespace

std::string FormatConformance(const std::vector<SuiteResult>& results, bool failures) {
  std::ostringstream out;
  for (const SuiteResult& r : results) {
    out << r.name << ": " << r.exact << "/" << r.total << " records exact\n";
    if (r.name == "petrarch2")
      out << r.name << "-cameo: " << r.cameo_exact << "/" << r.cameo_total
          << " records exact (those whose expected codes are all in cameo_eventcodes.tsv)\n";
  }
  out << "(every coded event counted, as the peers count them; realised events only:";
  for (const SuiteResult& r : results) {
    out << " " << r.name << " " << r.exact_realised << "/" << r.total;
    if (r.name == "petrarch2") out << " (cameo " << r.cameo_exact_realised << "/" << r.cameo_total << ")";
  }
  out << ")\n";
  for (const SuiteResult& r : results) {
    out << "\n" << r.name << " dictionaries: " << r.dictionary << "\n  " << r.summary << "\n";
    if (!failures) continue;
    out << r.name << " records not exact:\n";
    for (const ConformanceRecord& rec : r.records) {
      if (rec.exact) continue;
      out << "  " << rec.id << (rec.cameo_only ? "" : " (non-CAMEO codes)") << "  " << rec.origin << "\n"
          << "    text:     " << rec.text << "\n"
          << "    expected: " << Events(rec.expected) << "\n"
          << "    got:      " << Events(rec.got) << "\n";
    }
  }
  return out.str();
}

Status ReadFloors(const std::string& path, std::map<std::string, size_t>* floors) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string name;
    long long score = -1;
    if (!(fields >> name >> score) || score < 0)
      return Status::Corruption(path + ":" + std::to_string(line_no) + ": want NAME SCORE");
    (*floors)[name] = static_cast<size_t>(score);
  }
  return Status::OK();
}

}  // namespace tacitus
