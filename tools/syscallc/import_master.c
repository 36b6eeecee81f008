/*
 * import_master.c — `syscallc import` (import.h): merge Linux's table into
 * the older release's master, then write the new master, dummy.list and
 * conf together (all or nothing).
 */
#include "import.h"

#include <errno.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conf.h"
#include "diag.h"
#include "import_protos.h"
#include "linux_tbl.h"
#include "model.h"
#include "output.h"
#include "release_checks.h"
#include "srcpos.h"

#include <sys/stat.h>

struct names {
	const char	**v;
	size_t		  n, cap;
};

struct import {
	const struct import_options *o;
	struct diag	*d;
	struct linux_tbl tbl;
	struct proto_set protos;
	struct srcfile	*old_src;
	struct conf	*conf;
	struct model	*m;
	long		*old_at;	/* entry index per number, -1: none */
	long		 old_max;
	FILE		*out;
	struct names	 add, drop, handlers;
	unsigned	 kept, added, gone, unimpl;
};

static void
names_add(struct names *s, const char *name)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 64;
		s->v = realloc(s->v, s->cap * sizeof(*s->v));
		if (s->v == NULL)
			abort();
	}
	s->v[s->n++] = name;
}

static bool
names_has(const struct names *s, const char *name)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (strcmp(s->v[i], name) == 0)
			return true;
	return false;
}

static bool
has_handler(const struct entry *e)
{
	return (e->flags & (F_OBSOL | F_UNIMPL | F_RESERVED)) == 0;
}

static const char *
strip_prefix(const char *s, const char *prefix)
{
	size_t n = strlen(prefix);

	return strncmp(s, prefix, n) == 0 ? s + n : s;
}

/*
 * Does the older entry stand for the table's syscall?  Its name is the
 * handler (linux_ + entry point, or the Linux name), the host's name for
 * NOPROTO (not comparable), or the Linux name for OBSOL/UNIMPL.
 */
static bool
same_syscall(struct import *im, const struct entry *e,
    const struct tbl_entry *l)
{
	const char *old, *h;

	if (e->name == NULL || e->name[0] == '\0' || (e->flags & F_NOPROTO))
		return true;
	old = strip_prefix(e->name, "linux_");
	if (strcmp(old, l->name) == 0)
		return true;
	if (l->entry == NULL)
		return false;
	h = strip_prefix(tbl_handler_name(&im->tbl, l), "linux_");
	return strcmp(old, h) == 0 ||
	    strcmp(old, strip_prefix(strip_prefix(l->entry, "sys_"),
	    "ia32_")) == 0;
}

/* The handler of a new entry: linux_<entry point>, or linux_<name> when
 * another entry of the master already uses that. */
static const char *
new_handler(struct import *im, const struct tbl_entry *l)
{
	const char *h = tbl_handler_name(&im->tbl, l);

	if (names_has(&im->handlers, h))
		h = arena_printf(&im->tbl.arena, "linux_%s", l->name);
	names_add(&im->handlers, h);
	return h;
}

