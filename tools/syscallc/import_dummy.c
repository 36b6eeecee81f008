/*
 * import_dummy.c — keeping dummy.list in step with an imported master
 * (import.h).
 *
 * dummy.list is release-wide while import runs once per arch, so every
 * change is per arch and the two runs commute:
 *   - a new stub for arch X is `dummy NAME imported arch X`; if the
 *     other arch's run already added `... arch Y` for the same name, that
 *     line becomes arch-less (a stub for both) instead;
 *   - a syscall that became OBSOL on X loses its `arch X` line; an
 *     arch-less line keeps only the other arch.
 * A name that some line already covers for X is left alone, which is what
 * makes a second import change nothing.  Every other line is copied
 * verbatim.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "import.h"
#include "release_checks.h"
#include "srcpos.h"
#include "tspec.h"

#define MAX_WORDS	16

struct dline {
	char		*text;		/* the line, as written or rewritten */
	bool		 is_dummy;
	char		*name;
	char		*arch;		/* NULL: every arch */
	bool		 plain;		/* exactly `dummy NAME imported
					   [arch A]`: ours to rewrite */
	bool		 deleted;
};

struct dlist {
	struct dline	*v;
	size_t		 n, cap;
};

static struct dline *
dlist_add(struct dlist *l, char *text)
{
	struct dline *x;

	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->v = realloc(l->v, l->cap * sizeof(*l->v));
		if (l->v == NULL)
			abort();
	}
	x = &l->v[l->n++];
	memset(x, 0, sizeof(*x));
	x->text = text;
	return x;
}

static bool
parse_line(struct dline *x, const struct srcfile *f, int lineno,
    struct diag *d)
{
	char *copy = strdup(x->text), *w[MAX_WORDS], *save = NULL, *t;
	char *semi = strchr(copy, ';');
	int n = 0, i;

	if (copy == NULL)
		abort();
	if (semi != NULL)
		*semi = '\0';
	for (t = strtok_r(copy, " \t", &save); t != NULL && n < MAX_WORDS;
	    t = strtok_r(NULL, " \t", &save))
		w[n++] = t;
	if (n == 0 || strcmp(w[0], "dummy") != 0) {
		free(copy);
		return true;
	}
	x->is_dummy = true;
	if (n < 3) {
		struct srcpos p = srcpos_make(f, lineno, 1,
		    (int)strlen(x->text));

		diag_report(d, RC(DUMMY_LINE), &p, "a dummy line needs a name "
		    "and a reason");
		free(copy);
		return false;
	}
	x->name = strdup(w[1]);
	for (i = 3; i + 1 < n; i++)
		if (strcmp(w[i], "arch") == 0)
			x->arch = strdup(w[i + 1]);
	x->plain = strcmp(w[2], IMPORT_REASON) == 0 &&
	    (n == 3 || (n == 5 && x->arch != NULL));
	free(copy);
	return true;
}

static char *
xprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static char *
xprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) < 0)
		abort();
	va_end(ap);
	return s;
}

static char *
plain_line(const char *name, const char *arch)
{
	if (arch == NULL)
		return xprintf("dummy %-24s " IMPORT_REASON, name);
	return xprintf("dummy %-24s " IMPORT_REASON " arch %s", name, arch);
}

/* The line with ` arch A` added before its comment. */
static char *
with_arch(const char *text, const char *arch)
{
	const char *semi = strchr(text, ';');
	size_t code = semi != NULL ? (size_t)(semi - text) : strlen(text);

	while (code > 0 && (text[code - 1] == ' ' || text[code - 1] == '\t'))
		code--;
	if (semi == NULL)
		return xprintf("%.*s arch %s", (int)code, text, arch);
	return xprintf("%.*s arch %s  %s", (int)code, text, arch, semi);
}

/* The one arch of tspec_arches[] that is not `arch`, or NULL. */
static const char *
other_arch(const char *arch)
{
	int a, found = -1;

	for (a = 0; a < TS_NARCH; a++)
		if (strcmp(tspec_arches[a], arch) == 0)
			found = a;
	if (found < 0 || TS_NARCH != 2)
		return NULL;
	return tspec_arches[1 - found];
}

static bool
covers(const struct dline *x, const char *name, const char *arch)
{
	return x->is_dummy && !x->deleted && strcmp(x->name, name) == 0 &&
	    (x->arch == NULL || strcmp(x->arch, arch) == 0);
}

char *
import_update_dummies(const char *path, const char *text, const char *arch,
    const char *release, const char *const *add, size_t nadd,
    const char *const *drop, size_t ndrop, struct diag *d)
{
	struct srcfile *f = text != NULL ?
	    srcfile_from_string(path, text, strlen(text)) : NULL;
	struct dlist l = { NULL, 0, 0 };
	const char *other = arch != NULL ? other_arch(arch) : NULL;
	bool ok = true, section = false;
	char *out = NULL, *marker;
	size_t i, k, len;
	FILE *o;
	int line;

	if (arch == NULL)
		arch = "all";
	marker = xprintf("; ---- new in %s (syscallc import): stubs until "
	    "implemented ----", release != NULL ? release : "this release");
	for (line = 1; f != NULL && line <= (int)f->nlines; line++) {
		size_t n;
		const char *s = srcfile_line(f, line, &n);
		struct dline *x;

		if (line == (int)f->nlines && n == 0)
			break;
		x = dlist_add(&l, strndup(s, n));
		if (!parse_line(x, f, line, d))
			ok = false;
		if (strcmp(x->text, marker) == 0)
			section = true;
	}
	if (!ok)
		goto out;
	for (k = 0; k < ndrop; k++)
		for (i = 0; i < l.n; i++) {
			struct dline *x = &l.v[i];

			if (!covers(x, drop[k], arch))
				continue;
			if (x->arch != NULL || other == NULL) {
				x->deleted = x->arch != NULL;
			} else {
				char *t = with_arch(x->text, other);

				free(x->text);
				x->text = t;
				x->arch = strdup(other);
			}
		}
	for (k = 0; k < nadd; k++) {
		bool done = false;

		for (i = 0; i < l.n && !done; i++)
			if (covers(&l.v[i], add[k], arch))
				done = true;
		for (i = 0; i < l.n && !done; i++) {
			struct dline *x = &l.v[i];

			if (x->is_dummy && !x->deleted && x->plain &&
			    strcmp(x->name, add[k]) == 0 && other != NULL &&
			    x->arch != NULL && strcmp(x->arch, other) == 0) {
				free(x->text);
				x->text = plain_line(add[k], NULL);
				free(x->arch);
				x->arch = NULL;
				done = true;
			}
		}
		if (done)
			continue;
		if (!section) {
			if (l.n > 0)
				dlist_add(&l, strdup(""));
			dlist_add(&l, strdup(marker));
			section = true;
		}
		{
			struct dline *x = dlist_add(&l, plain_line(add[k],
			    arch));

			x->is_dummy = x->plain = true;
			x->name = strdup(add[k]);
			x->arch = strdup(arch);
		}
	}
	o = open_memstream(&out, &len);
	if (o == NULL)
		abort();
	for (i = 0; i < l.n; i++)
		if (!l.v[i].deleted)
			fprintf(o, "%s\n", l.v[i].text);
	fclose(o);
out:
	for (i = 0; i < l.n; i++) {
		free(l.v[i].text);
		free(l.v[i].name);
		free(l.v[i].arch);
	}
	free(l.v);
	free(marker);
	srcfile_free(f);
	return out;
}
