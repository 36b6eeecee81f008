/*
 * sigframe_capture — the frame the real kernel builds against the one the
 * runtime builds from the same state.
 *
 * The real side: this process installs a handler (raw rt_sigaction, Linux
 * numbers), moves its stack into a fixed region filled with a pattern,
 * loads known values into its registers and makes one system call (kill,
 * tgkill, rt_sigqueueinfo, or rt_sigprocmask unblocking a pending SIGCHLD)
 * or one faulting store; the kernel delivers the signal right there. The
 * handler (an assembly stub) records the registers it was entered with and
 * copies the region from its stack pointer up: the kernel's frame, FP area
 * and padding, with every byte the kernel did not write still holding the
 * pattern.
 *
 * The runtime side: the same region is refilled with the pattern; an
 * emulated thread gets the same disposition and mask through the runtime's
 * own system calls, the registers the kernel saved (its sigcontext) as its
 * trapframe, and the FP image the kernel saved; the signal is sent through
 * the runtime's kill/tgkill/rt_sigqueueinfo, or as the host would report a
 * fault or a child's exit (host numbering: the siginfo translation is part
 * of what is checked); the in-process host delivers it.
 *
 * The two regions must be byte-for-byte equal and the handler's entry
 * registers must match. Fed from the kernel's frame, so not checked by
 * this: the FP image's contents and the trapno/err/cr2 words (the kernel
 * writes the thread's last trap into them whatever the signal).
 *
 * Usage: sigframe_capture list | run [scenario...]. Exit 0 if all match.
 */
#include <elf.h>
#include <signal.h>
#include <sys/auxv.h>
#include <sys/syscall.h>

#include "sigtest_support.h"

#ifdef LINUX_ARCH_AMD64
#define	NR_KILL		62
#define	NR_TGKILL	234
#define	NR_RT_SIGQUEUEINFO 129
#define	NR_RT_SIGPROCMASK 14
#define	NR_RT_SIGACTION	13
#define	NR_GETTID	186
#define	FAULT_INSN_LEN	3		/* mov %rax,(%rdi) */
#else
#define	NR_KILL		37
#define	NR_TGKILL	270
#define	NR_RT_SIGQUEUEINFO 178
#define	NR_RT_SIGPROCMASK 175
#define	NR_RT_SIGACTION	174
#define	NR_GETTID	224
#define	FAULT_INSN_LEN	2		/* mov %eax,(%edi) */
#endif

#define	CAP_STACK	(SIGTEST_REGION + 0xe000)
#define	CAP_ALTSTACK	(SIGTEST_REGION + 0x4000)
#define	CAP_ALTSIZE	0x6000ul
#define	CAP_TOP		(SIGTEST_REGION + 0xf000)

/*
 * Registers loaded before the trigger instruction, in this order; the
 * syscall arguments are among them.
 */
#ifdef LINUX_ARCH_AMD64
struct cap_in {
	uint64_t	rax, rbx, rcx, rdx, rsi, rdi, rbp, r8, r9, r10, r11, r12,
			r13, r14, r15, rsp;
};
#else
struct cap_in {
	uint32_t	eax, ebx, ecx, edx, esi, edi, ebp, esp;
};
#endif

/* Filled by the handler stub. */
register_t cap_ent_sp, cap_ent_a, cap_ent_b, cap_ent_c, cap_ent_d,
    cap_ent_flags, cap_ent_cs, cap_ent_ss;
static uint8_t cap_buf[SIGTEST_REGION_SIZE];
static uint64_t cap_from;
static bool cap_fault;
register_t cap_saved_sp;

void	cap_trigger_syscall(const struct cap_in *in);
void	cap_trigger_fault(const struct cap_in *in);
void	cap_handler(void);
void	cap_restorer_rt(void);
void	cap_restorer(void);
void	cap_on_signal(void);

