/*
 * tr_filter.c — seccomp programs the tracer builds at run time: the
 * "observe" filter of --debug and --coverage (trace a set of syscalls that
 * the spec's filter lets run natively) and the filters of the host's tests.
 * The spec's own filter is generated (templates/lxrun_seccomp.lua).
 * And the listening filter of the hybrid (tr_listen.c).
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
#include <string.h>

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

void
tr_filter_free(struct sock_fprog *prog)
{

	if (prog == NULL)
		return;
	kern_free(prog->filter);
	kern_free(prog);
}

/* Linux futex operations (uapi linux/futex.h): facts. */
#define	L_FUTEX_WAIT		0
#define	L_FUTEX_WAKE		1
#define	L_FUTEX_WAIT_BITSET	9
#define	L_FUTEX_WAKE_BITSET	10
#define	L_FUTEX_PRIVATE_FLAG	128
#define	L_FUTEX_CLOCK_REALTIME	256

#define	SD_ARG_LO(i)	(offsetof(struct seccomp_data, args) + 8 * (i))
#define	SD_ARG_HI(i)	(SD_ARG_LO(i) + 4)	/* little-endian */

/*
 * The listening filter of the hybrid: futex `nr` goes to the listener
 * (SECCOMP_RET_USER_NOTIF) when it needs neither registers nor atomic
 * access to the program's memory and cannot be restarted with a shorter
 * timeout: FUTEX_WAKE, FUTEX_WAKE_BITSET, and FUTEX_WAIT and
 * FUTEX_WAIT_BITSET without a timeout. A waiter interrupted by a signal
 * leaves with the kernel's -ERESTARTSYS, which restarts the wait or fails
 * it with EINTR as Linux's futex_wait does; a timed relative wait would be
 * restarted with its whole timeout, so timed waits stay on ptrace, as do
 * the operations that change the futex word (WAKE_OP, the PI family) or
 * requeue. Every other verdict of this filter is ALLOW, which leaves the
 * decision to the spec's filter (USER_NOTIF outranks TRACE, ALLOW ranks
 * below both).
 */
struct sock_fprog *
tr_filter_futex_notif(unsigned nr)
{
/* Jump offsets from instruction `pc` to `target`. */
#define	J(pc, target)	((uint8_t)((target) - (pc) - 1))
#define	NOTIF	14
#define	ALLOW	15
	struct sock_filter f[] = {
		/* 0 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
		    offsetof(struct seccomp_data, arch)),
		/* 1 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, TR_AUDIT_ARCH,
		    0, J(1, ALLOW)),
		/* 2 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
		    offsetof(struct seccomp_data, nr)),
		/* 3 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, nr, 0,
		    J(3, ALLOW)),
		/* 4 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SD_ARG_LO(1)),
		/* 5 */ BPF_STMT(BPF_ALU | BPF_AND | BPF_K,
		    ~(uint32_t)(L_FUTEX_PRIVATE_FLAG | L_FUTEX_CLOCK_REALTIME)),
		/* 6 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, L_FUTEX_WAKE,
		    J(6, NOTIF), 0),
		/* 7 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K,
		    L_FUTEX_WAKE_BITSET, J(7, NOTIF), 0),
		/* 8 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, L_FUTEX_WAIT,
		    J(8, 10), 0),
		/* 9 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K,
		    L_FUTEX_WAIT_BITSET, 0, J(9, ALLOW)),
		/* 10: no timeout (a NULL pointer: both halves on amd64; an
		   i386 argument has no upper half, it is loaded twice) */
		/* 10 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SD_ARG_LO(3)),
		/* 11 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 0,
		    J(11, ALLOW)),
#if defined(__x86_64__)
		/* 12 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SD_ARG_HI(3)),
#else
		/* 12 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SD_ARG_LO(3)),
#endif
		/* 13 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, J(13, NOTIF),
		    J(13, ALLOW)),
		/* 14 */ BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_USER_NOTIF),
		/* 15 */ BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog *prog;
#undef	J
#undef	NOTIF
#undef	ALLOW

	prog = kern_malloc(sizeof(*prog), KM_ZERO);
	prog->filter = kern_malloc(sizeof(f), 0);
	memcpy(prog->filter, f, sizeof(f));
	prog->len = (unsigned short)(sizeof(f) / sizeof(f[0]));
	return (prog);
}
