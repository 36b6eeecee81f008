/*
 * test_linux_ioctl_tty.c — the terminal set's other commands, emulated
 * against real on one pseudo-terminal (pty_test.h): queues (FIONREAD,
 * TIOCOUTQ, TCFLSH), flow (TCXONC), breaks (TCSBRK, TCSBRKP, TIOCSBRK,
 * TIOCCBRK), modes of the descriptor and the terminal (FIONBIO, FIOASYNC,
 * FIOCLEX, FIONCLEX, TIOCEXCL, TIOCNXCL, TIOCPKT, TIOCSETD, TIOCGETD),
 * TIOCSTI, modem lines, TIOCGPTN, TIOCCONS, and the controlling terminal
 * (TIOCSCTTY, TIOCGSID, TIOCGPGRP, TIOCSPGRP, TIOCNOTTY) in a new session.
 *
 * Each test does the same thing once through the emulated ioctl and once
 * through the real one and compares the results, the errno and what the
 * terminal shows afterwards (through the real ioctl, fcntl or read).
 */
#include <criterion/criterion.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>

#include "pty_test.h"

_Static_assert(LINUX_FIONREAD == FIONREAD && LINUX_TIOCOUTQ == TIOCOUTQ &&
    LINUX_TCFLSH == TCFLSH && LINUX_TCXONC == TCXONC &&
    LINUX_TCSBRK == TCSBRK && LINUX_TCSBRKP == TCSBRKP &&
    LINUX_TIOCSBRK == TIOCSBRK && LINUX_TIOCCBRK == TIOCCBRK &&
    LINUX_FIONBIO == FIONBIO && LINUX_FIOASYNC == FIOASYNC &&
    LINUX_FIOCLEX == FIOCLEX && LINUX_FIONCLEX == FIONCLEX &&
    LINUX_TIOCEXCL == TIOCEXCL && LINUX_TIOCNXCL == TIOCNXCL &&
    LINUX_TIOCPKT == TIOCPKT && LINUX_TIOCSETD == TIOCSETD &&
    LINUX_TIOCGETD == TIOCGETD && LINUX_TIOCSTI == TIOCSTI &&
    LINUX_TIOCMGET == TIOCMGET && LINUX_TIOCMBIS == TIOCMBIS &&
    LINUX_TIOCMBIC == TIOCMBIC && LINUX_TIOCMSET == TIOCMSET &&
    LINUX_TIOCGPTN == TIOCGPTN && LINUX_TIOCCONS == TIOCCONS &&
    LINUX_TIOCSCTTY == TIOCSCTTY && LINUX_TIOCGSID == TIOCGSID &&
    LINUX_TIOCGPGRP == TIOCGPGRP && LINUX_TIOCSPGRP == TIOCSPGRP &&
    LINUX_TIOCNOTTY == TIOCNOTTY, "terminal command numbers");

static struct proc *proc;
static struct pty pty;

static void
silence(struct thread *td, const char *msg)
{

	(void)td;
	(void)msg;
}

static void
setup(void)
{

	inproc_init();
	inproc_set_log_hook(silence);
	proc = inproc_proc_create();
	cr_assert_not_null(inproc_thread_attach(proc));
	cr_assert(pty_open(&pty), "no pseudo-terminal");
}

static void
teardown(void)
{

	pty_close(&pty);
	inproc_thread_detach();
	inproc_set_log_hook(NULL);
}

TestSuite(tty, .init = setup, .fini = teardown, .timeout = 60);

/* The emulated or the real ioctl, by a flag. */
static long
either(bool emulated, int fd, uint32_t cmd, uintptr_t arg)
{

	return (emulated ? emu_ioctl(fd, cmd, arg) : real_ioctl(fd, cmd, arg));
}

static const char *
path(bool emulated)
{

	return (emulated ? "emulated" : "real");
}

static int32_t
pending(int fd, uint32_t cmd)
{
	int32_t n = -1;

	cr_assert_eq(real_ioctl(fd, cmd, (uintptr_t)&n), 0);
	return (n);
}

/* A line typed at the terminal, arrived at the slave. */
static void
type_line(const char *line)
{
	size_t len = strlen(line);

	cr_assert_eq(write(pty.master, line, len), (ssize_t)len);
	cr_assert(wait_readable(pty.slave), "the line never arrived");
}

