/*
 * tspec_check.c — resolve the names of the translation specs across files
 * and check what they say: errno and signal maps (complete and single in both
 * directions), clone flags and rules, trap translations and DUMMY stubs.
 * ioctl sets are checked in tspec_check_ioctl.c, termios maps in
 * tspec_check_termios.c.
 *
 * Every check reports through diag.h with the position of the statement at
 * fault and, where another statement is involved, a note pointing at it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tspec.h"
#include "tspec_build.h"
#include "tspec_check.h"

static const char *const side_names[2] = { "Linux", "host" };
static const char *const kind_names[] = { "errno", "signal" };

#define REPORT(ts, chk, pos, ...) \
	diag_report((ts)->diag, &tspec_checks[chk], (pos), __VA_ARGS__)

/*
 * One direction of a translation under construction: for each source value
 * the target (or UNMAPPABLE) and the statement that decided it.
 */
#define NO_ENTRY	INT64_MIN
#define UNMAPPABLE_V	(-1)
struct dir_table {
	int64_t		 lo;		/* smallest source value */
	int		 n;
	int64_t		*to;		/* NO_ENTRY, UNMAPPABLE_V or a value */
	const struct srcpos **why;	/* NULL: by name */
	const char	**to_name;
	bool		*exact;
};

static void
dt_init(struct dir_table *t, int64_t lo, int64_t hi)
{
	t->lo = lo;
	t->n = hi >= lo ? (int)(hi - lo + 1) : 0;
	t->to = malloc(sizeof(*t->to) * (size_t)(t->n + 1));
	t->why = calloc((size_t)t->n + 1, sizeof(*t->why));
	t->to_name = calloc((size_t)t->n + 1, sizeof(*t->to_name));
	t->exact = calloc((size_t)t->n + 1, sizeof(*t->exact));
	if (t->to == NULL || t->why == NULL || t->to_name == NULL ||
	    t->exact == NULL)
		abort();
	for (int i = 0; i < t->n; i++)
		t->to[i] = NO_ENTRY;
}

static void
dt_free(struct dir_table *t)
{
	free(t->to);
	free(t->why);
	free(t->to_name);
	free(t->exact);
}

/* Record from -> to; reports a double mapping. */
static void
dt_set(struct tspec *ts, struct dir_table *t, int kind, int side,
    int64_t from, int64_t to, const char *to_name,
    const struct srcpos *why, const struct srcpos *where)
{
	int i = (int)(from - t->lo);

	if (from < t->lo || i >= t->n) {
		REPORT(ts, TSC_RANGE, where, "%s %s %lld is outside the "
		    "declared values", side_names[side], kind_names[kind],
		    (long long)from);
		return;
	}
	if (t->to[i] != NO_ENTRY) {
		if (REPORT(ts, TSC_DOUBLE_MAP, where, "%s %s %lld is already "
		    "mapped", side_names[side], kind_names[kind],
		    (long long)from)) {
			if (t->why[i] != NULL)
				diag_note(ts->diag, t->why[i],
				    "first mapped here");
			else
				diag_note(ts->diag, NULL, "both sides declare "
				    "the name, so it maps by name");
		}
		return;
	}
	t->to[i] = to;
	t->why[i] = why;
	t->to_name[i] = to_name;
	t->exact[i] = why == NULL;
}

/* Resolve NAME[+N] on a side: a symbol (alias-following) or the rt range. */
static bool
resolve_name(struct tspec *ts, int kind, int side, const char *name,
    int64_t offset, int64_t *v)
{
	const struct ts_rtrange *rt = &ts->rt[side];

	if (kind == TK_SIGNAL && rt->present) {
		if (strcmp(name, rt->min_name) == 0) {
			*v = rt->min + offset;
			return true;
		}
		if (strcmp(name, rt->max_name) == 0) {
			*v = rt->max + offset;
			return true;
		}
	}
	if (!tspec_value(ts, side, kind, name, v))
		return false;
	*v += offset;
	return true;
}