#ifdef LINUX_ARCH_AMD64
__asm__(
	".text\n"
	".globl cap_trigger_syscall\n"
	"cap_trigger_syscall:\n"
	"	mov $0, %eax\n"
	"	jmp 1f\n"
	".globl cap_trigger_fault\n"
	"cap_trigger_fault:\n"
	"	mov $1, %eax\n"
	"1:	push %rbx\n push %rbp\n push %r12\n push %r13\n push %r14\n push %r15\n"
	"	mov %rsp, cap_saved_sp(%rip)\n"
	"	mov %rdi, %r11\n"
	"	mov %eax, %r10d\n"
	"	mov 8(%r11), %rbx\n mov 16(%r11), %rcx\n mov 24(%r11), %rdx\n"
	"	mov 32(%r11), %rsi\n mov 40(%r11), %rdi\n mov 48(%r11), %rbp\n"
	"	mov 56(%r11), %r8\n mov 64(%r11), %r9\n"
	"	mov 88(%r11), %r12\n mov 96(%r11), %r13\n mov 104(%r11), %r14\n"
	"	mov 112(%r11), %r15\n mov 120(%r11), %rsp\n mov 0(%r11), %rax\n"
	"	test %r10d, %r10d\n"
	"	mov 72(%r11), %r10\n"
	"	mov 80(%r11), %r11\n"
	"	jnz 2f\n"
	"	syscall\n"
	"	jmp 3f\n"
	"2:	mov %rax, (%rdi)\n"
	"3:	mov cap_saved_sp(%rip), %rsp\n"
	"	pop %r15\n pop %r14\n pop %r13\n pop %r12\n pop %rbp\n pop %rbx\n"
	"	ret\n"
	".globl cap_handler\n"
	"cap_handler:\n"
	"	mov %rsp, cap_ent_sp(%rip)\n"
	"	mov %rdi, cap_ent_a(%rip)\n"
	"	mov %rsi, cap_ent_b(%rip)\n"
	"	mov %rdx, cap_ent_c(%rip)\n"
	"	mov %rax, cap_ent_d(%rip)\n"
	"	pushfq\n popq cap_ent_flags(%rip)\n"
	"	movq $0, cap_ent_cs(%rip)\n movw %cs, cap_ent_cs(%rip)\n"
	"	movq $0, cap_ent_ss(%rip)\n movw %ss, cap_ent_ss(%rip)\n"
	"	sub $8, %rsp\n call cap_on_signal\n add $8, %rsp\n"
	"	ret\n"
	".globl cap_restorer_rt\n"
	"cap_restorer_rt:\n"
	"	mov $15, %eax\n syscall\n ud2\n"
	".globl cap_restorer\n"
	"cap_restorer:\n"
	"	ud2\n"
);
#else
/*
 * Position-independent (the helpers are PIE): data through the GOT
 * pointer in %ebx, which neither the trigger's caller (it is saved) nor
 * the handler's entry registers (not recorded) need.
 */
#define	PIC_EBX	"	call 9f\n9:	pop %ebx\n" \
		"	add $_GLOBAL_OFFSET_TABLE_+(.-9b), %ebx\n"
__asm__(
	".text\n"
	".globl cap_trigger_syscall\n"
	"cap_trigger_syscall:\n"
	"	mov $0, %eax\n"
	"	jmp 1f\n"
	".globl cap_trigger_fault\n"
	"cap_trigger_fault:\n"
	"	mov $1, %eax\n"
	"1:	push %ebx\n push %ebp\n push %esi\n push %edi\n"
	"	mov 20(%esp), %edi\n"
	PIC_EBX
	"	mov %esp, cap_saved_sp@GOTOFF(%ebx)\n"
	"	mov %eax, %ebp\n"		/* the mode, until the test */
	"	test %ebp, %ebp\n"
	"	mov 4(%edi), %ebx\n mov 8(%edi), %ecx\n mov 12(%edi), %edx\n"
	"	mov 16(%edi), %esi\n mov 24(%edi), %ebp\n mov 28(%edi), %esp\n"
	"	mov 0(%edi), %eax\n"
	"	mov 20(%edi), %edi\n"
	"	jnz 2f\n"
	"	int $0x80\n"
	"	jmp 3f\n"
	"2:	mov %eax, (%edi)\n"
	"3:\n"
	PIC_EBX
	"	mov cap_saved_sp@GOTOFF(%ebx), %esp\n"
	"	pop %edi\n pop %esi\n pop %ebp\n pop %ebx\n"
	"	ret\n"
	".globl cap_handler\n"
	"cap_handler:\n"
	"	pushfl\n"			/* before anything touches flags */
	PIC_EBX
	"	popl cap_ent_flags@GOTOFF(%ebx)\n"
	"	mov %esp, cap_ent_sp@GOTOFF(%ebx)\n"
	"	mov %eax, cap_ent_a@GOTOFF(%ebx)\n"
	"	mov %edx, cap_ent_b@GOTOFF(%ebx)\n"
	"	mov %ecx, cap_ent_c@GOTOFF(%ebx)\n"
	"	movl $0, cap_ent_d@GOTOFF(%ebx)\n movw %ds, cap_ent_d@GOTOFF(%ebx)\n"
	"	movl $0, cap_ent_cs@GOTOFF(%ebx)\n movw %cs, cap_ent_cs@GOTOFF(%ebx)\n"
	"	movl $0, cap_ent_ss@GOTOFF(%ebx)\n movw %ss, cap_ent_ss@GOTOFF(%ebx)\n"
	"	sub $12, %esp\n call cap_on_signal\n add $12, %esp\n"
	"	ret\n"
	".globl cap_restorer_rt\n"
	"cap_restorer_rt:\n"
	"	mov $173, %eax\n int $0x80\n ud2\n"
	".globl cap_restorer\n"
	"cap_restorer:\n"
	"	pop %eax\n mov $119, %eax\n int $0x80\n ud2\n"
);
#endif

