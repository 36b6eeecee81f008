/*
 * engine_sysvec.c — what connects the tracer host to runtime/kern: the
 * host's hooks (tr_sysvec) filled with the runtime's entry points, the
 * dispatch of every trapped syscall through linux_syscall() and the
 * generated linux_sysent[], and the few translations the host needs in
 * Linux's terms (signal numbers, errno values, siginfo).
 *
 * The thread-group and signal parts of the runtime are compiled in when
 * their headers exist (both do on main since the clone and signal merges);
 * the tests ask the engine which it has (--features) and skip the rest.
 */
#include <stdio.h>
#include <string.h>
#include <sys/ptrace.h>

#include "engine.h"
#include "linux_errno.h"
#include "linux_signal.h"
#include "linux_syscall.h"
#include "linux_syscall_entry.h"
#include "linux_release.h"
#include "lxrun_seccomp.h"

#if __has_include("linux_emul.h")
#define	LX_HAVE_EMUL	1
#include "linux_emul.h"
#include "linux_tls.h"
#endif
#if __has_include("kern_api_signal.h")
#define	LX_HAVE_SIGNALS	1
#include "kern_api_signal.h"
#endif

_Static_assert(LXRUN_DATA_DISPATCH == TR_DATA_DISPATCH &&
    LXRUN_DATA_UNKNOWN == TR_DATA_UNKNOWN &&
    LXRUN_DATA_FOREIGN_ARCH == TR_DATA_FOREIGN_ARCH &&
    LXRUN_DATA_VMCHANGE == TR_DATA_VMCHANGE,
    "the generated filter and the tracer disagree on SECCOMP_RET_DATA");

#define	L_ENOSYS	38

bool lx_observing;

#if defined(__i386__) && defined(LX_HAVE_EMUL)
/*
 * i386 TLS lives in runtime/kern as GDT descriptors (set_thread_area,
 * CLONE_SETTLS); the task needs them in its real GDT slots. Whatever
 * changed since they were last applied is written with
 * PTRACE_SET_THREAD_AREA.
 */
static void
lx_tls_apply(struct tr_thread *t)
{
	struct l_user_desc ud;
	int slot, gdt_min = linux_tls_gdt_min(&t->tt_td);

	for (slot = 0; slot < LINUX_TLS_SLOTS; slot++) {
		uint64_t bytes = linux_tls_desc_bytes(&t->tt_td, slot);

		if (bytes == t->tt_tls_applied[slot])
			continue;
		if (linux_tls_get_desc(&t->tt_td, gdt_min + slot, &ud) != 0)
			continue;
		if (ptrace(PTRACE_SET_THREAD_AREA, t->tt_tid,
		    (void *)(uintptr_t)(gdt_min + slot), &ud) == 0)
			t->tt_tls_applied[slot] = bytes;
	}
}
#else
static void
lx_tls_apply(struct tr_thread *t)
{

	(void)t;
}
#endif

/* mremap's flag that names the new address (uapi linux/mman.h): a fact. */
#define	L_MREMAP_FIXED	2

/*
 * A vmchange call (the generated lxrun_vmchange[] says how it names its
 * range) is about to run natively: tell the key cache which pages it may
 * change (their keys are dropped now, and looked up exactly until the
 * call is known to be over).
 */
static void
lx_vmchange_begin(struct tr_thread *t, unsigned nr)
{
	const struct trapframe *tf = &t->tt_frame;
	tr_reg_t a[6] = { TF_ARG0(tf), TF_ARG1(tf), TF_ARG2(tf), TF_ARG3(tf),
	    TF_ARG4(tf), TF_ARG5(tf) };
	uintptr_t r[2][2];
	int n = 0;
	const struct lxrun_vmchange *vc;

	vc = nr < LXRUN_SECCOMP_MAXSYSCALL ? &lxrun_vmchange[nr] : NULL;
	switch (vc != NULL ? vc->vc_how : LXRUN_VM_ALL) {
	case LXRUN_VM_RANGE:
		r[n][0] = a[vc->vc_addr];
		r[n++][1] = a[vc->vc_len];
		break;
	case LXRUN_VM_MREMAP:
		/* mremap(old, old_len, new_len, flags, new) */
		r[n][0] = a[0];
		r[n++][1] = a[1];
		if (a[3] & L_MREMAP_FIXED) {
			r[n][0] = a[4];
			r[n++][1] = a[2];
		}
		break;
	default:	/* LXRUN_VM_ALL, or a number the table lacks */
		r[n][0] = 0;
		r[n++][1] = UINTPTR_MAX;
		break;
	}
	tr_keycache_change_begin(t, (const uintptr_t (*)[2])r, n);
}

