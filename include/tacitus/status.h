// Status: the outcome of an operation that can fail, in the LevelDB style.
// A Status is either OK or carries a code and a message meant for people
// ("data/people.tsv:12: bad date '2021-13-01'"). Functions that can fail
// return a Status instead of throwing; callers must look at it.
#ifndef TACITUS_STATUS_H_
#define TACITUS_STATUS_H_

#include <string>
#include <string_view>

namespace tacitus {

class Status {
 public:
  enum class Code { kOk = 0, kInvalidArgument, kNotFound, kIOError, kCorruption };

  Status() = default;
  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string_view msg) { return Status(Code::kInvalidArgument, msg); }
  static Status NotFound(std::string_view msg) { return Status(Code::kNotFound, msg); }
  static Status IOError(std::string_view msg) { return Status(Code::kIOError, msg); }
  // Malformed data: a bad dictionary line, a broken record.
  static Status Corruption(std::string_view msg) { return Status(Code::kCorruption, msg); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "OK", or "<kind>: <message>".
  std::string ToString() const;

 private:
  Status(Code code, std::string_view msg) : code_(code), message_(msg) {}
  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace tacitus

#endif  // TACITUS_STATUS_H_
