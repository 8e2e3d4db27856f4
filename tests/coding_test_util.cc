#include "coding_test_util.h"

#include <cstdio>
#include <cstdlib>

#include "tacitus/diagnostics.h"

namespace tacitus::testing {

const Coder& SharedCoder() {
  static std::unique_ptr<Coder> coder = [] {
    static Diagnostics diagnostics(stderr);
    CoderOptions options;
    options.data_dir = std::string(TACITUS_SOURCE_DIR) + "/data";
    std::unique_ptr<Coder> c;
    Status s = Coder::Open(options, &diagnostics, &c);
    if (!s.ok()) {
      std::fprintf(stderr, "cannot open coder: %s\n", s.ToString().c_str());
      std::abort();
    }
    return c;
  }();
  return *coder;
}

Document CodeText(const std::string& text, const std::string& date) {
  Article a;
  a.id = "test";
  a.text = text;
  Date::Parse(date, &a.date);
  Document doc;
  SharedCoder().Code(std::move(a), &doc);
  return doc;
}

static bool Prefix(const std::string& code, const std::string& want) {
  return code.compare(0, want.size(), want) == 0;
}

const Event* FindEvent(const Document& doc, const Want& want, bool any) {
  for (const Event& e : doc.events) {
    if (!any && !e.realised()) continue;
    if (!Prefix(e.source.code, want.source) || !Prefix(e.target.code, want.target)) continue;
    if (!want.roots.empty()) {
      bool ok = false;
      for (const auto& r : want.roots) ok |= e.root == r;
      if (!ok) continue;
    }
    return &e;
  }
  return nullptr;
}

std::string DescribeEvents(const Document& doc) {
  std::string out;
  for (const Event& e : doc.events) {
    out += "  " + e.source.code + " -" + e.cameo + "-> " + e.target.code + " date=" + e.date.ToIso() +
           (e.negated ? " NEG" : "") + (e.hypothetical ? " HYP" : "") + (e.mirrored ? " MIR" : "") +
           " [" + e.pattern + "] sentence " + std::to_string(e.sentence) + "\n";
  }
  if (out.empty()) out = "  (no events)\n";
  return out;
}

}  // namespace tacitus::testing
