/*
 * test_sigframe_amd64.c — delivering a signal to a handler and returning
 * from it, on the in-process host: the frame's contents and place, the
 * registers the handler starts with, what the host does around the hook
 * (mask, SA_NODEFER, SA_RESETHAND), what happens when no frame can be
 * built, and the round trip through rt_sigreturn. The same frames are
 * checked against the real kernel in test_sigframe_kernel.c.
 */
#include <stdlib.h>
#include <unistd.h>

#include "sigtest_unit.h"

TestSuite(sigframe_amd64, .init = ut_setup, .fini = ut_teardown,
    .timeout = 30);

static struct l_rt_sigframe *
frame_at(uint64_t rsp)
{

	return ((struct l_rt_sigframe *)(uintptr_t)rsp);
}

/* Post `lsig` to ourselves and return to user mode at ut_stack. */
static int
deliver_self(int lsig, uint64_t sp)
{

	cr_assert_eq(ut_tgkill_self(lsig), 0);
	ut_user_regs(ut_td->td_frame, sp);
	return (inproc_signal_deliver(ut_td));
}

Test(sigframe_amd64, the_handler_starts_with_linux_registers_and_frame)
{
	struct l_rt_sigframe *f;
	struct trapframe *tf = ut_td->td_frame;
	uint64_t sp = ut_stack_top();

	cr_assert_eq(ut_sigaction(LINUX_SIGUSR1, UT_HANDLER,
	    LINUX_SA_SIGINFO | LINUX_SA_RESTORER, ut_sigbit(LINUX_SIGUSR2),
	    NULL), 0);
	ut_setmask(ut_sigbit(LINUX_SIGPIPE));
	cr_assert_eq(deliver_self(LINUX_SIGUSR1, sp),
	    host_signal_from_linux(LINUX_SIGUSR1));

	cr_assert_eq(tf->tf_rip, UT_HANDLER);
	cr_assert_eq(tf->tf_rdi, LINUX_SIGUSR1);
	cr_assert_eq(tf->tf_rax, 0, "rax is 0 for unprototyped handlers");
	cr_assert_eq(tf->tf_rsp % 16, 8, "rsp + 8 aligned as after a call");
	cr_assert_lt(tf->tf_rsp + sizeof(*f), sp - LINUX_REDZONE,
	    "the red zone below the interrupted rsp is left alone");
	f = frame_at(tf->tf_rsp);
	cr_assert_eq(tf->tf_rsi, (uint64_t)(uintptr_t)&f->info);
	cr_assert_eq(tf->tf_rdx, (uint64_t)(uintptr_t)&f->uc);
	cr_assert_eq(tf->tf_rflags & (LINUX_EFL_DF | LINUX_EFL_TF |
	    LINUX_EFL_RF), 0, "DF, TF and RF are cleared for the handler");
	cr_assert_eq(tf->tf_cs, 0x33);

	cr_assert_eq(f->pretcode, UT_RESTORER);
	cr_assert_eq(f->uc.uc_mcontext.rip, UT_PC);
	cr_assert_eq(f->uc.uc_mcontext.rsp, sp);
	cr_assert_eq(f->uc.uc_mcontext.rax, 0x1111);
	cr_assert_eq(f->uc.uc_mcontext.r15, 0x3333);
	cr_assert_eq(l_sigset_get(&f->uc.uc_sigmask), ut_sigbit(LINUX_SIGPIPE),
	    "the frame saves the mask before delivery");
	cr_assert_eq(f->uc.uc_mcontext.oldmask, ut_sigbit(LINUX_SIGPIPE));
	cr_assert_eq(f->uc.uc_stack.ss_flags, LINUX_SS_DISABLE);
	cr_assert_eq(f->info.lsi_signo, LINUX_SIGUSR1);
	cr_assert_eq(f->info.lsi_code, LINUX_SI_TKILL);
	cr_assert_eq(f->info.lsi_pid, ut_proc->p_pid);
	cr_assert_eq(f->info.lsi_uid, (uint32_t)getuid());
	cr_assert_eq(f->uc.uc_mcontext.fpstate % 64, 0,
	    "the XSAVE image is 64-byte aligned");
	cr_assert_gt(f->uc.uc_mcontext.fpstate, tf->tf_rsp + sizeof(*f) - 1);

	cr_assert_eq(ut_blocked(), ut_sigbit(LINUX_SIGPIPE) |
	    ut_sigbit(LINUX_SIGUSR2) | ut_sigbit(LINUX_SIGUSR1),
	    "sa_mask and the signal itself are blocked in the handler");
}

