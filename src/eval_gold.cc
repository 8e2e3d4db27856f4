// Gold records for `tacitus eval`: the CAMEO-to-PLOVER table and the two
// gold JSONL forms (see include/tacitus/eval.h). Gold files are small (a few
// hundred hand-written lines), so a file is read whole and parsed with the
// simdjson DOM parser line by line; checking every code against cameo.tsv
// here catches typos in the gold before they turn into false "misses".
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <simdjson.h>

#include "tacitus/eval.h"
#include "tsv.h"

namespace tacitus {
namespace {

bool IsBlank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Reads an optional string member: absent or null -> "", a string -> its
// value; anything else is an error.
Status GetString(simdjson::dom::object obj, const char* key, std::string* out) {
  out->clear();
  simdjson::dom::element v;
  if (obj.at_key(key).get(v)) return Status::OK();
  if (v.is_null()) return Status::OK();
  std::string_view s;
  if (v.get(s)) return Status::Corruption(fmt::format("\"{}\" must be a string", key));
  out->assign(s);
  return Status::OK();
}

// Reads a PLOVER actor list: an array of strings, a single string, absent or
// null (no actor).
Status GetCodeList(simdjson::dom::object obj, const char* key, std::vector<std::string>* out) {
  out->clear();
  simdjson::dom::element v;
  if (obj.at_key(key).get(v) || v.is_null()) return Status::OK();
  std::string_view s;
  if (!v.get(s)) {
    if (!s.empty()) out->emplace_back(s);
    return Status::OK();
  }
  simdjson::dom::array arr;
  if (v.get(arr)) return Status::Corruption(fmt::format("\"{}\" must be a list of actor codes", key));
  for (simdjson::dom::element item : arr) {
    if (item.get(s)) return Status::Corruption(fmt::format("\"{}\" must list strings", key));
    if (!s.empty()) out->emplace_back(s);
  }
  return Status::OK();
}

Status ParseCameoEvents(simdjson::dom::array events, const PloverMap& plover,
                        GoldRecord* out) {
  size_t index = 0;
  for (simdjson::dom::element item : events) {
    ++index;
    simdjson::dom::object ev;
    if (item.get(ev)) return Status::Corruption(fmt::format("event {} is not an object", index));
    GoldEvent g;
    Status s = GetString(ev, "source", &g.source);
    if (s.ok()) s = GetString(ev, "target", &g.target);
    if (s.ok()) s = GetString(ev, "code", &g.code);
    if (!s.ok()) return Status::Corruption(fmt::format("event {}: {}", index, s.message()));
    auto it = plover.find(g.code);
    if (g.code.empty() || it == plover.end()) {
      return Status::Corruption(
          fmt::format("event {}: \"{}\" is not a CAMEO event code", index, g.code));
    }
    g.plover = it->second;
    out->events.push_back(std::move(g));
  }
  return Status::OK();
}

Status ParsePloverEvent(simdjson::dom::object obj, const PloverMap& plover, GoldRecord* out) {
  std::string type;
  Status s = GetString(obj, "event", &type);
  if (!s.ok()) return s;
  std::vector<std::string> sources, targets;
  if (s = GetCodeList(obj, "source", &sources); !s.ok()) return s;
  if (s = GetCodeList(obj, "target", &targets); !s.ok()) return s;
  if (type.empty()) {
    if (!sources.empty() || !targets.empty()) {
      return Status::Corruption("actors given but \"event\" is empty");
    }
    return Status::OK();  // a record that expects no event
  }
  bool known = false;
  for (const auto& [code, type_of_code] : plover) known = known || type_of_code == type;
  if (!known) return Status::Corruption(fmt::format("\"{}\" is not a PLOVER type", type));
  if (sources.empty()) sources.emplace_back();
  if (targets.empty()) targets.emplace_back();
  for (const std::string& src : sources) {
    for (const std::string& tgt : targets) out->events.push_back({src, tgt, "", type});
  }
  return Status::OK();
}

}  // namespace

Status LoadPloverMap(const std::string& cameo_tsv, Diagnostics* diagnostics, PloverMap* out) {
  TsvFile file;
  Status s = file.Open(cameo_tsv,
                       {"code", "name", "quad_class", "goldstein", "plover", "plover_mode",
                        "plover_context"},
                       diagnostics);
  if (!s.ok()) return s;
  out->clear();
  TsvRow row;
  while (file.Next(&row)) (*out)[std::string(row[0])] = std::string(row[4]);
  if (out->empty()) return Status::Corruption(cameo_tsv + ": no CAMEO codes");
  return Status::OK();
}

Status ParseGoldRecord(std::string_view line, const PloverMap& plover, GoldRecord* out) {
  *out = GoldRecord();
  // One parser per thread: building one costs more than parsing a line.
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  simdjson::error_code err = parser.parse(line.data(), line.size(), true).get(root);
  if (err) return Status::Corruption(fmt::format("broken JSON: {}", simdjson::error_message(err)));
  simdjson::dom::object obj;
  if (root.get(obj)) return Status::Corruption("a gold record must be a JSON object");

  std::string date;
  Status s = GetString(obj, "id", &out->id);
  if (s.ok()) s = GetString(obj, "text", &out->text);
  if (s.ok()) s = GetString(obj, "date", &date);
  if (!s.ok()) return s;
  if (out->id.empty()) return Status::Corruption("no \"id\"");
  if (IsBlank(out->text)) return Status::Corruption("no \"text\"");
  if (!Date::Parse(date, &out->date)) {
    return Status::Corruption(fmt::format("\"date\" '{}' is not a date (YYYY-MM-DD)", date));
  }

  simdjson::dom::element events;
  bool has_events = !obj.at_key("events").get(events);
  bool has_event = !obj.at_key("event").error();
  if (has_events == has_event) {
    return Status::Corruption("needs either \"events\" (CAMEO) or \"event\" (PLOVER)");
  }
  if (has_event) {
    out->plover_only = true;
    return ParsePloverEvent(obj, plover, out);
  }
  simdjson::dom::array arr;
  if (events.get(arr)) return Status::Corruption("\"events\" must be a list");
  return ParseCameoEvents(arr, plover, out);
}

Status ReadGoldFile(const std::string& path, const PloverMap& plover, Diagnostics* diagnostics,
                    std::vector<GoldRecord>* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open");
  std::string line;
  uint64_t line_no = 0;
  std::set<std::string> ids;
  while (std::getline(in, line)) {
    ++line_no;
    if (line_no == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);  // byte order mark
    if (IsBlank(line)) continue;
    const std::string origin = fmt::format("{}:{}", path, line_no);
    GoldRecord record;
    Status s = ParseGoldRecord(line, plover, &record);
    if (s.ok() && !ids.insert(record.id).second) {
      s = Status::Corruption(fmt::format("duplicate id '{}'", record.id));
    }
    if (!s.ok()) {
      diagnostics->Error(origin, s.message());
      continue;
    }
    record.origin = origin;
    out->push_back(std::move(record));
  }
  if (in.bad()) return Status::IOError(path + ": read error");
  return Status::OK();
}

}  // namespace tacitus
