/*
 * tspec_check_ioctl.c — resolve and check ioctl.sets.
 *
 * Sets are ranges of 16-bit command keys (type << 8 | number: the thesis's
 * "set division"); commands are full 32-bit numbers, as the Linux program
 * passes them. A command's key must lie in its set; sets may overlap only
 * when one is declared `nested in` the other and lies inside it (the inner
 * set wins: Linux puts SCSI ioctls inside the cdrom range).
 */
#include <stdlib.h>
#include <string.h>

#include "tspec.h"
#include "tspec_check.h"

#define REPORT(ts, chk, pos, ...) \
	diag_report((ts)->diag, &tspec_checks[chk], (pos), __VA_ARGS__)

/* BSD's ioccom.h encoding, for host commands: 13-bit size. */
#define BSD_IOC_VOID	0x20000000u
#define BSD_IOC_OUT	0x40000000u
#define BSD_IOC_IN	0x80000000u
#define BSD_IOCPARM_MASK 0x1fffu

static const unsigned linux_dir_of_macro[4] = {
	LINUX_IOC_NONE, LINUX_IOC_READ, LINUX_IOC_WRITE,
	LINUX_IOC_READ | LINUX_IOC_WRITE,
};
static const enum ts_dir ts_dir_of_macro[4] = {
	TD_NONE, TD_OUT, TD_IN, TD_INOUT,
};

void
tspec_resolve_host_ioctls(struct tspec *ts)
{
	static const uint32_t bsd_dir[4] = {
		BSD_IOC_VOID, BSD_IOC_OUT, BSD_IOC_IN, BSD_IOC_IN | BSD_IOC_OUT,
	};

	for (int i = 0; i < ts->nsyms; i++) {
		struct ts_sym *s = ts->syms[i];
		int64_t size = 0;
		int macro;

		if (s->side != TS_HOST || s->kind != TK_IOCTL || s->value >= 0)
			continue;
		macro = s->size[0];
		if (s->alias_of != NULL) {
			struct ts_sym *t = tspec_find(ts, TS_HOST, TK_TYPE,
			    s->alias_of);
			if (t == NULL) {
				REPORT(ts, TSC_UNKNOWN_NAME, &s->pos, "%s's "
				    "argument type %s is not a host type",
				    s->name, s->alias_of);
				continue;
			}
			size = t->size[0];
		}
		if (ts->host_ioc_encoding == 1)
			s->value = bsd_dir[macro] |
			    (((uint32_t)size & BSD_IOCPARM_MASK) << 16) |
			    (uint32_t)s->size[1];
		else
			s->value = LINUX_IOC(linux_dir_of_macro[macro], 0, 0,
			    size) | (uint32_t)s->size[1];
	}
}

