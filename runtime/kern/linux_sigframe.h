/*
 * linux_sigframe.h — the signal frames Linux builds on the user stack, for
 * the architecture the runtime is compiled for: sigcontext, the FP state
 * blocks (legacy FSAVE header, FXSAVE image, XSAVE header and the software
 * bytes that announce it), ucontext, and the frames themselves (i386
 * sigframe and rt_sigframe, amd64 rt_sigframe).
 *
 * Facts: arch/x86/include/uapi/asm/sigcontext.h, asm/sigframe.h,
 * asm/fpu/types.h; sizes and offsets measured with the real headers
 * (shared/reference/linux/layout-*.txt). Every measured number is asserted
 * below.
 *
 * Layout through the releases. Linux 2.6.16's i386 frames embedded the FP
 * state (rt_sigframe of 892 bytes); since 2.6.28 it lives above the frame,
 * reached through sigcontext.fpstate, with room for XSAVE state. Programs
 * reach siginfo, ucontext and the FP state only through the pointers the
 * kernel hands them (pinfo/puc or the handler's arguments, sc.fpstate), so
 * the runtime builds the current layout for every release: it is what the
 * kernel on this machine builds for 2.6.16-era binaries, and it is the
 * layout the real kernel's sigreturn accepts, which is how it is tested.
 */
#ifndef _LINUX_SIGFRAME_H_
#define _LINUX_SIGFRAME_H_

#include "linux_signal_abi.h"

/* uc_flags. */
#define	LINUX_UC_FP_XSTATE		0x1
#define	LINUX_UC_SIGCONTEXT_SS		0x2	/* amd64 */
#define	LINUX_UC_STRICT_RESTORE_SS	0x4	/* amd64 */

/* Software bytes in the FXSAVE image announcing XSAVE state. */
#define	LINUX_FP_XSTATE_MAGIC1		0x46505853u
#define	LINUX_FP_XSTATE_MAGIC2		0x46505845u
#define	LINUX_FP_XSTATE_MAGIC2_SIZE	4
#define	LINUX_X86_FXSR_MAGIC		0x0000	/* _fpstate_32.magic: FXSR data follows */

/* x86 EFLAGS bits. */
#define	LINUX_EFL_CF		0x00000001u
#define	LINUX_EFL_FIXED1	0x00000002u
#define	LINUX_EFL_PF		0x00000004u
#define	LINUX_EFL_AF		0x00000010u
#define	LINUX_EFL_ZF		0x00000040u
#define	LINUX_EFL_SF		0x00000080u
#define	LINUX_EFL_TF		0x00000100u
#define	LINUX_EFL_IF		0x00000200u
#define	LINUX_EFL_DF		0x00000400u
#define	LINUX_EFL_OF		0x00000800u
#define	LINUX_EFL_IOPL		0x00003000u
#define	LINUX_EFL_NT		0x00004000u
#define	LINUX_EFL_RF		0x00010000u
#define	LINUX_EFL_VM		0x00020000u
#define	LINUX_EFL_AC		0x00040000u
#define	LINUX_EFL_VIF		0x00080000u
#define	LINUX_EFL_VIP		0x00100000u
#define	LINUX_EFL_ID		0x00200000u

/*
 * The EFLAGS bits sigreturn takes from the frame (FIX_EFLAGS): the
 * arithmetic flags, the ones a program may set itself (TF, DF, AC) and RF.
 * Every other bit — IF, IOPL, NT, VM, VIF, VIP, ID and the reserved bits —
 * keeps the value it had when sigreturn was called: a frame cannot raise
 * the privilege the thread runs with. Sanitised, never rejected.
 */
#define	LINUX_FIX_EFLAGS	(LINUX_EFL_AC | LINUX_EFL_OF | LINUX_EFL_DF | \
	LINUX_EFL_TF | LINUX_EFL_SF | LINUX_EFL_ZF | LINUX_EFL_AF | \
	LINUX_EFL_PF | LINUX_EFL_CF | LINUX_EFL_RF)