/* On the handler's stack, right after the stub recorded the registers. */
void
cap_on_signal(void)
{
	struct l_sigcontext *sc;

	cap_from = (uint64_t)cap_ent_sp;
	memcpy(cap_buf, (void *)(uintptr_t)cap_from, CAP_TOP - cap_from);
	if (!cap_fault)
		return;
	/* Step over the faulting store, or it faults again. */
#ifdef LINUX_ARCH_AMD64
	sc = &((struct l_ucontext *)(uintptr_t)cap_ent_c)->uc_mcontext;
	sc->rip += FAULT_INSN_LEN;
#else
	if (cap_ent_c != 0)	/* rt: ecx = &uc */
		sc = &((struct l_ucontext *)(uintptr_t)cap_ent_c)->uc_mcontext;
	else
		sc = &((struct l_sigframe *)(uintptr_t)cap_from)->sc;
	sc->eip += FAULT_INSN_LEN;
#endif
}

/* ---- The vDSO's return trampolines (i386 handlers without SA_RESTORER) ---- */

#ifdef LINUX_ARCH_I386
static uintptr_t
vdso_symbol(const char *name)
{
	const Elf32_Ehdr *eh;
	const Elf32_Shdr *sh;
	const Elf32_Phdr *ph;
	const Elf32_Sym *sym;
	const char *str;
	uintptr_t base, load;
	unsigned i, j, n;

	base = (uintptr_t)getauxval(AT_SYSINFO_EHDR);
	if (base == 0)
		return (0);
	eh = (const Elf32_Ehdr *)base;
	ph = (const Elf32_Phdr *)(base + eh->e_phoff);
	load = 0;
	for (i = 0; i < eh->e_phnum; i++)
		if (ph[i].p_type == PT_LOAD) {
			load = ph[i].p_vaddr;
			break;
		}
	sh = (const Elf32_Shdr *)(base + eh->e_shoff);
	for (i = 0; i < eh->e_shnum; i++) {
		if (sh[i].sh_type != SHT_DYNSYM)
			continue;
		sym = (const Elf32_Sym *)(base + sh[i].sh_offset);
		str = (const char *)(base + sh[sh[i].sh_link].sh_offset);
		n = sh[i].sh_size / sizeof(*sym);
		for (j = 0; j < n; j++)
			if (strcmp(str + sym[j].st_name, name) == 0)
				return (base + sym[j].st_value - load);
	}
	return (0);
}
#endif

/* ---- Scenarios ---- */

enum trigger { T_TGKILL, T_KILL, T_SIGQUEUE, T_FAULT, T_CHILD_EXIT,
    T_CHILD_KILLED };

struct scenario {
	const char	*name;
	int		 sig;		/* Linux number */
	uint64_t	 flags;		/* Linux sa_flags */
	bool		 altstack;
	enum trigger	 trigger;
	bool		 arch_ok;
};

#ifdef LINUX_ARCH_AMD64
#define	AMD64	true
#define	I386	false
#else
#define	AMD64	false
#define	I386	true
#endif
#define	RT	(LINUX_SA_SIGINFO | LINUX_SA_RESTORER)

static const struct scenario scenarios[] = {
	{ "tgkill", LINUX_SIGUSR1, RT, false, T_TGKILL, true },
	{ "tgkill-no-siginfo", LINUX_SIGUSR1, LINUX_SA_RESTORER, false,
	    T_TGKILL, true },
	{ "kill", LINUX_SIGUSR2, RT, false, T_KILL, true },
	{ "sigqueue-rt", LINUX_SIGRTMIN + 3, RT, false, T_SIGQUEUE, true },
	{ "sigaltstack", LINUX_SIGUSR1, RT | LINUX_SA_ONSTACK, true,
	    T_TGKILL, true },
	{ "sigaltstack-unused", LINUX_SIGUSR1, RT, true, T_TGKILL, true },
	{ "sigsegv-fault", LINUX_SIGSEGV, RT, false, T_FAULT, true },
	{ "sigchld-exited", LINUX_SIGCHLD, RT, false, T_CHILD_EXIT, true },
	{ "sigchld-killed", LINUX_SIGCHLD, RT, false, T_CHILD_KILLED, true },
	{ "sigframe-vdso", LINUX_SIGUSR1, 0, false, T_TGKILL, I386 },
	{ "rt-vdso", LINUX_SIGUSR1, LINUX_SA_SIGINFO, false, T_TGKILL, I386 },
	{ "sigframe-fault", LINUX_SIGSEGV, LINUX_SA_RESTORER, false, T_FAULT,
	    I386 },
};
#define	NSCENARIOS	(sizeof(scenarios) / sizeof(scenarios[0]))

