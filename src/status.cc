#include "tacitus/status.h"

namespace tacitus {

std::string Status::ToString() const {
  const char* kind = "OK";
  switch (code_) {
    case Code::kOk:
      return "OK";
    case Code::kInvalidArgument:
      kind = "Invalid argument";
      break;
    case Code::kNotFound:
      kind = "Not found";
      break;
    case Code::kIOError:
      kind = "IO error";
      break;
    case Code::kCorruption:
      kind = "Corruption";
      break;
  }
  std::string s = kind;
  s += ": ";
  s += message_;
  return s;
}

}  // namespace tacitus