static void
emit_stub(struct import *im, const struct tbl_entry *l)
{
	const char *h = new_handler(im, l);
	const struct proto *p = NULL;
	size_t i;

	if (im->protos.n > 0) {
		p = proto_find(&im->protos, l->entry);
		if (p == NULL) {
			/* i386 wrappers (sys_ia32_fallocate) split 64-bit
			 * arguments as the generic declaration's loff_t
			 * does in two 32-bit slots */
			char *alt = arena_printf(&im->tbl.arena, "sys_%s",
			    l->name);

			p = proto_find(&im->protos, alt);
		}
	}
	fprintf(im->out, "; %s (%s): new in %s,\n; a stub (dummy.list) "
	    "until the runtime implements it.\n", l->name, l->entry,
	    im->o->release != NULL ? im->o->release : "this release");
	if (p == NULL && im->protos.n > 0)
		fprintf(im->out, "; No kernel declaration of %s was given: "
		    "write its arguments.\n", l->entry);
	if (p != NULL && p->inexact) {
		diag_report(im->d, RC(PROTO_TYPE), &p->pos, "%s: an argument "
		    "type has no l_* equivalent; l_ulong is written",
		    p->name);
		fprintf(im->out, "; Check the types: some kernel type had no "
		    "l_* equivalent.\n");
	}
	if (p == NULL || p->nargs == 0) {
		fprintf(im->out, "%ld\tAUE_NULL\tSTD {\n\t\tint %s(void);\n\t}\n",
		    l->num, h);
	} else {
		fprintf(im->out, "%ld\tAUE_NULL\tSTD {\n\t\tint %s(\n", l->num,
		    h);
		for (i = 0; i < p->nargs; i++)
			fprintf(im->out, "\t\t    %s%s%s%s\n", p->args[i].type,
			    p->args[i].type[strlen(p->args[i].type) - 1] ==
			    '*' ? "" : " ", p->args[i].name,
			    i + 1 < p->nargs ? "," : "");
		fprintf(im->out, "\t\t);\n\t}\n");
	}
	diag_report(im->d, RC(IMPORT_NEW), &l->name_pos, "%s enters as a "
	    "stub (%s)", l->name, h);
	names_add(&im->add, strip_prefix(h, "linux_"));
	im->added++;
}

/* A table line without an implementation that the older spec lacks. */
static void
emit_table_unimpl(struct import *im, const struct tbl_entry *l)
{
	fprintf(im->out, "%ld\tAUE_NULL\tUNIMPL\t%s\n", l->num, l->name);
	im->unimpl++;
}

static void
emit_gap(struct import *im, long a, long b)
{
	if (a == b)
		fprintf(im->out, "%ld\tAUE_NULL\tUNIMPL\n", a);
	else
		fprintf(im->out, "%ld-%ld\tAUE_NULL\tUNIMPL\n", a, b);
	im->unimpl += (unsigned)(b - a + 1);
}

/* Numbers [a, b] that the older master does not have (or has as one
 * UNIMPL/RESERVED range): runs of gaps, unimplemented lines, stubs. */
static void
emit_new_range(struct import *im, long a, long b)
{
	long n, gap = -1;

	for (n = a; n <= b; n++) {
		const struct tbl_entry *l = linux_tbl_find(&im->tbl, n);

		if (l == NULL) {
			if (gap < 0)
				gap = n;
			continue;
		}
		if (gap >= 0) {
			emit_gap(im, gap, n - 1);
			gap = -1;
		}
		if (tbl_entry_implemented(l))
			emit_stub(im, l);
		else
			emit_table_unimpl(im, l);
	}
	if (gap >= 0)
		emit_gap(im, gap, b);
}

static void
emit_gone(struct import *im, const struct entry *e, long n,
    const struct tbl_entry *l)
{
	const char *name = l != NULL ? l->name :
	    strip_prefix(e->name, "linux_");

	diag_report(im->d, RC(IMPORT_GONE), l != NULL ? &l->name_pos :
	    &e->number_pos, "%s (%s %s in the older spec) is not implemented "
	    "in the table: OBSOL", name, e->type_word, e->name);
	fprintf(im->out, "; %s: Linux no longer implements it (the older spec "
	    "had %s %s).\n", name, e->type_word, e->name);
	fprintf(im->out, "%ld\t%s\tOBSOL\t%s\n", n, e->audit, name);
	names_add(&im->drop, strip_prefix(e->name, "linux_"));
	im->gone++;
}

