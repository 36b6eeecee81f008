/*
 * engine_io.c — the engine's small libc-side helpers (engine_libc.h).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "engine_libc.h"

FILE *
lx_open_log(const char *path)
{
	FILE *f;

	if ((f = fopen(path, "a")) == NULL)
		fprintf(stderr, "lxrun: --log: %s: %s\n", path,
		    strerror(errno));
	return (f);
}
