#ifndef NEWSGRAPH_FUZZER_DRIVER_H
#define NEWSGRAPH_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, linked by `-sanitize=fuzzer`). The fuzz targets call it
/// from their own `main`, because SwiftPM binds an executable's `main` to the module's entry
/// point, so libFuzzer's `main` is never linked.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
