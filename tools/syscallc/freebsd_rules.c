/*
 * freebsd_rules.c — FreeBSD's line-reading rules, in C.
 *
 * Every function here answers "what does FreeBSD's generator make of this
 * text?" for one of its Lua patterns; the pattern is quoted above each
 * function.  Lua's greedy-with-backtracking matching is reasoned out by hand
 * for each pattern instead of running a general pattern matcher, which keeps
 * the reading fast and obviously bounded.
 */
#include "freebsd_rules.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "conf.h"

bool
fb_space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

void
fb_trim(const char *s, size_t *from, size_t *to)
{
	while (*from < *to && fb_space((unsigned char)s[*from]))
		(*from)++;
	while (*to > *from && fb_space((unsigned char)s[*to - 1]))
		(*to)--;
}

/* A growable string in the arena's spirit, on the C heap while it grows. */
struct sbuf {
	char	*s;
	size_t	 len, cap;
};

static void
sb_add(struct sbuf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t ncap = (b->len + n + 1) * 2;
		char *ns = realloc(b->s, ncap);

		if (ns == NULL)
			abort();
		b->s = ns;
		b->cap = ncap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static char *
sb_finish(struct sbuf *b, struct arena *a)
{
	char *r = arena_strndup(a, b->s ? b->s : "", b->len);

	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
	return r;
}

/*
 * One of   _Contains_[^ ]*[_)] ?    _In[^ ]*[_)] ?    _Out[^ ]*[_)] ?
 * at s+i: the match runs to the last `_` or `)` of the space-free run that
 * follows the prefix, plus one space.  Returns the match length or 0.
 */
static size_t
annotation_at(const char *s, size_t len, size_t i, const char *prefix)
{
	size_t plen = strlen(prefix), j, end, k, m;

	if (len - i < plen || memcmp(s + i, prefix, plen) != 0)
		return 0;
	j = i + plen;
	for (end = j; end < len && s[end] != ' '; end++)
		;
	for (k = end; k > j; k--)
		if (s[k - 1] == '_' || s[k - 1] == ')')
			break;
	if (k == j)
		return 0;
	m = k;
	if (m < len && s[m] == ' ')
		m++;
	return m - i;
}

/* s:gsub(pattern, "") for one annotation pattern. */
static char *
strip_one(struct arena *a, const char *s, const char *prefix)
{
	struct sbuf b = { 0 };
	size_t len = strlen(s), i = 0, m;

	while (i < len) {
		m = annotation_at(s, len, i, prefix);
		if (m > 0) {
			i += m;
		} else {
			sb_add(&b, s + i, 1);
			i++;
		}
	}
	return sb_finish(&b, a);
}

char *
fb_strip_annotations(struct arena *a, const char *s)
{
	char *r;
	size_t from = 0, to;

	if (strstr(s, "_In") == NULL && strstr(s, "_Out") == NULL &&
	    strstr(s, "_Contains_") == NULL) {
		to = strlen(s);
		fb_trim(s, &from, &to);
		return arena_strndup(a, s + from, to - from);
	}
	r = strip_one(a, s, "_Contains_");
	r = strip_one(a, r, "_In");
	r = strip_one(a, r, "_Out");
	to = strlen(r);
	fb_trim(r, &from, &to);
	return arena_strndup(a, r + from, to - from);
}

static bool
lua_magic(int c)
{
	return strchr("^$()%.[]*+-?", c) != NULL && c != '\0';
}

/*
 * Does the text hold "_In", "_Out" or "_Contains_" anywhere?  One pass over
 * the underscores instead of three memmem() calls: every argument of a
 * master goes through here.
 */
static bool
has_annotation(const char *s, size_t len)
{
	const char *p = s, *end = s + len;

	while ((p = memchr(p, '_', (size_t)(end - p))) != NULL) {
		size_t left = (size_t)(end - p);

		if ((left >= 3 && memcmp(p, "_In", 3) == 0) ||
		    (left >= 4 && memcmp(p, "_Out", 4) == 0) ||
		    (left >= 10 && memcmp(p, "_Contains_", 10) == 0))
			return true;
		p++;
	}
	return false;
}

bool
fb_read_arg(struct arena *a, const char *line, size_t len, struct fb_arg *out)
{
	size_t from = 0, to = len, nstart, i, tfrom, tto, slen;
	const char *stripped;

	/* util.trim(line), then util.trim(line, ","): "^,+" and ",+$" */
	fb_trim(line, &from, &to);
	while (from < to && line[from] == ',')
		from++;
	while (to > from && line[to - 1] == ',')
		to--;
	out->text = line + from;
	out->text_len = to - from;

	/* stripArgAnnotations(), copying only when there is one */
	if (!has_annotation(out->text, out->text_len)) {
		stripped = out->text;
		slen = out->text_len;
	} else {
		stripped = fb_strip_annotations(a, arena_strndup(a,
		    out->text, out->text_len));
		slen = strlen(stripped);
	}

	/* name: ([^* ]+)$ */
	for (nstart = slen; nstart > 0 && stripped[nstart - 1] != '*' &&
	    stripped[nstart - 1] != ' '; nstart--)
		;
	out->magic = false;
	if (nstart == slen) {
		out->name = out->type = NULL;
		out->name_len = out->type_len = 0;
		return false;
	}
	out->name = stripped + nstart;
	out->name_len = slen - nstart;
	for (i = nstart; i < slen; i++)
		if (lua_magic((unsigned char)stripped[i]))
			out->magic = true;
	/* type: util.trim(scarg:gsub(name .. "$", "")) */
	tfrom = 0;
	tto = nstart;
	fb_trim(stripped, &tfrom, &tto);
	out->type = stripped + tfrom;
	out->type_len = tto - tfrom;
	return true;
}

static bool
lua_alnum_(int c)
{
	return isalnum(c) || c == '_';
}

int
fb_read_func(struct arena *a, const char *line, size_t len,
    const char **ret, const char **name)
{
	size_t i = 0, ws[3] = { 0 }, we[3] = { 0 };
	int n = 0;

	*ret = NULL;
	*name = NULL;
	/* util.split(line, "%S+") */
	while (i < len) {
		while (i < len && fb_space((unsigned char)line[i]))
			i++;
		if (i == len)
			break;
		if (n < 3)
			ws[n] = i;
		while (i < len && !fb_space((unsigned char)line[i]))
			i++;
		if (n < 3)
			we[n] = i;
		n++;
	}
	if (n >= 2) {
		/* scret: words[1], and " *..." for the `*`s opening words[2] */
		size_t k = ws[1], stars = 0;
		char *r;

		while (k < we[1] && line[k] == '*') {
			stars++;
			k++;
		}
		r = arena_alloc(a, we[0] - ws[0] + stars + 2);
		memcpy(r, line + ws[0], we[0] - ws[0]);
		if (stars > 0) {
			r[we[0] - ws[0]] = ' ';
			memset(r + we[0] - ws[0] + 1, '*', stars);
		}
		*ret = r;
		/* words[2]:match("([%w_]+)%(") */
		for (k = ws[1]; k < we[1];) {
			size_t e;

			if (!lua_alnum_((unsigned char)line[k])) {
				k++;
				continue;
			}
			for (e = k; e < we[1] && lua_alnum_((unsigned char)line[e]);
			    e++)
				;
			if (e < we[1] && line[e] == '(') {
				*name = arena_strndup(a, line + k, e - k);
				break;
			}
			k = e;
		}
	}
	return n;
}

/* _Contains[a-z_]*<suffix> anywhere in s. */
static bool
contains_marker(const char *s, const char *suffix)
{
	size_t slen = strlen(suffix);
	const char *p = s, *q, *end;

	while ((p = strstr(p, "_Contains")) != NULL) {
		q = p + 9;
		for (end = q; (*end >= 'a' && *end <= 'z') || *end == '_';
		    end++)
			;
		for (; q + slen <= end; q++)
			if (memcmp(q, suffix, slen) == 0)
				return true;
		p++;
	}
	return false;
}

/* ^word[ ]*$ */
static bool
is_word_then_spaces(const char *s, const char *word)
{
	size_t n = strlen(word);

	if (strncmp(s, word, n) != 0)
		return false;
	for (s += n; *s == ' '; s++)
		;
	return *s == '\0';
}

/* ^long [a-z0-9_]+$ */
static bool
is_long_arg(const char *s)
{
	if (strncmp(s, "long ", 5) != 0 || s[5] == '\0')
		return false;
	for (s += 5; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
		    *s == '_'))
			return false;
	return true;
}

