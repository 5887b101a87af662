// GNU readline for Swift. readline's header uses FILE without including <stdio.h>, so it comes first.
// Swift 6 rejects direct use of mutable C globals, so every global readline keeps is reached through
// one of the creadline_ accessors below; functions are not checked for concurrency, globals are.
#ifndef CREADLINE_SHIM_H
#define CREADLINE_SHIM_H

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <readline/readline.h>
#include <readline/history.h>

/// The library's version string, such as "8.2".
static inline const char *creadline_library_version(void) { return rl_library_version; }

/// Sends readline's prompt and echo to a stream (standard error keeps standard output clean for scripts).
static inline void creadline_set_outstream(FILE *stream) { rl_outstream = stream; }

/// The number of entries in the history list.
static inline int creadline_history_length(void) { return history_length; }

// ---- Ctrl-C: cancel the line being typed instead of killing the process ----

static volatile sig_atomic_t creadline_interrupted = 0;

static void creadline_on_sigint(int signal) {
    (void)signal;
    creadline_interrupted = 1;
}

/// Called by readline when a read is interrupted by a signal: ends the line, empty, if it was Ctrl-C.
static int creadline_signal_hook(void) {
    if (creadline_interrupted) {
        rl_replace_line("", 0);
        rl_done = 1;
    }
    return 0;
}

/// Installs the Ctrl-C handling: readline does not catch signals itself, and SIGINT interrupts the read
/// (no SA_RESTART) so that the hook above runs.
static inline void creadline_install_interrupt_handling(void) {
    rl_catch_signals = 0;
    rl_signal_event_hook = creadline_signal_hook;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = creadline_on_sigint;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
}

/// Whether Ctrl-C was pressed since the last call (and clears the mark).
static inline int creadline_take_interrupt(void) {
    int was = creadline_interrupted;
    creadline_interrupted = 0;
    return was;
}

// ---- Tab completion of a fixed list of words (the session's : commands) ----

static char **creadline_words = NULL;
static int creadline_word_count = 0;

static char *creadline_word_generator(const char *text, int state) {
    static int index;
    static size_t length;
    if (state == 0) {
        index = 0;
        length = strlen(text);
    }
    while (index < creadline_word_count) {
        const char *word = creadline_words[index++];
        if (strncmp(word, text, length) == 0) return strdup(word);
    }
    return NULL;
}

static char **creadline_complete(const char *text, int start, int end) {
    (void)start;
    (void)end;
    rl_attempted_completion_over = 1;  // never fall back to file names
    return rl_completion_matches(text, creadline_word_generator);
}

/// Completes words from `words` (copied) with Tab.
static inline void creadline_set_completions(const char *const *words, int count) {
    for (int i = 0; i < creadline_word_count; i++) free(creadline_words[i]);
    free(creadline_words);
    creadline_words = (char **)calloc((size_t)count, sizeof(char *));
    for (int i = 0; i < count; i++) creadline_words[i] = strdup(words[i]);
    creadline_word_count = count;
    rl_attempted_completion_function = creadline_complete;
}

#endif