static void
lx_syscall(struct tr_thread *t, unsigned data)
{
	struct trapframe *tf = &t->tt_frame;
	unsigned nr = (unsigned)TF_NR(tf);
	bool dbg = lx_debug_selected(nr);
	struct lx_call call;
	long ret;

	if (lx_cov_enabled())
		lx_cov_count(nr);
	if (dbg)
		lx_debug_enter(t, &call);
	switch (data) {
	case TR_DATA_DISPATCH:
		(void)linux_syscall(&t->tt_td);
		lx_tls_apply(t);
		break;
	case TR_DATA_OBSERVE:
		/* Native: seen for --coverage, and for --debug with its
		   result. */
		if (!dbg) {
			tr_syscall_passthrough(t);
			return;
		}
		if (tr_syscall_native_in_place(t, &ret) != 0)
			return;
		TF_RET(tf) = (tr_reg_t)ret;
		break;
	case TR_DATA_VMCHANGE:
		/* Native: the entry stop drops the range's keys, and its
		   window lasts until the task's next event (tr_keycache.c). */
		lx_vmchange_begin(t, nr);
		if (!dbg) {
			tr_syscall_passthrough(t);
			return;
		}
		{
			int error = tr_syscall_native_in_place(t, &ret);

			tr_keycache_change_end(t);
			if (error != 0)
				return;
		}
		TF_RET(tf) = (tr_reg_t)ret;
		break;
	case TR_DATA_FOREIGN_ARCH:
		kern_log_once(&t->tt_td, "foreign-arch", "syscall %u of "
		    "another architecture (int $0x80 in a 64-bit program, or "
		    "x32): ENOSYS", nr);
		TF_RET(tf) = (tr_reg_t)-L_ENOSYS;
		break;
	default: {
		char key[32];

		snprintf(key, sizeof(key), "nosys-%u", nr);
		kern_log_once(&t->tt_td, key, "linux: syscall %u is not "
		    "implemented in %s: ENOSYS", nr, LINUX_RELEASE_NAME);
		TF_RET(tf) = (tr_reg_t)-L_ENOSYS;
		break;
	}
	}
	if (dbg)
		lx_debug_leave(t, &call, (long)TF_RET(tf));
}

/*
 * Handlers that use nothing of the frame but the number, the arguments,
 * ip, sp and the result (tr_frame.c: they get a partial frame, which saves
 * a GETREGS and turns SETREGS into two POKEUSERs). Whatever else such a
 * call may lead to — a signal frame on the way out, parking a sleeper,
 * running the call natively — completes the frame itself. Not here: the
 * handlers that copy or replace the whole frame (clone and its family,
 * rt_sigreturn, sigreturn) or set segment bases in it (arch_prctl,
 * set_thread_area), and the rare rest.
 */
