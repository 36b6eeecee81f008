/*
 * tr_filter.c — seccomp programs the tracer builds at run time: the
 * "observe" filter of --debug and --coverage (trace a set of syscalls that
 * the spec's filter lets run natively) and the filters of the host's tests.
 * The spec's own filter is generated (templates/lxrun_seccomp.lua).
 *
 * Shape: check the arch (a foreign arch traps with TR_DATA_FOREIGN_ARCH),
 * then one `jeq nr; ret verdict` pair per listed syscall, then ALLOW. Every
 * verdict depends on the arch and number only, so Linux (≥ 5.11) can cache
 * ALLOW verdicts per number and skip the filter for them entirely.
 */
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdlib.h>

#include "tracer.h"

#if defined(__x86_64__)
#define	TR_AUDIT_ARCH	AUDIT_ARCH_X86_64
#else
#define	TR_AUDIT_ARCH	AUDIT_ARCH_I386
#endif

struct sock_fprog *
tr_filter_build(const unsigned *nrs, int n, uint32_t verdict)
{
	struct sock_fprog *prog;
	struct sock_filter *f;
	int i, k = 0;

	prog = kern_malloc(sizeof(*prog), KM_ZERO);
	f = kern_malloc(sizeof(*f) * (size_t)(5 + 2 * n), KM_ZERO);
	f[k++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
	    offsetof(struct seccomp_data, arch));
	f[k++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K,
	    TR_AUDIT_ARCH, 1, 0);
	f[k++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K,
	    SECCOMP_RET_TRACE | TR_DATA_FOREIGN_ARCH);
	f[k++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
	    offsetof(struct seccomp_data, nr));
	for (i = 0; i < n; i++) {
		f[k++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ |
		    BPF_K, nrs[i], 0, 1);
		f[k++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K,
		    verdict);
	}
	f[k++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K,
	    SECCOMP_RET_ALLOW);
	prog->len = (unsigned short)k;
	prog->filter = f;
	return (prog);
}
