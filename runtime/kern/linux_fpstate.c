/*
 * linux_fpstate.c — the FP/vector state in a Linux signal frame: where it
 * goes, what is written there, and what sigreturn accepts back.
 *
 * Layout (Linux fpu__alloc_mathframe): below the interrupted stack pointer
 * (and red zone) the FXSAVE/XSAVE image, 64-byte aligned, followed by the
 * 4-byte FP_XSTATE_MAGIC2 when the CPU has XSAVE; on i386 a 112-byte
 * legacy FSAVE header directly below the image. sigcontext.fpstate points
 * to the header on i386 and to the image on amd64. The image carries in
 * its software-reserved bytes (offset 464) the _fpx_sw_bytes announcing
 * the XSAVE state: magic1, the size up to and including MAGIC2, the
 * features and the image size.
 *
 * Return: Linux trusts nothing but checks little. What it does with each
 * input, and what this file does the same way:
 *
 *   fpstate == NULL                 FP state reset to initial. Accepted.
 *   fpstate range not user memory   bad frame (SIGSEGV).
 *   software bytes unreadable       bad frame.
 *   magic1 wrong, xstate_size below 576, above the thread's XSAVE size or
 *   above extended_size, or MAGIC2 missing at fpstate + xstate_size
 *                                   sanitised: only the FXSAVE part (x87,
 *                                   SSE) is restored, the rest is reset.
 *   MAGIC2 unreadable               bad frame.
 *   amd64: image not 64-byte aligned (16 for the FXSAVE-only case), XSAVE
 *   header with XCOMP_BV or XSTATE_BV bits the CPU rejects, MXCSR reserved
 *   bits set                        bad frame: the XRSTOR/FXRSTOR Linux
 *                                   runs on the user buffer faults (#GP).
 *   i386: no alignment needed (Linux copies the image first); header with
 *   unknown XSTATE_BV bits, non-zero XCOMP_BV or reserved bytes, MXCSR
 *   reserved bits                   bad frame.
 *   features named in the software bytes but not enabled
 *                                   sanitised: ignored.
 *   i386: the x87 registers and environment come from the FSAVE header,
 *   not from the image (the header wins, as in Linux).
 *
 * One simplification: Linux reads only the parts of the image the XSAVE
 * header asks for, so an image whose unused tail is unmapped passes; this
 * file reads the whole image, and calls such a frame bad.
 */
#include <string.h>

#include "linux_signal_var.h"

#define	FX_SW_OFF	464	/* sw_reserved in the FXSAVE image */
#define	FX_MXCSR_OFF	24
#define	FX_ST_OFF	32
#define	XFEATURE_FP	0x1ull
#define	XFEATURE_SSE	0x2ull
#define	XFEATURE_YMM	0x4ull
#define	XCOMP_BV_COMPACTED	(1ull << 63)

/* x87 tag values of the full tag word. */
#define	FP_TAG_VALID	0
#define	FP_TAG_ZERO	1
#define	FP_TAG_SPECIAL	2
#define	FP_TAG_EMPTY	3

static bool
fp_has_xsave(const struct kfpinfo *fi)
{

	return (fi->kfp_xfeatures != 0);
}

/* Bytes of the image plus MAGIC2: Linux's xstate_sigframe_size(). */
static uint64_t
fp_sigframe_size(const struct kfpinfo *fi)
{

	return (fi->kfp_size + (fp_has_xsave(fi) ?
	    LINUX_FP_XSTATE_MAGIC2_SIZE : 0));
}

uint64_t
linux_fpframe_alloc(uint64_t sp, const struct kfpinfo *fi,
    struct linux_fpframe *ff)
{
	uint64_t size;

	size = fp_sigframe_size(fi);
	sp = (sp - size) & ~(uint64_t)63;
	ff->lff_buf_fx = sp;
#ifdef LINUX_ARCH_I386
	sp -= LINUX_FREGS_STATE_SIZE;
	size += LINUX_FREGS_STATE_SIZE;
#endif
	ff->lff_fpstate = sp;
	ff->lff_size = size;
	return (sp);
}

