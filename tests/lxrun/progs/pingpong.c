/*
 * pingpong.c — two threads hand a token back and forth through a futex
 * word, ROUNDS times (argv[1], default 20000): every round is a wake and
 * a wait on each side, the worst case for a tracer (all syscalls trapped,
 * each one a context switch). Prints the rounds and the elapsed seconds.
 */
#include <linux/futex.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static volatile uint32_t turn;	/* 0: ping's, 1: pong's */
static long rounds = 20000;

static void
pass(uint32_t me)
{

	__atomic_store_n(&turn, !me, __ATOMIC_RELEASE);
	syscall(SYS_futex, &turn, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
	while (__atomic_load_n(&turn, __ATOMIC_ACQUIRE) != me)
		syscall(SYS_futex, &turn, FUTEX_WAIT_PRIVATE, !me, NULL, NULL,
		    0);
}

static void *
pong(void *arg)
{
	long i;

	(void)arg;
	while (__atomic_load_n(&turn, __ATOMIC_ACQUIRE) != 1)
		syscall(SYS_futex, &turn, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
	for (i = 0; i < rounds; i++)
		pass(1);
	return (NULL);
}

int
main(int argc, char **argv)
{
	struct timespec t0, t1;
	pthread_t t;
	long i;

	if (argc > 1)
		rounds = atol(argv[1]);
	pthread_create(&t, NULL, pong, NULL);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (i = 0; i < rounds; i++)
		pass(0);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	/* Let pong finish its last wait. */
	__atomic_store_n(&turn, 1, __ATOMIC_RELEASE);
	syscall(SYS_futex, &turn, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
	pthread_join(t, NULL);
	printf("rounds %ld seconds %.6f\n", rounds,
	    (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
	return (0);
}
