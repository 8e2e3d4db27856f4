// JSON Lines outputs: Tacitus' own event records and PLOVER/POLECAT style.
#include <string>

#include "json_escape.h"
#include "tacitus/writer.h"
#include "writer_internal.h"

namespace tacitus {
namespace {

void WriteSpan(JsonOut* j, Span s) {
  j->BeginArray();
  j->Uint(s.begin);
  j->Uint(s.end);
  j->EndArray();
}

void WriteActor(JsonOut* j, const Document& doc, const EventActor& a) {
  j->BeginObject();
  j->Field("code", a.code);
  j->Field("country", a.country);
  j->Field("sector", a.sector);
  j->Field("name", a.name);
  j->Field("text", SafeSlice(doc, a.span));
  j->Key("span");
  WriteSpan(j, a.span);
  j->Field("why", a.why);
  j->EndObject();
}

void WriteLocation(JsonOut* j, const Document& doc, const Location& loc) {
  if (!loc.valid()) {
    j->Null();
    return;
  }
  j->BeginObject();
  j->Field("name", loc.name);
  j->Field("kind", loc.kind);
  j->Field("country", loc.country);
  j->Field("latitude", loc.latitude);
  j->Field("longitude", loc.longitude);
  j->Field("text", SafeSlice(doc, loc.span));
  j->Key("span");
  WriteSpan(j, loc.span);
  j->EndObject();
}

void WriteDate(JsonOut* j, const Date& d) {
  if (d.valid()) {
    j->String(d.ToIso());
  } else {
    j->Null();
  }
}

}  // namespace

void WriteJsonl(const Document& doc, const WriteOptions& options, std::string* out) {
  for (const Event& e : doc.events) {
    if (!Selected(e, options)) continue;
    JsonOut j(out);
    j.BeginObject();
    j.Field("article_id", doc.article.id);
    j.Field("event_id", std::to_string(StableEventId(doc, e)));
    j.Key("event_date");
    WriteDate(&j, e.date);
    j.Field("date_precision", e.date.PrecisionName());
    j.Field("date_text", e.date_text);
    j.Key("source");
    WriteActor(&j, doc, e.source);
    j.Key("target");
    WriteActor(&j, doc, e.target);
    j.Field("cameo", e.cameo);
    j.Field("root", e.root);
    j.Field("quad_class", e.quad_class);
    j.Field("goldstein", e.goldstein);
    j.Field("plover", e.plover);
    j.Field("plover_mode", e.plover_mode);
    j.Key("location");
    WriteLocation(&j, doc, e.location);
    j.Field("negated", e.negated);
    j.Field("hypothetical", e.hypothetical);
    j.Field("historical", e.historical);
    j.Field("reported", e.reported);
    j.Field("mirrored", e.mirrored);
    j.Field("sports", e.sports);
    j.Key("sentence");
    j.BeginObject();
    j.Field("index", static_cast<int>(e.sentence));
    j.Field("text", SentenceText(doc, e));
    j.Key("span");
    const Sentence* s = SentenceOf(doc, e);
    WriteSpan(&j, s != nullptr ? s->span : Span{});
    j.EndObject();
    j.Key("provenance");
    j.BeginObject();
    j.Field("pattern", e.pattern);
    j.Field("pattern_origin", e.pattern_origin);
    j.Field("rule", e.rule);
    j.Key("trigger");
    j.BeginObject();
    j.Field("text", SafeSlice(doc, e.trigger));
    j.Key("span");
    WriteSpan(&j, e.trigger);
    j.EndObject();
    j.EndObject();
    j.EndObject();
    out->push_back('\n');
  }
}

void WritePlover(const Document& doc, const WriteOptions& options, std::string* out) {
  for (const Event& e : doc.events) {
    // PLOVER has no type for CAMEO roots 01 and 02: nothing to say there.
    if (!Selected(e, options) || e.plover.empty()) continue;
    JsonOut j(out);
    j.BeginObject();
    j.Field("id", std::to_string(StableEventId(doc, e)));
    j.Key("date");
    WriteDate(&j, e.date);
    j.Key("actor");
    j.BeginArray();
    if (!e.source.code.empty()) j.String(e.source.code);
    j.EndArray();
    j.Key("recipient");
    j.BeginArray();
    if (!e.target.code.empty()) j.String(e.target.code);
    j.EndArray();
    j.Key("event");
    j.BeginArray();
    j.String(e.plover);
    j.EndArray();
    j.Field("mode", e.plover_mode);
    j.Field("context", e.plover_context);
    j.Field("event_text", SentenceText(doc, e));
    j.Key("event_loc");
    WriteLocation(&j, doc, e.location);
    j.Key("text_info");
    j.BeginObject();
    const Sentence* s = SentenceOf(doc, e);
    j.Field("sentence", static_cast<int>(e.sentence));
    j.Key("begin");
    j.Uint(s != nullptr ? s->span.begin : 0);
    j.Key("end");
    j.Uint(s != nullptr ? s->span.end : 0);
    j.EndObject();
    j.Key("cite_info");
    j.BeginObject();
    j.Field("article_id", doc.article.id);
    j.Field("url", doc.article.url);
    j.Field("source", doc.article.source);
    j.EndObject();
    j.Field("cameo", e.cameo);
    j.EndObject();
    out->push_back('\n');
  }
}

}  // namespace tacitus