/* Mask held while the signal arrives; the handler's own sa_mask. */
#define	CAP_BLOCKED	(SIGBIT(13) | SIGBIT(LINUX_SIGRTMIN + 2) | SIGBIT(16))
#define	CAP_SA_MASK	(SIGBIT(LINUX_SIGUSR2) | SIGBIT(30) | SIGBIT(64))
#define	SIGBIT(s)	(1ull << ((s) - 1))

static uintptr_t
restorer_for(const struct scenario *sc)
{

	if ((sc->flags & LINUX_SA_RESTORER) == 0)
		return (0);
	return ((sc->flags & LINUX_SA_SIGINFO) != 0 || AMD64 ?
	    (uintptr_t)cap_restorer_rt : (uintptr_t)cap_restorer);
}

static void
fill_in(struct cap_in *in, uint64_t sp)
{

	memset(in, 0, sizeof(*in));
#ifdef LINUX_ARCH_AMD64
	in->rbx = 0xbbbb0000bbbb0001ull;
	in->rbp = 0xb0b0b0b0b0b0b0b0ull;
	in->r8 = 0x0808080808080808ull;
	in->r9 = 0x0909090909090909ull;
	in->r11 = 0x1111111111111111ull;
	in->r12 = 0x1212121212121212ull;
	in->r13 = 0x1313131313131313ull;
	in->r14 = 0x1414141414141414ull;
	in->r15 = 0x1515151515151515ull;
	in->rsp = sp;
#else
	in->ebp = 0xb0b0b0b0;
	in->esi = 0x51515151;
	in->edi = 0xd1d1d1d1;
	in->esp = (uint32_t)sp;
#endif
}

/* The system call's number and arguments in the architecture's registers. */
static void
set_syscall(struct cap_in *in, long nr, uint64_t a0, uint64_t a1, uint64_t a2,
    uint64_t a3)
{

#ifdef LINUX_ARCH_AMD64
	in->rax = (uint64_t)nr;
	in->rdi = a0;
	in->rsi = a1;
	in->rdx = a2;
	in->r10 = a3;
#else
	in->eax = (uint32_t)nr;
	in->ebx = (uint32_t)a0;
	in->ecx = (uint32_t)a1;
	in->edx = (uint32_t)a2;
	in->esi = (uint32_t)a3;
#endif
}

static long
raw_syscall4(long nr, long a0, long a1, long a2, long a3)
{

	return (syscall(nr, a0, a1, a2, a3));
}

/*
 * The real kernel's frame for scenario sc. Returns 0 and the captured
 * region in cap_buf from cap_from, or -1.
 */
static pid_t cap_child;

