/*
 * linux_signal_syscalls.c — the signal system calls: argument decoding and
 * Linux's argument rules, then the host (kern_api_signal.h) does the work.
 *
 * Linux rules kept here because the host's differ (FreeBSD answers some of
 * these otherwise):
 *   - rt_sigaction on SIGKILL or SIGSTOP with a new action is EINVAL even
 *     for SIG_DFL (FreeBSD allows SIG_DFL);
 *   - a sigsetsize other than the kernel's 8 bytes is EINVAL (rt_sigpending
 *     accepts a smaller one and writes that many bytes);
 *   - sigprocmask's how is checked only when a set is given;
 *   - i386 sigprocmask(SIG_SETMASK) and ssetmask replace signals 1-32 (and
 *     ssetmask, sigsuspend and signal clear 33-64 as siginitset() does);
 *   - rt_sigpending reports pending signals that are blocked, not all;
 *   - rt_sigqueueinfo refuses a si_code >= 0 (a kernel or kill() origin),
 *     and from 2.6.39 also SI_TKILL, unless sent to oneself;
 *   - tkill/tgkill refuse a thread id <= 0 with EINVAL, kill(INT_MIN) is
 *     ESRCH.
 * Restart: an interrupted sleep reports EINTR or ERESTART as the host
 * decided from SA_RESTART (kern_api_signal.h); the calls that Linux never
 * restarts after a handler (sigsuspend, sigtimedwait: -ERESTARTNOHAND)
 * turn ERESTART into EINTR here.
 */
#include <string.h>

#include "linux_signal_map.h"
#include "linux_signal_var.h"
#include "linux_release.h"

#include <linux_types.h>
#include "linux_errno.h"
#include "linux_proto.h"
#include "linux_syscall.h"

#define	LINUX_INT_MIN	(-2147483647 - 1)

static uint64_t
tf_user_sp(const struct trapframe *tf)
{

#ifdef LINUX_ARCH_AMD64
	return (tf->tf_rsp);
#else
	return (tf->tf_esp);
#endif
}

/* A Linux signal number as the host's; 0 for 0. EINVAL if not a signal. */
static int
linux_sig_to_host(int lsig, int *hsig)
{

	if (lsig == 0) {
		*hsig = 0;
		return (0);
	}
	if (!LINUX_SIG_VALID(lsig))
		return (EINVAL);
	*hsig = host_signal_from_linux(lsig);
	return (*hsig != 0 ? 0 : EINVAL);
}

static int
linux_how_to_host(int how, int *hhow)
{

	switch (how) {
	case LINUX_SIG_BLOCK:
		*hhow = KSIG_BLOCK;
		return (0);
	case LINUX_SIG_UNBLOCK:
		*hhow = KSIG_UNBLOCK;
		return (0);
	case LINUX_SIG_SETMASK:
		*hhow = KSIG_SETMASK;
		return (0);
	default:
		return (EINVAL);
	}
}

static uint64_t
linux_blocked(struct thread *td)
{
	ksigset_t hset;
	l_sigset_t lset;

	(void)kern_sigprocmask(td, KSIG_BLOCK, NULL, &hset);
	linux_sigset_from_ksigset(&hset, &lset);
	return (l_sigset_get(&lset));
}

/* Linux's do_sigaction(): the common part of rt_sigaction and friends. */
static int
linux_do_sigaction(struct thread *td, int lsig, const struct l_sigaction *act,
    struct l_sigaction *oact)
{
	struct ksigaction kact, koact;
	struct l_sigaction nact;
	int error, hsig;

