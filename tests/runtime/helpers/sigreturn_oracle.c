/*
 * sigreturn_oracle — the runtime's sigreturn against the real kernel's,
 * frame by frame, verdict by verdict.
 *
 * For each mutation: the runtime builds a signal frame (its sendsig hook)
 * in a region mapped at a fixed address, the mutation changes it, and
 *   - a forked child (no runtime involved from here) points its stack at
 *     the frame and makes the real rt_sigreturn (or i386 sigreturn)
 *     system call, traced by the parent: registers at the system call's
 *     entry and exit, FP state, blocked and pending masks from /proc, and
 *     what happens on the way back to user mode (the landing pad is int3:
 *     SIGTRAP means the return worked; SIGSEGV/SIGBUS with SI_KERNEL means
 *     the CPU refused the return);
 *   - the runtime's sigreturn runs in this process on the same bytes, with
 *     the registers, mask and FP state the child had at the system call's
 *     entry.
 * The verdicts (accepted / bad frame / return refused) must be equal, and
 * for an accepted frame every register, the blocked mask and the FP state.
 *
 * Usage: sigreturn_oracle list | run [index...]
 * Prints one line per mutation, PASS or FAIL; exit status 0 if all pass,
 * 1 if any fails, 2 on a setup error. Built for both architectures: the
 * amd64 build checks rt_sigreturn, the i386 build rt_sigreturn and
 * sigreturn of a 32-bit process.
 *
 * (No <errno.h> here: runtime/kern's errno names are the host's.)
 */
#include <signal.h>
#include <sys/syscall.h>

#include "sigtest_support.h"

#ifdef LINUX_ARCH_AMD64
#define	LINUX_SC_IP	rip
#define	LINUX_SC_SP	rsp
#else
#define	LINUX_SC_IP	eip
#define	LINUX_SC_SP	esp
#endif

#ifdef LINUX_ARCH_AMD64
#define	NR_RT_SIGRETURN		15
#define	NR_SIGRETURN		(-1)
#define	K_AMD64			0x1
#define	K_I386_RT		0
#define	K_I386			0
#else
#define	NR_RT_SIGRETURN		173
#define	NR_SIGRETURN		119
#define	K_AMD64			0
#define	K_I386_RT		0x2
#define	K_I386			0x4
#endif
#define	K_ALL			(0x1 | 0x2 | 0x4)
#define	K_RT			(0x1 | 0x2)

#define	SIGBIT(s)		(1ull << ((s) - 1))

static const char *const verdict_name[] = { "ok", "badframe", "noreturn" };

/* What a mutation may change: pointers into the region. */
struct mctx {
	uint64_t		 fa;		/* frame address */
	uint64_t		 sp;		/* stack pointer at sigreturn */
	bool			 rt;
	struct l_sigcontext	*sc;
	struct l_ucontext	*uc;		/* rt only */
	uint8_t			*fx;		/* FXSAVE/XSAVE image */
	struct l_fpstate_32	*fhdr;		/* i386 legacy header */
	uint64_t		 fpsize;	/* bytes from fpstate on */
#ifdef LINUX_ARCH_I386
	uint32_t		*extramask;	/* sigframe only */
#endif
};

typedef void mutate_fn(struct mctx *, uint64_t, uint64_t);

struct mutation {
	const char	*name;
	mutate_fn	*fn;
	uint64_t	 a, b;
	unsigned	 kinds;
};

static struct l_fpx_sw_bytes *
sw_bytes(struct mctx *m)
{

	return ((struct l_fpx_sw_bytes *)(m->fx + 464));
}

static struct l_xstate_header *
xhdr(struct mctx *m)
{

	return ((struct l_xstate_header *)(m->fx + 512));
}

static void m_none(struct mctx *m, uint64_t a, uint64_t b)
{ (void)m; (void)a; (void)b; }
static void m_eflags_xor(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; m->sc->eflags ^= a; }
static void m_eflags_set(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; m->sc->eflags = a; }
static void m_cs(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; m->sc->cs = (uint16_t)a; }
static void m_ss(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; m->sc->ss = (uint16_t)a; }
static void m_rip(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; m->sc->LINUX_SC_IP = a; }
static void m_rsp(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; m->sc->LINUX_SC_SP = a; }
static void m_fpstate_null(struct mctx *m, uint64_t a, uint64_t b)
{ (void)a; (void)b; m->sc->fpstate = 0; }
static void m_fpstate_add(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; m->sc->fpstate += a; }
static void m_fpstate_abs(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; m->sc->fpstate = a; }
/* Move the whole FP area by `a` bytes: the software bytes stay valid. */
static void
m_fpstate_move(struct mctx *m, uint64_t a, uint64_t b)
{

	(void)b;
	memmove(linux_uptr(m->sc->fpstate + a), linux_uptr(m->sc->fpstate),
	    m->fpsize);
	m->sc->fpstate += a;
}

static void m_magic1(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; sw_bytes(m)->magic1 = (uint32_t)a; }
static void m_xstate_size(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; sw_bytes(m)->xstate_size = (uint32_t)a; }
static void m_xstate_size_add(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; sw_bytes(m)->xstate_size += (uint32_t)a; }
static void m_ext_size(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; sw_bytes(m)->extended_size = (uint32_t)a; }
static void m_sw_xfeatures(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; sw_bytes(m)->xfeatures = a; }
static void m_xbv(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; xhdr(m)->xfeatures = a; }
static void m_xbv_or(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; xhdr(m)->xfeatures |= a; }
static void m_xcomp(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; xhdr(m)->xcomp_bv = a; }
static void m_xres(struct mctx *m, uint64_t a, uint64_t b)
{ xhdr(m)->reserved[a] = b; }
static void m_mxcsr(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; memcpy(m->fx + 24, &a, 4); }

static void
m_magic2(struct mctx *m, uint64_t a, uint64_t b)
{
	uint32_t v = (uint32_t)a;

	(void)b;
	memcpy(m->fx + sw_bytes(m)->xstate_size, &v, 4);
}

static void
m_mask(struct mctx *m, uint64_t a, uint64_t b)
{

	(void)b;
	if (m->rt) {
		l_sigset_set(&m->uc->uc_sigmask, a);
	} else {
#ifdef LINUX_ARCH_I386
		m->sc->oldmask = (uint32_t)a;
		*m->extramask = (uint32_t)(a >> 32);
#endif
	}
}

