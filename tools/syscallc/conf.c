/*
 * conf.c — reading syscalls.conf the way FreeBSD's generator does.
 *
 * FreeBSD matches each line against the Lua pattern
 *     ^([%w%p]+%s*)=(%s*[`"]?[^"`]*[`"]?)
 * after blanking lines that start with optional blanks and `#`.  The
 * consequences this file reproduces (docs/syscallc.md lists them):
 *   - a key is a run of letters, digits and punctuation starting in column 1
 *     (an indented line is malformed);
 *   - a "double-quoted" value may hold blanks and may be followed by a
 *     # comment, nothing else; the quotes are stripped;
 *   - an unquoted (or `backquoted`) value is cut at the first `#`, must not
 *     hold blanks, and keeps its backquotes;
 *   - a key set twice keeps its last value; unknown keys are accepted (old
 *     confs carry `sysvec`), which syscallc reports as a warning.
 */
#include "conf.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "check_tables.h"
#include "diag.h"

/* FreeBSD's compat set "native" (config.lua). There is no COMPAT15. */
static const struct compat_option native_compat[] = {
	{ "COMPAT_43", 3, "COMPAT", "o", "old" },
	{ "COMPAT_FREEBSD4", 4, "COMPAT4", "freebsd4_", "freebsd4" },
	{ "COMPAT_FREEBSD6", 6, "COMPAT6", "freebsd6_", "freebsd6" },
	{ "COMPAT_FREEBSD7", 7, "COMPAT7", "freebsd7_", "freebsd7" },
	{ "COMPAT_FREEBSD10", 10, "COMPAT10", "freebsd10_", "freebsd10" },
	{ "COMPAT_FREEBSD11", 11, "COMPAT11", "freebsd11_", "freebsd11" },
	{ "COMPAT_FREEBSD12", 12, "COMPAT12", "freebsd12_", "freebsd12" },
	{ "COMPAT_FREEBSD13", 13, "COMPAT13", "freebsd13_", "freebsd13" },
	{ "COMPAT_FREEBSD14", 14, "COMPAT14", "freebsd14_", "freebsd14" },
};

/*
 * The keys that change how syscalls are derived, with FreeBSD's defaults.
 * Output keys (syssw, sysproto...) and keys only one output uses
 * (switchname...) are declared by the templates instead.
 */
static const struct {
	const char	*key;
	const char	*dflt;	/* NULL: unset by default */
} semantic_keys[] = {
	{ "syscallprefix", "SYS_" },
	{ "abi_flags", "" },
	{ "abi_func_prefix", "" },
	{ "abi_type_suffix", "" },
	{ "abi_long", "long" },
	{ "abi_u_long", "u_long" },
	{ "abi_semid_t", "semid_t" },
	{ "abi_size_t", "size_t" },
	{ "abi_ptr_array_t", "" },
	{ "abi_headers", "" },
	{ "abi_intptr_t", "intptr_t" },
	{ "obsol", "" },
	{ "unimpl", "" },
	{ "syscall_abi_change", "" },
	{ "syscall_no_abi_change", "" },
	{ "compat_set", "native" },
	{ "mincompat", "0" },
};

#define NSEMANTIC	(sizeof(semantic_keys) / sizeof(semantic_keys[0]))

static const char *const abi_flag_names[] = {
	"long_size", "time_t_size", "pointer_args", "pointer_size",
	"pair_64bit",
};

const char *
conf_default(const char *key)
{
	size_t i;

	for (i = 0; i < NSEMANTIC; i++)
		if (strcmp(semantic_keys[i].key, key) == 0)
			return semantic_keys[i].dflt;
	return NULL;
}

bool
conf_is_semantic_key(const char *key)
{
	size_t i;

	for (i = 0; i < NSEMANTIC; i++)
		if (strcmp(semantic_keys[i].key, key) == 0)
			return true;
	return false;
}

void
conf_foreach_semantic_key(void (*fn)(void *arg, const char *key,
    const char *dflt), void *arg)
{
	size_t i;

	for (i = 0; i < NSEMANTIC; i++)
		fn(arg, semantic_keys[i].key, semantic_keys[i].dflt);
}

