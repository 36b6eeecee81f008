/*
 * tr_sigmd.c — the machine-dependent part of kern_api_signal.h for the
 * tracer host: the traced task's FP/vector state (the XSTATE regset) and
 * what its segment selectors allow (LAR, and the task's own TLS
 * descriptors). The delivery machinery is tr_signal.c's.
 */
#include <cpuid.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>

#include "tracer.h"

#if __has_include("kern_api_signal.h")
#include "kern_api_signal.h"

#define	NT_X86_XSTATE		0x202
#define	NT_PRFPREG		2

/*
 * FP state: the real task's, through the XSTATE regset (the 512-byte
 * FXSAVE image, NT_PRFPREG, on CPUs without XSAVE). Three facts of that
 * regset shape what follows (checked on this machine's 6.18):
 *  - it is always the largest standard-format image the kernel knows
 *    (11008 bytes here, with AMX's tile data), and SETREGSET takes
 *    exactly that size and nothing shorter;
 *  - its software bytes are not a signal frame's: their first word is the
 *    feature mask the kernel enables for user space (Linux's
 *    USER_XSTATE_XCR0_WORD), the rest is zero;
 *  - that mask has the features Linux gives a process only on request
 *    (AMX tile data, ARCH_REQ_XCOMP_PERM), requested or not.
 * A thread's own features, which fix its signal frame (Linux's
 * fpstate->user_xfeatures and user_size), are the mask less those: no
 * process under lxrun has asked for them, since runtime/kern answers the
 * AMX arch_prctl codes EINVAL (and execve clears a permission). The image
 * handed to runtime/kern is that size; the rest of the regset image is
 * zero, its components in their initial state.
 */
#define	TR_XSTATE_MAX		(64 * 1024)
#define	TR_FXSAVE_SIZE		512
#define	TR_XSAVE_HDR_END	576
#define	TR_XFEATURE_XTILEDATA	(1ull << 18)	/* dynamic: on request */
#define	CPUID1_ECX_OSXSAVE	(1u << 27)
#define	CPUID_D1_EAX_XSAVEC	(1u << 1)

/* The whole regset image into buf (TR_XSTATE_MAX); its size, or 0. */
static size_t
tr_fpu_regset_get(struct tr_thread *t, uint8_t *buf)
{
	struct iovec iov = { buf, TR_XSTATE_MAX };

	if (ptrace(PTRACE_GETREGSET, t->tt_tid, (void *)NT_X86_XSTATE,
	    &iov) == 0)
		return (iov.iov_len);
	iov.iov_len = TR_FXSAVE_SIZE;
	if (ptrace(PTRACE_GETREGSET, t->tt_tid, (void *)NT_PRFPREG, &iov)
	    == 0)
		return (iov.iov_len);
	return (0);
}

/*
 * What the CPU enables and accepts, the same for every task of the
 * machine: XCR0 (XGETBV; on this machine it has AMX's tile data) and
 * whether XRSTOR takes the compacted format (XSAVEC, CPUID leaf 0xD
 * sub-leaf 1), which Linux's 64-bit rt_sigreturn, running XRSTOR on the
 * frame, then accepts.
 */
static void
tr_cpu_xstate(uint64_t *xcr0, bool *compacted)
{
	unsigned eax, ebx, ecx, edx;
	uint32_t lo, hi;

	*xcr0 = 0;
	*compacted = false;
	if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx) ||
	    (ecx & CPUID1_ECX_OSXSAVE) == 0)
		return;
	__asm__ volatile ("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
	*xcr0 = (uint64_t)hi << 32 | lo;
	__cpuid_count(0xd, 1, eax, ebx, ecx, edx);
	*compacted = (eax & CPUID_D1_EAX_XSAVEC) != 0;
}

/* The standard-format size of `features`: the end of the last one. */
static uint32_t
tr_xsave_size(uint64_t features)
{
	unsigned eax, ebx, ecx, edx;
	uint32_t end = TR_XSAVE_HDR_END;
	int i;

	for (i = 2; i < 63; i++) {
		if ((features & (1ull << i)) == 0)
			continue;
		__cpuid_count(0xd, (unsigned)i, eax, ebx, ecx, edx);
		if (ebx + eax > end)
			end = ebx + eax;
	}
	return (end);
}

void
kern_fpu_info(struct thread *td, struct kfpinfo *info)
{
	static uint8_t buf[TR_XSTATE_MAX];
	uint32_t mxcsr_mask;
	uint64_t user_mask;
	size_t got;

	memset(info, 0, sizeof(*info));
	if ((got = tr_fpu_regset_get(TR_THREAD(td), buf)) == 0)
		return;
	info->kfp_size = TR_FXSAVE_SIZE;
	memcpy(&mxcsr_mask, buf + 28, 4);
	info->kfp_mxcsr_mask = mxcsr_mask != 0 ? mxcsr_mask : 0xffbf;
	if (got > TR_FXSAVE_SIZE) {
		memcpy(&user_mask, buf + 464, 8);  /* USER_XSTATE_XCR0_WORD */
		info->kfp_xfeatures = user_mask & ~TR_XFEATURE_XTILEDATA;
		info->kfp_size = tr_xsave_size(info->kfp_xfeatures);
		if (info->kfp_size > got)
			info->kfp_size = (uint32_t)got;
		tr_cpu_xstate(&info->kfp_xcr0, &info->kfp_compacted);
	}
}

