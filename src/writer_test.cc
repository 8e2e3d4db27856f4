#include "tacitus/writer.h"

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <simdjson.h>

#include "test_files.h"

namespace tacitus {
namespace {

using testing_util::Lines;

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, sep)) parts.push_back(cur);
  if (!s.empty() && s.back() == sep) parts.push_back("");
  return parts;
}

Span Find(const std::string& text, const std::string& what) {
  size_t at = text.find(what);
  EXPECT_NE(at, std::string::npos) << what;
  return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + what.size())};
}

// A small coded document, made by hand: a title and one body sentence with
// a realised event, a negated one and an event without a PLOVER type.
Document MakeDocument() {
  Document doc;
  doc.article.id = "art-1";
  doc.article.date = Date::FromYmd(2025, 9, 2);
  doc.article.source = "wire";
  doc.article.url = "https://example.org/a";
  doc.article.title = "Xi welcomes Putin";
  doc.article.text = "Xi welcomes Putin\n\nPutin met Xi in \"Beijing\"\tand did not visit Tokyo.";
  const std::string& t = doc.article.text;
  Sentence title;
  title.span = Find(t, "Xi welcomes Putin");
  title.is_title = true;
  title.first_token = 0;
  title.end_token = 3;
  Sentence body;
  body.span = Span{title.span.end + 2, static_cast<uint32_t>(t.size())};
  body.first_token = 3;
  body.end_token = 5;
  doc.sentences = {title, body};
  for (const char* w : {"Xi", "welcomes", "Putin"}) {
    Token tok;
    tok.span = Find(t, w);
    tok.tag = std::string(w) == "welcomes" ? Tag::kVerb : Tag::kProperNoun;
    if (tok.tag == Tag::kVerb) tok.form = VerbForm::kPresent;
    doc.tokens.push_back(tok);
  }
  Token putin, met;
  putin.span = Span{body.span.begin, body.span.begin + 5};
  putin.tag = Tag::kProperNoun;
  met.span = Find(t, "met");
  met.tag = Tag::kVerb;
  met.form = VerbForm::kPast;
  doc.tokens.push_back(putin);
  doc.tokens.push_back(met);
  ActorMention xi;
  xi.first_token = 0;
  xi.end_token = 1;
  xi.code = "CHNGOV";
  xi.country = "CHN";
  xi.sector = "GOV";
  xi.name = "Xi Jinping";
  xi.how = "people.tsv:3 Xi Jinping, President";
  xi.is_person = true;
  doc.mentions.push_back(xi);

  Event e;
  e.sentence = 0;
  e.source = {"CHNGOV", "CHN", "GOV", "Xi Jinping", doc.tokens[0].span, 0, "subject of 'welcomes'"};
  e.target = {"RUSGOV", "RUS", "GOV", "", doc.tokens[2].span, -1, "object of 'welcomes'"};
  e.cameo = "043";
  e.root = "04";
  e.quad_class = 1;
  e.goldstein = 2.8;
  e.plover = "CONSULT";
  e.plover_mode = "visit";
  e.date = Date::FromYmd(2025, 9, 2);
  e.trigger = doc.tokens[1].span;
  e.pattern = "welcome {T}";
  e.pattern_origin = "data/verb_patterns.tsv:12";
  e.rule = "active clause";
  e.location = Location{"Beijing", "capital", "CHN", "CH", 39.9042, 116.4074, Find(t, "Beijing")};
  doc.events.push_back(e);

  Event negated = e;
  negated.sentence = 1;
  negated.cameo = "042";
  negated.source.code = "RUSGOV";
  negated.target = EventActor{"JPN", "JPN", "", "", Find(t, "Tokyo"), -1, "object"};
  negated.trigger = Find(t, "visit");
  negated.negated = true;
  negated.location = Location();
  doc.events.push_back(negated);

  Event statement = e;
  statement.sentence = 1;
  statement.cameo = "010";
  statement.root = "01";
  statement.plover.clear();
  statement.plover_mode.clear();
  statement.source = EventActor{"IGOUNOMIL", "IGO", "MIL", "United Nations", Span{}, -1, ""};
  statement.target = EventActor();
  statement.trigger = doc.tokens[4].span;
  statement.mirrored = true;
  statement.date_text = "on Tuesday";
  statement.location = Location();
  doc.events.push_back(statement);
  return doc;
}