/* Lua's %s: space, \t, \n, \v, \f, \r. */
static bool
lua_space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Lua's %w and %p in the C locale. */
static bool
lua_wordpunct(int c)
{
	return isalnum(c) || ispunct(c);
}

static struct conf_kv *
add_kv(struct conf *c)
{
	if (c->nkv == c->kv_cap) {
		size_t ncap = c->kv_cap ? c->kv_cap * 2 : 16;
		struct conf_kv *nkv = realloc(c->kv, ncap * sizeof(*nkv));

		if (nkv == NULL)
			abort();
		c->kv = nkv;
		c->kv_cap = ncap;
	}
	memset(&c->kv[c->nkv], 0, sizeof(c->kv[0]));
	return &c->kv[c->nkv++];
}

static void
trim_span(const char *s, size_t *from, size_t *to)
{
	while (*from < *to && lua_space((unsigned char)s[*from]))
		(*from)++;
	while (*to > *from && lua_space((unsigned char)s[*to - 1]))
		(*to)--;
}

/* One line; s is not NUL-terminated at len. */
static void
parse_line(struct conf *c, struct diag *d, const char *s, size_t len,
    int lineno)
{
	size_t i, r, eq, kfrom, kto, vstart, v, vfrom, vto, t;
	struct srcpos line = srcpos_make(c->file, lineno, 1, (int)len);
	struct conf_kv *kv;

	/* ^%s*#.* blanks the whole line. */
	for (i = 0; i < len && lua_space((unsigned char)s[i]); i++)
		;
	if (i == len || s[i] == '#')
		return;

	/* The key: a run of %w%p from column 1, then %s*, then `=`. */
	for (r = 0; r < len && lua_wordpunct((unsigned char)s[r]); r++)
		;
	for (i = r; i < len && lua_space((unsigned char)s[i]); i++)
		;
	if (r > 0 && i < len && s[i] == '=') {
		eq = i;
	} else {
		/* Backtracking: the last `=` inside the run (not first). */
		for (eq = r; eq > 1 && s[eq - 1] != '='; eq--)
			;
		if (eq <= 1) {
			diag_report(d, &conf_checks[CC_SYNTAX], &line,
			    "not a key=value line");
			return;
		}
		eq--;
	}
	kfrom = 0;
	kto = eq;
	trim_span(s, &kfrom, &kto);

	/* The value: %s*, one optional quote, non-quotes, one optional quote. */
	v = eq + 1;
	vstart = v;
	while (v < len && lua_space((unsigned char)s[v]))
		v++;
	if (v < len && (s[v] == '"' || s[v] == '`'))
		v++;
	while (v < len && s[v] != '"' && s[v] != '`')
		v++;
	if (v < len && (s[v] == '"' || s[v] == '`'))
		v++;
	vfrom = vstart;
	vto = v;
	trim_span(s, &vfrom, &vto);

	if (vfrom < vto && s[vfrom] == '"') {
		/* After the closing quote only blanks and a # comment. */
		for (t = v; t < len && s[t] != '#'; t++)
			if (!lua_space((unsigned char)s[t])) {
				struct srcpos p = srcpos_make(c->file, lineno,
				    (int)t + 1, (int)(len - t));

				diag_report(d, &conf_checks[CC_SYNTAX], &p,
				    "text after the quoted value");
				return;
			}
		while (vfrom < vto && s[vfrom] == '"')
			vfrom++;
		while (vto > vfrom && s[vto - 1] == '"')
			vto--;
	} else {
		size_t hash;

		for (hash = vfrom; hash < vto && s[hash] != '#'; hash++)
			;
		vto = hash;
		trim_span(s, &vfrom, &vto);
		for (t = vfrom; t < vto; t++)
			if (lua_space((unsigned char)s[t])) {
				struct srcpos p = srcpos_make(c->file, lineno,
				    (int)vfrom + 1, (int)(vto - vfrom));

				diag_report(d, &conf_checks[CC_SYNTAX], &p,
				    "an unquoted value cannot contain blanks");
				return;
			}
		/* FreeBSD silently drops what follows a stray quote. */
		for (t = v; t < len && s[t] != '#'; t++)
			if (!lua_space((unsigned char)s[t])) {
				struct srcpos p = srcpos_make(c->file, lineno,
				    (int)t + 1, (int)(len - t));

				diag_report(d, &conf_checks[CC_SYNTAX], &p,
				    "text after the value (FreeBSD's generator "
				    "ignores it)");
				return;
			}
	}

	kv = add_kv(c);
	kv->key = arena_strndup(&c->arena, s + kfrom, kto - kfrom);
	kv->value = arena_strndup(&c->arena, s + vfrom, vto - vfrom);
	kv->pos = line;
	kv->key_pos = srcpos_make(c->file, lineno, (int)kfrom + 1,
	    (int)(kto - kfrom));
	kv->value_pos = srcpos_make(c->file, lineno, (int)vfrom + 1,
	    (int)(vto - vfrom));
}

