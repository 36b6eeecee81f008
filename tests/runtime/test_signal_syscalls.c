/*
 * test_signal_syscalls.c — the signal system calls as a Linux program sees
 * them through the runtime (amd64, in-process host): Linux's argument
 * rules where FreeBSD's differ, the sigaltstack rules, pending and
 * waiting, senders, and the restart rule for an interrupted sleep.
 */
#include <stdatomic.h>
#include <unistd.h>

#include "sigtest_unit.h"
#include "linux_release.h"

TestSuite(signal_syscalls, .init = ut_setup, .fini = ut_teardown,
    .timeout = 10);

#define	SIGSETSZ	((long)sizeof(l_sigset_t))

Test(signal_syscalls, rt_sigaction_refuses_what_linux_refuses)
{
	struct l_sigaction act;

	cr_assert_eq(ut_sigaction(LINUX_SIGKILL, LINUX_SIG_DFL, 0, 0, NULL),
	    ut_lerr(EINVAL), "SIGKILL: no action at all, even SIG_DFL");
	cr_assert_eq(ut_sigaction(LINUX_SIGSTOP, LINUX_SIG_IGN, 0, 0, NULL),
	    ut_lerr(EINVAL));
	cr_assert_eq(ut_sys(LINUX_SYS_linux_rt_sigaction, LINUX_SIGKILL, 0,
	    (long)&act, SIGSETSZ), 0, "reading SIGKILL's action is fine");
	cr_assert_eq(ut_sigaction(0, UT_HANDLER, 0, 0, NULL), ut_lerr(EINVAL));
	cr_assert_eq(ut_sigaction(65, UT_HANDLER, 0, 0, NULL), ut_lerr(EINVAL));
	cr_assert_eq(ut_sys(LINUX_SYS_linux_rt_sigaction, LINUX_SIGUSR1, 0,
	    (long)&act, 4), ut_lerr(EINVAL), "sigsetsize must be 8");
	cr_assert_eq(ut_sys(LINUX_SYS_linux_rt_sigaction, LINUX_SIGUSR1, 16,
	    0, SIGSETSZ), ut_lerr(EFAULT));
}

Test(signal_syscalls, rt_sigaction_returns_what_was_set_unknown_bits_too)
{
	struct l_sigaction oact;
	uint64_t flags;

	/* Linux 2.6.16 keeps sa_flags bits it does not know (5.11 stopped):
	   pinned to 2.6.16 so the test holds in every release's build. */
	linux_set_kernver(LINUX_KERNVER(2, 6, 16));
	flags = LINUX_SA_SIGINFO | LINUX_SA_RESTORER | LINUX_SA_ONSTACK |
	    LINUX_SA_RESTART | LINUX_SA_NODEFER | LINUX_SA_RESETHAND |
	    LINUX_SA_NOCLDSTOP | 0x00100000u;
	cr_assert_eq(ut_sigaction(LINUX_SIGCHLD, UT_HANDLER, flags,
	    ut_sigbit(LINUX_SIGUSR2) | ut_sigbit(LINUX_SIGRTMIN + 5) |
	    ut_sigbit(LINUX_SIGKILL), NULL), 0);
	cr_assert_eq(ut_sigaction(LINUX_SIGCHLD, LINUX_SIG_IGN, 0, 0, &oact),
	    0);
	cr_assert_eq(oact.lsa_handler, UT_HANDLER);
	cr_assert_eq(oact.lsa_flags, flags);
	cr_assert_eq(oact.lsa_restorer, UT_RESTORER);
	cr_assert_eq(l_sigset_get(&oact.lsa_mask), ut_sigbit(LINUX_SIGUSR2) |
	    ut_sigbit(LINUX_SIGRTMIN + 5), "SIGKILL is never in a mask");
}

