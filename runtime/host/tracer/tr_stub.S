/*
 * tr_stub.S — code the tracer copies into every traced process (one page,
 * mapped read+execute by tr_stub_install) and makes a stopped task run on
 * its behalf. Each entry ends in int3, whose SIGTRAP stop hands the task
 * back to the tracer with the results in registers. Never executed in
 * lxrun itself: it lives in .rodata and is copied byte for byte.
 *
 * Register conventions (same names on both arches):
 *   syscall:  number in eax, arguments as the kernel ABI wants
 *   cas32:    edi = address, eax = expected, esi = new   -> eax = old
 *   xchg32, add32: edi = address, esi = operand          -> esi = old
 *   or32, and32, xor32: edi = address, esi = operand      -> eax = old
 *   park:     blocks in pause() until the tracer interrupts it
 *   capture:  a signal handler (SA_SIGINFO) that stops at once with
 *             edx = its ucontext, for the sigcontext's trap number,
 *             error code and address (tr_trapinfo.c); never returns
 */
#if defined(__x86_64__)
#define	ADDR	(%rdi)
#define	SYSCALL	syscall
#define	NR_PAUSE 34
#else
#define	ADDR	(%edi)
#define	SYSCALL	int $0x80
#define	NR_PAUSE 29
#endif

#define	ENTRY(name)	.globl name; .type name, @object; name:

	.section .rodata
	.p2align 4
ENTRY(tr_stub_code)
ENTRY(tr_stub_syscall)
	SYSCALL
	int3
ENTRY(tr_stub_cas32)
	lock cmpxchgl %esi, ADDR
	int3
ENTRY(tr_stub_xchg32)
	xchgl %esi, ADDR
	int3
ENTRY(tr_stub_add32)
	lock xaddl %esi, ADDR
	int3
ENTRY(tr_stub_or32)
	movl ADDR, %eax
1:	movl %eax, %edx
	orl %esi, %edx
	lock cmpxchgl %edx, ADDR
	jnz 1b
	int3
ENTRY(tr_stub_and32)
	movl ADDR, %eax
1:	movl %eax, %edx
	andl %esi, %edx
	lock cmpxchgl %edx, ADDR
	jnz 1b
	int3
ENTRY(tr_stub_xor32)
	movl ADDR, %eax
1:	movl %eax, %edx
	xorl %esi, %edx
	lock cmpxchgl %edx, ADDR
	jnz 1b
	int3
ENTRY(tr_stub_park)
	movl $NR_PAUSE, %eax
	SYSCALL
	jmp tr_stub_park
ENTRY(tr_stub_capture)
#if !defined(__x86_64__)
	movl 12(%esp), %edx		/* i386: (ret, sig, info, uc) */
#endif
	int3
	jmp tr_stub_capture
ENTRY(tr_stub_code_end)
	.byte 0

	.section .note.GNU-stack,"",@progbits
