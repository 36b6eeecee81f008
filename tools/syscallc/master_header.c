/*
 * master_header.c — the first columns of an entry: the number (or range),
 * and the type flags, including the spellings of FreeBSD 5-6 masters.
 */
#include <stdlib.h>
#include <string.h>

#include "check_tables.h"
#include "master_parse.h"

#define MC(x)	(&master_checks[MC_##x])

/* Parse the syscall number column: N or N-M, decimal. */
bool
mh_parse_number(struct master_parser *P, struct entry *e,
    const struct hdr_word *w)
{
	const char *s = w->t.s, *end = s + w->t.len, *p = s;
	long v[2] = { 0, 0 };
	int k = 0;

	for (;;) {
		const char *d = p;

		while (p < end && *p >= '0' && *p <= '9') {
			if (v[k] > SYSCALL_NUM_MAX / 10)
				goto bad;
			v[k] = v[k] * 10 + (*p - '0');
			p++;
		}
		if (p == d)
			goto bad;
		if (p == end)
			break;
		if (*p != '-' || k == 1)
			goto bad;
		k = 1;
		p++;
	}
	if (v[0] > SYSCALL_NUM_MAX || v[1] > SYSCALL_NUM_MAX)
		goto bad;
	e->first = v[0];
	e->last = k ? v[1] : v[0];
	e->is_range = k == 1;
	e->has_number = true;
	if (e->is_range && e->last < e->first)
		diag_report(P->diag, MC(RANGE_ORDER), &w->pos,
		    "range %ld-%ld ends below its start and defines no "
		    "syscall", e->first, e->last);
	return true;
bad:
	diag_report(P->diag, MC(BAD_NUMBER), &w->pos,
	    "'%.*s' is not a syscall number (N or N-M, decimal, at most "
	    "%d)", (int)w->t.len, w->t.s, SYSCALL_NUM_MAX);
	return false;
}

static int
flag_bit(const char *s, size_t n)
{
	unsigned i;

	for (i = 0; i < F__COUNT; i++) {
		const char *f = model_flag_name(i);

		if (strlen(f) == n && memcmp(f, s, n) == 0)
			return (int)i;
	}
	return -1;
}

/* COMPAT<digits>: its level, else -1. */
static int
compat_level(const char *s, size_t n)
{
	size_t i;
	int v = 0;

	if (n <= 6 || memcmp(s, "COMPAT", 6) != 0)
		return -1;
	for (i = 6; i < n; i++) {
		if (s[i] < '0' || s[i] > '9' || v > 100000)
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/*
 * Type words of FreeBSD 5-6 masters that the multi-line form spells
 * differently (as FreeBSD's conversion of its masters did).
 */
static unsigned
legacy_flags(const char *s, size_t n, int *compat)
{
	if (n == 7 && memcmp(s, "CPT_NOA", 7) == 0) {
		*compat = 3;
		return F_COMPAT | F_NOARGS;
	}
	if (n == 9 && memcmp(s, "LIBCOMPAT", 9) == 0) {
		*compat = 3;
		return F_COMPAT;
	}
	if (n == 6 && memcmp(s, "NOIMPL", 6) == 0)
		return F_NOSTD;
	return 0;
}

/* Is this header word a type column (every `|` part a known flag)? */
bool
mh_is_type_word(const char *s, size_t n)
{
	const char *end = s + n, *p, *q;
	int c;
	bool any = false;

	for (p = s; p < end; p = q) {
		size_t k;

		while (p < end && *p == '|')
			p++;
		for (q = p; q < end && *q != '|'; q++)
			;
		if (q == p)
			continue;
		k = (size_t)(q - p);
		if (k > 1 && p[0] == 'M' && (flag_bit(p + 1, k - 1) >= 0 ||
		    compat_level(p + 1, k - 1) > 0 ||
		    legacy_flags(p + 1, k - 1, &c) != 0)) {
			any = true;
			continue;
		}
		if (flag_bit(p, k) < 0 && compat_level(p, k) <= 0 &&
		    legacy_flags(p, k, &c) == 0)
			return false;
		any = true;
	}
	return any;
}

/* The type column: flags joined by `|`. */
void
mh_parse_flags(struct master_parser *P, struct entry *e,
    const struct hdr_word *w)
{
	const char *s = w->t.s, *end = s + w->t.len, *p, *q;
	int levels = 0, bit, lvl;

	e->flags = 0;
	e->compat = 0;
	for (p = s; p < end; p = q) {
		struct srcpos fp;
		size_t n;
		bool mprefix = false;

		while (p < end && *p == '|')
			p++;
		for (q = p; q < end && *q != '|'; q++)
			;
		if (q == p)
			continue;
		n = (size_t)(q - p);
		fp = w->pos;
		fp.first_column += (int)(p - s);
		fp.last_column = fp.first_column + (int)n;
again:
		if ((bit = flag_bit(p, n)) >= 0) {
			e->flags |= 1u << bit;
			if ((1u << bit) == F_COMPAT) {
				if (e->compat != 0 && e->compat != 3)
					levels++;
				e->compat = 3;
			}
		} else if ((lvl = compat_level(p, n)) > 0) {
			if (e->compat != 0 && e->compat != lvl)
				levels++;
			if (e->compat != 3)
				e->compat = lvl;
		} else if (legacy_flags(p, n, &lvl) != 0) {
			int c = 0;

			e->flags |= legacy_flags(p, n, &c);
			if (c != 0)
				e->compat = c;
			diag_report(P->diag, MC(OLD_TYPE_PREFIX), &fp,
			    "'%.*s' is an old type of FreeBSD 5-6 masters",
			    (int)n, p);
		} else if (!mprefix && n > 1 && p[0] == 'M' &&
		    (flag_bit(p + 1, n - 1) >= 0 ||
		    compat_level(p + 1, n - 1) > 0 ||
		    legacy_flags(p + 1, n - 1, &lvl) != 0)) {
			/* FreeBSD 5-6 marked Giant-free syscalls MSTD etc. */
			diag_report(P->diag, MC(OLD_TYPE_PREFIX), &fp,
			    "'%.*s' is the old spelling of '%.*s'", (int)n, p,
			    (int)n - 1, p + 1);
			mprefix = true;
			p++;
			n--;
			goto again;
		} else {
			diag_report(P->diag, MC(UNKNOWN_FLAG), &fp,
			    "unknown type flag '%.*s'", (int)n, p);
		}
	}
	if (levels > 0)
		diag_report(P->diag, MC(COMPAT_AMBIGUOUS), &w->pos,
		    "several COMPAT levels on one entry");
}

void
mh_check_flag_conflicts(struct master_parser *P, struct entry *e)
{
	unsigned placeholder = e->flags & (F_OBSOL | F_RESERVED | F_UNIMPL);
	unsigned real = e->flags & (F_STD | F_NODEF | F_NOARGS | F_NOPROTO |
	    F_NOSTD | F_SYSMUX);

	if ((placeholder & (placeholder - 1)) != 0)
		diag_report(P->diag, MC(FLAG_CONFLICT), &e->type_pos,
		    "more than one of OBSOL, RESERVED and UNIMPL");
	else if (placeholder && (real || e->compat))
		diag_report(P->diag, MC(FLAG_CONFLICT), &e->type_pos,
		    "OBSOL, RESERVED or UNIMPL together with a flag for an "
		    "implemented syscall");
}

