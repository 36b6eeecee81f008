/*
 * linux_tbl.c — reading Linux's syscall tables (linux_tbl.h).
 */
#include "linux_tbl.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "model.h"
#include "release_checks.h"

#define MAX_FIELDS	7

struct field {
	const char	*s;
	size_t		 len;
	int		 col;
};

static bool
abi_selected(const char *abis, const char *abi, size_t len)
{
	const char *p = abis;

	if (abis == NULL)
		return true;
	while (*p != '\0') {
		size_t n = strcspn(p, ",");

		if (n == len && strncmp(p, abi, len) == 0)
			return true;
		p += n;
		if (*p == ',')
			p++;
	}
	return false;
}

static bool
is_word(const struct field *f)
{
	size_t i;

	for (i = 0; i < f->len; i++)
		if (!isalnum((unsigned char)f->s[i]) && f->s[i] != '_')
			return false;
	return f->len > 0;
}

static int
cmp_entry(const void *a, const void *b)
{
	const struct tbl_entry *x = a, *y = b;

	if (x->num != y->num)
		return x->num < y->num ? -1 : 1;
	return x->pos.first_line - y->pos.first_line;
}

/* Split one line into blank-separated fields, up to a '#'. */
static int
split(const char *line, size_t len, struct field *f, int max)
{
	size_t i = 0;
	int n = 0;

	while (i < len) {
		while (i < len && (line[i] == ' ' || line[i] == '\t'))
			i++;
		if (i >= len || line[i] == '#')
			break;
		if (n == max)
			return max + 1;
		f[n].s = line + i;
		f[n].col = (int)i + 1;
		while (i < len && line[i] != ' ' && line[i] != '\t' &&
		    line[i] != '#')
			i++;
		f[n].len = (size_t)(line + i - f[n].s);
		n++;
	}
	return n;
}

static struct srcpos
field_pos(const struct srcfile *src, int line, const struct field *f)
{
	return srcpos_make(src, line, f->col, (int)f->len);
}

/* Read one line; returns false if it had an error. */
static bool
read_line(struct linux_tbl *t, int lineno, const char *abis,
    struct diag *d, size_t *cap, long *prev)
{
	struct field f[MAX_FIELDS + 1];
	size_t len;
	const char *line = srcfile_line(t->src, lineno, &len);
	struct srcpos lpos = srcpos_make(t->src, lineno, 1, (int)len);
	struct tbl_entry *e;
	char *end;
	long num;
	int n, i;

	n = split(line, len, f, MAX_FIELDS);
	if (n == 0)
		return true;
	if (n > 6) {
		struct srcpos p = field_pos(t->src, lineno, &f[6]);

		diag_report(d, RC(TBL_SYNTAX), &p, "unexpected field after "
		    "the noreturn column");
		return false;
	}
	if (n < 3) {
		struct srcpos p = srcpos_make(t->src, lineno, (int)len + 1, 0);

		diag_report(d, RC(TBL_SYNTAX), &p, "a table line needs at "
		    "least a number, an ABI and a name");
		return false;
	}
	errno = 0;
	num = strtol(f[0].s, &end, 10);
	if (end != f[0].s + f[0].len || !isdigit((unsigned char)f[0].s[0]) ||
	    errno != 0 || num > SYSCALL_NUM_MAX) {
		struct srcpos p = field_pos(t->src, lineno, &f[0]);

		diag_report(d, RC(TBL_NUMBER), &p, "'%.*s' is not a syscall "
		    "number (0..%d)", (int)f[0].len, f[0].s, SYSCALL_NUM_MAX);
		return false;
	}
	for (i = 1; i < n; i++) {
		if (i == 4 && f[i].len == 1 && f[i].s[0] == '-')
			continue;
		if (!is_word(&f[i])) {
			struct srcpos p = field_pos(t->src, lineno, &f[i]);
			static const char *const what[] = { "", "an ABI",
			    "a syscall name", "an entry point",
			    "a compat entry point", "a flag" };

			diag_report(d, RC(TBL_SYNTAX), &p, "'%.*s' is not %s",
			    (int)f[i].len, f[i].s, what[i]);
			return false;
		}
	}
	if (n == 6 && (f[5].len != 8 || strncmp(f[5].s, "noreturn", 8) != 0)) {
		struct srcpos p = field_pos(t->src, lineno, &f[5]);

		diag_report(d, RC(TBL_SYNTAX), &p, "unknown flag '%.*s' "
		    "(only noreturn is defined)", (int)f[5].len, f[5].s);
		return false;
	}
	if (*prev > num) {
		struct srcpos p = field_pos(t->src, lineno, &f[0]);

		diag_report(d, RC(TBL_ORDER), &p, "%ld comes after %ld", num,
		    *prev);
	}
	*prev = num;
	if (!abi_selected(abis, f[1].s, f[1].len))
		return true;
	if (t->n == *cap) {
		*cap = *cap ? *cap * 2 : 512;
		t->v = realloc(t->v, *cap * sizeof(*t->v));
		if (t->v == NULL)
			abort();
	}
	e = &t->v[t->n++];
	memset(e, 0, sizeof(*e));
	e->num = num;
	e->abi = arena_strndup(&t->arena, f[1].s, f[1].len);
	e->name = arena_strndup(&t->arena, f[2].s, f[2].len);
	if (n > 3)
		e->entry = arena_strndup(&t->arena, f[3].s, f[3].len);
	if (n > 4 && !(f[4].len == 1 && f[4].s[0] == '-'))
		e->compat = arena_strndup(&t->arena, f[4].s, f[4].len);
	e->noreturn = n == 6;
	e->pos = lpos;
	e->num_pos = field_pos(t->src, lineno, &f[0]);
	e->name_pos = field_pos(t->src, lineno, &f[2]);
	return true;
}

