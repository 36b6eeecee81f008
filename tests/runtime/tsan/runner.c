/*
 * runner.c — runs the suites written against tsan/criterion/criterion.h
 * (TSAN=1 builds only; see that header). Options: --jobs N and --filter
 * PATTERN are accepted as make check passes them; tests run one at a time
 * and the filter is a substring of "suite::name".
 */
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "criterion/criterion.h"

#define	MAX_TESTS	1024
#define	MAX_SUITES	128

static const struct crt_test *tests[MAX_TESTS];
static int ntests;
static const struct crt_suite *suites[MAX_SUITES];
static int nsuites;

void
crt_register_test(const struct crt_test *t)
{

	if (ntests == MAX_TESTS) {
		fprintf(stderr, "tsan runner: too many tests\n");
		exit(2);
	}
	tests[ntests++] = t;
}

void
crt_register_suite(const struct crt_suite *s)
{

	if (nsuites == MAX_SUITES) {
		fprintf(stderr, "tsan runner: too many suites\n");
		exit(2);
	}
	suites[nsuites++] = s;
}

void
crt_fail(const char *file, int line, const char *expr, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "[----] %s:%d: Assertion Failed: %s\n[----]   ", file,
	    line, expr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	fflush(stderr);
	_exit(1);
}

void
crt_skip(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "[SKIP] ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	fflush(stderr);
	_exit(77);
}

void
crt_log(const char *level, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "[%s] ", level);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
}

static const struct crt_suite *
suite_of(const struct crt_test *t)
{
	int i;

	for (i = 0; i < nsuites; i++) {
		if (strcmp(suites[i]->s_name, t->t_suite) == 0)
			return (suites[i]);
	}
	return (NULL);
}

/* 0 passed, 1 failed, 2 skipped. */
static int
run_one(const struct crt_test *t)
{
	const struct crt_suite *s = suite_of(t);
	struct criterion_test_extra_data o = t->t_opts;
	int status, want_sig, want_code;
	double timeout;
	pid_t c;

	timeout = o.timeout > 0 ? o.timeout : (s != NULL &&
	    s->s_opts.timeout > 0 ? s->s_opts.timeout : 0);
	want_sig = o.signal != 0 ? o.signal : (s != NULL ? s->s_opts.signal : 0);
	want_code = o.exit_code != 0 ? o.exit_code :
	    (s != NULL ? s->s_opts.exit_code : 0);
	fflush(NULL);
	c = fork();
	if (c < 0)
		return (1);
	if (c == 0) {
		if (timeout > 0)
			alarm((unsigned)(timeout + 0.999));
		if (s != NULL && s->s_opts.init != NULL)
			s->s_opts.init();
		if (o.init != NULL)
			o.init();
		t->t_fn();
		if (o.fini != NULL)
			o.fini();
		if (s != NULL && s->s_opts.fini != NULL)
			s->s_opts.fini();
		fflush(NULL);
		_exit(0);
	}
	if (waitpid(c, &status, 0) != c)
		return (1);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 77)
		return (2);
	if (want_sig != 0)
		return (WIFSIGNALED(status) && WTERMSIG(status) == want_sig ?
		    0 : 1);
	if (WIFSIGNALED(status)) {
		fprintf(stderr, "[----] %s::%s: %s\n", t->t_suite, t->t_name,
		    WTERMSIG(status) == SIGALRM ? "Timed out" : "crashed");
		return (1);
	}
	return (WEXITSTATUS(status) == want_code ? 0 : 1);
}

int
main(int argc, char **argv)
{
	const char *filter = NULL;
	char full[512];
	int i, r, passed = 0, failed = 0, skipped = 0;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--filter") == 0 && i + 1 < argc)
			filter = argv[++i];
		else if (strncmp(argv[i], "--filter=", 9) == 0)
			filter = argv[i] + 9;
		else if (strcmp(argv[i], "--jobs") == 0 && i + 1 < argc)
			i++;
	}
	for (i = 0; i < ntests; i++) {
		snprintf(full, sizeof(full), "%s::%s", tests[i]->t_suite,
		    tests[i]->t_name);
		if (tests[i]->t_opts.disabled ||
		    (filter != NULL && strstr(full, filter) == NULL))
			continue;
		r = run_one(tests[i]);
		fprintf(stderr, "[%s] %s\n", r == 0 ? "PASS" : r == 2 ? "SKIP" :
		    "FAIL", full);
		if (r == 0)
			passed++;
		else if (r == 2)
			skipped++;
		else
			failed++;
	}
	fprintf(stderr, "[====] Synthesis: Tested: %d | Passing: %d | "
	    "Failing: %d | Skipped: %d (ThreadSanitizer runner)\n",
	    passed + failed + skipped, passed, failed, skipped);
	return (failed != 0 ? 1 : 0);
}
