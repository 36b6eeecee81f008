/*
 * wakeop.c — FUTEX_WAKE_OP's atomic add on a word that other threads
 * increment with lock xadd at the same time: no update may be lost.
 */
#include <linux/futex.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

#define	OPS	3000

static volatile uint32_t counter, dummy, stop;
static uint32_t adds[2];

static void *
adder(void *arg)
{
	uint32_t *mine = arg;

	while (!__atomic_load_n(&stop, __ATOMIC_ACQUIRE)) {
		__atomic_fetch_add(&counter, 1, __ATOMIC_SEQ_CST);
		(*mine)++;
	}
	return (NULL);
}

int
main(void)
{
	pthread_t t[2];
	uint32_t expect;
	int i;

	for (i = 0; i < 2; i++)
		pthread_create(&t[i], NULL, adder, &adds[i]);
	for (i = 0; i < OPS; i++)
		/* counter += 1; wake on dummy; compare with 0 (never). */
		syscall(SYS_futex, &dummy, FUTEX_WAKE_OP_PRIVATE, 1, 0,
		    &counter, FUTEX_OP(FUTEX_OP_ADD, 1, FUTEX_OP_CMP_LT, 0));
	__atomic_store_n(&stop, 1, __ATOMIC_RELEASE);
	for (i = 0; i < 2; i++)
		pthread_join(t[i], NULL);
	expect = adds[0] + adds[1] + OPS;
	printf("wake-op adds lost: %u\n", expect - counter);
	return (counter == expect ? 0 : 1);
}
