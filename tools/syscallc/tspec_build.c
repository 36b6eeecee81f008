/*
 * tspec_build.c — record translation-spec statements in the model.
 *
 * The parser calls these as it recognises statements. They decide only what
 * a file kind may contain (a `flag` in errno.map is misplaced, whatever it
 * says) and whether a name is declared twice on one side; everything that
 * needs other files (names of the other side, the master) waits for
 * tspec_check().
 */
#include <stdlib.h>
#include <string.h>

#include "tspec.h"
#include "tspec_build.h"

void *
tsb_grow(void *arrayp, int *np, size_t sz)
{
	char **a = arrayp;
	char *p = realloc(*a, (size_t)(*np + 1) * sz);

	if (p == NULL)
		abort();	/* out of memory: nothing sensible to report */
	*a = p;
	memset(p + (size_t)*np * sz, 0, sz);
	return p + (size_t)(*np)++ * sz;
}

/* Which statements each kind of file may hold. */
enum stmt {
	ST_HOST, ST_DECL, ST_LAST, ST_REALTIME, ST_SIGSET, ST_MAP, ST_FIELD,
	ST_FLAG, ST_BASE, ST_RULE, ST_TRAPMAP, ST_DUMMY, ST_TYPE, ST_HANDLER,
	ST_ENCODING, ST_IOCTL, ST_SET, ST_UNMAPPABLE, ST_TCBITS, ST_CC,
	ST_SPEED,
};
#define B(x) (1u << (x))
static const unsigned allowed[TSF__COUNT] = {
	[TSF_HOST_DEFS] = B(ST_DECL) | B(ST_LAST) | B(ST_REALTIME) |
	    B(ST_SIGSET) | B(ST_TYPE) | B(ST_ENCODING) | B(ST_IOCTL) |
	    B(ST_TCBITS) | B(ST_CC),
	[TSF_ERRNO_MAP] = B(ST_HOST) | B(ST_DECL) | B(ST_MAP) |
	    B(ST_UNMAPPABLE),
	[TSF_SIGNAL_MAP] = B(ST_HOST) | B(ST_DECL) | B(ST_REALTIME) |
	    B(ST_SIGSET) | B(ST_MAP) | B(ST_UNMAPPABLE),
	[TSF_CLONE_FLAGS] = B(ST_HOST) | B(ST_FIELD) | B(ST_FLAG) |
	    B(ST_BASE) | B(ST_RULE),
	[TSF_TRAP_MAP] = B(ST_HOST) | B(ST_TRAPMAP),
	[TSF_DUMMY_LIST] = B(ST_DUMMY),
	[TSF_IOCTL_SETS] = B(ST_HOST) | B(ST_TYPE) | B(ST_HANDLER) |
	    B(ST_SET),
	/* Names map by name; only `unmappable` is written (no `map`). */
	[TSF_TERMIOS_MAP] = B(ST_HOST) | B(ST_UNMAPPABLE) | B(ST_TCBITS) |
	    B(ST_CC) | B(ST_SPEED),
};
static const char *const file_kind_names[TSF__COUNT] = {
	"a host facts file", "errno.map", "signal.map", "clone.flags",
	"trap.map", "dummy.list", "ioctl.sets", "termios.map",
};
/* The declarations each map file may make (errno in errno.map...). */
static bool
decl_allowed(enum ts_file_kind fk, int kind)
{
	switch (fk) {
	case TSF_HOST_DEFS:
		return kind == TK_ERRNO || kind == TK_SIGNAL ||
		    kind == TK_RFORK || kind == TK_TRAP;
	case TSF_ERRNO_MAP:
		return kind == TK_ERRNO;
	case TSF_SIGNAL_MAP:
		return kind == TK_SIGNAL;
	default:
		return false;
	}
}

static bool
allow(struct tspec_parse *tp, enum stmt st, const struct srcpos *pos,
    const char *what)
{
	if (allowed[tp->kind] & B(st))
		return true;
	diag_report(tp->ts->diag, &tspec_checks[TSC_WRONG_FILE], pos,
	    "%s statement does not belong in %s", what,
	    file_kind_names[tp->kind]);
	return false;
}

static const char *const kind_words[TK__COUNT] = {
	"errno", "signal", "rfork", "trap", "flag", "ioctl", "type", "handler",
	"tcflag", "tcfield", "tcvalue", "cc", "speed",
};

