// Only the declaration in include/FuzzerDriver.h matters: LLVMFuzzerRunDriver itself comes
// from libFuzzer, which `swift build -Xswiftc -sanitize=fuzzer` links into each fuzz target.
#include "FuzzerDriver.h"
