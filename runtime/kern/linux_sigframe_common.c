/*
 * linux_sigframe_common.c — the machine-independent half of signal
 * delivery and return: the sendsig hook the host calls (translating the
 * host's signal, disposition, mask and siginfo into Linux terms before the
 * arch file builds the frame), what a bad frame costs (SIGSEGV), and the
 * segment checks both architectures apply on the way back.
 */
#include <string.h>

#include "linux_signal_map.h"
#include "linux_signal_var.h"

static int	linux_sendsig(struct thread *td, int sig,
		    const struct ksigaction *act, const ksiginfo_t *ksi,
		    const ksigset_t *returnmask);

const struct ksigvec linux_ksigvec = {
	.sv_name = "linux",
	.sv_sendsig = linux_sendsig,
};

void
linux_force_sigsegv(struct thread *td)
{
	ksiginfo_t ksi;

	ksiginfo_init(&ksi);
	ksi.ksi_signo = KSIGSEGV;
	ksi.ksi_code = KSI_KERNEL;
	kern_trapsignal(td, &ksi);
}

void
linux_set_blocked_from_frame(struct thread *td, const l_sigset_t *set)
{
	ksigset_t hset;

	ksigset_from_linux_sigset(set, &hset);
	ksigdelset(&hset, KSIGKILL);
	ksigdelset(&hset, KSIGSTOP);
	(void)kern_sigprocmask(td, KSIG_SETMASK, &hset, NULL);
}

/*
 * The sysentvec hook: see the delivery contract in kern_api_signal.h.
 */
static int
linux_sendsig(struct thread *td, int sig, const struct ksigaction *act,
    const ksiginfo_t *ksi, const ksigset_t *returnmask)
{
	struct linux_sigdeliver d;
	struct ksigaction dfl;
	int error;

	memset(&d, 0, sizeof(d));
	d.lsd_sig = linux_signal_from_host(sig);
	if (d.lsd_sig == 0) {
		/* Linux programs cannot catch a signal Linux does not have. */
		kern_log_once(td, "sendsig-unmapped",
		    "linux: host signal %d has no Linux number, not delivered",
		    sig);
		return (EINVAL);
	}
	d.lsd_flags = host_to_linux_sa_flags(act->ksa_flags,
	    act->ksa_abiflags);
	d.lsd_handler = act->ksa_handler;
	d.lsd_restorer = act->ksa_restorer;
	linux_sigset_from_ksigset(returnmask, &d.lsd_mask);
	linux_siginfo_from_host(ksi, d.lsd_sig, &d.lsd_info);
	(void)kern_sigaltstack(td, NULL, &d.lsd_altstack);
	kern_thread_trapinfo(td, &d.lsd_trap);
	kern_fpu_info(td, &d.lsd_fpinfo);

	error = linux_build_sigframe(td, &d);
	if (error != 0) {
		/*
		 * Linux's force_sigsegv(): a thread whose SIGSEGV handler
		 * cannot get a frame must die of SIGSEGV, not loop.
		 */
		if (d.lsd_sig == LINUX_SIGSEGV) {
			memset(&dfl, 0, sizeof(dfl));
			dfl.ksa_handler = KSIG_DFL;
			(void)kern_sigaction(td, KSIGSEGV, &dfl, NULL);
		}
		linux_force_sigsegv(td);
		return (EFAULT);
	}
	/* The handler starts with a clean FP state. */
	kern_fpu_reset(td);
	return (0);
}

/*
 * Segment checks. `ar` is what LAR reports; a selector LAR refuses is one
 * user mode cannot load at all.
 */
bool
linux_sel_returnable_cs(struct thread *td, uint16_t sel, bool *is64)
{
	int32_t ar;

	ar = kern_selector_rights(td, sel);
	if (ar < 0)
		return (false);
	if ((ar & KSEL_AR_S) == 0 || (ar & KSEL_AR_TYPE_CODE) == 0 ||
	    (ar & KSEL_AR_P) == 0)
		return (false);
	/* IRET to CPL 3: a non-conforming segment must have DPL 3. */
	if ((ar & KSEL_AR_TYPE_CONFORM) == 0 &&
	    (ar & KSEL_AR_DPL_MASK) != KSEL_AR_DPL3)
		return (false);
	*is64 = (ar & KSEL_AR_L) != 0;
	return (true);
}

bool
linux_sel_returnable_ss(struct thread *td, uint16_t sel)
{
	int32_t ar;

	if ((sel & ~3) == 0)
		return (false);		/* no null SS at CPL 3 */
	ar = kern_selector_rights(td, sel);
	if (ar < 0)
		return (false);
	return ((ar & (KSEL_AR_S | KSEL_AR_TYPE_CODE | KSEL_AR_TYPE_RW |
	    KSEL_AR_P | KSEL_AR_DPL_MASK)) ==
	    (KSEL_AR_S | KSEL_AR_TYPE_RW | KSEL_AR_P | KSEL_AR_DPL3));
}

bool
linux_sel_valid_ss64(struct thread *td, uint16_t sel)
{
	int32_t ar;

	/* Linux: DPL 3, present, read-write data, expand-down or not. */
	ar = kern_selector_rights(td, sel);
	if (ar < 0)
		return (false);
	ar &= KSEL_AR_DPL_MASK | KSEL_AR_S | KSEL_AR_P | 0xe00;
	return (ar == (KSEL_AR_DPL3 | KSEL_AR_S | KSEL_AR_P | 0x200) ||
	    ar == (KSEL_AR_DPL3 | KSEL_AR_S | KSEL_AR_P | 0x600));
}

bool
linux_sel_loadable_data(struct thread *td, uint16_t sel)
{
	int32_t ar;

	if ((sel & ~3) == 0)
		return (true);		/* a null selector always loads */
	ar = kern_selector_rights(td, sel);
	if (ar < 0)
		return (false);
	if ((ar & KSEL_AR_S) == 0 || (ar & KSEL_AR_P) == 0)
		return (false);
	if ((ar & KSEL_AR_TYPE_CODE) != 0) {
		if ((ar & KSEL_AR_TYPE_RW) == 0)
			return (false);		/* execute-only code */
		if ((ar & KSEL_AR_TYPE_CONFORM) != 0)
			return (true);
	}
	return ((ar & KSEL_AR_DPL_MASK) == KSEL_AR_DPL3);
}
