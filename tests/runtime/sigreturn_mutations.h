/*
 * sigreturn_mutations.h — the mutations sigreturn_oracle applies to a
 * frame the runtime built: what each one changes, on which frame kinds
 * (amd64 rt, i386 rt, i386 sigframe). Part of sigreturn_oracle.c, kept
 * apart because the table is long; the oracle defines K_* and NR_* first.
 */
#ifndef _SIGRETURN_MUTATIONS_H_
#define _SIGRETURN_MUTATIONS_H_

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

#endif /* !_SIGRETURN_MUTATIONS_H_ */
