/*
 * trapinfo.c — what a signal handler finds in its sigcontext's trap
 * number, error code and fault address (trapno, err, cr2), which Linux
 * fills from the thread's last trap: faults of every kind (write to and
 * read of an unmapped page, a write to a read-only page, a jump into a
 * page without execute permission, ud2, int3, a division by zero), then a
 * signal sent with kill, which shows the last trap's values, then the same
 * in a new thread, and last a stack overflow caught on a sigaltstack. The handlers leave with siglongjmp. Prints one line per
 * case; the same output natively and under lxrun is the test (the tracer
 * host's kern_thread_trapinfo).
 */
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

static sigjmp_buf env;
static volatile unsigned long seen_trapno, seen_err, seen_cr2;
static volatile int seen_sig;

static void
handler(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;

	(void)si;
	seen_sig = sig;
#if defined(__x86_64__)
	seen_trapno = (unsigned long)uc->uc_mcontext.gregs[REG_TRAPNO];
	seen_err = (unsigned long)uc->uc_mcontext.gregs[REG_ERR];
	seen_cr2 = (unsigned long)uc->uc_mcontext.gregs[REG_CR2];
#else
	seen_trapno = (unsigned long)uc->uc_mcontext.gregs[REG_TRAPNO];
	seen_err = (unsigned long)uc->uc_mcontext.gregs[REG_ERR];
	seen_cr2 = uc->uc_mcontext.cr2;
#endif
	if (sig != SIGUSR1)
		siglongjmp(env, 1);
}

/* Addresses print relative to `base` (they differ from run to run). */
static void
report(const char *what, uintptr_t base)
{
	unsigned long cr2 = seen_cr2;

	printf("%-22s sig=%d trapno=%lu err=%#lx cr2=%s%#lx\n", what,
	    seen_sig, seen_trapno, seen_err, base != 0 ? "base+" : "",
	    base != 0 ? cr2 - base : cr2);
	seen_sig = 0;
}

static int divisor;

static volatile int depth_limit = 1 << 30;	/* never reached */

static int
recurse(int n)
{
	volatile char pad[1024];

	pad[0] = (char)n;
	if (n >= depth_limit)
		return (0);
	return (recurse(n + 1) + pad[0]);
}

/* Unmapped addresses, hidden from the compiler's bounds checks. */
static volatile uintptr_t low_page = 16;

static void *
thread_main(void *arg)
{

	(void)arg;
	pthread_kill(pthread_self(), SIGUSR1);
	return (NULL);
}

int
main(void)
{
	struct sigaction sa;
	volatile char *ro, *rw;
	void (*fn)(void);
	pthread_t t;
	int sigs[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGUSR1 };
	unsigned i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		sigaction(sigs[i], &sa, NULL);
	ro = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	rw = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE |
	    MAP_ANONYMOUS, -1, 0);
	if (ro == MAP_FAILED || rw == MAP_FAILED)
		return (2);

	if (sigsetjmp(env, 1) == 0)
		*(volatile int *)low_page = 1;
	report("write unmapped", 0);
	if (sigsetjmp(env, 1) == 0)
		(void)*(volatile int *)(low_page + 8);
	report("read unmapped", 0);
	if (sigsetjmp(env, 1) == 0)
		ro[8] = 1;
	report("write read-only", (uintptr_t)ro);
	if (sigsetjmp(env, 1) == 0) {
		rw[0] = (char)0xc3;	/* ret, on a page without PROT_EXEC */
		fn = (void (*)(void))(uintptr_t)rw;
		fn();
	}
	report("execute no-exec", (uintptr_t)rw);
	if (sigsetjmp(env, 1) == 0)
		__asm__ volatile("ud2");
	report("ud2", (uintptr_t)rw);	/* cr2: the last page fault's */
	if (sigsetjmp(env, 1) == 0)
		__asm__ volatile("int3");
	report("int3", (uintptr_t)rw);
	if (sigsetjmp(env, 1) == 0)
		printf("%d\n", 7 / divisor);
	report("divide by zero", (uintptr_t)rw);
	if (sigsetjmp(env, 1) == 0)
		*(volatile int *)(low_page + 24) = 1;
	report("write unmapped again", 0);
	kill(getpid(), SIGUSR1);
	report("kill (last trap)", 0);
	pthread_create(&t, NULL, thread_main, NULL);
	pthread_join(t, NULL);
	report("new thread", 0);
	{
		static char alt[64 * 1024];
		stack_t ss;

		memset(&ss, 0, sizeof(ss));
		ss.ss_sp = alt;
		ss.ss_size = sizeof(alt);
		sigaltstack(&ss, NULL);
		sa.sa_flags |= SA_ONSTACK;
		sigaction(SIGSEGV, &sa, NULL);
		if (sigsetjmp(env, 1) == 0)
			(void)recurse(0);
		seen_cr2 = 0;	/* somewhere below the stack */
		report("stack overflow", 0);
	}
	return (0);
}
