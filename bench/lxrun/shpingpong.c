/*
 * shpingpong.c — the futex ping-pong of tests/lxrun/progs/pingpong.c
 * between two processes: the token lives in a MAP_SHARED|MAP_ANONYMOUS
 * page and the futex calls are shared (no FUTEX_PRIVATE_FLAG), so that
 * every wait and wake needs the key of the memory behind the address —
 * what lxrun's key cache answers (runtime/host/tracer/tr_keycache.c).
 * ROUNDS (argv[1], default 20000) round trips; prints the rounds and the
 * elapsed seconds of the parent's side.
 */
#include <linux/futex.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile uint32_t *turn;	/* 0: ping's, 1: pong's */

static void
pass(uint32_t me)
{

	__atomic_store_n(turn, !me, __ATOMIC_RELEASE);
	syscall(SYS_futex, turn, FUTEX_WAKE, 1, NULL, NULL, 0);
	while (__atomic_load_n(turn, __ATOMIC_ACQUIRE) != me)
		syscall(SYS_futex, turn, FUTEX_WAIT, !me, NULL, NULL, 0);
}

int
main(int argc, char **argv)
{
	struct timespec t0, t1;
	long i, rounds = 20000;
	pid_t p;
	int st;

	if (argc > 1)
		rounds = atol(argv[1]);
	turn = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
	    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (turn == MAP_FAILED)
		return (2);
	if ((p = fork()) == 0) {
		while (__atomic_load_n(turn, __ATOMIC_ACQUIRE) != 1)
			syscall(SYS_futex, turn, FUTEX_WAIT, 0, NULL, NULL, 0);
		for (i = 0; i < rounds; i++)
			pass(1);
		_exit(0);
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (i = 0; i < rounds; i++)
		pass(0);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	/* Let pong finish its last wait. */
	__atomic_store_n(turn, 1, __ATOMIC_RELEASE);
	syscall(SYS_futex, turn, FUTEX_WAKE, 1, NULL, NULL, 0);
	if (waitpid(p, &st, 0) != p || !WIFEXITED(st) || WEXITSTATUS(st) != 0)
		return (1);
	printf("rounds %ld seconds %.6f\n", rounds,
	    (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
	return (0);
}