Test(signal_syscalls, every_linux_signal_keeps_its_own_disposition)
{
	struct l_sigaction oact;
	int sig;

	/* SIGSTKFLT and SIGPWR have no host name of their own: no aliasing. */
	for (sig = 1; sig <= LINUX_NSIG; sig++) {
		if (sig == LINUX_SIGKILL || sig == LINUX_SIGSTOP)
			continue;
		cr_assert_eq(ut_sigaction(sig, UT_HANDLER + (uint64_t)sig,
		    LINUX_SA_RESTORER, 0, NULL), 0, "signal %d", sig);
	}
	for (sig = 1; sig <= LINUX_NSIG; sig++) {
		if (sig == LINUX_SIGKILL || sig == LINUX_SIGSTOP)
			continue;
		cr_assert_eq(ut_sigaction(sig, LINUX_SIG_DFL, 0, 0, &oact), 0);
		cr_assert_eq(oact.lsa_handler, UT_HANDLER + (uint64_t)sig,
		    "signal %d", sig);
	}
}

Test(signal_syscalls, rt_sigprocmask_checks_how_only_with_a_set)
{
	l_sigset_t set, oset;

	l_sigset_set(&set, ut_sigbit(LINUX_SIGUSR1));
	cr_assert_eq(ut_sys(LINUX_SYS_linux_rt_sigprocmask, 7, (long)&set, 0,
	    SIGSETSZ), ut_lerr(EINVAL));
	cr_assert_eq(ut_sys(LINUX_SYS_linux_rt_sigprocmask, 7, 0, (long)&oset,
	    SIGSETSZ), 0);
	cr_assert_eq(ut_sys(LINUX_SYS_linux_rt_sigprocmask, LINUX_SIG_BLOCK,
	    (long)&set, 0, 4), ut_lerr(EINVAL));
	cr_assert_eq(ut_sys(LINUX_SYS_linux_rt_sigprocmask, LINUX_SIG_BLOCK,
	    16, 0, SIGSETSZ), ut_lerr(EFAULT));

	ut_setmask(~0ull);
	cr_assert_eq(ut_blocked(), ~(ut_sigbit(LINUX_SIGKILL) |
	    ut_sigbit(LINUX_SIGSTOP)), "all but SIGKILL and SIGSTOP");
	l_sigset_set(&set, ut_sigbit(LINUX_SIGUSR1) | ut_sigbit(LINUX_SIGPWR));
	cr_assert_eq(ut_sys(LINUX_SYS_linux_rt_sigprocmask, LINUX_SIG_UNBLOCK,
	    (long)&set, (long)&oset, SIGSETSZ), 0);
	cr_assert_eq(l_sigset_get(&oset), ~(ut_sigbit(LINUX_SIGKILL) |
	    ut_sigbit(LINUX_SIGSTOP)));
	cr_assert_eq(ut_blocked(), ~(ut_sigbit(LINUX_SIGKILL) |
	    ut_sigbit(LINUX_SIGSTOP) | ut_sigbit(LINUX_SIGUSR1) |
	    ut_sigbit(LINUX_SIGPWR)));
}

/* sigaltstack with a chosen user stack pointer (inproc_syscall has none). */
static long
sigaltstack_at(const l_stack_t *ss, l_stack_t *oss, uint64_t sp)
{
	struct trapframe tf;
	int error;

	memset(&tf, 0, sizeof(tf));
	tf.tf_rax = tf.tf_orig_rax = LINUX_SYS_linux_sigaltstack;
	tf.tf_rdi = (uint64_t)(uintptr_t)ss;
	tf.tf_rsi = (uint64_t)(uintptr_t)oss;
	tf.tf_rsp = sp;
	tf.tf_rip = tf.tf_rcx = UT_PC;
	error = inproc_syscall_frame(&tf);
	cr_assert(error == 0 || (error > 0 && error < 200), "error %d", error);
	return ((long)tf.tf_rax);
}