static void
m_gprs(struct mctx *m, uint64_t a, uint64_t b)
{
	struct l_sigcontext *sc = m->sc;

	(void)b;
#ifdef LINUX_ARCH_AMD64
	sc->r8 = sc->r9 = sc->r10 = sc->r11 = sc->r12 = sc->r13 = a;
	sc->r14 = sc->r15 = sc->rdi = sc->rsi = sc->rbp = sc->rbx = a;
	sc->rdx = sc->rax = sc->rcx = a;
#else
	sc->edi = sc->esi = sc->ebp = sc->ebx = sc->edx = sc->ecx = sc->eax =
	    (uint32_t)a;
#endif
}

/* Move the sigreturn stack pointer (and so the frame). */
static void
m_sp(struct mctx *m, uint64_t a, uint64_t b)
{

	(void)b;
	m->sp = a;
}

/*
 * Copy the frame's first `b` bytes to `a` and point sigreturn there: a
 * frame whose unread tail may lie in the guard page.
 */
static void
m_move_frame(struct mctx *m, uint64_t a, uint64_t b)
{

	memmove(linux_uptr(a), linux_uptr(m->fa), b);
	m->sp = a + (m->sp - m->fa);
}

static void
m_uc_flags(struct mctx *m, uint64_t a, uint64_t b)
{

	(void)b;
	m->uc->uc_flags = (l_ulong)a;
}

#ifdef LINUX_ARCH_AMD64
/* Both cs and uc_flags: SS fix-up depends on the pair. */
static void
m_ss_flags(struct mctx *m, uint64_t a, uint64_t b)
{

	m->sc->ss = (uint16_t)a;
	m->uc->uc_flags = b;
}
#endif

static void
m_uc_stack(struct mctx *m, uint64_t a, uint64_t b)
{

	m->uc->uc_stack.ss_sp = (l_uintptr_t)a;
	m->uc->uc_stack.ss_size = (l_size_t)(b >> 8);
	m->uc->uc_stack.ss_flags = (l_int)(b & 0xff);
}

/* What Linux does not read: pretcode, reserved words, siginfo. */
static void
m_unread(struct mctx *m, uint64_t a, uint64_t b)
{

	(void)a;
	(void)b;
	memset(linux_uptr(m->fa), 0x5a, 4);
#ifdef LINUX_ARCH_AMD64
	memset(m->sc->reserved1, 0x77, sizeof(m->sc->reserved1));
	m->sc->fs = 0x1234;
	m->sc->gs = 0x5678;
	memset(linux_uptr(m->fa + offsetof(struct l_rt_sigframe, info)), 0x33,
	    sizeof(l_siginfo_t));
#else
	if (m->rt) {
		memset(linux_uptr(m->fa + offsetof(struct l_rt_sigframe, info)),
		    0x33, sizeof(l_siginfo_t));
		memset(linux_uptr(m->fa + offsetof(struct l_rt_sigframe,
		    retcode)), 0x44, 8);
	}
#endif
	m->sc->trapno = 0xdead;
	m->sc->err = 0xbeef;
	m->sc->cr2 = 0xfeed;
}

#ifdef LINUX_ARCH_I386
static void m_gs(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; m->sc->gs = (uint16_t)a; }
static void m_fs(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; m->sc->fs = (uint16_t)a; }
static void m_ds(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; m->sc->ds = (uint16_t)a; }
static void m_es(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; m->sc->es = (uint16_t)a; }
static void m_env_cwd(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; m->fhdr->env.cwd = (uint32_t)a; }
static void m_env_twd(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; m->fhdr->env.twd = (uint32_t)a; }
static void m_env_st0(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; memcpy(m->fhdr->env.st_space, &a, 8); }
static void m_fhdr_magic(struct mctx *m, uint64_t a, uint64_t b)
{ (void)b; m->fhdr->magic = (uint16_t)a; }
#endif

#define	GUARD	SIGTEST_GUARD
#define	R	SIGTEST_REGION

