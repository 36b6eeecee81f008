/*
 * inproc_sigmd.c — the machine-dependent part of kern_api_signal.h for the
 * in-process host, answered by the CPU this process runs on: the FP image
 * layout (CPUID leaf 0xD, XGETBV, FXSAVE's MXCSR mask), the user segment
 * selectors (the ones this process runs with) and LAR.
 *
 * The in-process host runs natively for amd64 and as a 32-bit process for
 * i386 on a 64-bit Linux; in both the GDT is that kernel's, which is what
 * the emulated program would see under the tracer host too.
 */
#include <cpuid.h>
#include <pthread.h>
#include <string.h>

#include "kern_api_signal.h"
#include "inproc_signal.h"
#include "inproc_sigmd.h"

#define	XFEATURE_XTILEDATA	(1ull << 18)	/* dynamic: only on request */
#define	CPUID1_ECX_OSXSAVE	(1u << 27)
#define	FXSAVE_SIZE		512
#define	XSAVE_HDR_END		576

static pthread_once_t md_once = PTHREAD_ONCE_INIT;
static struct kfpinfo md_fpinfo;

static uint64_t
md_xgetbv0(void)
{
	uint32_t lo, hi;

	__asm__ volatile ("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
	return ((uint64_t)hi << 32 | lo);
}

static void
md_probe(void)
{
	uint8_t fx[FXSAVE_SIZE] __attribute__((__aligned__(16)));
	unsigned eax, ebx, ecx, edx, i;
	uint32_t mask, end;
	uint64_t xcr0;

	memset(fx, 0, sizeof(fx));
	__asm__ volatile ("fxsave %0" : "=m"(fx));
	memcpy(&mask, fx + 28, sizeof(mask));
	md_fpinfo.kfp_mxcsr_mask = mask != 0 ? mask : 0xffbf;
	md_fpinfo.kfp_size = FXSAVE_SIZE;

	if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx) ||
	    (ecx & CPUID1_ECX_OSXSAVE) == 0)
		return;
	__cpuid_count(0xd, 1, eax, ebx, ecx, edx);
	md_fpinfo.kfp_compacted = (eax & 0x2) != 0;	/* XSAVEC */
	xcr0 = md_xgetbv0();
	md_fpinfo.kfp_xcr0 = xcr0;
	md_fpinfo.kfp_xfeatures = xcr0 & ~XFEATURE_XTILEDATA;
	end = XSAVE_HDR_END;
	for (i = 2; i < 63; i++) {
		if ((md_fpinfo.kfp_xfeatures & (1ull << i)) == 0)
			continue;
		__cpuid_count(0xd, i, eax, ebx, ecx, edx);
		if (ebx + eax > end)
			end = ebx + eax;
	}
	md_fpinfo.kfp_size = end;
}

void
inproc_md_fpu_info(struct kfpinfo *fi)
{

	(void)pthread_once(&md_once, md_probe);
	*fi = md_fpinfo;
}

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

void
inproc_fpu_initial_image(void *buf, size_t len)
{
	uint8_t *img;
	uint16_t fcw;
	uint32_t mxcsr;

	img = buf;
	memset(img, 0, len);
	if (len < FXSAVE_SIZE)
		return;
	fcw = 0x037f;
	mxcsr = 0x1f80;
	memcpy(img + 0, &fcw, sizeof(fcw));
	memcpy(img + 24, &mxcsr, sizeof(mxcsr));
}

void
kern_user_selectors(struct thread *td, struct kuser_selectors *ks)
{
	uint16_t cs, ss;

	(void)td;
	__asm__ ("mov %%cs, %0" : "=r"(cs));
	__asm__ ("mov %%ss, %0" : "=r"(ss));
	ks->ks_code = cs;
	ks->ks_data = ss;
}

int32_t
kern_selector_rights(struct thread *td, uint16_t sel)
{
	uint32_t ar, in;
	uint8_t ok;

	(void)td;
	in = sel;
	ar = 0;
	__asm__ volatile ("lar %2, %0\n\tsetz %1"
	    : "+r"(ar), "=qm"(ok) : "r"(in) : "cc");
	return (ok ? (int32_t)(ar & 0x00ffff00u) : -1);
}