TEST(WriterTest, ParsesFormatNames) {
  OutputFormat f;
  ASSERT_TRUE(ParseOutputFormat("gdelt", &f));
  EXPECT_EQ(f, OutputFormat::kGdelt);
  ASSERT_TRUE(ParseOutputFormat("plover", &f));
  EXPECT_EQ(f, OutputFormat::kPlover);
  ASSERT_TRUE(ParseOutputFormat("table", &f));
  ASSERT_TRUE(ParseOutputFormat("jsonl", &f));
  EXPECT_EQ(f, OutputFormat::kJsonl);
  EXPECT_FALSE(ParseOutputFormat("csv", &f));
}

TEST(WriterTest, StableEventIdsAreStableAndDistinct) {
  Document doc = MakeDocument();
  uint64_t a = StableEventId(doc, doc.events[0]);
  EXPECT_EQ(a, StableEventId(MakeDocument(), MakeDocument().events[0]));
  EXPECT_LT(a, uint64_t{1} << 63);
  EXPECT_NE(a, StableEventId(doc, doc.events[1]));
  EXPECT_NE(a, StableEventId(doc, doc.events[2]));
  Document other = MakeDocument();
  other.article.id = "art-2";
  EXPECT_NE(a, StableEventId(other, other.events[0]));
}

TEST(WriterTest, JsonlIsValidJsonWithStableKeys) {
  Document doc = MakeDocument();
  std::string out;
  WriteJsonl(doc, WriteOptions(), &out);
  std::vector<std::string> lines = Lines(out);
  ASSERT_EQ(lines.size(), 2u);  // the negated event is left out
  simdjson::dom::parser parser;
  for (const std::string& line : lines) {
    simdjson::dom::element root;
    ASSERT_EQ(parser.parse(line).get(root), simdjson::SUCCESS) << line;
    std::vector<std::string_view> keys;
    for (auto field : root.get_object()) keys.push_back(field.key);
    std::vector<std::string_view> expected = {
        "article_id", "event_id", "event_date", "date_precision", "date_text", "source",
        "target", "cameo", "root", "quad_class", "goldstein", "plover", "plover_mode",
        "location", "negated", "hypothetical", "historical", "reported", "mirrored", "sports",
        "sentence", "provenance"};
    EXPECT_EQ(keys, expected);
  }
  simdjson::dom::element first = parser.parse(lines[0]);
  EXPECT_EQ(std::string_view(first["article_id"]), "art-1");
  EXPECT_EQ(std::string_view(first["event_id"]), std::to_string(StableEventId(doc, doc.events[0])));
  EXPECT_EQ(std::string_view(first["event_date"]), "2025-09-02");
  EXPECT_EQ(std::string_view(first["source"]["code"]), "CHNGOV");
  EXPECT_EQ(std::string_view(first["source"]["text"]), "Xi");
  EXPECT_EQ(uint64_t(first["source"]["span"].at(1)), 2u);
  EXPECT_EQ(std::string_view(first["target"]["why"]), "object of 'welcomes'");
  EXPECT_EQ(std::string_view(first["cameo"]), "043");
  EXPECT_EQ(double(first["goldstein"]), 2.8);
  EXPECT_EQ(std::string_view(first["location"]["name"]), "Beijing");
  EXPECT_EQ(std::string_view(first["location"]["text"]), "Beijing");
  EXPECT_EQ(std::string_view(first["sentence"]["text"]), "Xi welcomes Putin");
  EXPECT_EQ(std::string_view(first["provenance"]["trigger"]["text"]), "welcomes");
  EXPECT_EQ(std::string_view(first["provenance"]["pattern_origin"]), "data/verb_patterns.tsv:12");
  simdjson::dom::element second = parser.parse(lines[1]);
  EXPECT_TRUE(second["location"].is_null());
  EXPECT_TRUE(bool(second["mirrored"]));
  // Quotes and the tab inside the sentence survive the round trip.
  EXPECT_EQ(std::string_view(second["sentence"]["text"]),
            "Putin met Xi in \"Beijing\"\tand did not visit Tokyo.");
  EXPECT_NE(lines[1].find(R"(\"Beijing\"\tand)"), std::string::npos);
}