static const struct mutation mutations[] = {
	{ "unchanged", m_none, 0, 0, K_ALL },
	{ "unread-garbage", m_unread, 0, 0, K_ALL },
	{ "gprs-all-ones", m_gprs, ~0ull, 0, K_ALL },
	{ "gprs-zero", m_gprs, 0, 0, K_ALL },
	/* EFLAGS, bit by bit: FIX_EFLAGS taken, the rest kept. */
	{ "eflags^CF", m_eflags_xor, 0x1, 0, K_ALL },
	{ "eflags^bit1", m_eflags_xor, 0x2, 0, K_ALL },
	{ "eflags^PF", m_eflags_xor, 0x4, 0, K_ALL },
	{ "eflags^bit3", m_eflags_xor, 0x8, 0, K_ALL },
	{ "eflags^AF", m_eflags_xor, 0x10, 0, K_ALL },
	{ "eflags^bit5", m_eflags_xor, 0x20, 0, K_ALL },
	{ "eflags^ZF", m_eflags_xor, 0x40, 0, K_ALL },
	{ "eflags^SF", m_eflags_xor, 0x80, 0, K_ALL },
	{ "eflags^TF", m_eflags_xor, 0x100, 0, K_ALL },
	{ "eflags^IF", m_eflags_xor, 0x200, 0, K_ALL },
	{ "eflags^DF", m_eflags_xor, 0x400, 0, K_ALL },
	{ "eflags^OF", m_eflags_xor, 0x800, 0, K_ALL },
	{ "eflags^IOPL", m_eflags_xor, 0x3000, 0, K_ALL },
	{ "eflags^NT", m_eflags_xor, 0x4000, 0, K_ALL },
	{ "eflags^bit15", m_eflags_xor, 0x8000, 0, K_ALL },
	{ "eflags^RF", m_eflags_xor, 0x10000, 0, K_ALL },
	{ "eflags^VM", m_eflags_xor, 0x20000, 0, K_ALL },
	{ "eflags^AC", m_eflags_xor, 0x40000, 0, K_ALL },
	{ "eflags^VIF", m_eflags_xor, 0x80000, 0, K_ALL },
	{ "eflags^VIP", m_eflags_xor, 0x100000, 0, K_ALL },
	{ "eflags^ID", m_eflags_xor, 0x200000, 0, K_ALL },
	{ "eflags^bit22", m_eflags_xor, 0x400000, 0, K_ALL },
	{ "eflags^bit31", m_eflags_xor, 0x80000000u, 0, K_ALL },
	{ "eflags=0", m_eflags_set, 0, 0, K_ALL },
	{ "eflags=~0", m_eflags_set, 0xffffffffu, 0, K_ALL },
	{ "eflags=~0 64", m_eflags_set, ~0ull, 0, K_AMD64 },
	/* Code selectors. */
	{ "cs=USER32_CS", m_cs, 0x23, 0, K_ALL },
	{ "cs=USER_CS(64)", m_cs, 0x33, 0, K_ALL },
	{ "cs=rpl0", m_cs, 0x30, 0, K_AMD64 },
	{ "cs=rpl0-32", m_cs, 0x20, 0, K_I386_RT | K_I386 },
	{ "cs=rpl2", m_cs, 0x32, 0, K_AMD64 },
	{ "cs=USER_DS", m_cs, 0x2b, 0, K_ALL },
	{ "cs=null", m_cs, 0, 0, K_ALL },
	{ "cs=KERNEL_CS", m_cs, 0x10, 0, K_ALL },
	{ "cs=KERNEL32_CS", m_cs, 0x08, 0, K_ALL },
	{ "cs=KERNEL_DS", m_cs, 0x18, 0, K_ALL },
	{ "cs=TSS", m_cs, 0x40, 0, K_ALL },
	{ "cs=LDT-entry0", m_cs, 0x07, 0, K_ALL },
	{ "cs=LDT-entry5", m_cs, 0x2f, 0, K_ALL },
	{ "cs=TLS12", m_cs, 0x63, 0, K_ALL },
	{ "cs=CPUNODE", m_cs, 0x7b, 0, K_ALL },
	{ "cs=beyond-GDT", m_cs, 0xfff8, 0, K_ALL },
	/* Stack selectors. */
	{ "ss=USER_DS", m_ss, 0x2b, 0, K_ALL },
	{ "ss=rpl0", m_ss, 0x28, 0, K_ALL },
	{ "ss=null", m_ss, 0, 0, K_ALL },
	{ "ss=null-rpl3", m_ss, 3, 0, K_ALL },
	{ "ss=USER32_CS", m_ss, 0x23, 0, K_ALL },
	{ "ss=USER_CS", m_ss, 0x33, 0, K_ALL },
	{ "ss=KERNEL_DS", m_ss, 0x18, 0, K_ALL },
	{ "ss=CPUNODE", m_ss, 0x7b, 0, K_ALL },
	{ "ss=TLS12", m_ss, 0x63, 0, K_ALL },
	{ "ss=LDT", m_ss, 0x0f, 0, K_ALL },
	{ "ss=beyond-GDT", m_ss, 0xfff8, 0, K_ALL },
#ifdef LINUX_ARCH_AMD64
	/* Without UC_STRICT_RESTORE_SS a bad SS is replaced (64-bit code). */
	{ "ss=null,!strict", m_ss_flags, 0, LINUX_UC_SIGCONTEXT_SS, K_AMD64 },
	{ "ss=USER_CS,!strict", m_ss_flags, 0x33, 0, K_AMD64 },
	{ "ss=CPUNODE,!strict", m_ss_flags, 0x7b, LINUX_UC_FP_XSTATE, K_AMD64 },
	{ "ss=beyond,!strict", m_ss_flags, 0xfff8, 0, K_AMD64 },
	{ "ss=KERNEL_DS,!strict", m_ss_flags, 0x18, 0, K_AMD64 },
	{ "ss=USER_DS,!strict", m_ss_flags, 0x2b, 0, K_AMD64 },
	{ "uc_flags=0", m_uc_flags, 0, 0, K_AMD64 },
	{ "uc_flags=~0", m_uc_flags, ~0ull, 0, K_AMD64 },
	/* rip: canonical or not; kernel half (faults after the return). */
	{ "rip=noncanonical", m_rip, 0x0000800000000000ull, 0, K_AMD64 },
	{ "rip=noncanonical-high", m_rip, 0x8000000000000000ull, 0, K_AMD64 },
	{ "rip=kernel-half", m_rip, 0xffff800000001000ull, 0, K_AMD64 },
	{ "rip=last-user-page", m_rip, 0x00007ffffffff000ull, 0, K_AMD64 },
	{ "rsp=noncanonical", m_rsp, 0x0000900000000000ull, 0, K_AMD64 },
	{ "rip>4G,cs=USER32_CS", m_rip, 0x100000100ull, 0, K_AMD64 },
#endif
	{ "uc_flags=0 (rt)", m_uc_flags, 0, 0, K_RT },
	{ "uc_flags=~0 (rt)", m_uc_flags, 0xffffffffu, 0, K_RT },
	{ "rip=unmapped", m_rip, 0x1000, 0, K_ALL },
	{ "rip=top-of-4G", m_rip, 0xfffffff0u, 0, K_ALL },
	{ "rsp=0", m_rsp, 0, 0, K_ALL },
	{ "rsp=odd", m_rsp, R + 0x8001, 0, K_ALL },
	/* The mask: SIGKILL/SIGSTOP cannot be blocked. */
	{ "mask=0", m_mask, 0, 0, K_ALL },
	{ "mask=~0", m_mask, ~0ull, 0, K_ALL },
	{ "mask=KILL|STOP", m_mask, SIGBIT(9) | SIGBIT(19), 0, K_ALL },
	{ "mask=RT", m_mask, 0xffffffff00000000ull, 0, K_ALL },
	{ "mask=SEGV|TRAP", m_mask, SIGBIT(11) | SIGBIT(5), 0, K_ALL },
	/* Where the frame is. */
	{ "frame=in-guard", m_sp, GUARD + 0x100, 0, K_ALL },
	{ "frame=null", m_sp, 8, 0, K_ALL },
	{ "frame=wraps", m_sp, 0, 0, K_ALL },
	{ "frame=straddles-guard", m_sp, GUARD - 40, 0, K_ALL },
	{ "frame=top-of-region", m_sp, GUARD - 16, 0, K_ALL },
#ifdef LINUX_ARCH_AMD64
	{ "frame=kernel-half", m_sp, 0xffff800000000008ull, 0, K_AMD64 },
	{ "frame=noncanonical", m_sp, 0x8000000000000008ull, 0, K_AMD64 },
	{ "frame=unread-tail-in-guard", m_move_frame, GUARD - 312, 312, K_AMD64 },
	{ "frame=read-part-in-guard", m_move_frame, GUARD - 300, 300, K_AMD64 },
#else
	{ "frame=unread-tail-in-guard", m_move_frame, GUARD - 260, 260, K_I386_RT },
	{ "frame=read-part-in-guard", m_move_frame, GUARD - 250, 250, K_I386_RT },
	{ "frame=sigframe-tail-in-guard", m_move_frame, GUARD - 724, 724, K_I386 },
#endif
	/* uc_stack: every sigaltstack error but EFAULT is ignored. */
	{ "uc_stack=bad-flags", m_uc_stack, R, (0x4000ull << 8) | 0x7f, K_RT },
	{ "uc_stack=too-small", m_uc_stack, R, (100ull << 8) | 0, K_RT },
	{ "uc_stack=enable", m_uc_stack, R + 0x1000, (0x2000ull << 8) | 0, K_RT },
	{ "uc_stack=onstack-flag", m_uc_stack, R + 0x1000, (0x2000ull << 8) | 1, K_RT },
	{ "uc_stack=disable", m_uc_stack, 0, (0ull << 8) | 2, K_RT },
	/* The FP state pointer. */
	{ "fpstate=NULL", m_fpstate_null, 0, 0, K_ALL },
	{ "fpstate+1", m_fpstate_add, 1, 0, K_ALL },
	{ "fpstate+8", m_fpstate_add, 8, 0, K_ALL },
	{ "fpstate+16", m_fpstate_add, 16, 0, K_ALL },
	{ "fpstate+32", m_fpstate_add, 32, 0, K_ALL },
	{ "fpstate+64", m_fpstate_add, 64, 0, K_ALL },
	{ "fpstate-64", m_fpstate_add, (uint64_t)-64, 0, K_ALL },
	{ "fp-area-moved+8", m_fpstate_move, 8, 0, K_ALL },
	{ "fp-area-moved+16", m_fpstate_move, 16, 0, K_ALL },
	{ "fp-area-moved+32", m_fpstate_move, 32, 0, K_ALL },
	{ "fp-area-moved+64", m_fpstate_move, 64, 0, K_ALL },
	{ "fpstate=guard", m_fpstate_abs, GUARD, 0, K_ALL },
	{ "fpstate=low-unmapped", m_fpstate_abs, 0x1000, 0, K_ALL },
	{ "fpstate=region-end", m_fpstate_abs, GUARD - 512, 0, K_ALL },
#ifdef LINUX_ARCH_AMD64
	{ "fpstate=kernel-half", m_fpstate_abs, 0xffff800000000000ull, 0, K_AMD64 },
	{ "fpstate=noncanonical", m_fpstate_abs, 0x0000800000000000ull, 0, K_AMD64 },
#else
	{ "fpstate=top-of-4G", m_fpstate_abs, 0xfffff000u, 0, K_I386_RT | K_I386 },
#endif
	/* Software bytes and MAGIC2: wrong ones mean "FXSAVE only". */
	{ "magic1=0", m_magic1, 0, 0, K_ALL },
	{ "magic1=MAGIC2", m_magic1, LINUX_FP_XSTATE_MAGIC2, 0, K_ALL },
	{ "magic2=0", m_magic2, 0, 0, K_ALL },
	{ "xstate_size=575", m_xstate_size, 575, 0, K_ALL },
	{ "xstate_size=576", m_xstate_size, 576, 0, K_ALL },
	{ "xstate_size+64", m_xstate_size_add, 64, 0, K_ALL },
	{ "xstate_size=huge", m_xstate_size, 0x7fffffff, 0, K_ALL },
	{ "extended_size=0", m_ext_size, 0, 0, K_ALL },
	{ "extended_size=~0", m_ext_size, 0xffffffffu, 0, K_ALL },
	{ "sw.xfeatures=0", m_sw_xfeatures, 0, 0, K_ALL },
	{ "sw.xfeatures=FPSSE", m_sw_xfeatures, 3, 0, K_ALL },
	{ "sw.xfeatures=~0", m_sw_xfeatures, ~0ull, 0, K_ALL },
	{ "sw.xfeatures=FP", m_sw_xfeatures, 1, 0, K_ALL },
	{ "sw.xfeatures=AVX", m_sw_xfeatures, 4, 0, K_ALL },
	{ "sw.xfeatures=FP|AVX", m_sw_xfeatures, 5, 0, K_ALL },
	/* The XSAVE header. */
	{ "xstate_bv=0", m_xbv, 0, 0, K_ALL },
	{ "xstate_bv=FP", m_xbv, 1, 0, K_ALL },
	{ "xstate_bv=SSE", m_xbv, 2, 0, K_ALL },
	{ "xstate_bv=AVX", m_xbv, 4, 0, K_ALL },
	{ "xstate_bv=FP|AVX", m_xbv, 5, 0, K_ALL },
	{ "xstate_bv=SSE|AVX", m_xbv, 6, 0, K_ALL },
	{ "xstate_bv=FP|SSE|AVX", m_xbv, 7, 0, K_ALL },
	{ "xstate_bv|PKRU", m_xbv_or, 1ull << 9, 0, K_ALL },
	{ "xstate_bv|PT", m_xbv_or, 1ull << 8, 0, K_ALL },
	{ "xstate_bv|XTILECFG", m_xbv_or, 1ull << 17, 0, K_ALL },
	{ "xstate_bv|XTILEDATA", m_xbv_or, 1ull << 18, 0, K_ALL },
	{ "xstate_bv|bit62", m_xbv_or, 1ull << 62, 0, K_ALL },
	{ "xstate_bv|bit63", m_xbv_or, 1ull << 63, 0, K_ALL },
	{ "xcomp_bv=1", m_xcomp, 1, 0, K_ALL },
	{ "xcomp_bv=compacted", m_xcomp, 1ull << 63, 0, K_ALL },
	{ "xcomp_bv=compacted|FPSSEAVX", m_xcomp, (1ull << 63) | 7, 0, K_ALL },
	{ "xcomp_bv=compacted|AVX", m_xcomp, (1ull << 63) | 4, 0, K_ALL },
	{ "xcomp_bv=compacted|PKRU", m_xcomp, (1ull << 63) | 0x207, 0, K_ALL },
	{ "xcomp_bv=compacted|AVX512", m_xcomp, (1ull << 63) | 0xe7, 0, K_ALL },
	{ "header.reserved[0]", m_xres, 0, 1, K_ALL },
	{ "header.reserved[5]", m_xres, 5, 1ull << 60, K_ALL },
	/* MXCSR. */
	{ "mxcsr=reserved-bit", m_mxcsr, 0x1f80 | (1u << 16), 0, K_ALL },
	{ "mxcsr=DAZ", m_mxcsr, 0x1f80 | 0x40, 0, K_ALL },
	{ "mxcsr=all-exceptions-unmasked", m_mxcsr, 0x0000, 0, K_ALL },
	{ "mxcsr=reserved-bit,fx-only", m_mxcsr, 0x1f80 | (1u << 31), 0, K_ALL },
#ifdef LINUX_ARCH_I386
	/* Data selectors: loaded if loadable, else 0; null ones kept. */
	{ "gs=0", m_gs, 0, 0, K_I386_RT | K_I386 },
	{ "gs=1", m_gs, 1, 0, K_I386_RT | K_I386 },
	{ "gs=USER_DS", m_gs, 0x2b, 0, K_I386_RT | K_I386 },
	{ "gs=USER32_CS", m_gs, 0x23, 0, K_I386_RT | K_I386 },
	{ "gs=KERNEL_DS", m_gs, 0x18, 0, K_I386_RT | K_I386 },
	{ "gs=beyond-GDT", m_gs, 0xfff8, 0, K_I386_RT | K_I386 },
	{ "fs=CPUNODE", m_fs, 0x7b, 0, K_I386_RT | K_I386 },
	{ "fs=TLS13", m_fs, 0x6b, 0, K_I386_RT | K_I386 },
	{ "fs=2", m_fs, 2, 0, K_I386_RT | K_I386 },
	{ "ds=0", m_ds, 0, 0, K_I386_RT | K_I386 },
	{ "ds=3", m_ds, 3, 0, K_I386_RT | K_I386 },
	{ "ds=USER_CS", m_ds, 0x33, 0, K_I386_RT | K_I386 },
	{ "ds=TSS", m_ds, 0x40, 0, K_I386_RT | K_I386 },
	{ "es=rpl0-USER_DS", m_es, 0x28, 0, K_I386_RT | K_I386 },
	{ "es=LDT", m_es, 0x0f, 0, K_I386_RT | K_I386 },
	/* The legacy FSAVE header wins over the FXSAVE image. */
	{ "env.cwd", m_env_cwd, 0xffff0363, 0, K_I386_RT | K_I386 },
	{ "env.twd=all-empty", m_env_twd, 0xffffffff, 0, K_I386_RT | K_I386 },
	{ "env.twd=all-valid", m_env_twd, 0, 0, K_I386_RT | K_I386 },
	{ "env.st0", m_env_st0, 0x123456789abcdef0ull, 0, K_I386_RT | K_I386 },
	{ "fhdr.magic=0xffff", m_fhdr_magic, 0xffff, 0, K_I386_RT | K_I386 },
#endif
};
#define	NMUTATIONS	(sizeof(mutations) / sizeof(mutations[0]))

