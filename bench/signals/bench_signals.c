/*
 * bench_signals — what a signal costs the emulation, against what the same
 * signal costs the real kernel, measured in the same run.
 *
 *   kernel        tgkill() to itself with a real SA_SIGINFO handler that
 *                 returns at once: the kernel builds the frame, enters the
 *                 handler, and rt_sigreturn comes back — one signal,
 *                 round trip, as a program pays it natively.
 *   runtime-frame the runtime's part of the same round trip: the sendsig
 *                 hook builds the Linux frame (with the FP image) on a user
 *                 stack and rt_sigreturn takes it apart.
 *   runtime-path  the whole emulated round trip on the in-process host:
 *                 tgkill through the runtime's system call path, the host
 *                 picking and delivering the signal, rt_sigreturn through
 *                 the system call path.
 *
 * Each is timed over `iters` round trips, `reps` times; the median of the
 * per-round-trip times is reported, and the runtime's medians as ratios of
 * the kernel's. Run pinned to one CPU (make bench does: taskset -c 0).
 *
 * Usage: bench_signals [iters [reps]]
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "kern_api_signal.h"
#include "inproc.h"
#include "inproc_signal.h"
#include "linux_sigframe.h"
#include "linux_signal_map.h"
#include "linux_signal_var.h"

#include <linux_types.h>
#include "linux_syscall.h"

#define	STACK_SIZE	0x20000

static uint8_t user_stack[STACK_SIZE] __attribute__((__aligned__(64)));
static volatile unsigned handled;

static double
now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ((double)ts.tv_sec * 1e9 + (double)ts.tv_nsec);
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x < y ? -1 : x > y);
}

static double
median(double *v, int n)
{

	qsort(v, (size_t)n, sizeof(*v), cmp_double);
	return (n % 2 != 0 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
}

/* ---- The real kernel ---- */

static void
handler(int sig, siginfo_t *si, void *uc)
{

	(void)sig;
	(void)si;
	(void)uc;
	handled++;
}

static double
kernel_round_trip(unsigned iters)
{
	pid_t pid = getpid();
	pid_t tid = (pid_t)syscall(SYS_gettid);
	double t0;
	unsigned i;

	t0 = now_ns();
	for (i = 0; i < iters; i++)
		syscall(SYS_tgkill, pid, tid, SIGUSR1);
	return ((now_ns() - t0) / iters);
}

/* ---- The runtime ---- */

struct rt_ctx {
	struct proc	*p;
	struct thread	*td;
	struct ksigaction act;
	ksiginfo_t	 ksi;
	ksigset_t	 mask;
	struct trapframe user;
};

static void
rt_setup(struct rt_ctx *c)
{
	struct l_sigaction lact;

	memset(c, 0, sizeof(*c));
	c->p = inproc_proc_create();
	c->td = inproc_thread_attach(c->p);
	memset(&lact, 0, sizeof(lact));
	lact.lsa_handler = 0x401000;
	lact.lsa_flags = LINUX_SA_SIGINFO | LINUX_SA_RESTORER;
	lact.lsa_restorer = 0x402000;
	if (inproc_syscall(LINUX_SYS_linux_rt_sigaction, LINUX_SIGUSR1,
	    (long)&lact, 0, sizeof(l_sigset_t), 0, 0) != 0) {
		fprintf(stderr, "bench_signals: rt_sigaction failed\n");
		exit(2);
	}
	linux_to_host_sigaction(&lact, &c->act);
	ksiginfo_init(&c->ksi);
	c->ksi.ksi_signo = KSIGUSR1;
	c->ksi.ksi_code = KSI_LWP;
	c->ksi.ksi_pid = c->p->p_pid;
	ksigemptyset(&c->mask);
	memset(&c->user, 0, sizeof(c->user));
	c->user.tf_rip = 0x403000;
	c->user.tf_rsp = (uint64_t)(uintptr_t)(user_stack + STACK_SIZE - 256);
	c->user.tf_rflags = 0x246;
	c->user.tf_cs = 0x33;
	c->user.tf_ss = 0x2b;
}

