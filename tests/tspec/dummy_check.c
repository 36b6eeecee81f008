/*
 * dummy_check.c — see dummy_check.h.
 */
#include <stdio.h>
#include <string.h>

#include "dummy_check.h"
#include "fake_kern.h"
#include "fixture.h"
#include "linux_dummy.h"
#include "linux_errno.h"

#define FAIL(...) do { fprintf(out, __VA_ARGS__); fputc('\n', out); \
	failures++; } while (0)

int
dummy_check_stubs(const char *syscalls, FILE *out, int *nchecked)
{
	struct fixture *sc = fixture_load(syscalls);
	struct fixture *le = fixture_load("linux/errno.tsv");
	int sc_name = fixture_col(sc, "name");
	int le_num = fixture_col(le, "number"), le_name = fixture_col(le, "name");
	int failures = 0;

	*nchecked = 0;
	if (linux_dummy_nstubs <= 0)
		FAIL("no stubs at all in linux_dummy_stubs[]");
	for (int i = 0; i < linux_dummy_nstubs; i++) {
		const struct linux_dummy_stub *s = &linux_dummy_stubs[i];
		const struct fixture_row *r;
		char want[128];
		int ret, logs_first, logs_second;

		(*nchecked)++;
		for (int j = 0; j < i; j++)
			if (strcmp(linux_dummy_stubs[j].name, s->name) == 0)
				FAIL("%s: listed twice", s->name);
		if (fixture_find(sc, sc_name, s->name) == NULL)
			FAIL("%s: not a syscall of this arch in Linux 2.6.16 "
			    "(%s)", s->name, syscalls);

		/* The errno the program sees is the named Linux errno. */
		r = NULL;
		for (int j = 0; j < le->nrows; j++)
			if (fixture_num(&le->rows[j], le_num) == s->linux_errno &&
			    le->rows[j].col[fixture_col(le, "alias_of")][0] ==
			    '\0')
				r = &le->rows[j];
		if (r == NULL)
			FAIL("%s: Linux errno %d is not a Linux errno", s->name,
			    s->linux_errno);
		else if (linux_errno_name(s->linux_errno) == NULL ||
		    strcmp(linux_errno_name(s->linux_errno),
		    r->col[le_name]) != 0)
			FAIL("%s: Linux errno %d is %s, the table calls it %s",
			    s->name, s->linux_errno, r->col[le_name],
			    linux_errno_name(s->linux_errno));

		fake_log_reset();
		ret = s->handler(NULL, NULL);
		logs_first = fake_nlogs;
		if (ret != s->host_errno)
			FAIL("%s: returned %d, the table says host errno %d",
			    s->name, ret, s->host_errno);
		if (linux_errno_from_host(ret) != s->linux_errno)
			FAIL("%s: host errno %d reaches the program as %d, not "
			    "%d", s->name, ret, linux_errno_from_host(ret),
			    s->linux_errno);
		(void)s->handler(NULL, NULL);
		logs_second = fake_nlogs - logs_first;

		snprintf(want, sizeof(want), "syscall %s ", s->name);
		switch (s->log) {
		case LINUX_DUMMY_LOG_QUIET:
			if (fake_nlogs != 0)
				FAIL("%s: quiet, but logged \"%s\"", s->name,
				    fake_logs[0].msg);
			break;
		case LINUX_DUMMY_LOG_ONCE:
			/* The host drops repeats by key: the key is the name. */
			if (logs_first != 1 || logs_second != 1 ||
			    !fake_logs[0].once ||
			    strcmp(fake_logs[0].key, s->name) != 0 ||
			    strstr(fake_logs[0].msg, want) == NULL)
				FAIL("%s: log once by name: %d+%d calls, key "
				    "\"%s\", \"%s\"", s->name, logs_first,
				    logs_second, fake_logs[0].key,
				    fake_logs[0].msg);
			break;
		case LINUX_DUMMY_LOG_EVERY:
			if (logs_first != 1 || logs_second != 1 ||
			    fake_logs[0].once || fake_logs[1].once ||
			    strstr(fake_logs[0].msg, want) == NULL)
				FAIL("%s: log every call: %d+%d calls, \"%s\"",
				    s->name, logs_first, logs_second,
				    fake_logs[0].msg);
			break;
		}
	}
	fixture_free(sc);
	fixture_free(le);
	return failures;
}