static int
kernel_frame(const struct scenario *sc)
{
	struct l_sigaction act;
	l_stack_t ss;
	l_siginfo_t qi;
	struct cap_in in;
	l_sigset_t set;
	uint64_t blocked;
	int status;

	memset(sigtest_region() + 0x400, 0xa5, SIGTEST_REGION_SIZE - 0x400);
	memset(&act, 0, sizeof(act));
	act.lsa_handler = (l_uintptr_t)(uintptr_t)cap_handler;
	act.lsa_flags = (l_ulong)sc->flags;
	act.lsa_restorer = (l_uintptr_t)restorer_for(sc);
	l_sigset_set(&act.lsa_mask, CAP_SA_MASK);
	if (raw_syscall4(NR_RT_SIGACTION, sc->sig, (long)&act, 0, 8) != 0)
		return (-1);
	memset(&ss, 0, sizeof(ss));
	ss.ss_sp = sc->altstack ? CAP_ALTSTACK : 0;
	ss.ss_size = sc->altstack ? CAP_ALTSIZE : 0;
	ss.ss_flags = sc->altstack ? 0 : LINUX_SS_DISABLE;
	if (syscall(SYS_sigaltstack, &ss, NULL) != 0)
		return (-1);
	blocked = CAP_BLOCKED;
	if (sc->trigger == T_CHILD_EXIT || sc->trigger == T_CHILD_KILLED)
		blocked |= SIGBIT(LINUX_SIGCHLD);
	l_sigset_set(&set, blocked);
	if (raw_syscall4(NR_RT_SIGPROCMASK, LINUX_SIG_SETMASK, (long)&set, 0,
	    8) != 0)
		return (-1);

	cap_fault = sc->trigger == T_FAULT;
	fill_in(&in, CAP_STACK);
	switch (sc->trigger) {
	case T_TGKILL:
		set_syscall(&in, NR_TGKILL, (uint64_t)getpid(),
		    (uint64_t)syscall(NR_GETTID), (uint64_t)sc->sig, 0);
		cap_trigger_syscall(&in);
		break;
	case T_KILL:
		set_syscall(&in, NR_KILL, (uint64_t)getpid(), (uint64_t)sc->sig,
		    0, 0);
		cap_trigger_syscall(&in);
		break;
	case T_SIGQUEUE:
		memset(&qi, 0, sizeof(qi));
		qi.lsi_signo = sc->sig;
		qi.lsi_code = LINUX_SI_QUEUE;
		qi.lsi_pid = getpid();
		qi.lsi_uid = getuid();
		qi.lsi_ptr = (l_uintptr_t)0x12345678u;
		set_syscall(&in, NR_RT_SIGQUEUEINFO, (uint64_t)getpid(),
		    (uint64_t)sc->sig, (uint64_t)(uintptr_t)&qi, 0);
		cap_trigger_syscall(&in);
		break;
	case T_FAULT:
#ifdef LINUX_ARCH_AMD64
		in.rdi = SIGTEST_GUARD + 0x10;
		in.rax = 0x4242;
#else
		in.edi = (uint32_t)SIGTEST_GUARD + 0x10;
		in.eax = 0x4242;
#endif
		cap_trigger_fault(&in);
		break;
	case T_CHILD_EXIT:
	case T_CHILD_KILLED:
		cap_child = fork();
		if (cap_child == 0) {
			if (sc->trigger == T_CHILD_KILLED)
				raise(SIGUSR2);
			_exit(42);
		}
		/* Wait until it is a zombie, without reaping it. */
		if (waitid(P_PID, (id_t)cap_child, NULL,
		    WEXITED | WNOWAIT) != 0)
			return (-1);
		l_sigset_set(&set, SIGBIT(LINUX_SIGCHLD));
		set_syscall(&in, NR_RT_SIGPROCMASK, LINUX_SIG_UNBLOCK,
		    (uint64_t)(uintptr_t)&set, 0, 8);
		cap_trigger_syscall(&in);
		(void)waitpid(cap_child, &status, 0);
		break;
	}
	/* Back to a sane state for the rest of the program. */
	l_sigset_set(&set, 0);
	(void)raw_syscall4(NR_RT_SIGPROCMASK, LINUX_SIG_SETMASK, (long)&set,
	    0, 8);
	memset(&ss, 0, sizeof(ss));
	ss.ss_flags = LINUX_SS_DISABLE;
	(void)syscall(SYS_sigaltstack, &ss, NULL);
	memset(&act, 0, sizeof(act));
	(void)raw_syscall4(NR_RT_SIGACTION, sc->sig, (long)&act, 0, 8);
	return (cap_from != 0 ? 0 : -1);
}

/* The sigcontext of the kernel's frame, in cap_buf. */
static const struct l_sigcontext *
kernel_sigcontext(const struct scenario *sc)
{
	const uint8_t *f = cap_buf;

#ifdef LINUX_ARCH_I386
	if ((sc->flags & LINUX_SA_SIGINFO) == 0)
		return (&((const struct l_sigframe *)f)->sc);
#endif
	(void)sc;
	return (&((const struct l_rt_sigframe *)f)->uc.uc_mcontext);
}

