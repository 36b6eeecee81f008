/*
 * diag.h — located diagnostics and the table of named checks.
 *
 * Every problem syscallc finds in an input is reported through this module,
 * in one format:
 *
 *     file:line:col: error: message [check-name]
 *     <the source line>
 *     <caret line: ^ under the first byte, ~ under the rest of the range>
 *
 * (`warning:` instead of `error:` for warnings; `note:` lines, which carry no
 * check name, may follow to point at related places).  Problems that have no
 * location (a file that cannot be opened, a bad option) are reported as
 * `syscallc: error: message`.
 *
 * CHECKS.  Each reportable condition is a *check*: a name, a default level
 * and a one-line summary.  Checks are plain `static const` tables owned by
 * the language that reports them; the current level of every check lives in
 * the `struct diag` of one compilation, so several compilations (tests, a
 * future daemon) can run with different levels in one process, and nothing
 * global is ever written.
 *
 * Levels: DIAG_IGNORE (not reported), DIAG_WARNING (reported, exit status
 * unaffected), DIAG_ERROR (reported, the run fails with status 1 and no
 * output file is written).  Command-line control, dtc style:
 *
 *     -W<name>      report as a warning      -E<name>      report as an error
 *     -Wno-<name>   do not report            -Eno-<name>   same as -W<name>
 *     -Werror       every warning becomes an error
 *     -w            no warnings at all
 *
 * A check with DIAG_CHECK_FIXED (syntax errors, I/O problems in the input)
 * always stays an error: nothing can be generated from input that did not
 * parse.
 *
 * HOW A SPEC LANGUAGE REGISTERS ITS CHECKS
 *
 *   1. Define the table, one entry per condition, in the language's own file
 *      (names are lowercase-with-dashes, unique across all languages; prefix
 *      them with the language when they are not self-explanatory):
 *
 *          const struct diag_check errmap_checks[] = {
 *              { "errmap-duplicate", DIAG_ERROR, 0,
 *                "a Linux errno is mapped twice" },
 *              ...
 *          };
 *          const size_t errmap_nchecks =
 *              sizeof(errmap_checks) / sizeof(errmap_checks[0]);
 *
 *      and give each entry a name in an enum (or a #define) in the
 *      language's header, so code reports `&errmap_checks[ERRMAP_DUPLICATE]`.
 *
 *   2. Add one line for the table to check_tables.c
 *      (`syscallc_register_checks()`), which every driver calls on a fresh
 *      `struct diag` before it applies -W/-E options.  That makes the checks
 *      controllable from the command line, listed by `syscallc
 *      --list-checks`, and documented in the man page's check list.
 *
 *   3. Report with diag_report(d, &errmap_checks[ERRMAP_DUPLICATE], &pos,
 *      "Linux errno %d is already mapped", n), optionally followed by
 *      diag_note(d, &other_pos, "first mapped here").
 *
 * A lexer or parser may call these functions at any time; reports are
 * written immediately, in the order they are made.
 */
#ifndef SYSCALLC_DIAG_H
#define SYSCALLC_DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "srcpos.h"

#ifndef DIAG_PRINTF
#define DIAG_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#endif

enum diag_level {
	DIAG_IGNORE = 0,
	DIAG_WARNING = 1,
	DIAG_ERROR = 2,
};

/* diag_check.flags */
#define DIAG_CHECK_FIXED	0x1	/* level cannot be changed */

struct diag_check {
	const char	*name;		/* printed as [name]; -W<name> */
	enum diag_level	 level;		/* default level */
	unsigned	 flags;		/* DIAG_CHECK_* */
	const char	*summary;	/* one line, for --list-checks */
};

struct diag;

/*
 * A new diagnostics context writing to `out` (normally stderr; tests pass an
 * open_memstream()).  `progname` prefixes location-less messages.  Returns
 * NULL only when out of memory.
 */
struct diag	*diag_new(FILE *out, const char *progname);
void		 diag_free(struct diag *d);

/*
 * Make the `n` checks of `table` known to `d`, at their default levels.
 * `language` names the table in --list-checks ("syscalls.master").  Returns
 * 0, or -1 if a name is already registered (a programming error: the caller
 * should abort) or memory ran out.  The table must outlive `d`.
 */
int		 diag_register(struct diag *d, const char *language,
		    const struct diag_check *table, size_t n);

/* The check called `name`, or NULL. */
const struct diag_check *diag_find(const struct diag *d, const char *name);

/*
 * Apply one command-line option ("-Wfoo", "-Wno-foo", "-Efoo", "-Eno-foo",
 * "-Werror", "-w").  Returns 0, or -1 (with a message on `out`) when the
 * option names no registered check or tries to lower a fixed one.
 */
int		 diag_option(struct diag *d, const char *opt);

/* Set a check's level directly (what diag_option() does). 0 or -1. */
int		 diag_set_level(struct diag *d, const struct diag_check *c,
		    enum diag_level level);

/* The level a report of `c` would have now (after -Werror / -w). */
enum diag_level	 diag_level_of(const struct diag *d,
		    const struct diag_check *c);

/*
 * Report `c` at `pos` (pos may be NULL for a whole-file problem, or have a
 * NULL file).  Returns true if the report was printed (its level was not
 * DIAG_IGNORE); notes added right after an ignored report are dropped too.
 */
bool		 diag_report(struct diag *d, const struct diag_check *c,
		    const struct srcpos *pos, const char *fmt, ...)
		    DIAG_PRINTF(4, 5);

/* Attach a note to the previous report (printed only if it was). */
void		 diag_note(struct diag *d, const struct srcpos *pos,
		    const char *fmt, ...) DIAG_PRINTF(3, 4);

/*
 * A location-less error that is not about spec content: I/O, usage,
 * resources.  Printed as "<progname>: error: message".  Counted separately
 * (diag_io_errors()), because it means exit status 2.
 */
void		 diag_io_error(struct diag *d, const char *fmt, ...)
		    DIAG_PRINTF(2, 3);

/* A location-less warning ("<progname>: warning: message"). */
void		 diag_plain_warning(struct diag *d, const char *fmt, ...)
		    DIAG_PRINTF(2, 3);

unsigned	 diag_errors(const struct diag *d);	/* spec errors */
unsigned	 diag_warnings(const struct diag *d);
unsigned	 diag_io_errors(const struct diag *d);

/*
 * The exit status a driver should use: 2 if any I/O or usage error, else 1
 * if any error, else 0.
 */
int		 diag_exit_status(const struct diag *d);

/* Visit every registered check, in registration order (--list-checks). */
void		 diag_foreach_check(const struct diag *d,
		    void (*fn)(void *arg, const char *language,
			const struct diag_check *c, enum diag_level now),
		    void *arg);

/* Lowercase name of a level: "ignore", "warning", "error". */
const char	*diag_level_name(enum diag_level level);

#endif /* SYSCALLC_DIAG_H */