/* Declare a symbol on the file's side; NULL if it duplicates one. */
static struct ts_sym *
declare(struct tspec_parse *tp, enum ts_kind kind, char *name,
    const struct srcpos *pos)
{
	struct tspec *ts = tp->ts;
	struct ts_sym *old = tspec_find(ts, tp->side, kind, name);
	struct ts_sym *s, **slot;

	if (old != NULL) {
		if (diag_report(ts->diag, &tspec_checks[TSC_DUPLICATE], pos,
		    "%s %s is already declared", kind_words[kind], name))
			diag_note(ts->diag, &old->pos, "first declared here");
		free(name);
		return NULL;
	}
	s = calloc(1, sizeof(*s));
	if (s == NULL)
		abort();
	s->side = tp->side;
	s->kind = kind;
	s->name = name;
	s->pos = *pos;
	slot = tsb_grow(&ts->syms, &ts->nsyms, sizeof(*slot));
	*slot = s;
	return s;
}

void
tsb_host(struct tspec_parse *tp, char *name, const struct srcpos *pos)
{
	if (!allow(tp, ST_HOST, pos, "a host")) {
		free(name);
		return;
	}
	if (tp->ts->host != NULL && strcmp(tp->ts->host, name) != 0) {
		if (diag_report(tp->ts->diag, &tspec_checks[TSC_DUPLICATE],
		    pos, "host %s differs from host %s named before", name,
		    tp->ts->host))
			diag_note(tp->ts->diag, &tp->ts->host_pos,
			    "named here");
		free(name);
		return;
	}
	free(tp->ts->host);
	tp->ts->host = name;
	tp->ts->host_pos = *pos;
}

void
tsb_decl(struct tspec_parse *tp, int kind, char *name,
    const struct srcpos *npos, int64_t value, int internal, char *message,
    const struct srcpos *stmt)
{
	struct ts_sym *s;

	if (!allow(tp, ST_DECL, stmt, "a declaration") ||
	    !decl_allowed(tp->kind, kind)) {
		if (allowed[tp->kind] & B(ST_DECL))
			diag_report(tp->ts->diag,
			    &tspec_checks[TSC_WRONG_FILE], stmt,
			    "a %s declaration does not belong in %s",
			    kind_words[kind], file_kind_names[tp->kind]);
		free(name);
		free(message);
		return;
	}
	if (internal && kind != TK_ERRNO)
		diag_report(tp->ts->diag, &tspec_checks[TSC_SYNTAX], stmt,
		    "only an errno can be internal");
	s = declare(tp, kind, name, npos);
	if (s == NULL) {
		free(message);
		return;
	}
	s->value = value;
	s->internal = internal != 0;
	s->message = message;
}

void
tsb_alias(struct tspec_parse *tp, int kind, char *name,
    const struct srcpos *npos, char *target, const struct srcpos *stmt)
{
	struct ts_sym *s;

	if (!allow(tp, ST_DECL, stmt, "an alias") ||
	    !decl_allowed(tp->kind, kind)) {
		if (allowed[tp->kind] & B(ST_DECL))
			diag_report(tp->ts->diag,
			    &tspec_checks[TSC_WRONG_FILE], stmt,
			    "a %s alias does not belong in %s",
			    kind_words[kind], file_kind_names[tp->kind]);
		free(name);
		free(target);
		return;
	}
	s = declare(tp, kind, name, npos);
	if (s == NULL) {
		free(target);
		return;
	}
	s->alias_of = target;
}

void
tsb_trap(struct tspec_parse *tp, char *sig, const struct srcpos *spos,
    char *code, const struct srcpos *cpos, char *to, const struct srcpos *tpos,
    const struct srcpos *stmt)
{
	struct ts_trap *t;

	if (!allow(tp, ST_TRAPMAP, stmt, "a trap translation")) {
		free(sig);
		free(code);
		free(to);
		return;
	}
	t = tsb_grow(&tp->ts->traps, &tp->ts->ntraps, sizeof(*t));
	t->signal = sig;
	t->code = code;
	t->to = to;
	t->signal_pos = *spos;
	t->code_pos = *cpos;
	t->to_pos = *tpos;
	t->pos = *stmt;
}