static void
trapframe_from_sigcontext(const struct l_sigcontext *sc, struct trapframe *tf)
{

	memset(tf, 0, sizeof(*tf));
#ifdef LINUX_ARCH_AMD64
	tf->tf_r8 = sc->r8; tf->tf_r9 = sc->r9; tf->tf_r10 = sc->r10;
	tf->tf_r11 = sc->r11; tf->tf_r12 = sc->r12; tf->tf_r13 = sc->r13;
	tf->tf_r14 = sc->r14; tf->tf_r15 = sc->r15; tf->tf_rdi = sc->rdi;
	tf->tf_rsi = sc->rsi; tf->tf_rbp = sc->rbp; tf->tf_rbx = sc->rbx;
	tf->tf_rdx = sc->rdx; tf->tf_rax = sc->rax; tf->tf_rcx = sc->rcx;
	tf->tf_rsp = sc->rsp; tf->tf_rip = sc->rip; tf->tf_rflags = sc->eflags;
	tf->tf_cs = sc->cs; tf->tf_ss = sc->ss;
	tf->tf_ds = tf->tf_es = sc->ss;
#else
	tf->tf_gs = sc->gs; tf->tf_fs = sc->fs; tf->tf_es = sc->es;
	tf->tf_ds = sc->ds; tf->tf_edi = sc->edi; tf->tf_esi = sc->esi;
	tf->tf_ebp = sc->ebp; tf->tf_esp = sc->esp; tf->tf_ebx = sc->ebx;
	tf->tf_edx = sc->edx; tf->tf_ecx = sc->ecx; tf->tf_eax = sc->eax;
	tf->tf_eip = sc->eip; tf->tf_cs = sc->cs; tf->tf_eflags = sc->eflags;
	tf->tf_ss = sc->ss;
#endif
}