static bool
resolve_ref(struct tspec *ts, int kind, int side, struct ts_ref *r)
{
	if (!resolve_name(ts, kind, side, r->name, r->offset, &r->lo)) {
		REPORT(ts, TSC_UNKNOWN_NAME, &r->pos, "no %s %s is declared",
		    side_names[side], r->name);
		return false;
	}
	r->hi = r->lo;
	if (r->hi_name != NULL &&
	    !resolve_name(ts, kind, side, r->hi_name, r->hi_offset, &r->hi)) {
		REPORT(ts, TSC_UNKNOWN_NAME, &r->pos, "no %s %s is declared",
		    side_names[side], r->hi_name);
		return false;
	}
	if (r->hi < r->lo) {
		REPORT(ts, TSC_RANGE, &r->pos, "range %lld..%lld is empty",
		    (long long)r->lo, (long long)r->hi);
		return false;
	}
	r->resolved = true;
	return true;
}

/* Smallest and largest value declared on a side (with the rt range). */
static void
side_bounds(const struct tspec *ts, int kind, int side, int64_t *lo,
    int64_t *hi)
{
	*lo = INT64_MAX;
	*hi = INT64_MIN;
	for (int i = 0; i < ts->nsyms; i++) {
		const struct ts_sym *s = ts->syms[i];
		if ((int)s->side != side || (int)s->kind != kind ||
		    s->alias_of != NULL)
			continue;
		if (s->value < *lo)
			*lo = s->value;
		if (s->value > *hi)
			*hi = s->value;
	}
	if (kind == TK_SIGNAL && ts->rt[side].present) {
		if (ts->rt[side].min < *lo)
			*lo = ts->rt[side].min;
		if (ts->rt[side].max > *hi)
			*hi = ts->rt[side].max;
	}
	if (*lo > *hi)
		*lo = *hi = 0;
}

/* Is `v` a value that must be mapped (declared, or in the rt range)? */
static const struct ts_sym *
declared_value(const struct tspec *ts, int kind, int side, int64_t v,
    bool *in_rt)
{
	*in_rt = kind == TK_SIGNAL && ts->rt[side].present &&
	    v >= ts->rt[side].min && v <= ts->rt[side].max;
	for (int i = 0; i < ts->nsyms; i++) {
		const struct ts_sym *s = ts->syms[i];
		if ((int)s->side == side && (int)s->kind == kind &&
		    s->alias_of == NULL && s->value == v)
			return s;
	}
	return NULL;
}

static void
check_aliases(struct tspec *ts)
{
	for (int i = 0; i < ts->nsyms; i++) {
		struct ts_sym *s = ts->syms[i];
		int64_t v;

		if (s->alias_of == NULL || s->kind == TK_IOCTL)
			continue;
		if (!tspec_value(ts, s->side, s->kind, s->alias_of, &v))
			REPORT(ts, TSC_UNKNOWN_NAME, &s->pos,
			    "%s is an alias of %s, which is not declared",
			    s->name, s->alias_of);
		else
			s->value = v;
	}
}

static void
check_values_unique(struct tspec *ts, int kind, int side)
{
	for (int i = 0; i < ts->nsyms; i++) {
		struct ts_sym *a = ts->syms[i];
		if ((int)a->kind != kind || (int)a->side != side ||
		    a->alias_of != NULL)
			continue;
		for (int j = 0; j < i; j++) {
			struct ts_sym *b = ts->syms[j];
			if (b->kind == a->kind && b->side == a->side &&
			    b->alias_of == NULL && b->value == a->value) {
				if (REPORT(ts, TSC_DUPLICATE, &a->pos,
				    "%s has the value of %s; declare it as "
				    "`%s = %s`", a->name, b->name, a->name,
				    b->name))
					diag_note(ts->diag, &b->pos,
					    "%s declared here", b->name);
				break;
			}
		}
	}
}

static void
apply_ref_map(struct tspec *ts, struct dir_table *t, int kind, int from,
    const struct ts_ref *src, const struct ts_ref *dst, const char *dst_name,
    const struct srcpos *why)
{
	int64_t n = src->hi - src->lo, m = dst->hi - dst->lo;

	if (m != 0 && m != n) {
		REPORT(ts, TSC_RANGE, why, "the ranges have %lld and %lld "
		    "values", (long long)n + 1, (long long)m + 1);
		return;
	}
	for (int64_t i = 0; i <= n; i++)
		dt_set(ts, t, kind, from, src->lo + i,
		    dst->lo + (m == 0 ? 0 : i),
		    m == 0 ? dst_name : NULL, why, why);
}

