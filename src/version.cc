#include "tacitus/version.h"

#ifndef TACITUS_VERSION
#define TACITUS_VERSION "unknown"
#endif

namespace tacitus {

const char* Version() { return TACITUS_VERSION; }

}  // namespace tacitus
