// The acceptance article (../shared/examples/xi-putin-2025-09-02.jsonl),
// read at run time: the nine key events of the issue must be found, the
// negated visit must not be realised, and the article must not flood.
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "coding_test_util.h"
#include "tacitus/diagnostics.h"
#include "tacitus/reader.h"

namespace tacitus::testing {
namespace {

class AcceptanceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string path = std::string(TACITUS_SHARED_DIR) + "/examples/xi-putin-2025-09-02.jsonl";
    if (!std::ifstream(path)) GTEST_SKIP() << "../shared is absent (" << path << "); skipping";
    Diagnostics diagnostics(nullptr);
    ArticleReader reader({path}, ReaderOptions(), &diagnostics);
    Article article;
    ASSERT_TRUE(reader.Next(&article));
    SharedCoder().Code(std::move(article), &doc_);
  }
  void Expect(const Want& want, const char* what) {
    EXPECT_NE(FindEvent(doc_, want), nullptr) << what << "\n" << DescribeEvents(doc_);
  }
  Document doc_;
};

TEST_F(AcceptanceTest, XiWelcomesPutin) {
  Expect({"CHNGOV", "RUSGOV", {"04", "05"}}, "Xi welcomed Putin as an old friend");
}

TEST_F(AcceptanceTest, RussianInvasionOfUkraineDated2022) {
  const Event* e = FindEvent(doc_, {"RUS", "UKR", {"19"}});
  ASSERT_NE(e, nullptr) << DescribeEvents(doc_);
  EXPECT_EQ(e->date.year, 2022);
}

TEST_F(AcceptanceTest, PutinAddressesXi) {
  Expect({"RUSGOV", "CHNGOV", {"01", "05"}}, "Putin addressed Xi as dear friend");
}

TEST_F(AcceptanceTest, ChinaLifelineToRussia) {
  Expect({"CHN", "RUS", {"06", "07"}}, "economic lifeline by continuing trade");
}

TEST_F(AcceptanceTest, ModiTalksWithBothLeaders) {
  bool china = FindEvent(doc_, {"INDGOV", "CHNGOV", {"04"}}) || FindEvent(doc_, {"CHNGOV", "INDGOV", {"04"}});
  bool russia = FindEvent(doc_, {"INDGOV", "RUSGOV", {"04"}}) || FindEvent(doc_, {"RUSGOV", "INDGOV", {"04"}});
  EXPECT_TRUE(china) << DescribeEvents(doc_);
  EXPECT_TRUE(russia) << DescribeEvents(doc_);
}

TEST_F(AcceptanceTest, TrumpTariffsOnIndia) {
  Expect({"USAGOV", "IND", {"16", "17"}}, "Trump's steep tariffs on India");
}

TEST_F(AcceptanceTest, ThreeWayMeetingWithMongolianPresident) {
  Expect({"RUSGOV", "MNGGOV", {"04"}}, "Putin ... three-way meeting with Khurelsukh");
  Expect({"CHNGOV", "MNGGOV", {"04"}}, "Xi ... three-way meeting with Khurelsukh");
}

TEST_F(AcceptanceTest, PutinVisitedMongoliaIn2024) {
  const Event* e = FindEvent(doc_, {"RUSGOV", "MNG", {"04"}});
  ASSERT_NE(e, nullptr) << DescribeEvents(doc_);
  bool dated_2024 = false;
  for (const Event& x : doc_.events)
    if (x.realised() && x.source.code == "RUSGOV" && x.target.code.rfind("MNG", 0) == 0 && x.root == "04" &&
        x.date.year == 2024)
      dated_2024 = true;
  EXPECT_TRUE(dated_2024) << DescribeEvents(doc_);
}

TEST_F(AcceptanceTest, ModiWillNotAttendIsNotRealised) {
  for (const Event& e : doc_.events) {
    if (e.source.code.rfind("IND", 0) == 0 && e.target.code.rfind("CHN", 0) == 0 && e.root == "04" &&
        e.pattern.find("attend") != std::string::npos) {
      EXPECT_FALSE(e.realised()) << DescribeEvents(doc_);
    }
  }
}

TEST_F(AcceptanceTest, NoFlood) {
  int realised = 0;
  for (const Event& e : doc_.events) realised += e.realised();
  EXPECT_GE(realised, 9);
  EXPECT_LE(realised, 40) << DescribeEvents(doc_);
}

}  // namespace
}  // namespace tacitus::testing