void
tsb_last(struct tspec_parse *tp, char *name, int64_t v,
    const struct srcpos *pos)
{
	if (!allow(tp, ST_LAST, pos, "a last")) {
		free(name);
		return;
	}
	free(tp->ts->errno_last_name);
	tp->ts->errno_last_name = name;
	tp->ts->errno_last = v;
	tp->ts->errno_last_pos = *pos;
}

void
tsb_realtime(struct tspec_parse *tp, char *min_name, int64_t min,
    char *max_name, int64_t max, const struct srcpos *pos)
{
	struct ts_rtrange *rt = &tp->ts->rt[tp->side];

	if (!allow(tp, ST_REALTIME, pos, "a realtime")) {
		free(min_name);
		free(max_name);
		return;
	}
	if (rt->present) {
		diag_report(tp->ts->diag, &tspec_checks[TSC_DUPLICATE], pos,
		    "the real-time range is already declared");
		free(min_name);
		free(max_name);
		return;
	}
	if (min > max || min < 1)
		diag_report(tp->ts->diag, &tspec_checks[TSC_RANGE], pos,
		    "real-time range %lld..%lld is empty or starts below 1",
		    (long long)min, (long long)max);
	rt->present = true;
	rt->min_name = min_name;
	rt->max_name = max_name;
	rt->min = min;
	rt->max = max;
	rt->pos = *pos;
}

void
tsb_sigset(struct tspec_parse *tp, int64_t words, const struct srcpos *pos)
{
	if (!allow(tp, ST_SIGSET, pos, "a sigset"))
		return;
	if (words < 1 || words > 8) {
		diag_report(tp->ts->diag, &tspec_checks[TSC_RANGE], pos,
		    "a sigset of %lld 32-bit words is not plausible",
		    (long long)words);
		return;
	}
	tp->ts->sigset_words[tp->side] = (int)words;
	tp->ts->sigset_pos[tp->side] = *pos;
}

void
tsb_map(struct tspec_parse *tp, int side, struct ts_ref *src, int both_ways,
    struct ts_ref *dst, const struct srcpos *pos)
{
	struct ts_map *m;

	if (!allow(tp, ST_MAP, pos, "a map")) {
		free(src->name);
		free(src->hi_name);
		free(dst->name);
		free(dst->hi_name);
		return;
	}
	m = tsb_grow(&tp->ts->maps, &tp->ts->nmaps, sizeof(*m));
	m->kind = tp->kind == TSF_ERRNO_MAP ? TK_ERRNO : TK_SIGNAL;
	m->from = (enum ts_side)side;
	m->both_ways = both_ways != 0;
	m->src = *src;
	m->dst = *dst;
	m->pos = *pos;
}

void
tsb_unmappable(struct tspec_parse *tp, int side, struct ts_ref *ref,
    char *reason, const struct srcpos *pos)
{
	struct ts_unmappable *u;

	if (!allow(tp, ST_UNMAPPABLE, pos, "an unmappable")) {
		free(ref->name);
		free(ref->hi_name);
		free(reason);
		return;
	}
	u = tsb_grow(&tp->ts->unmaps, &tp->ts->nunmaps, sizeof(*u));
	/* In termios.map the name's kind is found when it is resolved. */
	u->kind = tp->kind == TSF_ERRNO_MAP ? TK_ERRNO :
	    tp->kind == TSF_TERMIOS_MAP ? TK_TCFLAG : TK_SIGNAL;
	u->side = (enum ts_side)side;
	u->ref = *ref;
	u->reason = reason;
	u->pos = *pos;
}

static struct ts_flag *
new_flag(struct tspec_parse *tp, char *name, const struct srcpos *npos,
    int64_t value)
{
	struct ts_sym *s = declare(tp, TK_FLAG, name, npos);
	struct ts_flag *f;

	f = tsb_grow(&tp->ts->flags, &tp->ts->nflags, sizeof(*f));
	if (s == NULL) {
		/* Keep a placeholder so the rest of the line still parses. */
		s = calloc(1, sizeof(*s));
		if (s == NULL)
			abort();
		s->name = strdup("?");
		s->pos = *npos;
		s->kind = TK__COUNT;	/* not findable */
	}
	s->value = value;
	f->sym = s;
	return f;
}

void
tsb_field(struct tspec_parse *tp, char *name, const struct srcpos *npos,
    int64_t mask, char *meaning, const struct srcpos *pos)
{
	struct ts_flag *f;

	if (!allow(tp, ST_FIELD, pos, "a field")) {
		free(name);
		free(meaning);
		return;
	}
	f = new_flag(tp, name, npos, mask);
	f->cls = TF_FIELD;
	f->field_meaning = meaning;
}

