/*
 * atomics.c — the tracer's atomic operations on this program's memory
 * (mock runtime hook syscall) against a thread that increments the same
 * word with lock xadd at the same time: no update may be lost. Also checks
 * each operation's old value and result, and EFAULT on a bad address.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "mock_runtime.h"

#define	HOOK_ADDS	2000

static volatile uint32_t word;
static volatile int go, stop;
static uint32_t thread_adds;

static long
hook(int op, volatile uint32_t *p, uint32_t a, uint32_t b)
{

	return (syscall(MOCK_NR_HOOK, op, p, a, b));
}

static void *
adder(void *arg)
{

	(void)arg;
	while (!__atomic_load_n(&go, __ATOMIC_ACQUIRE))
		;
	/* Runs for as long as the tracer works on the same word. */
	while (!__atomic_load_n(&stop, __ATOMIC_ACQUIRE)) {
		__atomic_fetch_add(&word, 1, __ATOMIC_SEQ_CST);
		thread_adds++;
	}
	return (NULL);
}

#define	CHECK(cond) do {						\
	if (!(cond)) {							\
		printf("FAILED: %s (line %d)\n", #cond, __LINE__);	\
		return (1);						\
	}								\
} while (0)

int
main(void)
{
	pthread_t t;
	uint32_t w;
	int i;

	w = 5;
	CHECK(hook(MOCK_HOOK_CAS, &w, 5, 9) == 5 && w == 9);
	CHECK(hook(MOCK_HOOK_CAS, &w, 5, 7) == 9 && w == 9);
	CHECK(hook(MOCK_HOOK_XCHG, &w, 3, 0) == 9 && w == 3);
	CHECK(hook(MOCK_HOOK_OR, &w, 0xf0, 0) == 3 && w == 0xf3);
	CHECK(hook(MOCK_HOOK_AND, &w, 0x0f, 0) == 0xf3 && w == 0x03);
	CHECK(hook(MOCK_HOOK_XOR, &w, 0x01, 0) == 0x03 && w == 0x02);
	CHECK(hook(MOCK_HOOK_ADD, &w, 40, 0) == 2 && w == 42);
	CHECK(hook(MOCK_HOOK_ADD, (uint32_t *)8, 1, 0) == -1);

	if (pthread_create(&t, NULL, adder, NULL) != 0)
		return (2);
	__atomic_store_n(&go, 1, __ATOMIC_RELEASE);
	for (i = 0; i < HOOK_ADDS; i++)
		hook(MOCK_HOOK_ADD, &word, 1, 0);
	__atomic_store_n(&stop, 1, __ATOMIC_RELEASE);
	pthread_join(t, NULL);
	printf("lost updates: %u\n", thread_adds + HOOK_ADDS - word);
	CHECK(word == thread_adds + HOOK_ADDS);
	return (0);
}