static void
emit_entry(struct import *im, const struct entry *e)
{
	const struct tbl_entry *l;
	long n = e->first;

	if (e->is_range || e->first != e->last) {
		long k;
		bool changed = false;

		for (k = e->first; k <= e->last; k++)
			if (linux_tbl_find(&im->tbl, k) != NULL)
				changed = true;
		if (!changed) {
			fprintf(im->out, "%s\n", e->text);
			im->kept++;
		} else {
			emit_new_range(im, e->first, e->last);
		}
		return;
	}
	l = linux_tbl_find(&im->tbl, n);
	if (has_handler(e)) {
		if (l != NULL && tbl_entry_implemented(l)) {
			if (!same_syscall(im, e, l))
				diag_report(im->d, RC(IMPORT_RENAMED),
				    &l->name_pos, "%ld is %s in the table but "
				    "%s in the older spec (kept)", n, l->name,
				    e->name);
			fprintf(im->out, "%s\n", e->text);
			im->kept++;
		} else {
			emit_gone(im, e, n, l);
		}
		return;
	}
	/* OBSOL / UNIMPL / RESERVED in the older spec */
	if (l != NULL && tbl_entry_implemented(l)) {
		emit_stub(im, l);
		return;
	}
	fprintf(im->out, "%s\n", e->text);
	im->kept++;
}

/* Will emit_entry() turn e into OBSOL? */
static bool
becomes_obsol(struct import *im, const struct entry *e)
{
	const struct tbl_entry *l;

	if (e->is_range || e->first != e->last || !has_handler(e))
		return false;
	l = linux_tbl_find(&im->tbl, e->first);
	return l == NULL || !tbl_entry_implemented(l);
}

/* Walk the older master's items; numbers it lacks go right before the
 * comments that lead the next entry it has. */
static void
merge(struct import *im)
{
	struct model *m = im->m;
	size_t i, pending_from = 0;
	long next = 0;
	bool pending = false;

	for (i = 0; i < m->nentries; i++)
		if (!m->entries[i].broken && m->entries[i].item < m->nitems &&
		    m->entries[i].name != NULL &&
		    has_handler(&m->entries[i]))
			names_add(&im->handlers, m->entries[i].name);
	for (i = 0; i < m->nitems; i++) {
		const struct item *it = &m->items[i];
		const struct entry *e;
		size_t k;

		if (it->kind != ITEM_ENTRY) {
			if (it->in_entry)
				continue;
			if (!pending) {
				pending = true;
				pending_from = i;
			}
			continue;
		}
		e = &m->entries[it->entry];
		if (e->first > next)
			emit_new_range(im, next, e->first - 1);
		if (pending) {
			bool gone = becomes_obsol(im, e);

			for (k = pending_from; k < i; k++) {
				const char *t = m->items[k].text;

				/* an OBSOL entry has no handler to annotate */
				if (m->items[k].in_entry || (gone &&
				    m->items[k].kind == ITEM_COMMENT &&
				    strncmp(t, ";@", 2) == 0))
					continue;
				fprintf(im->out, "%s\n", t);
			}
			pending = false;
		}
		if (e->first >= next) {
			emit_entry(im, e);
			next = e->last + 1;
		}
	}
	if (im->tbl.max_num >= next)
		emit_new_range(im, next, im->tbl.max_num);
	if (pending)
		for (i = pending_from; i < m->nitems; i++)
			if (!m->items[i].in_entry)
				fprintf(im->out, "%s\n", m->items[i].text);
}

static char *
read_text(const char *path, struct diag *d, bool missing_ok)
{
	struct srcfile *f = srcfile_read(path);
	char *s;

	if (f == NULL) {
		if (missing_ok && errno == ENOENT)
			return NULL;
		diag_io_error(d, "cannot read '%s': %s", path, strerror(errno));
		return NULL;
	}
	s = strdup(f->text);
	if (s == NULL)
		abort();
	srcfile_free(f);
	return s;
}

/* The older conf with every "<conf_from>" replaced by the new release. */
static char *
convert_conf(const struct import_options *o, struct diag *d)
{
	char *text = read_text(o->conf_in, d, false), *out;
	size_t len, flen = strlen(o->conf_from);
	const char *p, *q;
	FILE *f;

	if (text == NULL)
		return NULL;
	f = open_memstream(&out, &len);
	if (f == NULL)
		abort();
	for (p = text; (q = strstr(p, o->conf_from)) != NULL; p = q + flen) {
		fwrite(p, 1, (size_t)(q - p), f);
		fputs(o->release, f);
	}
	fputs(p, f);
	fclose(f);
	free(text);
	return out;
}

