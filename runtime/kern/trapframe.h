/*
 * trapframe.h — the user register set at kernel entry, for the architecture
 * the runtime is compiled for (amd64 natively, i386 with -m32).
 *
 * The member order is Linux's `struct user_regs_struct` (<sys/user.h>), so
 * that a ptrace host fills a trapframe with one PTRACE_GETREGS and the
 * in-process host can build one field by field; the names follow FreeBSD's
 * <machine/frame.h> (tf_ prefix). Segment registers are kept as the full
 * register-width words ptrace gives.
 */
#ifndef _KERN_TRAPFRAME_H_
#define _KERN_TRAPFRAME_H_

#include <stdint.h>

#if defined(__x86_64__)
#define	LINUX_ARCH_AMD64	1
#define	LINUX_ARCH_NAME		"amd64"
struct trapframe {
	uint64_t	tf_r15;
	uint64_t	tf_r14;
	uint64_t	tf_r13;
	uint64_t	tf_r12;
	uint64_t	tf_rbp;
	uint64_t	tf_rbx;
	uint64_t	tf_r11;
	uint64_t	tf_r10;
	uint64_t	tf_r9;
	uint64_t	tf_r8;
	uint64_t	tf_rax;		/* syscall number in, result out */
	uint64_t	tf_rcx;
	uint64_t	tf_rdx;
	uint64_t	tf_rsi;
	uint64_t	tf_rdi;
	uint64_t	tf_orig_rax;	/* syscall number as entered */
	uint64_t	tf_rip;
	uint64_t	tf_cs;
	uint64_t	tf_rflags;
	uint64_t	tf_rsp;
	uint64_t	tf_ss;
	uint64_t	tf_fs_base;
	uint64_t	tf_gs_base;
	uint64_t	tf_ds;
	uint64_t	tf_es;
	uint64_t	tf_fs;
	uint64_t	tf_gs;
};
_Static_assert(sizeof(struct trapframe) == 27 * 8,
    "trapframe must match struct user_regs_struct");
#elif defined(__i386__)
#define	LINUX_ARCH_I386		1
#define	LINUX_ARCH_NAME		"i386"
struct trapframe {
	uint32_t	tf_ebx;
	uint32_t	tf_ecx;
	uint32_t	tf_edx;
	uint32_t	tf_esi;
	uint32_t	tf_edi;
	uint32_t	tf_ebp;
	uint32_t	tf_eax;		/* syscall number in, result out */
	uint32_t	tf_ds;
	uint32_t	tf_es;
	uint32_t	tf_fs;
	uint32_t	tf_gs;
	uint32_t	tf_orig_eax;	/* syscall number as entered */
	uint32_t	tf_eip;
	uint32_t	tf_cs;
	uint32_t	tf_eflags;
	uint32_t	tf_esp;
	uint32_t	tf_ss;
};
_Static_assert(sizeof(struct trapframe) == 17 * 4,
    "trapframe must match struct user_regs_struct");
#else
#error "runtime/kern emulates i386 and amd64 Linux only"
#endif

#endif /* !_KERN_TRAPFRAME_H_ */