/* ---- Building the base frame with the runtime ---- */

struct base {
	uint64_t	fa;
	uint64_t	sp;
	bool		rt;
};

static int
build_base(bool rt, struct base *b)
{
	struct sigtest_thread st;
	struct ksigaction act;
	struct kfpinfo fi;
	ksiginfo_t ksi;
	ksigset_t rmask;
	uint8_t *img;
	int error;

	memset(sigtest_region() + 0x400, 0xa5,
	    SIGTEST_REGION_SIZE - 0x400);
	sigtest_thread_init(&st);
#ifdef LINUX_ARCH_AMD64
	st.tf.tf_r8 = 0x0808080808080808ull;
	st.tf.tf_r9 = 0x0909090909090909ull;
	st.tf.tf_r10 = 0x1010101010101010ull;
	st.tf.tf_r11 = 0x1111111111111111ull;
	st.tf.tf_r12 = 0x1212121212121212ull;
	st.tf.tf_r13 = 0x1313131313131313ull;
	st.tf.tf_r14 = 0x1414141414141414ull;
	st.tf.tf_r15 = 0x1515151515151515ull;
	st.tf.tf_rdi = 0xd1d1d1d1d1d1d1d1ull;
	st.tf.tf_rsi = 0x5151515151515151ull;
	st.tf.tf_rbp = 0xb0b0b0b0b0b0b0b0ull;
	st.tf.tf_rbx = 0xbbbbbbbbbbbbbbbbull;
	st.tf.tf_rdx = 0xddddddddddddddddull;
	st.tf.tf_rax = 0xaaaaaaaaaaaaaaaaull;
	st.tf.tf_rcx = 0xcccccccccccccccc;
	st.tf.tf_rip = SIGTEST_LANDING;
	st.tf.tf_rsp = SIGTEST_STACK_TOP;
	st.tf.tf_rflags = 0x246 | LINUX_EFL_CF | LINUX_EFL_AC;
	st.tf.tf_cs = 0x33;
	st.tf.tf_ss = 0x2b;
#else
	st.tf.tf_ebx = 0xbbbbbbbb;
	st.tf.tf_ecx = 0xcccccccc;
	st.tf.tf_edx = 0xdddddddd;
	st.tf.tf_esi = 0x51515151;
	st.tf.tf_edi = 0xd1d1d1d1;
	st.tf.tf_ebp = 0xb0b0b0b0;
	st.tf.tf_eax = 0xaaaaaaaa;
	st.tf.tf_eip = SIGTEST_LANDING;
	st.tf.tf_esp = SIGTEST_STACK_TOP;
	st.tf.tf_eflags = 0x246 | LINUX_EFL_CF;
	st.tf.tf_cs = 0x23;
	st.tf.tf_ss = 0x2b;
	st.tf.tf_ds = 0x2b;
	st.tf.tf_es = 0x2b;
	st.tf.tf_fs = 0;
	st.tf.tf_gs = 0;
#endif
	kern_fpu_info(st.td, &fi);
	img = malloc(fi.kfp_size);
	sigtest_fp_image(img, &fi, 1);
	error = kern_fpu_setstate(st.td, img, fi.kfp_size);
	free(img);
	if (error != 0)
		return (error);

	memset(&act, 0, sizeof(act));
	act.ksa_handler = SIGTEST_HANDLER;
	act.ksa_flags = rt ? KSA_SIGINFO : 0;
	act.ksa_restorer = SIGTEST_RESTORER;
	act.ksa_abiflags = LINUX_SA_RESTORER;
	ksiginfo_init(&ksi);
	ksi.ksi_signo = KSIGUSR1;
	ksi.ksi_code = KSI_LWP;
	ksi.ksi_pid = getpid();
	ksigemptyset(&rmask);
	ksigaddset(&rmask, KSIGPIPE);
	ksigaddset(&rmask, KSIGRTMIN + 2);
	error = linux_ksigvec.sv_sendsig(st.td, KSIGUSR1, &act, &ksi, &rmask);
	if (error == 0) {
		b->rt = rt;
#ifdef LINUX_ARCH_AMD64
		b->fa = st.tf.tf_rsp;
		b->sp = b->fa + 8;
#else
		b->fa = st.tf.tf_esp;
		b->sp = b->fa + (rt ? 4 : 8);
#endif
	}
	sigtest_thread_fini(&st);
	return (error);
}