/* The legacy FSAVE environment plus registers (user_i387_ia32_struct). */
struct l_fregs_env {
	uint32_t	cwd;
	uint32_t	swd;
	uint32_t	twd;
	uint32_t	fip;
	uint32_t	fcs;
	uint32_t	foo;
	uint32_t	fos;
	uint8_t		st_space[80];	/* 8 registers of 10 bytes */
};

/* _fpstate_32: what sigcontext.fpstate points to on i386. */
struct l_fpstate_32 {
	struct l_fregs_env env;		/* 108 */
	uint16_t	status;
	uint16_t	magic;		/* 0xffff: FSAVE only; 0: FXSR follows */
	/* The FXSAVE image follows at offset 112 (64-byte aligned). */
	uint32_t	fxsr_env[6];
	uint32_t	mxcsr;
	uint32_t	reserved;
	uint8_t		fxsr_st[128];
	uint8_t		xmm[128];
	uint32_t	padding1[44];
	uint8_t		sw_reserved[48];
};
#define	LINUX_FREGS_STATE_SIZE	112	/* sizeof(struct fregs_state) */

/* The 512-byte FXSAVE image (_fpstate_64, fxregs_state). */
struct l_fxsave {
	uint16_t	cwd;
	uint16_t	swd;
	uint16_t	twd;		/* abridged tag word */
	uint16_t	fop;
	uint64_t	rip;		/* 64-bit format; fip/fcs in 32-bit */
	uint64_t	rdp;
	uint32_t	mxcsr;
	uint32_t	mxcsr_mask;
	uint8_t		st_space[128];	/* 8 registers in 16-byte slots */
	uint8_t		xmm_space[256];
	uint8_t		reserved2[48];
	uint8_t		sw_reserved[48];
} __attribute__((__aligned__(16)));
#define	LINUX_FXSAVE_SIZE	512

/* _fpx_sw_bytes, in sw_reserved of the FXSAVE image. */
struct l_fpx_sw_bytes {
	uint32_t	magic1;
	uint32_t	extended_size;	/* bytes from fpstate to MAGIC2, inclusive */
	uint64_t	xfeatures;	/* features the kernel may have saved */
	uint32_t	xstate_size;	/* bytes of XSAVE image, without MAGIC2 */
	uint32_t	padding[7];
};

/* XSAVE header, right after the FXSAVE image. */
struct l_xstate_header {
	uint64_t	xfeatures;	/* XSTATE_BV */
	uint64_t	xcomp_bv;
	uint64_t	reserved[6];
};
#define	LINUX_XSTATE_HEADER_OFF	512
#define	LINUX_XFEATURE_MASK_FPSSE	0x3ull
#define	LINUX_XSAVE_MIN_SIZE	(LINUX_FXSAVE_SIZE + 64)

#ifdef LINUX_ARCH_AMD64

struct l_sigcontext {
	uint64_t	r8, r9, r10, r11, r12, r13, r14, r15;
	uint64_t	rdi, rsi, rbp, rbx, rdx, rax, rcx, rsp;
	uint64_t	rip;
	uint64_t	eflags;
	uint16_t	cs;
	uint16_t	gs;
	uint16_t	fs;
	uint16_t	ss;		/* __pad0 before 4.6: see UC_SIGCONTEXT_SS */
	uint64_t	err;
	uint64_t	trapno;
	uint64_t	oldmask;
	uint64_t	cr2;
	uint64_t	fpstate;	/* user address of the FXSAVE/XSAVE image */
	uint64_t	reserved1[8];
};

struct l_ucontext {
	uint64_t	uc_flags;
	uint64_t	uc_link;
	l_stack_t	uc_stack;
	struct l_sigcontext uc_mcontext;
	l_sigset_t	uc_sigmask;
};

struct l_rt_sigframe {
	uint64_t	pretcode;	/* the handler returns here (sa_restorer) */
	struct l_ucontext uc;
	l_siginfo_t	info;
};

