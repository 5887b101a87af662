#include <stdio.h>
#include <stdlib.h>
#include "LibFuzzer.h"

// SwiftPM's `main` (the target's main.swift) is the one that runs: it calls LLVMFuzzerRunDriver with
// its test. This entry point only satisfies the link, and says so loudly if it is ever reached.
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    (void)data;
    (void)size;
    fputs("fuzz: libFuzzer's own main ran instead of the target's; nothing would be tested\n", stderr);
    abort();
}