static struct ts_flag *cur_flag(struct tspec_parse *tp)
{
	return tp->ts->nflags > 0 ? &tp->ts->flags[tp->ts->nflags - 1] : NULL;
}

void
tsb_flag(struct tspec_parse *tp, char *name, const struct srcpos *npos,
    int64_t value, const struct srcpos *pos)
{
	if (!allow(tp, ST_FLAG, pos, "a flag")) {
		free(name);
		tp->ignore_rest = true;
		return;
	}
	tp->ignore_rest = false;
	new_flag(tp, name, npos, value);
}

void
tsb_flag_class(struct tspec_parse *tp, enum ts_flag_class cls, char *err,
    const struct srcpos *epos)
{
	struct ts_flag *f = cur_flag(tp);

	if (tp->ignore_rest || f == NULL) {
		free(err);
		return;
	}
	f->cls = cls;
	f->reject_errno = err;
	if (epos != NULL)
		f->errno_pos = *epos;
}

void
tsb_effect(struct tspec_parse *tp, bool set, char *rf,
    const struct srcpos *pos)
{
	struct ts_flag *f = cur_flag(tp);
	struct ts_effect *e;

	if (tp->ignore_rest || f == NULL) {
		free(rf);
		return;
	}
	e = tsb_grow(&f->effects, &f->neffects, sizeof(*e));
	e->set = set;
	e->rfork = rf;
	e->pos = *pos;
}

void
tsb_base(struct tspec_parse *tp, char *rf, const struct srcpos *pos)
{
	struct tspec *ts = tp->ts;
	int n;

	if (!allow(tp, ST_BASE, pos, "a base")) {
		free(rf);
		return;
	}
	n = ts->nbase;
	*(char **)tsb_grow(&ts->base_rfork, &n, sizeof(char *)) = rf;
	*(struct srcpos *)tsb_grow(&ts->base_pos, &ts->nbase,
	    sizeof(struct srcpos)) = *pos;
}

void
tsb_rule(struct tspec_parse *tp, enum ts_rule_kind kind, char *a,
    const struct srcpos *apos, char *b, const struct srcpos *bpos, char *err,
    const struct srcpos *epos, char *note, const struct srcpos *pos)
{
	struct ts_rule *r;

	if (!allow(tp, ST_RULE, pos, "a rule")) {
		free(a);
		free(b);
		free(err);
		free(note);
		return;
	}
	r = tsb_grow(&tp->ts->rules, &tp->ts->nrules, sizeof(*r));
	r->kind = kind;
	r->a = a;
	r->b = b;
	r->errno_name = err;
	r->note = note;
	r->a_pos = *apos;
	r->b_pos = *bpos;
	r->errno_pos = *epos;
	r->pos = *pos;
}

static struct ts_dummy *
cur_dummy(struct tspec_parse *tp)
{
	if (tp->ignore_rest || tp->ts->ndummies == 0)
		return NULL;
	return &tp->ts->dummies[tp->ts->ndummies - 1];
}

void
tsb_dummy(struct tspec_parse *tp, char *name, const struct srcpos *npos,
    char *reason, const struct srcpos *pos)
{
	struct ts_dummy *d;

	if (!allow(tp, ST_DUMMY, pos, "a dummy")) {
		free(name);
		free(reason);
		tp->ignore_rest = true;
		return;
	}
	tp->ignore_rest = false;
	d = tsb_grow(&tp->ts->dummies, &tp->ts->ndummies, sizeof(*d));
	d->name = name;
	d->reason = reason;
	d->name_pos = *npos;
	d->pos = *pos;
	d->log = TL_ONCE;
}

void
tsb_dummy_errno(struct tspec_parse *tp, char *e, const struct srcpos *pos)
{
	struct ts_dummy *d = cur_dummy(tp);

	if (d == NULL) {
		free(e);
		return;
	}
	free(d->errno_name);
	d->errno_name = e;
	d->errno_pos = *pos;
}

void
tsb_dummy_log(struct tspec_parse *tp, enum ts_log log)
{
	struct ts_dummy *d = cur_dummy(tp);

	if (d != NULL)
		d->log = log;
}