/* Bytes of the red zone below the interrupted stack pointer. */
#define	LINUX_REDZONE		128
/* What sigreturn reads of the sigcontext: everything before reserved1. */
#define	LINUX_SIGCONTEXT_READ	offsetof(struct l_sigcontext, reserved1)

_Static_assert(sizeof(struct l_sigcontext) == 256, "sigcontext");
_Static_assert(offsetof(struct l_sigcontext, rdi) == 64 &&
    offsetof(struct l_sigcontext, rax) == 104 &&
    offsetof(struct l_sigcontext, rsp) == 120 &&
    offsetof(struct l_sigcontext, rip) == 128 &&
    offsetof(struct l_sigcontext, eflags) == 136 &&
    offsetof(struct l_sigcontext, cs) == 144 &&
    offsetof(struct l_sigcontext, gs) == 146 &&
    offsetof(struct l_sigcontext, fs) == 148 &&
    offsetof(struct l_sigcontext, ss) == 150 &&
    offsetof(struct l_sigcontext, err) == 152 &&
    offsetof(struct l_sigcontext, trapno) == 160 &&
    offsetof(struct l_sigcontext, oldmask) == 168 &&
    offsetof(struct l_sigcontext, cr2) == 176 &&
    offsetof(struct l_sigcontext, fpstate) == 184 &&
    offsetof(struct l_sigcontext, reserved1) == 192, "sigcontext members");
_Static_assert(sizeof(struct l_ucontext) == 304, "ucontext");
_Static_assert(offsetof(struct l_ucontext, uc_link) == 8 &&
    offsetof(struct l_ucontext, uc_stack) == 16 &&
    offsetof(struct l_ucontext, uc_mcontext) == 40 &&
    offsetof(struct l_ucontext, uc_sigmask) == 296, "ucontext members");
_Static_assert(sizeof(struct l_rt_sigframe) == 440, "k_rt_sigframe");
_Static_assert(offsetof(struct l_rt_sigframe, uc) == 8 &&
    offsetof(struct l_rt_sigframe, info) == 312, "k_rt_sigframe members");

#else /* LINUX_ARCH_I386 */

struct l_sigcontext {
	uint16_t	gs, __gsh;
	uint16_t	fs, __fsh;
	uint16_t	es, __esh;
	uint16_t	ds, __dsh;
	uint32_t	edi, esi, ebp, esp, ebx, edx, ecx, eax;
	uint32_t	trapno;
	uint32_t	err;
	uint32_t	eip;
	uint16_t	cs, __csh;
	uint32_t	eflags;
	uint32_t	esp_at_signal;
	uint16_t	ss, __ssh;
	uint32_t	fpstate;	/* user address of the struct l_fpstate_32 */
	uint32_t	oldmask;
	uint32_t	cr2;
};

/* The kernel's i386 ucontext: its sigset is 8 bytes (the libc one, 4). */
struct l_ucontext {
	uint32_t	uc_flags;
	uint32_t	uc_link;
	l_stack_t	uc_stack;
	struct l_sigcontext uc_mcontext;
	l_sigset_t	uc_sigmask;
};

/* Frame of a handler installed without SA_SIGINFO. */
struct l_sigframe {
	uint32_t	pretcode;
	int32_t		sig;
	struct l_sigcontext sc;
	struct l_fpstate_32 fpstate_unused;	/* 2.6.16 kept the FP state here */
	uint32_t	extramask[1];		/* signals 33-64 of the old mask */
	uint8_t		retcode[8];		/* popl %eax; movl $119,%eax; int $0x80 */
};

/* Frame of an SA_SIGINFO handler. */
struct l_rt_sigframe {
	uint32_t	pretcode;
	int32_t		sig;
	uint32_t	pinfo;
	uint32_t	puc;
	l_siginfo_t	info;
	struct l_ucontext uc;
	uint8_t		retcode[8];		/* movl $173,%eax; int $0x80 */
};

#define	LINUX_REDZONE		0