/* Build and check one map kind (errno or signal). */
static void
check_map(struct tspec *ts, int kind)
{
	struct dir_table t[2];
	int64_t lo, hi;

	if (ts->host == NULL) {
		char file[32];
		struct srcpos p;
		snprintf(file, sizeof(file), "%s.map", kind_names[kind]);
		p = tspec_file_start(ts, file);
		REPORT(ts, TSC_MISSING_HOST, &p, "%s does not name its "
		    "host (`host NAME`)", file);
		return;
	}
	for (int side = 0; side < 2; side++) {
		side_bounds(ts, kind, side, &lo, &hi);
		dt_init(&t[side], lo, hi);
		check_values_unique(ts, kind, side);
	}

	/* By name: every non-alias name both sides declare. */
	for (int side = 0; side < 2; side++)
		for (int i = 0; i < ts->nsyms; i++) {
			struct ts_sym *s = ts->syms[i];
			const struct ts_sym *o;
			int64_t v;
			if ((int)s->kind != kind || (int)s->side != side ||
			    s->alias_of != NULL || s->internal)
				continue;
			/* Kernel-internal values never meet by name. */
			o = tspec_find(ts, !side, kind, s->name);
			if (o != NULL && o->internal)
				continue;
			if (tspec_value(ts, !side, kind, s->name, &v))
				dt_set(ts, &t[side], kind, side, s->value, v,
				    s->name, NULL, &s->pos);
		}

	/* Declared maps. */
	for (int i = 0; i < ts->nmaps; i++) {
		struct ts_map *m = &ts->maps[i];
		int from = m->from;
		if ((int)m->kind != kind)
			continue;
		if (!resolve_ref(ts, kind, from, &m->src) ||
		    !resolve_ref(ts, kind, !from, &m->dst))
			continue;
		/* A both-ways map whose ranges disagree is one mistake. */
		if (m->both_ways && m->dst.hi - m->dst.lo != 0 &&
		    m->dst.hi - m->dst.lo != m->src.hi - m->src.lo) {
			REPORT(ts, TSC_RANGE, &m->pos, "the ranges have %lld "
			    "and %lld values",
			    (long long)(m->src.hi - m->src.lo + 1),
			    (long long)(m->dst.hi - m->dst.lo + 1));
			continue;
		}
		apply_ref_map(ts, &t[from], kind, from, &m->src, &m->dst,
		    m->dst.name, &m->pos);
		if (m->both_ways)
			apply_ref_map(ts, &t[!from], kind, !from, &m->dst,
			    &m->src, m->src.name, &m->pos);
	}
	for (int i = 0; i < ts->nunmaps; i++) {
		struct ts_unmappable *u = &ts->unmaps[i];
		if ((int)u->kind != kind || !resolve_ref(ts, kind, u->side,
		    &u->ref))
			continue;
		for (int64_t v = u->ref.lo; v <= u->ref.hi; v++)
			dt_set(ts, &t[u->side], kind, u->side, v,
			    UNMAPPABLE_V, NULL, &u->pos, &u->pos);
	}

	/* Completeness: every declared value maps or is unmappable. */
	for (int side = 0; side < 2; side++) {
		struct dir_table *d = &t[side];
		for (int i = 0; i < d->n; i++) {
			int64_t v = d->lo + i;
			bool rt;
			const struct ts_sym *s = declared_value(ts, kind, side,
			    v, &rt);
			if (d->to[i] != NO_ENTRY || (s == NULL && !rt))
				continue;
			if (s != NULL)
				REPORT(ts, TSC_UNMAPPED, &s->pos, "%s %s %s "
				    "(%lld) has no %s counterpart; map it or "
				    "declare it unmappable", side_names[side],
				    kind_names[kind], s->name, (long long)v,
				    side_names[!side]);
			else
				REPORT(ts, TSC_UNMAPPED, &ts->rt[side].pos,
				    "%s real-time signal %lld has no %s "
				    "counterpart; map it or declare it "
				    "unmappable", side_names[side],
				    (long long)v, side_names[!side]);
		}
	}

	/* Keep the result for the templates: sorted by source value. */
	for (int side = 0; side < 2; side++) {
		struct dir_table *d = &t[side];
		int n = 0;
		for (int i = 0; i < d->n; i++) {
			int64_t v = d->lo + i;
			bool rt;
			const struct ts_sym *s = declared_value(ts, kind, side,
			    v, &rt);
			struct ts_xlat *x;
			if (d->to[i] == NO_ENTRY)
				continue;
			x = tsb_grow(&ts->xlat[kind][side], &n, sizeof(*x));
			x->from = v;
			x->to = d->to[i];
			x->from_name = s != NULL ? s->name : NULL;
			x->to_name = d->to_name[i];
			x->exact = d->exact[i];
		}
		ts->nxlat[kind][side] = n;
		dt_free(d);
	}
}

