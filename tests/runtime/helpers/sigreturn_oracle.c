/*
 * sigreturn_oracle — the runtime's sigreturn against the real kernel's,
 * frame by frame, verdict by verdict.
 *
 * For each mutation: the runtime builds a signal frame (its sendsig hook)
 * in a region mapped at a fixed address, the mutation changes it, and
 *   - a forked child (no runtime involved from here) points its stack at
 *     the frame and makes the real rt_sigreturn (or i386 sigreturn)
 *     system call, traced by the parent: registers at the system call's
 *     entry and exit, FP state, blocked and pending masks from /proc, and
 *     what happens on the way back to user mode (the landing pad is int3:
 *     SIGTRAP means the return worked; SIGSEGV/SIGBUS with SI_KERNEL means
 *     the CPU refused the return);
 *   - the runtime's sigreturn runs in this process on the same bytes, with
 *     the registers, mask and FP state the child had at the system call's
 *     entry.
 * The verdicts (accepted / bad frame / return refused) must be equal, and
 * for an accepted frame every register, the blocked mask and the FP state.
 *
 * Usage: sigreturn_oracle list | run [index...]
 * Prints one line per mutation, PASS or FAIL; exit status 0 if all pass,
 * 1 if any fails, 2 on a setup error. Built for both architectures: the
 * amd64 build checks rt_sigreturn, the i386 build rt_sigreturn and
 * sigreturn of a 32-bit process.
 *
 * (No <errno.h> here: runtime/kern's errno names are the host's.)
 */
#include <signal.h>
#include <sys/syscall.h>

#include "sigtest_support.h"

#ifdef LINUX_ARCH_AMD64
#define	LINUX_SC_IP	rip
#define	LINUX_SC_SP	rsp
#else
#define	LINUX_SC_IP	eip
#define	LINUX_SC_SP	esp
#endif

#ifdef LINUX_ARCH_AMD64
#define	NR_RT_SIGRETURN		15
#define	NR_SIGRETURN		(-1)
#define	K_AMD64			0x1
#define	K_I386_RT		0
#define	K_I386			0
#else
#define	NR_RT_SIGRETURN		173
#define	NR_SIGRETURN		119
#define	K_AMD64			0
#define	K_I386_RT		0x2
#define	K_I386			0x4
#endif
#define	K_ALL			(0x1 | 0x2 | 0x4)
#define	K_RT			(0x1 | 0x2)

#define	SIGBIT(s)		(1ull << ((s) - 1))

static const char *const verdict_name[] = { "ok", "badframe", "noreturn" };

#include "sigreturn_mutations.h"

/* ---- Building the base frame with the runtime ---- */

struct base {
	uint64_t	fa;
	uint64_t	sp;
	bool		rt;
};

