/*
 * import_protos.c — kernel sys_*() declarations to spec prototypes
 * (import_protos.h).
 */
#include "import_protos.h"

#include <ctype.h>
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "release_checks.h"

#define MAX_TOKENS	32

/* Kernel scalar types and the spec's types of the same width. */
static const struct { const char *k, *l; } scalar_map[] = {
	{ "int", "l_int" }, { "signed int", "l_int" },
	{ "unsigned int", "l_uint" }, { "unsigned", "l_uint" },
	{ "long", "l_long" }, { "signed long", "l_long" },
	{ "unsigned long", "l_ulong" },
	{ "long long", "l_longlong" },
	{ "unsigned long long", "l_ulonglong" },
	{ "short", "l_short" }, { "unsigned short", "l_ushort" },
	{ "char", "char" }, { "void", "void" },
	{ "size_t", "l_size_t" }, { "ssize_t", "l_ssize_t" },
	{ "loff_t", "l_loff_t" }, { "off_t", "l_off_t" },
	{ "pid_t", "l_pid_t" }, { "uid_t", "l_uid_t" }, { "gid_t", "l_gid_t" },
	{ "old_uid_t", "l_uid16_t" }, { "old_gid_t", "l_gid16_t" },
	{ "umode_t", "l_mode_t" }, { "mode_t", "l_mode_t" },
	{ "u8", "uint8_t" }, { "u16", "uint16_t" },
	{ "u32", "uint32_t" }, { "__u32", "uint32_t" },
	{ "uint32_t", "uint32_t" },
	{ "u64", "uint64_t" }, { "__u64", "uint64_t" },
	{ "uint64_t", "uint64_t" },
	{ "s32", "int32_t" }, { "__s32", "int32_t" }, { "int32_t", "int32_t" },
	{ "s64", "int64_t" }, { "__s64", "int64_t" },
	{ "rwf_t", "l_int" }, { "key_serial_t", "int32_t" },
	{ "clockid_t", "l_clockid_t" }, { "timer_t", "l_timer_t" },
	{ "aio_context_t", "l_aio_context_t" }, { "qid_t", "l_uint" },
	{ "mqd_t", "l_mqd_t" }, { "key_t", "l_key_t" },
	{ "__kernel_old_time_t", "l_time_t" }, { "time_t", "l_time_t" },
	{ "old_time32_t", "l_time_t" },
	{ "old_sigset_t", "l_osigset_t" }, { "sigset_t", "l_sigset_t" },
	{ "siginfo_t", "l_siginfo_t" }, { "stack_t", "l_stack_t" },
	/* pointer typedefs: a user address in one register */
	{ "__sighandler_t", "void *" }, { "cap_user_header_t", "void *" },
	{ "cap_user_data_t", "void *" },
};

/* Kernel structures whose spec name is not l_<name> (docs/spec.md,
 * docs/runtime-handlers.md). */
static const struct { const char *k, *l; } struct_map[] = {
	{ "__kernel_timespec", "l_timespec64" },
	{ "__kernel_itimerspec", "l_itimerspec64" },
	{ "__kernel_timex", "l_timex64" },
	{ "old_timespec32", "l_timespec" },
	{ "old_itimerspec32", "l_itimerspec" },
	{ "old_timeval32", "l_timeval" },
	{ "old_timex32", "l_timex" },
	{ "old_utimbuf32", "l_utimbuf" },
	{ "__kernel_old_timeval", "l_timeval" },
	{ "__kernel_old_itimerval", "l_itimerval" },
	{ "clone_args", "l_user_clone_args" },
	{ "robust_list_head", "linux_robust_list_head" },
	{ "rseq", "linux_rseq" },
};

void
proto_set_init(struct proto_set *ps)
{
	memset(ps, 0, sizeof(*ps));
	arena_init(&ps->arena);
}

