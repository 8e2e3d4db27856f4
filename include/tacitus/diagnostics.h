// Diagnostics: where problems with input and data are reported and counted.
// Every message names its origin ("articles.jsonl:17") so a user can find the
// bad record; counts feed the final summary and the exit status. Thread-safe.
#ifndef TACITUS_DIAGNOSTICS_H_
#define TACITUS_DIAGNOSTICS_H_

#include <cstdint>
#include <cstdio>
#include <mutex>
#include <string>
#include <string_view>

namespace tacitus {

class Diagnostics {
 public:
  // Messages go to `out` (stderr by default); nullptr keeps them silent
  // (counted only), for tests.
  explicit Diagnostics(FILE* out = stderr) : out_(out) {}

  // "ORIGIN: error: MESSAGE". A record (or dictionary line) was skipped.
  void Error(std::string_view origin, std::string_view message);
  // "ORIGIN: warning: MESSAGE". Processing went on with that record.
  void Warning(std::string_view origin, std::string_view message);

  uint64_t errors() const;
  uint64_t warnings() const;

 private:
  void Emit(const char* kind, std::string_view origin, std::string_view message);
  FILE* out_;
  mutable std::mutex mu_;
  uint64_t errors_ = 0;
  uint64_t warnings_ = 0;
};

}  // namespace tacitus

#endif  // TACITUS_DIAGNOSTICS_H_