bool
fb_arg_changes_abi(const char *t, unsigned flags)
{
	if ((flags & ABI_LONG_SIZE) && (contains_marker(t, "_long_") ||
	    is_long_arg(t) || strstr(t, "long *") || strstr(t, "size_t *")))
		return true;
	if ((flags & ABI_TIME_T_SIZE) && contains_marker(t, "_timet_"))
		return true;
	if ((flags & ABI_POINTER_SIZE) && (contains_marker(t, "_ptr_") ||
	    strstr(t, "**")))
		return true;
	if ((flags & ABI_PAIR_64BIT) && fb_is_64bit_type(t))
		return true;
	return false;
}

bool
fb_is_ptr_type(const char *type, const char *intptr)
{
	return strchr(type, '*') != NULL || strstr(type, "caddr_t") != NULL ||
	    strstr(type, intptr) != NULL;
}

bool
fb_is_64bit_type(const char *type)
{
	return is_word_then_spaces(type, "dev_t") ||
	    is_word_then_spaces(type, "id_t") ||
	    is_word_then_spaces(type, "off_t");
}

const char *
fb_struct_name(struct arena *a, const char *type)
{
	const char *p = type, *w;
	bool next = false;

	if (!fb_is_ptr_type(type, "intptr_t"))
		return NULL;
	/* for word in type:gmatch("[^ *]+") */
	while (*p) {
		while (*p == ' ' || *p == '*')
			p++;
		if (*p == '\0')
			break;
		for (w = p; *p && *p != ' ' && *p != '*'; p++)
			;
		if (next)
			return arena_strndup(a, w, (size_t)(p - w));
		if (p - w == 6 && memcmp(w, "struct", 6) == 0)
			next = true;
	}
	return NULL;
}

