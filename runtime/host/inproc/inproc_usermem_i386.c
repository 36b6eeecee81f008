/*
 * inproc_usermem_i386.c — the fault-safe user-memory primitives, i386.
 *
 * Same design as inproc_usermem_amd64.c (read its comment): one faulting
 * instruction per access, listed in inproc_extable with its recovery code.
 * Convention (cdecl): arguments at 4(%esp), 8(%esp)...; eax, ecx, edx are
 * scratch; result in eax, 0 or EFAULT (14). Only inproc_ua_copy saves
 * registers, so only its recovery code has something to undo.
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

	"inproc_ua_copy_efault:\n"
	"	popl %edi\n"
	"	popl %esi\n"
	"	movl $14, %eax\n"
	"	ret\n"

	/* int inproc_ua_copy(void *dst, const void *src, size_t len) */
	"	.globl inproc_ua_copy\n"
	"	.type inproc_ua_copy, @function\n"
	"inproc_ua_copy:\n"
	"	pushl %esi\n"
	"	pushl %edi\n"
	"	movl 12(%esp), %edi\n"
	"	movl 16(%esp), %esi\n"
	"	movl 20(%esp), %ecx\n"
	"1:	rep movsb\n"
	"	popl %edi\n"
	"	popl %esi\n"
	"	xorl %eax, %eax\n"
	"	ret\n"
	EXTABLE(1b, inproc_ua_copy_efault)
	"	.size inproc_ua_copy, . - inproc_ua_copy\n"

	/* int inproc_ua_fetch8(const void *uaddr, uint8_t *val) */
	"	.globl inproc_ua_fetch8\n"
	"	.type inproc_ua_fetch8, @function\n"
	"inproc_ua_fetch8:\n"
	"	movl 4(%esp), %ecx\n"
	"1:	movzbl (%ecx), %eax\n"
	"	movl 8(%esp), %edx\n"
	"	movb %al, (%edx)\n"
	"	xorl %eax, %eax\n"
	"	ret\n"
	EXTABLE(1b, inproc_ua_efault)
	"	.size inproc_ua_fetch8, . - inproc_ua_fetch8\n"

	/* int inproc_ua_fetch32(const void *uaddr, uint32_t *val) */
	"	.globl inproc_ua_fetch32\n"
	"	.type inproc_ua_fetch32, @function\n"
	"inproc_ua_fetch32:\n"
	"	movl 4(%esp), %ecx\n"
	"1:	movl (%ecx), %eax\n"
	"	movl 8(%esp), %edx\n"
	"	movl %eax, (%edx)\n"
	"	xorl %eax, %eax\n"
	"	ret\n"
	EXTABLE(1b, inproc_ua_efault)
	"	.size inproc_ua_fetch32, . - inproc_ua_fetch32\n"

	/* int inproc_ua_store32(void *uaddr, uint32_t val) */
	"	.globl inproc_ua_store32\n"
	"	.type inproc_ua_store32, @function\n"
	"inproc_ua_store32:\n"
	"	movl 4(%esp), %ecx\n"
	"	movl 8(%esp), %eax\n"
	"1:	xchgl %eax, (%ecx)\n"
	"	xorl %eax, %eax\n"
	"	ret\n"
	EXTABLE(1b, inproc_ua_efault)
	"	.size inproc_ua_store32, . - inproc_ua_store32\n"

	/* int inproc_ua_cas32(void *uaddr, uint32_t old, uint32_t new,
	       uint32_t *prev) */
	"	.globl inproc_ua_cas32\n"
	"	.type inproc_ua_cas32, @function\n"
	"inproc_ua_cas32:\n"
	"	movl 4(%esp), %ecx\n"
	"	movl 8(%esp), %eax\n"
	"	movl 12(%esp), %edx\n"
	"1:	lock cmpxchgl %edx, (%ecx)\n"
	"	movl 16(%esp), %edx\n"
	"	movl %eax, (%edx)\n"
	"	xorl %eax, %eax\n"
	"	ret\n"
	EXTABLE(1b, inproc_ua_efault)
	"	.size inproc_ua_cas32, . - inproc_ua_cas32\n"

	/* int inproc_ua_xchg32(void *uaddr, uint32_t val, uint32_t *prev) */
	"	.globl inproc_ua_xchg32\n"
	"	.type inproc_ua_xchg32, @function\n"
	"inproc_ua_xchg32:\n"
	"	movl 4(%esp), %ecx\n"
	"	movl 8(%esp), %eax\n"
	"1:	xchgl %eax, (%ecx)\n"
	"	movl 12(%esp), %edx\n"
	"	movl %eax, (%edx)\n"
	"	xorl %eax, %eax\n"
	"	ret\n"
	EXTABLE(1b, inproc_ua_efault)
	"	.size inproc_ua_xchg32, . - inproc_ua_xchg32\n"

	/* int inproc_ua_add32(void *uaddr, uint32_t val, uint32_t *prev) */
	"	.globl inproc_ua_add32\n"
	"	.type inproc_ua_add32, @function\n"
	"inproc_ua_add32:\n"
	"	movl 4(%esp), %ecx\n"
	"	movl 8(%esp), %eax\n"
	"1:	lock xaddl %eax, (%ecx)\n"
	"	movl 12(%esp), %edx\n"
	"	movl %eax, (%edx)\n"
	"	xorl %eax, %eax\n"
	"	ret\n"
	EXTABLE(1b, inproc_ua_efault)
	"	.size inproc_ua_add32, . - inproc_ua_add32\n"

#define	FETCH_OP(name, insn)						\
	"	.globl " #name "\n"					\
	"	.type " #name ", @function\n"				\
	#name ":\n"							\
	"	movl 4(%esp), %ecx\n"					\
	"1:	movl (%ecx), %eax\n"					\
	"2:	movl %eax, %edx\n"					\
	"	" #insn " 8(%esp), %edx\n"				\
	"3:	lock cmpxchgl %edx, (%ecx)\n"				\
	"	jnz 2b\n"						\
	"	movl 12(%esp), %edx\n"					\
	"	movl %eax, (%edx)\n"					\
	"	xorl %eax, %eax\n"					\
	"	ret\n"							\
	EXTABLE(1b, inproc_ua_efault)					\
	EXTABLE(3b, inproc_ua_efault)					\
	"	.size " #name ", . - " #name "\n"

	FETCH_OP(inproc_ua_or32, orl)
	FETCH_OP(inproc_ua_and32, andl)
	FETCH_OP(inproc_ua_xor32, xorl)
);