#ifdef LINUX_ARCH_I386
/*
 * The full x87 tag word from FXSAVE's abridged one: an empty register is
 * empty; any other is classified by its contents (the architecture's own
 * rule). Register i of the tag word is physical register i, which holds
 * ST((i - TOP) & 7).
 */
static uint32_t
fp_full_tag_word(const struct l_fxsave *fx)
{
	const uint8_t *reg;
	uint32_t tags, tag, top;
	uint16_t exponent;
	uint64_t mantissa;
	int i, j;

	top = (fx->swd >> 11) & 7;
	tags = 0xffff0000u;
	for (i = 0; i < 8; i++) {
		if ((fx->twd & (1u << i)) == 0) {
			tag = FP_TAG_EMPTY;
		} else {
			reg = fx->st_space + 16 * ((i - top) & 7);
			mantissa = 0;
			for (j = 7; j >= 0; j--)
				mantissa = mantissa << 8 | reg[j];
			exponent = (uint16_t)((reg[8] | reg[9] << 8) & 0x7fff);
			if (exponent == 0x7fff)
				tag = FP_TAG_SPECIAL;
			else if (exponent == 0)
				tag = mantissa == 0 ? FP_TAG_ZERO : FP_TAG_SPECIAL;
			else
				tag = (mantissa >> 63) != 0 ? FP_TAG_VALID :
				    FP_TAG_SPECIAL;
		}
		tags |= tag << (2 * i);
	}
	return (tags);
}

/* FXSAVE's abridged tag word: a register is in use unless tagged empty. */
static uint16_t
fp_abridged_tag_word(uint32_t twd)
{
	uint16_t abridged;
	int i;

	abridged = 0;
	for (i = 0; i < 8; i++)
		if (((twd >> (2 * i)) & 3) != FP_TAG_EMPTY)
			abridged |= (uint16_t)(1u << i);
	return (abridged);
}

/* The legacy header Linux writes below an i386 image. */
static void
fp_fregs_from_fxsave(const struct l_fxsave *fx, uint16_t cs, uint16_t ds,
    struct l_fpstate_32 *hdr)
{
	int i;

	hdr->env.cwd = fx->cwd | 0xffff0000u;
	hdr->env.swd = fx->swd | 0xffff0000u;
	hdr->env.twd = fp_full_tag_word(fx);
	hdr->env.fip = (uint32_t)fx->rip;
	hdr->env.foo = (uint32_t)fx->rdp;
	/* A 64-bit kernel has no FPU selectors: it records the current ones. */
	hdr->env.fcs = cs;
	hdr->env.fos = ds | 0xffff0000u;
	for (i = 0; i < 8; i++)
		memcpy(hdr->env.st_space + 10 * i, fx->st_space + 16 * i, 10);
	hdr->status = fx->swd;
	hdr->magic = LINUX_X86_FXSR_MAGIC;
}

/* Fold the header back into the image: the header's x87 state wins. */
static void
fp_fxsave_from_fregs(const struct l_fregs_env *env, struct l_fxsave *fx)
{
	int i;

	fx->cwd = (uint16_t)env->cwd;
	fx->swd = (uint16_t)env->swd;
	fx->twd = fp_abridged_tag_word(env->twd);
	fx->fop = (uint16_t)(env->fcs >> 16);
	fx->rip = env->fip;
	fx->rdp = env->foo;
	for (i = 0; i < 8; i++)
		memcpy(fx->st_space + 16 * i, env->st_space + 10 * i, 10);
}
#endif /* LINUX_ARCH_I386 */