Test(signal_syscalls, sigaltstack_follows_linux_rules)
{
	uint64_t base = (uint64_t)(uintptr_t)ut_stack;
	l_stack_t ss, oss;

	memset(&ss, 0, sizeof(ss));
	cr_assert_eq(sigaltstack_at(NULL, &oss, 0), 0);
	cr_assert_eq(oss.ss_flags, LINUX_SS_DISABLE, "none to begin with");
	ss.ss_sp = base;
	ss.ss_size = LINUX_MINSIGSTKSZ - 1;
	cr_assert_eq(sigaltstack_at(&ss, NULL, 0), ut_lerr(ENOMEM));
	ss.ss_size = 0x4000;
	ss.ss_flags = 4;
	cr_assert_eq(sigaltstack_at(&ss, NULL, 0), ut_lerr(EINVAL));
	ss.ss_flags = (l_int)LINUX_SS_AUTODISARM;
	cr_assert_eq(sigaltstack_at(&ss, NULL, 0), ut_lerr(EINVAL),
	    "SS_AUTODISARM is 4.7's");
	ss.ss_flags = LINUX_SS_ONSTACK;	/* old programs' way of saying 0 */
	cr_assert_eq(sigaltstack_at(&ss, NULL, 0), 0);

	cr_assert_eq(sigaltstack_at(NULL, &oss, base + 0x100), 0);
	cr_assert_eq(oss.ss_flags, LINUX_SS_ONSTACK, "sp is on it");
	cr_assert_eq(oss.ss_sp, base);
	cr_assert_eq(oss.ss_size, 0x4000);
	cr_assert_eq(sigaltstack_at(NULL, &oss, base), 0);
	cr_assert_eq(oss.ss_flags, 0, "its base is not on it");
	cr_assert_eq(sigaltstack_at(NULL, &oss, base + 0x4000), 0);
	cr_assert_eq(oss.ss_flags, LINUX_SS_ONSTACK, "its top is");

	ss.ss_flags = LINUX_SS_DISABLE;
	cr_assert_eq(sigaltstack_at(&ss, NULL, base + 0x100), ut_lerr(EPERM),
	    "not while running on it");
	cr_assert_eq(sigaltstack_at(&ss, &oss, 0), 0);
	cr_assert_eq(oss.ss_flags, 0);
	cr_assert_eq(sigaltstack_at(NULL, &oss, 0), 0);
	cr_assert_eq(oss.ss_flags, LINUX_SS_DISABLE);
	cr_assert_eq(oss.ss_sp, 0, "disabling forgets the address");
	cr_assert_eq(oss.ss_size, 0);
	cr_assert_eq(sigaltstack_at((const l_stack_t *)16, NULL, 0),
	    ut_lerr(EFAULT));
}

Test(signal_syscalls, rt_sigpending_reports_blocked_pending_signals)
{
	l_sigset_t set;

	ut_setmask(ut_sigbit(LINUX_SIGUSR1) | ut_sigbit(LINUX_SIGRTMIN));
	cr_assert_eq(ut_tgkill_self(LINUX_SIGUSR1), 0);
	cr_assert_eq(ut_tgkill_self(LINUX_SIGRTMIN), 0);
	cr_assert_eq(ut_sys(LINUX_SYS_linux_rt_sigpending, (long)&set,
	    SIGSETSZ, 0, 0), 0);
	cr_assert_eq(l_sigset_get(&set), ut_sigbit(LINUX_SIGUSR1) |
	    ut_sigbit(LINUX_SIGRTMIN));
	ut_setmask(ut_sigbit(LINUX_SIGRTMIN));
	cr_assert_eq(ut_sys(LINUX_SYS_linux_rt_sigpending, (long)&set,
	    SIGSETSZ, 0, 0), 0);
	cr_assert_eq(l_sigset_get(&set), ut_sigbit(LINUX_SIGRTMIN),
	    "pending but unblocked is not reported");
	cr_assert_eq(ut_sys(LINUX_SYS_linux_rt_sigpending, (long)&set, 16, 0,
	    0), ut_lerr(EINVAL));
}

Test(signal_syscalls, senders_check_their_arguments_as_linux_does)
{

	cr_assert_eq(ut_sys(LINUX_SYS_linux_tkill, 0, LINUX_SIGUSR1, 0, 0),
	    ut_lerr(EINVAL));
	cr_assert_eq(ut_sys(LINUX_SYS_linux_tgkill, 0, ut_td->td_tid,
	    LINUX_SIGUSR1, 0), ut_lerr(EINVAL));
	cr_assert_eq(ut_sys(LINUX_SYS_linux_tgkill, ut_proc->p_pid, -1,
	    LINUX_SIGUSR1, 0), ut_lerr(EINVAL));
	cr_assert_eq(ut_sys(LINUX_SYS_linux_tgkill, ut_proc->p_pid,
	    ut_td->td_tid, 65, 0), ut_lerr(EINVAL));
	cr_assert_eq(ut_sys(LINUX_SYS_linux_kill, -2147483647 - 1,
	    LINUX_SIGUSR1, 0, 0), ut_lerr(ESRCH));
	cr_assert_eq(ut_sys(LINUX_SYS_linux_kill, ut_proc->p_pid, 0, 0, 0), 0,
	    "signal 0 only checks");
	cr_assert_eq(ut_pending(), 0);
	cr_assert_eq(ut_sys(LINUX_SYS_linux_kill, 0x7ffffff0, LINUX_SIGUSR1,
	    0, 0), ut_lerr(ESRCH));
	cr_assert_eq(ut_sys(LINUX_SYS_linux_tkill, 0x7ffffff0, LINUX_SIGUSR1,
	    0, 0), ut_lerr(ESRCH));
}