_Static_assert(sizeof(struct l_sigcontext) == 88, "sigcontext");
_Static_assert(offsetof(struct l_sigcontext, fs) == 4 &&
    offsetof(struct l_sigcontext, es) == 8 &&
    offsetof(struct l_sigcontext, ds) == 12 &&
    offsetof(struct l_sigcontext, edi) == 16 &&
    offsetof(struct l_sigcontext, esp) == 28 &&
    offsetof(struct l_sigcontext, eax) == 44 &&
    offsetof(struct l_sigcontext, trapno) == 48 &&
    offsetof(struct l_sigcontext, err) == 52 &&
    offsetof(struct l_sigcontext, eip) == 56 &&
    offsetof(struct l_sigcontext, cs) == 60 &&
    offsetof(struct l_sigcontext, eflags) == 64 &&
    offsetof(struct l_sigcontext, esp_at_signal) == 68 &&
    offsetof(struct l_sigcontext, ss) == 72 &&
    offsetof(struct l_sigcontext, fpstate) == 76 &&
    offsetof(struct l_sigcontext, oldmask) == 80 &&
    offsetof(struct l_sigcontext, cr2) == 84, "sigcontext members");
_Static_assert(sizeof(struct l_ucontext) == 116, "k_ucontext");
_Static_assert(offsetof(struct l_ucontext, uc_stack) == 8 &&
    offsetof(struct l_ucontext, uc_mcontext) == 20 &&
    offsetof(struct l_ucontext, uc_sigmask) == 108, "k_ucontext members");
_Static_assert(sizeof(struct l_sigframe) == 732, "k_sigframe");
_Static_assert(offsetof(struct l_sigframe, sc) == 8 &&
    offsetof(struct l_sigframe, fpstate_unused) == 96 &&
    offsetof(struct l_sigframe, extramask) == 720 &&
    offsetof(struct l_sigframe, retcode) == 724, "k_sigframe members");
_Static_assert(sizeof(struct l_rt_sigframe) == 268, "k_rt_sigframe");
_Static_assert(offsetof(struct l_rt_sigframe, pinfo) == 8 &&
    offsetof(struct l_rt_sigframe, puc) == 12 &&
    offsetof(struct l_rt_sigframe, info) == 16 &&
    offsetof(struct l_rt_sigframe, uc) == 144 &&
    offsetof(struct l_rt_sigframe, retcode) == 260, "k_rt_sigframe members");

#endif /* LINUX_ARCH_I386 */

_Static_assert(sizeof(struct l_fpstate_32) == 624, "_fpstate_32");
_Static_assert(offsetof(struct l_fpstate_32, env.st_space) == 28 &&
    offsetof(struct l_fpstate_32, status) == 108 &&
    offsetof(struct l_fpstate_32, magic) == 110 &&
    offsetof(struct l_fpstate_32, fxsr_env) == 112 &&
    offsetof(struct l_fpstate_32, mxcsr) == 136 &&
    offsetof(struct l_fpstate_32, fxsr_st) == 144 &&
    offsetof(struct l_fpstate_32, xmm) == 272 &&
    offsetof(struct l_fpstate_32, sw_reserved) == 576, "_fpstate_32 members");
_Static_assert(sizeof(struct l_fregs_env) == 108, "user_i387_ia32_struct");
_Static_assert(sizeof(struct l_fxsave) == 512, "_fpstate_64");
_Static_assert(offsetof(struct l_fxsave, mxcsr) == 24 &&
    offsetof(struct l_fxsave, st_space) == 32 &&
    offsetof(struct l_fxsave, xmm_space) == 160 &&
    offsetof(struct l_fxsave, sw_reserved) == 464, "_fpstate_64 members");
_Static_assert(sizeof(struct l_fpx_sw_bytes) == 48, "_fpx_sw_bytes");
_Static_assert(sizeof(struct l_xstate_header) == 64, "xstate_header");

#endif /* !_LINUX_SIGFRAME_H_ */