int
kern_fpu_getstate(struct thread *td, void *buf, size_t len)
{
	static uint8_t img[TR_XSTATE_MAX];
	size_t got;

	if ((got = tr_fpu_regset_get(TR_THREAD(td), img)) == 0)
		return (ESRCH);
	memset(buf, 0, len);
	memcpy(buf, img, len < got ? len : got);
	if (got > TR_FXSAVE_SIZE)
		memset((uint8_t *)buf + 464, 0, 48);	/* software bytes */
	return (0);
}

int
kern_fpu_setstate(struct thread *td, const void *buf, size_t len)
{
	static uint8_t img[TR_XSTATE_MAX];
	struct tr_thread *t = TR_THREAD(td);
	struct iovec iov;
	size_t full;

	/* SETREGSET wants the regset's own size: pad with initial state. */
	if ((full = tr_fpu_regset_get(t, img)) == 0 || len > full)
		return (EINVAL);
	memcpy(img, buf, len);
	memset(img + len, 0, full - len);
	iov.iov_base = img;
	iov.iov_len = full;
	if (ptrace(PTRACE_SETREGSET, t->tt_tid, (void *)(uintptr_t)(full >
	    TR_FXSAVE_SIZE ? NT_X86_XSTATE : NT_PRFPREG), &iov) != 0)
		return (EINVAL);
	return (0);
}

void
kern_fpu_reset(struct thread *td)
{
	static uint8_t buf[TR_XSTATE_MAX];
	struct kfpinfo fi;
	uint16_t fcw = 0x037f;
	uint32_t mxcsr = 0x1f80;

	kern_fpu_info(td, &fi);
	if (fi.kfp_size == 0 || fi.kfp_size > sizeof(buf))
		return;
	/* Initial state: x87 control word and MXCSR at reset, everything
	   else zero, an XSAVE header asking for nothing (init state). */
	memset(buf, 0, fi.kfp_size);
	memcpy(buf + 0, &fcw, 2);
	memcpy(buf + 24, &mxcsr, 4);
	(void)kern_fpu_setstate(td, buf, fi.kfp_size);
}

/* XSAVE component layout: CPUID leaf 0xD, the same CPU as the task's. */
int
kern_fpu_xfeature(struct thread *td, int feature, uint32_t *offset,
    uint32_t *size, bool *align64)
{
	unsigned eax, ebx, ecx, edx;

	(void)td;
	if (feature < 2 || feature > 62)
		return (EINVAL);
	__cpuid_count(0xd, (unsigned)feature, eax, ebx, ecx, edx);
	if (eax == 0)
		return (EINVAL);
	*size = eax;
	*offset = ebx;
	*align64 = (ecx & 0x2) != 0;
	return (0);
}

/*
 * Segments. The program runs on a real x86-64 kernel: its selectors are
 * Linux's __USER_CS/__USER_DS (__USER32_CS for i386 programs), and LAR in
 * the tracer answers for every GDT entry except the per-task TLS ones,
 * which the task itself reports (PTRACE_GET_THREAD_AREA).
 */
void
kern_user_selectors(struct thread *td, struct kuser_selectors *ks)
{

	(void)td;
#if defined(__x86_64__)
	ks->ks_code = 0x33;
#else
	ks->ks_code = 0x23;
#endif
	ks->ks_data = 0x2b;
}

int32_t
kern_selector_rights(struct thread *td, uint16_t sel)
{
	uint32_t ar, ok;

	if ((sel & 0xfffc) == 0 || (sel & 4) != 0)
		return (-1);	/* null selector, or an LDT (none here) */
	if ((sel >> 3) >= 12 && (sel >> 3) <= 14) {
		uint32_t ud[4];

		if (ptrace(PTRACE_GET_THREAD_AREA, TR_THREAD(td)->tt_tid,
		    (void *)(uintptr_t)(sel >> 3), ud) != 0)
			return (-1);
		if (ud[3] & 0x20)	/* seg_not_present */
			return (-1);
		/* Data segment, DPL 3, present; 32-bit, writable unless
		   read_exec_only, code if contents says so. */
		ar = KSEL_AR_S | KSEL_AR_DPL3 | KSEL_AR_P;
		if (ud[3] & 0x1)
			ar |= KSEL_AR_DB;
		if (((ud[3] >> 1) & 3) >= 2)
			ar |= KSEL_AR_TYPE_CODE | ((ud[3] & 0x8) ? 0 :
			    KSEL_AR_TYPE_RW);
		else if (!(ud[3] & 0x8))
			ar |= KSEL_AR_TYPE_RW;
		if (ud[3] & 0x10)
			ar |= 0x00800000;	/* G */
		if (ud[3] & 0x80)
			ar |= KSEL_AR_L;
		return ((int32_t)ar);
	}
	__asm__ volatile("lar %2, %0\n\tsetz %b1\n\tmovzbl %b1, %1"
	    : "=r"(ar), "=q"(ok) : "r"((uint32_t)sel) : "cc");
	return (ok ? (int32_t)(ar & 0x00ffff00) : -1);
}


#endif /* kern_api_signal.h */