TEST(WriterTest, AllIncludesUnrealisedEvents) {
  Document doc = MakeDocument();
  WriteOptions all;
  all.include_unrealised = true;
  std::string out;
  WriteJsonl(doc, all, &out);
  ASSERT_EQ(Lines(out).size(), 3u);
  EXPECT_NE(Lines(out)[1].find("\"negated\":true"), std::string::npos);
}

TEST(WriterTest, JsonEscapesControlCharactersAndBadBytes) {
  Document doc = MakeDocument();
  doc.article.id = std::string("a\x01\"b\\\n\xFF", 7);
  std::string out;
  WriteJsonl(doc, WriteOptions(), &out);
  std::string line = Lines(out)[0];
  EXPECT_NE(line.find(R"("article_id":"a\u0001\"b\\\n)" "\xEF\xBF\xBD\""), std::string::npos)
      << line;
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  EXPECT_EQ(parser.parse(line).get(root), simdjson::SUCCESS);
}

TEST(WriterTest, PloverSkipsEventsWithoutAPloverType) {
  Document doc = MakeDocument();
  std::string out;
  WritePlover(doc, WriteOptions(), &out);
  std::vector<std::string> lines = Lines(out);
  ASSERT_EQ(lines.size(), 1u);
  simdjson::dom::parser parser;
  simdjson::dom::element r = parser.parse(lines[0]);
  EXPECT_EQ(std::string_view(r["date"]), "2025-09-02");
  EXPECT_EQ(std::string_view(r["actor"].at(0)), "CHNGOV");
  EXPECT_EQ(std::string_view(r["recipient"].at(0)), "RUSGOV");
  EXPECT_EQ(std::string_view(r["event"].at(0)), "CONSULT");
  EXPECT_EQ(std::string_view(r["mode"]), "visit");
  EXPECT_EQ(std::string_view(r["event_text"]), "Xi welcomes Putin");
  EXPECT_EQ(std::string_view(r["event_loc"]["name"]), "Beijing");
  EXPECT_EQ(int64_t(r["text_info"]["sentence"]), 0);
  EXPECT_EQ(std::string_view(r["cite_info"]["url"]), "https://example.org/a");
  EXPECT_EQ(std::string_view(r["cameo"]), "043");
}

TEST(WriterTest, TableRowsLineUpUnderTheHeader) {
  Document doc = MakeDocument();
  std::string out;
  WriteTable(doc, WriteOptions(), &out);
  std::vector<std::string> rows = Lines(out);
  ASSERT_EQ(rows.size(), 2u);
  std::string header = TableHeader();
  ASSERT_EQ(header.back(), '\n');
  EXPECT_EQ(header.find("date"), 0u);
  for (const char* col : {"source", "cameo", "target", "plover", "flags", "sentence"}) {
    size_t at = header.find(col);
    ASSERT_NE(at, std::string::npos) << col;
    for (const std::string& row : rows) {
      EXPECT_NE(row[at], ' ') << col << " in " << row;
      EXPECT_EQ(row[at - 1], ' ') << col << " in " << row;
    }
  }
  EXPECT_EQ(rows[0].find("2025-09-02  CHNGOV"), 0u) << rows[0];
  EXPECT_NE(rows[1].find(" M "), std::string::npos) << rows[1];  // mirrored flag
  EXPECT_NE(rows[1].find("IGOUNOMIL"), std::string::npos);
  // The tab inside the sentence does not break the row.
  EXPECT_EQ(rows[1].find('\t'), std::string::npos);
}

TEST(WriterTest, TableCutsLongSentencesOnCharacterBoundaries) {
  Document doc = MakeDocument();
  std::string body;
  for (int i = 0; i < 100; ++i) body += "\xC3\xA9";  // é, two bytes each
  doc.article.text += " " + body;
  doc.sentences[1].span.end = static_cast<uint32_t>(doc.article.text.size());
  std::string out;
  WriteTable(doc, WriteOptions(), &out);
  std::string row = Lines(out)[1];
  std::string sentence = row.substr(TableHeader().find("sentence"));
  size_t chars = 0;
  for (unsigned char c : sentence) chars += (c & 0xC0) != 0x80;
  EXPECT_EQ(chars, 80u);
  EXPECT_EQ(sentence.substr(sentence.size() - 3), "\xE2\x80\xA6");
  EXPECT_EQ(sentence.substr(sentence.size() - 5, 2), "\xC3\xA9");  // whole character before "…"
}

