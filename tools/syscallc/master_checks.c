/*
 * master_checks.c — the named checks that need the whole model: numbering
 * (duplicates, gaps, order, with #if/#else alternatives taken into
 * account), COMPAT levels against the conf's compat set, and conf names
 * that name no syscall.
 *
 * FreeBSD's generator validates none of this (its numbering check is a
 * tautology); its tables are indexed by position, so a gap or a duplicate
 * silently shifts every later syscall.
 */
#include <stdlib.h>
#include <string.h>

#include "check_tables.h"
#include "diag.h"
#include "model.h"

#define MC(x)	(&master_checks[MC_##x])
#define CC(x)	(&conf_checks[CC_##x])

/* Two entries are alternatives if some #if puts them in different
 * branches: only one of them is ever compiled. */
static bool
alternatives(const struct entry *a, const struct entry *b)
{
	const struct cpp_frame *x, *y;

	for (x = a->cpp; x != NULL; x = x->up)
		for (y = b->cpp; y != NULL; y = y->up)
			if (x->group == y->group && x->branch != y->branch)
				return true;
	return false;
}

struct numdef {
	long	num;
	size_t	entry;
};

static int
cmp_numdef(const void *x, const void *y)
{
	const struct numdef *a = x, *b = y;

	if (a->num != b->num)
		return a->num < b->num ? -1 : 1;
	return a->entry < b->entry ? -1 : a->entry > b->entry;
}

static void
check_duplicates(struct model *m, struct diag *d, bool *dup)
{
	struct numdef *v;
	size_t n = 0, i, k, j;

	v = malloc((m->nsyscalls ? m->nsyscalls : 1) * sizeof(*v));
	if (v == NULL)
		abort();
	for (i = 0; i < m->nsyscalls; i++) {
		v[n].num = m->syscalls[i].num;
		v[n].entry = m->syscalls[i].entry;
		n++;
	}
	qsort(v, n, sizeof(*v), cmp_numdef);
	/* report each pair of clashing entries once, not once per number
	 * of two overlapping ranges */
	size_t last_a = (size_t)-1, last_b = (size_t)-1;

	for (i = 0; i < n; i = k) {
		for (k = i + 1; k < n && v[k].num == v[i].num; k++)
			;
		/* each later definer against every earlier one */
		for (j = i + 1; j < k; j++) {
			size_t p;

			for (p = i; p < j; p++) {
				const struct entry *a = &m->entries[v[p].entry];
				const struct entry *b = &m->entries[v[j].entry];

				if (v[p].entry == v[j].entry ||
				    alternatives(a, b))
					continue;
				dup[v[j].entry] = true;
				if (v[p].entry == last_a && v[j].entry == last_b)
					break;
				last_a = v[p].entry;
				last_b = v[j].entry;
				if (diag_report(d, MC(DUPLICATE_NUMBER),
				    &b->number_pos, "syscall %ld is already "
				    "defined", v[j].num))
					diag_note(d, &a->number_pos,
					    "first defined here");
				break;
			}
		}
	}
	free(v);
}

struct group {
	long	start;		/* expected number when the #if opened */
	long	max_end;	/* expected number after the longest branch */
};

/* Walk items in file order, simulating the expected next number through
 * #if/#else branches: each branch restarts where the #if began. */
