/*
 * fixture.c — the tab-separated fact reader of fixture.h.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"

#ifndef FIXTURES_DIR
#error "FIXTURES_DIR must name tests/fixtures (tests/tspec/rules.mk sets it)"
#endif

static char *
read_all(const char *path)
{
	FILE *fp = fopen(path, "rb");
	char *buf;
	long len;

	if (fp == NULL) {
		fprintf(stderr, "fixture %s: %s\n", path, strerror(errno));
		abort();
	}
	fseek(fp, 0, SEEK_END);
	len = ftell(fp);
	fseek(fp, 0, SEEK_SET);
	buf = malloc((size_t)len + 1);
	if (buf == NULL || fread(buf, 1, (size_t)len, fp) != (size_t)len)
		abort();
	buf[len] = '\0';
	fclose(fp);
	return buf;
}

/* Split one line (NUL-terminated) at tabs into cols. */
static void
split(char *line, char **cols)
{
	static char empty[] = "";
	int n = 0;

	for (int i = 0; i < FIXTURE_MAXCOLS; i++)
		cols[i] = empty;
	cols[n++] = line;
	for (char *p = line; *p != '\0'; p++)
		if (*p == '\t' && n < FIXTURE_MAXCOLS) {
			*p = '\0';
			cols[n++] = p + 1;
		}
}

struct fixture *
fixture_load(const char *relpath)
{
	struct fixture *f = calloc(1, sizeof(*f));
	char *line, *next;

	if (f == NULL || asprintf(&f->path, "%s/%s", FIXTURES_DIR,
	    relpath) < 0)
		abort();
	f->text = read_all(f->path);
	line = f->text;
	for (int first = 1; line != NULL && *line != '\0'; line = next) {
		next = strchr(line, '\n');
		if (next != NULL)
			*next++ = '\0';
		if (*line == '\0')
			continue;
		if (first) {
			split(line, f->header);
			first = 0;
			continue;
		}
		f->rows = realloc(f->rows, sizeof(*f->rows) *
		    (size_t)(f->nrows + 1));
		if (f->rows == NULL)
			abort();
		split(line, f->rows[f->nrows++].col);
	}
	return f;
}

void
fixture_free(struct fixture *f)
{
	if (f == NULL)
		return;
	free(f->rows);
	free(f->text);
	free(f->path);
	free(f);
}

int
fixture_col(const struct fixture *f, const char *name)
{
	for (int i = 0; i < FIXTURE_MAXCOLS; i++)
		if (f->header[i] != NULL && strcmp(f->header[i], name) == 0)
			return i;
	fprintf(stderr, "fixture %s has no column %s\n", f->path, name);
	abort();
}

int64_t
fixture_num(const struct fixture_row *r, int col)
{
	return (int64_t)strtoll(r->col[col], NULL, 0);
}

const struct fixture_row *
fixture_find(const struct fixture *f, int col, const char *value)
{
	for (int i = 0; i < f->nrows; i++)
		if (strcmp(f->rows[i].col[col], value) == 0)
			return &f->rows[i];
	return NULL;
}
