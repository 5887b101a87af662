// GNU readline for Swift. readline's header uses FILE without including <stdio.h>, so it comes first.
// Swift 6 rejects direct use of mutable C globals, so every global readline keeps is reached through
// one of the creadline_ accessors below; functions are not checked for concurrency, globals are.
#ifndef CREADLINE_SHIM_H
#define CREADLINE_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <readline/readline.h>
#include <readline/history.h>

/// The library's version string, such as "8.2".
static inline const char *creadline_library_version(void) { return rl_library_version; }

/// Sends readline's prompt and echo to a stream (standard error keeps standard output clean for scripts).
static inline void creadline_set_outstream(FILE *stream) { rl_outstream = stream; }

/// The number of entries in the history list.
static inline int creadline_history_length(void) { return history_length; }

#endif
