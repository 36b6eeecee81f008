/*
 * arena.c — bump allocation in growing blocks.
 */
#include "arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_MIN_BLOCK	(64 * 1024)
#define ARENA_ALIGN	16

struct arena_block {
	struct arena_block	*next;
	size_t			 size;
	_Alignas(ARENA_ALIGN) unsigned char data[];
};

void
arena_init(struct arena *a)
{
	a->head = NULL;
	a->used = a->size = 0;
}

void
arena_free(struct arena *a)
{
	struct arena_block *b, *next;

	for (b = a->head; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	arena_init(a);
}

void *
arena_alloc(struct arena *a, size_t n)
{
	struct arena_block *b;
	size_t want;
	void *p;

	n = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
	if (a->head == NULL || a->size - a->used < n) {
		/* Blocks double so a 100,000-entry master needs few mallocs. */
		want = a->size * 2;
		if (want < ARENA_MIN_BLOCK)
			want = ARENA_MIN_BLOCK;
		if (want < n)
			want = n;
		b = malloc(sizeof(*b) + want);
		if (b == NULL) {
			fputs("syscallc: out of memory\n", stderr);
			abort();
		}
		b->next = a->head;
		b->size = want;
		a->head = b;
		a->size = want;
		a->used = 0;
	}
	p = a->head->data + a->used;
	a->used += n;
	memset(p, 0, n);
	return p;
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *
arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap, ap2;
	int n;
	char *p;

	va_start(ap, fmt);
	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	p = arena_alloc(a, (size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap2);
	va_end(ap2);
	return p;
}

size_t arena_total(struct arena *a);
size_t
arena_total(struct arena *a)
{
	struct arena_block *b;
	size_t n = 0;

	for (b = a->head; b != NULL; b = b->next)
		n += b == a->head ? a->used : b->size;
	return n;
}