// The GDELT column list and real rows, read from ../shared at run time.
class GdeltTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string dir = std::string(TACITUS_SHARED_DIR) + "/reference/";
    std::ifstream columns(dir + "gdelt2_event_columns.tsv");
    if (!columns) GTEST_SKIP() << "no " << dir << "gdelt2_event_columns.tsv (../shared absent)";
    std::string line;
    std::getline(columns, line);  // header
    while (std::getline(columns, line)) {
      std::vector<std::string> f = Split(line, '\t');
      if (f.size() >= 2) index_[f[1]] = std::stoi(f[0]) - 1;
    }
    std::ifstream sample(dir + "gdelt2_export_sample.tsv");
    while (std::getline(sample, line)) sample_.push_back(Split(line, '\t'));
  }
  std::map<std::string, int> index_;  // column name -> 0-based position
  std::vector<std::vector<std::string>> sample_;
};

TEST_F(GdeltTest, SixtyOneColumnsInGdeltOrder) {
  ASSERT_EQ(index_.size(), 61u);
  Document doc = MakeDocument();
  std::string out;
  WriteGdelt(doc, WriteOptions(), &out);
  std::vector<std::string> lines = Lines(out);
  ASSERT_EQ(lines.size(), 2u);
  for (const std::string& line : lines) ASSERT_EQ(Split(line, '\t').size(), 61u) << line;
  std::vector<std::string> r = Split(lines[0], '\t');
  auto col = [&](const char* name) { return r.at(index_.at(name)); };
  EXPECT_EQ(col("GLOBALEVENTID"), std::to_string(StableEventId(doc, doc.events[0])));
  EXPECT_EQ(col("SQLDATE"), "20250902");
  EXPECT_EQ(col("MonthYear"), "202509");
  EXPECT_EQ(col("Year"), "2025");
  EXPECT_EQ(col("Actor1Code"), "CHNGOV");
  EXPECT_EQ(col("Actor1Name"), "XI JINPING");
  EXPECT_EQ(col("Actor1CountryCode"), "CHN");
  EXPECT_EQ(col("Actor1Type1Code"), "GOV");
  EXPECT_EQ(col("Actor2Code"), "RUSGOV");
  EXPECT_EQ(col("Actor2Name"), "PUTIN");  // no canonical name: the text
  EXPECT_EQ(col("Actor2CountryCode"), "RUS");
  EXPECT_EQ(col("IsRootEvent"), "1");
  EXPECT_EQ(col("EventCode"), "043");
  EXPECT_EQ(col("EventBaseCode"), "043");
  EXPECT_EQ(col("EventRootCode"), "04");
  EXPECT_EQ(col("QuadClass"), "1");
  EXPECT_EQ(col("GoldsteinScale"), "2.8");
  EXPECT_EQ(col("NumMentions"), "1");
  EXPECT_EQ(col("NumArticles"), "1");
  EXPECT_EQ(col("AvgTone"), "");
  EXPECT_EQ(col("ActionGeo_Type"), "4");
  EXPECT_EQ(col("ActionGeo_FullName"), "Beijing");
  EXPECT_EQ(col("ActionGeo_CountryCode"), "CH");
  EXPECT_EQ(col("ActionGeo_Lat"), "39.9042");
  EXPECT_EQ(col("ActionGeo_Long"), "116.4074");
  EXPECT_EQ(col("DATEADDED"), "20250902000000");
  EXPECT_EQ(col("SOURCEURL"), "https://example.org/a");
  // An IGO: the organisation is the known group, not a country.
  std::vector<std::string> igo = Split(lines[1], '\t');
  EXPECT_EQ(igo.at(index_.at("Actor1Code")), "IGOUNOMIL");
  EXPECT_EQ(igo.at(index_.at("Actor1CountryCode")), "");
  EXPECT_EQ(igo.at(index_.at("Actor1KnownGroupCode")), "UNO");
  EXPECT_EQ(igo.at(index_.at("Actor1Type1Code")), "IGO");
  EXPECT_EQ(igo.at(index_.at("Actor1Type2Code")), "MIL");
  EXPECT_EQ(igo.at(index_.at("Actor2Code")), "");
  EXPECT_EQ(igo.at(index_.at("IsRootEvent")), "1");  // the lead sentence
  EXPECT_EQ(igo.at(index_.at("EventRootCode")), "01");
  EXPECT_EQ(igo.at(index_.at("ActionGeo_Type")), "0");
  EXPECT_EQ(igo.at(index_.at("ActionGeo_Lat")), "");
}