/* The command's number, argument type and sizes, per arch. */
static void
resolve_cmd(struct tspec *ts, struct ts_cmd *c)
{
	const char *tname = c->argtype;
	const struct srcpos *tpos = &c->argtype_pos;
	struct ts_sym *t = NULL;

	if (c->ioc.encoded) {
		if (c->ioc.argtype != NULL) {
			tname = c->ioc.argtype;
			tpos = &c->ioc.argtype_pos;
			if (c->argtype != NULL)
				REPORT(ts, TSC_SYNTAX, &c->argtype_pos,
				    "the argument type is already in the "
				    "encoding");
		}
		if (c->dir == TD_NONE)
			c->dir = ts_dir_of_macro[c->ioc.macro];
		if (c->ioc.type < 0 || c->ioc.type > 255 || c->ioc.nr < 0 ||
		    c->ioc.nr > 255)
			REPORT(ts, TSC_RANGE, &c->ioc.pos, "an ioctl type and "
			    "number are 0..255 each");
	}
	c->arg_size[0] = c->arg_size[1] = -1;
	if (tname != NULL) {
		t = tspec_find(ts, TS_LINUX, TK_TYPE, tname);
		if (t == NULL)
			REPORT(ts, TSC_UNKNOWN_NAME, tpos, "%s is not a "
			    "declared argument type", tname);
		else {
			c->arg_size[0] = t->size[0];
			c->arg_size[1] = t->size[1];
		}
	}
	if (c->ioc.encoded) {
		int size = t != NULL ? t->size[1] : 0;
		if (t != NULL && t->size[0] != t->size[1])
			REPORT(ts, TSC_IOCTL_SIZE, &c->ioc.pos, "%s encodes "
			    "sizeof(%s), which is %d on i386 but %d on amd64: "
			    "the command number would differ by arch",
			    c->name, t->name, t->size[0], t->size[1]);
		if (c->ioc.macro != 0 && t == NULL && tname == NULL)
			REPORT(ts, TSC_IOCTL_SIZE, &c->ioc.pos, "%s: a "
			    "_IOR/_IOW/_IOWR encoding needs an argument type",
			    c->name);
		c->value = LINUX_IOC(linux_dir_of_macro[c->ioc.macro],
		    c->ioc.type, c->ioc.nr, size);
	} else {
		uint32_t dir = (uint32_t)c->ioc.raw >> 30;
		int enc = (int)(((uint32_t)c->ioc.raw >> 16) & 0x3fff);
		if (c->ioc.raw < 0 || c->ioc.raw > 0xffffffffLL)
			REPORT(ts, TSC_RANGE, &c->ioc.pos, "an ioctl command "
			    "is a 32-bit number");
		c->value = (uint32_t)c->ioc.raw;
		/* A number with direction bits encodes its size too. */
		if (dir != 0 && t != NULL)
			for (int a = 0; a < TS_NARCH; a++)
				if (t->size[a] != enc) {
					REPORT(ts, TSC_IOCTL_SIZE, &c->ioc.pos,
					    "%s encodes size %d but "
					    "sizeof(%s) is %d on %s",
					    c->name, enc, t->name, t->size[a],
					    tspec_arches[a]);
					break;
				}
	}
	if (c->dir != TD_NONE && c->dir != TD_VALUE && tname == NULL)
		REPORT(ts, TSC_UNKNOWN_NAME, &c->pos, "%s passes its argument "
		    "by pointer but names no argument type", c->name);

	switch (c->status) {
	case TS_IMPLEMENTED:
		if (c->host_cmd != NULL &&
		    !tspec_value(ts, TS_HOST, TK_IOCTL, c->host_cmd,
		    &c->host_value)) {
			REPORT(ts, TSC_UNKNOWN_NAME, &c->status_pos, "%s is not "
			    "a host ioctl (spec/host/%s/ioctl.defs)",
			    c->host_cmd, ts->host != NULL ? ts->host : "?");
			c->host_value = -1;
		}
		break;
	case TS_UNIMPLEMENTED: {
		const char *e = c->errno_name != NULL ? c->errno_name :
		    "ENOTTY";
		if (!tspec_linux_errno(ts, e, &c->linux_errno,
		    &c->host_errno))
			REPORT(ts, TSC_UNKNOWN_ERRNO, &c->status_pos, "%s is "
			    "not a Linux errno with a host counterpart "
			    "(errno.map)", e);
		break;
	}
	case TS_QUIET:
		break;
	}
}

/* Is set i inside set j's chain of `nested in` parents? */
static bool
nested_under(const struct tspec *ts, int i, int j)
{
	for (int p = ts->sets[i].parent, n = 0; p >= 0 && n < ts->nsets;
	    p = ts->sets[p].parent, n++)
		if (p == j)
			return true;
	return false;
}

static int
cmp_cmd_value(const void *a, const void *b)
{
	const struct ts_cmd *x = *(const struct ts_cmd *const *)a;
	const struct ts_cmd *y = *(const struct ts_cmd *const *)b;

	if (x->value != y->value)
		return x->value < y->value ? -1 : 1;
	/* Keep declaration order among equals: the first one is the original. */
	if (x->set_index != y->set_index)
		return x->set_index - y->set_index;
	return x < y ? -1 : 1;
}