static int
build_base(bool rt, struct base *b)
{
	struct sigtest_thread st;
	struct ksigaction act;
	struct kfpinfo fi;
	ksiginfo_t ksi;
	ksigset_t rmask;
	uint8_t *img;
	int error;

	memset(sigtest_region() + 0x400, 0xa5,
	    SIGTEST_REGION_SIZE - 0x400);
	sigtest_thread_init(&st);
#ifdef LINUX_ARCH_AMD64
	st.tf.tf_r8 = 0x0808080808080808ull;
	st.tf.tf_r9 = 0x0909090909090909ull;
	st.tf.tf_r10 = 0x1010101010101010ull;
	st.tf.tf_r11 = 0x1111111111111111ull;
	st.tf.tf_r12 = 0x1212121212121212ull;
	st.tf.tf_r13 = 0x1313131313131313ull;
	st.tf.tf_r14 = 0x1414141414141414ull;
	st.tf.tf_r15 = 0x1515151515151515ull;
	st.tf.tf_rdi = 0xd1d1d1d1d1d1d1d1ull;
	st.tf.tf_rsi = 0x5151515151515151ull;
	st.tf.tf_rbp = 0xb0b0b0b0b0b0b0b0ull;
	st.tf.tf_rbx = 0xbbbbbbbbbbbbbbbbull;
	st.tf.tf_rdx = 0xddddddddddddddddull;
	st.tf.tf_rax = 0xaaaaaaaaaaaaaaaaull;
	st.tf.tf_rcx = 0xcccccccccccccccc;
	st.tf.tf_rip = SIGTEST_LANDING;
	st.tf.tf_rsp = SIGTEST_STACK_TOP;
	st.tf.tf_rflags = 0x246 | LINUX_EFL_CF | LINUX_EFL_AC;
	st.tf.tf_cs = 0x33;
	st.tf.tf_ss = 0x2b;
#else
	st.tf.tf_ebx = 0xbbbbbbbb;
	st.tf.tf_ecx = 0xcccccccc;
	st.tf.tf_edx = 0xdddddddd;
	st.tf.tf_esi = 0x51515151;
	st.tf.tf_edi = 0xd1d1d1d1;
	st.tf.tf_ebp = 0xb0b0b0b0;
	st.tf.tf_eax = 0xaaaaaaaa;
	st.tf.tf_eip = SIGTEST_LANDING;
	st.tf.tf_esp = SIGTEST_STACK_TOP;
	st.tf.tf_eflags = 0x246 | LINUX_EFL_CF;
	st.tf.tf_cs = 0x23;
	st.tf.tf_ss = 0x2b;
	st.tf.tf_ds = 0x2b;
	st.tf.tf_es = 0x2b;
	st.tf.tf_fs = 0;
	st.tf.tf_gs = 0;
#endif
	kern_fpu_info(st.td, &fi);
	img = malloc(fi.kfp_size);
	sigtest_fp_image(img, &fi, 1);
	error = kern_fpu_setstate(st.td, img, fi.kfp_size);
	free(img);
	if (error != 0)
		return (error);

	memset(&act, 0, sizeof(act));
	act.ksa_handler = SIGTEST_HANDLER;
	act.ksa_flags = rt ? KSA_SIGINFO : 0;
	act.ksa_restorer = SIGTEST_RESTORER;
	act.ksa_abiflags = LINUX_SA_RESTORER;
	ksiginfo_init(&ksi);
	ksi.ksi_signo = KSIGUSR1;
	ksi.ksi_code = KSI_LWP;
	ksi.ksi_pid = getpid();
	ksigemptyset(&rmask);
	ksigaddset(&rmask, KSIGPIPE);
	ksigaddset(&rmask, KSIGRTMIN + 2);
	error = linux_ksigvec.sv_sendsig(st.td, KSIGUSR1, &act, &ksi, &rmask);
	if (error == 0) {
		b->rt = rt;
#ifdef LINUX_ARCH_AMD64
		b->fa = st.tf.tf_rsp;
		b->sp = b->fa + 8;
#else
		b->fa = st.tf.tf_esp;
		b->sp = b->fa + (rt ? 4 : 8);
#endif
	}
	sigtest_thread_fini(&st);
	return (error);
}

static void
mctx_init(const struct base *b, const struct kfpinfo *fi, struct mctx *m)
{

	memset(m, 0, sizeof(*m));
	m->fa = b->fa;
	m->sp = b->sp;
	m->rt = b->rt;
	if (b->rt) {
		struct l_rt_sigframe *f = linux_uptr(b->fa);

		m->uc = &f->uc;
		m->sc = &f->uc.uc_mcontext;
	} else {
#ifdef LINUX_ARCH_I386
		struct l_sigframe *f = linux_uptr(b->fa);

		m->sc = &f->sc;
		m->extramask = &f->extramask[0];
#endif
	}
	m->fpsize = fi->kfp_size + (fi->kfp_xfeatures != 0 ? 4 : 0);
#ifdef LINUX_ARCH_AMD64
	m->fx = linux_uptr(m->sc->fpstate);
#else
	m->fpsize += LINUX_FREGS_STATE_SIZE;
	m->fhdr = linux_uptr(m->sc->fpstate);
	m->fx = (uint8_t *)m->fhdr + LINUX_FREGS_STATE_SIZE;
#endif
}

