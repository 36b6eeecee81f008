/*
 * sigstress — the in-process host's signal state under concurrency, for
 * the sanitizers (make check TSAN=1 builds it with ThreadSanitizer; the
 * Criterion runner itself cannot start under TSAN on every machine, so
 * this is a plain program).
 *
 * Senders hammer a waiter with real-time and standard signals through the
 * runtime's tgkill and kill while it takes them with rt_sigtimedwait and
 * changes its mask; a second waiter sleeps in FUTEX_WAIT and is
 * interrupted. Every real-time signal sent must be taken exactly once
 * (they queue); standard ones at least once per burst (they coalesce).
 * Synchronisation is by handshake (atomic counters), never by sleeping.
 */
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kern_api_signal.h"
#include "inproc.h"
#include "inproc_signal.h"
#include "linux_signal_map.h"

#include <linux_types.h>
#include "linux_errno.h"
#include "linux_syscall.h"

#define	NSENDERS	3
#define	NSENDS		2000
#define	SIGBIT(s)	(1ull << ((s) - 1))

static struct proc *proc;
static _Atomic(struct thread *) waiter_td;
static atomic_int senders_done;
static atomic_long rt_taken, std_taken;
static _Atomic uint32_t futex_word;
static atomic_int failed;

static long
sys(long nr, long a0, long a1, long a2, long a3)
{

	return (inproc_syscall(nr, a0, a1, a2, a3, 0, 0));
}

static long
waiter(void *arg)
{
	struct l_timespec ts = { 0, 2000000 };
	l_sigset_t set;
	long r;

	(void)arg;
	l_sigset_set(&set, SIGBIT(LINUX_SIGRTMIN + 1) | SIGBIT(LINUX_SIGUSR1));
	(void)sys(LINUX_SYS_linux_rt_sigprocmask, LINUX_SIG_SETMASK,
	    (long)&set, 0, sizeof(set));
	atomic_store(&waiter_td, inproc_curthread());
	for (;;) {
		r = sys(LINUX_SYS_linux_rt_sigtimedwait, (long)&set, 0,
		    (long)&ts, sizeof(set));
		if (r == LINUX_SIGRTMIN + 1)
			atomic_fetch_add(&rt_taken, 1);
		else if (r == LINUX_SIGUSR1)
			atomic_fetch_add(&std_taken, 1);
		else if (r != -(long)linux_errno_from_host(EAGAIN))
			atomic_store(&failed, 1);
		/* A mask change races with the senders' posting. */
		(void)sys(LINUX_SYS_linux_rt_sigprocmask, LINUX_SIG_BLOCK,
		    (long)&set, 0, sizeof(set));
		if (atomic_load(&senders_done) == NSENDERS &&
		    atomic_load(&rt_taken) == (long)NSENDERS * NSENDS &&
		    r == -(long)linux_errno_from_host(EAGAIN))
			return (0);
	}
}

static long
sender(void *arg)
{
	struct thread *w;
	int i;

	(void)arg;
	while ((w = atomic_load(&waiter_td)) == NULL)
		sched_yield();
	for (i = 0; i < NSENDS; i++) {
		if (sys(LINUX_SYS_linux_tgkill, proc->p_pid, w->td_tid,
		    LINUX_SIGRTMIN + 1, 0) != 0)
			atomic_store(&failed, 1);
		if (i % 64 == 0 && sys(LINUX_SYS_linux_kill, proc->p_pid,
		    LINUX_SIGUSR1, 0, 0) != 0)
			atomic_store(&failed, 1);
	}
	atomic_fetch_add(&senders_done, 1);
	return (0);
}

static long
futex_sleeper(void *arg)
{

	(void)arg;
	return (sys(LINUX_SYS_linux_futex, (long)(uintptr_t)&futex_word,
	    0 /* FUTEX_WAIT */, 0, 0));
}

int
main(void)
{
	struct inproc_spawned *w, *s[NSENDERS], *f;
	struct l_sigaction act;
	struct thread *ft;
	long r;
	int i;

	setvbuf(stdout, NULL, _IOLBF, 0);
	proc = inproc_proc_create();
	(void)inproc_thread_attach(proc);
	/* Standard signals must not end the process: give them a handler. */
	memset(&act, 0, sizeof(act));
	act.lsa_handler = 0x401000;
	act.lsa_flags = LINUX_SA_RESTORER;
	(void)sys(LINUX_SYS_linux_rt_sigaction, LINUX_SIGUSR1, (long)&act, 0,
	    sizeof(l_sigset_t));
	(void)sys(LINUX_SYS_linux_rt_sigaction, LINUX_SIGUSR2, (long)&act, 0,
	    sizeof(l_sigset_t));

	w = inproc_thread_spawn(proc, waiter, NULL, 0);
	for (i = 0; i < NSENDERS; i++)
		s[i] = inproc_thread_spawn(proc, sender, NULL, 0);
	for (i = 0; i < NSENDERS; i++)
		(void)inproc_thread_join(s[i]);
	(void)inproc_thread_join(w);
	printf("%s real-time: %ld sent, %ld taken\n",
	    atomic_load(&rt_taken) == (long)NSENDERS * NSENDS ? "PASS" : "FAIL",
	    (long)NSENDERS * NSENDS, atomic_load(&rt_taken));
	printf("%s standard: taken %ld times (coalesced)\n",
	    atomic_load(&std_taken) >= 1 ? "PASS" : "FAIL",
	    atomic_load(&std_taken));

	/* A sleeper interrupted by a signal without SA_RESTART. */
	f = inproc_thread_spawn(proc, futex_sleeper, NULL, 0);
	ft = inproc_spawned_thread(f);
	inproc_wait_until_sleeping(ft, NULL);
	(void)sys(LINUX_SYS_linux_tgkill, proc->p_pid, ft->td_tid,
	    LINUX_SIGUSR2, 0);
	r = inproc_thread_join(f);
	printf("%s futex sleeper interrupted: %ld\n",
	    r == -(long)linux_errno_from_host(EINTR) ? "PASS" : "FAIL", r);
	if (r != -(long)linux_errno_from_host(EINTR))
		atomic_store(&failed, 1);
	inproc_thread_detach();
	if (atomic_load(&rt_taken) != (long)NSENDERS * NSENDS ||
	    atomic_load(&std_taken) < 1)
		atomic_store(&failed, 1);
	printf("%s\n", atomic_load(&failed) ? "FAILED" : "ok");
	return (atomic_load(&failed) ? 1 : 0);
}
