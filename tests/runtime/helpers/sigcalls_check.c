/*
 * sigcalls_check — the signal system calls on the runtime built for this
 * architecture, through the in-process host's system call path: the
 * 32-bit build checks the i386-only pre-rt calls (sigaction, signal,
 * sigprocmask, sgetmask/ssetmask, sigpending, sigsuspend, sigreturn) and
 * the rt ones; the amd64 build the rt ones (test_signal_syscalls.c has the
 * rest for amd64). Prints one line per check; exit 0 if all pass.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kern_api_signal.h"
#include "inproc.h"
#include "inproc_signal.h"
#include "linux_sigframe.h"
#include "linux_signal_map.h"
#include "linux_signal_var.h"

#include <linux_types.h>
#include "linux_errno.h"
#include "linux_syscall.h"

#define	HANDLER		0x00401000u
#define	RESTORER	0x00402000u
#define	PC		0x00403000u
#define	SIGBIT(s)	(1ull << ((s) - 1))

static unsigned failures, checks;
static struct proc *p;
static struct thread *td;
static uint8_t ustack[0x20000] __attribute__((__aligned__(64)));

static void __attribute__((__format__(__printf__, 2, 3)))
check(int ok, const char *fmt, ...)
{
	va_list ap;

	checks++;
	if (!ok)
		failures++;
	printf("%s ", ok ? "PASS" : "FAIL");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

static long
sys(long nr, long a0, long a1, long a2, long a3)
{

	return (inproc_syscall(nr, a0, a1, a2, a3, 0, 0));
}

static long
lerr(int host_errno)
{

	return (-(long)linux_errno_from_host(host_errno));
}

static uint64_t
blocked(void)
{
	l_sigset_t set;

	(void)sys(LINUX_SYS_linux_rt_sigprocmask, LINUX_SIG_BLOCK, 0,
	    (long)&set, sizeof(set));
	return (l_sigset_get(&set));
}

static void
setmask(uint64_t bits)
{
	l_sigset_t set;

	l_sigset_set(&set, bits);
	(void)sys(LINUX_SYS_linux_rt_sigprocmask, LINUX_SIG_SETMASK,
	    (long)&set, 0, sizeof(set));
}

static void
user_regs(void)
{
	struct trapframe *tf = td->td_frame;

	memset(tf, 0, sizeof(*tf));
#ifdef LINUX_ARCH_AMD64
	tf->tf_rip = PC;
	tf->tf_rsp = (uint64_t)(uintptr_t)(ustack + sizeof(ustack) - 256);
	tf->tf_rflags = 0x246;
	tf->tf_cs = 0x33;
	tf->tf_ss = 0x2b;
#else
	tf->tf_eip = PC;
	tf->tf_esp = (uint32_t)(uintptr_t)(ustack + sizeof(ustack) - 256);
	tf->tf_eflags = 0x246;
	tf->tf_cs = 0x23;
	tf->tf_ss = tf->tf_ds = tf->tf_es = 0x2b;
	tf->tf_eax = 0x1234;
#endif
}

static void
check_rt_calls(void)
{
	struct l_sigaction act, oact;
	l_sigset_t set;

	memset(&act, 0, sizeof(act));
	act.lsa_handler = HANDLER;
	act.lsa_flags = LINUX_SA_SIGINFO | LINUX_SA_RESTORER | 0x00200000u;
	act.lsa_restorer = RESTORER;
	l_sigset_set(&act.lsa_mask, SIGBIT(LINUX_SIGRTMIN + 9));
	check(sys(LINUX_SYS_linux_rt_sigaction, LINUX_SIGUSR1, (long)&act, 0,
	    sizeof(l_sigset_t)) == 0, "rt_sigaction sets");
	check(sys(LINUX_SYS_linux_rt_sigaction, LINUX_SIGUSR1, 0, (long)&oact,
	    sizeof(l_sigset_t)) == 0 && oact.lsa_handler == HANDLER &&
	    oact.lsa_flags == act.lsa_flags && oact.lsa_restorer == RESTORER &&
	    l_sigset_get(&oact.lsa_mask) == SIGBIT(LINUX_SIGRTMIN + 9),
	    "rt_sigaction gives back handler, flags, restorer, mask");
	check(sys(LINUX_SYS_linux_rt_sigaction, LINUX_SIGSTOP, (long)&act, 0,
	    sizeof(l_sigset_t)) == lerr(EINVAL), "rt_sigaction(SIGSTOP) EINVAL");
	/* An rt frame and back through rt_sigreturn. */
	(void)sys(LINUX_SYS_linux_tgkill, p->p_pid, td->td_tid, LINUX_SIGUSR1,
	    0);
	user_regs();
	check(inproc_signal_deliver(td) == KSIGUSR1, "rt: SIGUSR1 delivered");
	{
		struct trapframe ret = *td->td_frame;
		struct l_rt_sigframe *f;

#ifdef LINUX_ARCH_AMD64
		f = (struct l_rt_sigframe *)(uintptr_t)ret.tf_rsp;
		check(ret.tf_rip == HANDLER && f->info.lsi_code ==
		    LINUX_SI_TKILL, "rt: handler entered with siginfo");
		ret.tf_rsp += 8;
		ret.tf_rax = ret.tf_orig_rax = LINUX_SYS_linux_rt_sigreturn;
		check(inproc_syscall_frame(&ret) == EJUSTRETURN &&
		    ret.tf_rip == PC, "rt_sigreturn restores the context");
#else
		f = (struct l_rt_sigframe *)(uintptr_t)ret.tf_esp;
		check(ret.tf_eip == HANDLER && ret.tf_edx == f->pinfo &&
		    ret.tf_ecx == f->puc && f->info.lsi_code == LINUX_SI_TKILL &&
		    memcmp(f->retcode, "\xb8\xad\0\0\0\xcd\x80", 7) == 0,
		    "rt: handler entered with pinfo, puc, siginfo, retcode");
		ret.tf_esp += 4;
		ret.tf_eax = ret.tf_orig_eax = LINUX_SYS_linux_rt_sigreturn;
		check(inproc_syscall_frame(&ret) == EJUSTRETURN &&
		    ret.tf_eip == PC && ret.tf_eax == 0x1234,
		    "rt_sigreturn restores the context");
#endif
	}
	l_sigset_set(&set, ~0ull);
	check(sys(LINUX_SYS_linux_rt_sigprocmask, LINUX_SIG_SETMASK,
	    (long)&set, 0, sizeof(set)) == 0 && blocked() ==
	    ~(SIGBIT(LINUX_SIGKILL) | SIGBIT(LINUX_SIGSTOP)),
	    "rt_sigprocmask cannot block SIGKILL/SIGSTOP");
	setmask(0);
}