	if (!LINUX_SIG_VALID(lsig) || (act != NULL &&
	    (lsig == LINUX_SIGKILL || lsig == LINUX_SIGSTOP)))
		return (EINVAL);
	hsig = host_signal_from_linux(lsig);
	if (hsig == 0)
		return (EINVAL);
	if (act != NULL) {
		nact = *act;
		/* 5.11 stopped keeping flag bits it does not know. */
		if (linux_kernver(td) >= LINUX_KERNVER(5, 11, 0))
			nact.lsa_flags &= LINUX_SA_NOCLDSTOP |
			    LINUX_SA_NOCLDWAIT | LINUX_SA_SIGINFO |
			    LINUX_SA_RESTORER | LINUX_SA_ONSTACK |
			    LINUX_SA_RESTART | LINUX_SA_NODEFER |
			    LINUX_SA_RESETHAND | LINUX_SA_EXPOSE_TAGBITS;
		linux_to_host_sigaction(&nact, &kact);
	}
	error = kern_sigaction(td, hsig, act != NULL ? &kact : NULL,
	    oact != NULL ? &koact : NULL);
	if (error == 0 && oact != NULL)
		host_to_linux_sigaction(&koact, oact);
	return (error);
}

int
linux_rt_sigaction(struct thread *td, struct linux_rt_sigaction_args *args)
{
	struct l_sigaction act, oact;
	int error;

	if (args->sigsetsize != sizeof(l_sigset_t))
		return (EINVAL);
	if (args->act != NULL) {
		error = copyin(args->act, &act, sizeof(act));
		if (error != 0)
			return (error);
	}
	error = linux_do_sigaction(td, args->sig,
	    args->act != NULL ? &act : NULL,
	    args->oact != NULL ? &oact : NULL);
	if (error == 0 && args->oact != NULL)
		error = copyout(&oact, args->oact, sizeof(oact));
	return (error);
}

int
linux_rt_sigprocmask(struct thread *td, struct linux_rt_sigprocmask_args *args)
{
	l_sigset_t set, oset;
	ksigset_t hset, ohset;
	int error, how;

	if (args->sigsetsize != sizeof(l_sigset_t))
		return (EINVAL);
	(void)kern_sigprocmask(td, KSIG_BLOCK, NULL, &ohset);
	if (args->mask != NULL) {
		error = copyin(args->mask, &set, sizeof(set));
		if (error != 0)
			return (error);
		error = linux_how_to_host(args->how, &how);
		if (error != 0)
			return (error);
		ksigset_from_linux_sigset(&set, &hset);
		error = kern_sigprocmask(td, how, &hset, NULL);
		if (error != 0)
			return (error);
	}
	if (args->omask != NULL) {
		linux_sigset_from_ksigset(&ohset, &oset);
		return (copyout(&oset, args->omask, sizeof(oset)));
	}
	return (0);
}

int
linux_sigaltstack(struct thread *td, struct linux_sigaltstack_args *args)
{
	l_stack_t ss, oss;
	int error;

	if (args->uss != NULL) {
		error = copyin(args->uss, &ss, sizeof(ss));
		if (error != 0)
			return (error);
	}
	error = linux_do_sigaltstack(td, args->uss != NULL ? &ss : NULL, &oss,
	    tf_user_sp(td->td_frame));
	if (error == 0 && args->uoss != NULL)
		error = copyout(&oss, args->uoss, sizeof(oss));
	return (error);
}

int
linux_rt_sigreturn(struct thread *td, struct linux_rt_sigreturn_args *args)
{

	(void)args;
	(void)linux_rt_sigreturn_frame(td);
	return (EJUSTRETURN);
}

int
linux_rt_sigpending(struct thread *td, struct linux_rt_sigpending_args *args)
{
	ksigset_t pending;
	l_sigset_t lset;
	uint64_t bits;

	if (args->sigsetsize > sizeof(l_sigset_t))
		return (EINVAL);
	(void)kern_sigpending(td, &pending);
	linux_sigset_from_ksigset(&pending, &lset);
	bits = l_sigset_get(&lset) & linux_blocked(td);
	l_sigset_set(&lset, bits);
	return (copyout(&lset, args->set, args->sigsetsize));
}