Test(signal_syscalls, real_time_signals_queue_and_standard_ones_coalesce)
{

	ut_setmask(~0ull);
	cr_assert_eq(ut_tgkill_self(LINUX_SIGRTMIN + 1), 0);
	cr_assert_eq(ut_tgkill_self(LINUX_SIGRTMIN + 1), 0);
	cr_assert_eq(ut_tgkill_self(LINUX_SIGUSR2), 0);
	cr_assert_eq(ut_tgkill_self(LINUX_SIGUSR2), 0);
	cr_assert_eq(ut_sigaction(LINUX_SIGRTMIN + 1, UT_HANDLER,
	    LINUX_SA_RESTORER | LINUX_SA_NODEFER, 0, NULL), 0);
	cr_assert_eq(ut_sigaction(LINUX_SIGUSR2, UT_HANDLER,
	    LINUX_SA_RESTORER | LINUX_SA_NODEFER, 0, NULL), 0);
	ut_setmask(0);
	ut_user_regs(ut_td->td_frame, ut_stack_top());
	cr_assert_eq(inproc_signal_deliver(ut_td), KSIGUSR2,
	    "lowest number first");
	ut_user_regs(ut_td->td_frame, ut_stack_top());
	cr_assert_eq(inproc_signal_deliver(ut_td), KSIGRTMIN + 1);
	ut_user_regs(ut_td->td_frame, ut_stack_top());
	cr_assert_eq(inproc_signal_deliver(ut_td), KSIGRTMIN + 1,
	    "the second real-time one was queued");
	ut_user_regs(ut_td->td_frame, ut_stack_top());
	cr_assert_eq(inproc_signal_deliver(ut_td), 0,
	    "the second SIGUSR2 was not");
}

Test(signal_syscalls, rt_sigqueueinfo_lets_only_negative_codes_through)
{
	l_siginfo_t lsi;
	struct l_rt_sigframe *f;

	/* 2.6.16's rule: nobody, not even the process itself, queues a
	   non-negative code (2.6.39 let a process send itself anything). */
	linux_set_kernver(LINUX_KERNVER(2, 6, 16));
	memset(&lsi, 0, sizeof(lsi));
	lsi.lsi_code = LINUX_SI_USER;
	cr_assert_eq(ut_sys(LINUX_SYS_linux_rt_sigqueueinfo, ut_proc->p_pid,
	    LINUX_SIGUSR1, (long)&lsi, 0), ut_lerr(EPERM),
	    "a program cannot pretend to be kill()");
	lsi.lsi_code = LINUX_SI_KERNEL;
	cr_assert_eq(ut_sys(LINUX_SYS_linux_rt_sigqueueinfo, ut_proc->p_pid,
	    LINUX_SIGUSR1, (long)&lsi, 0), ut_lerr(EPERM));
	cr_assert_eq(ut_sys(LINUX_SYS_linux_rt_sigqueueinfo, ut_proc->p_pid,
	    LINUX_SIGUSR1, 16, 0), ut_lerr(EFAULT));

	lsi.lsi_code = LINUX_SI_QUEUE;
	lsi.lsi_pid = 4242;		/* Linux passes the sender's word on */
	lsi.lsi_uid = 77;
	lsi.lsi_int = 0x5eed;
	cr_assert_eq(ut_sigaction(LINUX_SIGRTMIN + 4, UT_HANDLER,
	    LINUX_SA_SIGINFO | LINUX_SA_RESTORER, 0, NULL), 0);
	cr_assert_eq(ut_sys(LINUX_SYS_linux_rt_sigqueueinfo, ut_proc->p_pid,
	    LINUX_SIGRTMIN + 4, (long)&lsi, 0), 0);
	ut_user_regs(ut_td->td_frame, ut_stack_top());
	cr_assert_eq(inproc_signal_deliver(ut_td), KSIGRTMIN + 4);
	f = (struct l_rt_sigframe *)(uintptr_t)ut_td->td_frame->tf_rsp;
	cr_assert_eq(f->info.lsi_signo, LINUX_SIGRTMIN + 4);
	cr_assert_eq(f->info.lsi_code, LINUX_SI_QUEUE);
	cr_assert_eq(f->info.lsi_pid, 4242);
	cr_assert_eq(f->info.lsi_uid, 77);
	cr_assert_eq(f->info.lsi_int, 0x5eed);
}

