/*
 * threads.c — a pthread workout: contended mutex increments, a condition
 * variable ping-pong, joins. Exits 0 and prints the counts only when every
 * count is what the program itself computed it must be.
 *
 *   threads [SCALE]    SCALE times the work (default 1; the benchmark
 *                      makes it last a second)
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define	NTHREADS	4
#define	INCREMENTS	20000
#define	ROUNDS		2000

static long scale = 1;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static long counter;
static int turn;
static long rounds_done;

static void *
incrementer(void *arg)
{
	long i;

	(void)arg;
	for (i = 0; i < INCREMENTS * scale; i++) {
		pthread_mutex_lock(&lock);
		counter++;
		pthread_mutex_unlock(&lock);
	}
	return (NULL);
}

static void *
player(void *arg)
{
	int me = (int)(long)arg;
	long i;

	for (i = 0; i < ROUNDS * scale; i++) {
		pthread_mutex_lock(&lock);
		while (turn != me)
			pthread_cond_wait(&cond, &lock);
		turn = !me;
		rounds_done++;
		pthread_cond_broadcast(&cond);
		pthread_mutex_unlock(&lock);
	}
	return (NULL);
}

int
main(int argc, char **argv)
{
	pthread_t t[NTHREADS], p[2];
	int i;

	if (argc > 1 && (scale = atol(argv[1])) < 1)
		return (2);
	for (i = 0; i < NTHREADS; i++)
		if (pthread_create(&t[i], NULL, incrementer, NULL) != 0)
			return (2);
	for (i = 0; i < 2; i++)
		if (pthread_create(&p[i], NULL, player, (void *)(long)i) != 0)
			return (2);
	for (i = 0; i < NTHREADS; i++)
		pthread_join(t[i], NULL);
	for (i = 0; i < 2; i++)
		pthread_join(p[i], NULL);
	printf("counter=%ld rounds=%ld\n", counter, rounds_done);
	return (counter == (long)NTHREADS * INCREMENTS * scale &&
	    rounds_done == 2 * ROUNDS * scale ? 0 : 1);
}
