/*
 * test_siginfo.c — translation between the host's view of a signal and
 * Linux's: siginfo for each kind of sender and fault, and sa_flags.
 * (The real kernel's siginfo for kill, tgkill, sigqueue, a fault and a
 * child's exit or death is compared byte for byte in sigframe_capture.)
 */
#include "sigtest_unit.h"

TestSuite(siginfo);

static l_siginfo_t
translate(int hsig, int code, void (*fill)(ksiginfo_t *))
{
	ksiginfo_t ksi;
	l_siginfo_t lsi;

	ksiginfo_init(&ksi);
	ksi.ksi_signo = hsig;
	ksi.ksi_code = code;
	if (fill != NULL)
		fill(&ksi);
	memset(&lsi, 0xee, sizeof(lsi));
	linux_siginfo_from_host(&ksi, linux_signal_from_host(hsig), &lsi);
	return (lsi);
}

static void
fill_sender(ksiginfo_t *ksi)
{

	ksi->ksi_pid = 1234;
	ksi->ksi_uid = 1000;
	ksi->ksi_value.sival_ptr = 0xabcdef;
	ksi->ksi_addr = 0x1000;		/* not part of a kill()'s siginfo */
}

/* Bytes after `used` must be zero: Linux copies all 128. */
static void
assert_zero_from(const l_siginfo_t *lsi, size_t used)
{
	const uint8_t *p = (const uint8_t *)lsi;
	size_t i;

	for (i = used; i < sizeof(*lsi); i++)
		cr_assert_eq(p[i], 0, "byte %zu of the siginfo is %#x", i, p[i]);
}

Test(siginfo, kill_carries_sender_pid_and_uid_only)
{
	l_siginfo_t lsi = translate(KSIGUSR1, KSI_USER, fill_sender);

	cr_assert_eq(lsi.lsi_signo, LINUX_SIGUSR1);
	cr_assert_eq(lsi.lsi_code, LINUX_SI_USER);
	cr_assert_eq(lsi.lsi_pid, 1234);
	cr_assert_eq(lsi.lsi_uid, 1000);
	assert_zero_from(&lsi, offsetof(l_siginfo_t, lsi_uid) + 4);
}

Test(siginfo, tkill_and_sigqueue_carry_a_value)
{
	l_siginfo_t lsi;

	lsi = translate(KSIGUSR2, KSI_LWP, fill_sender);
	cr_assert_eq(lsi.lsi_code, LINUX_SI_TKILL);
	lsi = translate(KSIGRTMIN + 7, KSI_QUEUE, fill_sender);
	cr_assert_eq(lsi.lsi_signo, LINUX_SIGRTMIN + 7);
	cr_assert_eq(lsi.lsi_code, LINUX_SI_QUEUE);
	cr_assert_eq(lsi.lsi_pid, 1234);
	cr_assert_eq(lsi.lsi_ptr, 0xabcdef);
	assert_zero_from(&lsi, offsetof(l_siginfo_t, lsi_ptr) +
	    sizeof(l_uintptr_t));
}

static void
fill_timer(ksiginfo_t *ksi)
{

	ksi->ksi_timerid = 3;
	ksi->ksi_overrun = 9;
	ksi->ksi_value.sival_int = 77;
}

Test(siginfo, timers_carry_id_overrun_and_value)
{
	l_siginfo_t lsi = translate(KSIGALRM, KSI_TIMER, fill_timer);

	cr_assert_eq(lsi.lsi_code, LINUX_SI_TIMER);
	cr_assert_eq(lsi.lsi_tid, 3);
	cr_assert_eq(lsi.lsi_overrun, 9);
	cr_assert_eq(lsi._sifields._timer._sigval.sival_int, 77);
}

static void
fill_fault(ksiginfo_t *ksi)
{

	ksi->ksi_addr = 0xdeadb000;
	ksi->ksi_pid = 99;		/* not part of a fault's siginfo */
}

