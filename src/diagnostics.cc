#include "tacitus/diagnostics.h"

namespace tacitus {

void Diagnostics::Error(std::string_view origin, std::string_view message) {
  Emit("error", origin, message);
}

void Diagnostics::Warning(std::string_view origin, std::string_view message) {
  Emit("warning", origin, message);
}

uint64_t Diagnostics::errors() const {
  std::lock_guard<std::mutex> lock(mu_);
  return errors_;
}

uint64_t Diagnostics::warnings() const {
  std::lock_guard<std::mutex> lock(mu_);
  return warnings_;
}

void Diagnostics::Emit(const char* kind, std::string_view origin, std::string_view message) {
  // Build the whole line first so that one fwrite puts it out: lines from
  // different threads never interleave.
  std::string line;
  line.reserve(origin.size() + message.size() + 16);
  if (!origin.empty()) {
    line.append(origin);
    line += ": ";
  }
  line += kind;
  line += ": ";
  line.append(message);
  line += '\n';
  std::lock_guard<std::mutex> lock(mu_);
  if (kind[0] == 'e') {
    ++errors_;
  } else {
    ++warnings_;
  }
  if (out_ != nullptr) {
    fwrite(line.data(), 1, line.size(), out_);
    fflush(out_);
  }
}

}  // namespace tacitus
