// Shared helpers for the coding tests: one Coder for the whole test binary
// (loading the dictionaries takes a moment) and event queries.
#ifndef TACITUS_TESTS_CODING_TEST_UTIL_H_
#define TACITUS_TESTS_CODING_TEST_UTIL_H_

#include <memory>
#include <string>
#include <vector>

#include "tacitus/coder.h"
#include "tacitus/document.h"

namespace tacitus::testing {

// The process-wide coder on the repository's data/; aborts the test binary
// with the loader's message if it cannot open.
const Coder& SharedCoder();

// Codes `text` as one article dated `date`.
Document CodeText(const std::string& text, const std::string& date);

// What a test expects of an event. Codes match as prefixes ("RUS" matches
// "RUSGOV"); `roots` lists acceptable two-digit roots.
struct Want {
  std::string source;
  std::string target;
  std::vector<std::string> roots;
};

// The first event that matches, or nullptr. Only realised events unless
// `any` is true.
const Event* FindEvent(const Document& doc, const Want& want, bool any = false);

// All events, one per line, for failure messages.
std::string DescribeEvents(const Document& doc);

}  // namespace tacitus::testing

#endif  // TACITUS_TESTS_CODING_TEST_UTIL_H_
