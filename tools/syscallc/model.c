/*
 * model.c — allocation of the model and its growable arrays.
 */
#include "model.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char *const flag_names[F__COUNT] = {
	"STD", "OBSOL", "RESERVED", "UNIMPL", "NODEF", "NOARGS", "NOPROTO",
	"NOSTD", "CAPENABLED", "NOLIB", "NORETURN", "NOTSTATIC", "SYSMUX",
	"COMPAT",
};

const char *
model_flag_name(unsigned bit)
{
	return bit < F__COUNT ? flag_names[bit] : NULL;
}

struct model *
model_new(const struct srcfile *master, struct conf *conf)
{
	struct model *m = calloc(1, sizeof(*m));

	if (m == NULL)
		abort();
	arena_init(&m->arena);
	m->master = master;
	m->conf = conf;
	m->includes = arena_strdup(&m->arena, "");
	m->prolog = "";
	m->epilog = "";
	m->max_num = -1;
	return m;
}

void
model_free(struct model *m)
{
	if (m == NULL)
		return;
	free(m->strings.v);
	free(m->items);
	free(m->entries);
	free(m->syscalls);
	arena_free(&m->arena);
	free(m);
}

/* Double an array's capacity when full. */
static void *
grow(void *v, size_t n, size_t *cap, size_t size)
{
	if (n < *cap)
		return v;
	*cap = *cap ? *cap * 2 : 64;
	v = realloc(v, *cap * size);
	if (v == NULL)
		abort();
	return v;
}

struct item *
model_add_item(struct model *m, enum item_kind kind, const struct srcpos *pos,
    const char *text, size_t len)
{
	struct item *it;

	m->items = grow(m->items, m->nitems, &m->items_cap, sizeof(*it));
	it = &m->items[m->nitems++];
	memset(it, 0, sizeof(*it));
	it->kind = kind;
	it->pos = *pos;
	it->text = text != NULL ? arena_strndup(&m->arena, text, len) : "";
	it->text_len = text != NULL ? len : 0;
	return it;
}

struct entry *
model_add_entry(struct model *m)
{
	struct entry *e;

	m->entries = grow(m->entries, m->nentries, &m->entries_cap,
	    sizeof(*e));
	e = &m->entries[m->nentries++];
	memset(e, 0, sizeof(*e));
	return e;
}

static uint64_t
hash_bytes(const char *s, size_t len)
{
	uint64_t h = 1469598103934665603ULL;	/* FNV-1a */
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

static void
strset_grow(struct strset *set)
{
	size_t ncap = set->cap ? set->cap * 2 : 1024, i, k;
	const char **nv = calloc(ncap, sizeof(*nv));

	if (nv == NULL)
		abort();
	for (i = 0; i < set->cap; i++) {
		const char *s = set->v[i];

		if (s == NULL)
			continue;
		for (k = hash_bytes(s, strlen(s)) & (ncap - 1); nv[k] != NULL;
		    k = (k + 1) & (ncap - 1))
			;
		nv[k] = s;
	}
	free(set->v);
	set->v = nv;
	set->cap = ncap;
}

const char *
model_intern(struct model *m, const char *s, size_t len)
{
	struct strset *set = &m->strings;
	size_t k;
	char *copy;

	if (set->n * 2 >= set->cap)
		strset_grow(set);
	for (k = hash_bytes(s, len) & (set->cap - 1); set->v[k] != NULL;
	    k = (k + 1) & (set->cap - 1))
		if (strncmp(set->v[k], s, len) == 0 && set->v[k][len] == '\0')
			return set->v[k];
	copy = arena_strndup(&m->arena, s, len);
	set->v[k] = copy;
	set->n++;
	return copy;
}