/*
 * Wait for a handler with `bits` blocked: sigsuspend's -ERESTARTNOHAND,
 * which a handler turns into -EINTR. The frame the host builds saves that
 * result.
 */
static int
linux_do_sigsuspend(struct thread *td, uint64_t bits)
{
	ksigset_t hset;
	l_sigset_t lset;

	bits &= ~(LINUX_SIGBIT(LINUX_SIGKILL) | LINUX_SIGBIT(LINUX_SIGSTOP));
	l_sigset_set(&lset, bits);
	ksigset_from_linux_sigset(&lset, &hset);
#ifdef LINUX_ARCH_AMD64
	td->td_frame->tf_rax = (uint64_t)-(int64_t)linux_errno_from_host(EINTR);
#else
	td->td_frame->tf_eax = (uint32_t)-linux_errno_from_host(EINTR);
#endif
	return (kern_sigsuspend(td, &hset));
}

int
linux_rt_sigsuspend(struct thread *td, struct linux_rt_sigsuspend_args *args)
{
	l_sigset_t set;
	int error;

	if (args->sigsetsize != sizeof(l_sigset_t))
		return (EINVAL);
	error = copyin(args->newset, &set, sizeof(set));
	if (error != 0)
		return (error);
	return (linux_do_sigsuspend(td, l_sigset_get(&set)));
}

int
linux_rt_sigtimedwait(struct thread *td,
    struct linux_rt_sigtimedwait_args *args)
{
	struct l_timespec ts;
	struct ktimeout deadline;
	l_siginfo_t lsi;
	l_sigset_t set;
	ksigset_t hset;
	ksiginfo_t ksi;
	int error, lsig;

	if (args->sigsetsize != sizeof(l_sigset_t))
		return (EINVAL);
	error = copyin(args->mask, &set, sizeof(set));
	if (error != 0)
		return (error);
	l_sigset_set(&set, l_sigset_get(&set) &
	    ~(LINUX_SIGBIT(LINUX_SIGKILL) | LINUX_SIGBIT(LINUX_SIGSTOP)));
	ksigset_from_linux_sigset(&set, &hset);
	if (args->timeout != NULL) {
		error = copyin(args->timeout, &ts, sizeof(ts));
		if (error != 0)
			return (error);
		if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec >= 1000000000)
			return (EINVAL);
		deadline.kt_clock = KCLOCK_MONOTONIC;
		deadline.kt_deadline_ns = kern_clock_ns(KCLOCK_MONOTONIC) +
		    (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
	}
	error = kern_sigtimedwait(td, &hset, &ksi,
	    args->timeout != NULL ? &deadline : NULL);
	if (error == ERESTART)
		error = EINTR;
	if (error != 0)
		return (error);
	lsig = linux_signal_from_host(ksi.ksi_signo);
	if (args->info != NULL) {
		linux_siginfo_from_host(&ksi, lsig, &lsi);
		error = copyout(&lsi, args->info, sizeof(lsi));
		if (error != 0)
			return (error);
	}
	td->td_retval[0] = lsig;
	return (0);
}

/* Who may queue a siginfo of their own making (Linux's rule). */
static int
linux_check_user_siginfo(struct thread *td, const l_siginfo_t *lsi,
    bool to_self)
{

	if (to_self)
		return (0);
	if (lsi->lsi_code >= 0)
		return (EPERM);
	if (lsi->lsi_code == LINUX_SI_TKILL &&
	    linux_kernver(td) >= LINUX_KERNVER(2, 6, 39))
		return (EPERM);
	return (0);
}

int
linux_rt_sigqueueinfo(struct thread *td,
    struct linux_rt_sigqueueinfo_args *args)
{
	l_siginfo_t lsi;
	ksiginfo_t ksi;
	int error, hsig;
	bool self;