static void
check_order(struct model *m, struct diag *d, const bool *dup)
{
	struct group *stack = NULL;
	size_t depth = 0, cap = 0, i;
	long next = 0;
	bool started = false;

	for (i = 0; i < m->nitems; i++) {
		const struct item *it = &m->items[i];
		const struct entry *e;

		if (it->kind == ITEM_CPP) {
			switch (it->cpp) {
			case CPP_IF:
				if (depth == cap) {
					cap = cap ? cap * 2 : 8;
					stack = realloc(stack,
					    cap * sizeof(*stack));
					if (stack == NULL)
						abort();
				}
				stack[depth].start = next;
				stack[depth].max_end = next;
				depth++;
				break;
			case CPP_ELIF:
			case CPP_ELSE:
				if (depth == 0)
					break;
				if (next > stack[depth - 1].max_end)
					stack[depth - 1].max_end = next;
				next = stack[depth - 1].start;
				break;
			case CPP_ENDIF:
				if (depth == 0)
					break;
				depth--;
				if (stack[depth].max_end > next)
					next = stack[depth].max_end;
				break;
			default:
				break;
			}
			continue;
		}
		if (it->kind != ITEM_ENTRY)
			continue;
		e = &m->entries[it->entry];
		/* a broken entry still holds its number: no cascade of gaps */
		if (!e->has_number || e->last < e->first)
			continue;
		if (!started) {
			/* The first number is the table's base (usually 0). */
			if (e->first != 0)
				diag_report(d, MC(NUMBER_GAP), &e->number_pos,
				    "the first syscall is %ld: the table "
				    "starts at 0", e->first);
			started = true;
		} else if (e->first == next + 1) {
			diag_report(d, MC(NUMBER_GAP), &e->number_pos,
			    "syscall %ld is missing before %ld", next,
			    e->first);
		} else if (e->first > next) {
			diag_report(d, MC(NUMBER_GAP), &e->number_pos,
			    "syscalls %ld-%ld are missing before %ld", next,
			    e->first - 1, e->first);
		} else if (e->first < next) {
			/* a duplicate is reported by check_duplicates() */
			if (!dup[it->entry])
				diag_report(d, MC(NUMBER_ORDER),
				    &e->number_pos, "syscall %ld comes after "
				    "%ld", e->first, next - 1);
		}
		if (e->last + 1 > next)
			next = e->last + 1;
	}
	free(stack);
}

static void
check_compat(struct model *m, struct diag *d)
{
	const struct conf *c = m->conf;
	size_t i, k;

	for (i = 0; i < m->nentries; i++) {
		const struct entry *e = &m->entries[i];
		const struct syscall *s;
		bool known = false;

		if (e->nsyscalls == 0)
			continue;
		s = &m->syscalls[e->first_syscall];
		if (s->compat < 1 || s->compat == COMPAT_NATIVE)
			continue;
		for (k = 0; k < c->ncompat; k++)
			if (c->compat[k].level == s->compat)
				known = true;
		if (known)
			continue;
		if (c->ncompat == 0)
			diag_report(d, MC(COMPAT_LEVEL), &e->type_pos,
			    "COMPAT flags need a compat set, and this conf "
			    "has compat_set=\"\"");
		else
			diag_report(d, MC(COMPAT_LEVEL), &e->type_pos,
			    "compat level %d is not in the compat set "
			    "(known: 3 for COMPAT, 4, 6, 7, 10 to 14)",
			    s->compat);
	}
}

static void
check_conf_names(struct model *m, struct diag *d)
{
	const struct name_set *sets[] = {
		&m->conf->obsol, &m->conf->unimpl, &m->conf->abi_change,
		&m->conf->no_abi_change,
	};
	size_t i, k, e;

	for (i = 0; i < sizeof(sets) / sizeof(sets[0]); i++) {
		const struct name_set *s = sets[i];

		for (k = 0; k < s->n; k++) {
			bool found = false;

			for (e = 0; e < m->nentries && !found; e++)
				found = strcmp(m->entries[e].name,
				    s->names[k]) == 0;
			if (!found)
				diag_report(d, CC(UNUSED_NAME),
				    &s->kv->value_pos, "'%s' (in %s) names no "
				    "syscall of the master", s->names[k],
				    s->kv->key);
		}
	}
}

void
model_check(struct model *m, struct diag *d)
{
	bool *dup = calloc(m->nentries ? m->nentries : 1, sizeof(*dup));

	if (dup == NULL)
		abort();
	check_duplicates(m, d, dup);
	check_order(m, d, dup);
	free(dup);
	check_compat(m, d);
	check_conf_names(m, d);
}