static void
mctx_init(const struct base *b, const struct kfpinfo *fi, struct mctx *m)
{

	memset(m, 0, sizeof(*m));
	m->fa = b->fa;
	m->sp = b->sp;
	m->rt = b->rt;
	if (b->rt) {
		struct l_rt_sigframe *f = linux_uptr(b->fa);

		m->uc = &f->uc;
		m->sc = &f->uc.uc_mcontext;
	} else {
#ifdef LINUX_ARCH_I386
		struct l_sigframe *f = linux_uptr(b->fa);

		m->sc = &f->sc;
		m->extramask = &f->extramask[0];
#endif
	}
	m->fpsize = fi->kfp_size + (fi->kfp_xfeatures != 0 ? 4 : 0);
#ifdef LINUX_ARCH_AMD64
	m->fx = linux_uptr(m->sc->fpstate);
#else
	m->fpsize += LINUX_FREGS_STATE_SIZE;
	m->fhdr = linux_uptr(m->sc->fpstate);
	m->fx = (uint8_t *)m->fhdr + LINUX_FREGS_STATE_SIZE;
#endif
}

/* ---- What each side did ---- */

struct outcome {
	int			verdict;
	struct trapframe	tf;		/* registers after the syscall */
	uint64_t		blocked;	/* Linux numbering */
	uint8_t			*fp;		/* FP image after */
	int			stopsig;	/* kernel: on the way back */
	int			stopcode;
};