	error = copyin(args->info, &lsi, sizeof(lsi));
	if (error != 0)
		return (error);
	/* 2.6.39 let a process queue anything to itself; before, nobody. */
	self = args->pid == td->td_proc->p_pid &&
	    linux_kernver(td) >= LINUX_KERNVER(2, 6, 39);
	error = linux_check_user_siginfo(td, &lsi, self);
	if (error != 0)
		return (error);
	error = linux_sig_to_host(args->sig, &hsig);
	if (error != 0)
		return (error);
	if (args->pid <= 0)
		return (ESRCH);
	(void)host_siginfo_from_linux(td, &lsi, hsig, &ksi);
	return (kern_kill(td, args->pid, &ksi));
}

#ifdef LINUX_SYS_linux_rt_tgsigqueueinfo
int
linux_rt_tgsigqueueinfo(struct thread *td,
    struct linux_rt_tgsigqueueinfo_args *args)
{
	l_siginfo_t lsi;
	ksiginfo_t ksi;
	int error, hsig;

	if (args->tgid <= 0 || args->tid <= 0)
		return (EINVAL);
	error = copyin(args->uinfo, &lsi, sizeof(lsi));
	if (error != 0)
		return (error);
	error = linux_check_user_siginfo(td, &lsi,
	    args->tgid == td->td_proc->p_pid);
	if (error != 0)
		return (error);
	error = linux_sig_to_host(args->sig, &hsig);
	if (error != 0)
		return (error);
	(void)host_siginfo_from_linux(td, &lsi, hsig, &ksi);
	return (kern_tdkill(td, args->tgid, args->tid, &ksi));
}
#endif

int
linux_kill(struct thread *td, struct linux_kill_args *args)
{
	ksiginfo_t ksi;
	int error, hsig;

	error = linux_sig_to_host(args->signum, &hsig);
	if (error != 0)
		return (error);
	/* -INT_MIN does not exist: no such process group. */
	if (args->pid == LINUX_INT_MIN)
		return (ESRCH);
	ksiginfo_init(&ksi);
	ksi.ksi_signo = hsig;
	ksi.ksi_code = KSI_USER;
	return (kern_kill(td, args->pid, &ksi));
}

static int
linux_do_tkill(struct thread *td, pid_t tgid, pid_t tid, int lsig)
{
	ksiginfo_t ksi;
	int error, hsig;

	ksiginfo_init(&ksi);
	ksi.ksi_code = KSI_LWP;
	error = linux_sig_to_host(lsig, &hsig);
	if (error != 0) {
		/* Linux looks the thread up first (do_send_specific()): no
		   such thread is ESRCH whatever the signal. */
		ksi.ksi_signo = 0;
		return (kern_tdkill(td, tgid, tid, &ksi) == ESRCH ? ESRCH :
		    error);
	}
	ksi.ksi_signo = hsig;
	return (kern_tdkill(td, tgid, tid, &ksi));
}

int
linux_tkill(struct thread *td, struct linux_tkill_args *args)
{

	if (args->tid <= 0)
		return (EINVAL);
	return (linux_do_tkill(td, -1, args->tid, args->sig));
}

int
linux_tgkill(struct thread *td, struct linux_tgkill_args *args)
{

	if (args->pid <= 0 || args->tgid <= 0)
		return (EINVAL);
	return (linux_do_tkill(td, args->tgid, args->pid, args->sig));
}

#ifdef LINUX_ARCH_I386
/* ---- The pre-rt calls of i386: 32-bit masks, signals 1-32 ---- */

static void
linux_set_blocked(struct thread *td, uint64_t bits)
{
	ksigset_t hset;
	l_sigset_t lset;

	l_sigset_set(&lset, bits);
	ksigset_from_linux_sigset(&lset, &hset);
	(void)kern_sigprocmask(td, KSIG_SETMASK, &hset, NULL);
}


int
linux_sigreturn(struct thread *td, struct linux_sigreturn_args *args)
{

	(void)args;
	(void)linux_sigreturn_frame(td);
	return (EJUSTRETURN);
}

