/*
 * tr_ctx.S — switching between host threads (coroutines) of the tracer
 * host without swapcontext(3), whose two sigprocmask calls per switch
 * were a fifth of a trapped syscall's own system calls. Only what the ABI
 * says a call preserves is saved: the callee-saved registers and the stack
 * pointer (the FP control words are not changed by the host's code).
 *
 *   void tr_ctx_switch(void **save_sp, void *load_sp);
 *     saves the callee-saved registers on the current stack, stores the
 *     stack pointer in *save_sp, loads load_sp and returns on that stack.
 *   tr_ctx_entry: where a new coroutine's first switch returns to; calls
 *     tr_ctx_start(arg) with arg taken from the saved rbx/ebx slot.
 */
#if defined(__x86_64__)
	.text
	.globl	tr_ctx_switch
	.type	tr_ctx_switch, @function
tr_ctx_switch:
	pushq	%rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	movq	%rsp, (%rdi)
	movq	%rsi, %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	ret
	.size	tr_ctx_switch, .-tr_ctx_switch

	.globl	tr_ctx_entry
	.type	tr_ctx_entry, @function
tr_ctx_entry:
	movq	%rbx, %rdi
	subq	$8, %rsp		/* the call wants a 16-byte aligned stack */
	call	tr_ctx_start
	ud2
	.size	tr_ctx_entry, .-tr_ctx_entry
#else
	.text
	.globl	tr_ctx_switch
	.type	tr_ctx_switch, @function
tr_ctx_switch:
	movl	4(%esp), %eax
	movl	8(%esp), %edx
	pushl	%ebp
	pushl	%ebx
	pushl	%esi
	pushl	%edi
	movl	%esp, (%eax)
	movl	%edx, %esp
	popl	%edi
	popl	%esi
	popl	%ebx
	popl	%ebp
	ret
	.size	tr_ctx_switch, .-tr_ctx_switch

	.globl	tr_ctx_entry
	.type	tr_ctx_entry, @function
tr_ctx_entry:
	pushl	%ebx
	call	tr_ctx_start
	ud2
	.size	tr_ctx_entry, .-tr_ctx_entry
#endif
	.section .note.GNU-stack,"",@progbits