static bool
lx_args_only(unsigned nr, unsigned data)
{

	if (data != TR_DATA_DISPATCH)
		return (true);		/* answered by the engine: ENOSYS */
	if (nr < LXRUN_SECCOMP_MAXSYSCALL &&
	    lxrun_syscall_class[nr] == LXRUN_STUB)
		return (true);		/* a generated stub: log, errno */
	switch (nr) {
#ifdef LINUX_SYS_linux_futex
	case LINUX_SYS_linux_futex:
#endif
#ifdef LINUX_SYS_linux_set_robust_list
	case LINUX_SYS_linux_set_robust_list:
	case LINUX_SYS_linux_get_robust_list:
#endif
	case LINUX_SYS_linux_set_tid_address:
	case LINUX_SYS_linux_getpid:
	case LINUX_SYS_linux_getppid:
	case LINUX_SYS_linux_gettid:
	case LINUX_SYS_linux_kill:
	case LINUX_SYS_linux_tkill:
#ifdef LINUX_SYS_linux_tgkill
	case LINUX_SYS_linux_tgkill:
#endif
	case LINUX_SYS_linux_rt_sigaction:
	case LINUX_SYS_linux_rt_sigprocmask:
	case LINUX_SYS_linux_rt_sigpending:
	case LINUX_SYS_linux_rt_sigtimedwait:
	case LINUX_SYS_linux_rt_sigqueueinfo:
#ifdef LINUX_SYS_linux_rt_tgsigqueueinfo
	case LINUX_SYS_linux_rt_tgsigqueueinfo:
#endif
	case LINUX_SYS_linux_sigaltstack:
	case LINUX_SYS_linux_newuname:
#ifdef LINUX_SYS_linux_olduname
	case LINUX_SYS_linux_olduname:
	case LINUX_SYS_linux_uname:
#endif
#ifdef LINUX_SYS_linux_sigprocmask
	case LINUX_SYS_linux_sigprocmask:
#endif
#ifdef LINUX_SYS_linux_sigaction
	case LINUX_SYS_linux_sigaction:
#endif
		return (true);
	default:
		return (false);
	}
}

static int
lx_sig_to_linux(int host_sig)
{

	return (linux_signal_from_host(host_sig));
}

static int
lx_errno_to_host(int linux_errno)
{

	return (host_errno_from_linux(linux_errno));
}

#ifdef LX_HAVE_SIGNALS
/* Linux siginfo codes (asm-generic/siginfo.h): facts. */
#define	L_SI_USER	0
#define	L_SI_KERNEL	0x80
#define	L_SI_QUEUE	(-1)
#define	L_SI_TIMER	(-2)
#define	L_SI_MESGQ	(-3)
#define	L_SI_ASYNCIO	(-4)
#define	L_SI_TKILL	(-6)
#define	L_CLD_EXITED	1

/* A signal the kernel reported, in the host's terms. */
static int
lx_ksiginfo_from_linux(const siginfo_t *si, struct ksiginfo *ksi)
{
	int hsig = host_signal_from_linux(si->si_signo);

	if (hsig == 0)
		return (-1);
	ksiginfo_init(ksi);
	ksi->ksi_signo = hsig;
	ksi->ksi_errno = si->si_errno;
	switch (si->si_code) {
	case L_SI_USER:		ksi->ksi_code = KSI_USER; break;
	case L_SI_KERNEL:	ksi->ksi_code = KSI_KERNEL; break;
	case L_SI_QUEUE:	ksi->ksi_code = KSI_QUEUE; break;
	case L_SI_TIMER:	ksi->ksi_code = KSI_TIMER; break;
	case L_SI_MESGQ:	ksi->ksi_code = KSI_MESGQ; break;
	case L_SI_ASYNCIO:	ksi->ksi_code = KSI_ASYNCIO; break;
	case L_SI_TKILL:	ksi->ksi_code = KSI_LWP; break;
	default:
		ksi->ksi_code = si->si_code;
		/* The host numbers FPE_INTDIV and FPE_INTOVF the other
		   way round. */
		if (hsig == KSIGFPE && (si->si_code == 1 || si->si_code == 2))
			ksi->ksi_code = 3 - si->si_code;
		break;
	}
	switch (hsig) {
	case KSIGSEGV:
	case KSIGBUS:
	case KSIGILL:
	case KSIGFPE:
	case KSIGTRAP:
		ksi->ksi_addr = (uintptr_t)si->si_addr;
		break;
	case KSIGCHLD:
		ksi->ksi_pid = si->si_pid;
		ksi->ksi_uid = si->si_uid;
		ksi->ksi_status = si->si_code == L_CLD_EXITED ?
		    si->si_status : host_signal_from_linux(si->si_status);
		ksi->ksi_utime = (int64_t)si->si_utime;
		ksi->ksi_stime = (int64_t)si->si_stime;
		break;
	default:
		if (si->si_code == L_SI_TIMER) {
			ksi->ksi_timerid = si->si_timerid;
			ksi->ksi_overrun = si->si_overrun;
		} else {
			ksi->ksi_pid = si->si_pid;
			ksi->ksi_uid = si->si_uid;
		}
		ksi->ksi_value.sival_ptr = (uintptr_t)si->si_value.sival_ptr;
		ksi->ksi_band = si->si_band;
		ksi->ksi_fd = si->si_fd;
		break;
	}
	return (0);
}
#endif /* LX_HAVE_SIGNALS */