/* ---- What each side did ---- */

struct outcome {
	int			verdict;
	struct trapframe	tf;		/* registers after the syscall */
	uint64_t		blocked;	/* Linux numbering */
	uint8_t			*fp;		/* FP image after */
	int			stopsig;	/* kernel: on the way back */
	int			stopcode;
};

static uint8_t *
xmalloc(size_t n)
{
	uint8_t *p = calloc(1, n);

	if (p == NULL)
		abort();
	return (p);
}

/* The child: no runtime from here on, only the real kernel. */
static void __attribute__((__noreturn__))
child_sigreturn(uint64_t sp, long nr)
{

	if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) != 0)
		_exit(3);
	syscall(SYS_kill, getpid(), SIGSTOP);
#ifdef LINUX_ARCH_AMD64
	__asm__ volatile ("mov %0, %%rsp\n\tmov %1, %%rax\n\tsyscall\n\tud2"
	    :: "r"(sp), "r"(nr) : "memory");
#else
	__asm__ volatile ("mov %0, %%esp\n\tmov %1, %%eax\n\tint $0x80\n\tud2"
	    :: "r"((uint32_t)sp), "r"(nr) : "memory");
#endif
	__builtin_unreachable();
}

static int
getregs(pid_t pid, struct trapframe *tf)
{
	struct user_regs_struct regs;

	_Static_assert(sizeof(regs) == sizeof(*tf),
	    "trapframe is user_regs_struct");
	if (ptrace(PTRACE_GETREGS, pid, NULL, &regs) != 0)
		return (-1);
	memcpy(tf, &regs, sizeof(*tf));
	return (0);
}

/*
 * Run the real sigreturn in a child; on return *entry holds the child's
 * registers, mask and FP state at the system call's entry.
 */
static int
kernel_side(uint64_t sp, long nr, const struct kfpinfo *fi,
    struct outcome *entry, struct outcome *k)
{
	siginfo_t si;
	pid_t pid;
	int sig, in_syscall;
	uint64_t pending;

	pid = fork();
	if (pid < 0)
		return (-1);
	if (pid == 0)
		child_sigreturn(sp, nr);
	if (sigtest_wait_stop(pid) != SIGSTOP)
		goto fail;
	if (ptrace(PTRACE_SETOPTIONS, pid, NULL,
	    (void *)(long)(PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL)) != 0)
		goto fail;
	/* Syscall stops alternate entry/exit; find our call's entry. */
	in_syscall = 0;
	for (;;) {
		if (ptrace(PTRACE_SYSCALL, pid, NULL, NULL) != 0)
			goto fail;
		sig = sigtest_wait_stop(pid);
		if (sig != (SIGTRAP | 0x80))
			goto fail;
		in_syscall = !in_syscall;
		if (!in_syscall)
			continue;
		if (getregs(pid, &entry->tf) != 0)
			goto fail;
#ifdef LINUX_ARCH_AMD64
		if ((long)entry->tf.tf_orig_rax == nr)
#else
		if ((long)entry->tf.tf_orig_eax == nr)
#endif
			break;
	}
	entry->blocked = sigtest_proc_mask(pid, "SigBlk");
	if (sigtest_ptrace_xstate(pid, entry->fp, fi->kfp_size) != 0)
		goto fail;

