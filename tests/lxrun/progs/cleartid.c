/*
 * cleartid.c — CLONE_CHILD_CLEARTID is written only once the thread is
 * done with its stack: a joiner that unmaps the stack the moment
 * pthread_join returns must never pull it from under a running thread.
 * 300 threads on stacks of our own, each unmapped right after the join.
 */
#include <pthread.h>
#include <stdio.h>
#include <sys/mman.h>

#define	STACK	(64 * 1024)

static void *
worker(void *arg)
{
	volatile char buf[4096];
	int i;

	for (i = 0; i < (int)sizeof(buf); i++)
		buf[i] = (char)i;
	return (arg);
}

int
main(void)
{
	pthread_attr_t a;
	pthread_t t;
	void *stack, *ret;
	int i, ok = 0;

	for (i = 0; i < 300; i++) {
		stack = mmap(NULL, STACK, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (stack == MAP_FAILED)
			return (2);
		pthread_attr_init(&a);
		pthread_attr_setstack(&a, stack, STACK);
		if (pthread_create(&t, &a, worker, (void *)(long)i) != 0)
			return (2);
		pthread_join(t, &ret);
		munmap(stack, STACK);
		ok += ret == (void *)(long)i;
		pthread_attr_destroy(&a);
	}
	printf("joined %d threads, stacks unmapped at once\n", ok);
	return (ok == 300 ? 0 : 1);
}
