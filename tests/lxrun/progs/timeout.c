/*
 * timeout.c — futex waits that nobody wakes end with ETIMEDOUT, and never
 * before their deadline: a relative FUTEX_WAIT and an absolute
 * FUTEX_WAIT_BITSET on CLOCK_REALTIME.
 */
#include <errno.h>
#include <linux/futex.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define	WAIT_NS	20000000LL	/* 20 ms */

static int64_t
now_ns(clockid_t c)
{
	struct timespec ts;

	clock_gettime(c, &ts);
	return ((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

int
main(void)
{
	uint32_t word = 0;
	struct timespec ts;
	int64_t t0, t1, dl;
	long r;

	ts.tv_sec = 0;
	ts.tv_nsec = WAIT_NS;
	t0 = now_ns(CLOCK_MONOTONIC);
	r = syscall(SYS_futex, &word, FUTEX_WAIT_PRIVATE, 0, &ts, NULL, 0);
	t1 = now_ns(CLOCK_MONOTONIC);
	if (r != -1 || errno != ETIMEDOUT || t1 - t0 < WAIT_NS) {
		printf("relative: r=%ld errno=%d waited=%lld ns\n", r, errno,
		    (long long)(t1 - t0));
		return (1);
	}
	dl = now_ns(CLOCK_REALTIME) + WAIT_NS;
	ts.tv_sec = dl / 1000000000;
	ts.tv_nsec = dl % 1000000000;
	r = syscall(SYS_futex, &word, FUTEX_WAIT_BITSET_PRIVATE |
	    FUTEX_CLOCK_REALTIME, 0, &ts, NULL, FUTEX_BITSET_MATCH_ANY);
	t1 = now_ns(CLOCK_REALTIME);
	if (r != -1 || errno != ETIMEDOUT || t1 < dl) {
		printf("absolute: r=%ld errno=%d early by %lld ns\n", r, errno,
		    (long long)(dl - t1));
		return (1);
	}
	/* A value mismatch never sleeps. */
	r = syscall(SYS_futex, &word, FUTEX_WAIT_PRIVATE, 1, &ts, NULL, 0);
	if (r != -1 || errno != EAGAIN) {
		printf("mismatch: r=%ld errno=%d\n", r, errno);
		return (1);
	}
	printf("timeouts ok\n");
	return (0);
}
