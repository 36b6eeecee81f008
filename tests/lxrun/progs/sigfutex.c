/*
 * sigfutex.c — a signal caught by a thread that sleeps in FUTEX_WAIT:
 * without SA_RESTART the wait ends with EINTR; with SA_RESTART it goes on
 * (Linux restarts it) and ends only when woken. Signals are sent until the
 * handler has run during the wait; handshakes by futex words only.
 */
#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static volatile uint32_t word, waiting_tid, handled, eintr, woken;

static void
on_usr1(int sig)
{

	(void)sig;
	__atomic_add_fetch(&handled, 1, __ATOMIC_SEQ_CST);
}

static void *
waiter(void *arg)
{
	long r;

	(void)arg;
	__atomic_store_n(&waiting_tid, (uint32_t)syscall(SYS_gettid),
	    __ATOMIC_SEQ_CST);
	while (__atomic_load_n(&word, __ATOMIC_SEQ_CST) == 0) {
		r = syscall(SYS_futex, &word, FUTEX_WAIT_PRIVATE, 0, NULL,
		    NULL, 0);
		if (r == -1 && errno == EINTR)
			__atomic_store_n(&eintr, 1, __ATOMIC_SEQ_CST);
		else if (r == 0)
			__atomic_store_n(&woken, 1, __ATOMIC_SEQ_CST);
		if (eintr)
			break;
	}
	return (NULL);
}

static void
poke_until(volatile uint32_t *flag, uint32_t at_least)
{
	struct timespec ms = { 0, 1000000 };
	uint32_t seen;

	while ((seen = __atomic_load_n(flag, __ATOMIC_SEQ_CST)) < at_least) {
		syscall(SYS_tgkill, getpid(), waiting_tid, SIGUSR1);
		syscall(SYS_futex, flag, FUTEX_WAIT_PRIVATE, seen, &ms, NULL,
		    0);
	}
}

static void
run(int restart)
{
	struct sigaction sa;
	pthread_t t;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1;
	sa.sa_flags = restart ? SA_RESTART : 0;
	sigaction(SIGUSR1, &sa, NULL);
	word = waiting_tid = handled = eintr = woken = 0;
	pthread_create(&t, NULL, waiter, NULL);
	while (__atomic_load_n(&waiting_tid, __ATOMIC_SEQ_CST) == 0)
		sched_yield();
	if (!restart)
		poke_until(&eintr, 1);	/* a signal landed in the wait */
	else
		poke_until(&handled, 5);	/* several did; no EINTR */
	__atomic_store_n(&word, 1, __ATOMIC_SEQ_CST);
	syscall(SYS_futex, &word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
	pthread_join(t, NULL);
	printf("%s: eintr=%u handled>0=%d\n", restart ? "SA_RESTART" :
	    "no SA_RESTART", eintr, handled > 0);
}

int
main(void)
{

	run(0);
	run(1);
	return (0);
}