static uint8_t *
xmalloc(size_t n)
{
	uint8_t *p = calloc(1, n);

	if (p == NULL)
		abort();
	return (p);
}

/* The child: no runtime from here on, only the real kernel. */
static void __attribute__((__noreturn__))
child_sigreturn(uint64_t sp, long nr)
{

	if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) != 0)
		_exit(3);
	syscall(SYS_kill, getpid(), SIGSTOP);
#ifdef LINUX_ARCH_AMD64
	__asm__ volatile ("mov %0, %%rsp\n\tmov %1, %%rax\n\tsyscall\n\tud2"
	    :: "r"(sp), "r"(nr) : "memory");
#else
	__asm__ volatile ("mov %0, %%esp\n\tmov %1, %%eax\n\tint $0x80\n\tud2"
	    :: "r"((uint32_t)sp), "r"(nr) : "memory");
#endif
	__builtin_unreachable();
}

static int
getregs(pid_t pid, struct trapframe *tf)
{
	struct user_regs_struct regs;

	_Static_assert(sizeof(regs) == sizeof(*tf),
	    "trapframe is user_regs_struct");
	if (ptrace(PTRACE_GETREGS, pid, NULL, &regs) != 0)
		return (-1);
	memcpy(tf, &regs, sizeof(*tf));
	return (0);
}

/*
 * Run the real sigreturn in a child; on return *entry holds the child's
 * registers, mask and FP state at the system call's entry.
 */
static int
kernel_side(uint64_t sp, long nr, const struct kfpinfo *fi,
    struct outcome *entry, struct outcome *k)
{
	siginfo_t si;
	pid_t pid;
	int sig, in_syscall;
	uint64_t pending;

	pid = fork();
	if (pid < 0)
		return (-1);
	if (pid == 0)
		child_sigreturn(sp, nr);
	if (sigtest_wait_stop(pid) != SIGSTOP)
		goto fail;
	if (ptrace(PTRACE_SETOPTIONS, pid, NULL,
	    (void *)(long)(PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL)) != 0)
		goto fail;
	/* Syscall stops alternate entry/exit; find our call's entry. */
	in_syscall = 0;
	for (;;) {
		if (ptrace(PTRACE_SYSCALL, pid, NULL, NULL) != 0)
			goto fail;
		sig = sigtest_wait_stop(pid);
		if (sig != (SIGTRAP | 0x80))
			goto fail;
		in_syscall = !in_syscall;
		if (!in_syscall)
			continue;
		if (getregs(pid, &entry->tf) != 0)
			goto fail;
#ifdef LINUX_ARCH_AMD64
		if ((long)entry->tf.tf_orig_rax == nr)
#else
		if ((long)entry->tf.tf_orig_eax == nr)
#endif
			break;
	}
	entry->blocked = sigtest_proc_mask(pid, "SigBlk");
	if (sigtest_ptrace_xstate(pid, entry->fp, fi->kfp_size) != 0)
		goto fail;