static void
check_errno_last(struct tspec *ts)
{
	int64_t max = 0;

	for (int i = 0; i < ts->nsyms; i++) {
		struct ts_sym *s = ts->syms[i];
		if (s->side == TS_HOST && s->kind == TK_ERRNO &&
		    s->alias_of == NULL && !s->internal && s->value > max)
			max = s->value;
	}
	if (ts->errno_last_name == NULL) {
		REPORT(ts, TSC_ERRNO_LAST, NULL, "the host's errno facts do "
		    "not declare `last` (its ELAST)");
		return;
	}
	if (ts->errno_last != max)
		REPORT(ts, TSC_ERRNO_LAST, &ts->errno_last_pos, "%s is %lld "
		    "but the largest host errno is %lld",
		    ts->errno_last_name, (long long)ts->errno_last,
		    (long long)max);
	for (int64_t v = 1; v <= ts->errno_last; v++) {
		bool rt;
		if (declared_value(ts, TK_ERRNO, TS_HOST, v, &rt) == NULL)
			REPORT(ts, TSC_ERRNO_LAST, &ts->errno_last_pos,
			    "host errno %lld (between 1 and %s) is not "
			    "declared", (long long)v, ts->errno_last_name);
	}
	for (int i = 0; i < ts->nsyms; i++) {
		struct ts_sym *s = ts->syms[i];
		if (s->side == TS_HOST && s->kind == TK_ERRNO &&
		    s->alias_of == NULL && (s->internal != (s->value <= 0)))
			REPORT(ts, TSC_RANGE, &s->pos, "%s: internal errnos "
			    "are the values <= 0 and only those", s->name);
	}
}

/* ---- clone.flags ---- */

static bool
host_errno(struct tspec *ts, const char *name, const struct srcpos *pos,
    int64_t *v)
{
	if (tspec_value(ts, TS_HOST, TK_ERRNO, name, v))
		return true;
	REPORT(ts, TSC_UNKNOWN_ERRNO, pos, "%s is not a host errno", name);
	return false;
}