/* sendsig + rt_sigreturn, nothing around them. */
static double
runtime_frame_round_trip(struct rt_ctx *c, unsigned iters)
{
	struct trapframe *tf = c->td->td_frame;
	double t0;
	unsigned i;

	t0 = now_ns();
	for (i = 0; i < iters; i++) {
		*tf = c->user;
		if (linux_ksigvec.sv_sendsig(c->td, KSIGUSR1, &c->act, &c->ksi,
		    &c->mask) != 0)
			abort();
		tf->tf_rsp += 8;
		if (linux_rt_sigreturn_frame(c->td) != LINUX_SIGRET_OK)
			abort();
	}
	return ((now_ns() - t0) / iters);
}

/* tgkill, delivery and rt_sigreturn through the emulated syscall path. */
static double
runtime_path_round_trip(struct rt_ctx *c, unsigned iters)
{
	struct trapframe *tf = c->td->td_frame, ret;
	double t0;
	unsigned i;

	t0 = now_ns();
	for (i = 0; i < iters; i++) {
		(void)inproc_syscall(LINUX_SYS_linux_tgkill, c->p->p_pid,
		    c->td->td_tid, LINUX_SIGUSR1, 0, 0, 0);
		*tf = c->user;
		if (inproc_signal_deliver(c->td) != KSIGUSR1)
			abort();
		ret = *tf;
		ret.tf_rsp += 8;
		ret.tf_rax = ret.tf_orig_rax = LINUX_SYS_linux_rt_sigreturn;
		if (inproc_syscall_frame(&ret) != EJUSTRETURN)
			abort();
	}
	return ((now_ns() - t0) / iters);
}

int
main(int argc, char **argv)
{
	struct sigaction sa;
	struct rt_ctx c;
	struct kfpinfo fi;
	double *k, *f, *p, km, fm, pm;
	unsigned iters;
	int reps, r;

	iters = argc > 1 ? (unsigned)strtoul(argv[1], NULL, 10) : 20000;
	reps = argc > 2 ? atoi(argv[2]) : 21;
	if (iters == 0 || reps <= 0) {
		fprintf(stderr, "usage: %s [iters [reps]]\n", argv[0]);
		return (2);
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR1, &sa, NULL);
	rt_setup(&c);
	kern_fpu_info(c.td, &fi);

	k = calloc((size_t)reps, sizeof(*k));
	f = calloc((size_t)reps, sizeof(*f));
	p = calloc((size_t)reps, sizeof(*p));
	/* Interleaved, so that all three see the same machine. */
	(void)kernel_round_trip(iters / 10 + 1);
	(void)runtime_frame_round_trip(&c, iters / 10 + 1);
	(void)runtime_path_round_trip(&c, iters / 10 + 1);
	for (r = 0; r < reps; r++) {
		k[r] = kernel_round_trip(iters);
		f[r] = runtime_frame_round_trip(&c, iters);
		p[r] = runtime_path_round_trip(&c, iters);
	}
	if (handled < (unsigned)reps * iters) {
		fprintf(stderr, "bench_signals: the kernel delivered %u of %u\n",
		    handled, (unsigned)reps * iters);
		return (1);
	}
	km = median(k, reps);
	fm = median(f, reps);
	pm = median(p, reps);
	printf("signal round trip, amd64, XSAVE image %u bytes, %u x %d runs, "
	    "medians:\n", fi.kfp_size, iters, reps);
	printf("  kernel         %8.1f ns  (tgkill + delivery + handler + "
	    "rt_sigreturn)\n", km);
	printf("  runtime-frame  %8.1f ns  %.2fx kernel  (sendsig + "
	    "rt_sigreturn)\n", fm, fm / km);
	printf("  runtime-path   %8.1f ns  %.2fx kernel  (tgkill, delivery, "
	    "rt_sigreturn through the syscall path)\n", pm, pm / km);
	inproc_thread_detach();
	free(k);
	free(f);
	free(p);
	return (0);
}