Test(tty, fionread_and_tiocoutq_count_the_same_bytes)
{
	struct l_termios t;
	int32_t e = -1, r = -2;

	/* No echo: the master then holds only what the slave writes. */
	cr_assert_eq(real_ioctl(pty.slave, TCGETS, (uintptr_t)&t), 0);
	t.c_lflag &= ~LINUX_ECHO;
	cr_assert_eq(real_ioctl(pty.slave, TCSETS, (uintptr_t)&t), 0);
	type_line("hello\n");
	cr_assert_eq(emu_ioctl(pty.slave, LINUX_FIONREAD, (uintptr_t)&e), 0);
	cr_assert_eq(real_ioctl(pty.slave, FIONREAD, (uintptr_t)&r), 0);
	cr_expect_eq(e, r);
	cr_expect_eq(e, 6);

	cr_assert_eq(write(pty.slave, "out", 3), 3);
	cr_assert(wait_readable(pty.master));
	e = -1;
	r = -2;
	cr_assert_eq(emu_ioctl(pty.master, LINUX_FIONREAD, (uintptr_t)&e), 0);
	cr_assert_eq(real_ioctl(pty.master, FIONREAD, (uintptr_t)&r), 0);
	cr_expect_eq(e, r);
	cr_expect_eq(e, 3, "master FIONREAD %d", e);
	e = -1;
	r = -2;
	cr_assert_eq(emu_ioctl(pty.slave, LINUX_TIOCOUTQ, (uintptr_t)&e), 0);
	cr_assert_eq(real_ioctl(pty.slave, TIOCOUTQ, (uintptr_t)&r), 0);
	cr_expect_eq(e, r);
}

Test(tty, tcflsh_flushes_the_queues_it_names_and_refuses_others)
{
	for (uintptr_t arg = 0; arg <= 3; arg++) {
		int32_t left[2];
		long res[2];

		for (int emulated = 0; emulated < 2; emulated++) {
			type_line("pending\n");
			res[emulated] = either(emulated, pty.slave,
			    LINUX_TCFLSH, arg);
			left[emulated] = pending(pty.slave, FIONREAD);
			cr_assert_eq(real_ioctl(pty.slave, TCFLSH, 2), 0);
		}
		cr_expect_eq(res[1], res[0], "TCFLSH %lu: emulated %ld, "
		    "real %ld", (unsigned long)arg, res[1], res[0]);
		cr_expect_eq(left[1], left[0], "TCFLSH %lu: %d left, real %d",
		    (unsigned long)arg, left[1], left[0]);
	}
	cr_expect_eq(emu_ioctl(pty.slave, LINUX_TCFLSH, 3), -LINUX_EINVAL);
}

/* Output stopped: a non-blocking write to the slave cannot go. */
static bool
output_flows(int nbfd)
{
	char c;

	if (write(nbfd, "x", 1) != 1)
		return (false);
	cr_assert(wait_readable(pty.master));
	cr_assert_eq(read(pty.master, &c, 1), 1);
	return (true);
}

Test(tty, tcxonc_stops_and_starts_output_and_sends_stop_and_start)
{
	int nbfd = open(ptsname(pty.master), O_RDWR | O_NOCTTY | O_NONBLOCK);

	cr_assert_geq(nbfd, 0);
	for (int emulated = 0; emulated < 2; emulated++) {
		unsigned char c = 0;

		cr_expect_eq(either(emulated, pty.slave, LINUX_TCXONC,
		    LINUX_TCOOFF), 0, "%s TCOOFF", path(emulated));
		cr_expect_not(output_flows(nbfd), "%s: output flows after "
		    "TCOOFF", path(emulated));
		cr_expect_eq(either(emulated, pty.slave, LINUX_TCXONC,
		    LINUX_TCOON), 0, "%s TCOON", path(emulated));
		/* The byte the stopped write left behind, if any, first. */
		cr_expect(output_flows(nbfd), "%s: output stopped after TCOON",
		    path(emulated));

		cr_expect_eq(either(emulated, pty.slave, LINUX_TCXONC,
		    LINUX_TCIOFF), 0);
		cr_assert(wait_readable(pty.master));
		cr_assert_eq(read(pty.master, &c, 1), 1);
		cr_expect_eq(c, 0x13, "%s TCIOFF sent %#x", path(emulated), c);
		cr_expect_eq(either(emulated, pty.slave, LINUX_TCXONC,
		    LINUX_TCION), 0);
		cr_assert(wait_readable(pty.master));
		cr_assert_eq(read(pty.master, &c, 1), 1);
		cr_expect_eq(c, 0x11, "%s TCION sent %#x", path(emulated), c);
		cr_expect_eq(either(emulated, pty.slave, LINUX_TCXONC, 9),
		    -LINUX_EINVAL, "%s TCXONC 9", path(emulated));
	}
	close(nbfd);
}

