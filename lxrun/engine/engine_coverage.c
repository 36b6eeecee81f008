/*
 * engine_coverage.c — --coverage FILE: every syscall the program made, with
 * its count and its status in the spec, written at exit in the schema of
 * docs/coverage-schema.md. With --coverage every syscall stops the program
 * (the observe filter), so counts are complete and the run is slow.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "engine_libc.h"
#include "lxrun_seccomp.h"

#define	COV_MAX	1024		/* numbers above are counted as one */

static bool cov_on;
static uint64_t cov_count[COV_MAX + 1];

void
lx_cov_enable(void)
{

	cov_on = true;
}

bool
lx_cov_enabled(void)
{

	return (cov_on);
}

void
lx_cov_count(unsigned nr)
{

	cov_count[nr < COV_MAX ? nr : COV_MAX]++;
}

static const char *
cov_status(unsigned nr)
{

	if (nr >= LXRUN_SECCOMP_MAXSYSCALL)
		return ("unimplemented");
	switch (lxrun_syscall_class[nr]) {
	case LXRUN_EMULATED:	return ("emulated");
	case LXRUN_STUB:	return ("stub");
	case LXRUN_NATIVE:	return ("native");
	default:		return ("unimplemented");
	}
}

static void
cov_json_string(FILE *f, const char *s)
{

	fputc('"', f);
	for (; *s != '\0'; s++) {
		unsigned char ch = (unsigned char)*s;

		if (ch == '"' || ch == '\\')
			fprintf(f, "\\%c", ch);
		else if (ch < 0x20)
			fprintf(f, "\\u%04x", ch);
		else
			fputc(ch, f);
	}
	fputc('"', f);
}

int
lx_cov_write(const char *path, char *const argv[])
{
	uint64_t calls = 0, by[4] = { 0 };
	const char *names[4] = { "emulated", "stub", "native",
	    "unimplemented" };
	char tmp[4096];
	unsigned nr;
	int i, distinct = 0, first = 1;
	FILE *f;

	if (snprintf(tmp, sizeof(tmp), "%s.tmp.%d", path, (int)getpid()) >=
	    (int)sizeof(tmp)) {
		fprintf(stderr, "lxrun: --coverage: %s: name too long\n", path);
		return (-1);
	}
	if ((f = fopen(tmp, "w")) == NULL) {
		fprintf(stderr, "lxrun: --coverage: %s: %s\n", tmp,
		    strerror(errno));
		return (-1);
	}
	fprintf(f, "{\n  \"schema\": \"syscallc-coverage/1\",\n"
	    "  \"source\": \"lxrun\",\n  \"release\": \"%s\",\n"
	    "  \"arch\": \"%s\",\n  \"program\": [", LINUX_RELEASE_NAME,
	    LXRUN_SECCOMP_ARCH);
	for (i = 0; argv[i] != NULL; i++) {
		if (i > 0)
			fputs(", ", f);
		cov_json_string(f, argv[i]);
	}
	fputs("],\n  \"syscalls\": [", f);
	for (nr = 0; nr <= COV_MAX; nr++) {
		const char *st, *name;

		if (cov_count[nr] == 0)
			continue;
		st = cov_status(nr);
		name = nr < COV_MAX ? lx_syscall_name(nr) : NULL;
		fprintf(f, "%s\n    {\"number\": %u, \"name\": ",
		    first ? "" : ",", nr);
		if (name != NULL)
			cov_json_string(f, name);
		else
			fputs("null", f);
		fprintf(f, ", \"status\": \"%s\", \"count\": %llu}", st,
		    (unsigned long long)cov_count[nr]);
		first = 0;
		distinct++;
		calls += cov_count[nr];
		for (i = 0; i < 4; i++)
			if (strcmp(st, names[i]) == 0)
				by[i] += cov_count[nr];
	}
	fprintf(f, "\n  ],\n  \"totals\": {\"calls\": %llu, \"distinct\": %d",
	    (unsigned long long)calls, distinct);
	for (i = 0; i < 4; i++)
		fprintf(f, ", \"%s\": %llu", names[i],
		    (unsigned long long)by[i]);
	fputs("}\n}\n", f);
	if (fflush(f) != 0 || ferror(f)) {
		fprintf(stderr, "lxrun: --coverage: %s: %s\n", tmp,
		    strerror(errno));
		fclose(f);
		unlink(tmp);
		return (-1);
	}
	fclose(f);
	if (rename(tmp, path) != 0) {
		fprintf(stderr, "lxrun: --coverage: %s: %s\n", path,
		    strerror(errno));
		unlink(tmp);
		return (-1);
	}
	return (0);
}