struct conf *
conf_parse(const struct srcfile *file, struct diag *d)
{
	struct conf *c = calloc(1, sizeof(*c));
	size_t l, i, k;

	if (c == NULL)
		abort();
	arena_init(&c->arena);
	c->file = file;
	if (file == NULL)
		return c;
	for (l = 0; l < file->nlines; l++) {
		size_t len;
		const char *s = srcfile_line(file, (int)l + 1, &len);

		if (l + 1 == file->nlines && len == 0)
			break;
		parse_line(c, d, s, len, (int)l + 1);
	}
	/* Mark lines whose key is set again later; report the repeat. */
	for (i = 0; i < c->nkv; i++)
		for (k = i + 1; k < c->nkv; k++)
			if (strcmp(c->kv[i].key, c->kv[k].key) == 0) {
				c->kv[i].overridden = true;
				if (diag_report(d,
				    &conf_checks[CC_DUPLICATE_KEY],
				    &c->kv[k].key_pos,
				    "'%s' is set again; this value wins",
				    c->kv[k].key))
					diag_note(d, &c->kv[i].key_pos,
					    "previous value here");
				break;
			}
	return c;
}

void
conf_free(struct conf *c)
{
	if (c == NULL)
		return;
	arena_free(&c->arena);
	free(c->kv);
	free(c);
}

const struct conf_kv *
conf_find(const struct conf *c, const char *key)
{
	size_t i;

	for (i = c->nkv; i > 0; i--)
		if (strcmp(c->kv[i - 1].key, key) == 0)
			return &c->kv[i - 1];
	return NULL;
}