void
proto_set_free(struct proto_set *ps)
{
	size_t i;

	for (i = 0; i < ps->nsrcs; i++)
		srcfile_free(ps->srcs[i]);
	free(ps->srcs);
	free(ps->v);
	arena_free(&ps->arena);
}

static bool
is_ident_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

struct tok {
	const char	*s;
	size_t		 len;
};

static bool
tok_is(const struct tok *t, const char *w)
{
	return t->len == strlen(w) && strncmp(t->s, w, t->len) == 0;
}

/*
 * One argument: `[const] TYPE-WORDS [__user] [*[const]]... [NAME]`.
 * Returns false if it is not of that shape.
 */
static bool
parse_arg(struct proto_set *ps, const char *s, size_t len, size_t index,
    struct proto_arg *a, bool *inexact, char *why, size_t whylen)
{
	struct tok t[MAX_TOKENS];
	char base[128] = "";
	size_t i = 0, n = 0, k, stars = 0, nwords = 0, namei = (size_t)-1;
	bool leading_const = false, is_struct = false;
	const char *mapped = NULL;

	while (i < len) {
		if (isspace((unsigned char)s[i])) {
			i++;
			continue;
		}
		if (n == MAX_TOKENS) {
			snprintf(why, whylen, "too many words");
			return false;
		}
		t[n].s = s + i;
		if (s[i] == '*') {
			t[n].len = 1;
			i++;
		} else if (is_ident_char(s[i])) {
			while (i < len && is_ident_char(s[i]))
				i++;
			t[n].len = (size_t)(s + i - t[n].s);
		} else {
			snprintf(why, whylen, "unexpected '%c'", s[i]);
			return false;
		}
		n++;
	}
	if (n == 0) {
		snprintf(why, whylen, "an empty argument");
		return false;
	}
	/* The name is the last word if a type precedes it. */
	if (!tok_is(&t[n - 1], "*") && n >= 2) {
		size_t typewords = 0;

		for (k = 0; k + 1 < n; k++)
			if (!tok_is(&t[k], "*") && !tok_is(&t[k], "const") &&
			    !tok_is(&t[k], "__user") &&
			    !tok_is(&t[k], "volatile"))
				typewords++;
		/* `unsigned long` has no name; `unsigned long x` has one */
		if (typewords > 0 && !(typewords == 1 &&
		    (tok_is(&t[0], "unsigned") || tok_is(&t[0], "signed") ||
		    tok_is(&t[0], "long") || tok_is(&t[0], "short")) &&
		    (tok_is(&t[n - 1], "int") || tok_is(&t[n - 1], "long") ||
		    tok_is(&t[n - 1], "char") || tok_is(&t[n - 1], "short"))))
			namei = n - 1;
	}
	for (k = 0; k < n; k++) {
		if (k == namei)
			continue;
		if (tok_is(&t[k], "*")) {
			stars++;
		} else if (tok_is(&t[k], "const")) {
			if (nwords == 0 && stars == 0)
				leading_const = true;
		} else if (tok_is(&t[k], "__user") ||
		    tok_is(&t[k], "volatile") || tok_is(&t[k], "__force")) {
			continue;
		} else if (tok_is(&t[k], "struct") || tok_is(&t[k], "union")) {
			is_struct = true;
		} else if (stars == 0) {
			if (strlen(base) + t[k].len + 2 > sizeof(base)) {
				snprintf(why, whylen, "a type too long");
				return false;
			}
			if (nwords++ > 0)
				strcat(base, " ");
			strncat(base, t[k].s, t[k].len);
		}
	}
	if (nwords == 0) {
		snprintf(why, whylen, "no type");
		return false;
	}
	a->kernel_type = arena_strndup(&ps->arena, s, len);
	if (namei != (size_t)-1)
		a->name = arena_strndup(&ps->arena, t[namei].s, t[namei].len);
	else
		a->name = arena_printf(&ps->arena, "arg%zu", index);
	if (is_struct) {
		for (k = 0; k < sizeof(struct_map) / sizeof(struct_map[0]); k++)
			if (strcmp(base, struct_map[k].k) == 0)
				mapped = struct_map[k].l;
		a->type = arena_printf(&ps->arena, "%sstruct %s%s%s",
		    leading_const ? "const " : "",
		    mapped != NULL ? "" : "l_", mapped != NULL ? mapped : base,
		    stars ? " " : "");
	} else {
		for (k = 0; k < sizeof(scalar_map) / sizeof(scalar_map[0]); k++)
			if (strcmp(base, scalar_map[k].k) == 0)
				mapped = scalar_map[k].l;
		if (mapped == NULL) {
			/* a pointer to anything is one register */
			mapped = stars ? "void" : "l_ulong";
			if (!stars)
				*inexact = true;
		}
		a->type = arena_printf(&ps->arena, "%s%s%s",
		    leading_const && stars ? "const " : "", mapped,
		    stars && mapped[strlen(mapped) - 1] != '*' ? " " : "");
	}
	for (k = 0; k < stars; k++)
		a->type = arena_printf(&ps->arena, "%s*", a->type);
	return true;
}