TEST_F(GdeltTest, FractionDateMatchesRealRows) {
  ASSERT_FALSE(sample_.empty());
  for (const std::vector<std::string>& row : sample_) {
    ASSERT_EQ(row.size(), 61u);
    const std::string& sqldate = row[index_.at("SQLDATE")];
    Document doc = MakeDocument();
    doc.events.resize(1);
    doc.events[0].date = Date::FromYmd(std::stoi(sqldate.substr(0, 4)),
                                       std::stoi(sqldate.substr(4, 2)),
                                       std::stoi(sqldate.substr(6, 2)));
    std::string out;
    WriteGdelt(doc, WriteOptions(), &out);
    std::vector<std::string> ours = Split(Lines(out)[0], '\t');
    EXPECT_EQ(ours[index_.at("FractionDate")], row[index_.at("FractionDate")]) << sqldate;
    EXPECT_EQ(ours[index_.at("MonthYear")], row[index_.at("MonthYear")]);
  }
}

TEST_F(GdeltTest, FieldsNeverHoldTabsOrNewlines) {
  Document doc = MakeDocument();
  doc.article.url.clear();
  doc.article.id = "id\twith\ttabs\nand newline";
  doc.events[0].source.name = "Xi\tJinping";
  std::string out;
  WriteGdelt(doc, WriteOptions(), &out);
  std::vector<std::string> lines = Lines(out);
  ASSERT_EQ(lines.size(), 2u);
  std::vector<std::string> r = Split(lines[0], '\t');
  ASSERT_EQ(r.size(), 61u);
  EXPECT_EQ(r[index_.at("SOURCEURL")], "id with tabs and newline");
  EXPECT_EQ(r[index_.at("Actor1Name")], "XI JINPING");
}

TEST(ExplainTest, ShowsSentencesTokensActorsAndEvents) {
  Document doc = MakeDocument();
  std::string text = ExplainDocument(doc);
  EXPECT_NE(text.find("[0] (title) Xi welcomes Putin"), std::string::npos) << text;
  EXPECT_NE(text.find("[1] Putin met Xi"), std::string::npos) << text;
  EXPECT_NE(text.find("welcomes/VERB:pres"), std::string::npos) << text;
  EXPECT_NE(text.find("#0 \"Xi\" -> CHNGOV (Xi Jinping)"), std::string::npos) << text;
  EXPECT_NE(text.find("how: people.tsv:3"), std::string::npos) << text;
  EXPECT_NE(text.find("CHNGOV --043--> RUSGOV  CONSULT/visit"), std::string::npos) << text;
  EXPECT_NE(text.find("data/verb_patterns.tsv:12"), std::string::npos) << text;
  EXPECT_NE(text.find("negated"), std::string::npos) << text;
  EXPECT_NE(text.find("not realised"), std::string::npos) << text;
}

TEST(WriterTest, WriteEventsDispatches) {
  Document doc = MakeDocument();
  std::string a, b;
  WriteEvents(OutputFormat::kGdelt, doc, WriteOptions(), &a);
  WriteGdelt(doc, WriteOptions(), &b);
  EXPECT_EQ(a, b);
}

TEST(WriterTest, SurvivesBadSpans) {
  Document doc = MakeDocument();
  doc.events[0].trigger = Span{5000, 6000};
  doc.events[0].sentence = 99;
  doc.events[0].source.span = Span{10, 2};
  std::string out;
  for (OutputFormat f : {OutputFormat::kJsonl, OutputFormat::kGdelt, OutputFormat::kTable,
                         OutputFormat::kPlover}) {
    WriteEvents(f, doc, WriteOptions(), &out);
  }
  EXPECT_FALSE(out.empty());
  EXPECT_FALSE(ExplainDocument(doc).empty());
}

}  // namespace
}  // namespace tacitus