/* A new release's directories do not exist before its first import. */
static int
make_parents(const char *path, struct diag *d)
{
	char *copy, *dir, *p;
	int rc = 0;

	if (strcmp(path, "-") == 0)
		return 0;
	copy = strdup(path);
	if (copy == NULL)
		abort();
	dir = dirname(copy);
	for (p = dir + 1; ; p++) {
		char c = *p;

		if (c != '/' && c != '\0')
			continue;
		*p = '\0';
		if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
			diag_io_error(d, "cannot create '%s': %s", dir,
			    strerror(errno));
			rc = -1;
			break;
		}
		*p = c;
		if (c == '\0')
			break;
	}
	free(copy);
	return rc;
}

static int
load(struct import *im)
{
	const struct import_options *o = im->o;
	size_t i;
	int r;

	r = linux_tbl_read(&im->tbl, o->table, o->abis, im->d);
	if (r < 0)
		return 2;
	proto_set_init(&im->protos);
	for (i = 0; i < o->nprotos; i++)
		if (proto_read(&im->protos, o->protos[i], im->d) < 0)
			return 2;
	im->old_src = srcfile_read(o->old_master);
	if (im->old_src == NULL) {
		diag_io_error(im->d, "cannot read '%s': %s", o->old_master,
		    strerror(errno));
		return 2;
	}
	im->conf = conf_parse(NULL, im->d);
	im->m = model_new(im->old_src, im->conf);
	master_parse(im->m, im->d);
	return diag_exit_status(im->d);
}

int
syscallc_import(const struct import_options *o, struct diag *d)
{
	struct import im;
	struct output_set outs;
	char *text = NULL, *dummies_in = NULL, *dummies = NULL, *conf = NULL;
	size_t len = 0;
	int status;

	memset(&im, 0, sizeof(im));
	im.o = o;
	im.d = d;
	output_set_init(&outs, NULL);
	status = load(&im);
	if (status != 0)
		goto out;
	im.out = open_memstream(&text, &len);
	if (im.out == NULL)
		abort();
	merge(&im);
	fclose(im.out);
	if (o->dummy_out != NULL) {
		dummies_in = read_text(o->dummy_out, d, true);
		if (dummies_in == NULL && diag_io_errors(d) == 0 &&
		    o->dummy_in != NULL)
			dummies_in = read_text(o->dummy_in, d, false);
		if (diag_io_errors(d) == 0)
			dummies = import_update_dummies(dummies_in != NULL &&
			    o->dummy_out != NULL ? o->dummy_out : "dummy.list",
			    dummies_in, o->arch, o->release, im.add.v, im.add.n,
			    im.drop.v, im.drop.n, d);
	}
	if (o->conf_in != NULL && o->conf_out != NULL)
		conf = convert_conf(o, d);
	status = diag_exit_status(d);
	if (status != 0)
		goto out;
	if (make_parents(o->new_master, d) != 0 ||
	    (o->dummy_out != NULL && make_parents(o->dummy_out, d) != 0) ||
	    output_stage(&outs, o->new_master, text, len, d) != 0 ||
	    (dummies != NULL && output_stage(&outs, o->dummy_out, dummies,
	    strlen(dummies), d) != 0) ||
	    (conf != NULL && output_stage(&outs, o->conf_out, conf,
	    strlen(conf), d) != 0) ||
	    output_commit(&outs, d) != 0) {
		status = diag_exit_status(d);
		goto out;
	}
	if (!o->quiet)
		fprintf(stderr, "syscallc import: %s: %u entries kept, %u new "
		    "stubs, %u became OBSOL, %u unimplemented numbers added\n",
		    o->new_master, im.kept, im.added, im.gone, im.unimpl);
	status = diag_exit_status(d);
out:
	output_discard(&outs);
	free(text);
	free(dummies_in);
	free(dummies);
	free(conf);
	free(im.add.v);
	free(im.drop.v);
	free(im.handlers.v);
	free(im.old_at);
	model_free(im.m);
	conf_free(im.conf);
	srcfile_free(im.old_src);
	proto_set_free(&im.protos);
	linux_tbl_free(&im.tbl);
	return status;
}
