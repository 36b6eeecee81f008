/*
 * tspec_check_termios.c — resolve and check termios.map against the host's
 * termios facts (spec/host/<host>/termios.defs).
 *
 * Both sides describe their struct termios the same way: flags (`tcflag
 * WORD NAME BITS`: set when all BITS are), multi-bit fields (`tcfield`)
 * with their values (`tcvalue`), c_cc slots (`cc`), c_cc's length (`ncc`)
 * and the value that disables a slot (`vdisable`); Linux also lists its
 * speed codes (`speed NAME CODE BAUD`) for the fields marked `speed`.
 * A name declared on both sides means the same thing on both and maps by
 * name, as errnos and signals do; every other flag, field, value and slot
 * must be declared `unmappable` on its side, so that a bit nobody thought
 * about cannot be lost silently. There is no `map A -> B`: the two ABIs
 * share their names (they share the POSIX termios vocabulary).
 */
#include <stdlib.h>
#include <string.h>

#include "tspec.h"
#include "tspec_check.h"

#define REPORT(ts, chk, pos, ...) \
	diag_report((ts)->diag, &tspec_checks[chk], (pos), __VA_ARGS__)

static const char *const side_names[2] = { "Linux", "host" };

static bool
is_termios_kind(int kind)
{
	return kind == TK_TCFLAG || kind == TK_TCFIELD || kind == TK_TCVALUE ||
	    kind == TK_CC;
}

static const char *
kind_word(int kind)
{
	switch (kind) {
	case TK_TCFLAG:
		return "flag";
	case TK_TCFIELD:
		return "field";
	case TK_TCVALUE:
		return "field value";
	case TK_CC:
		return "c_cc slot";
	default:
		return "speed";
	}
}

/* Any termios symbol of that name on that side (speeds excluded). */
static struct ts_sym *
find_any(const struct tspec *ts, int side, const char *name)
{
	for (int i = 0; i < ts->nsyms; i++) {
		struct ts_sym *s = ts->syms[i];
		if ((int)s->side == side && is_termios_kind(s->kind) &&
		    strcmp(s->name, name) == 0)
			return s;
	}
	return NULL;
}

/* Bits a flag or field occupies in its word. */
static uint64_t
bits_of(const struct ts_sym *s)
{
	return (uint64_t)s->value;
}

static int
lowest_bit(uint64_t mask)
{
	int n = 0;

	if (mask == 0)
		return 0;
	while ((mask & 1) == 0) {
		mask >>= 1;
		n++;
	}
	return n;
}