Test(signal_syscalls, rt_sigtimedwait_takes_a_blocked_signal_or_times_out)
{
	struct l_timespec ts = { 0, 1000000 };
	l_siginfo_t lsi;
	l_sigset_t set;

	l_sigset_set(&set, ut_sigbit(LINUX_SIGUSR2));
	ut_setmask(ut_sigbit(LINUX_SIGUSR2));
	cr_assert_eq(ut_sys(LINUX_SYS_linux_rt_sigtimedwait, (long)&set, 0,
	    (long)&ts, SIGSETSZ), ut_lerr(EAGAIN), "nothing came");
	cr_assert_eq(ut_tgkill_self(LINUX_SIGUSR2), 0);
	memset(&lsi, 0xff, sizeof(lsi));
	cr_assert_eq(ut_sys(LINUX_SYS_linux_rt_sigtimedwait, (long)&set,
	    (long)&lsi, (long)&ts, SIGSETSZ), LINUX_SIGUSR2);
	cr_assert_eq(lsi.lsi_signo, LINUX_SIGUSR2);
	cr_assert_eq(lsi.lsi_code, LINUX_SI_TKILL);
	cr_assert_eq(ut_pending(), 0, "taken, not delivered");
	ts.tv_nsec = 1000000000;
	cr_assert_eq(ut_sys(LINUX_SYS_linux_rt_sigtimedwait, (long)&set, 0,
	    (long)&ts, SIGSETSZ), ut_lerr(EINVAL));
	cr_assert_eq(ut_sys(LINUX_SYS_linux_rt_sigtimedwait, (long)&set, 0,
	    (long)&ts, 4), ut_lerr(EINVAL));
}

/*
 * Restart: a thread asleep in FUTEX_WAIT (a KSLEEP_CATCH sleep) gets a
 * signal with a handler. With SA_RESTART the call goes back to sleep and
 * later returns 0; without, it returns -EINTR. The signal stays pending
 * for the host to deliver (the in-process host does not run handlers).
 */
static _Atomic uint32_t futex_word;

static long
futex_waiter(void *arg)
{

	(void)arg;
	return (inproc_syscall(LINUX_SYS_linux_futex,
	    (long)(uintptr_t)&futex_word, 0 /* FUTEX_WAIT */, 0, 0, 0, 0));
}

static void
interrupt_futex_wait(uint64_t flags, long expect)
{
	struct inproc_spawned *s;
	struct thread *w;
	uint64_t sleeps;

	cr_assert_eq(ut_sigaction(LINUX_SIGUSR1, UT_HANDLER,
	    LINUX_SA_RESTORER | flags, 0, NULL), 0);
	atomic_store(&futex_word, 0);
	s = inproc_thread_spawn(ut_proc, futex_waiter, NULL, 0);
	w = inproc_spawned_thread(s);
	inproc_wait_until_sleeping(w, NULL);
	sleeps = inproc_thread_sleep_count(w);
	cr_assert_eq(ut_sys(LINUX_SYS_linux_tgkill, ut_proc->p_pid,
	    w->td_tid, LINUX_SIGUSR1, 0), 0);
	if (expect == 0) {
		/* Restarted: asleep again, then woken for real. */
		while (inproc_thread_sleep_count(w) == sleeps)
			sched_yield();
		inproc_wait_until_sleeping(w, NULL);
		cr_assert_eq(inproc_syscall(LINUX_SYS_linux_futex,
		    (long)(uintptr_t)&futex_word, 1 /* FUTEX_WAKE */, 1, 0, 0,
		    0), 1);
	}
	cr_assert_eq(inproc_thread_join(s), expect);
}