Test(tty, breaks_answer_as_the_real_ones)
{
	static const struct {
		uint32_t	cmd;
		uintptr_t	arg;
	} calls[] = {
		{ LINUX_TCSBRK, 1 },		/* tcdrain() */
		{ LINUX_TCSBRK, 0 },		/* tcsendbreak(fd, 0) */
		{ LINUX_TCSBRKP, 0 },
		{ LINUX_TCSBRKP, 1 },
		{ LINUX_TIOCSBRK, 0 },
		{ LINUX_TIOCCBRK, 0 },
	};

	for (size_t i = 0; i < sizeof(calls) / sizeof(calls[0]); i++)
		cr_expect_eq(emu_ioctl(pty.slave, calls[i].cmd, calls[i].arg),
		    real_ioctl(pty.slave, calls[i].cmd, calls[i].arg),
		    "%#x %lu", calls[i].cmd, (unsigned long)calls[i].arg);
	/* Not a terminal: the same answer too. */
	cr_expect_eq(emu_ioctl(0x7fff, LINUX_TCSBRK, 0),
	    real_ioctl(0x7fff, TCSBRK, 0));
}

/*
 * A signal during the break ends it with EINTR (never a restart, as
 * Linux's send_break answers), the break cleared.
 */
Test(tty, a_signal_ends_a_break_with_eintr)
{
	struct thread *td = inproc_curthread();

	inproc_thread_interrupt(td, ERESTART);
	cr_expect_eq(emu_ioctl(pty.slave, LINUX_TCSBRKP, 50), -LINUX_EINTR);
	inproc_thread_interrupt(td, EINTR);
	cr_expect_eq(emu_ioctl(pty.slave, LINUX_TCSBRK, 0), -LINUX_EINTR);
	cr_expect_eq(emu_ioctl(pty.slave, LINUX_TCSBRK, 0), 0, "one-shot");
}

static int
fl(int fd, int cmd)
{

	return (fcntl(fd, cmd));
}

Test(tty, fionbio_fioasync_fioclex_fionclex_set_what_the_real_ones_set)
{
	static const struct {
		uint32_t	cmd;
		int		get;	/* fcntl command that shows it */
		int		bit;
		bool		by_value;	/* FIOCLEX: no argument */
		bool		on;
	} calls[] = {
		{ LINUX_FIONBIO, F_GETFL, O_NONBLOCK, false, true },
		{ LINUX_FIONBIO, F_GETFL, O_NONBLOCK, false, false },
		{ LINUX_FIOASYNC, F_GETFL, O_ASYNC, false, true },
		{ LINUX_FIOASYNC, F_GETFL, O_ASYNC, false, false },
		{ LINUX_FIOCLEX, F_GETFD, FD_CLOEXEC, true, true },
		{ LINUX_FIONCLEX, F_GETFD, FD_CLOEXEC, true, false },
	};

	for (size_t i = 0; i < sizeof(calls) / sizeof(calls[0]); i++) {
		int shown[2];
		long res[2];

		for (int emulated = 0; emulated < 2; emulated++) {
			int32_t v = calls[i].on ? 5 : 0;
			res[emulated] = either(emulated, pty.slave,
			    calls[i].cmd, calls[i].by_value ? 0 :
			    (uintptr_t)&v);
			shown[emulated] = fl(pty.slave, calls[i].get) &
			    calls[i].bit;
			/* Undo, so the other path starts from the same. */
			if (calls[i].get == F_GETFL)
				fcntl(pty.slave, F_SETFL, fl(pty.slave,
				    F_GETFL) & ~calls[i].bit);
			else
				fcntl(pty.slave, F_SETFD, 0);
		}
		cr_expect_eq(res[1], res[0], "%#x", calls[i].cmd);
		cr_expect_eq(shown[1], shown[0], "%#x", calls[i].cmd);
		cr_expect_eq(shown[1] != 0, calls[i].on, "%#x", calls[i].cmd);
	}
}

Test(tty, tiocexcl_and_tiocnxcl_set_exclusive_use)
{
	for (int emulated = 0; emulated < 2; emulated++) {
		int32_t excl = -1;

		cr_expect_eq(either(emulated, pty.slave, LINUX_TIOCEXCL, 0), 0);
		cr_assert_eq(real_ioctl(pty.slave, TIOCGEXCL, (uintptr_t)&excl),
		    0);
		cr_expect_eq(excl, 1, "%s TIOCEXCL", path(emulated));
		cr_expect_eq(either(emulated, pty.slave, LINUX_TIOCNXCL, 0), 0);
		cr_assert_eq(real_ioctl(pty.slave, TIOCGEXCL, (uintptr_t)&excl),
		    0);
		cr_expect_eq(excl, 0, "%s TIOCNXCL", path(emulated));
	}
}

