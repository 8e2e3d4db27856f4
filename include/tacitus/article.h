// Article: one news report as read from input, before any analysis.
#ifndef TACITUS_ARTICLE_H_
#define TACITUS_ARTICLE_H_

#include <string>

#include "tacitus/date.h"

namespace tacitus {

struct Article {
  std::string id;      // record id; for a plain text file, its path
  Date date;           // publication date; invalid if unknown
  std::string source;  // publisher or feed name, may be empty
  std::string url;     // may be empty
  std::string title;   // may be empty; coded as its own first sentence
  std::string text;    // body, valid UTF-8 (readers check this)
  std::string origin;  // "file:line" for messages about this record
};

}  // namespace tacitus

#endif  // TACITUS_ARTICLE_H_