int
linux_tbl_read(struct linux_tbl *t, const char *path, const char *abis,
    struct diag *d)
{
	size_t cap = 0, i;
	long prev = -1;
	bool ok = true;
	int line;

	memset(t, 0, sizeof(*t));
	arena_init(&t->arena);
	t->max_num = -1;
	t->src = srcfile_read(path);
	if (t->src == NULL) {
		diag_io_error(d, "cannot read '%s': %s", path, strerror(errno));
		return -1;
	}
	for (line = 1; line <= (int)t->src->nlines; line++)
		if (!read_line(t, line, abis, d, &cap, &prev))
			ok = false;
	if (t->n > 0)
		qsort(t->v, t->n, sizeof(*t->v), cmp_entry);
	for (i = 0; i < t->n; i++) {
		if (i > 0 && t->v[i].num == t->v[i - 1].num) {
			if (diag_report(d, RC(TBL_DUPLICATE), &t->v[i].num_pos,
			    "%ld is given again (%s, ABI %s)", t->v[i].num,
			    t->v[i].name, t->v[i].abi))
				diag_note(d, &t->v[i - 1].num_pos, "first "
				    "given here (%s, ABI %s)", t->v[i - 1].name,
				    t->v[i - 1].abi);
			ok = false;
		}
		t->max_num = t->v[i].num;
	}
	if (t->n == 0) {
		struct srcpos p = srcpos_make(t->src, 1, 1, 0);

		diag_report(d, RC(TBL_EMPTY), &p, "no line has %s%s",
		    abis != NULL ? "one of the ABIs " : "any syscall",
		    abis != NULL ? abis : "");
		ok = false;
	}
	return ok ? 0 : 1;
}

void
linux_tbl_free(struct linux_tbl *t)
{
	free(t->v);
	srcfile_free(t->src);
	arena_free(&t->arena);
	memset(t, 0, sizeof(*t));
}

const struct tbl_entry *
linux_tbl_find(const struct linux_tbl *t, long num)
{
	size_t lo = 0, hi = t->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (t->v[mid].num == num)
			return &t->v[mid];
		if (t->v[mid].num < num)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

bool
tbl_entry_implemented(const struct tbl_entry *e)
{
	return e->entry != NULL && strcmp(e->entry, "sys_ni_syscall") != 0;
}

const char *
tbl_handler_name(struct linux_tbl *t, const struct tbl_entry *e)
{
	static const char *const prefixes[] = { "compat_sys_", "sys_",
	    "ptregs_", "__x64_sys_", "__ia32_sys_" };
	const char *s = e->entry != NULL ? e->entry : e->name;
	size_t i;

	for (i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++) {
		size_t n = strlen(prefixes[i]);

		if (strncmp(s, prefixes[i], n) == 0 && s[n] != '\0') {
			s += n;
			break;
		}
	}
	return arena_printf(&t->arena, "linux_%s", s);
}