/* Layout of one side: values in range, no shared bits, slots unique. */
static void
check_layout(struct tspec *ts, int side)
{
	bool any_cc = false;

	for (int i = 0; i < ts->nsyms; i++) {
		struct ts_sym *s = ts->syms[i];
		struct ts_sym *f;

		if ((int)s->side != side)
			continue;
		switch (s->kind) {
		case TK_TCFLAG:
		case TK_TCFIELD:
			if (s->value <= 0 || s->value > 0xffffffffLL) {
				REPORT(ts, TSC_RANGE, &s->pos, "%s %s: a "
				    "32-bit flag word's bits, not %#llx",
				    kind_word(s->kind), s->name,
				    (long long)s->value);
				break;
			}
			for (int j = 0; j < i; j++) {
				struct ts_sym *o = ts->syms[j];
				if ((int)o->side != side ||
				    (o->kind != TK_TCFLAG &&
				    o->kind != TK_TCFIELD) ||
				    strcmp(o->owner, s->owner) != 0 ||
				    (bits_of(o) & bits_of(s)) == 0)
					continue;
				if (REPORT(ts, TSC_TERMIOS_OVERLAP, &s->pos,
				    "%s %s (%#llx) shares bits %#llx of %s "
				    "with %s", kind_word(s->kind), s->name,
				    (long long)s->value,
				    (long long)(bits_of(o) & bits_of(s)),
				    s->owner, o->name))
					diag_note(ts->diag, &o->pos,
					    "%s declared here", o->name);
				break;
			}
			break;
		case TK_TCVALUE:
			f = tspec_find(ts, (enum ts_side)side, TK_TCFIELD,
			    s->owner);
			if (f == NULL) {
				REPORT(ts, TSC_UNKNOWN_NAME, &s->owner_pos,
				    "%s is not a %s termios field", s->owner,
				    side_names[side]);
				break;
			}
			if (f->opt) {
				REPORT(ts, TSC_TERMIOS_MISMATCH, &s->pos,
				    "%s holds speed codes (`speed`), not "
				    "named values", f->name);
				break;
			}
			if (s->value < 0 || (s->value & ~f->value) != 0) {
				if (REPORT(ts, TSC_TERMIOS_OVERLAP, &s->pos,
				    "value %s (%#llx) lies outside field %s "
				    "(%#llx)", s->name, (long long)s->value,
				    f->name, (long long)f->value))
					diag_note(ts->diag, &f->pos,
					    "%s declared here", f->name);
				break;
			}
			for (int j = 0; j < i; j++) {
				struct ts_sym *o = ts->syms[j];
				if ((int)o->side != side ||
				    o->kind != TK_TCVALUE ||
				    strcmp(o->owner, s->owner) != 0 ||
				    o->value != s->value)
					continue;
				if (REPORT(ts, TSC_TERMIOS_OVERLAP, &s->pos,
				    "value %s of %s is %#llx, as %s is",
				    s->name, s->owner, (long long)s->value,
				    o->name))
					diag_note(ts->diag, &o->pos,
					    "%s declared here", o->name);
				break;
			}
			break;
		case TK_CC:
			any_cc = true;
			if (ts->have_ncc[side] &&
			    (s->value < 0 || s->value >= ts->ncc[side])) {
				REPORT(ts, TSC_RANGE, &s->pos, "c_cc slot %s "
				    "is %lld, outside c_cc[%lld]", s->name,
				    (long long)s->value,
				    (long long)ts->ncc[side]);
				break;
			}
			for (int j = 0; j < i; j++) {
				struct ts_sym *o = ts->syms[j];
				if ((int)o->side != side || o->kind != TK_CC ||
				    o->value != s->value)
					continue;
				if (REPORT(ts, TSC_TERMIOS_OVERLAP, &s->pos,
				    "c_cc slot %s is %lld, as %s is", s->name,
				    (long long)s->value, o->name))
					diag_note(ts->diag, &o->pos,
					    "%s declared here", o->name);
				break;
			}
			break;
		case TK_SPEED:
			for (int j = 0; j < i; j++) {
				struct ts_sym *o = ts->syms[j];
				if ((int)o->side != side ||
				    o->kind != TK_SPEED ||
				    (o->value != s->value &&
				    o->baud != s->baud))
					continue;
				if (REPORT(ts, TSC_TERMIOS_OVERLAP, &s->pos,
				    "speed %s has the code or the rate of %s",
				    s->name, o->name))
					diag_note(ts->diag, &o->pos,
					    "%s declared here", o->name);
				break;
			}
			/* The code must fit every field that holds speeds. */
			for (int j = 0; j < ts->nsyms; j++) {
				struct ts_sym *sf = ts->syms[j];
				uint64_t code;
				if ((int)sf->side != side ||
				    sf->kind != TK_TCFIELD || !sf->opt ||
				    sf->value <= 0 || s->value < 0)
					continue;
				code = (uint64_t)s->value <<
				    lowest_bit((uint64_t)sf->value);
				if ((code & ~(uint64_t)sf->value) != 0)
					REPORT(ts, TSC_RANGE, &s->pos, "speed "
					    "code %s (%#llx) does not fit "
					    "field %s (%#llx)", s->name,
					    (long long)s->value, sf->name,
					    (long long)sf->value);
			}
			break;
		default:
			break;
		}
	}
	if (any_cc && (!ts->have_ncc[side] || !ts->have_vdisable[side])) {
		struct srcpos p = tspec_file_start(ts, side == TS_LINUX ?
		    "termios.map" : "termios.defs");
		REPORT(ts, side == TS_HOST ? TSC_MISSING_HOST : TSC_RANGE, &p,
		    "the %s c_cc slots need `ncc` (c_cc's length) and "
		    "`vdisable` (the disabled value)", side_names[side]);
	}
}

