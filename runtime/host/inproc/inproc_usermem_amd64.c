/*
 * inproc_usermem_amd64.c — the fault-safe user-memory primitives, amd64.
 *
 * Each primitive is a leaf function whose user access is a single
 * instruction listed in the section inproc_extable together with a
 * recovery address, exactly as a kernel's exception table does. When the
 * access faults, the SIGSEGV/SIGBUS handler (inproc_usermem.c) finds the
 * faulting pc in the table and resumes at the recovery code, which returns
 * EFAULT. The recovery code may simply return because no primitive has
 * touched the stack before its access.
 *
 * The atomic primitives are real locked instructions, so the emulated
 * program's own atomics and the runtime's agree on the word.
 *
 * Convention (SysV): arguments in rdi, rsi, rdx, rcx; result in eax,
 * 0 or EFAULT (14, the same number on FreeBSD and Linux).
 */
#include "inproc_private.h"

#define	EXTABLE(insn, fixup)						\
	"	.pushsection inproc_extable, \"a\"\n"			\
	"	.balign 4\n"						\
	"	.long " #insn " - .\n"					\
	"	.long " #fixup " - .\n"					\
	"	.popsection\n"

__asm__(
	"	.text\n"
	"	.p2align 4\n"
	"inproc_ua_efault:\n"
	"	movl $14, %eax\n"
	"	ret\n"

	/* int inproc_ua_copy(void *dst, const void *src, size_t len) */
	"	.globl inproc_ua_copy\n"
	"	.type inproc_ua_copy, @function\n"
	"inproc_ua_copy:\n"
	"	movq %rdx, %rcx\n"
	"1:	rep movsb\n"
	"	xorl %eax, %eax\n"
	"	ret\n"
	EXTABLE(1b, inproc_ua_efault)
	"	.size inproc_ua_copy, . - inproc_ua_copy\n"

	/* int inproc_ua_fetch8(const void *uaddr, uint8_t *val) */
	"	.globl inproc_ua_fetch8\n"
	"	.type inproc_ua_fetch8, @function\n"
	"inproc_ua_fetch8:\n"
	"1:	movzbl (%rdi), %eax\n"
	"	movb %al, (%rsi)\n"
	"	xorl %eax, %eax\n"
	"	ret\n"
	EXTABLE(1b, inproc_ua_efault)
	"	.size inproc_ua_fetch8, . - inproc_ua_fetch8\n"

	/* int inproc_ua_fetch32(const void *uaddr, uint32_t *val) */
	"	.globl inproc_ua_fetch32\n"
	"	.type inproc_ua_fetch32, @function\n"
	"inproc_ua_fetch32:\n"
	"1:	movl (%rdi), %eax\n"
	"	movl %eax, (%rsi)\n"
	"	xorl %eax, %eax\n"
	"	ret\n"
	EXTABLE(1b, inproc_ua_efault)
	"	.size inproc_ua_fetch32, . - inproc_ua_fetch32\n"

	/* int inproc_ua_store32(void *uaddr, uint32_t val): a plain store
	   is already atomic for an aligned word; xchg also orders it. */
	"	.globl inproc_ua_store32\n"
	"	.type inproc_ua_store32, @function\n"
	"inproc_ua_store32:\n"
	"1:	xchgl %esi, (%rdi)\n"
	"	xorl %eax, %eax\n"
	"	ret\n"
	EXTABLE(1b, inproc_ua_efault)
	"	.size inproc_ua_store32, . - inproc_ua_store32\n"

	/* int inproc_ua_cas32(void *uaddr, uint32_t old, uint32_t new,
	       uint32_t *prev) */
	"	.globl inproc_ua_cas32\n"
	"	.type inproc_ua_cas32, @function\n"
	"inproc_ua_cas32:\n"
	"	movl %esi, %eax\n"
	"1:	lock cmpxchgl %edx, (%rdi)\n"
	"	movl %eax, (%rcx)\n"
	"	xorl %eax, %eax\n"
	"	ret\n"
	EXTABLE(1b, inproc_ua_efault)
	"	.size inproc_ua_cas32, . - inproc_ua_cas32\n"

	/* int inproc_ua_xchg32(void *uaddr, uint32_t val, uint32_t *prev) */
	"	.globl inproc_ua_xchg32\n"
	"	.type inproc_ua_xchg32, @function\n"
	"inproc_ua_xchg32:\n"
	"1:	xchgl %esi, (%rdi)\n"
	"	movl %esi, (%rdx)\n"
	"	xorl %eax, %eax\n"
	"	ret\n"
	EXTABLE(1b, inproc_ua_efault)
	"	.size inproc_ua_xchg32, . - inproc_ua_xchg32\n"

	/* int inproc_ua_add32(void *uaddr, uint32_t val, uint32_t *prev) */
	"	.globl inproc_ua_add32\n"
	"	.type inproc_ua_add32, @function\n"
	"inproc_ua_add32:\n"
	"1:	lock xaddl %esi, (%rdi)\n"
	"	movl %esi, (%rdx)\n"
	"	xorl %eax, %eax\n"
	"	ret\n"
	EXTABLE(1b, inproc_ua_efault)
	"	.size inproc_ua_add32, . - inproc_ua_add32\n"

/* or, and, xor: a compare-and-swap loop (x86 has no fetch-or). */
#define	FETCH_OP(name, insn)						\
	"	.globl " #name "\n"					\
	"	.type " #name ", @function\n"				\
	#name ":\n"							\
	"1:	movl (%rdi), %eax\n"					\
	"2:	movl %eax, %ecx\n"					\
	"	" #insn " %esi, %ecx\n"					\
	"3:	lock cmpxchgl %ecx, (%rdi)\n"				\
	"	jnz 2b\n"						\
	"	movl %eax, (%rdx)\n"					\
	"	xorl %eax, %eax\n"					\
	"	ret\n"							\
	EXTABLE(1b, inproc_ua_efault)					\
	EXTABLE(3b, inproc_ua_efault)					\
	"	.size " #name ", . - " #name "\n"

	FETCH_OP(inproc_ua_or32, orl)
	FETCH_OP(inproc_ua_and32, andl)
	FETCH_OP(inproc_ua_xor32, xorl)
);
