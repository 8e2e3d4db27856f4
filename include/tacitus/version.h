// The version of the library and the command, as set in CMakeLists.txt.
#ifndef TACITUS_VERSION_H_
#define TACITUS_VERSION_H_

namespace tacitus {

// "0.1.0"
const char* Version();

}  // namespace tacitus

#endif  // TACITUS_VERSION_H_
