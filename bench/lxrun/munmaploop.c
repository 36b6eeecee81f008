/*
 * munmaploop.c — the worst case for lxrun's trapped munmap (the key
 * cache's invalidation, runtime/host/tracer/tr_keycache.c): N times
 * (argv[1], default 100000) malloc a block above glibc's mmap threshold,
 * touch it, free it — one mmap (native: not MAP_FIXED) and one munmap
 * (stopped at entry and exit) per iteration, and nothing else.
 */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(int argc, char **argv)
{
	long i, n = 100000;
	unsigned sum = 0;
	char *p;

	if (argc > 1)
		n = atol(argv[1]);
	/* A fixed threshold: glibc would otherwise raise it to the size of
	   the first block freed and serve the rest from the heap. */
	mallopt(M_MMAP_THRESHOLD, 64 << 10);
	for (i = 0; i < n; i++) {
		if ((p = malloc(256 << 10)) == NULL)
			return (1);
		p[i & 4095] = (char)i;
		sum += (unsigned char)p[i & 4095];
		free(p);
	}
	printf("%ld blocks, checksum %u\n", n, sum);
	return (0);
}
