/*
 * syscall_path.c — checks of runtime/kern's system call path
 * (linux_syscall()), built for amd64 and i386: argument registers, the
 * result register, errno translation, ERESTART's rewind, EJUSTRETURN, and
 * out-of-table numbers. Prints "ok <check>" or "FAIL <check>: ..." per
 * check and exits 0 only if all passed; test_syscall_path.c runs it.
 *
 * It supplies its own handler for a six-argument call no part of the
 * runtime implements (recvfrom on amd64, the ipc multiplexer on i386),
 * which overrides the generated weak fallback, reads the argument slots as
 * a kernel's handler would, and does what the current check asks.
 */
#include <stdio.h>
#include <string.h>

#include <linux_types.h>
#include <sys/sysent.h>

#include "inproc.h"
#include "linux_errno.h"
#include "linux_proto.h"
#include "linux_syscall.h"
#include "linux_syscall_entry.h"

static int failures, checks;

#define	CHECK(name, cond, ...) do {					\
	checks++;							\
	if (cond)							\
		printf("ok %s\n", name);				\
	else {								\
		failures++;						\
		printf("FAIL %s: ", name);				\
		printf(__VA_ARGS__);					\
		printf("\n");						\
	}								\
} while (0)

/* What the handler does, and what it saw. */
static int handler_error;
static register_t handler_retval;
static syscallarg_t seen[6];
static int calls;

#if defined(LINUX_ARCH_AMD64)
#define	TEST_SYS	LINUX_SYS_linux_recvfrom
#define	TEST_HANDLER	linux_recvfrom
#define	TEST_ARGS	linux_recvfrom_args
#else
#define	TEST_SYS	LINUX_SYS_linux_ipc
#define	TEST_HANDLER	linux_ipc
#define	TEST_ARGS	linux_ipc_args
#endif

int
TEST_HANDLER(struct thread *td, struct TEST_ARGS *args)
{
	const syscallarg_t *slot = (const syscallarg_t *)args;
	int i;

	_Static_assert(sizeof(struct TEST_ARGS) == 6 * sizeof(syscallarg_t),
	    "one slot per argument");
	calls++;
	for (i = 0; i < 6; i++)
		seen[i] = slot[i];
	if (handler_error == EJUSTRETURN) {
		/* sigreturn-like: the handler writes the frame itself. */
#if defined(LINUX_ARCH_AMD64)
		td->td_frame->tf_rax = 77;
		td->td_frame->tf_rdi = 5;
#else
		td->td_frame->tf_eax = 77;
		td->td_frame->tf_ebx = 5;
#endif
	}
	td->td_retval[0] = handler_retval;
	return (handler_error);
}

#if defined(LINUX_ARCH_AMD64)
#define	PC(tf)		((tf)->tf_rip)
#define	RET(tf)		((tf)->tf_rax)
#define	ORIG(tf)	((tf)->tf_orig_rax)
#else
#define	PC(tf)		((tf)->tf_eip)
#define	RET(tf)		((tf)->tf_eax)
#define	ORIG(tf)	((tf)->tf_orig_eax)
#endif

static void
frame_for(struct trapframe *tf, unsigned long nr, const unsigned long *a)
{

	memset(tf, 0, sizeof(*tf));
#if defined(LINUX_ARCH_AMD64)
	tf->tf_rax = tf->tf_orig_rax = nr;
	tf->tf_rdi = a[0];
	tf->tf_rsi = a[1];
	tf->tf_rdx = a[2];
	tf->tf_r10 = a[3];
	tf->tf_r8 = a[4];
	tf->tf_r9 = a[5];
	tf->tf_rcx = 0x5555;	/* the syscall instruction's return address */
	tf->tf_rip = 0x4002;
#else
	tf->tf_eax = tf->tf_orig_eax = (uint32_t)nr;
	tf->tf_ebx = (uint32_t)a[0];
	tf->tf_ecx = (uint32_t)a[1];
	tf->tf_edx = (uint32_t)a[2];
	tf->tf_esi = (uint32_t)a[3];
	tf->tf_edi = (uint32_t)a[4];
	tf->tf_ebp = (uint32_t)a[5];
	tf->tf_eip = 0x4002;
#endif
}

