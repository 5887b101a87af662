// libFuzzer's driver, called from each target's main. The runtime that -sanitize=fuzzer links also
// brings libFuzzer's own `main`, which needs LLVMFuzzerTestOneInput; LibFuzzer.c defines it.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));