Test(sigframe_amd64, sa_nodefer_leaves_the_signal_unblocked)
{

	cr_assert_eq(ut_sigaction(LINUX_SIGUSR1, UT_HANDLER,
	    LINUX_SA_RESTORER | LINUX_SA_NODEFER, 0, NULL), 0);
	ut_setmask(0);
	cr_assert_gt(deliver_self(LINUX_SIGUSR1, ut_stack_top()), 0);
	cr_assert_eq(ut_blocked(), 0);
}

Test(sigframe_amd64, sa_resethand_restores_the_default_action)
{
	struct l_sigaction oact;

	cr_assert_eq(ut_sigaction(LINUX_SIGUSR1, UT_HANDLER,
	    LINUX_SA_RESTORER | LINUX_SA_RESETHAND, 0, NULL), 0);
	cr_assert_gt(deliver_self(LINUX_SIGUSR1, ut_stack_top()), 0);
	/* The frame was built with the handler the signal was caught by. */
	cr_assert_eq(ut_td->td_frame->tf_rip, UT_HANDLER);
	cr_assert_eq(ut_sys(LINUX_SYS_linux_rt_sigaction, LINUX_SIGUSR1, 0,
	    (long)&oact, sizeof(l_sigset_t)), 0);
	cr_assert_eq(oact.lsa_handler, LINUX_SIG_DFL);
}

Test(sigframe_amd64, without_sa_restorer_there_is_no_frame_but_sigsegv)
{
	uint64_t blocked;

	cr_assert_eq(ut_sigaction(LINUX_SIGUSR1, UT_HANDLER, LINUX_SA_SIGINFO,
	    0, NULL), 0);
	blocked = ut_blocked();
	cr_assert_gt(deliver_self(LINUX_SIGUSR1, ut_stack_top()), 0);
	cr_assert_eq(ut_td->td_frame->tf_rip, UT_PC,
	    "the registers are not pointed at the handler");
	cr_assert_eq(ut_blocked(), blocked, "the mask is left alone");
	cr_assert_neq(ut_pending() & ut_sigbit(LINUX_SIGSEGV), 0,
	    "SIGSEGV is forced, as Linux's force_sigsegv()");
}

Test(sigframe_amd64, a_sigsegv_handler_without_a_frame_kills_the_process)
{
	struct l_sigaction oact;
	ksiginfo_t ksi;

	/* No SA_RESTORER: the SIGSEGV handler itself cannot be entered. */
	cr_assert_eq(ut_sigaction(LINUX_SIGSEGV, UT_HANDLER, 0, 0, NULL), 0);
	ksiginfo_init(&ksi);
	ksi.ksi_signo = KSIGSEGV;
	ksi.ksi_code = KSEGV_MAPERR;
	kern_trapsignal(ut_td, &ksi);
	ut_user_regs(ut_td->td_frame, ut_stack_top());
	cr_assert_eq(inproc_signal_deliver(ut_td), KSIGSEGV);
	cr_assert_eq(ut_sys(LINUX_SYS_linux_rt_sigaction, LINUX_SIGSEGV, 0,
	    (long)&oact, sizeof(l_sigset_t)), 0);
	cr_assert_eq(oact.lsa_handler, LINUX_SIG_DFL,
	    "the handler is reset so that the next SIGSEGV is fatal");
	cr_assert_eq(inproc_signal_deliver(ut_td), -KSIGSEGV);
	cr_assert_eq(inproc_signal_exitsig(ut_proc), KSIGSEGV);
}