char *
fb_replace_all(struct arena *a, const char *s, const char *from,
    const char *to)
{
	struct sbuf b = { 0 };
	size_t flen = strlen(from), tlen = strlen(to);
	const char *p;

	if (flen == 0 || strstr(s, from) == NULL)
		return (char *)s;
	while ((p = strstr(s, from)) != NULL) {
		sb_add(&b, s, (size_t)(p - s));
		sb_add(&b, to, tlen);
		s = p + flen;
	}
	sb_add(&b, s, strlen(s));
	return sb_finish(&b, a);
}

/* [*][ ]*const[ ]*[*] at p: its length, or 0. */
static size_t
star_const_star(const char *p)
{
	const char *q = p;

	if (*q++ != '*')
		return 0;
	while (*q == ' ')
		q++;
	if (strncmp(q, "const", 5) != 0)
		return 0;
	q += 5;
	while (*q == ' ')
		q++;
	if (*q != '*')
		return 0;
	return (size_t)(q + 1 - p);
}

static bool
is_ptr_array(const char *t)
{
	if (strstr(t, "**") != NULL)
		return true;
	for (; *t; t++)
		if (star_const_star(t) > 0)
			return true;
	return false;
}

/* gsub("(kw [^ ]*)", "%1" .. suffix) */
static const char *
suffix_tagged(struct arena *a, const char *s, const char *kw,
    const char *suffix)
{
	struct sbuf b = { 0 };
	size_t klen = strlen(kw);
	const char *p, *e;

	if (strstr(s, kw) == NULL)
		return s;
	while ((p = strstr(s, kw)) != NULL) {
		for (e = p + klen; *e && *e != ' '; e++)
			;
		sb_add(&b, s, (size_t)(e - s));
		sb_add(&b, suffix, strlen(suffix));
		s = e;
	}
	sb_add(&b, s, strlen(s));
	return sb_finish(&b, a);
}

static const char *
replace_prefix(struct arena *a, const char *s, const char *prefix,
    const char *with)
{
	size_t n = strlen(prefix);

	if (strncmp(s, prefix, n) != 0)
		return s;
	return arena_printf(a, "%s%s", with, s + n);
}

const char *
fb_abi_type(struct arena *a, const char *type, const struct conf *c,
    bool arg_abi_change)
{
	const char *t = type;
	const char *ptr_array = c->abi.ptr_array_t;

	if (c->abi.identity)
		return type;
	t = fb_replace_all(a, t, "intptr_t", c->abi.intptr_t);
	t = fb_replace_all(a, t, "semid_t", c->abi.semid_t);
	if (fb_is_ptr_type(t, "intptr_t")) {
		t = fb_replace_all(a, t, "size_t", c->abi.size_t);
		t = replace_prefix(a, t, "long", c->abi.long_);
		t = replace_prefix(a, t, "u_long", c->abi.u_long);
		t = replace_prefix(a, t, "const u_long", arena_printf(a,
		    "const %s", c->abi.u_long));
	} else if (strcmp(t, "long") == 0) {
		t = c->abi.long_;
	}
	if (is_ptr_array(t) && *ptr_array != '\0') {
		struct sbuf b = { 0 };
		const char *p = t, *star;
		size_t m;

		/* `* const *` -> `**` */
		while (*p) {
			if ((m = star_const_star(p)) > 0) {
				sb_add(&b, "**", 2);
				p += m;
			} else {
				sb_add(&b, p++, 1);
			}
		}
		t = sb_finish(&b, a);
		/* the first [^*]*[*] becomes "<abi_ptr_array_t> " */
		star = strchr(t, '*');
		if (star != NULL)
			t = arena_printf(a, "%s %s", ptr_array, star + 1);
	}
	if (arg_abi_change) {
		const char *suffix = c->abi.type_suffix;

		t = suffix_tagged(a, t, "struct ", suffix);
		t = suffix_tagged(a, t, "union ", suffix);
	}
	return t;
}
