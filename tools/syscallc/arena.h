/*
 * arena.h — a bump allocator for everything a compilation keeps until it
 * ends (model nodes, strings).  One arena per compilation; freeing the arena
 * frees the model, so no node needs its own destructor.
 */
#ifndef SYSCALLC_ARENA_H
#define SYSCALLC_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block	*head;
	size_t			 used;	/* bytes used in head */
	size_t			 size;	/* bytes available in head */
};

void	 arena_init(struct arena *a);
void	 arena_free(struct arena *a);

/* Zeroed, aligned for any type; aborts the process when memory runs out
 * (there is nothing useful a compiler can do without memory, and callers
 * stay simple). */
void	*arena_alloc(struct arena *a, size_t n);

/* NUL-terminated copies. */
char	*arena_strndup(struct arena *a, const char *s, size_t n);
char	*arena_strdup(struct arena *a, const char *s);
char	*arena_printf(struct arena *a, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

#endif /* SYSCALLC_ARENA_H */