/* Parse `RET sys_NAME(ARGS)` (text without `asmlinkage` and `;`). */
static bool
parse_decl(struct proto_set *ps, const char *s, size_t len,
    struct proto *p, char *why, size_t whylen, size_t *bad_arg)
{
	const char *lp = memchr(s, '(', len), *rp, *name_end, *name;
	struct proto_arg *args = NULL;
	size_t nargs = 0, cap = 0;
	int depth = 0;
	const char *a;

	*bad_arg = (size_t)-1;
	if (lp == NULL) {
		snprintf(why, whylen, "no argument list");
		return false;
	}
	name_end = lp;
	while (name_end > s && isspace((unsigned char)name_end[-1]))
		name_end--;
	name = name_end;
	while (name > s && is_ident_char(name[-1]))
		name--;
	if (name == name_end) {
		snprintf(why, whylen, "no function name");
		return false;
	}
	rp = s + len;
	while (rp > lp && rp[-1] != ')')
		rp--;
	if (rp == lp) {
		snprintf(why, whylen, "no closing parenthesis");
		return false;
	}
	rp--;
	p->name = arena_strndup(&ps->arena, name, (size_t)(name_end - name));
	a = lp + 1;
	for (const char *c = lp + 1; c <= rp; c++) {
		if (*c == '(')
			depth++;
		else if (*c == ')' && c < rp)
			depth--;
		if ((*c == ',' && depth == 0) || c == rp) {
			size_t alen = (size_t)(c - a);
			const char *t = a;

			while (alen > 0 && isspace((unsigned char)*t))
				t++, alen--;
			while (alen > 0 && isspace((unsigned char)t[alen - 1]))
				alen--;
			if (nargs == 0 && c == rp && (alen == 0 ||
			    (alen == 4 && strncmp(t, "void", 4) == 0)))
				break;
			if (depth != 0) {
				snprintf(why, whylen, "a function-pointer "
				    "argument");
				free(args);
				return false;
			}
			if (nargs == cap) {
				cap = cap ? cap * 2 : 8;
				args = realloc(args, cap * sizeof(*args));
				if (args == NULL)
					abort();
			}
			memset(&args[nargs], 0, sizeof(args[nargs]));
			if (!parse_arg(ps, t, alen, nargs, &args[nargs],
			    &p->inexact, why, whylen)) {
				*bad_arg = nargs;
				free(args);
				return false;
			}
			nargs++;
			a = c + 1;
		}
	}
	p->nargs = nargs;
	p->args = arena_alloc(&ps->arena, (nargs ? nargs : 1) *
	    sizeof(*p->args));
	if (nargs)
		memcpy(p->args, args, nargs * sizeof(*args));
	free(args);
	return true;
}