	if (ptrace(PTRACE_SYSCALL, pid, NULL, NULL) != 0 ||
	    sigtest_wait_stop(pid) != (SIGTRAP | 0x80) ||
	    getregs(pid, &k->tf) != 0)
		goto fail;
	k->blocked = sigtest_proc_mask(pid, "SigBlk");
	pending = sigtest_proc_mask(pid, "SigPnd") |
	    sigtest_proc_mask(pid, "ShdPnd");
	if (sigtest_ptrace_xstate(pid, k->fp, fi->kfp_size) != 0)
		goto fail;
	if ((pending & SIGBIT(SIGSEGV)) != 0) {
		k->verdict = LINUX_SIGRET_BADFRAME;
	} else {
		if (ptrace(PTRACE_CONT, pid, NULL, NULL) != 0)
			goto fail;
		k->stopsig = sigtest_wait_stop(pid);
		memset(&si, 0, sizeof(si));
		if (k->stopsig > 0)
			(void)ptrace(PTRACE_GETSIGINFO, pid, NULL, &si);
		k->stopcode = si.si_code;
		k->verdict = (k->stopsig == SIGSEGV || k->stopsig == SIGBUS) &&
		    si.si_code == SI_KERNEL ? LINUX_SIGRET_NORETURN :
		    LINUX_SIGRET_OK;
	}
	kill(pid, SIGKILL);
	while (waitpid(pid, NULL, __WALL) != pid)
		continue;
	return (0);
fail:
	kill(pid, SIGKILL);
	(void)waitpid(pid, NULL, __WALL);
	return (-1);
}

static void
runtime_side(bool rt, const struct outcome *entry, const struct kfpinfo *fi,
    struct outcome *r)
{
	struct sigtest_thread st;
	ksigset_t hset;
	l_sigset_t lset;

	sigtest_thread_init(&st);
	st.tf = entry->tf;
	l_sigset_set(&lset, entry->blocked);
	ksigset_from_linux_sigset(&lset, &hset);
	(void)kern_sigprocmask(st.td, KSIG_SETMASK, &hset, NULL);
	(void)kern_fpu_setstate(st.td, entry->fp, fi->kfp_size);
#ifdef LINUX_ARCH_I386
	if (!rt)
		r->verdict = linux_sigreturn_frame(st.td);
	else
#endif
		r->verdict = linux_rt_sigreturn_frame(st.td);
	(void)rt;
	r->tf = st.tf;
	(void)kern_sigprocmask(st.td, KSIG_BLOCK, NULL, &hset);
	linux_sigset_from_ksigset(&hset, &lset);
	r->blocked = l_sigset_get(&lset);
	(void)kern_fpu_getstate(st.td, r->fp, fi->kfp_size);
	sigtest_thread_fini(&st);
}

/* ---- Comparing ---- */

/*
 * The FP state a thread effectively has: components whose XSTATE_BV bit
 * is clear are in their initial configuration whatever the bytes say.
 */
static void
fp_effective(uint8_t *img, const struct kfpinfo *fi)
{
	uint64_t xbv;
	uint16_t fcw = 0x037f;

	if (fi->kfp_xfeatures == 0)
		return;
	memcpy(&xbv, img + 512, 8);
	if ((xbv & 1) == 0) {
		memset(img, 0, 24);
		memcpy(img, &fcw, 2);
		memset(img + 32, 0, 128);
	}
	if ((xbv & 2) == 0)
		memset(img + 160, 0, 256);
	if ((xbv & 4) == 0 && fi->kfp_size >= 576 + 256)
		memset(img + SIGTEST_XSAVE_AVX_OFF, 0, 256);
}

/*
 * What the CPU does not keep of what it is loaded with: FCW bits 7 and
 * 13-15 (reserved, dropped) and 6 (reads as 1), FSW's error summary and busy
 * bits (7, 15: derived from the exception flags and masks) and FOP beyond
 * 11 bits. Whether the kernel's image shows the CPU's version depends on
 * whether the state went through the CPU since it was loaded (XSAVE's
 * modified-state optimisation), so both sides are normalised.
 */
static void
fp_hw_normalise(uint8_t *img)
{

	img[0] = (uint8_t)((img[0] & 0x3f) | 0x40);
	img[1] &= 0x1f;
	img[2] &= 0x7f;
	img[3] &= 0x7f;
	img[7] &= 0x07;
}

static int
fp_compare(uint8_t *k, uint8_t *r, const struct kfpinfo *fi, char *why,
    size_t whylen)
{
	static const struct { const char *name; unsigned off, len; } f[] = {
		{ "fcw", 0, 2 }, { "fsw", 2, 2 }, { "ftw", 4, 1 },
		{ "fop", 6, 2 }, { "fip", 8, 8 }, { "fdp", 16, 8 },
		{ "mxcsr", 24, 4 }, { "st", 32, 128 }, { "xmm", 160, 256 },
		{ "ymmh", SIGTEST_XSAVE_AVX_OFF, 256 },
	};
	uint64_t xbv;
	unsigned i, j;

	if (getenv("SIGTEST_DEBUG") != NULL) {
		fprintf(stderr, "kernel:");
		for (i = 0; i < 32; i++)
			fprintf(stderr, " %02x", k[i]);
		fprintf(stderr, " xbv %02x\nruntime:", k[512]);
		for (i = 0; i < 32; i++)
			fprintf(stderr, " %02x", r[i]);
		fprintf(stderr, " xbv %02x\n", r[512]);
	}
	fp_effective(k, fi);
	fp_effective(r, fi);
	/*
	 * The kernel's image may have been through the CPU, the runtime's is
	 * what it handed the host.
	 */
	fp_hw_normalise(k);
	fp_hw_normalise(r);
	/* x87 registers: 10 bytes per 16-byte slot. */
	for (j = 0; j < 8; j++) {
		memset(k + 32 + 16 * j + 10, 0, 6);
		memset(r + 32 + 16 * j + 10, 0, 6);
	}
	memcpy(&xbv, r + 512, 8);
	for (i = 0; i < sizeof(f) / sizeof(f[0]); i++) {
		if (f[i].off + f[i].len > fi->kfp_size)
			continue;
#ifdef LINUX_ARCH_I386
		/*
		 * The compat kernel on this machine gives MXCSR the frame's
		 * value or the initial one, from run to run, when the XSAVE
		 * header leaves SSE out: not something to compare.
		 */
		if (strcmp(f[i].name, "mxcsr") == 0 && fi->kfp_xfeatures != 0 &&
		    (xbv & 2) == 0)
			continue;
#endif
		if (memcmp(k + f[i].off, r + f[i].off, f[i].len) != 0) {
			snprintf(why, whylen, "fp.%s", f[i].name);
			return (-1);
		}
	}
	return (0);
}