void
tsb_dummy_arch(struct tspec_parse *tp, char *arch, const struct srcpos *pos)
{
	struct ts_dummy *d = cur_dummy(tp);

	if (d == NULL) {
		free(arch);
		return;
	}
	free(d->arch);
	d->arch = arch;
	d->arch_pos = *pos;
}

void
tsb_type(struct tspec_parse *tp, char *name, const struct srcpos *npos,
    int64_t i386, int64_t amd64, const struct srcpos *pos)
{
	struct ts_sym *s;

	if (!allow(tp, ST_TYPE, pos, "a type")) {
		free(name);
		return;
	}
	s = declare(tp, TK_TYPE, name, npos);
	if (s == NULL)
		return;
	if (i386 < 0 || amd64 < 0 || i386 > 0x3fff || amd64 > 0x3fff)
		diag_report(tp->ts->diag, &tspec_checks[TSC_RANGE], pos,
		    "a type size must be 0..16383 bytes (14 bits)");
	s->size[0] = (int)i386;
	s->size[1] = (int)amd64;
	s->value = i386;
}

void
tsb_handler(struct tspec_parse *tp, char *name, const struct srcpos *pos)
{
	if (!allow(tp, ST_HANDLER, pos, "a handler")) {
		free(name);
		return;
	}
	declare(tp, TK_HANDLER, name, pos);
}

void
tsb_encoding(struct tspec_parse *tp, char *name, const struct srcpos *pos)
{
	if (allow(tp, ST_ENCODING, pos, "an encoding")) {
		if (strcmp(name, "bsd") == 0)
			tp->ts->host_ioc_encoding = 1;
		else if (strcmp(name, "linux") == 0)
			tp->ts->host_ioc_encoding = 0;
		else
			diag_report(tp->ts->diag, &tspec_checks[TSC_SYNTAX],
			    pos, "unknown ioctl encoding %s (bsd or linux)",
			    name);
	}
	free(name);
}

void
tsb_host_ioctl(struct tspec_parse *tp, char *name, const struct srcpos *npos,
    struct ts_ioc *ioc, const struct srcpos *pos)
{
	struct ts_sym *s;

	if (!allow(tp, ST_IOCTL, pos, "an ioctl")) {
		free(name);
		free(ioc->argtype);
		return;
	}
	s = declare(tp, TK_IOCTL, name, npos);
	if (s == NULL) {
		free(ioc->argtype);
		return;
	}
	/* Encoded later (tspec_check), once every type is known. */
	s->value = ioc->encoded ? -1 : ioc->raw;
	if (ioc->encoded) {
		s->size[0] = ioc->macro;
		s->size[1] = (int)((ioc->type << 8) | ioc->nr);
		s->alias_of = ioc->argtype;	/* the argument type's name */
	}
}

void
tsb_set_begin(struct tspec_parse *tp, char *name, const struct srcpos *npos,
    int64_t lo, int64_t hi, const struct srcpos *lopos,
    const struct srcpos *hipos, char *handler, const struct srcpos *hpos,
    char *nested, const struct srcpos *nestpos, const struct srcpos *pos)
{
	struct ts_set *s;

	tp->cur_set = NULL;
	if (!allow(tp, ST_SET, pos, "a set")) {
		free(name);
		free(handler);
		free(nested);
		return;
	}
	for (int i = 0; i < tp->ts->nsets; i++)
		if (strcmp(tp->ts->sets[i].name, name) == 0) {
			if (diag_report(tp->ts->diag,
			    &tspec_checks[TSC_DUPLICATE], npos,
			    "set %s is already declared", name))
				diag_note(tp->ts->diag, &tp->ts->sets[i].pos,
				    "first declared here");
			break;
		}
	s = tsb_grow(&tp->ts->sets, &tp->ts->nsets, sizeof(*s));
	s->name = name;
	s->lo = lo;
	s->hi = hi;
	s->handler = handler;
	s->nested_in = nested;
	s->pos = *npos;
	s->range_pos = srcpos_join(lopos, hipos);
	s->handler_pos = *hpos;
	if (nested != NULL)
		s->nested_pos = *nestpos;
	s->parent = -1;
	if (lo > hi || lo < 0 || hi > 0xffff)
		diag_report(tp->ts->diag, &tspec_checks[TSC_RANGE],
		    &s->range_pos,
		    "a set's range must be 16-bit command keys, low..high");
	tp->cur_set_index = tp->ts->nsets - 1;
	tp->cur_set = s;
}