Test(tty, tiocpkt_sets_packet_mode_on_the_master_only)
{
	for (int emulated = 0; emulated < 2; emulated++) {
		int32_t on = 1, off = 0, mode = -1;

		cr_expect_eq(either(emulated, pty.master, LINUX_TIOCPKT,
		    (uintptr_t)&on), 0);
		cr_assert_eq(real_ioctl(pty.master, TIOCGPKT, (uintptr_t)&mode),
		    0);
		cr_expect_eq(mode, 1, "%s", path(emulated));
		cr_expect_eq(either(emulated, pty.master, LINUX_TIOCPKT,
		    (uintptr_t)&off), 0);
		cr_assert_eq(real_ioctl(pty.master, TIOCGPKT, (uintptr_t)&mode),
		    0);
		cr_expect_eq(mode, 0, "%s", path(emulated));
	}
	int32_t on = 1;
	cr_expect_eq(emu_ioctl(pty.slave, LINUX_TIOCPKT, (uintptr_t)&on),
	    real_ioctl(pty.slave, TIOCPKT, (uintptr_t)&on));
}

Test(tty, line_discipline_reads_n_tty_and_refuses_unknown_ones)
{
	int32_t e = -1, r = -2, tty = LINUX_N_TTY, bogus = 99;

	cr_assert_eq(emu_ioctl(pty.slave, LINUX_TIOCGETD, (uintptr_t)&e), 0);
	cr_assert_eq(real_ioctl(pty.slave, TIOCGETD, (uintptr_t)&r), 0);
	cr_expect_eq(e, r);
	cr_expect_eq(e, LINUX_N_TTY);
	cr_expect_eq(emu_ioctl(pty.slave, LINUX_TIOCSETD, (uintptr_t)&tty),
	    real_ioctl(pty.slave, TIOCSETD, (uintptr_t)&tty));
	cr_expect_eq(emu_ioctl(pty.slave, LINUX_TIOCSETD, (uintptr_t)&bogus),
	    real_ioctl(pty.slave, TIOCSETD, (uintptr_t)&bogus));
	cr_expect_eq(emu_ioctl(pty.slave, LINUX_TIOCSETD, (uintptr_t)&bogus),
	    -LINUX_EINVAL);
}

Test(tty, tiocsti_types_a_character_as_the_real_one_does)
{
	for (int emulated = 0; emulated < 2; emulated++) {
		char c = '\n', got = 0;
		long r = either(emulated, pty.slave, LINUX_TIOCSTI,
		    (uintptr_t)&c);
		long want = real_ioctl(pty.slave, TIOCSTI, (uintptr_t)&c);

		/* The real one just ran too: both typed, or neither. */
		cr_expect_eq(r, want, "%s", path(emulated));
		if (want == 0) {
			cr_assert(wait_readable(pty.slave));
			cr_assert_eq(read(pty.slave, &got, 1), 1);
			cr_expect_eq(got, '\n');
			cr_assert_eq(read(pty.slave, &got, 1), 1);
		}
	}
}

Test(tty, modem_lines_answer_as_the_real_ones)
{
	static const uint32_t cmds[] = { LINUX_TIOCMGET, LINUX_TIOCMBIS,
	    LINUX_TIOCMBIC, LINUX_TIOCMSET };

	for (size_t i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++) {
		int32_t e = LINUX_TIOCM_DTR, r = LINUX_TIOCM_DTR;

		cr_expect_eq(emu_ioctl(pty.slave, cmds[i], (uintptr_t)&e),
		    real_ioctl(pty.slave, cmds[i], (uintptr_t)&r), "%#x",
		    cmds[i]);
		cr_expect_eq(e, r, "%#x", cmds[i]);
	}
}

Test(tty, tiocgptn_names_the_same_terminal)
{
	uint32_t e = 0xffffffff, r = 0xfffffffe;

	cr_assert_eq(emu_ioctl(pty.master, LINUX_TIOCGPTN, (uintptr_t)&e), 0);
	cr_assert_eq(real_ioctl(pty.master, TIOCGPTN, (uintptr_t)&r), 0);
	cr_expect_eq(e, r);
	cr_expect_eq(emu_ioctl(pty.slave, LINUX_TIOCGPTN, (uintptr_t)&e),
	    real_ioctl(pty.slave, TIOCGPTN, (uintptr_t)&r));
}

/*
 * TIOCCONS is compared where it fails only: where it succeeds it
 * redirects the system console to the test's terminal until someone
 * undoes it through /dev/console.
 */