static int
regs_compare(const struct trapframe *k, const struct trapframe *r, char *why,
    size_t whylen)
{
	static const char *const names[] = {
#ifdef LINUX_ARCH_AMD64
		"r15", "r14", "r13", "r12", "rbp", "rbx", "r11", "r10", "r9",
		"r8", "rax", "rcx", "rdx", "rsi", "rdi", "orig_rax", "rip",
		"cs", "rflags", "rsp", "ss", "fs_base", "gs_base", "ds", "es",
		"fs", "gs",
#else
		"ebx", "ecx", "edx", "esi", "edi", "ebp", "eax", "ds", "es",
		"fs", "gs", "orig_eax", "eip", "cs", "eflags", "esp", "ss",
#endif
	};
	const register_t *kw = (const register_t *)k;
	const register_t *rw = (const register_t *)r;
	unsigned i;

	for (i = 0; i < sizeof(*k) / sizeof(register_t); i++) {
		if (kw[i] != rw[i]) {
			snprintf(why, whylen, "%s kernel=%#llx runtime=%#llx",
			    names[i], (unsigned long long)kw[i],
			    (unsigned long long)rw[i]);
			return (-1);
		}
	}
	return (0);
}

/* Run mutation idx on every frame kind it applies to: frames run, or -1. */
static int
run_one(unsigned idx, const struct kfpinfo *fi)
{
	const struct mutation *mu = &mutations[idx];
	struct outcome entry, k, r;
	struct base b;
	struct mctx m;
	char why[160];
	unsigned kinds;
	int frames, pass, i;
	long nr;

	kinds = mu->kinds & (K_AMD64 | K_I386_RT | K_I386);
	pass = 0;
	frames = 0;
	for (i = 0; i < 3; i++) {
		bool rt;

		if ((kinds & (1u << i)) == 0)
			continue;
		rt = (1u << i) != K_I386;
		nr = rt ? NR_RT_SIGRETURN : NR_SIGRETURN;
		if (build_base(rt, &b) != 0) {
			printf("FAIL %u %s: the runtime could not build the frame\n",
			    idx, mu->name);
			return (-1);
		}
		mctx_init(&b, fi, &m);
		frames++;
		mu->fn(&m, mu->a, mu->b);

		memset(&entry, 0, sizeof(entry));
		memset(&k, 0, sizeof(k));
		memset(&r, 0, sizeof(r));
		entry.fp = xmalloc(fi->kfp_size);
		k.fp = xmalloc(fi->kfp_size);
		r.fp = xmalloc(fi->kfp_size);
		why[0] = '\0';
		if (kernel_side(m.sp, nr, fi, &entry, &k) != 0) {
			snprintf(why, sizeof(why), "tracing the child failed");
			pass = -1;
		} else {
			runtime_side(rt, &entry, fi, &r);
			if (k.verdict != r.verdict) {
				snprintf(why, sizeof(why), "verdict");
				pass = -1;
			} else if (k.verdict != LINUX_SIGRET_BADFRAME &&
			    (regs_compare(&k.tf, &r.tf, why, sizeof(why)) != 0 ||
			    (k.blocked != r.blocked &&
			    snprintf(why, sizeof(why),
			    "blocked kernel=%#llx runtime=%#llx",
			    (unsigned long long)k.blocked,
			    (unsigned long long)r.blocked) > 0) ||
			    (k.verdict == LINUX_SIGRET_OK &&
			    fp_compare(k.fp, r.fp, fi, why, sizeof(why)) != 0))) {
				pass = -1;
			}
		}
		printf("%s %u %s%s kernel=%s(stop %d code %d) runtime=%s%s%s\n",
		    pass == 0 ? "PASS" : "FAIL", idx, mu->name,
		    rt ? "" : " [sigreturn]", verdict_name[k.verdict],
		    k.stopsig, k.stopcode, verdict_name[r.verdict],
		    why[0] != '\0' ? ": " : "", why);
		free(entry.fp);
		free(k.fp);
		free(r.fp);
		if (pass != 0)
			return (-1);
	}
	return (frames);
}

int
main(int argc, char **argv)
{
	struct kfpinfo fi;
	unsigned i, n, failed, frames;
	int r;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc >= 2 && strcmp(argv[1], "list") == 0) {
		for (i = n = 0; i < NMUTATIONS; i++) {
			if ((mutations[i].kinds & (K_AMD64 | K_I386_RT | K_I386)) == 0)
				continue;
			printf("%u %s\n", i, mutations[i].name);
			n++;
		}
		printf("total %u\n", n);
		return (0);
	}
	if (argc < 2 || strcmp(argv[1], "run") != 0) {
		fprintf(stderr, "usage: %s list | run [index...]\n", argv[0]);
		return (2);
	}
	if (sigtest_region_map() != 0) {
		fprintf(stderr, "%s: cannot map the region at %#lx\n", argv[0],
		    SIGTEST_REGION);
		return (2);
	}
	kern_fpu_info(NULL, &fi);
	failed = frames = 0;
	n = argc == 2 ? (unsigned)NMUTATIONS : (unsigned)(argc - 2);
	for (unsigned j = 0; j < n; j++) {
		i = argc == 2 ? j : (unsigned)strtoul(argv[j + 2], NULL, 10);
		if (i >= NMUTATIONS) {
			fprintf(stderr, "%s: no mutation %u\n", argv[0], i);
			return (2);
		}
		r = run_one(i, &fi);
		if (r < 0)
			failed++;
		else
			frames += (unsigned)r;
	}
	printf("%u frames, %u failed\n", frames, failed);
	return (failed != 0 ? 1 : 0);
}