void
tspec_check_ioctl(struct tspec *ts)
{
	struct ts_cmd **all;
	int nall = 0;

	if (ts->host == NULL) {
		struct srcpos p = tspec_file_start(ts, "ioctl.sets");
		REPORT(ts, TSC_MISSING_HOST, &p, "ioctl.sets does not name "
		    "its host (`host NAME`)");
		return;
	}

	for (int i = 0; i < ts->nsets; i++) {
		struct ts_set *s = &ts->sets[i];
		if (tspec_find(ts, TS_LINUX, TK_HANDLER, s->handler) == NULL)
			REPORT(ts, TSC_IOCTL_HANDLER, &s->handler_pos,
			    "handler %s is not declared (`handler %s`)",
			    s->handler, s->handler);
		s->parent = -1;
		if (s->nested_in == NULL)
			continue;
		for (int j = 0; j < ts->nsets; j++)
			if (j != i && strcmp(ts->sets[j].name, s->nested_in)
			    == 0)
				s->parent = j;
		if (s->parent < 0)
			REPORT(ts, TSC_UNKNOWN_NAME, &s->nested_pos, "no set "
			    "%s to nest in", s->nested_in);
		else if (s->lo < ts->sets[s->parent].lo ||
		    s->hi > ts->sets[s->parent].hi) {
			if (REPORT(ts, TSC_IOCTL_NESTING, &s->range_pos,
			    "set %s (%#llx..%#llx) is not inside %s",
			    s->name, (long long)s->lo, (long long)s->hi,
			    s->nested_in))
				diag_note(ts->diag,
				    &ts->sets[s->parent].range_pos,
				    "%s's range", s->nested_in);
			s->parent = -1;
		}
	}
	/* A `nested in` cycle would make every set its own ancestor. */
	for (int i = 0; i < ts->nsets; i++)
		if (nested_under(ts, i, i)) {
			REPORT(ts, TSC_IOCTL_NESTING, &ts->sets[i].nested_pos,
			    "set %s is nested in itself", ts->sets[i].name);
			ts->sets[i].parent = -1;
		}
	for (int i = 0; i < ts->nsets; i++) {
		int d = 0;
		for (int p = ts->sets[i].parent; p >= 0 && d < ts->nsets;
		    p = ts->sets[p].parent)
			d++;
		ts->sets[i].depth = d;
	}

	/*
	 * Overlaps: sorting by low end and comparing each set with those that
	 * start inside it keeps this near-linear for many disjoint sets.
	 */
	for (int i = 0; i < ts->nsets; i++)
		for (int j = 0; j < i; j++) {
			struct ts_set *a = &ts->sets[i], *b = &ts->sets[j];
			if (a->hi < b->lo || b->hi < a->lo)
				continue;
			if (nested_under(ts, i, j) || nested_under(ts, j, i))
				continue;
			if (REPORT(ts, TSC_IOCTL_OVERLAP, &a->range_pos,
			    "set %s (%#llx..%#llx) overlaps set %s "
			    "(%#llx..%#llx); declare one `nested in` the "
			    "other", a->name, (long long)a->lo,
			    (long long)a->hi, b->name, (long long)b->lo,
			    (long long)b->hi))
				diag_note(ts->diag, &b->range_pos,
				    "%s declared here", b->name);
		}

	for (int i = 0; i < ts->nsets; i++)
		nall += ts->sets[i].ncmds;
	all = calloc((size_t)nall + 1, sizeof(*all));
	if (all == NULL)
		abort();
	nall = 0;
	for (int i = 0; i < ts->nsets; i++) {
		struct ts_set *s = &ts->sets[i];
		for (int j = 0; j < s->ncmds; j++) {
			struct ts_cmd *c = &s->cmds[j];
			uint32_t key;
			resolve_cmd(ts, c);
			key = c->value & 0xffff;
			if (key < s->lo || key > s->hi)
				REPORT(ts, TSC_IOCTL_OUTSIDE, &c->ioc.pos,
				    "%s (%#x, key %#x) lies outside set %s "
				    "(%#llx..%#llx)", c->name, c->value, key,
				    s->name, (long long)s->lo,
				    (long long)s->hi);
			all[nall++] = c;
		}
	}
	qsort(all, (size_t)nall, sizeof(*all), cmp_cmd_value);
	for (int i = 1; i < nall; i++)
		if (all[i]->value == all[i - 1]->value) {
			/* Report the later declaration, point at the first. */
			struct ts_cmd *first = all[i - 1], *dup = all[i];
			if (REPORT(ts, TSC_IOCTL_DUPLICATE, &dup->name_pos,
			    "%s has the same command number (%#x) as %s",
			    dup->name, dup->value, first->name))
				diag_note(ts->diag, &first->name_pos,
				    "%s declared here", first->name);
		}
	free(all);
}
