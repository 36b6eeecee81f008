/*
 * strace_log.c — reading strace logs and syscall lists (strace_log.h).
 */
#include "strace_log.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "release_checks.h"

#define MAX_ARGS	8

static bool
ident_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

static void
add_call(struct trace_log *t, const char *name, size_t len, long num,
    unsigned long count, const struct srcpos *pos)
{
	size_t i;

	for (i = 0; i < t->ncalls; i++) {
		struct trace_call *c = &t->calls[i];

		if (name != NULL ? (c->name != NULL && strlen(c->name) == len &&
		    strncmp(c->name, name, len) == 0) :
		    (c->name == NULL && c->num == num)) {
			c->count += count;
			t->total += count;
			return;
		}
	}
	t->calls = realloc(t->calls, (t->ncalls + 1) * sizeof(*t->calls));
	if (t->calls == NULL)
		abort();
	t->calls[t->ncalls].name = name != NULL ? strndup(name, len) : NULL;
	t->calls[t->ncalls].num = num;
	t->calls[t->ncalls].count = count;
	t->calls[t->ncalls].pos = *pos;
	t->ncalls++;
	t->total += count;
}

static void
add_detail(struct trace_log *t, const char *syscall, const char *item,
    size_t len)
{
	size_t i;

	if (len == 0)
		return;
	for (i = 0; i < t->ndetails; i++)
		if (strcmp(t->details[i].syscall, syscall) == 0 &&
		    strlen(t->details[i].item) == len &&
		    strncmp(t->details[i].item, item, len) == 0) {
			t->details[i].count++;
			return;
		}
	t->details = realloc(t->details, (t->ndetails + 1) *
	    sizeof(*t->details));
	if (t->details == NULL)
		abort();
	t->details[t->ndetails].syscall = strdup(syscall);
	t->details[t->ndetails].item = strndup(item, len);
	t->details[t->ndetails].count = 1;
	t->ndetails++;
}

/* Split s (the text after '(') into top-level arguments. */
static int
split_args(const char *s, size_t len, const char **a, size_t *alen)
{
	int n = 0, depth = 0;
	bool quote = false;
	size_t i, start = 0;

	for (i = 0; i <= len && n < MAX_ARGS; i++) {
		char c = i < len ? s[i] : ')';

		if (quote) {
			if (c == '\\' && i + 1 < len)
				i++;
			else if (c == '"')
				quote = false;
			continue;
		}
		if (c == '"')
			quote = true;
		else if (c == '(' || c == '[' || c == '{')
			depth++;
		else if ((c == ')' || c == ']' || c == '}') && depth > 0)
			depth--;
		else if ((c == ',' && depth == 0) || (c == ')' && depth == 0)) {
			while (start < i && s[start] == ' ')
				start++;
			a[n] = s + start;
			alen[n] = i - start;
			n++;
			start = i + 1;
			if (c == ')')
				break;
		}
	}
	return n;
}

/* FLAG|FLAG|... words of v[0..len) that start with `prefix`. */
static void
add_flag_words(struct trace_log *t, const char *syscall, const char *v,
    size_t len, const char *prefix)
{
	size_t i = 0, pl = strlen(prefix);

	while (i < len) {
		size_t j = i;

		while (j < len && ident_char(v[j]))
			j++;
		if (j - i > pl && strncmp(v + i, prefix, pl) == 0)
			add_detail(t, syscall, v + i, j - i);
		i = j + 1;
	}
}

static void
details(struct trace_log *t, const char *name, size_t nlen, const char *args,
    size_t len)
{
	const char *a[MAX_ARGS];
	size_t alen[MAX_ARGS];
	int n = split_args(args, len, a, alen), i;

	if (nlen == 5 && strncmp(name, "futex", 5) == 0 && n >= 2) {
		const char *v = a[1];
		size_t vl = alen[1], w;

		/* FUTEX_WAIT_PRIVATE|FUTEX_CLOCK_REALTIME: the op, then
		 * its flags */
		for (w = 0; w < vl && ident_char(v[w]); w++)
			;
		if (w > 8 && strncmp(v + w - 8, "_PRIVATE", 8) == 0) {
			add_detail(t, "futex", v, w - 8);
			add_detail(t, "futex", "FUTEX_PRIVATE_FLAG", 18);
		} else {
			add_detail(t, "futex", v, w);
		}
		if (w < vl)
			add_flag_words(t, "futex", v + w, vl - w, "FUTEX_");
	} else if (nlen == 5 && strncmp(name, "ioctl", 5) == 0 && n >= 2) {
		size_t w;

		for (w = 0; w < alen[1] && (ident_char(a[1][w])); w++)
			;
		add_detail(t, "ioctl", a[1], w);
	} else if ((nlen == 5 && strncmp(name, "clone", 5) == 0) ||
	    (nlen == 6 && strncmp(name, "clone3", 6) == 0)) {
		for (i = 0; i < n; i++) {
			const char *f = memmem(a[i], alen[i], "flags=", 6);

			if (f != NULL)
				add_flag_words(t, "clone", f + 6, alen[i] -
				    (size_t)(f + 6 - a[i]), "CLONE_");
		}
	}
}