const char *
conf_get(const struct conf *c, const char *key)
{
	const struct conf_kv *kv = conf_find(c, key);

	return kv != NULL ? kv->value : conf_default(key);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* FreeBSD splits these lists on single spaces ("[^ ]+"). */
static void
split_set(struct conf *c, struct name_set *set, const char *key)
{
	const struct conf_kv *kv = conf_find(c, key);
	const char *s, *p;
	size_t n = 0, i = 0;

	set->kv = kv;
	set->names = NULL;
	set->n = 0;
	if (kv == NULL)
		return;
	for (s = kv->value; *s; s = p) {
		while (*s == ' ')
			s++;
		for (p = s; *p && *p != ' '; p++)
			;
		if (p > s)
			n++;
	}
	set->names = arena_alloc(&c->arena, (n ? n : 1) * sizeof(char *));
	for (s = kv->value; *s; s = p) {
		while (*s == ' ')
			s++;
		for (p = s; *p && *p != ' '; p++)
			;
		if (p > s)
			set->names[i++] = arena_strndup(&c->arena, s,
			    (size_t)(p - s));
	}
	qsort(set->names, n, sizeof(char *), cmp_str);
	set->n = n;
}

bool
name_set_has(const struct name_set *s, const char *name)
{
	return s->n > 0 && bsearch(&name, s->names, s->n, sizeof(char *),
	    cmp_str) != NULL;
}

void
conf_derive(struct conf *c, struct diag *d)
{
	const struct conf_kv *kv;
	const char *s, *p;
	size_t i;

	c->abi_flags = 0;
	c->abi_any = false;
	if ((kv = conf_find(c, "abi_flags")) != NULL) {
		for (s = kv->value; *s; s = p) {
			while (*s == '|')
				s++;
			for (p = s; *p && *p != '|'; p++)
				;
			if (p == s)
				continue;
			c->abi_any = true;
			for (i = 0; i < 5; i++)
				if (strlen(abi_flag_names[i]) ==
				    (size_t)(p - s) &&
				    strncmp(abi_flag_names[i], s,
				    (size_t)(p - s)) == 0)
					break;
			if (i < 5) {
				c->abi_flags |= 1u << i;
			} else {
				struct srcpos pos = kv->value_pos;

				pos.first_column += (int)(s - kv->value);
				pos.last_column = pos.first_column +
				    (int)(p - s);
				diag_report(d,
				    &conf_checks[CC_UNKNOWN_ABI_FLAG], &pos,
				    "unknown ABI flag '%.*s' (it still turns "
				    "on ABI translation, as in FreeBSD)",
				    (int)(p - s), s);
			}
		}
	}

	c->abi.intptr_t = conf_get(c, "abi_intptr_t");
	c->abi.semid_t = conf_get(c, "abi_semid_t");
	c->abi.size_t = conf_get(c, "abi_size_t");
	c->abi.long_ = conf_get(c, "abi_long");
	c->abi.u_long = conf_get(c, "abi_u_long");
	c->abi.ptr_array_t = conf_get(c, "abi_ptr_array_t");
	c->abi.type_suffix = conf_get(c, "abi_type_suffix");
	c->abi.func_prefix = conf_get(c, "abi_func_prefix");
	c->abi.identity = !c->abi_any &&
	    strcmp(c->abi.intptr_t, "intptr_t") == 0 &&
	    strcmp(c->abi.semid_t, "semid_t") == 0 &&
	    strcmp(c->abi.size_t, "size_t") == 0 &&
	    strcmp(c->abi.long_, "long") == 0 &&
	    strcmp(c->abi.u_long, "u_long") == 0 &&
	    *c->abi.ptr_array_t == '\0';

	split_set(c, &c->obsol, "obsol");
	split_set(c, &c->unimpl, "unimpl");
	split_set(c, &c->abi_change, "syscall_abi_change");
	split_set(c, &c->no_abi_change, "syscall_no_abi_change");

	c->compat = NULL;
	c->ncompat = 0;
	s = conf_get(c, "compat_set");
	if (strcmp(s, "native") == 0) {
		c->compat = native_compat;
		c->ncompat = sizeof(native_compat) / sizeof(native_compat[0]);
	} else if (*s != '\0') {
		kv = conf_find(c, "compat_set");
		diag_report(d, &conf_checks[CC_UNKNOWN_COMPAT_SET],
		    kv ? &kv->value_pos : NULL,
		    "unknown compat set '%s' (known: \"native\" and \"\")", s);
	}

	c->mincompat = 0;
	s = conf_get(c, "mincompat");
	{
		char *end;
		long v;

		errno = 0;
		v = strtol(s, &end, 10);
		if (*s == '\0' || *end != '\0' || errno != 0 || v < 0) {
			kv = conf_find(c, "mincompat");
			diag_report(d, &conf_checks[CC_BAD_VALUE],
			    kv ? &kv->value_pos : NULL,
			    "mincompat must be a decimal number, not '%s'", s);
		} else {
			c->mincompat = v;
		}
	}
}

void
conf_check_keys(const struct conf *c, struct diag *d,
    bool (*known)(void *arg, const char *key), void *arg)
{
	size_t i;

	for (i = 0; i < c->nkv; i++) {
		const struct conf_kv *kv = &c->kv[i];

		if (conf_is_semantic_key(kv->key) || known(arg, kv->key))
			continue;
		diag_report(d, &conf_checks[CC_UNKNOWN_KEY], &kv->key_pos,
		    "unknown key '%s' (no template or option uses it)",
		    kv->key);
	}
}

void
conf_set(struct conf *c, const char *key, const char *value)
{
	struct conf_kv *kv = add_kv(c);

	kv->key = arena_strdup(&c->arena, key);
	kv->value = arena_strdup(&c->arena, value);
}
