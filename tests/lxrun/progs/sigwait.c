/*
 * sigwait.c — a signal sent to a thread that sleeps in a futex wait is
 * handled by that thread while it waits (no hang), and the wait still ends
 * when the word is woken. The handshake is by futex words only.
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

static volatile uint32_t gate;		/* the waiter sleeps on this */
static volatile uint32_t waiting;	/* waiter's tid once it is about to
					   sleep */
static volatile int handled_by;

static void
on_usr1(int sig)
{

	(void)sig;
	handled_by = (int)syscall(SYS_gettid);
}

static void *
waiter(void *arg)
{
	(void)arg;
	__atomic_store_n(&waiting, (uint32_t)syscall(SYS_gettid),
	    __ATOMIC_RELEASE);
	while (__atomic_load_n(&gate, __ATOMIC_ACQUIRE) == 0)
		syscall(SYS_futex, &gate, FUTEX_WAIT_PRIVATE, 0, NULL, NULL,
		    0);
	return (NULL);
}

int
main(void)
{
	struct sigaction sa;
	pthread_t t;
	pid_t tid;
	int i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1;
	sigaction(SIGUSR1, &sa, NULL);
	if (pthread_create(&t, NULL, waiter, NULL) != 0)
		return (2);
	while ((tid = (pid_t)__atomic_load_n(&waiting, __ATOMIC_ACQUIRE)) == 0)
		sched_yield();
	/* Until the handler has run in the waiter, keep poking it: the
	   waiter may not have reached the futex yet. */
	for (i = 0; handled_by == 0; i++) {
		syscall(SYS_tgkill, getpid(), tid, SIGUSR1);
		syscall(SYS_futex, &handled_by, FUTEX_WAIT_PRIVATE, 0,
		    &(struct timespec){ 0, 1000000 }, NULL, 0);
	}
	__atomic_store_n(&gate, 1, __ATOMIC_RELEASE);
	syscall(SYS_futex, &gate, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
	pthread_join(t, NULL);
	printf("handled by waiter: %s\n", handled_by == tid ? "yes" : "no");
	return (handled_by == tid ? 0 : 1);
}