/* Does the line holding p start with '#' (a macro, not a declaration)? */
static bool
on_cpp_line(const struct srcfile *f, const char *p)
{
	while (p > f->text && p[-1] != '\n')
		p--;
	while (*p == ' ' || *p == '\t')
		p++;
	return *p == '#';
}

/* Is the function declared in s[0..len) a sys_*()? */
static bool
declares_sys(const char *s, size_t len)
{
	const char *lp = memchr(s, '(', len), *e;

	if (lp == NULL)
		return false;
	e = lp;
	while (e > s && isspace((unsigned char)e[-1]))
		e--;
	while (e > s && is_ident_char(e[-1]))
		e--;
	return strncmp(e, "sys_", 4) == 0;
}

int
proto_read(struct proto_set *ps, const char *path, struct diag *d)
{
	struct srcfile *f = srcfile_read(path);
	const char *s, *end;
	bool ok = true;

	if (f == NULL) {
		diag_io_error(d, "cannot read '%s': %s", path, strerror(errno));
		return -1;
	}
	ps->srcs = realloc(ps->srcs, (ps->nsrcs + 1) * sizeof(*ps->srcs));
	if (ps->srcs == NULL)
		abort();
	ps->srcs[ps->nsrcs++] = f;
	s = f->text;
	end = f->text + f->len;
	while ((s = memmem(s, (size_t)(end - s), "asmlinkage", 10)) != NULL) {
		const char *start = s, *semi, *decl;
		struct proto p;
		char why[128];
		size_t bad_arg, off;
		int line, col;

		s += 10;
		if ((start > f->text && is_ident_char(start[-1])) ||
		    is_ident_char(*s))
			continue;
		semi = memchr(s, ';', (size_t)(end - s));
		if (semi == NULL)
			break;
		/* declarations only: a definition has a body before any ';' */
		decl = memchr(s, '{', (size_t)(semi - s));
		if (decl != NULL) {
			s = decl;
			continue;
		}
		/* macro bodies (sys##name, line continuations) and
		 * functions other than sys_*() are not declarations of a
		 * syscall */
		if (on_cpp_line(f, start) ||
		    memchr(s, '#', (size_t)(semi - s)) != NULL ||
		    memchr(s, '\\', (size_t)(semi - s)) != NULL ||
		    !declares_sys(s, (size_t)(semi - s)))
			continue;
		off = (size_t)(start - f->text);
		for (line = 1; line < (int)f->nlines &&
		    f->lines[line] <= off; line++)
			;
		col = (int)(off - f->lines[line - 1]) + 1;
		memset(&p, 0, sizeof(p));
		p.pos = srcpos_make(f, line, col, 10);
		if (!parse_decl(ps, s, (size_t)(semi - s), &p, why,
		    sizeof(why), &bad_arg)) {
			if (bad_arg != (size_t)-1)
				diag_report(d, RC(PROTO_SYNTAX), &p.pos,
				    "argument %zu of this declaration: %s",
				    bad_arg + 1, why);
			else
				diag_report(d, RC(PROTO_SYNTAX), &p.pos,
				    "this declaration: %s", why);
			ok = false;
		} else if (strncmp(p.name, "sys_", 4) == 0 &&
		    proto_find(ps, p.name) == NULL) {
			if (ps->n == ps->cap) {
				ps->cap = ps->cap ? ps->cap * 2 : 256;
				ps->v = realloc(ps->v, ps->cap * sizeof(*ps->v));
				if (ps->v == NULL)
					abort();
			}
			ps->v[ps->n++] = p;
		}
		s = semi + 1;
	}
	return ok ? 0 : 1;
}

const struct proto *
proto_find(const struct proto_set *ps, const char *sysname)
{
	size_t i;

	for (i = 0; i < ps->n; i++)
		if (strcmp(ps->v[i].name, sysname) == 0)
			return &ps->v[i];
	return NULL;
}