#ifdef LINUX_ARCH_I386
static void
check_old_calls(void)
{
	struct l_osigaction osa, oosa;
	l_osigset_t oset, set;
	struct l_sigframe *f;
	struct trapframe tf;
	long r;

	/* sigaction: a 32-bit mask, before the flags. */
	memset(&osa, 0, sizeof(osa));
	osa.lsa_handler = HANDLER;
	osa.lsa_mask = (l_osigset_t)SIGBIT(LINUX_SIGUSR2);
	osa.lsa_flags = LINUX_SA_RESTORER;
	osa.lsa_restorer = RESTORER;
	check(sys(LINUX_SYS_linux_sigaction, LINUX_SIGUSR1, (long)&osa, 0, 0) ==
	    0, "sigaction sets");
	check(sys(LINUX_SYS_linux_sigaction, LINUX_SIGUSR1, 0, (long)&oosa,
	    0) == 0 && oosa.lsa_handler == HANDLER &&
	    oosa.lsa_mask == SIGBIT(LINUX_SIGUSR2) &&
	    oosa.lsa_flags == LINUX_SA_RESTORER &&
	    oosa.lsa_restorer == RESTORER, "sigaction gives it back");
	check(sys(LINUX_SYS_linux_sigaction, LINUX_SIGKILL, (long)&osa, 0, 0) ==
	    lerr(EINVAL), "sigaction(SIGKILL) EINVAL");

	/* signal(): one-shot, not masked; returns the old handler. */
	r = sys(LINUX_SYS_linux_signal, LINUX_SIGUSR2, HANDLER + 0x10, 0, 0);
	check(r == LINUX_SIG_DFL, "signal returns the old handler");
	check(sys(LINUX_SYS_linux_sigaction, LINUX_SIGUSR2, 0, (long)&oosa,
	    0) == 0 && oosa.lsa_handler == HANDLER + 0x10 && oosa.lsa_flags ==
	    (LINUX_SA_RESETHAND | LINUX_SA_NODEFER),
	    "signal installs SA_ONESHOT | SA_NOMASK");

	/* sigprocmask(SIG_SETMASK) replaces signals 1-32 only. */
	setmask(SIGBIT(LINUX_SIGRTMIN + 1) | SIGBIT(LINUX_SIGUSR1));
	set = (l_osigset_t)SIGBIT(LINUX_SIGPIPE);
	check(sys(LINUX_SYS_linux_sigprocmask, LINUX_SIG_SETMASK, (long)&set,
	    (long)&oset, 0) == 0 && oset == SIGBIT(LINUX_SIGUSR1) &&
	    blocked() == (SIGBIT(LINUX_SIGRTMIN + 1) | SIGBIT(LINUX_SIGPIPE)),
	    "sigprocmask(SIG_SETMASK) keeps signals 33-64");
	check(sys(LINUX_SYS_linux_sigprocmask, 9, (long)&set, 0, 0) ==
	    lerr(EINVAL) && sys(LINUX_SYS_linux_sigprocmask, 9, 0, (long)&oset,
	    0) == 0, "sigprocmask checks how only with a set");

	/* sgetmask/ssetmask: the low word; ssetmask clears 33-64. */
	r = sys(LINUX_SYS_linux_sgetmask, 0, 0, 0, 0);
	check(r == (long)SIGBIT(LINUX_SIGPIPE), "sgetmask");
	r = sys(LINUX_SYS_linux_ssetmask, (long)SIGBIT(LINUX_SIGHUP), 0, 0, 0);
	check(r == (long)SIGBIT(LINUX_SIGPIPE) &&
	    blocked() == SIGBIT(LINUX_SIGHUP), "ssetmask replaces the mask");

	/* sigpending: blocked pending signals 1-32. */
	setmask(SIGBIT(LINUX_SIGUSR1) | SIGBIT(LINUX_SIGRTMIN + 1));
	(void)sys(LINUX_SYS_linux_tgkill, p->p_pid, td->td_tid, LINUX_SIGUSR1,
	    0);
	(void)sys(LINUX_SYS_linux_tgkill, p->p_pid, td->td_tid,
	    LINUX_SIGRTMIN + 1, 0);
	r = sys(LINUX_SYS_linux_sigpending, (long)&set, 0, 0, 0);
	check(r == 0 && set == SIGBIT(LINUX_SIGUSR1),
	    "sigpending: signals 1-32 only");

	/* Delivery through a sigframe, and back through sigreturn. */
	setmask(SIGBIT(LINUX_SIGRTMIN + 1));
	user_regs();
	tf = *td->td_frame;
	check(inproc_signal_deliver(td) == KSIGUSR1, "SIGUSR1 delivered");
	f = (struct l_sigframe *)(uintptr_t)td->td_frame->tf_esp;
	check(td->td_frame->tf_eip == HANDLER && f->sig == LINUX_SIGUSR1 &&
	    f->pretcode == RESTORER && td->td_frame->tf_eax ==
	    LINUX_SIGUSR1 && td->td_frame->tf_edx == 0 &&
	    td->td_frame->tf_ecx == 0, "the handler's sigframe and registers");
	check(f->sc.oldmask == 0 && f->extramask[0] ==
	    (uint32_t)(SIGBIT(LINUX_SIGRTMIN + 1) >> 32) && f->sc.eip == PC &&
	    f->sc.eax == 0x1234, "the sigframe's context and mask");
	check(memcmp(f->retcode, "\x58\xb8\x77\0\0\0\xcd\x80", 8) == 0,
	    "retcode: popl %%eax; movl $119,%%eax; int $0x80");
	*td->td_frame = (struct trapframe){ 0 };
	td->td_frame->tf_esp = (uint32_t)(uintptr_t)f + 8;
	td->td_frame->tf_eax = td->td_frame->tf_orig_eax =
	    LINUX_SYS_linux_sigreturn;
	{
		struct trapframe ret = *td->td_frame;

		check(inproc_syscall_frame(&ret) == EJUSTRETURN &&
		    ret.tf_eip == tf.tf_eip && ret.tf_esp == tf.tf_esp &&
		    ret.tf_eax == tf.tf_eax, "sigreturn restores the context");
	}
	check(blocked() == SIGBIT(LINUX_SIGRTMIN + 1), "sigreturn restores the mask");
}
#endif

int
main(void)
{

	setvbuf(stdout, NULL, _IOLBF, 0);
	p = inproc_proc_create();
	td = inproc_thread_attach(p);
	check_rt_calls();
#ifdef LINUX_ARCH_I386
	check_old_calls();
#endif
	inproc_thread_detach();
	printf("%u checks, %u failed\n", checks, failures);
	return (failures != 0 ? 1 : 0);
}