/* Record the `unmappable` statements on the symbols they name. */
static void
apply_unmappables(struct tspec *ts)
{
	for (int i = 0; i < ts->nunmaps; i++) {
		struct ts_unmappable *u = &ts->unmaps[i];
		struct ts_sym *s;

		if (u->kind != TK_TCFLAG)
			continue;
		if (u->ref.hi_name != NULL || u->ref.offset != 0) {
			REPORT(ts, TSC_SYNTAX, &u->ref.pos, "a termios "
			    "unmappable names one flag, field, value or slot");
			continue;
		}
		s = find_any(ts, u->side, u->ref.name);
		if (s == NULL) {
			REPORT(ts, TSC_UNKNOWN_NAME, &u->ref.pos, "%s is not "
			    "a %s termios name", u->ref.name,
			    side_names[u->side]);
			continue;
		}
		if (s->unmappable) {
			REPORT(ts, TSC_DOUBLE_MAP, &u->pos, "%s is already "
			    "unmappable", s->name);
			continue;
		}
		s->unmappable = true;
		s->reason = u->reason != NULL ? u->reason : "";
		if (find_any(ts, !u->side, s->name) != NULL)
			REPORT(ts, TSC_DOUBLE_MAP, &u->pos, "%s is declared "
			    "on both sides, so it maps by name; it cannot "
			    "also be unmappable", s->name);
	}
}

/*
 * Pair a symbol with its namesake on the other side and check they mean
 * the same thing. Mismatches are reported once, from the Linux side.
 */
static void
pair(struct tspec *ts, struct ts_sym *s)
{
	int side = s->side;
	struct ts_sym *o = find_any(ts, !side, s->name);
	struct ts_sym *f;

	if (s->kind == TK_TCFIELD && s->opt)
		return;		/* speeds are translated by rate */
	if (s->kind == TK_TCVALUE) {
		/* A value of a field the other side lacks goes with it. */
		f = tspec_find(ts, (enum ts_side)side, TK_TCFIELD, s->owner);
		if (f == NULL || f->opt)
			return;
		if (f->unmappable) {
			s->unmappable = true;
			if (s->reason == NULL)
				s->reason = f->reason;
			return;
		}
	}
	if (s->unmappable)
		return;
	if (o != NULL && o->unmappable)
		return;		/* reported as a double map */
	if (o != NULL) {
		if (o->kind != s->kind) {
			if (side == TS_LINUX && REPORT(ts,
			    TSC_TERMIOS_MISMATCH, &s->pos, "%s is a %s on "
			    "Linux but a %s on the host", s->name,
			    kind_word(s->kind), kind_word(o->kind)))
				diag_note(ts->diag, &o->pos, "host %s",
				    o->name);
			return;
		}
		if ((s->kind == TK_TCFLAG || s->kind == TK_TCFIELD ||
		    s->kind == TK_TCVALUE) && strcmp(s->owner, o->owner) != 0) {
			if (side == TS_LINUX && REPORT(ts,
			    TSC_TERMIOS_MISMATCH, &s->pos, "%s belongs to "
			    "%s on Linux but to %s on the host", s->name,
			    s->owner, o->owner))
				diag_note(ts->diag, &o->pos, "host %s",
				    o->name);
			return;
		}
		if (s->kind == TK_TCFIELD && o->opt) {
			if (side == TS_LINUX)
				REPORT(ts, TSC_TERMIOS_MISMATCH, &s->pos,
				    "%s holds speeds on the host only",
				    s->name);
			return;
		}
		if (s->kind == TK_CC && s->opt != o->opt) {
			if (side == TS_LINUX && REPORT(ts,
			    TSC_TERMIOS_MISMATCH, &s->pos, "c_cc slot %s "
			    "is a count on one side only", s->name))
				diag_note(ts->diag, &o->pos, "host %s",
				    o->name);
			return;
		}
		s->peer = o;
		return;
	}
	REPORT(ts, TSC_UNMAPPED, &s->pos, "%s termios %s %s has no "
	    "counterpart on the %s side: declare it `unmappable %s %s`",
	    side_names[side], kind_word(s->kind), s->name, side_names[!side],
	    side == TS_LINUX ? "linux" : "host", s->name);
}

void
tspec_check_termios(struct tspec *ts)
{
	if (ts->host == NULL) {
		struct srcpos p = tspec_file_start(ts, "termios.map");
		REPORT(ts, TSC_MISSING_HOST, &p, "termios.map does not name "
		    "its host (`host NAME`)");
		return;
	}
	if (!ts->have_ncc[TS_HOST]) {
		struct srcpos p = tspec_file_start(ts, "termios.map");
		REPORT(ts, TSC_MISSING_HOST, &p, "host %s declares no termios "
		    "facts (spec/host/%s/termios.defs)", ts->host, ts->host);
		return;
	}
	for (int side = 0; side < 2; side++)
		check_layout(ts, side);
	apply_unmappables(ts);
	for (int i = 0; i < ts->nsyms; i++)
		if (is_termios_kind(ts->syms[i]->kind))
			pair(ts, ts->syms[i]);
}