/* The runtime's frame for the same scenario, in the region. */
static int
runtime_frame(const struct scenario *sc, uint64_t *fa, register_t entry[8])
{
	const struct l_sigcontext *ksc;
	struct sigtest_thread st;
	struct l_sigaction act;
	struct ktrapinfo ti;
	struct kfpinfo fi;
	l_stack_t ss;
	l_siginfo_t qi;
	l_sigset_t set;
	ksiginfo_t ksi;
	uint8_t *img;
	uint64_t fp;
	int sig;
	long r;

	ksc = kernel_sigcontext(sc);
	memset(sigtest_region() + 0x400, 0xa5, SIGTEST_REGION_SIZE - 0x400);
	memset(&st, 0, sizeof(st));
	st.p = inproc_proc_create();
	st.td = inproc_thread_attach(st.p);
#ifdef LINUX_ARCH_I386
	inproc_signal_set_sigtramp(st.p, vdso_symbol("__kernel_sigreturn"),
	    vdso_symbol("__kernel_rt_sigreturn"));
#endif

	/* Disposition, sigaltstack and mask, through the runtime's calls. */
	memset(&act, 0, sizeof(act));
	act.lsa_handler = (l_uintptr_t)(uintptr_t)cap_handler;
	act.lsa_flags = (l_ulong)sc->flags;
	act.lsa_restorer = (l_uintptr_t)restorer_for(sc);
	l_sigset_set(&act.lsa_mask, CAP_SA_MASK);
	r = inproc_syscall(NR_RT_SIGACTION, sc->sig, (long)&act, 0, 8, 0, 0);
	if (r == 0 && sc->altstack) {
		memset(&ss, 0, sizeof(ss));
		ss.ss_sp = CAP_ALTSTACK;
		ss.ss_size = CAP_ALTSIZE;
		r = inproc_syscall(SYS_sigaltstack, (long)&ss, 0, 0, 0, 0, 0);
	}
	l_sigset_set(&set, CAP_BLOCKED);
	if (r == 0)
		r = inproc_syscall(NR_RT_SIGPROCMASK, LINUX_SIG_SETMASK,
		    (long)&set, 0, 8, 0, 0);

	/* The registers, FP state and last trap the kernel saved. */
	kern_fpu_info(st.td, &fi);
#ifdef LINUX_ARCH_AMD64
	fp = ksc->fpstate - cap_from;
#else
	fp = ksc->fpstate + LINUX_FREGS_STATE_SIZE - cap_from;
#endif
	img = malloc(fi.kfp_size);
	memcpy(img, cap_buf + fp, fi.kfp_size);
	memset(img + 464, 0, 48);		/* the kernel's, not state */
	(void)kern_fpu_setstate(st.td, img, fi.kfp_size);
	free(img);
	ti.kt_trapno = (uint32_t)ksc->trapno;
	ti.kt_err = (uintptr_t)ksc->err;
	ti.kt_addr = (uintptr_t)ksc->cr2;
	inproc_signal_set_trapinfo(st.td, &ti);

	/* Send it the way the real program did, or as the host would. */
	sig = host_signal_from_linux(sc->sig);
	switch (sc->trigger) {
	case T_TGKILL:
		if (r == 0)
			r = inproc_syscall(NR_TGKILL, st.p->p_pid,
			    st.td->td_tid, sc->sig, 0, 0, 0);
		break;
	case T_KILL:
		if (r == 0)
			r = inproc_syscall(NR_KILL, st.p->p_pid, sc->sig, 0, 0,
			    0, 0);
		break;
	case T_SIGQUEUE:
		memset(&qi, 0, sizeof(qi));
		qi.lsi_signo = sc->sig;
		qi.lsi_code = LINUX_SI_QUEUE;
		qi.lsi_pid = getpid();
		qi.lsi_uid = getuid();
		qi.lsi_ptr = (l_uintptr_t)0x12345678u;
		if (r == 0)
			r = inproc_syscall(NR_RT_SIGQUEUEINFO, st.p->p_pid,
			    sc->sig, (long)&qi, 0, 0, 0);
		break;
	case T_FAULT:
		ksiginfo_init(&ksi);
		ksi.ksi_signo = sig;
		ksi.ksi_code = KSEGV_ACCERR;	/* a PROT_NONE page */
		ksi.ksi_addr = (uintptr_t)SIGTEST_GUARD + 0x10;
		ksi.ksi_trapno = 14;
		kern_trapsignal(st.td, &ksi);
		break;
	case T_CHILD_EXIT:
	case T_CHILD_KILLED:
		ksiginfo_init(&ksi);
		ksi.ksi_signo = sig;
		ksi.ksi_code = sc->trigger == T_CHILD_EXIT ? KCLD_EXITED :
		    KCLD_KILLED;
		ksi.ksi_status = sc->trigger == T_CHILD_EXIT ? 42 : KSIGUSR2;
		ksi.ksi_pid = cap_child;
		ksi.ksi_uid = getuid();
		/* Clock ticks: whatever the kernel measured. */
		ksi.ksi_utime = ((const l_siginfo_t *)(cap_buf +
		    offsetof(struct l_rt_sigframe, info)))->lsi_utime;
		ksi.ksi_stime = ((const l_siginfo_t *)(cap_buf +
		    offsetof(struct l_rt_sigframe, info)))->lsi_stime;
		if (r == 0)
			r = kern_tdkill(st.td, -1, st.td->td_tid, &ksi);
		break;
	}
	if (r != 0) {
		fprintf(stderr, "runtime setup failed: %ld\n", r);
		inproc_thread_detach();
		return (-1);
	}
	trapframe_from_sigcontext(ksc, st.td->td_frame);
	if (inproc_signal_deliver(st.td) != sig) {
		fprintf(stderr, "runtime did not deliver the signal\n");
		inproc_thread_detach();
		return (-1);
	}
#ifdef LINUX_ARCH_AMD64
	*fa = st.td->td_frame->tf_rsp;
	entry[0] = st.td->td_frame->tf_rsp;
	entry[1] = st.td->td_frame->tf_rdi;
	entry[2] = st.td->td_frame->tf_rsi;
	entry[3] = st.td->td_frame->tf_rdx;
	entry[4] = st.td->td_frame->tf_rax;
	entry[5] = st.td->td_frame->tf_rflags;
	entry[6] = st.td->td_frame->tf_cs;
	entry[7] = st.td->td_frame->tf_ss;
	if (st.td->td_frame->tf_rip != (uintptr_t)cap_handler)
		entry[0] = 0;
#else
	*fa = st.td->td_frame->tf_esp;
	entry[0] = st.td->td_frame->tf_esp;
	entry[1] = st.td->td_frame->tf_eax;
	entry[2] = st.td->td_frame->tf_edx;
	entry[3] = st.td->td_frame->tf_ecx;
	entry[4] = st.td->td_frame->tf_ds;
	entry[5] = st.td->td_frame->tf_eflags;
	entry[6] = st.td->td_frame->tf_cs;
	entry[7] = st.td->td_frame->tf_ss;
	if (st.td->td_frame->tf_eip != (uintptr_t)cap_handler)
		entry[0] = 0;
#endif
	inproc_thread_detach();
	return (0);
}