	if (ptrace(PTRACE_SYSCALL, pid, NULL, NULL) != 0 ||
	    sigtest_wait_stop(pid) != (SIGTRAP | 0x80) ||
	    getregs(pid, &k->tf) != 0)
		goto fail;
	k->blocked = sigtest_proc_mask(pid, "SigBlk");
	pending = sigtest_proc_mask(pid, "SigPnd") |
	    sigtest_proc_mask(pid, "ShdPnd");
	if (sigtest_ptrace_xstate(pid, k->fp, fi->kfp_size) != 0)
		goto fail;
	if ((pending & SIGBIT(SIGSEGV)) != 0) {
		k->verdict = LINUX_SIGRET_BADFRAME;
	} else {
		if (ptrace(PTRACE_CONT, pid, NULL, NULL) != 0)
			goto fail;
		k->stopsig = sigtest_wait_stop(pid);
		memset(&si, 0, sizeof(si));
		if (k->stopsig > 0)
			(void)ptrace(PTRACE_GETSIGINFO, pid, NULL, &si);
		k->stopcode = si.si_code;
		k->verdict = (k->stopsig == SIGSEGV || k->stopsig == SIGBUS) &&
		    si.si_code == SI_KERNEL ? LINUX_SIGRET_NORETURN :
		    LINUX_SIGRET_OK;
	}
	kill(pid, SIGKILL);
	while (waitpid(pid, NULL, __WALL) != pid)
		continue;
	return (0);
fail:
	kill(pid, SIGKILL);
	(void)waitpid(pid, NULL, __WALL);
	return (-1);
}

static void
runtime_side(bool rt, const struct outcome *entry, const struct kfpinfo *fi,
    struct outcome *r)
{
	struct sigtest_thread st;
	ksigset_t hset;
	l_sigset_t lset;

	sigtest_thread_init(&st);
	st.tf = entry->tf;
	l_sigset_set(&lset, entry->blocked);
	ksigset_from_linux_sigset(&lset, &hset);
	(void)kern_sigprocmask(st.td, KSIG_SETMASK, &hset, NULL);
	(void)kern_fpu_setstate(st.td, entry->fp, fi->kfp_size);
#ifdef LINUX_ARCH_I386
	if (!rt)
		r->verdict = linux_sigreturn_frame(st.td);
	else
#endif
		r->verdict = linux_rt_sigreturn_frame(st.td);
	(void)rt;
	r->tf = st.tf;
	(void)kern_sigprocmask(st.td, KSIG_BLOCK, NULL, &hset);
	linux_sigset_from_ksigset(&hset, &lset);
	r->blocked = l_sigset_get(&lset);
	(void)kern_fpu_getstate(st.td, r->fp, fi->kfp_size);
	sigtest_thread_fini(&st);
}

/* ---- Comparing ---- */

/*
 * The FP state a thread effectively has: components whose XSTATE_BV bit
 * is clear are in their initial configuration whatever the bytes say.
 */
static void
fp_effective(uint8_t *img, const struct kfpinfo *fi)
{
	uint64_t xbv;
	uint16_t fcw = 0x037f;

	if (fi->kfp_xfeatures == 0)
		return;
	memcpy(&xbv, img + 512, 8);
	if ((xbv & 1) == 0) {
		memset(img, 0, 24);
		memcpy(img, &fcw, 2);
		memset(img + 32, 0, 128);
	}
	if ((xbv & 2) == 0)
		memset(img + 160, 0, 256);
	if ((xbv & 4) == 0 && fi->kfp_size >= 576 + 256)
		memset(img + SIGTEST_XSAVE_AVX_OFF, 0, 256);
}

/*
 * What the CPU does not keep of what it is loaded with: FCW bits 7 and
 * 13-15 (reserved, dropped) and 6 (reads as 1), FSW's error summary and busy
 * bits (7, 15: derived from the exception flags and masks) and FOP beyond
 * 11 bits. Whether the kernel's image shows the CPU's version depends on
 * whether the state went through the CPU since it was loaded (XSAVE's
 * modified-state optimisation), so both sides are normalised.
 */
static void
fp_hw_normalise(uint8_t *img)
{

	img[0] = (uint8_t)((img[0] & 0x3f) | 0x40);
	img[1] &= 0x1f;
	img[2] &= 0x7f;
	img[3] &= 0x7f;
	img[7] &= 0x07;
}

