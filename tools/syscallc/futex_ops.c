/*
 * futex_ops.c — reading spec/<release>/futex.ops (futex_ops.h).
 */
#include "futex_ops.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "release_checks.h"
#include "srcpos.h"

#define MAX_WORDS	12

struct word {
	const char	*s;
	int		 len, col;
};

static bool
is_version(const struct word *w)
{
	int i;

	for (i = 0; i < w->len; i++)
		if (!isdigit((unsigned char)w->s[i]) && w->s[i] != '.')
			return false;
	return w->len > 0 && isdigit((unsigned char)w->s[0]);
}

static bool
word_is(const struct word *w, const char *s)
{
	return (size_t)w->len == strlen(s) && strncmp(w->s, s, w->len) == 0;
}

static bool
read_line(struct futex_ops *f, const struct srcfile *src, int line,
    struct diag *d)
{
	size_t len;
	const char *s = srcfile_line(src, line, &len);
	struct word w[MAX_WORDS];
	struct futex_op op;
	struct srcpos p;
	int n = 0, i = 0, k;
	char *end;

	while ((size_t)i < len && s[i] != ';') {
		if (s[i] == ' ' || s[i] == '\t') {
			i++;
			continue;
		}
		if (n == MAX_WORDS)
			break;
		w[n].s = s + i;
		w[n].col = i + 1;
		while ((size_t)i < len && s[i] != ' ' && s[i] != '\t' &&
		    s[i] != ';')
			i++;
		w[n].len = (int)(s + i - w[n].s);
		n++;
	}
	if (n == 0)
		return true;
	memset(&op, 0, sizeof(op));
	op.line = line;
	if (!word_is(&w[0], "op") && !word_is(&w[0], "flag")) {
		p = srcpos_make(src, line, w[0].col, w[0].len);
		diag_report(d, RC(FUTEX_OPS), &p, "expected `op` or `flag`, "
		    "not '%.*s'", w[0].len, w[0].s);
		return false;
	}
	op.is_flag = word_is(&w[0], "flag");
	if (n < 6) {
		p = srcpos_make(src, line, (int)len + 1, 0);
		diag_report(d, RC(FUTEX_OPS), &p, "expected %s NAME VALUE "
		    "since VERSION %sSTATUS", op.is_flag ? "flag" : "op",
		    op.is_flag ? "" : "[until VERSION] ");
		return false;
	}
	op.value = strtol(w[2].s, &end, 0);
	if (end != w[2].s + w[2].len) {
		p = srcpos_make(src, line, w[2].col, w[2].len);
		diag_report(d, RC(FUTEX_OPS), &p, "'%.*s' is not a number",
		    w[2].len, w[2].s);
		return false;
	}
	if (!word_is(&w[3], "since") || !is_version(&w[4])) {
		p = srcpos_make(src, line, w[3].col, w[4].col + w[4].len -
		    w[3].col);
		diag_report(d, RC(FUTEX_OPS), &p, "expected `since VERSION`");
		return false;
	}
	k = 5;
	if (!op.is_flag && n >= 8 && word_is(&w[5], "until")) {
		if (!is_version(&w[6])) {
			p = srcpos_make(src, line, w[6].col, w[6].len);
			diag_report(d, RC(FUTEX_OPS), &p, "'%.*s' is not a "
			    "release", w[6].len, w[6].s);
			return false;
		}
		op.until = strndup(w[6].s, (size_t)w[6].len);
		k = 7;
	}
	if (k != n - 1 || (!word_is(&w[k], "implemented") &&
	    !word_is(&w[k], "unimplemented"))) {
		p = srcpos_make(src, line, w[k].col, w[n - 1].col +
		    w[n - 1].len - w[k].col);
		diag_report(d, RC(FUTEX_OPS), &p, "expected `implemented` or "
		    "`unimplemented` to end the line");
		free(op.until);
		return false;
	}
	op.implemented = word_is(&w[k], "implemented");
	op.name = strndup(w[1].s, (size_t)w[1].len);
	op.since = strndup(w[4].s, (size_t)w[4].len);
	f->v = realloc(f->v, (f->n + 1) * sizeof(*f->v));
	if (f->v == NULL)
		abort();
	f->v[f->n++] = op;
	return true;
}

int
futex_ops_read(struct futex_ops *f, const char *path, struct diag *d)
{
	struct srcfile *src;
	bool ok = true;
	int line;

	memset(f, 0, sizeof(*f));
	if ((src = srcfile_read(path)) == NULL) {
		diag_io_error(d, "cannot read '%s': %s", path, strerror(errno));
		return 2;
	}
	f->path = strdup(path);
	for (line = 1; line <= (int)src->nlines; line++)
		if (!read_line(f, src, line, d))
			ok = false;
	srcfile_free(src);
	return ok ? 0 : 1;
}

void
futex_ops_free(struct futex_ops *f)
{
	size_t i;

	for (i = 0; i < f->n; i++) {
		free(f->v[i].name);
		free(f->v[i].since);
		free(f->v[i].until);
	}
	free(f->v);
	free(f->path);
	memset(f, 0, sizeof(*f));
}