int
linux_fpframe_save(struct thread *td, const struct linux_fpframe *ff,
    const struct kfpinfo *fi, uint16_t cs, uint16_t ds)
{
	struct l_fpx_sw_bytes sw;
	struct l_xstate_header *xh;
	uint8_t *img;
	uint32_t magic2;
	int error;

	if (fi->kfp_size < LINUX_FXSAVE_SIZE ||
	    (fp_has_xsave(fi) && fi->kfp_size < LINUX_XSAVE_MIN_SIZE))
		return (EINVAL);
	img = kern_malloc(fi->kfp_size, 0);
	error = kern_fpu_getstate(td, img, fi->kfp_size);
	if (error != 0)
		goto out;

	/* Linux writes the software bytes whenever the CPU has FXSR. */
	memset(&sw, 0, sizeof(sw));
	sw.magic1 = LINUX_FP_XSTATE_MAGIC1;
	sw.extended_size = fi->kfp_size + LINUX_FP_XSTATE_MAGIC2_SIZE;
	sw.xfeatures = fp_has_xsave(fi) ? fi->kfp_xfeatures :
	    LINUX_XFEATURE_MASK_FPSSE;
	sw.xstate_size = fi->kfp_size;
#ifdef LINUX_ARCH_I386
	sw.extended_size += LINUX_FREGS_STATE_SIZE;
#endif
	memcpy(img + FX_SW_OFF, &sw, sizeof(sw));
	if (fp_has_xsave(fi)) {
		/*
		 * FP and SSE are always marked present, so that a handler
		 * that edits them in the legacy area without knowing XSAVE
		 * gets its edits restored.
		 */
		xh = (struct l_xstate_header *)(img + LINUX_XSTATE_HEADER_OFF);
		xh->xfeatures |= LINUX_XFEATURE_MASK_FPSSE;
	}

	error = copyout(img, linux_uptr(ff->lff_buf_fx), fi->kfp_size);
	if (error == 0 && fp_has_xsave(fi)) {
		magic2 = LINUX_FP_XSTATE_MAGIC2;
		error = copyout(&magic2,
		    linux_uptr(ff->lff_buf_fx + fi->kfp_size), sizeof(magic2));
	}
#ifdef LINUX_ARCH_I386
	if (error == 0) {
		struct l_fpstate_32 hdr;

		fp_fregs_from_fxsave((const struct l_fxsave *)img, cs, ds,
		    &hdr);
		error = copyout(&hdr, linux_uptr(ff->lff_fpstate),
		    LINUX_FREGS_STATE_SIZE);
	}
#else
	(void)cs;
	(void)ds;
#endif
out:
	kern_free(img);
	return (error != 0 ? EFAULT : 0);
}

/*
 * Linux's check_xstate_in_sigframe(): is the image announced as XSAVE
 * state? EFAULT when the bytes it needs cannot be read; otherwise sets
 * *fx_only and the features the frame says it holds.
 */
static int
fp_check_xstate(uint64_t buf_fx, const struct kfpinfo *fi, bool *fx_only,
    uint64_t *xfeatures)
{
	struct l_fpx_sw_bytes sw;
	uint32_t magic2;

	if (copyin(linux_uptr(buf_fx + FX_SW_OFF), &sw, sizeof(sw)) != 0)
		return (EFAULT);
	if (sw.magic1 != LINUX_FP_XSTATE_MAGIC1 ||
	    sw.xstate_size < LINUX_XSAVE_MIN_SIZE ||
	    sw.xstate_size > fi->kfp_size ||
	    sw.xstate_size > sw.extended_size)
		goto fx_only;
	if (copyin(linux_uptr(buf_fx + sw.xstate_size), &magic2,
	    sizeof(magic2)) != 0)
		return (EFAULT);
	if (magic2 != LINUX_FP_XSTATE_MAGIC2)
		goto fx_only;
	*fx_only = false;
	*xfeatures = sw.xfeatures;
	return (0);
fx_only:
	*fx_only = true;
	*xfeatures = LINUX_XFEATURE_MASK_FPSSE;
	return (0);
}

static bool
fp_mxcsr_ok(const uint8_t *img, const struct kfpinfo *fi)
{
	uint32_t mxcsr;

	memcpy(&mxcsr, img + FX_MXCSR_OFF, sizeof(mxcsr));
	return ((mxcsr & ~fi->kfp_mxcsr_mask) == 0);
}

static struct l_xstate_header *
fp_header(uint8_t *img)
{

	return ((struct l_xstate_header *)(img + LINUX_XSTATE_HEADER_OFF));
}

#ifdef LINUX_ARCH_AMD64
/*
 * A compacted-format image (XCOMP_BV bit 63), which XRSTOR accepts too:
 * the components of XCOMP_BV packed in feature order after the header,
 * some aligned to 64 bytes. Read the ones XRSTOR would load into their
 * standard-format places.
 */
