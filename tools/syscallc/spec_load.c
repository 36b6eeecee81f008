/*
 * spec_load.c — statuses of a release spec (spec_load.h).
 */
#include "spec_load.h"

#include <dirent.h>
#include <errno.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "conf.h"
#include "diag.h"
#include "linux_tbl.h"
#include "model.h"
#include "release_checks.h"
#include "srcpos.h"

const char *const cov_status_names[CS__COUNT] = {
	[CS_IMPLEMENTED] = "implemented",
	[CS_PASSTHROUGH] = "passthrough",
	[CS_STUB] = "stub",
	[CS_UNIMPLEMENTED] = "unimplemented",
	[CS_OBSOLETE] = "obsolete",
};

struct since_entry {
	char	*name, *version;
};

struct loader {
	struct spec_set	*s;
	struct diag	*d;
	struct since_entry *since;
	size_t		 nsince;
	struct dummy_fields *dummies;
	size_t		 ndummies;
};

static bool
is_dir(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool
is_file(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static char *
path_join(struct arena *a, const char *dir, const char *name)
{
	return arena_printf(a, "%s/%s", dir, name);
}

static char *
base_of(struct arena *a, const char *path)
{
	char *c = arena_strdup(a, path);

	return arena_strdup(a, basename(c));
}

static char *
dir_of(struct arena *a, const char *path)
{
	char *c = arena_strdup(a, path);

	return arena_strdup(a, dirname(c));
}

bool
dummy_line_fields(const char *line, struct dummy_fields *f)
{
	char *copy = strdup(line), *w[16], *save = NULL, *t, *semi;
	int n = 0, i;

	memset(f, 0, sizeof(*f));
	if (copy == NULL)
		abort();
	if ((semi = strchr(copy, ';')) != NULL)
		*semi = '\0';
	for (t = strtok_r(copy, " \t", &save); t != NULL && n < 16;
	    t = strtok_r(NULL, " \t", &save))
		w[n++] = t;
	if (n < 3 || strcmp(w[0], "dummy") != 0) {
		free(copy);
		return false;
	}
	f->name = strdup(w[1]);
	f->reason = strdup(w[2]);
	for (i = 3; i + 1 < n; i++) {
		if (strcmp(w[i], "arch") == 0)
			f->arch = strdup(w[i + 1]);
		else if (strcmp(w[i], "errno") == 0)
			f->errno_name = strdup(w[i + 1]);
	}
	if (f->errno_name == NULL)
		f->errno_name = strdup("ENOSYS");
	free(copy);
	return true;
}

void
dummy_fields_free(struct dummy_fields *f)
{
	free(f->name);
	free(f->reason);
	free(f->errno_name);
	free(f->arch);
	memset(f, 0, sizeof(*f));
}

static int
read_since(struct loader *L, const char *path)
{
	struct srcfile *f = srcfile_read(path);
	int line;

	if (f == NULL) {
		diag_io_error(L->d, "cannot read '%s': %s", path,
		    strerror(errno));
		return 2;
	}
	for (line = 1; line <= (int)f->nlines; line++) {
		size_t n;
		const char *s = srcfile_line(f, line, &n);
		const char *tab1 = memchr(s, '\t', n), *tab2;

		if (n == 0 || s[0] == '#' || tab1 == NULL)
			continue;
		tab2 = memchr(tab1 + 1, '\t', n - (size_t)(tab1 + 1 - s));
		if (tab2 == NULL)
			tab2 = s + n;
		L->since = realloc(L->since, (L->nsince + 1) *
		    sizeof(*L->since));
		if (L->since == NULL)
			abort();
		L->since[L->nsince].name = strndup(s, (size_t)(tab1 - s));
		L->since[L->nsince].version = strndup(tab1 + 1,
		    (size_t)(tab2 - tab1 - 1));
		L->nsince++;
	}
	srcfile_free(f);
	return 0;
}

static const char *
since_of(struct loader *L, const char *name)
{
	size_t i;

	for (i = 0; i < L->nsince; i++)
		if (strcmp(L->since[i].name, name) == 0)
			return arena_strdup(&L->s->arena, L->since[i].version);
	return NULL;
}

static int
read_dummies(struct loader *L, const char *path)
{
	struct srcfile *f;
	int line;

	if (!is_file(path))
		return 0;
	if ((f = srcfile_read(path)) == NULL) {
		diag_io_error(L->d, "cannot read '%s': %s", path,
		    strerror(errno));
		return 2;
	}
	for (line = 1; line <= (int)f->nlines; line++) {
		size_t n;
		const char *s = srcfile_line(f, line, &n);
		char *copy = strndup(s, n);
		struct dummy_fields df;

		if (dummy_line_fields(copy, &df)) {
			L->dummies = realloc(L->dummies, (L->ndummies + 1) *
			    sizeof(*L->dummies));
			if (L->dummies == NULL)
				abort();
			L->dummies[L->ndummies++] = df;
		}
		free(copy);
	}
	srcfile_free(f);
	return 0;
}

static const struct dummy_fields *
dummy_for(struct loader *L, const char *handler, const char *arch)
{
	size_t i;

	if (strncmp(handler, "linux_", 6) != 0)
		return NULL;
	for (i = 0; i < L->ndummies; i++)
		if (strcmp(L->dummies[i].name, handler + 6) == 0 &&
		    (L->dummies[i].arch == NULL ||
		    strcmp(L->dummies[i].arch, arch) == 0))
			return &L->dummies[i];
	return NULL;
}

/* The comment lines right above entry e (no blank line between). */
static void
entry_comments(struct loader *L, const struct model *m,
    const struct entry *e, const char **notep, bool *implemented)
{
	size_t i = e->item, first = e->item;
	char *note = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&note, &len);

	if (f == NULL)
		abort();
	*implemented = false;
	while (i > 0 && m->items[i - 1].kind == ITEM_COMMENT &&
	    !m->items[i - 1].in_entry)
		i--;
	for (; i < first; i++) {
		const struct item *it = &m->items[i];
		const char *t = it->text;

		if (t[0] == ';' && t[1] == '@') {
			size_t w = strcspn(t + 2, " \t");

			if (w == 11 && strncmp(t + 2, "implemented", 11) == 0 &&
			    t[13] == '\0') {
				*implemented = true;
				if ((e->flags & F_STD) == 0)
					diag_report(L->d, RC(ANNOTATION),
					    &it->pos, ";@implemented on an entry of type %s "
					    "(only STD entries have a handler "
					    "of their own)",
					    e->type_word);
			} else {
				diag_report(L->d, RC(ANNOTATION), &it->pos,
				    "unknown annotation ';@%.*s' (known: "
				    ";@implemented)", (int)w, t + 2);
			}
			continue;
		}
		while (*t == ';')
			t++;
		while (*t == ' ' || *t == '\t')
			t++;
		if (*t == '\0')
			continue;
		if (ftell(f) > 0)
			fputc(' ', f);
		fputs(t, f);
	}
	fclose(f);
	*notep = arena_strdup(&L->s->arena, note);
	free(note);
}

static const char *
entry_args(struct arena *a, const struct entry *e)
{
	char *s = NULL;
	size_t len = 0, i;
	FILE *f = open_memstream(&s, &len);
	const char *r;

	if (f == NULL)
		abort();
	for (i = 0; i < e->nargs; i++) {
		if (e->args[i].dropped)
			continue;
		fprintf(f, "%s%s", ftell(f) > 0 ? ", " : "", e->args[i].text);
	}
	fclose(f);
	r = arena_strdup(a, s);
	free(s);
	return r;
}

static const char *
find_table(struct spec_set *s, const char *dir, const char **abis)
{
	static const char *const names[] = { "syscall_32.tbl",
	    "syscall_64.tbl", "syscall.tbl" };
	static const char *const dflt[] = { "i386", "common,64", NULL };
	size_t i;

	for (i = 0; i < 3; i++) {
		char *p = path_join(&s->arena, dir, names[i]);

		if (is_file(p)) {
			*abis = dflt[i];
			return p;
		}
	}
	return NULL;
}

static int
load_arch(struct loader *L, const char *dir, const char *master)
{
	struct spec_set *s = L->s;
	struct spec_arch *sa;
	struct srcfile *src, *conffile = NULL;
	struct conf *conf;
	struct model *m;
	struct linux_tbl tbl;
	const char *abis = NULL, *confpath;
	size_t i, cap = 0;
	int status = 0;
	bool have_tbl = false;

	s->arches = realloc(s->arches, (s->narches + 1) * sizeof(*s->arches));
	if (s->arches == NULL)
		abort();
	sa = &s->arches[s->narches++];
	memset(sa, 0, sizeof(*sa));
	sa->dir = arena_strdup(&s->arena, dir);
	sa->master = arena_strdup(&s->arena, master);
	sa->arch = base_of(&s->arena, dir);
	sa->release = s->release;
	if ((src = srcfile_read(master)) == NULL) {
		diag_io_error(L->d, "cannot read '%s': %s", master,
		    strerror(errno));
		return 2;
	}
	confpath = path_join(&s->arena, dir, "syscalls.conf");
	if (is_file(confpath))
		conffile = srcfile_read(confpath);
	conf = conf_parse(conffile, L->d);
	m = model_new(src, conf);
	if (master_parse(m, L->d) != 0)
		status = 1;
	memset(&tbl, 0, sizeof(tbl));
	sa->table = find_table(s, dir, &abis);
	if (sa->table != NULL) {
		int r = linux_tbl_read(&tbl, sa->table, abis, L->d);

		if (r < 0)
			status = 2;
		else if (r > 0 && status == 0)
			status = 1;
		have_tbl = true;
	}
	for (i = 0; i < m->nentries && status == 0; i++) {
		const struct entry *e = &m->entries[i];
		const char *note, *args;
		bool impl;
		long n;

		if (e->broken)
			continue;
		entry_comments(L, m, e, &note, &impl);
		args = entry_args(&s->arena, e);
		for (n = e->first; n <= e->last; n++) {
			const struct tbl_entry *l = have_tbl ?
			    linux_tbl_find(&tbl, n) : NULL;
			const struct dummy_fields *df;
			struct cov_row *r;

			if (sa->nrows == cap) {
				cap = cap ? cap * 2 : 512;
				sa->rows = realloc(sa->rows, cap *
				    sizeof(*sa->rows));
				if (sa->rows == NULL)
					abort();
			}
			r = &sa->rows[sa->nrows++];
			memset(r, 0, sizeof(*r));
			r->num = n;
			r->type = arena_strdup(&s->arena, e->type_word);
			r->file = sa->master;
			r->line = e->pos.first_line;
			r->note = note;
			r->args = args;
			if (e->flags & (F_UNIMPL | F_RESERVED)) {
				r->status = CS_UNIMPLEMENTED;
				r->handler = "nosys";
			} else if (e->flags & F_OBSOL) {
				r->status = CS_OBSOLETE;
				r->handler = "nosys";
			} else if (e->flags & F_NOPROTO) {
				r->status = CS_PASSTHROUGH;
				r->handler = arena_printf(&s->arena, "sys_%s",
				    e->name);
			} else {
				r->handler = arena_strdup(&s->arena, e->name);
				df = dummy_for(L, e->name, sa->arch);
				if (impl) {
					r->status = CS_IMPLEMENTED;
				} else if (df != NULL) {
					r->status = CS_STUB;
					r->stub_reason = arena_strdup(
					    &s->arena, df->reason);
					r->stub_errno = arena_strdup(
					    &s->arena, df->errno_name);
				} else {
					r->status = CS_UNIMPLEMENTED;
				}
			}
			if (l != NULL) {
				r->name = arena_strdup(&s->arena, l->name);
				if (l->entry != NULL)
					r->entry = arena_strdup(&s->arena,
					    l->entry);
				r->in_linux = tbl_entry_implemented(l);
			} else if (have_tbl) {
				r->name = "";
				r->in_linux = false;
			} else {
				r->name = e->name != NULL && e->name[0] ?
				    arena_strdup(&s->arena,
				    strncmp(e->name, "linux_", 6) == 0 ?
				    e->name + 6 : e->name) : "";
				r->in_linux = (e->flags & (F_UNIMPL |
				    F_RESERVED | F_OBSOL)) == 0;
			}
			r->since = r->name[0] ? since_of(L, r->name) : NULL;
		}
	}
	if (have_tbl)
		linux_tbl_free(&tbl);
	model_free(m);
	conf_free(conf);
	srcfile_free(src);
	srcfile_free(conffile);
	return status;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
spec_load(struct spec_set *s, const char *spec, const char *since,
    struct diag *d)
{
	struct loader L;
	char *arch_dirs[16];
	size_t narch = 0, i;
	int status = 0, r;

	memset(s, 0, sizeof(*s));
	arena_init(&s->arena);
	memset(&L, 0, sizeof(L));
	L.s = s;
	L.d = d;
	if (is_dir(spec)) {
		char *m = path_join(&s->arena, spec, "syscalls.master");

		if (is_file(m)) {
			arch_dirs[narch++] = arena_strdup(&s->arena, spec);
			s->release_dir = dir_of(&s->arena, spec);
		} else {
			DIR *dp = opendir(spec);
			struct dirent *de;

			if (dp == NULL) {
				diag_io_error(d, "cannot read '%s': %s", spec,
				    strerror(errno));
				return 2;
			}
			while ((de = readdir(dp)) != NULL && narch < 16) {
				char *sub = path_join(&s->arena, spec,
				    de->d_name);

				if (de->d_name[0] != '.' && is_file(path_join(
				    &s->arena, sub, "syscalls.master")))
					arch_dirs[narch++] = sub;
			}
			closedir(dp);
			qsort(arch_dirs, narch, sizeof(arch_dirs[0]), cmp_str);
			s->release_dir = arena_strdup(&s->arena, spec);
		}
	} else if (is_file(spec)) {
		arch_dirs[narch++] = dir_of(&s->arena, spec);
		s->release_dir = dir_of(&s->arena, arch_dirs[0]);
	}
	if (narch == 0) {
		diag_io_error(d, "'%s' is not a spec: no syscalls.master in it "
		    "or in a directory below it", spec);
		return 2;
	}
	s->release = base_of(&s->arena, s->release_dir);
	if (since == NULL) {
		char *p = path_join(&s->arena, dir_of(&s->arena,
		    s->release_dir), "syscall-since.tsv");

		if (is_file(p))
			since = p;
	}
	if (since != NULL && (status = read_since(&L, since)) != 0)
		goto out;
	if ((status = read_dummies(&L, path_join(&s->arena, s->release_dir,
	    "dummy.list"))) != 0)
		goto out;
	for (i = 0; i < narch; i++) {
		r = load_arch(&L, arch_dirs[i], path_join(&s->arena,
		    arch_dirs[i], "syscalls.master"));
		if (r > status)
			status = r;
	}
out:
	for (i = 0; i < L.nsince; i++) {
		free(L.since[i].name);
		free(L.since[i].version);
	}
	free(L.since);
	for (i = 0; i < L.ndummies; i++)
		dummy_fields_free(&L.dummies[i]);
	free(L.dummies);
	if (status == 0 && diag_exit_status(d) != 0)
		status = diag_exit_status(d);
	return status;
}

void
spec_free(struct spec_set *s)
{
	size_t i;

	for (i = 0; i < s->narches; i++)
		free(s->arches[i].rows);
	free(s->arches);
	arena_free(&s->arena);
}
