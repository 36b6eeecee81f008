/*
 * sigtest_support.h — shared by the signal-frame tests and helpers (one
 * copy per program: everything here is static).
 *
 *  - a fixed user region, mapped at the same address in every process that
 *    takes part (so a frame built in one process means the same in a forked
 *    child), with a guard page after it;
 *  - an emulated thread for the in-process host;
 *  - deterministic FP images;
 *  - reading a traced child's registers, FP state and /proc masks.
 */
#ifndef _SIGTEST_SUPPORT_H_
#define _SIGTEST_SUPPORT_H_

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kern_api_signal.h"
#include "inproc_signal.h"
#include "linux_sigframe.h"
#include "linux_signal_map.h"
#include "linux_signal_var.h"
#include "sigtest_host.h"

#define	SIGTEST_REGION		0x58000000ul	/* below 4 GiB (i386), clear of
						   ASan's 32-bit shadow */
#define	SIGTEST_REGION_SIZE	0x10000ul
#define	SIGTEST_GUARD		(SIGTEST_REGION + SIGTEST_REGION_SIZE)
#define	SIGTEST_LANDING		(SIGTEST_REGION + 0x100)	/* int3s */
#define	SIGTEST_HANDLER		(SIGTEST_REGION + 0x200)
#define	SIGTEST_RESTORER	(SIGTEST_REGION + 0x300)
#define	SIGTEST_STACK_TOP	(SIGTEST_REGION + 0xf000)
#define	SIGTEST_XSAVE_AVX_OFF	576	/* YMM_Hi128 in standard format */

#ifndef NT_X86_XSTATE
#define	NT_X86_XSTATE		0x202
#endif

static inline uint8_t *
sigtest_region(void)
{

	return ((uint8_t *)SIGTEST_REGION);
}

/* Map the region (RWX: the landing pad is code) and its guard page. */
static inline int
sigtest_region_map(void)
{
	void *p;

	p = mmap((void *)SIGTEST_REGION, SIGTEST_REGION_SIZE,
	    PROT_READ | PROT_WRITE | PROT_EXEC,
	    MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	if (p != (void *)SIGTEST_REGION)
		return (-1);
	p = mmap((void *)SIGTEST_GUARD, 0x1000, PROT_NONE,
	    MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	if (p != (void *)SIGTEST_GUARD)
		return (-1);
	memset(sigtest_region(), 0xa5, SIGTEST_REGION_SIZE);
	memset(sigtest_region() + 0x100, 0xcc, 0x100);	/* int3 */
	return (0);
}

/*
 * A deterministic FP image: x87 control and status words with TOP = 6,
 * two registers in use, MXCSR with masks changed, patterned XMM registers
 * and (with AVX) upper halves; XSTATE_BV says FP, SSE and (AVX).
 */
static inline void
sigtest_fp_image(uint8_t *img, const struct kfpinfo *fi, unsigned seed)
{
	uint16_t fcw = 0x027f, fsw = (uint16_t)(6u << 11), ftw = 0xc0;
	uint32_t mxcsr = 0x1f80 ^ 0x0600;	/* round toward zero */
	uint64_t xbv;
	unsigned i;

	inproc_fpu_initial_image(img, fi->kfp_size);
	memcpy(img + 0, &fcw, 2);
	memcpy(img + 2, &fsw, 2);
	memcpy(img + 4, &ftw, 2);
	memcpy(img + 24, &mxcsr, 4);
	/* ST(0) = physical 6: 1.0 (exp 0x3fff, integer bit); ST(1) = 0. */
	img[32 + 7] = 0x80;
	img[32 + 8] = 0xff;
	img[32 + 9] = 0x3f;
	for (i = 0; i < 256; i++)
		img[160 + i] = (uint8_t)(seed * 7 + i * 13);
	if (fi->kfp_xfeatures == 0)
		return;
	xbv = 0x3;
	if ((fi->kfp_xfeatures & 0x4) != 0 && fi->kfp_size >= 576 + 256) {
		xbv |= 0x4;
		for (i = 0; i < 256; i++)
			img[SIGTEST_XSAVE_AVX_OFF + i] =
			    (uint8_t)(seed * 5 + i * 3 + 1);
	}
	memcpy(img + 512, &xbv, 8);
}

/* Linux's blocked or pending mask of a task, from /proc (hex). */
static inline uint64_t
sigtest_proc_mask(pid_t pid, const char *field)
{
	char path[64], line[256];
	unsigned long long v;
	size_t n;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/status", (int)pid);
	f = fopen(path, "r");
	if (f == NULL)
		return (0);
	n = strlen(field);
	v = 0;
	while (fgets(line, sizeof(line), f) != NULL) {
		if (strncmp(line, field, n) == 0 && line[n] == ':') {
			v = strtoull(line + n + 1, NULL, 16);
			break;
		}
	}
	fclose(f);
	return (v);
}

/* A traced child's XSAVE image (NT_X86_XSTATE); 0 or -1. */
static inline int
sigtest_ptrace_xstate(pid_t pid, uint8_t *buf, size_t len)
{
	struct iovec iov;

	iov.iov_base = buf;
	iov.iov_len = len;
	return (ptrace(PTRACE_GETREGSET, pid, (void *)NT_X86_XSTATE, &iov) ==
	    -1 ? -1 : 0);
}

/*
 * Wait for the next stop of a traced child; returns the stop signal
 * (SIGTRAP | 0x80 for syscall stops), or -1 when it ended.
 */
static inline int
sigtest_wait_stop(pid_t pid)
{
	int status;

	if (waitpid(pid, &status, __WALL) != pid || !WIFSTOPPED(status))
		return (-1);
	return (WSTOPSIG(status));
}

#endif /* !_SIGTEST_SUPPORT_H_ */
