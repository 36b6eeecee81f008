/*
 * helper_run.h — running a helper program (tests/runtime/helpers) from a
 * Criterion test: its exit status and output, its failing lines for the
 * log, and the count on its summary line.
 */
#ifndef _HELPER_RUN_H_
#define _HELPER_RUN_H_

#include <criterion/criterion.h>
#include <criterion/logging.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

struct helper_run {
	int	status;		/* exit status, -1 if it did not exit */
	char	*out;		/* everything it printed */
};

static inline struct helper_run
run_helper(const char *name, const char *args)
{
	struct helper_run r = { -1, NULL };
	const char *dir;
	char cmd[1024], line[512];
	size_t len, cap;
	FILE *f;
	int st;

	dir = getenv("RUNTIME_HELPERS_DIR");
	cr_assert_not_null(dir, "RUNTIME_HELPERS_DIR is not set");
	snprintf(cmd, sizeof(cmd), "%s/%s %s 2>&1", dir, name, args);
	f = popen(cmd, "r");
	cr_assert_not_null(f, "cannot run %s", cmd);
	cap = 4096;
	len = 0;
	r.out = malloc(cap);
	r.out[0] = '\0';
	while (fgets(line, sizeof(line), f) != NULL) {
		size_t n = strlen(line);

		if (len + n + 1 > cap) {
			cap = (len + n + 1) * 2;
			r.out = realloc(r.out, cap);
		}
		memcpy(r.out + len, line, n + 1);
		len += n;
	}
	st = pclose(f);
	if (st != -1 && WIFEXITED(st))
		r.status = WEXITSTATUS(st);
	return (r);
}

/* The failing lines, for the test's message. */
static inline void
log_failures(const struct helper_run *r)
{
	const char *p, *nl;

	for (p = r->out; *p != '\0'; p = nl + 1) {
		nl = strchr(p, '\n');
		if (nl == NULL)
			nl = p + strlen(p);
		if (strncmp(p, "PASS", 4) != 0)
			cr_log_error("%.*s", (int)(nl - p), p);
		if (*nl == '\0')
			break;
	}
}

/* The count of the summary line "<n> ..., <failed> failed", if failed is 0. */
static inline unsigned
count_after(const char *out, const char *fmt)
{
	const char *p;
	unsigned n, failed;

	for (p = out; p != NULL; p = strchr(p, '\n')) {
		if (*p == '\n')
			p++;
		if (sscanf(p, fmt, &n, &failed) == 2)
			return (failed == 0 ? n : 0);
	}
	return (0);
}

#endif /* !_HELPER_RUN_H_ */