#ifdef LX_HAVE_EMUL
static void
lx_exec(struct tr_thread *t)
{

	linux_emul_proc_exec(&t->tt_td);
	/* The program runs on a real x86-64 kernel: its TLS selectors name
	   GDT entries 12-14 whatever the emulated kernel's were. */
	linux_emul_set_tls_layout(t->tt_td.td_proc, LINUX_GDT_TLS_MIN_X86_64);
#ifdef LX_HAVE_SIGNALS
	tr_sig_exec(t);
#endif
#if defined(__i386__)
	memset(t->tt_tls_applied, 0, sizeof(t->tt_tls_applied));
#endif
}

static void
lx_thread_start(struct tr_thread *t)
{

	linux_emul_thread_start(&t->tt_td);
	lx_tls_apply(t);
}

static void
lx_thread_exit(struct tr_thread *t)
{

	if (t->tt_td.td_emuldata != NULL)
		linux_emul_thread_exit(&t->tt_td);
}

static void
lx_thread_dtor(struct tr_thread *t)
{

	if (t->tt_td.td_emuldata != NULL)
		linux_emul_thread_dtor(&t->tt_td);
}
#endif /* LX_HAVE_EMUL */

#ifndef LX_HAVE_SIGNALS
/* Without the runtime's signals the kernel delivers them itself. */
static int
lx_signal_native(struct tr_thread *t, const siginfo_t *si)
{

	(void)t;
	return (si->si_signo);
}
#endif

/*
 * --osrelease: the release the runtime behaves as and uname reports, over
 * the spec's own (FreeBSD's compat.linux.osrelease sysctl). The syscall
 * table stays the spec's.
 */
int
lx_set_osrelease(const char *s)
{
	int a = 0, b = 0, c = 0;

	if (sscanf(s, "%d.%d.%d", &a, &b, &c) < 2 || a < 1 || a > 255 ||
	    b < 0 || b > 255 || c < 0 || c > 255)
		return (-1);
	linux_set_kernver(LINUX_KERNVER(a, b, c));
	return (0);
}

int
lx_futex_nr(void)
{

#ifdef LINUX_SYS_linux_futex
	if (lxrun_syscall_class[LINUX_SYS_linux_futex] == LXRUN_EMULATED)
		return (LINUX_SYS_linux_futex);
#endif
	return (-1);
}

/* What this engine's runtime/kern has, for `--features` (the tests skip
   what the runtime cannot do yet, and say so). */
const char *
lx_features(void)
{

	return ("syscall"
#ifdef LX_HAVE_EMUL
	    " threads"
#endif
#ifdef LX_HAVE_SIGNALS
	    " signals"
#endif
	    );
}

void
lx_sysvec_init(void)
{

	tr_sysvec.sv_syscall = lx_syscall;
	tr_sysvec.sv_args_only = lx_args_only;
	tr_sysvec.sv_sig_to_linux = lx_sig_to_linux;
	tr_sysvec.sv_errno_to_host = lx_errno_to_host;
#ifdef LX_HAVE_SIGNALS
	tr_sysvec.sv_signal = tr_sig_native;
	tr_sysvec.sv_sleep_signal = tr_sig_sleep_check;
	tr_sysvec.sv_userret = tr_sig_userret;
	tr_sysvec.sv_ksiginfo_from_linux = lx_ksiginfo_from_linux;
#else
	tr_sysvec.sv_signal = lx_signal_native;
#endif
#ifdef LX_HAVE_EMUL
	tr_sysvec.sv_exec = lx_exec;
	tr_sysvec.sv_thread_start = lx_thread_start;
	tr_sysvec.sv_thread_exit = lx_thread_exit;
	tr_sysvec.sv_thread_dtor = lx_thread_dtor;
#endif
}