Test(signal_syscalls, an_interrupted_sleep_restarts_with_sa_restart)
{

	interrupt_futex_wait(LINUX_SA_RESTART, 0);
}

Test(signal_syscalls, an_interrupted_sleep_fails_with_eintr_without)
{

	interrupt_futex_wait(0, ut_lerr(EINTR));
}

Test(signal_syscalls, an_ignored_signal_does_not_interrupt_a_sleep)
{
	struct inproc_spawned *s;
	struct thread *w;

	cr_assert_eq(ut_sigaction(LINUX_SIGUSR1, LINUX_SIG_IGN, 0, 0, NULL),
	    0);
	atomic_store(&futex_word, 0);
	s = inproc_thread_spawn(ut_proc, futex_waiter, NULL, 0);
	w = inproc_spawned_thread(s);
	inproc_wait_until_sleeping(w, NULL);
	cr_assert_eq(ut_sys(LINUX_SYS_linux_tgkill, ut_proc->p_pid,
	    w->td_tid, LINUX_SIGUSR1, 0), 0);
	cr_assert_eq(inproc_syscall(LINUX_SYS_linux_futex,
	    (long)(uintptr_t)&futex_word, 1, 1, 0, 0, 0), 1,
	    "still asleep when woken");
	cr_assert_eq(inproc_thread_join(s), 0);
}

/*
 * rt_sigsuspend: the thread waits with a new mask until a handler is
 * entered; the frame saves -EINTR as the call's result and the mask from
 * before the call.
 */
static _Atomic uint64_t suspend_frame;

static long
suspender(void *arg)
{
	struct thread *td = inproc_curthread();
	struct trapframe *tf = td->td_frame;
	l_sigset_t set;
	l_stack_t ss;

	(void)arg;
	memset(&ss, 0, sizeof(ss));
	ss.ss_sp = (l_ulong)(uintptr_t)ut_stack;
	ss.ss_size = UT_STACK_SIZE;
	cr_assert_eq(inproc_syscall(LINUX_SYS_linux_sigaltstack, (long)&ss, 0,
	    0, 0, 0, 0), 0);
	l_sigset_set(&set, ut_sigbit(LINUX_SIGUSR1) | ut_sigbit(LINUX_SIGPIPE));
	cr_assert_eq(inproc_syscall(LINUX_SYS_linux_rt_sigprocmask,
	    LINUX_SIG_SETMASK, (long)&set, 0, SIGSETSZ, 0, 0), 0);
	l_sigset_set(&set, ut_sigbit(LINUX_SIGPIPE));
	(void)inproc_syscall(LINUX_SYS_linux_rt_sigsuspend, (long)&set,
	    SIGSETSZ, 0, 0, 0, 0);
	atomic_store(&suspend_frame, tf->tf_rsp);
	return ((long)tf->tf_rip);
}

Test(signal_syscalls, rt_sigsuspend_enters_the_handler_with_eintr_saved)
{
	struct inproc_spawned *s;
	struct l_rt_sigframe *f;
	struct thread *w;

	cr_assert_eq(ut_sigaction(LINUX_SIGUSR1, UT_HANDLER,
	    LINUX_SA_SIGINFO | LINUX_SA_RESTORER | LINUX_SA_ONSTACK, 0, NULL),
	    0);
	s = inproc_thread_spawn(ut_proc, suspender, NULL, 0);
	w = inproc_spawned_thread(s);
	while (!inproc_signal_waiting(w))
		sched_yield();
	cr_assert_eq(ut_sys(LINUX_SYS_linux_tgkill, ut_proc->p_pid,
	    w->td_tid, LINUX_SIGUSR1, 0), 0);
	cr_assert_eq(inproc_thread_join(s), (long)UT_HANDLER,
	    "sigsuspend returns into the handler");
	f = (struct l_rt_sigframe *)(uintptr_t)atomic_load(&suspend_frame);
	cr_assert_eq((int64_t)f->uc.uc_mcontext.rax, ut_lerr(EINTR));
	cr_assert_eq(l_sigset_get(&f->uc.uc_sigmask),
	    ut_sigbit(LINUX_SIGUSR1) | ut_sigbit(LINUX_SIGPIPE),
	    "the mask from before sigsuspend");
}
