/*
 * diag.c — located diagnostics and per-compilation check levels.
 *
 * The check tables are const and shared; everything that changes during a
 * run (levels, counters, whether the last report was shown) lives in
 * struct diag, one per compilation.
 */
#include "diag.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* A quoted source line longer than this is cut: the message is about one
 * spot, and a fuzzer's megabyte-long line should not flood the terminal. */
#define QUOTE_MAX	512

struct check_table {
	const char		*language;
	const struct diag_check	*checks;
	size_t			 n;
	enum diag_level		*levels;	/* current level of each */
};

/* Past this many errors, reports are counted but not printed: a runaway
 * input should not take minutes to report. */
#define MAX_SHOWN_ERRORS	1000

struct diag {
	FILE			*out;	/* where reports end up */
	FILE			*buf;	/* one report being composed */
	char			*bufp;
	size_t			 bufn;
	const char		*progname;
	struct check_table	*tables;
	size_t			 ntables;
	bool			 werror;	/* -Werror */
	bool			 nowarn;	/* -w */
	bool			 last_shown;	/* for diag_note() */
	unsigned		 errors, warnings, io_errors;
};

struct diag *
diag_new(FILE *out, const char *progname)
{
	struct diag *d = calloc(1, sizeof(*d));

	if (d == NULL)
		return NULL;
	d->out = out;
	d->progname = progname != NULL ? progname : "syscallc";
	d->buf = open_memstream(&d->bufp, &d->bufn);
	if (d->buf == NULL) {
		free(d);
		return NULL;
	}
	return d;
}

void
diag_free(struct diag *d)
{
	size_t i;

	if (d == NULL)
		return;
	for (i = 0; i < d->ntables; i++)
		free(d->tables[i].levels);
	free(d->tables);
	fclose(d->buf);
	free(d->bufp);
	free(d);
}

int
diag_register(struct diag *d, const char *language,
    const struct diag_check *table, size_t n)
{
	struct check_table *nt, *t;
	size_t i;

	for (i = 0; i < n; i++)
		if (diag_find(d, table[i].name) != NULL)
			return -1;
	nt = realloc(d->tables, (d->ntables + 1) * sizeof(*nt));
	if (nt == NULL)
		return -1;
	d->tables = nt;
	t = &nt[d->ntables];
	t->levels = malloc((n ? n : 1) * sizeof(t->levels[0]));
	if (t->levels == NULL)
		return -1;
	t->language = language;
	t->checks = table;
	t->n = n;
	for (i = 0; i < n; i++)
		t->levels[i] = table[i].level;
	d->ntables++;
	return 0;
}

/* Which registered table holds c, and at which index. */
static enum diag_level *
level_slot(const struct diag *d, const struct diag_check *c)
{
	size_t i;
	uintptr_t p = (uintptr_t)c;

	for (i = 0; i < d->ntables; i++) {
		const struct check_table *t = &d->tables[i];
		uintptr_t lo = (uintptr_t)t->checks;
		uintptr_t hi = (uintptr_t)(t->checks + t->n);

		if (p >= lo && p < hi)
			return &t->levels[c - t->checks];
	}
	return NULL;
}

const struct diag_check *
diag_find(const struct diag *d, const char *name)
{
	size_t i, k;

	for (i = 0; i < d->ntables; i++)
		for (k = 0; k < d->tables[i].n; k++)
			if (strcmp(d->tables[i].checks[k].name, name) == 0)
				return &d->tables[i].checks[k];
	return NULL;
}

int
diag_set_level(struct diag *d, const struct diag_check *c,
    enum diag_level level)
{
	enum diag_level *slot = level_slot(d, c);

	if (slot == NULL)
		return -1;
	if ((c->flags & DIAG_CHECK_FIXED) && level != c->level)
		return -1;
	*slot = level;
	return 0;
}

int
diag_option(struct diag *d, const char *opt)
{
	const struct diag_check *c;
	enum diag_level level;
	const char *name;

	if (strcmp(opt, "-Werror") == 0) {
		d->werror = true;
		return 0;
	}
	if (strcmp(opt, "-w") == 0) {
		d->nowarn = true;
		return 0;
	}
	if (strncmp(opt, "-Wno-", 5) == 0 || strncmp(opt, "-Eno-", 5) == 0) {
		name = opt + 5;
		level = opt[1] == 'W' ? DIAG_IGNORE : DIAG_WARNING;
	} else if (strncmp(opt, "-W", 2) == 0 || strncmp(opt, "-E", 2) == 0) {
		name = opt + 2;
		level = opt[1] == 'W' ? DIAG_WARNING : DIAG_ERROR;
	} else {
		fprintf(d->out, "%s: error: not a check option: '%s'\n",
		    d->progname, opt);
		d->io_errors++;
		return -1;
	}
	c = diag_find(d, name);
	if (c == NULL) {
		fprintf(d->out, "%s: error: unknown check '%s' in '%s' "
		    "(see --list-checks)\n", d->progname, name, opt);
		d->io_errors++;
		return -1;
	}
	if (diag_set_level(d, c, level) != 0) {
		fprintf(d->out, "%s: error: check '%s' is always an error\n",
		    d->progname, name);
		d->io_errors++;
		return -1;
	}
	return 0;
}

