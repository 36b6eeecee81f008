/*
 * freebsd_derive.c — from entries to syscalls, the way FreeBSD's generator
 * finalizes each system call (core/syscall.lua: processChangesAbi,
 * processFlags, processPrefix, the args alias), plus the argument
 * rewriting of scarg.lua for ABIs like freebsd32.
 *
 * The result is one struct syscall per number, in file order, which is what
 * the templates iterate.
 */
#include <stdlib.h>
#include <string.h>

#include "check_tables.h"
#include "diag.h"
#include "freebsd_rules.h"
#include "model.h"

/* compatLevel() of a flag set: -1, 0, 3.., or COMPAT_NATIVE. */
static int
compat_level_of(unsigned flags, int written)
{
	if (flags & (F_UNIMPL | F_RESERVED))
		return -1;
	if (flags & F_OBSOL)
		return 0;
	if (flags & F_COMPAT)
		return 3;
	if (written > 0)
		return written;
	return COMPAT_NATIVE;
}

static const char *
compat_prefix(struct arena *a, unsigned flags, int level)
{
	if (flags & F_OBSOL)
		return "obs_";
	if (flags & F_RESERVED)
		return "reserved #";
	if (flags & F_UNIMPL)
		return "unimp_";
	if (level == 3)
		return "o";
	if (level < COMPAT_NATIVE)
		return arena_printf(a, "freebsd%d_", level);
	return "";
}

/* The final argument list of an entry, and whether any argument changes
 * the ABI (scarg:init/process/append). */
static struct scarg *
final_args(struct model *m, struct entry *e, size_t *np, bool *changes_abi)
{
	const struct conf *c = m->conf;
	bool pair = (c->abi_flags & ABI_PAIR_64BIT) != 0;
	struct scarg *v;
	size_t i, n = 0;

	/* two slots for a paired argument, plus one pad; one otherwise */
	v = arena_alloc(&m->arena, (pair ? e->nargs * 2 + 1 : e->nargs + 1) *
	    sizeof(*v));
	for (i = 0; i < e->nargs; i++) {
		struct arg *arg = &e->args[i];
		const char *type;

		if (c->abi_flags != 0) {
			char *t = arena_strndup(&m->arena, arg->text,
			    arg->text_len);

			arg->abi_change = fb_arg_changes_abi(t, c->abi_flags);
		}
		*changes_abi = *changes_abi || arg->abi_change;
		if (arg->dropped)
			continue;
		if (pair && fb_is_64bit_type(arg->type))
			*changes_abi = true;
		type = fb_abi_type(&m->arena, arg->type, c, arg->abi_change);
		if (type != arg->type)
			type = model_intern(m, type, strlen(type));
		if (pair && fb_is_64bit_type(type)) {
			if (n % 2 == 1) {
				v[n].type = "int";
				v[n].name = "_pad";
				v[n].src = NULL;
				n++;
			}
			v[n].type = "uint32_t";
			v[n].name = arena_printf(&m->arena, "%s1", arg->name);
			v[n].src = arg;
			v[n].part = 1;
			n++;
			v[n].type = "uint32_t";
			v[n].name = arena_printf(&m->arena, "%s2", arg->name);
			v[n].src = arg;
			v[n].part = 2;
			n++;
		} else {
			v[n].type = type;
			v[n].name = arg->name;
			v[n].src = arg;
			n++;
		}
	}
	*np = n;
	return v;
}

/* x then y, in the arena (arena_printf() costs a vsnprintf() per call,
 * and this runs for every entry). */
static char *
concat(struct arena *a, const char *x, const char *y)
{
	size_t lx = strlen(x), ly = strlen(y);
	char *p = arena_alloc(a, lx + ly + 1);

	memcpy(p, x, lx);
	memcpy(p + lx, y, ly + 1);
	return p;
}