int
linux_sigaction(struct thread *td, struct linux_sigaction_args *args)
{
	struct l_osigaction osa;
	struct l_sigaction act, oact;
	int error;

	if (args->nsa != NULL) {
		error = copyin(args->nsa, &osa, sizeof(osa));
		if (error != 0)
			return (error);
		memset(&act, 0, sizeof(act));
		act.lsa_handler = osa.lsa_handler;
		act.lsa_flags = osa.lsa_flags;
		act.lsa_restorer = osa.lsa_restorer;
		l_sigset_set(&act.lsa_mask, osa.lsa_mask);
	}
	error = linux_do_sigaction(td, args->sig,
	    args->nsa != NULL ? &act : NULL,
	    args->osa != NULL ? &oact : NULL);
	if (error == 0 && args->osa != NULL) {
		memset(&osa, 0, sizeof(osa));
		osa.lsa_handler = oact.lsa_handler;
		osa.lsa_flags = oact.lsa_flags;
		osa.lsa_restorer = oact.lsa_restorer;
		osa.lsa_mask = (l_osigset_t)l_sigset_get(&oact.lsa_mask);
		error = copyout(&osa, args->osa, sizeof(osa));
	}
	return (error);
}

int
linux_signal(struct thread *td, struct linux_signal_args *args)
{
	struct l_sigaction act, oact;
	int error;

	/* SA_ONESHOT | SA_NOMASK: System V's signal(). */
	memset(&act, 0, sizeof(act));
	act.lsa_handler = (l_uintptr_t)(uintptr_t)args->handler;
	act.lsa_flags = LINUX_SA_RESETHAND | LINUX_SA_NODEFER;
	error = linux_do_sigaction(td, args->sig, &act, &oact);
	if (error == 0)
		td->td_retval[0] = (register_t)oact.lsa_handler;
	return (error);
}

int
linux_sigprocmask(struct thread *td, struct linux_sigprocmask_args *args)
{
	l_osigset_t set, oset;
	uint64_t blocked;
	int error;

	blocked = linux_blocked(td);
	oset = (l_osigset_t)blocked;
	if (args->mask != NULL) {
		error = copyin(args->mask, &set, sizeof(set));
		if (error != 0)
			return (error);
		switch (args->how) {
		case LINUX_SIG_BLOCK:
			blocked |= set;
			break;
		case LINUX_SIG_UNBLOCK:
			blocked &= ~(uint64_t)set;
			break;
		case LINUX_SIG_SETMASK:
			blocked = (blocked & ~0xffffffffull) | set;
			break;
		default:
			return (EINVAL);
		}
		linux_set_blocked(td, blocked);
	}
	if (args->omask != NULL)
		return (copyout(&oset, args->omask, sizeof(oset)));
	return (0);
}

int
linux_sgetmask(struct thread *td, struct linux_sgetmask_args *args)
{

	(void)args;
	td->td_retval[0] = (register_t)(uint32_t)linux_blocked(td);
	return (0);
}

int
linux_ssetmask(struct thread *td, struct linux_ssetmask_args *args)
{
	uint64_t old;

	old = linux_blocked(td);
	linux_set_blocked(td, args->newmask);
	td->td_retval[0] = (register_t)(uint32_t)old;
	return (0);
}

int
linux_sigpending(struct thread *td, struct linux_sigpending_args *args)
{
	ksigset_t pending;
	l_sigset_t lset;
	l_osigset_t set;

	(void)kern_sigpending(td, &pending);
	linux_sigset_from_ksigset(&pending, &lset);
	set = (l_osigset_t)(l_sigset_get(&lset) & linux_blocked(td));
	return (copyout(&set, args->set, sizeof(set)));
}

int
linux_sigsuspend(struct thread *td, struct linux_sigsuspend_args *args)
{

	return (linux_do_sigsuspend(td, args->mask));
}
#endif /* LINUX_ARCH_I386 */