static int
fp_compare(uint8_t *k, uint8_t *r, const struct kfpinfo *fi, char *why,
    size_t whylen)
{
	static const struct { const char *name; unsigned off, len; } f[] = {
		{ "fcw", 0, 2 }, { "fsw", 2, 2 }, { "ftw", 4, 1 },
		{ "fop", 6, 2 }, { "fip", 8, 8 }, { "fdp", 16, 8 },
		{ "mxcsr", 24, 4 }, { "st", 32, 128 }, { "xmm", 160, 256 },
		{ "ymmh", SIGTEST_XSAVE_AVX_OFF, 256 },
	};
	uint64_t xbv;
	unsigned i, j;

	if (getenv("SIGTEST_DEBUG") != NULL) {
		fprintf(stderr, "kernel:");
		for (i = 0; i < 32; i++)
			fprintf(stderr, " %02x", k[i]);
		fprintf(stderr, " xbv %02x\nruntime:", k[512]);
		for (i = 0; i < 32; i++)
			fprintf(stderr, " %02x", r[i]);
		fprintf(stderr, " xbv %02x\n", r[512]);
	}
	fp_effective(k, fi);
	fp_effective(r, fi);
	/*
	 * The kernel's image may have been through the CPU, the runtime's is
	 * what it handed the host.
	 */
	fp_hw_normalise(k);
	fp_hw_normalise(r);
	/* x87 registers: 10 bytes per 16-byte slot. */
	for (j = 0; j < 8; j++) {
		memset(k + 32 + 16 * j + 10, 0, 6);
		memset(r + 32 + 16 * j + 10, 0, 6);
	}
	memcpy(&xbv, r + 512, 8);
	for (i = 0; i < sizeof(f) / sizeof(f[0]); i++) {
		if (f[i].off + f[i].len > fi->kfp_size)
			continue;
#ifdef LINUX_ARCH_I386
		/*
		 * The compat kernel on this machine gives MXCSR the frame's
		 * value or the initial one, from run to run, when the XSAVE
		 * header leaves SSE out: not something to compare.
		 */
		if (strcmp(f[i].name, "mxcsr") == 0 && fi->kfp_xfeatures != 0 &&
		    (xbv & 2) == 0)
			continue;
#endif
		if (memcmp(k + f[i].off, r + f[i].off, f[i].len) != 0) {
			snprintf(why, whylen, "fp.%s", f[i].name);
			return (-1);
		}
	}
	return (0);
}

static int
regs_compare(const struct trapframe *k, const struct trapframe *r, char *why,
    size_t whylen)
{
	static const char *const names[] = {
#ifdef LINUX_ARCH_AMD64
		"r15", "r14", "r13", "r12", "rbp", "rbx", "r11", "r10", "r9",
		"r8", "rax", "rcx", "rdx", "rsi", "rdi", "orig_rax", "rip",
		"cs", "rflags", "rsp", "ss", "fs_base", "gs_base", "ds", "es",
		"fs", "gs",
#else
		"ebx", "ecx", "edx", "esi", "edi", "ebp", "eax", "ds", "es",
		"fs", "gs", "orig_eax", "eip", "cs", "eflags", "esp", "ss",
#endif
	};
	const register_t *kw = (const register_t *)k;
	const register_t *rw = (const register_t *)r;
	unsigned i;

	for (i = 0; i < sizeof(*k) / sizeof(register_t); i++) {
		if (kw[i] != rw[i]) {
			snprintf(why, whylen, "%s kernel=%#llx runtime=%#llx",
			    names[i], (unsigned long long)kw[i],
			    (unsigned long long)rw[i]);
			return (-1);
		}
	}
	return (0);
}