Test(sigframe_amd64, a_frame_that_does_not_fit_the_sigaltstack_is_sigsegv)
{
	l_stack_t ss;

	memset(&ss, 0, sizeof(ss));
	ss.ss_sp = (l_ulong)(uintptr_t)ut_stack;
	ss.ss_size = LINUX_MINSIGSTKSZ;	/* smaller than frame + XSAVE */
	cr_assert_eq(ut_sys(LINUX_SYS_linux_sigaltstack, (long)&ss, 0, 0, 0),
	    0);
	cr_assert_eq(ut_sigaction(LINUX_SIGUSR1, UT_HANDLER,
	    LINUX_SA_RESTORER | LINUX_SA_ONSTACK, 0, NULL), 0);
	cr_assert_gt(deliver_self(LINUX_SIGUSR1, ut_stack_top()), 0);
	cr_assert_eq(ut_td->td_frame->tf_rip, UT_PC);
	cr_assert_neq(ut_pending() & ut_sigbit(LINUX_SIGSEGV), 0);
}

Test(sigframe_amd64, sa_onstack_uses_the_top_of_the_sigaltstack_once)
{
	struct l_rt_sigframe *f;
	struct trapframe in_handler;
	uint64_t top, first;
	l_stack_t ss;

	memset(&ss, 0, sizeof(ss));
	ss.ss_sp = (l_ulong)(uintptr_t)ut_stack;
	ss.ss_size = UT_STACK_SIZE / 2;
	top = (uint64_t)(uintptr_t)ut_stack + UT_STACK_SIZE / 2;
	cr_assert_eq(ut_sys(LINUX_SYS_linux_sigaltstack, (long)&ss, 0, 0, 0),
	    0);
	cr_assert_eq(ut_sigaction(LINUX_SIGUSR1, UT_HANDLER,
	    LINUX_SA_SIGINFO | LINUX_SA_RESTORER | LINUX_SA_ONSTACK |
	    LINUX_SA_NODEFER, 0, NULL), 0);
	cr_assert_gt(deliver_self(LINUX_SIGUSR1, ut_stack_top()), 0);
	first = ut_td->td_frame->tf_rsp;
	f = frame_at(first);
	cr_assert_lt(first, top);
	cr_assert_gt(first, top - 4096 - sizeof(*f) - 64 - 2 * 4096);
	cr_assert_eq(f->uc.uc_stack.ss_flags, 0, "not on it when interrupted");
	cr_assert_eq(f->uc.uc_stack.ss_sp, (l_ulong)(uintptr_t)ut_stack);

	/* A second signal in the handler: below the first frame, not on top. */
	in_handler = *ut_td->td_frame;
	cr_assert_eq(ut_tgkill_self(LINUX_SIGUSR1), 0);
	*ut_td->td_frame = in_handler;	/* the syscall's frame was another */
	cr_assert_gt(inproc_signal_deliver(ut_td), 0);
	cr_assert_lt(ut_td->td_frame->tf_rsp, first - LINUX_REDZONE);
	f = frame_at(ut_td->td_frame->tf_rsp);
	cr_assert_eq(f->uc.uc_stack.ss_flags, LINUX_SS_ONSTACK);
}