static void
check_clone(struct tspec *ts)
{
	if (ts->host == NULL) {
		struct srcpos p = tspec_file_start(ts, "clone.flags");
		REPORT(ts, TSC_MISSING_HOST, &p, "clone.flags does not name "
		    "its host (`host NAME`)");
		return;
	}
	for (int i = 0; i < ts->nflags; i++) {
		struct ts_flag *f = &ts->flags[i];
		uint64_t v = (uint64_t)f->sym->value;

		if (f->cls != TF_FIELD && (v == 0 || (v & (v - 1)) != 0))
			REPORT(ts, TSC_FLAG_NOT_BIT, &f->sym->pos, "%s is "
			    "%#llx, not a single bit (declare a multi-bit "
			    "value as a field)", f->sym->name,
			    (unsigned long long)v);
		for (int j = 0; j < i; j++) {
			struct ts_flag *g = &ts->flags[j];
			if ((v & (uint64_t)g->sym->value) == 0)
				continue;
			if (REPORT(ts, TSC_FLAG_OVERLAP, &f->sym->pos,
			    "%s (%#llx) shares bits with %s (%#llx)",
			    f->sym->name, (unsigned long long)v,
			    g->sym->name,
			    (unsigned long long)g->sym->value))
				diag_note(ts->diag, &g->sym->pos,
				    "%s declared here", g->sym->name);
		}
		if (f->cls == TF_REJECTED) {
			int64_t e;
			host_errno(ts, f->reject_errno, &f->errno_pos, &e);
		}
		for (int j = 0; j < f->neffects; j++) {
			int64_t rf;
			if (!tspec_value(ts, TS_HOST, TK_RFORK,
			    f->effects[j].rfork, &rf))
				REPORT(ts, TSC_UNKNOWN_NAME, &f->effects[j].pos,
				    "%s is not a host rfork flag",
				    f->effects[j].rfork);
		}
	}
	for (int i = 0; i < ts->nbase; i++) {
		int64_t rf;
		if (!tspec_value(ts, TS_HOST, TK_RFORK, ts->base_rfork[i],
		    &rf))
			REPORT(ts, TSC_UNKNOWN_NAME, &ts->base_pos[i],
			    "%s is not a host rfork flag", ts->base_rfork[i]);
	}
	for (int i = 0; i < ts->nrules; i++) {
		struct ts_rule *r = &ts->rules[i];
		struct ts_sym *a = tspec_find(ts, TS_LINUX, TK_FLAG, r->a);
		struct ts_sym *b = tspec_find(ts, TS_LINUX, TK_FLAG, r->b);
		if (a == NULL)
			REPORT(ts, TSC_RULE_FLAG, &r->a_pos, "the rule names "
			    "%s, which is not a declared clone flag", r->a);
		else
			r->a_val = a->value;
		if (b == NULL)
			REPORT(ts, TSC_RULE_FLAG, &r->b_pos, "the rule names "
			    "%s, which is not a declared clone flag", r->b);
		else
			r->b_val = b->value;
		host_errno(ts, r->errno_name, &r->errno_pos, &r->errno_val);
	}
}

/* ---- trap.map ---- */

static void
check_traps(struct tspec *ts)
{
	if (ts->host == NULL) {
		struct srcpos p = tspec_file_start(ts, "trap.map");
		REPORT(ts, TSC_MISSING_HOST, &p, "trap.map does not name "
		    "its host (`host NAME`)");
		return;
	}
	for (int i = 0; i < ts->ntraps; i++) {
		struct ts_trap *t = &ts->traps[i];
		if (!tspec_value(ts, TS_HOST, TK_SIGNAL, t->signal,
		    &t->signal_val))
			REPORT(ts, TSC_UNKNOWN_NAME, &t->signal_pos,
			    "%s is not a host signal", t->signal);
		if (!tspec_value(ts, TS_HOST, TK_TRAP, t->code, &t->code_val))
			REPORT(ts, TSC_UNKNOWN_NAME, &t->code_pos,
			    "%s is not a host trap code", t->code);
		if (!tspec_value(ts, TS_HOST, TK_SIGNAL, t->to, &t->to_val))
			REPORT(ts, TSC_UNKNOWN_NAME, &t->to_pos,
			    "%s is not a host signal", t->to);
		for (int j = 0; j < i; j++)
			if (strcmp(ts->traps[j].signal, t->signal) == 0 &&
			    strcmp(ts->traps[j].code, t->code) == 0) {
				if (REPORT(ts, TSC_TRAP_DUPLICATE, &t->pos,
				    "%s with %s is already translated",
				    t->signal, t->code))
					diag_note(ts->diag, &ts->traps[j].pos,
					    "first translated here");
				break;
			}
	}
}

/* ---- dummy.list ---- */

/* Linux errno name -> Linux and host values, via errno.map's tables. */
bool
tspec_linux_errno(struct tspec *ts, const char *name, int64_t *linux_v,
    int64_t *host_v)
{
	if (!tspec_value(ts, TS_LINUX, TK_ERRNO, name, linux_v))
		return false;
	for (int i = 0; i < ts->nxlat[TK_ERRNO][TS_LINUX]; i++)
		if (ts->xlat[TK_ERRNO][TS_LINUX][i].from == *linux_v) {
			*host_v = ts->xlat[TK_ERRNO][TS_LINUX][i].to;
			return *host_v >= 0;
		}
	return false;
}