enum diag_level
diag_level_of(const struct diag *d, const struct diag_check *c)
{
	enum diag_level *slot = level_slot(d, c);
	enum diag_level level = slot != NULL ? *slot : c->level;

	if (level == DIAG_WARNING && d->werror)
		level = DIAG_ERROR;
	if (level == DIAG_WARNING && d->nowarn)
		level = DIAG_IGNORE;
	return level;
}

const char *
diag_level_name(enum diag_level level)
{
	switch (level) {
	case DIAG_IGNORE:
		return "ignore";
	case DIAG_WARNING:
		return "warning";
	case DIAG_ERROR:
		return "error";
	}
	return "?";
}

/* The quoted line and the caret line under it. */
static void
quote_source(struct diag *d, const struct srcpos *pos)
{
	const char *s;
	size_t len, i, from, to;

	s = srcfile_line(pos->file, pos->first_line, &len);
	if (s == NULL)
		return;
	if (len > QUOTE_MAX)
		len = QUOTE_MAX;
	for (i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)s[i];

		fputc(ch == '\t' || ch >= 0x20 ? ch : '?', d->buf);
	}
	fputc('\n', d->buf);

	from = pos->first_column > 1 ? (size_t)pos->first_column - 1 : 0;
	if (pos->last_line == pos->first_line &&
	    pos->last_column > pos->first_column)
		to = (size_t)pos->last_column - 1;
	else if (pos->last_line > pos->first_line)
		to = len;
	else
		to = from + 1;
	if (from > len)
		from = len;
	if (to > len)
		to = len;
	if (to <= from)
		to = from + 1;
	for (i = 0; i < from; i++)
		fputc(s[i] == '\t' ? '\t' : ' ', d->buf);
	fputc('^', d->buf);
	for (i = from + 1; i < to; i++)
		fputc('~', d->buf);
	fputc('\n', d->buf);
}

/* Compose one report in d->buf, then write it with one call (stderr is
 * unbuffered: byte-by-byte writes would cost a system call each). */
static void
vemit(struct diag *d, const char *label, const char *check,
    const struct srcpos *pos, const char *fmt, va_list ap)
{
	rewind(d->buf);
	if (pos != NULL && pos->file != NULL)
		fprintf(d->buf, "%s:%d:%d: %s: ", pos->file->name,
		    pos->first_line, pos->first_column, label);
	else
		fprintf(d->buf, "%s: %s: ", d->progname, label);
	vfprintf(d->buf, fmt, ap);
	if (check != NULL)
		fprintf(d->buf, " [%s]", check);
	fputc('\n', d->buf);
	if (pos != NULL && pos->file != NULL)
		quote_source(d, pos);
	fflush(d->buf);
	fwrite(d->bufp, 1, (size_t)ftell(d->buf), d->out);
}

bool
diag_report(struct diag *d, const struct diag_check *c,
    const struct srcpos *pos, const char *fmt, ...)
{
	enum diag_level level = diag_level_of(d, c);
	va_list ap;

	d->last_shown = level != DIAG_IGNORE;
	if (!d->last_shown)
		return false;
	if (level == DIAG_ERROR)
		d->errors++;
	else
		d->warnings++;
	if (d->errors > MAX_SHOWN_ERRORS) {
		if (d->errors == MAX_SHOWN_ERRORS + 1 && level == DIAG_ERROR)
			fprintf(d->out, "%s: error: more than %d errors; the "
			    "rest are counted, not shown\n", d->progname,
			    MAX_SHOWN_ERRORS);
		d->last_shown = false;
		return false;
	}
	va_start(ap, fmt);
	vemit(d, level == DIAG_ERROR ? "error" : "warning", c->name, pos,
	    fmt, ap);
	va_end(ap);
	return true;
}

void
diag_note(struct diag *d, const struct srcpos *pos, const char *fmt, ...)
{
	va_list ap;

	if (!d->last_shown)
		return;
	va_start(ap, fmt);
	vemit(d, "note", NULL, pos, fmt, ap);
	va_end(ap);
}

void
diag_io_error(struct diag *d, const char *fmt, ...)
{
	va_list ap;

	d->io_errors++;
	d->last_shown = true;
	va_start(ap, fmt);
	vemit(d, "error", NULL, NULL, fmt, ap);
	va_end(ap);
}

void
diag_plain_warning(struct diag *d, const char *fmt, ...)
{
	va_list ap;

	d->last_shown = !d->nowarn;
	if (d->nowarn)
		return;
	d->warnings++;
	va_start(ap, fmt);
	vemit(d, "warning", NULL, NULL, fmt, ap);
	va_end(ap);
}

unsigned
diag_errors(const struct diag *d)
{
	return d->errors;
}

unsigned
diag_warnings(const struct diag *d)
{
	return d->warnings;
}

unsigned
diag_io_errors(const struct diag *d)
{
	return d->io_errors;
}

int
diag_exit_status(const struct diag *d)
{
	if (d->io_errors > 0)
		return 2;
	if (d->errors > 0)
		return 1;
	return 0;
}

void
diag_foreach_check(const struct diag *d,
    void (*fn)(void *arg, const char *language, const struct diag_check *c,
	enum diag_level now),
    void *arg)
{
	size_t i, k;

	for (i = 0; i < d->ntables; i++)
		for (k = 0; k < d->tables[i].n; k++)
			fn(arg, d->tables[i].language, &d->tables[i].checks[k],
			    d->tables[i].levels[k]);
}
