// GNU readline for Swift. readline's header uses FILE without including <stdio.h>, so it comes first.
// Swift 6 rejects direct use of mutable C globals, so every global readline keeps is reached through
// one of the creadline_ accessors below; functions are not checked for concurrency, globals are.
#ifndef CREADLINE_SHIM_H
#define CREADLINE_SHIM_H

#include <errno.h>
#include <fcntl.h>
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
/// A pipe the handler writes a byte to, and the wait for input also watches: whichever thread the handler
/// runs on, and whenever it runs (just before the wait, or late, as under ThreadSanitizer), the wait ends.
static int creadline_wakeup[2] = {-1, -1};

/// Marks the interrupt and wakes the wait for input (write(2) is async-signal-safe; errno is kept).
static void creadline_on_sigint(int signal) {
    (void)signal;
    int saved = errno;
    creadline_interrupted = 1;
    if (creadline_wakeup[1] >= 0) {
        char byte = 1;
        ssize_t ignored = write(creadline_wakeup[1], &byte, 1);
        (void)ignored;
    }
    errno = saved;
}

/// Empties the wake-up pipe (non-blocking) of the bytes earlier interrupts left.
static inline void creadline_drain_wakeup(void) {
    char sink[64];
    if (creadline_wakeup[0] >= 0) {
        while (read(creadline_wakeup[0], sink, sizeof sink) > 0) {}
    }
}

/// Installs the Ctrl-C handling: readline does not catch signals itself, and SIGINT ends the wait for
/// input (through the wake-up pipe), which `creadline_read` turns into a cancelled line.
static inline void creadline_install_interrupt_handling(void) {
    rl_catch_signals = 0;
    if (creadline_wakeup[0] < 0 && pipe(creadline_wakeup) == 0) {
        for (int i = 0; i < 2; i++) {
            fcntl(creadline_wakeup[i], F_SETFL, O_NONBLOCK);
            fcntl(creadline_wakeup[i], F_SETFD, FD_CLOEXEC);
        }
    }
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
/// SIGINT is blocked while a key is handled and unblocked only for the wait, so readline is never
/// interrupted mid-key. The wait is a select on the input and the wake-up pipe: a Ctrl-C that comes
/// between the unblocking and the select has already written to the pipe, so the select returns at once.
/// (An atomic pselect did this before, but ThreadSanitizer, which delivers signals itself, never saw
/// SIGINT unblocked inside it and held the Ctrl-C back for good.)
static inline int creadline_read(const char *prompt, char **line) {
    creadline_line = NULL;
    creadline_line_done = 0;
    creadline_interrupted = 0;
    creadline_drain_wakeup();
    sigset_t interrupt, original;
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    pthread_sigmask(SIG_BLOCK, &interrupt, &original);
    sigset_t waiting = original;
    sigdelset(&waiting, SIGINT);
    rl_callback_handler_install(prompt, creadline_line_handler);
    int input = fileno(rl_instream ? rl_instream : stdin);
    int wakeup = creadline_wakeup[0];
    int result = 1;
    while (!creadline_line_done) {
        if (creadline_interrupted) {
            creadline_interrupted = 0;
            creadline_drain_wakeup();
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
        if (wakeup >= 0) FD_SET(wakeup, &ready);
        pthread_sigmask(SIG_SETMASK, &waiting, NULL);
        int count = select((input > wakeup ? input : wakeup) + 1, &ready, NULL, NULL, NULL);
        int error = errno;
        pthread_sigmask(SIG_BLOCK, &interrupt, NULL);
        if (count < 0) {
            if (error == EINTR) continue;
            rl_callback_handler_remove();
            result = 0;
            break;
        }
        if (!FD_ISSET(input, &ready)) continue;  // only the wake-up pipe: the flag is checked above
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
