// Coder: the whole pipeline behind one object. Open it once (it loads and
// compiles the dictionaries in data/), then call Code() for each article,
// from as many threads as you like: Code() is const and keeps no state
// between articles.
#ifndef TACITUS_CODER_H_
#define TACITUS_CODER_H_

#include <memory>
#include <string>
#include <vector>

#include "tacitus/article.h"
#include "tacitus/diagnostics.h"
#include "tacitus/document.h"
#include "tacitus/status.h"

namespace tacitus {

struct CoderOptions {
  std::string data_dir;     // folder with countries.tsv, people.tsv, ...; "" = built-in default
  std::string wordnet_dir = "/usr/share/wordnet";
  // Peer dictionaries loaded on top of data_dir (docs/peer-dictionaries.md):
  // "petrarch:PATH[,PATH...]" or "tabari:FILE[,FILE...]". Their malformed
  // lines are reported and skipped; what Tacitus cannot express is counted
  // in one warning per dictionary.
  std::vector<std::string> extra_dictionaries;
};

class Coder {
 public:
  // Loads everything; dictionary lines that are malformed are reported to
  // `diagnostics` (FILE:LINE) and skipped. Fails only if a required file is
  // missing or unreadable.
  static Status Open(const CoderOptions& options, Diagnostics* diagnostics,
                     std::unique_ptr<Coder>* out);
  ~Coder();

  // Runs every stage on `article` (moved into the document) and fills *doc.
  void Code(Article article, Document* doc) const;

  // Number of dictionary entries loaded, for --version and explain.
  std::string Summary() const;

 private:
  Coder();
  struct Rep;
  std::unique_ptr<Rep> rep_;
};

// The data folder compiled into the binary's defaults: $TACITUS_DATA, else
// the source tree's data/ (set at build time), else "data".
std::string DefaultDataDir();

}  // namespace tacitus

#endif  // TACITUS_CODER_H_
