/*
 * fpframe.c — signal frames whose FP image a handler rewrote, and
 * whether rt_sigreturn takes them (x86-64; an i386 build says so and
 * exits). Linux runs XRSTOR on the frame itself, so it accepts:
 *   - an image in the compacted format (XSAVEC) when the CPU has it: the
 *     handler saves its own state that way over the frame's, and the
 *     interrupted code resumes with the handler's xmm0;
 *   - an XSTATE_BV with a bit XCR0 enables but the thread's features do
 *     not (AMX's tile data, on CPUs with AMX): XRSTOR loads only the
 *     thread's features.
 * Prints what happened; the same output natively and under lxrun is the
 * test (the tracer host's kfp_compacted and kfp_xcr0).
 */
#include <cpuid.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

#if defined(__x86_64__)
static int mode;		/* 0: as is, 1: compacted, 2: tile-data bit */
static volatile int handled;

static void
handler(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;
	uint8_t *fp = (uint8_t *)uc->uc_mcontext.fpregs;
	uint64_t rfbm, bv;
	uint32_t lo, hi;
	static const uint64_t mark = 0x1122334455667788ull;

	(void)sig;
	(void)si;
	handled++;
	memcpy(&rfbm, fp + 464 + 8, 8);	/* sw_reserved.xfeatures */
	if (mode == 0)
		return;
	if (mode == 1) {
		__asm__ volatile("movq %0, %%xmm0" : : "r"(mark) : "xmm0");
		lo = (uint32_t)rfbm;
		hi = (uint32_t)(rfbm >> 32);
		__asm__ volatile("xsavec (%0)" : : "r"(fp), "a"(lo), "d"(hi)
		    : "memory");
	} else {
		memcpy(&bv, fp + 512, 8);
		bv |= 1ull << 18;		/* XTILEDATA */
		memcpy(fp + 512, &bv, 8);
	}
}

/* xmm0 = a, signal ourselves, xmm0 after the handler returned. */
static uint64_t
signal_with_xmm0(uint64_t a)
{
	uint64_t after;
	long pid = getpid(), tid = syscall(SYS_gettid);

	__asm__ volatile(
	    "movq %[a], %%xmm0\n\t"
	    "movq %[nr], %%rax\n\t"
	    "syscall\n\t"
	    "movq %%xmm0, %[after]\n\t"
	    : [after] "=r"(after)
	    : [a] "r"(a), [nr] "i"(SYS_tgkill), "D"(pid), "S"(tid),
	      "d"((long)SIGUSR1)
	    : "rax", "rcx", "r11", "xmm0", "memory");
	return (after);
}

static uint64_t
xgetbv0(void)
{
	uint32_t lo, hi;

	__asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
	return ((uint64_t)hi << 32 | lo);
}
#endif

int
main(void)
{
#if defined(__x86_64__)
	unsigned eax, ebx, ecx, edx;
	struct sigaction sa;
	uint64_t after;

	if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx) || !(ecx & (1u << 27))) {
		printf("no XSAVE: nothing to test\n");
		return (0);
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR1, &sa, NULL);

	after = signal_with_xmm0(0x55);
	printf("untouched image: handled=%d xmm0 after=%#llx\n", handled,
	    (unsigned long long)after);
	handled = 0;
	__cpuid_count(0xd, 1, eax, ebx, ecx, edx);
	if (eax & 2) {
		mode = 1;
		after = signal_with_xmm0(0x99);
		printf("compacted image: handled=%d xmm0 after=%#llx\n",
		    handled, (unsigned long long)after);
	} else
		printf("no XSAVEC\n");

	if (xgetbv0() & (1ull << 18)) {
		mode = 2;
		handled = 0;
		after = signal_with_xmm0(0x77);
		printf("tile-data bit: handled=%d xmm0 after=%#llx\n",
		    handled, (unsigned long long)after);
	} else
		printf("no AMX tile data in XCR0\n");
#else
	printf("i386: the 64-bit XRSTOR path only\n");
#endif
	return (0);
}