/* Name the frame field at offset off, for the report. */
static const char *
field_name(const struct scenario *sc, uint64_t off)
{

#ifdef LINUX_ARCH_I386
	if ((sc->flags & LINUX_SA_SIGINFO) == 0) {
		if (off < 4) return ("pretcode");
		if (off < 8) return ("sig");
		if (off < offsetof(struct l_sigframe, fpstate_unused))
			return ("sigcontext");
		if (off < offsetof(struct l_sigframe, extramask))
			return ("fpstate_unused");
		if (off < offsetof(struct l_sigframe, retcode))
			return ("extramask");
		if (off < sizeof(struct l_sigframe))
			return ("retcode");
		return ("fp area or padding");
	}
	if (off < 16) return ("pretcode/sig/pinfo/puc");
#else
	(void)sc;
	if (off < 8) return ("pretcode");
#endif
	if (off < offsetof(struct l_rt_sigframe, uc.uc_stack))
		return ("uc_flags/uc_link");
	if (off < offsetof(struct l_rt_sigframe, uc.uc_mcontext))
		return ("uc_stack");
	if (off < offsetof(struct l_rt_sigframe, uc.uc_sigmask))
		return ("sigcontext");
	if (off < offsetof(struct l_rt_sigframe, uc) + sizeof(struct l_ucontext))
		return ("uc_sigmask");
	if (off >= offsetof(struct l_rt_sigframe, info) &&
	    off < offsetof(struct l_rt_sigframe, info) + sizeof(l_siginfo_t))
		return ("siginfo");
	if (off < sizeof(struct l_rt_sigframe))
		return ("retcode");
	return ("fp area or padding");
}

static int
run_one(const struct scenario *sc)
{
	static uint8_t rt_buf[SIGTEST_REGION_SIZE];
	register_t kentry[8], rentry[8];
	uint64_t kfa, rfa, len, i;
	int diffs;

	cap_from = 0;
	if (kernel_frame(sc) != 0) {
		printf("FAIL %s: the real signal was not captured\n", sc->name);
		return (-1);
	}
	kfa = cap_from;
	kentry[0] = cap_ent_sp;
	kentry[1] = cap_ent_a;
	kentry[2] = cap_ent_b;
	kentry[3] = cap_ent_c;
#ifdef LINUX_ARCH_AMD64
	kentry[4] = cap_ent_d;
#else
	kentry[4] = cap_ent_d;		/* ds */
#endif
	kentry[5] = cap_ent_flags;
	kentry[6] = cap_ent_cs;
	kentry[7] = cap_ent_ss;
	if (runtime_frame(sc, &rfa, rentry) != 0) {
		printf("FAIL %s: the runtime did not build a frame\n", sc->name);
		return (-1);
	}
	if (rfa != kfa) {
		printf("FAIL %s: frame at %#llx, kernel's at %#llx\n", sc->name,
		    (unsigned long long)rfa, (unsigned long long)kfa);
		return (-1);
	}
	len = CAP_TOP - kfa;
	memcpy(rt_buf, linux_uptr(rfa), len);
	diffs = 0;
	for (i = 0; i < len; i++) {
		if (cap_buf[i] == rt_buf[i])
			continue;
		if (diffs++ < 8)
			printf("  %s: byte %llu (%s): kernel %02x runtime %02x\n",
			    sc->name, (unsigned long long)i,
			    field_name(sc, i), cap_buf[i], rt_buf[i]);
	}
	for (i = 0; i < 8; i++) {
		/* The handler itself cleared nothing: eflags compares as is. */
		if (kentry[i] != rentry[i]) {
			printf("  %s: entry register %llu: kernel %#llx runtime %#llx\n",
			    sc->name, (unsigned long long)i,
			    (unsigned long long)kentry[i],
			    (unsigned long long)rentry[i]);
			diffs++;
		}
	}
	printf("%s %s: %llu bytes from %#llx compared, %d differences\n",
	    diffs == 0 ? "PASS" : "FAIL", sc->name, (unsigned long long)len,
	    (unsigned long long)kfa, diffs);
	return (diffs == 0 ? 0 : -1);
}

int
main(int argc, char **argv)
{
	unsigned i, n, failed;
	int a;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc >= 2 && strcmp(argv[1], "list") == 0) {
		for (i = 0; i < NSCENARIOS; i++)
			if (scenarios[i].arch_ok)
				printf("%s\n", scenarios[i].name);
		return (0);
	}
	if (argc < 2 || strcmp(argv[1], "run") != 0) {
		fprintf(stderr, "usage: %s list | run [scenario...]\n", argv[0]);
		return (2);
	}
	if (sigtest_region_map() != 0) {
		fprintf(stderr, "%s: cannot map the region\n", argv[0]);
		return (2);
	}
	n = failed = 0;
	for (i = 0; i < NSCENARIOS; i++) {
		if (!scenarios[i].arch_ok)
			continue;
		if (argc > 2) {
			for (a = 2; a < argc; a++)
				if (strcmp(argv[a], scenarios[i].name) == 0)
					break;
			if (a == argc)
				continue;
		}
		n++;
		if (run_one(&scenarios[i]) != 0)
			failed++;
	}
	printf("%u scenarios, %u failed\n", n, failed);
	return (failed != 0 || n == 0 ? 1 : 0);
}