Test(sigframe_amd64, rt_sigreturn_gives_back_the_interrupted_context)
{
	struct trapframe before, tf;
	struct kfpinfo fi;
	uint8_t *img, *after;

	kern_fpu_info(ut_td, &fi);
	img = malloc(fi.kfp_size);
	after = malloc(fi.kfp_size);
	inproc_fpu_initial_image(img, fi.kfp_size);
	img[160] = 0x5a;			/* xmm0 */
	cr_assert_eq(kern_fpu_setstate(ut_td, img, fi.kfp_size), 0);
	cr_assert_eq(ut_sigaction(LINUX_SIGUSR1, UT_HANDLER,
	    LINUX_SA_SIGINFO | LINUX_SA_RESTORER, ut_sigbit(LINUX_SIGUSR2),
	    NULL), 0);
	ut_setmask(ut_sigbit(LINUX_SIGPIPE));
	cr_assert_eq(ut_tgkill_self(LINUX_SIGUSR1), 0);
	ut_user_regs(ut_td->td_frame, ut_stack_top());
	before = *ut_td->td_frame;
	cr_assert_gt(inproc_signal_deliver(ut_td), 0);
	(void)kern_fpu_getstate(ut_td, after, fi.kfp_size);
	cr_assert_eq(after[160], 0, "the handler starts with a clean FP state");

	/* The handler returns into the restorer: syscall 15 at rsp + 8. */
	tf = *ut_td->td_frame;
	tf.tf_rsp += 8;
	tf.tf_rax = tf.tf_orig_rax = LINUX_SYS_linux_rt_sigreturn;
	tf.tf_rip = tf.tf_rcx = UT_RESTORER + 9;
	cr_assert_eq(inproc_syscall_frame(&tf), EJUSTRETURN);
	cr_assert_eq(tf.tf_rip, before.tf_rip);
	cr_assert_eq(tf.tf_rsp, before.tf_rsp);
	cr_assert_eq(tf.tf_rax, before.tf_rax);
	cr_assert_eq(tf.tf_rbx, before.tf_rbx);
	cr_assert_eq(tf.tf_r15, before.tf_r15);
	cr_assert_eq(tf.tf_rflags, before.tf_rflags,
	    "DF, TF and RF come back from the frame");
	cr_assert_eq(tf.tf_orig_rax, (uint64_t)-1, "no restart after sigreturn");
	cr_assert_eq(ut_blocked(), ut_sigbit(LINUX_SIGPIPE));
	(void)kern_fpu_getstate(ut_td, after, fi.kfp_size);
	cr_assert_eq(after[160], 0x5a, "the FP state comes back from the frame");
	free(img);
	free(after);
}

/*
 * None of the frames below may crash the runtime: a seeded walk over
 * random corruptions of a good frame, every sigreturn answering with one
 * of its three verdicts.
 */
Test(sigframe_amd64, random_corruptions_never_crash_rt_sigreturn)
{
	struct trapframe good, tf;
	uint8_t *frame, saved[8192];
	uint64_t fa, span;
	unsigned i, j, n[3] = { 0, 0, 0 };
	int v;

	cr_assert_eq(ut_sigaction(LINUX_SIGUSR1, UT_HANDLER,
	    LINUX_SA_SIGINFO | LINUX_SA_RESTORER, 0, NULL), 0);
	cr_assert_gt(deliver_self(LINUX_SIGUSR1, ut_stack_top()), 0);
	good = *ut_td->td_frame;
	fa = good.tf_rsp;
	frame = (uint8_t *)(uintptr_t)fa;
	span = ut_stack_top() - fa;
	cr_assert_leq(span, sizeof(saved));
	memcpy(saved, frame, span);
	srandom(1234);
	for (i = 0; i < 3000; i++) {
		memcpy(frame, saved, span);
		for (j = 0; j < 1 + (unsigned)random() % 8; j++) {
			uint64_t off = (uint64_t)random() % (span < 1024 ?
			    span : 1024 + (random() % 2) * (span - 1024));

			frame[off % span] ^= (uint8_t)(1u << (random() % 8));
		}
		tf = good;
		tf.tf_rsp = fa + 8;
		ut_td->td_frame = &tf;
		v = linux_rt_sigreturn_frame(ut_td);
		cr_assert(v == LINUX_SIGRET_OK || v == LINUX_SIGRET_BADFRAME ||
		    v == LINUX_SIGRET_NORETURN, "verdict %d", v);
		n[v]++;
	}
	cr_assert_gt(n[LINUX_SIGRET_OK], 0);
	cr_assert_gt(n[LINUX_SIGRET_BADFRAME], 0,
	    "the corruptions reach what makes a frame bad");
}