void
tsb_set_end(struct tspec_parse *tp)
{
	tp->cur_set = NULL;
}

static struct ts_cmd *
cur_cmd(struct tspec_parse *tp)
{
	struct ts_set *s;

	if (tp->cur_set == NULL)
		return NULL;
	s = &tp->ts->sets[tp->cur_set_index];
	return s->ncmds > 0 ? &s->cmds[s->ncmds - 1] : NULL;
}

void
tsb_cmd_begin(struct tspec_parse *tp, char *name, const struct srcpos *npos,
    struct ts_ioc *ioc, const struct srcpos *pos)
{
	struct ts_set *s;
	struct ts_cmd *c;

	if (tp->cur_set == NULL) {
		free(name);
		free(ioc->argtype);
		return;
	}
	s = &tp->ts->sets[tp->cur_set_index];
	c = tsb_grow(&s->cmds, &s->ncmds, sizeof(*c));
	c->name = name;
	c->ioc = *ioc;
	c->name_pos = *npos;
	c->pos = *pos;
	c->host_value = -1;
	c->set_index = tp->cur_set_index;
	c->status = TS_UNIMPLEMENTED;
}

void
tsb_cmd_arg(struct tspec_parse *tp, enum ts_dir dir, char *type,
    const struct srcpos *pos)
{
	struct ts_cmd *c = cur_cmd(tp);

	if (c == NULL) {
		free(type);
		return;
	}
	c->dir = dir;
	c->argtype = type;
	c->argtype_pos = *pos;
}

void
tsb_cmd_status(struct tspec_parse *tp, enum ts_status st, char *word,
    const struct srcpos *pos)
{
	struct ts_cmd *c = cur_cmd(tp);

	if (c == NULL) {
		free(word);
		return;
	}
	c->status = st;
	c->status_pos = *pos;
	if (st == TS_IMPLEMENTED)
		c->host_cmd = word;
	else
		c->errno_name = word;
}

void
tsb_tcbits(struct tspec_parse *tp, int kind, char *owner,
    const struct srcpos *opos, char *name, const struct srcpos *npos,
    int64_t value, int opt, const struct srcpos *stmt)
{
	struct ts_sym *s;

	if (!allow(tp, kind == TK_CC ? ST_CC : ST_TCBITS, stmt,
	    kind == TK_CC ? "a cc" : "a termios flag")) {
		free(owner);
		free(name);
		return;
	}
	s = declare(tp, (enum ts_kind)kind, name, npos);
	if (s == NULL) {
		free(owner);
		return;
	}
	s->value = value;
	s->owner = owner;
	if (opos != NULL)
		s->owner_pos = *opos;
	s->opt = opt != 0;
}

void
tsb_ncc(struct tspec_parse *tp, bool vdisable, int64_t v,
    const struct srcpos *pos)
{
	struct tspec *ts = tp->ts;
	bool *have = vdisable ? ts->have_vdisable : ts->have_ncc;

	if (!allow(tp, ST_CC, pos, vdisable ? "a vdisable" : "an ncc"))
		return;
	if (have[tp->side]) {
		diag_report(ts->diag, &tspec_checks[TSC_DUPLICATE], pos,
		    "%s is already declared", vdisable ? "vdisable" : "ncc");
		return;
	}
	if (vdisable ? (v < 0 || v > 255) : (v < 1 || v > 256))
		diag_report(ts->diag, &tspec_checks[TSC_RANGE], pos,
		    vdisable ? "vdisable is a c_cc byte, 0..255" :
		    "ncc is c_cc's length, 1..256");
	have[tp->side] = true;
	if (vdisable) {
		ts->vdisable[tp->side] = v;
		ts->vdisable_pos[tp->side] = *pos;
	} else {
		ts->ncc[tp->side] = v;
		ts->ncc_pos[tp->side] = *pos;
	}
}

void
tsb_speed(struct tspec_parse *tp, char *name, const struct srcpos *npos,
    int64_t code, int64_t baud, const struct srcpos *pos)
{
	struct ts_sym *s;

	if (!allow(tp, ST_SPEED, pos, "a speed")) {
		free(name);
		return;
	}
	s = declare(tp, TK_SPEED, name, npos);
	if (s == NULL)
		return;
	s->value = code;
	s->baud = baud;
}