static void
check_dummies(struct tspec *ts, ts_master_lookup_fn lookup, void *arg)
{
	for (int i = 0; i < ts->ndummies; i++) {
		struct ts_dummy *d = &ts->dummies[i];
		const char *e = d->errno_name != NULL ? d->errno_name :
		    "ENOSYS";
		const struct srcpos *epos = d->errno_name != NULL ?
		    &d->errno_pos : &d->pos;

		if (!(ts->files & (1u << TSF_ERRNO_MAP)))
			REPORT(ts, TSC_DUMMY_ERRNO, epos, "stubs return Linux "
			    "errnos: errno.map must be compiled with "
			    "dummy.list");
		else if (!tspec_linux_errno(ts, e, &d->linux_errno,
		    &d->host_errno))
			REPORT(ts, TSC_DUMMY_ERRNO, epos, "%s is not a Linux "
			    "errno (errno.map)", e);
		d->arch_mask = (1u << TS_NARCH) - 1;
		if (d->arch != NULL) {
			d->arch_mask = 0;
			for (int a = 0; a < TS_NARCH; a++)
				if (strcmp(d->arch, tspec_arches[a]) == 0)
					d->arch_mask = 1u << a;
			if (d->arch_mask == 0)
				REPORT(ts, TSC_DUMMY_ARCH, &d->arch_pos,
				    "unknown arch %s", d->arch);
		}
		for (int j = 0; j < i; j++)
			if (strcmp(ts->dummies[j].name, d->name) == 0 &&
			    (ts->dummies[j].arch_mask & d->arch_mask)) {
				if (REPORT(ts, TSC_DUMMY_ARCH, &d->name_pos,
				    "%s is already a DUMMY", d->name))
					diag_note(ts->diag,
					    &ts->dummies[j].name_pos,
					    "listed here");
				break;
			}
		if (lookup == NULL)
			continue;
		unsigned found = 0;
		for (int a = 0; a < TS_NARCH; a++) {
			if (!(d->arch_mask & (1u << a)))
				continue;
			switch (lookup(arg, a, d->name)) {
			case TM_STUBBABLE:
				found |= 1u << a;
				break;
			case TM_IMPLEMENTED:
				REPORT(ts, TSC_DUMMY_IMPLEMENTED, &d->name_pos,
				    "%s's master already implements %s",
				    tspec_arches[a], d->name);
				found |= 1u << a;
				break;
			case TM_UNIMPLEMENTED:
				if (d->arch != NULL)
					REPORT(ts, TSC_DUMMY_MASTER_ABSENT,
					    &d->name_pos, "%s's master has %s "
					    "without a handler to stub",
					    tspec_arches[a], d->name);
				break;
			case TM_ABSENT:
				if (d->arch != NULL)
					REPORT(ts, TSC_DUMMY_MASTER_ABSENT,
					    &d->name_pos, "%s's master has no "
					    "syscall %s", tspec_arches[a],
					    d->name);
				break;
			}
		}
		if (d->arch == NULL && found == 0)
			REPORT(ts, TSC_DUMMY_MASTER_ABSENT, &d->name_pos,
			    "no master has a syscall %s with a handler to "
			    "stub", d->name);
		/* A stub applies to the arches whose master has the call. */
		if (d->arch == NULL)
			d->arch_mask = found;
	}
}

unsigned
tspec_check(struct tspec *ts, ts_master_lookup_fn lookup, void *arg)
{
	unsigned before = diag_errors(ts->diag);

	check_aliases(ts);
	tspec_resolve_host_ioctls(ts);
	if (ts->files & (1u << TSF_ERRNO_MAP)) {
		check_map(ts, TK_ERRNO);
		check_errno_last(ts);
	}
	if (ts->files & (1u << TSF_SIGNAL_MAP))
		check_map(ts, TK_SIGNAL);
	if (ts->files & (1u << TSF_CLONE_FLAGS))
		check_clone(ts);
	if (ts->files & (1u << TSF_TRAP_MAP))
		check_traps(ts);
	if (ts->files & (1u << TSF_DUMMY_LIST))
		check_dummies(ts, lookup, arg);
	if (ts->files & (1u << TSF_IOCTL_SETS))
		tspec_check_ioctl(ts);
	if (ts->files & (1u << TSF_TERMIOS_MAP))
		tspec_check_termios(ts);
	return diag_errors(ts->diag) - before;
}
