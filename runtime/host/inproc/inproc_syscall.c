/*
 * inproc_syscall.c — the emulated program's system call instruction, for
 * the in-process host: build the trapframe the CPU and Linux's entry code
 * would have built, enter runtime/kern through linux_syscall(), and read
 * the result back from the frame.
 */
#include <string.h>

#include "inproc_private.h"
#include "linux_syscall_entry.h"

/*
 * Where the emulated program's "syscall instruction" is: any address
 * will do as long as the ERESTART rewind can be checked against it.
 */
#define	INPROC_SYSCALL_PC	((uintptr_t)0x1000 + LINUX_SYSCALL_INSN_LEN)

int
inproc_syscall_frame(struct trapframe *tf)
{
	struct inproc_thread *it = inproc_cur;
	struct trapframe *saved;
	int error;

	KASSERT(it != NULL, ("inproc_syscall_frame: thread not attached"));
	saved = it->it_td.td_frame;
	it->it_td.td_frame = tf;
	error = linux_syscall(&it->it_td);
	it->it_td.td_frame = saved;
	return (error);
}

long
inproc_syscall(long number, long a0, long a1, long a2, long a3, long a4,
    long a5)
{
	struct inproc_thread *it = inproc_cur;
	struct trapframe *tf, keep;
	int error;

	KASSERT(it != NULL, ("inproc_syscall: thread not attached"));
	tf = &it->it_frame;
	/* The segment state is the thread's TLS (arch_prctl, set_thread_area
	   selectors), kept in the frame as a CPU keeps it across the call. */
	keep = *tf;
	memset(tf, 0, sizeof(*tf));
	tf->tf_fs = keep.tf_fs;
	tf->tf_gs = keep.tf_gs;
#if defined(__x86_64__)
	tf->tf_fs_base = keep.tf_fs_base;
	tf->tf_gs_base = keep.tf_gs_base;
	tf->tf_rax = tf->tf_orig_rax = (uint64_t)number;
	tf->tf_rdi = (uint64_t)a0;
	tf->tf_rsi = (uint64_t)a1;
	tf->tf_rdx = (uint64_t)a2;
	tf->tf_r10 = (uint64_t)a3;
	tf->tf_r8 = (uint64_t)a4;
	tf->tf_r9 = (uint64_t)a5;
	tf->tf_rip = tf->tf_rcx = INPROC_SYSCALL_PC;	/* syscall: rcx = rip */
#else
	tf->tf_eax = tf->tf_orig_eax = (uint32_t)number;
	tf->tf_ebx = (uint32_t)a0;
	tf->tf_ecx = (uint32_t)a1;
	tf->tf_edx = (uint32_t)a2;
	tf->tf_esi = (uint32_t)a3;
	tf->tf_edi = (uint32_t)a4;
	tf->tf_ebp = (uint32_t)a5;
	tf->tf_eip = INPROC_SYSCALL_PC;
#endif
	for (;;) {
		error = linux_syscall(&it->it_td);
		if (error != ERESTART)
			break;
		/* The instruction was rewound: executing it again is the
		   restart. */
#if defined(__x86_64__)
		KASSERT(tf->tf_rip == INPROC_SYSCALL_PC -
		    LINUX_SYSCALL_INSN_LEN, ("ERESTART did not rewind"));
		tf->tf_rip = tf->tf_rcx = INPROC_SYSCALL_PC;
#else
		KASSERT(tf->tf_eip == INPROC_SYSCALL_PC -
		    LINUX_SYSCALL_INSN_LEN, ("ERESTART did not rewind"));
		tf->tf_eip = INPROC_SYSCALL_PC;
#endif
	}
#if defined(__x86_64__)
	return ((long)tf->tf_rax);
#else
	return ((long)(int32_t)tf->tf_eax);
#endif
}