static void
read_line(struct trace_log *t, int line, struct diag *d)
{
	size_t len, i = 0, start;
	const char *s = srcfile_line(t->src, line, &len);
	struct srcpos pos;

	while (i < len && isspace((unsigned char)s[i]))
		i++;
	if (i == len)
		return;
	/* `[pid  123] ` or `123 ` (strace -f), then timestamps */
	if (len - i > 5 && strncmp(s + i, "[pid", 4) == 0) {
		const char *rb = memchr(s + i, ']', len - i);

		if (rb != NULL)
			i = (size_t)(rb - s) + 1;
	}
	for (;;) {
		size_t j = i;

		while (j < len && s[j] == ' ')
			j++;
		i = j;
		while (j < len && (isdigit((unsigned char)s[j]) ||
		    s[j] == ':' || s[j] == '.'))
			j++;
		if (j > i && j < len && s[j] == ' ')
			i = j;
		else
			break;
	}
	if (len - i >= 4 && strncmp(s + i, "<...", 4) == 0)
		return;		/* the rest of a call counted already */
	if (len - i >= 3 && (strncmp(s + i, "+++", 3) == 0 ||
	    strncmp(s + i, "---", 3) == 0 || s[i] == '[')) {
		if (memmem(s + i, len - i, "32 bit mode", 11) != NULL)
			t->mode32 = true;
		pos = srcpos_make(t->src, line, (int)i + 1, (int)(len - i));
		diag_report(d, RC(TRACE_LINE), &pos, "not a syscall");
		return;
	}
	start = i;
	while (i < len && ident_char(s[i]))
		i++;
	pos = srcpos_make(t->src, line, (int)start + 1, (int)(i - start));
	if (i > start && i < len && s[i] == '(') {
		long num = -1;

		if (i - start > 10 && strncmp(s + start, "syscall_0x", 10) == 0)
			num = strtol(s + start + 10, NULL, 16);
		else if (i - start > 8 && strncmp(s + start, "syscall_", 8) ==
		    0 && isdigit((unsigned char)s[start + 8]))
			num = strtol(s + start + 8, NULL, 10);
		if (num >= 0)
			add_call(t, NULL, 0, num, 1, &pos);
		else
			add_call(t, s + start, i - start, -1, 1, &pos);
		details(t, s + start, i - start, s + i + 1, len - i - 1);
		return;
	}
	/* a list: NAME or NUMBER, optionally a count */
	if (i > start) {
		size_t j = i;
		unsigned long count = 1;
		bool number = true;
		size_t k;

		for (k = start; k < i; k++)
			if (!isdigit((unsigned char)s[k]))
				number = false;
		while (j < len && isspace((unsigned char)s[j]))
			j++;
		if (j < len) {
			char *end;

			count = strtoul(s + j, &end, 10);
			while (*end == ' ' || *end == '\t')
				end++;
			if (end == s + j || end < s + len) {
				diag_report(d, RC(TRACE_LINE), &pos, "neither "
				    "an strace line nor NAME [COUNT]");
				return;
			}
		}
		t->is_list = true;
		if (number)
			add_call(t, NULL, 0, strtol(s + start, NULL, 10),
			    count, &pos);
		else
			add_call(t, s + start, i - start, -1, count, &pos);
		return;
	}
	diag_report(d, RC(TRACE_LINE), &pos, "not a syscall");
}

int
trace_read(struct trace_log *t, const char *path, struct diag *d)
{
	int line;

	memset(t, 0, sizeof(*t));
	if ((t->src = srcfile_read(path)) == NULL) {
		diag_io_error(d, "cannot read '%s': %s", path, strerror(errno));
		return 2;
	}
	{
		const char *p = t->src->text;

		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		if (*p == '{' || *p == '[') {
			t->is_json = true;
			return 0;
		}
	}
	for (line = 1; line <= (int)t->src->nlines; line++)
		read_line(t, line, d);
	if (t->ncalls == 0) {
		struct srcpos p = srcpos_make(t->src, 1, 1, 0);

		diag_report(d, RC(TRACE_EMPTY), &p, "no syscall in the trace");
		return 1;
	}
	return 0;
}

void
trace_free(struct trace_log *t)
{
	size_t i;

	for (i = 0; i < t->ncalls; i++)
		free(t->calls[i].name);
	free(t->calls);
	for (i = 0; i < t->ndetails; i++) {
		free(t->details[i].syscall);
		free(t->details[i].item);
	}
	free(t->details);
	srcfile_free(t->src);
	memset(t, 0, sizeof(*t));
}