Test(tty, tioccons_answers_as_the_real_one_on_a_non_terminal)
{
	int p[2];

	cr_assert_eq(pipe(p), 0);
	cr_expect_eq(emu_ioctl(p[1], LINUX_TIOCCONS, 0), -LINUX_ENOTTY);
	cr_expect_eq(real_ioctl(p[1], TIOCCONS, 0), -LINUX_ENOTTY);
	close(p[0]);
	close(p[1]);
}

/* What one pass through the controlling-terminal commands answered. */
struct session_run {
	pid_t	pid;
	long	gsid_before, gpgrp_before, sctty, gsid, gpgrp, spgrp,
		spgrp_nobody, spgrp_efault, notty, gsid_after;
	int32_t	sid, pgrp;
};

static void
session_run(bool emulated, struct session_run *r)
{
	int32_t v;

	memset(r, 0, sizeof(*r));
	r->pid = getpid();
	r->gsid_before = either(emulated, pty.slave, LINUX_TIOCGSID,
	    (uintptr_t)&v);
	r->gpgrp_before = either(emulated, pty.slave, LINUX_TIOCGPGRP,
	    (uintptr_t)&v);
	r->sctty = either(emulated, pty.slave, LINUX_TIOCSCTTY, 0);
	r->gsid = either(emulated, pty.slave, LINUX_TIOCGSID,
	    (uintptr_t)&r->sid);
	r->gpgrp = either(emulated, pty.slave, LINUX_TIOCGPGRP,
	    (uintptr_t)&r->pgrp);
	v = r->pgrp;
	r->spgrp = either(emulated, pty.slave, LINUX_TIOCSPGRP, (uintptr_t)&v);
	v = 0x7ffffff0;
	r->spgrp_nobody = either(emulated, pty.slave, LINUX_TIOCSPGRP,
	    (uintptr_t)&v);
	r->spgrp_efault = either(emulated, pty.slave, LINUX_TIOCSPGRP,
	    PTY_BAD_POINTER);
	r->notty = either(emulated, pty.slave, LINUX_TIOCNOTTY, 0);
	r->gsid_after = either(emulated, pty.slave, LINUX_TIOCGSID,
	    (uintptr_t)&v);
}

/* Run session_run in a child that leads a session of its own. */
static void
in_new_session(bool emulated, struct session_run *r)
{
	int p[2], status;
	pid_t child;

	cr_assert_eq(pipe(p), 0);
	child = fork();
	cr_assert_geq(child, 0);
	if (child == 0) {
		struct session_run mine;
		/* TIOCNOTTY hangs up the session leader's foreground. */
		signal(SIGHUP, SIG_IGN);
		if (setsid() < 0)
			_exit(2);
		session_run(emulated, &mine);
		_exit(write(p[1], &mine, sizeof(mine)) == sizeof(mine) ? 0 : 3);
	}
	cr_assert_eq(waitpid(child, &status, 0), child);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0, "child %#x",
	    status);
	cr_assert_eq(read(p[0], r, sizeof(*r)), (ssize_t)sizeof(*r));
	close(p[0]);
	close(p[1]);
}

Test(tty, the_controlling_terminal_commands_answer_as_the_real_ones)
{
	struct session_run e, r;

	in_new_session(false, &r);
	in_new_session(true, &e);
	cr_expect_eq(r.gsid_before, -LINUX_ENOTTY);
	cr_expect_eq(e.gsid_before, r.gsid_before);
	cr_expect_eq(e.gpgrp_before, r.gpgrp_before);
	cr_expect_eq(r.sctty, 0);
	cr_expect_eq(e.sctty, r.sctty);
	cr_expect_eq(e.gsid, r.gsid);
	cr_expect_eq(e.sid, e.pid, "the session is the child's");
	cr_expect_eq(r.sid, r.pid);
	cr_expect_eq(e.gpgrp, r.gpgrp);
	cr_expect_eq(e.pgrp, e.pid);
	cr_expect_eq(r.pgrp, r.pid);
	cr_expect_eq(e.spgrp, r.spgrp);
	cr_expect_eq(e.spgrp_nobody, r.spgrp_nobody, "emulated %ld, real %ld",
	    e.spgrp_nobody, r.spgrp_nobody);
	cr_expect_eq(e.spgrp_efault, r.spgrp_efault);
	cr_expect_eq(e.spgrp_efault, -LINUX_EFAULT);
	cr_expect_eq(e.notty, r.notty);
	cr_expect_eq(r.notty, 0);
	cr_expect_eq(e.gsid_after, r.gsid_after);
	cr_expect_eq(r.gsid_after, -LINUX_ENOTTY);
}
