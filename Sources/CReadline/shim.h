// GNU readline for Swift. readline's header uses FILE without including <stdio.h>, so it comes first.
// Swift 6 rejects direct use of mutable C globals, so every global readline keeps is reached through
// one of the creadline_ accessors below; functions are not checked for concurrency, globals are.
#ifndef CREADLINE_SHIM_H
#define CREADLINE_SHIM_H

#include <errno.h>
#include <sys/select.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>
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
/// The thread waiting for input, set by `creadline_read`.
static pthread_t creadline_reader_thread = 0;

/// Marks the interrupt. The kernel may run the handler on any thread (Swift keeps several); only a signal on
/// the thread blocked in read() interrupts it, so the signal is passed on to that thread.
static void creadline_on_sigint(int signal) {
    creadline_interrupted = 1;
    if (creadline_reader_thread && !pthread_equal(pthread_self(), creadline_reader_thread)) {
        pthread_kill(creadline_reader_thread, signal);
    }
}

/// Installs the Ctrl-C handling: readline does not catch signals itself, and SIGINT interrupts the wait
/// for input (no SA_RESTART), which `creadline_read` turns into a cancelled line.
static inline void creadline_install_interrupt_handling(void) {
    rl_catch_signals = 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = creadline_on_sigint;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
    // A parent may have started us with SIGINT blocked; Ctrl-C must still reach the prompt.
    sigset_t interrupt;
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &interrupt, NULL);
}

static char *creadline_line = NULL;
static int creadline_line_done = 0;

static void creadline_line_handler(char *line) {
    creadline_line = line;
    creadline_line_done = 1;
    rl_callback_handler_remove();
}

/// Reads one line with readline's callback interface, so that the wait for input is ours and a Ctrl-C can
/// end it. Returns 1 with the line in `*line` (free it), 0 at end of input (Ctrl-D), -1 on Ctrl-C.
///
/// SIGINT is blocked except inside pselect, which unblocks it atomically while waiting: a Ctrl-C that
/// arrives while a key is being handled waits until the next pselect instead of being missed.
static inline int creadline_read(const char *prompt, char **line) {
    creadline_line = NULL;
    creadline_line_done = 0;
    creadline_interrupted = 0;
    creadline_reader_thread = pthread_self();
    sigset_t interrupt, original;
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    pthread_sigmask(SIG_BLOCK, &interrupt, &original);
    sigdelset(&original, SIGINT);
    rl_callback_handler_install(prompt, creadline_line_handler);
    int input = fileno(rl_instream ? rl_instream : stdin);
    int result = 1;
    while (!creadline_line_done) {
        if (creadline_interrupted) {
            creadline_interrupted = 0;
            rl_free_line_state();
            rl_callback_sigcleanup();
            rl_callback_handler_remove();
            rl_crlf();
            result = -1;
            break;
        }
        fd_set ready;
        FD_ZERO(&ready);
        FD_SET(input, &ready);
        if (pselect(input + 1, &ready, NULL, NULL, NULL, &original) < 0) {
            if (errno == EINTR) continue;
            rl_callback_handler_remove();
            result = 0;
            break;
        }
        rl_callback_read_char();
    }
    pthread_sigmask(SIG_SETMASK, &original, NULL);
    if (result != 1) return result;
    if (creadline_line == NULL) return 0;
    *line = creadline_line;
    return 1;
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