static void
derive_entry(struct model *m, size_t ei, struct syscall *out, size_t *nout)
{
	struct entry *e = &m->entries[ei];
	const struct conf *c = m->conf;
	struct arena *a = &m->arena;
	struct syscall s;
	unsigned flags = e->flags;
	bool changes_abi = false, noproto;
	int level;
	long num;
	size_t i;

	memset(&s, 0, sizeof(s));
	s.entry = ei;
	s.alias = e->name;
	s.args = final_args(m, e, &s.nargs, &changes_abi);

	/* processChangesAbi() */
	if (name_set_has(&c->no_abi_change, e->name))
		changes_abi = false;
	noproto = c->abi_any && !changes_abi;
	if (c->abi_flags & ABI_POINTER_ARGS) {
		const char *intptr = c->abi.intptr_t;

		for (i = 0; i < s.nargs; i++)
			if (fb_is_ptr_type(s.args[i].type, intptr)) {
				changes_abi = true;
				break;
			}
	}
	if (name_set_has(&c->abi_change, e->name))
		changes_abi = true;
	if (changes_abi)
		noproto = false;

	/* processFlags() */
	level = compat_level_of(flags, e->compat);
	if (name_set_has(&c->obsol, e->name) ||
	    (level > 0 && level < c->mincompat)) {
		flags |= F_OBSOL;
		changes_abi = false;
	}
	if (name_set_has(&c->unimpl, e->name))
		flags |= F_UNIMPL;
	if (noproto || (flags & F_SYSMUX))
		flags |= F_NOPROTO;
	s.audit = (flags & F_NODEF) ? "AUE_NULL" : e->audit;
	s.flags = flags;
	s.compat = compat_level_of(flags, e->compat);
	s.changes_abi = changes_abi;
	s.noproto = noproto;

	/* processPrefix() and the args alias */
	s.prefix = changes_abi ? c->abi.func_prefix : "";
	if (e->alttag != NULL && e->form != FORM_OLD) {
		s.arg_alias = e->alttag;
	} else {
		const char *cp = compat_prefix(a, flags, s.compat);
		size_t l1 = strlen(cp), l2 = strlen(s.prefix);
		size_t l3 = strlen(e->name);
		char *p = arena_alloc(a, l1 + l2 + l3 + 6);

		memcpy(p, cp, l1);
		memcpy(p + l1, s.prefix, l2);
		memcpy(p + l1 + l2, e->name, l3);
		memcpy(p + l1 + l2 + l3, "_args", 6);
		s.arg_alias = p;
	}
	/*
	 * A copy next to arg_alias even without a prefix: every output reads
	 * both for every syscall, and e->name lies among the parser's data,
	 * one cold cache line per syscall per output.
	 */
	s.name = concat(a, s.prefix, e->name);
	/* sysent and sysproto call sys_<name> except for these */
	if (strcmp(s.name, "nosys") == 0 || strcmp(s.name, "lkmnosys") == 0 ||
	    strcmp(s.name, "sysarch") == 0 ||
	    strncmp(s.name, "freebsd", 7) == 0 ||
	    strncmp(s.name, "linux", 5) == 0)
		s.handler = s.name;
	else
		s.handler = concat(a, "sys_", s.name);
	s.ret = e->ret;
	if (e->altrtype != NULL && e->form != FORM_OLD)
		s.rettype = e->altrtype;
	else if (e->form != FORM_ONE_LINE)
		s.rettype = "int";

	e->first_syscall = *nout;
	e->nsyscalls = 0;
	for (num = e->first; num <= e->last; num++) {
		s.num = num;
		out[(*nout)++] = s;
		e->nsyscalls++;
		if (num > m->max_num)
			m->max_num = num;
	}
}

static int
cmp_str(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* findStructs(): structs pointed to by native, non-NODEF arguments. */
static void
find_structs(struct model *m)
{
	size_t i, k, n = 0, cap = 0, w;
	const char **v = NULL;

	for (i = 0; i < m->nsyscalls; i++) {
		const struct syscall *s = &m->syscalls[i];

		if (s->compat != COMPAT_NATIVE || (s->flags & F_NODEF))
			continue;
		for (k = 0; k < s->nargs; k++) {
			const char *name = fb_struct_name(&m->arena,
			    s->args[k].type);

			if (name == NULL)
				continue;
			if (n == cap) {
				cap = cap ? cap * 2 : 64;
				v = realloc(v, cap * sizeof(*v));
				if (v == NULL)
					abort();
			}
			v[n++] = name;
		}
	}
	if (n > 0)
		qsort(v, n, sizeof(*v), cmp_str);
	for (i = 0, w = 0; i < n; i++)
		if (w == 0 || strcmp(v[w - 1], v[i]) != 0)
			v[w++] = v[i];
	m->structs = arena_alloc(&m->arena, (w ? w : 1) * sizeof(*v));
	if (w > 0)
		memcpy(m->structs, v, w * sizeof(*v));
	m->nstructs = w;
	free(v);
}

void
model_derive(struct model *m, struct diag *d)
{
	size_t i, total = 0;

	for (i = 0; i < m->nentries; i++) {
		struct entry *e = &m->entries[i];
		size_t n;

		if (e->broken || e->last < e->first)
			continue;
		n = (size_t)(e->last - e->first + 1);
		if (total + n > SYSCALLS_TOTAL_MAX) {
			diag_report(d, &master_checks[MC_BAD_NUMBER],
			    &e->number_pos, "more than %d syscall numbers in "
			    "all", SYSCALLS_TOTAL_MAX);
			e->broken = true;
			continue;
		}
		total += n;
	}
	free(m->syscalls);
	m->syscalls = calloc(total ? total : 1, sizeof(*m->syscalls));
	if (m->syscalls == NULL)
		abort();
	m->nsyscalls = 0;
	for (i = 0; i < m->nentries; i++) {
		struct entry *e = &m->entries[i];

		if (e->broken || e->last < e->first) {
			e->first_syscall = m->nsyscalls;
			e->nsyscalls = 0;
			continue;
		}
		derive_entry(m, i, m->syscalls, &m->nsyscalls);
	}
	find_structs(m);
}