/* Run mutation idx on every frame kind it applies to: frames run, or -1. */
static int
run_one(unsigned idx, const struct kfpinfo *fi)
{
	const struct mutation *mu = &mutations[idx];
	struct outcome entry, k, r;
	struct base b;
	struct mctx m;
	char why[160];
	unsigned kinds;
	int frames, pass, i;
	long nr;

	kinds = mu->kinds & (K_AMD64 | K_I386_RT | K_I386);
	pass = 0;
	frames = 0;
	for (i = 0; i < 3; i++) {
		bool rt;

		if ((kinds & (1u << i)) == 0)
			continue;
		rt = (1u << i) != K_I386;
		nr = rt ? NR_RT_SIGRETURN : NR_SIGRETURN;
		if (build_base(rt, &b) != 0) {
			printf("FAIL %u %s: the runtime could not build the frame\n",
			    idx, mu->name);
			return (-1);
		}
		mctx_init(&b, fi, &m);
		frames++;
		mu->fn(&m, mu->a, mu->b);

		memset(&entry, 0, sizeof(entry));
		memset(&k, 0, sizeof(k));
		memset(&r, 0, sizeof(r));
		entry.fp = xmalloc(fi->kfp_size);
		k.fp = xmalloc(fi->kfp_size);
		r.fp = xmalloc(fi->kfp_size);
		why[0] = '\0';
		if (kernel_side(m.sp, nr, fi, &entry, &k) != 0) {
			snprintf(why, sizeof(why), "tracing the child failed");
			pass = -1;
		} else {
			runtime_side(rt, &entry, fi, &r);
			if (k.verdict != r.verdict) {
				snprintf(why, sizeof(why), "verdict");
				pass = -1;
			} else if (k.verdict != LINUX_SIGRET_BADFRAME &&
			    (regs_compare(&k.tf, &r.tf, why, sizeof(why)) != 0 ||
			    (k.blocked != r.blocked &&
			    snprintf(why, sizeof(why),
			    "blocked kernel=%#llx runtime=%#llx",
			    (unsigned long long)k.blocked,
			    (unsigned long long)r.blocked) > 0) ||
			    (k.verdict == LINUX_SIGRET_OK &&
			    fp_compare(k.fp, r.fp, fi, why, sizeof(why)) != 0))) {
				pass = -1;
			}
		}
		printf("%s %u %s%s kernel=%s(stop %d code %d) runtime=%s%s%s\n",
		    pass == 0 ? "PASS" : "FAIL", idx, mu->name,
		    rt ? "" : " [sigreturn]", verdict_name[k.verdict],
		    k.stopsig, k.stopcode, verdict_name[r.verdict],
		    why[0] != '\0' ? ": " : "", why);
		free(entry.fp);
		free(k.fp);
		free(r.fp);
		if (pass != 0)
			return (-1);
	}
	return (frames);
}

int
main(int argc, char **argv)
{
	struct kfpinfo fi;
	unsigned i, n, failed, frames;
	int r;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc >= 2 && strcmp(argv[1], "list") == 0) {
		for (i = n = 0; i < NMUTATIONS; i++) {
			if ((mutations[i].kinds & (K_AMD64 | K_I386_RT | K_I386)) == 0)
				continue;
			printf("%u %s\n", i, mutations[i].name);
			n++;
		}
		printf("total %u\n", n);
		return (0);
	}
	if (argc < 2 || strcmp(argv[1], "run") != 0) {
		fprintf(stderr, "usage: %s list | run [index...]\n", argv[0]);
		return (2);
	}
	if (sigtest_region_map() != 0) {
		fprintf(stderr, "%s: cannot map the region at %#lx\n", argv[0],
		    SIGTEST_REGION);
		return (2);
	}
	kern_fpu_info(NULL, &fi);
	failed = frames = 0;
	n = argc == 2 ? (unsigned)NMUTATIONS : (unsigned)(argc - 2);
	for (unsigned j = 0; j < n; j++) {
		i = argc == 2 ? j : (unsigned)strtoul(argv[j + 2], NULL, 10);
		if (i >= NMUTATIONS) {
			fprintf(stderr, "%s: no mutation %u\n", argv[0], i);
			return (2);
		}
		r = run_one(i, &fi);
		if (r < 0)
			failed++;
		else
			frames += (unsigned)r;
	}
	printf("%u frames, %u failed\n", frames, failed);
	return (failed != 0 ? 1 : 0);
}