Test(siginfo, faults_carry_the_address_and_linux_codes)
{
	l_siginfo_t lsi;

	lsi = translate(KSIGSEGV, KSEGV_ACCERR, fill_fault);
	cr_assert_eq(lsi.lsi_signo, LINUX_SIGSEGV);
	cr_assert_eq(lsi.lsi_code, LINUX_SEGV_ACCERR);
	cr_assert_eq(lsi.lsi_addr, 0xdeadb000);
	assert_zero_from(&lsi, offsetof(l_siginfo_t, lsi_addr) +
	    sizeof(l_uintptr_t));
	lsi = translate(KSIGSEGV, KSEGV_PKUERR, fill_fault);
	cr_assert_eq(lsi.lsi_code, LINUX_SEGV_PKUERR);
	lsi = translate(KSIGBUS, KBUS_ADRALN, fill_fault);
	cr_assert_eq(lsi.lsi_signo, LINUX_SIGBUS);
	cr_assert_eq(lsi.lsi_code, LINUX_BUS_ADRALN);
	/* FreeBSD numbers the integer FPE codes the other way round. */
	lsi = translate(KSIGFPE, KFPE_INTDIV, fill_fault);
	cr_assert_eq(lsi.lsi_code, LINUX_FPE_INTDIV);
	lsi = translate(KSIGFPE, KFPE_INTOVF, fill_fault);
	cr_assert_eq(lsi.lsi_code, LINUX_FPE_INTOVF);
	lsi = translate(KSIGFPE, KFPE_FLTDIV, fill_fault);
	cr_assert_eq(lsi.lsi_code, 3);
	lsi = translate(KSIGTRAP, KTRAP_DTRACE, fill_fault);
	cr_assert_eq(lsi.lsi_code, LINUX_TRAP_TRACE);
	lsi = translate(KSIGILL, KILL_ILLOPC, fill_fault);
	cr_assert_eq(lsi.lsi_code, LINUX_ILL_ILLOPC);
	cr_assert_eq(lsi.lsi_addr, 0xdeadb000);
	/* A fault signal sent by kill() is a kill, not a fault. */
	lsi = translate(KSIGSEGV, KSI_USER, fill_fault);
	cr_assert_eq(lsi.lsi_code, LINUX_SI_USER);
	cr_assert_eq(lsi.lsi_pid, 99);
}

static int chld_status;

static void
fill_child(ksiginfo_t *ksi)
{

	ksi->ksi_pid = 555;
	ksi->ksi_uid = 1000;
	ksi->ksi_status = chld_status;
	ksi->ksi_utime = 12;
	ksi->ksi_stime = 34;
}

Test(siginfo, sigchld_translates_a_signal_status_not_an_exit_code)
{
	l_siginfo_t lsi;

	chld_status = 42;
	lsi = translate(KSIGCHLD, KCLD_EXITED, fill_child);
	cr_assert_eq(lsi.lsi_signo, LINUX_SIGCHLD);
	cr_assert_eq(lsi.lsi_code, LINUX_CLD_EXITED);
	cr_assert_eq(lsi.lsi_pid, 555);
	cr_assert_eq(lsi.lsi_status, 42);
	cr_assert_eq(lsi.lsi_utime, 12);
	cr_assert_eq(lsi.lsi_stime, 34);
	chld_status = KSIGUSR2;		/* host 31 */
	lsi = translate(KSIGCHLD, KCLD_KILLED, fill_child);
	cr_assert_eq(lsi.lsi_code, LINUX_CLD_KILLED);
	cr_assert_eq(lsi.lsi_status, LINUX_SIGUSR2);
	chld_status = KSIGSTOP;
	lsi = translate(KSIGCHLD, KCLD_STOPPED, fill_child);
	cr_assert_eq(lsi.lsi_status, LINUX_SIGSTOP);
	chld_status = KSIGCONT;
	lsi = translate(KSIGCHLD, KCLD_CONTINUED, fill_child);
	cr_assert_eq(lsi.lsi_status, LINUX_SIGCONT);
}

