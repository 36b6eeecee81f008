/*
 * sigtest_unit.h — shared by the Criterion suites of the signal code: an
 * emulated thread per test (Criterion runs each test in its own process),
 * a user stack for its frames, the runtime's system calls by number.
 */
#ifndef _SIGTEST_UNIT_H_
#define _SIGTEST_UNIT_H_

#include <criterion/criterion.h>
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

#define	UT_HANDLER	0x0000000000401000ull	/* never executed */
#define	UT_RESTORER	0x0000000000402000ull
#define	UT_PC		0x0000000000403000ull
#define	UT_STACK_SIZE	0x20000

static struct proc *ut_proc;
static struct thread *ut_td;
static uint8_t ut_stack[UT_STACK_SIZE] __attribute__((__aligned__(64)));

static inline void
ut_setup(void)
{

	ut_proc = inproc_proc_create();
	ut_td = inproc_thread_attach(ut_proc);
}

static inline void
ut_teardown(void)
{

	inproc_thread_detach();
}

static inline long
ut_sys(long nr, long a0, long a1, long a2, long a3)
{

	return (inproc_syscall(nr, a0, a1, a2, a3, 0, 0));
}

/* -errno as the emulated program sees it, from a host errno name. */
static inline long
ut_lerr(int host_errno)
{

	return (-(long)linux_errno_from_host(host_errno));
}

static inline uint64_t
ut_sigbit(int lsig)
{

	return (1ull << (lsig - 1));
}

static inline long
ut_sigaction(int lsig, uint64_t handler, uint64_t flags, uint64_t mask,
    struct l_sigaction *oact)
{
	struct l_sigaction act;

	memset(&act, 0, sizeof(act));
	act.lsa_handler = (l_uintptr_t)handler;
	act.lsa_flags = (l_ulong)flags;
	act.lsa_restorer = (l_uintptr_t)UT_RESTORER;
	l_sigset_set(&act.lsa_mask, mask);
	return (ut_sys(LINUX_SYS_linux_rt_sigaction, lsig, (long)&act,
	    (long)oact, sizeof(l_sigset_t)));
}

static inline uint64_t
ut_blocked(void)
{
	l_sigset_t set;

	cr_assert_eq(ut_sys(LINUX_SYS_linux_rt_sigprocmask, LINUX_SIG_BLOCK,
	    0, (long)&set, sizeof(set)), 0);
	return (l_sigset_get(&set));
}

static inline void
ut_setmask(uint64_t bits)
{
	l_sigset_t set;

	l_sigset_set(&set, bits);
	cr_assert_eq(ut_sys(LINUX_SYS_linux_rt_sigprocmask, LINUX_SIG_SETMASK,
	    (long)&set, 0, sizeof(set)), 0);
}

/* Linux signals pending for the thread, blocked or not. */
static inline uint64_t
ut_pending(void)
{
	ksigset_t hset;
	l_sigset_t lset;

	(void)kern_sigpending(ut_td, &hset);
	linux_sigset_from_ksigset(&hset, &lset);
	return (l_sigset_get(&lset));
}

static inline long
ut_tgkill_self(int lsig)
{

	return (ut_sys(LINUX_SYS_linux_tgkill, ut_proc->p_pid, ut_td->td_tid,
	    lsig, 0));
}

/*
 * The registers the thread returns to user mode with: a program in the
 * middle of its code, on ut_stack.
 */
static inline void
ut_user_regs(struct trapframe *tf, uint64_t sp)
{

	memset(tf, 0, sizeof(*tf));
#ifdef LINUX_ARCH_AMD64
	tf->tf_rip = UT_PC;
	tf->tf_rsp = sp;
	tf->tf_rflags = 0x246 | LINUX_EFL_DF | LINUX_EFL_TF | LINUX_EFL_RF;
	tf->tf_cs = 0x33;
	tf->tf_ss = 0x2b;
	tf->tf_rax = 0x1111;
	tf->tf_rbx = 0x2222;
	tf->tf_r15 = 0x3333;
	tf->tf_orig_rax = (uint64_t)-1;
#else
	tf->tf_eip = (uint32_t)UT_PC;
	tf->tf_esp = (uint32_t)sp;
	tf->tf_eflags = 0x246;
	tf->tf_cs = 0x23;
	tf->tf_ss = tf->tf_ds = tf->tf_es = 0x2b;
#endif
}

static inline uint64_t
ut_stack_top(void)
{

	return ((uint64_t)(uintptr_t)(ut_stack + UT_STACK_SIZE - 256));
}

#endif /* !_SIGTEST_UNIT_H_ */