static int
fp_read_compacted(struct thread *td, uint64_t buf_fx, const struct kfpinfo *fi,
    uint64_t comp, uint64_t load, uint8_t *img)
{
	uint32_t soff, size;
	uint64_t pos;
	bool align64;
	int i;

	pos = LINUX_XSAVE_MIN_SIZE;
	for (i = 2; i < 63; i++) {
		if ((comp & (1ull << i)) == 0)
			continue;
		if (kern_fpu_xfeature(td, i, &soff, &size, &align64) != 0 ||
		    (uint64_t)soff + size > fi->kfp_size)
			return (EINVAL);
		if (align64)
			pos = (pos + 63) & ~(uint64_t)63;
		if ((load & (1ull << i)) != 0 &&
		    copyin(linux_uptr(buf_fx + pos), img + soff, size) != 0)
			return (EFAULT);
		pos += size;
	}
	return (0);
}

/*
 * The 64-bit path: Linux runs XRSTOR (FXRSTOR for an FXSAVE-only frame)
 * directly on the user buffer, so what the instruction refuses with #GP
 * is a bad frame, and what it does with MXCSR and with the components it
 * does not load is what the thread gets.
 */
static int
fp_restore_image(struct thread *td, uint64_t buf_fx, const struct kfpinfo *fi,
    bool fx_only, uint64_t xfeatures, uint8_t *img)
{
	struct l_xstate_header *xh;
	uint64_t comp, xrestore;
	uint32_t mxcsr;
	unsigned i;
	int error;

	if (!fp_has_xsave(fi) || fx_only) {
		if ((buf_fx & 15) != 0)
			return (EINVAL);
		if (copyin(linux_uptr(buf_fx), img, LINUX_FXSAVE_SIZE) != 0)
			return (EFAULT);
		if (!fp_mxcsr_ok(img, fi))
			return (EINVAL);
		if (fp_has_xsave(fi))
			fp_header(img)->xfeatures = LINUX_XFEATURE_MASK_FPSSE;
		return (0);
	}
	if ((buf_fx & 63) != 0)
		return (EINVAL);
	if (copyin(linux_uptr(buf_fx), img, LINUX_XSAVE_MIN_SIZE) != 0)
		return (EFAULT);
	xh = fp_header(img);
	xrestore = xfeatures & fi->kfp_xfeatures;
	if ((xh->xcomp_bv & XCOMP_BV_COMPACTED) != 0) {
		/* Compacted XRSTOR: #GP unless the header is consistent. */
		comp = xh->xcomp_bv & ~XCOMP_BV_COMPACTED;
		if (!fi->kfp_compacted || (comp & ~fi->kfp_xcr0) != 0 ||
		    (xh->xfeatures & ~comp) != 0)
			return (EINVAL);
		for (i = 0; i < 6; i++)
			if (xh->reserved[i] != 0)
				return (EINVAL);
		error = fp_read_compacted(td, buf_fx, fi, comp,
		    xh->xfeatures & xrestore, img);
		if (error != 0)
			return (error);
	} else {
		/* Standard XRSTOR: #GP on header bytes 8-23, unknown bits. */
		if (xh->xcomp_bv != 0 || xh->reserved[0] != 0 ||
		    (xh->xfeatures & ~fi->kfp_xcr0) != 0)
			return (EINVAL);
		if (copyin(linux_uptr(buf_fx + LINUX_XSAVE_MIN_SIZE),
		    img + LINUX_XSAVE_MIN_SIZE,
		    fi->kfp_size - LINUX_XSAVE_MIN_SIZE) != 0)
			return (EFAULT);
	}
	if ((xrestore & (XFEATURE_SSE | XFEATURE_YMM)) != 0 &&
	    !fp_mxcsr_ok(img, fi))
		return (EINVAL);
	/*
	 * Linux puts every feature outside the restore mask back in its
	 * initial state afterwards, MXCSR with SSE.
	 */
	xh->xfeatures &= xrestore;
	xh->xcomp_bv = 0;
	memset(xh->reserved, 0, sizeof(xh->reserved));
	if ((xrestore & XFEATURE_SSE) == 0) {
		mxcsr = 0x1f80;
		memcpy(img + FX_MXCSR_OFF, &mxcsr, sizeof(mxcsr));
	}
	return (0);
}
#else
/*
 * The 32-bit path: Linux copies the frame into the thread's FP buffer,
 * validates it like a ptrace write (copy_uabi_to_xstate()), folds the
 * legacy header in and restores from the kernel copy.
 */