static void
fill_poll(ksiginfo_t *ksi)
{

	ksi->ksi_band = 0x41;
	ksi->ksi_fd = 7;
}

Test(siginfo, sigio_carries_band_and_fd)
{
	l_siginfo_t lsi = translate(KSIGIO, 1 /* POLL_IN */, fill_poll);

	cr_assert_eq(lsi.lsi_signo, LINUX_SIGIO);
	cr_assert_eq(lsi.lsi_code, LINUX_POLL_IN);
	cr_assert_eq(lsi.lsi_band, 0x41);
	cr_assert_eq(lsi.lsi_fd, 7);
}

Test(siginfo, linux_codes_without_a_host_name_pass_through)
{
	l_siginfo_t lsi = translate(KSIGUSR1, LINUX_SI_SIGIO, fill_poll);

	cr_assert_eq(lsi.lsi_code, LINUX_SI_SIGIO);
	cr_assert_eq(lsi.lsi_band, 0x41, "SI_SIGIO is laid out as SIGPOLL");
	lsi = translate(KSIGUSR1, -7, fill_sender);
	cr_assert_eq(lsi.lsi_code, -7);
	cr_assert_eq(lsi.lsi_pid, 1234);
}

Test(siginfo, a_programs_siginfo_comes_back_as_it_was_queued)
{
	l_siginfo_t in, out;
	ksiginfo_t ksi;

	memset(&in, 0, sizeof(in));
	in.lsi_signo = LINUX_SIGRTMIN;
	in.lsi_code = LINUX_SI_QUEUE;
	in.lsi_pid = 31;
	in.lsi_uid = 32;
	in.lsi_ptr = 0x33;
	cr_assert_eq(host_siginfo_from_linux(NULL, &in, KSIGRTMIN, &ksi), 0);
	cr_assert_eq(ksi.ksi_code, KSI_QUEUE);
	linux_siginfo_from_host(&ksi, LINUX_SIGRTMIN, &out);
	cr_assert_eq(memcmp(&in, &out, sizeof(in)), 0);
	in.lsi_code = LINUX_SI_TKILL;
	cr_assert_eq(host_siginfo_from_linux(NULL, &in, KSIGRTMIN, &ksi), 0);
	cr_assert_eq(ksi.ksi_code, KSI_LWP);
	linux_siginfo_from_host(&ksi, LINUX_SIGRTMIN, &out);
	cr_assert_eq(memcmp(&in, &out, sizeof(in)), 0);
}

Test(siginfo, sa_flags_map_by_name_and_keep_the_rest)
{
	uint64_t abi, l;
	int h;

	h = linux_to_host_sa_flags(LINUX_SA_SIGINFO | LINUX_SA_ONSTACK |
	    LINUX_SA_RESTART | LINUX_SA_NODEFER | LINUX_SA_RESETHAND |
	    LINUX_SA_NOCLDSTOP | LINUX_SA_NOCLDWAIT, &abi);
	cr_assert_eq(h, KSA_SIGINFO | KSA_ONSTACK | KSA_RESTART | KSA_NODEFER |
	    KSA_RESETHAND | KSA_NOCLDSTOP | KSA_NOCLDWAIT);
	cr_assert_eq(abi, 0);
	h = linux_to_host_sa_flags(LINUX_SA_RESTORER | 0x100, &abi);
	cr_assert_eq(h, 0);
	cr_assert_eq(abi, LINUX_SA_RESTORER | 0x100);
	l = host_to_linux_sa_flags(KSA_RESTART | KSA_SIGINFO, abi);
	cr_assert_eq(l, LINUX_SA_RESTART | LINUX_SA_SIGINFO |
	    LINUX_SA_RESTORER | 0x100);
}