int
main(void)
{
#if defined(LINUX_ARCH_AMD64)
	static const unsigned long args[6] = {
		0x1111111122222222, 0x3333333344444444, 0x5555555566666666,
		0x7777777788888888, 0x99999999aaaaaaaa, 0xbbbbbbbbcccccccc,
	};
#else
	static const unsigned long args[6] = {
		0x11112222, 0x33334444, 0x55556666, 0x77778888, 0x9999aaaa,
		0xbbbbcccc,
	};
#endif
	static const struct { int host, linux_errno; } errnos[] = {
		{ EAGAIN, LINUX_EAGAIN }, { EDEADLK, LINUX_EDEADLK },
		{ ENOSYS, LINUX_ENOSYS }, { EOPNOTSUPP, LINUX_EOPNOTSUPP },
		{ ETIMEDOUT, LINUX_ETIMEDOUT }, { EPERM, LINUX_EPERM },
	};
	struct trapframe tf, before;
	struct proc *p;
	unsigned i;
	long r;
	int error;

	p = inproc_proc_create();
	inproc_thread_attach(p);

	handler_error = 0;
	handler_retval = (register_t)args[5];
	r = inproc_syscall(TEST_SYS, (long)args[0],
	    (long)args[1], (long)args[2], (long)args[3], (long)args[4],
	    (long)args[5]);
	for (i = 0; i < 6; i++)
		CHECK("argument registers, in order", seen[i] ==
		    (syscallarg_t)args[i], "argument %u: %#lx, want %#lx", i,
		    (unsigned long)seen[i], args[i]);
	CHECK("td_retval[0] is the result, full width",
	    (unsigned long)r == args[5], "result %#lx", (unsigned long)r);

	for (i = 0; i < sizeof(errnos) / sizeof(errnos[0]); i++) {
		handler_error = errnos[i].host;
		r = inproc_syscall(TEST_SYS, 0, 0, 0, 0, 0, 0);
		CHECK("errors become -(Linux errno)",
		    r == -errnos[i].linux_errno, "host %d gave %ld, want %d",
		    errnos[i].host, r, -errnos[i].linux_errno);
	}

	handler_error = ERESTART;
	frame_for(&tf, TEST_SYS, args);
	before = tf;
	RET(&tf) = (unsigned long)-38;	/* as Linux's entry leaves rax */
	error = inproc_syscall_frame(&tf);
	CHECK("ERESTART is reported to the host", error == ERESTART,
	    "error %d", error);
	CHECK("ERESTART restores the number", RET(&tf) == ORIG(&before),
	    "rax %#lx", (unsigned long)RET(&tf));
	CHECK("ERESTART rewinds over the syscall instruction",
	    PC(&tf) == PC(&before) - LINUX_SYSCALL_INSN_LEN, "pc %#lx",
	    (unsigned long)PC(&tf));
	RET(&tf) = RET(&before);
	PC(&tf) = PC(&before);
	CHECK("ERESTART leaves the argument registers alone",
	    memcmp(&tf, &before, sizeof(tf)) == 0, "frame changed");

	handler_error = EJUSTRETURN;
	frame_for(&tf, TEST_SYS, args);
	error = inproc_syscall_frame(&tf);
	CHECK("EJUSTRETURN keeps what the handler wrote",
	    error == EJUSTRETURN && RET(&tf) == 77, "error %d rax %#lx", error,
	    (unsigned long)RET(&tf));

	calls = 0;
	handler_error = 0;
	r = inproc_syscall(LINUX_SYS_MAXSYSCALL, 0, 0, 0, 0, 0, 0);
	CHECK("a number past the table is ENOSYS", r == -LINUX_ENOSYS,
	    "%ld", r);
	r = inproc_syscall(-1, 0, 0, 0, 0, 0, 0);
	CHECK("a negative number is ENOSYS", r == -LINUX_ENOSYS, "%ld", r);
#if defined(LINUX_ARCH_AMD64)
	/* Linux takes the number as an int: the upper half is ignored. */
	r = inproc_syscall((long)(UINT64_C(1) << 32 | TEST_SYS),
	    0, 0, 0, 0, 0, 0);
	CHECK("the number is the low 32 bits of orig_rax", calls == 1 &&
	    r == (long)handler_retval, "calls %d result %ld", calls, r);
#endif
	/* An entry nobody implements: the generated fallback. */
	r = inproc_syscall(LINUX_SYS_linux_lookup_dcookie, 0, 0, 0, 0, 0, 0);
	CHECK("an unimplemented entry is ENOSYS", r == -LINUX_ENOSYS, "%ld",
	    r);

	inproc_thread_detach();
	printf("%d checks, %d failed\n", checks, failures);
	return (failures == 0 ? 0 : 1);
}