static int
fp_restore_image(uint64_t buf, uint64_t buf_fx, const struct kfpinfo *fi,
    bool fx_only, uint64_t xfeatures, uint8_t *img)
{
	struct l_fregs_env env;
	struct l_xstate_header *xh;
	unsigned i;

	if (copyin(linux_uptr(buf), &env, sizeof(env)) != 0)
		return (EFAULT);
	if (fp_has_xsave(fi) && !fx_only) {
		if (copyin(linux_uptr(buf_fx), img, fi->kfp_size) != 0)
			return (EFAULT);
		xh = fp_header(img);
		if ((xh->xfeatures & ~fi->kfp_xfeatures) != 0 ||
		    xh->xcomp_bv != 0)
			return (EINVAL);
		for (i = 0; i < 6; i++)
			if (xh->reserved[i] != 0)
				return (EINVAL);
		if ((xh->xfeatures & (XFEATURE_FP | XFEATURE_SSE |
		    XFEATURE_YMM)) != 0 && !fp_mxcsr_ok(img, fi))
			return (EINVAL);
	} else {
		if (copyin(linux_uptr(buf_fx), img, LINUX_FXSAVE_SIZE) != 0)
			return (EFAULT);
		if (!fp_mxcsr_ok(img, fi))
			return (EINVAL);
		if (fp_has_xsave(fi))
			fp_header(img)->xfeatures = LINUX_XFEATURE_MASK_FPSSE;
	}
	fp_fxsave_from_fregs(&env, (struct l_fxsave *)img);
	if (fp_has_xsave(fi))
		fp_header(img)->xfeatures &= xfeatures;
	return (0);
}
#endif

int
linux_fpframe_restore(struct thread *td, uint64_t fpstate)
{
	struct kfpinfo fi;
	uint64_t buf_fx, size, xfeatures;
	uint8_t *img;
	bool fx_only;
	int error;

	if (fpstate == 0) {
		kern_fpu_reset(td);
		return (0);
	}
	kern_fpu_info(td, &fi);
	if (fi.kfp_size < LINUX_FXSAVE_SIZE ||
	    (fp_has_xsave(&fi) && fi.kfp_size < LINUX_XSAVE_MIN_SIZE)) {
		error = EINVAL;
		goto fail;
	}
	size = fp_sigframe_size(&fi);
	buf_fx = fpstate;
#ifdef LINUX_ARCH_I386
	buf_fx += LINUX_FREGS_STATE_SIZE;
	size += LINUX_FREGS_STATE_SIZE;
#endif
	if (!linux_urange_ok(fpstate, size)) {
		error = EFAULT;
		goto fail;
	}
	fx_only = true;
	xfeatures = LINUX_XFEATURE_MASK_FPSSE;
	if (fp_has_xsave(&fi)) {
		error = fp_check_xstate(buf_fx, &fi, &fx_only, &xfeatures);
		if (error != 0)
			goto fail;
	}
	img = kern_malloc(fi.kfp_size, KM_ZERO);
#ifdef LINUX_ARCH_AMD64
	error = fp_restore_image(td, buf_fx, &fi, fx_only, xfeatures, img);
#else
	error = fp_restore_image(fpstate, buf_fx, &fi, fx_only, xfeatures, img);
#endif
	if (error == 0) {
		/* The software bytes are the kernel's, not state. */
		memset(img + FX_SW_OFF, 0, sizeof(struct l_fpx_sw_bytes));
		error = kern_fpu_setstate(td, img, fi.kfp_size);
	}
	kern_free(img);
	if (error == 0)
		return (0);
fail:
	/* Linux leaves a thread whose FP restore failed in the initial state. */
	kern_fpu_reset(td);
	return (error);
}
