/*
 * helpers.h — shared by syscallc's unit tests: capture what a function
 * prints into a string, so tests compare whole diagnostics exactly.
 */
#ifndef SYSCALLC_TEST_HELPERS_H
#define SYSCALLC_TEST_HELPERS_H

#include <stdio.h>
#include <stdlib.h>

struct capture {
	FILE	*fp;
	char	*buf;
	size_t	 len;
};

static inline void
capture_open(struct capture *c)
{
	c->buf = NULL;
	c->len = 0;
	c->fp = open_memstream(&c->buf, &c->len);
}

/* Flush and return everything written so far (owned by c). */
static inline const char *
capture_text(struct capture *c)
{
	fflush(c->fp);
	return c->buf != NULL ? c->buf : "";
}

static inline void
capture_close(struct capture *c)
{
	fclose(c->fp);
	free(c->buf);
	c->buf = NULL;
}

#endif /* SYSCALLC_TEST_HELPERS_H */
